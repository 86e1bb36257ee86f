package ingest

import (
	"slices"
	"strings"
	"testing"
)

// The separable and prepositional stance verbs (docs/stances.md,
// "Separable verbs and split prepositions"): a fictional audit of the
// forms Dutch gives them. Every sentence is invented; none is copied from
// a letter.
//
// The class: the stance verb is separable ("aandringen", "toezien",
// "inzetten", "instemmen", "aansluiten", "oproepen", "vasthouden") or takes
// a prepositional object ("pleiten voor", "hechten aan", "voorstander zijn
// van"), and Dutch splits it: the particle or the preposition lands far
// from the finite verb, an R-pronoun ("er", "hier", "daar", "waar") takes
// the place of the object, or a long middle field of adverbials ("samen
// met X", "zowel in A als in B verband", "bij de autoriteiten") stands
// between them.
var separableAudit = []transferCase{
	// aandringen op: V2, inversion, long middle field, R-pronoun, modal,
	// perfect, relative "waar … op"
	{"Het kabinet dringt bij de Commissie aan op een snelle evaluatie van de regeling.", stSupport, "country:NL", "een snelle evaluatie"},
	{"Nederland dringt zowel in Europees als in nationaal verband bij de Griekse autoriteiten aan op een betere registratie van asielzoekers.", stSupport, "country:NL", "een betere registratie"},
	{"Zoals eerder gemeld, dringt Nederland zowel in de Raad als in bilateraal overleg bij de Italiaanse regering aan op een snellere terugkeer.", stSupport, "country:NL", "een snellere terugkeer"},
	{"Daarom dringt het kabinet samen met gelijkgezinde lidstaten bij de Commissie aan op meer financiering.", stSupport, "country:NL", "meer financiering"},
	{"Het kabinet blijft hier samen met andere lidstaten bij de Commissie op aandringen.", stSupport, "country:NL", ""},
	{"Nederland blijft daar in alle contacten met de Turkse autoriteiten op aandringen.", stSupport, "country:NL", ""},
	{"Het kabinet heeft er bij de Commissie op aangedrongen dat de termijnen worden verkort.", stSupport, "country:NL", "de termijnen worden verkort"},
	{"Nederland zal er in de Raad op aandringen dat de evaluatie eerder plaatsvindt.", stSupport, "country:NL", "de evaluatie eerder plaatsvindt"},
	{"Het kabinet dringt er samen met gelijkgezinde lidstaten op aan om de regels te vereenvoudigen.", stSupport, "country:NL", "de regels te vereenvoudigen"},
	{"Het voorstel, waar Nederland al lange tijd op aandringt, ligt nu voor.", stSupport, "country:NL", "Het voorstel"},
	{"Ik kan u melden dat Nederland in de Raad heeft aangedrongen op een snellere terugkeer.", stSupport, "country:NL", "een snellere terugkeer"},
	{"Enkele lidstaten drongen tijdens de lunch aan op meer solidariteit.", stSupport, "", "meer solidariteit"},
	{"De Commissie drong bij alle lidstaten aan op een tijdige omzetting van de richtlijn.", stSupport, "org:european-commission", "een tijdige omzetting"},
	// toezien op: a commitment to watch over something
	{"Het kabinet ziet er nauwlettend op toe dat de middelen rechtmatig worden besteed.", stCommit, "country:NL", "de middelen rechtmatig worden besteed"},
	{"Nederland ziet erop toe dat de afspraken worden nageleefd.", stCommit, "country:NL", "de afspraken worden nageleefd"},
	{"De Commissie zal erop toezien dat alle lidstaten de richtlijn tijdig omzetten.", stCommit, "org:european-commission", "alle lidstaten de richtlijn tijdig omzetten"},
	{"Het kabinet blijft er samen met de partners op toezien dat de rechten van kinderen worden gewaarborgd.", stCommit, "country:NL", "de rechten van kinderen"},
	{"Het kabinet heeft er steeds op toegezien dat de uitgaven binnen het budget bleven.", stCommit, "country:NL", "de uitgaven binnen het budget bleven"},
	{"Het kabinet ziet toe op de naleving van de gemaakte afspraken.", stCommit, "country:NL", "de naleving van de gemaakte afspraken"},
	{"Ik zal er persoonlijk op toezien dat de toezeggingen worden nagekomen.", stCommit, "country:NL", "de toezeggingen worden nagekomen"},
	// zich inzetten voor / om: the middle field between "zich" and "in"
	{"Daarom zet het kabinet zich samen met de VN en de AU in om de omstandigheden in de kampen te verbeteren.", stCommit, "country:NL", "de omstandigheden in de kampen te verbeteren"},
	{"Nederland zet zich zowel bilateraal als in EU-verband actief in voor de bescherming van journalisten.", stCommit, "country:NL", "de bescherming van journalisten"},
	{"Het kabinet zal zich samen met gelijkgezinde lidstaten blijven inzetten voor een strikte handhaving.", stCommit, "country:NL", "een strikte handhaving"},
	{"Het kabinet heeft zich de afgelopen maanden samen met gelijkgezinde lidstaten ingezet voor een snelle afronding.", stCommit, "country:NL", "een snelle afronding"},
	{"Het kabinet zet zich hier in Brussel actief voor in.", stCommit, "country:NL", ""},
	{"Dit is een doel waar het kabinet zich al jaren voor inzet.", stCommit, "country:NL", "een doel"},
	{"Ook de Commissie zet zich in de komende periode in voor een betere samenwerking.", stCommit, "org:european-commission", "een betere samenwerking"},
	// pleiten voor
	{"Nederland pleit samen met gelijkgezinde lidstaten in de Raad voor een gezamenlijke aanpak.", stSupport, "country:NL", "een gezamenlijke aanpak"},
	{"Het kabinet heeft er in Brussel steeds voor gepleit dat de termijnen worden verlengd.", stSupport, "country:NL", "de termijnen worden verlengd"},
	{"Het kabinet pleit hier al geruime tijd voor.", stSupport, "country:NL", ""},
	{"Dit is een maatregel waar Nederland al lang voor pleit.", stSupport, "country:NL", "een maatregel"},
	{"Duitsland pleitte tijdens de lunch namens een groep lidstaten voor meer flexibiliteit.", stSupport, "country:DE", "meer flexibiliteit"},
	// instemmen met
	{"Het kabinet kan daar volledig mee instemmen.", stAgree, "country:NL", ""},
	{"Het kabinet kan hier op dit moment niet mee instemmen.", stOppose, "country:NL", ""},
	{"Het compromis, waar alle lidstaten mee instemden, wordt volgende maand formeel aangenomen.", stAgree, "", "Het compromis"},
	{"Het kabinet stemt na ampele overweging in met het compromis.", stAgree, "country:NL", "het compromis"},
	// voorstander / tegenstander zijn van
	{"Dit is een maatregel waar Nederland een groot voorstander van is.", stSupport, "country:NL", "een maatregel"},
	{"Het kabinet is hier altijd een warm voorstander van geweest.", stSupport, "country:NL", ""},
	{"Het kabinet is er voorstander van om de termijn te verlengen.", stSupport, "country:NL", "de termijn te verlengen"},
	{"Nederland is daar geen voorstander van.", stOppose, "country:NL", ""},
	{"Het kabinet is er een uitgesproken tegenstander van dat de regels worden versoepeld.", stOppose, "country:NL", "de regels worden versoepeld"},
	{"De verplichte herverdeling, waar Polen een fervent tegenstander van is, komt opnieuw op tafel.", stOppose, "country:PL", "De verplichte herverdeling"},
	// zich aansluiten bij
	{"Nederland sluit zich hier graag bij aan.", stSupport, "country:NL", ""},
	{"De conclusies, waar Nederland zich bij aansluit, worden in de Raad aangenomen.", stSupport, "country:NL", "De conclusies"},
	// oproepen tot
	{"De Commissie roept de lidstaten op tot een snelle omzetting van de richtlijn.", stSupport, "org:european-commission", "een snelle omzetting"},
	{"Nederland riep de andere lidstaten in de Raad op om de sancties te verlengen.", stSupport, "country:NL", "de sancties te verlengen"},
	// vasthouden aan
	{"Het kabinet houdt hier onverminderd aan vast.", stPreference, "country:NL", ""},
	{"Het kabinet houdt onverminderd vast aan de afspraken uit het migratiepact.", stPreference, "country:NL", "de afspraken uit het migratiepact"},
	{"De uitgangspunten, waar het kabinet aan vasthoudt, zijn bekend.", stPreference, "country:NL", "De uitgangspunten"},
	// hechten aan
	{"Het kabinet hecht hier grote waarde aan.", stPriority, "country:NL", ""},
	{"Het kabinet hecht er veel belang aan dat de rechten worden gewaarborgd.", stPriority, "country:NL", "de rechten worden gewaarborgd"},
	{"De privacy van burgers, waar het kabinet veel belang aan hecht, moet worden gewaarborgd.", stPriority, "country:NL", "De privacy van burgers"},
	// verb-final, the prepositional object before the verb cluster
	{"Ik bericht u dat Nederland bij de Commissie op een snelle evaluatie aandringt.", stSupport, "country:NL", "een snelle evaluatie"},
	{"Ik bericht u dat het kabinet zich samen met de partners voor een betere opvang inzet.", stCommit, "country:NL", "een betere opvang"},
	{"Ik bericht u dat het kabinet zich samen met gelijkgezinde lidstaten bij het voorstel aansluit.", stSupport, "country:NL", "het voorstel"},
	{"Ik bericht u dat het kabinet in de Raad met het compromis heeft ingestemd.", stAgree, "country:NL", "het compromis"},
	{"Ik bericht u dat Nederland nauwlettend op de naleving van de afspraken toeziet.", stCommit, "country:NL", "de naleving van de afspraken"},
	{"Ik bericht u dat Nederland in de Raad voor een gezamenlijke aanpak heeft gepleit.", stSupport, "country:NL", "een gezamenlijke aanpak"},
	{"Ik bericht u dat Nederland aan de gemaakte afspraken vasthoudt.", stPreference, "country:NL", "de gemaakte afspraken"},
	{"Ik bericht u dat Nederland niet op een verlenging van de termijn aandringt.", stOppose, "country:NL", "een verlenging van de termijn"},
	{"Nederland zal zich in de Raad samen met andere lidstaten tegen deze verruiming blijven verzetten.", stOppose, "country:NL", "deze verruiming"},
	{"Het kabinet zal zich in de onderhandelingen onverminderd voor een sterke rechtsstaat blijven inzetten.", stCommit, "country:NL", "een sterke rechtsstaat"},
	{"Nederland heeft in de Raad samen met Duitsland en Frankrijk op een snelle afronding aangedrongen.", stSupport, "", "een snelle afronding"},
	{"Het kabinet heeft zich in Brussel steeds voor een gezamenlijke aanpak ingezet.", stCommit, "country:NL", "een gezamenlijke aanpak"},
	// the te-infinitive, the particle split off by "te", after a verb of
	// saying or intending; a modal "wil" before the class's infinitive
	{"Nederland gaf aan er bij de Commissie op aan te dringen dat de termijn wordt verlengd.", stSupport, "country:NL", "de termijn wordt verlengd"},
	{"De Commissie verklaarde erop toe te zien dat de regels worden nageleefd.", stCommit, "org:european-commission", "de regels worden nageleefd"},
	{"Het kabinet is voornemens zich samen met andere lidstaten in te zetten voor een snelle afronding.", stCommit, "country:NL", "een snelle afronding"},
	{"Duitsland gaf aan zich hier niet bij aan te sluiten.", stOppose, "country:DE", ""},
	{"Nederland heeft aangegeven zich samen met andere lidstaten voor een snelle afronding in te zetten.", stCommit, "country:NL", "een snelle afronding"},
	{"Frankrijk gaf aan in de Raad op een snelle afronding aan te dringen.", stSupport, "country:FR", "een snelle afronding"},
	{"De Commissie wil er samen met de lidstaten op toezien dat de middelen goed terechtkomen.", stCommit, "org:european-commission", "de middelen goed terechtkomen"},
	{"Hongarije en Polen verzetten zich in de Raad opnieuw tegen de verklaring.", stOppose, "country:HU+country:PL", "de verklaring"},
	{"Het kabinet stemt, na ampele overweging en gehoord de Raad van State, in met het compromis.", stAgree, "country:NL", "het compromis"},
	// a degree's complement is no stance of its own: the opinion makes
	// the position (satisfied, "voldoende")
	{"Het kabinet is van mening dat het compromis voldoende recht doet aan de belangen van de Nederlandse burgers en bedrijven om ermee in te stemmen.", stSatisfied, "country:NL", "het compromis"},
	// a request's te-infinitive is the addressee's task, no stance
	{"De Raad wordt gevraagd zich samen met de Commissie in te zetten voor een snelle uitvoering.", "", "", ""},
	// zich uitspreken voor / tegen, uitkijken naar, openstaan voor
	{"Nederland heeft zich in de Raad samen met een groot aantal lidstaten uitgesproken voor een verlenging.", stSupport, "country:NL", "een verlenging"},
	{"Het kabinet spreekt zich hier duidelijk tegen uit.", stOppose, "country:NL", ""},
	{"Het kabinet kijkt er met belangstelling naar uit.", stWelcome, "country:NL", ""},
	{"Het voorstel, waar Nederland al lang naar uitkijkt, wordt in juni gepresenteerd.", stWelcome, "country:NL", "Het voorstel"},
	{"Het kabinet staat hier zeker open voor.", stSupport, "country:NL", ""},
	{"Nederland staat er open voor om de termijn te verlengen.", stSupport, "country:NL", "de termijn te verlengen"},
	// coordination, commas around a partner, plural and group actors,
	// "wij … ons", a very long middle field
	{"Nederland steunt het voorstel en dringt er bij de Commissie op aan dat de termijn kort blijft.", stSupport, "country:NL", ""},
	{"Nederland dringt, samen met België en Luxemburg, bij de Commissie aan op een snellere procedure.", stSupport, "", "een snellere procedure"},
	{"De lidstaten drongen er tijdens de vergadering unaniem op aan dat de Commissie met een voorstel komt.", stSupport, "", "de Commissie met een voorstel komt"},
	{"De leden van de CDA-fractie zetten zich al jaren samen met maatschappelijke organisaties in voor betere opvang.", stCommit, "", "betere opvang"},
	{"Het kabinet ziet er tijdens de onderhandelingen in Brussel en in de bilaterale contacten met de lidstaten steeds nauwlettend op toe dat de afspraken worden nagekomen.", stCommit, "country:NL", "de afspraken worden nagekomen"},
	{"Ook de minister van Justitie en Veiligheid zet zich hier in Europees verband actief voor in.", stCommit, "", ""},
	{"Wij sluiten ons hier volledig bij aan.", stSupport, "", ""},
	{"Het kabinet stemde in de Raad niet in met het compromis.", stOppose, "country:NL", "het compromis"},
	{"Nederland houdt ook na de uitspraak van het Hof onverkort vast aan zijn standpunt.", stPreference, "country:NL", "zijn standpunt"},
	{"Daarom pleiten Nederland en Duitsland in een gezamenlijke brief aan de Commissie voor een herziening van de regels.", stSupport, "country:DE+country:NL", "een herziening van de regels"},
	// a separable verb inside a te-infinitive: "samen te werken" is
	// "samenwerken", its subject the whole complement
	{"Europol gaf aan nauw samen te werken met de nationale politiediensten.", stCommit, "org:europol", "samen te werken met de nationale politiediensten"},
	// the passive with its agent after an inverted subject: the subject
	// is what stands between the auxiliary and "door"
	{"Daarnaast werd Nederland door een meerderheid van de lidstaten gesteund in zijn verzoek om een evaluatie.", stSupport, "", "Nederland"},
	// negation, modal and inversion, subordinate order, other actors
	{"Nederland dringt er bij de Commissie niet op aan dat de termijn wordt verlengd.", stOppose, "country:NL", "de termijn wordt verlengd"},
	{"Het kabinet zal zich hier niet voor inzetten.", stReserved, "country:NL", ""},
	{"Het kabinet kan zich hier niet bij aansluiten.", stOppose, "country:NL", ""},
	{"Daarom zal Nederland er in de Raad op aandringen dat de middelen eerlijk worden verdeeld.", stSupport, "country:NL", "de middelen eerlijk worden verdeeld"},
	{"Ik kan u melden dat het kabinet er bij de Commissie op heeft aangedrongen dat de regels eenvoudiger worden.", stSupport, "country:NL", "de regels eenvoudiger worden"},
	{"Frankrijk en Duitsland drongen er tijdens de Raad op aan de grenscontroles te verlengen.", stSupport, "country:DE+country:FR", "de grenscontroles te verlengen"},
	{"De leden van de VVD-fractie dringen er bij de regering op aan de grenscontroles te verscherpen.", stSupport, "", "de grenscontroles te verscherpen"},
	{"Ik zal mij er in de Raad voor inzetten dat de middelen beschikbaar komen.", stCommit, "country:NL", "de middelen beschikbaar komen"},
	{"Het Poolse voorzitterschap ziet er samen met het secretariaat op toe dat de termijnen worden gehaald.", stCommit, "country:PL", "de termijnen worden gehaald"},
	{"De Raad riep de lidstaten daar in zijn conclusies nadrukkelijk toe op.", stSupport, "org:council-of-the-eu", ""},
	{"De regels, waar de lidstaten in de Raad mee hebben ingestemd, treden volgend jaar in werking.", stAgree, "", "De regels"},
	// "hier" and "daar" point back: the subject is the sentence before
	{"De Commissie stelt een Europees register voor. Nederland sluit zich daar graag bij aan.", stSupport, "country:NL", "Europees register"},
	{"Er moeten meer opvangplaatsen komen. Het kabinet blijft hier bij de Commissie op aandringen.", stSupport, "country:NL", "meer opvangplaatsen"},
	// no position: an R-pronoun with a verb of no stance
	{"Het kabinet gaat hier in de geannoteerde agenda nader op in.", "", "", ""},
	{"Nederland zal daar in de Raad op terugkomen.", "", "", ""},
	{"Hier wordt op dit moment in Brussel aan gewerkt.", "", "", ""},
	{"Daar staat tegenover dat de kosten stijgen.", "", "", ""},
	{"De Commissie zet hier een streep onder.", "", "", ""},
	{"De regels waar Nederland aan moet voldoen, zijn streng.", "", "", ""},
	{"Er wordt in Brussel op aangedrongen dat de regels worden verscherpt.", "", "", ""},
	{"Waarvoor pleit het kabinet in de Raad?", "", "", ""},
	{"Het kabinet zet de beschikbare middelen in voor de opvang van kinderen.", "", "", ""},
}

// auditFailures runs cases as checkTransfer does and returns the failures
// instead of reporting them.
func auditFailures(t *testing.T, cases []transferCase) []string {
	t.Helper()
	var out []string
	for _, c := range cases {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if c.stance == "" {
			for _, p := range ps {
				out = append(out, c.sentence+": want none, got "+p.e.Props["stance"].(string)+" cue "+p.e.Props["cue"].(string))
			}
			continue
		}
		if len(ps) != 1 {
			var got []string
			for _, p := range ps {
				got = append(got, p.e.Props["stance"].(string)+"/"+p.e.Props["cue"].(string))
			}
			out = append(out, c.sentence+": want one position, got "+strings.Join(got, ", "))
			continue
		}
		p := ps[0]
		subj, _ := p.e.Props["subject"].(string)
		holds := slices.Clone(p.holds)
		slices.Sort(holds)
		var bad []string
		if got := p.e.Props["stance"]; got != string(c.stance) {
			bad = append(bad, "stance "+got.(string))
		}
		if c.actors != "" && strings.Join(holds, "+") != c.actors {
			bad = append(bad, "actors "+strings.Join(holds, "+")+" ("+p.e.Props["actor"].(string)+")")
		}
		if c.subject != "" && !strings.Contains(subj, c.subject) {
			bad = append(bad, "subject "+subj)
		}
		if len(bad) > 0 {
			out = append(out, c.sentence+": "+strings.Join(bad, "; ")+" (cue "+p.e.Props["cue"].(string)+")")
		}
	}
	return out
}

func TestSeparableVerbAudit(t *testing.T) {
	fails := auditFailures(t, separableAudit)
	for _, f := range fails {
		t.Error(f)
	}
	t.Logf("separable audit: %d/%d pass", len(separableAudit)-len(fails), len(separableAudit))
}
