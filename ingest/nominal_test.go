package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// The audit of the nominal stance frames (nominal.go, docs/stances.md
// "Nominal stance frames"): fictional sentences built from templates, each
// with every kind of actor — the cabinet, Nederland, a state, a presidency,
// the Commission, the Parliament, the member states, a parliamentary group
// — in main clauses, inversion and subordinate clauses, with modals,
// negation and a long phrase between the owner and the copula.

// nomActor is an owner of the audit: its words after "van" / inside "wat
// … betreft", and the node (or, for a group without a node, a part of its
// words) the position must name.
type nomActor struct {
	words, id, actorWords string
}

var nomActors = []nomActor{
	{"het kabinet", "country:NL", ""},
	{"Nederland", "country:NL", ""},
	{"de regering", "country:NL", ""},
	{"Duitsland", "country:DE", ""},
	{"het Poolse voorzitterschap", "country:PL", ""},
	{"de Commissie", "org:european-commission", ""},
	{"het Europees Parlement", "org:ep", ""},
	{"de lidstaten", "", "lidstaten"},
	{"de leden van de CDA-fractie", "", "cda"},
}

// nomTemplate is a sentence with "{a}" for the owner, the stance it states
// and a part of the subject.
type nomTemplate struct {
	cell, text string
	stance     stance
	subject    string
}

var nomOwnerTemplates = []nomTemplate{
	// aims: commit
	{"aim-gericht", "De inzet van {a} is gericht op een snelle afronding van de onderhandelingen over het grensfonds.", stCommit, "een snelle afronding"},
	{"aim-blijft", "De inzet van {a} blijft gericht op een eerlijke verdeling van de lasten.", stCommit, "een eerlijke verdeling"},
	{"aim-was", "De insteek van {a} was gericht op het beperken van de administratieve lasten.", stCommit, "het beperken van de administratieve lasten"},
	{"aim-erop", "De inzet van {a} in de onderhandelingen is erop gericht dat de termijn wordt verkort.", stCommit, "de termijn wordt verkort"},
	{"aim-pp-zal-om", "De inzet van {a} tijdens de informele bijeenkomst in Warschau zal zijn om een akkoord over het grensfonds te bereiken.", stCommit, "een akkoord over het grensfonds te bereiken"},
	{"aim-om", "Het streven van {a} is om de onderhandelingen voor de zomer af te ronden.", stCommit, "de onderhandelingen voor de zomer af te ronden"},
	{"aim-ambitie", "De ambitie van {a} is om het grensfonds nog dit jaar in te stellen.", stCommit, "het grensfonds nog dit jaar in te stellen"},
	{"aim-doel", "Het doel van {a} is om de samenwerking met derde landen te versterken.", stCommit, "de samenwerking met derde landen te versterken"},
	{"aim-np", "De inzet van {a} was en is een grondige herziening van de terugkeerregels.", stCommit, "een grondige herziening van de terugkeerregels"},
	{"aim-zal-gericht", "De inzet van {a} zal gericht zijn op een sterkere bescherming van de buitengrenzen.", stCommit, "een sterkere bescherming"},
	{"aim-richt", "De inzet van {a} richt zich op de bestrijding van mensensmokkel.", stCommit, "de bestrijding van mensensmokkel"},
	{"aim-inv", "Daarom is de inzet van {a} gericht op een betere samenwerking met de herkomstlanden.", stCommit, "een betere samenwerking"},
	{"aim-inv-om", "Hiertoe blijft de inzet van {a} om de lasten eerlijk te verdelen.", stCommit, "de lasten eerlijk te verdelen"},
	{"aim-sub", "Het is bekend dat de inzet van {a} gericht is op een snelle evaluatie van de verordening.", stCommit, "een snelle evaluatie"},
	{"aim-adv", "De inzet van {a} is dan ook primair gericht op de aanpak van criminele netwerken.", stCommit, "de aanpak van criminele netwerken"},
	{"aim-neg", "De inzet van {a} is niet gericht op een uitbreiding van het mandaat.", stReserved, "een uitbreiding van het mandaat"},
	{"aim-inner", "De inzet van {a} tijdens het werkdiner zal zijn om steun uit te spreken voor de plannen van de Commissie.", stSupport, "de plannen van de Commissie"},
	{"aim-sub-modal", "Het is bekend dat de inzet van {a} gericht zal zijn op een snelle evaluatie van de verordening.", stCommit, "een snelle evaluatie"},
	{"aim-het-is-om", "Het is de inzet van {a} om de lasten eerlijk te verdelen.", stCommit, "de lasten eerlijk te verdelen"},
	{"pref-het-is-dat", "Het is de wens van {a} dat de evaluatie voor de zomer verschijnt.", stPreference, "de evaluatie voor de zomer"},
	{"op-het-is-dat", "Het is het standpunt van {a} dat het voorstel een goede basis biedt.", stSupport, "het voorstel een goede basis"},
	{"aim-no-article", "Inzet van {a} is om de onderhandelingen snel af te ronden.", stCommit, "de onderhandelingen snel af te ronden"},
	{"aim-dat", "De inzet van {a} is dat de Raad in juni een akkoord over het fonds bereikt.", stCommit, "de Raad in juni een akkoord"},
	{"aim-zal-blijven-om", "De inzet van {a} zal blijven om de lasten eerlijk te verdelen.", stCommit, "de lasten eerlijk te verdelen"},
	{"aim-primair", "De primaire inzet van {a} is om de richtlijn zoveel mogelijk te vereenvoudigen.", stCommit, "de richtlijn zoveel mogelijk te vereenvoudigen"},
	// preferences
	{"pref-adj", "Het uitgangspunt van {a} ten aanzien van visumvoorstellen is streng maar rechtvaardig.", stPreference, "visumvoorstellen"},
	{"pref-dat", "Het uitgangspunt van {a} is dat de kosten gelijk worden verdeeld.", stPreference, "de kosten gelijk worden verdeeld"},
	{"pref-np", "De voorkeur van {a} is een tijdelijke regeling voor de opvang.", stPreference, "een tijdelijke regeling"},
	{"pref-om", "De voorkeur van {a} is om de evaluatie van de richtlijn af te wachten.", stPreference, "de evaluatie van de richtlijn af te wachten"},
	{"pref-wens", "De wens van {a} is een snellere procedure voor de gezinshereniging.", stPreference, "een snellere procedure"},
	// priorities
	{"prio-np", "De prioriteit van {a} is de bestrijding van de georganiseerde misdaad.", stPriority, "de bestrijding van de georganiseerde misdaad"},
	{"prio-pl", "De prioriteiten van {a} zijn de digitalisering van de grenscontroles en de terugkeer.", stPriority, "de digitalisering van de grenscontroles"},
	// opinions: the clause decides
	{"op-standpunt", "Het standpunt van {a} is dat het voorstel een goede basis biedt voor verdere gesprekken.", stSupport, "het voorstel een goede basis"},
	{"op-opvatting", "De opvatting van {a} is dat de lidstaten zelf verantwoordelijk blijven voor de opvang.", stPreference, "de lidstaten zelf verantwoordelijk"},
	{"op-positie", "De positie van {a} is dat de regeling onvoldoende waarborgen biedt.", stConcern, "de regeling onvoldoende waarborgen"},
	{"op-visie", "De visie van {a} is dat de evaluatie zorgvuldig dient te gebeuren.", stReserved, "de evaluatie zorgvuldig"},
	{"op-positief", "Het standpunt van {a} over de nieuwe verordening is positief.", stSupport, "de nieuwe verordening"},
	{"op-negatief", "Het oordeel van {a} over het voorstel voor een grensfonds is negatief.", stOppose, "het voorstel voor een grensfonds"},
	{"op-kritisch", "De visie van {a} ten aanzien van de heffing is kritisch.", stConcern, "de heffing"},
}

// The Dutch owner before the noun.
var nomDutchTemplates = []nomTemplate{
	{"nl-blijft", "De Nederlandse inzet blijft gericht op een snelle afronding van de onderhandelingen.", stCommit, "een snelle afronding"},
	{"nl-om", "De Nederlandse inzet is om een akkoord over het grensfonds te bereiken.", stCommit, "een akkoord over het grensfonds"},
	{"nl-zal", "De Nederlandse inzet zal zijn om de lasten eerlijk te verdelen.", stCommit, "de lasten eerlijk te verdelen"},
	{"nl-onze", "Onze inzet is gericht op een betere bescherming van slachtoffers.", stCommit, "een betere bescherming"},
	{"nl-opvatting", "De Nederlandse opvatting is dat een gele kaart serieus genomen dient te worden.", stReserved, "een gele kaart serieus genomen"},
	{"nl-emo", "Tot onze grote teleurstelling heeft de Raad geen besluit genomen over het grensfonds.", stConcern, "geen besluit genomen"},
	{"nl-wat", "Het grensfonds moet, wat ons betreft, uit bestaande middelen worden gefinancierd.", stPreference, "het grensfonds"},
	{"nl-uitgangspunt", "Het Nederlandse uitgangspunt is dat de lidstaten zelf over de opvang beslissen.", stPreference, "de lidstaten zelf"},
	{"nl-standpunt", "Het Nederlandse standpunt is dat het voorstel een goede basis biedt.", stSupport, "het voorstel een goede basis"},
	{"de-om", "De Duitse inzet is om de onderhandelingen voor de zomer af te ronden.", stCommit, "de onderhandelingen voor de zomer"},
}

// Emotions with their owner, viewpoints of "wat X betreft".
var nomFrameTemplates = []nomTemplate{
	{"emo-front", "Tot teleurstelling van {a} is er geen akkoord bereikt over het grensfonds.", stConcern, "geen akkoord bereikt"},
	{"emo-mid", "Het voorstel voor een grensfonds is tot grote tevredenheid van {a} aangenomen.", stSatisfied, "aangenomen"},
	{"emo-end", "De Raad heeft opnieuw geen besluit genomen over het grensfonds, ook tot teleurstelling van {a}.", stConcern, "geen besluit genomen over het grensfonds"},
	{"emo-ongenoegen", "Tot ongenoegen van {a} trok de Commissie het voorstel voor een grensfonds in.", stConcern, "het voorstel voor een grensfonds"},
	{"wat-front", "Wat {a} betreft moet de termijn voor de evaluatie worden verlengd.", stPreference, "de termijn voor de evaluatie"},
	{"wat-mid", "De termijn voor de evaluatie moet, wat {a} betreft, worden verlengd.", stPreference, "de termijn voor de evaluatie"},
	{"wat-end", "De evaluatie van het grensfonds moet snel worden afgerond, wat {a} betreft het liefst nog dit jaar.", stPreference, "de evaluatie van het grensfonds"},
	{"wat-dienen", "Wat {a} betreft dienen zoveel mogelijk lidstaten aan het fonds deel te nemen.", stPreference, "zoveel mogelijk lidstaten"},
	{"wat-voorkeur", "Wat {a} betreft wordt het grensfonds bij voorkeur uit bestaande middelen gefinancierd.", stPreference, "het grensfonds"},
	{"wat-neg", "Wat {a} betreft mag de termijn voor de evaluatie niet worden verlengd.", stOppose, "de termijn voor de evaluatie"},
	{"emo-naar", "Het voorstel voor een grensfonds is naar tevredenheid van {a} aangepast.", stSatisfied, "aangepast"},
	{"voor-uitgangspunt", "Voor {a} is het uitgangspunt dat de kosten gelijk worden verdeeld.", stPreference, "de kosten gelijk worden verdeeld"},
	{"voor-prioriteit", "Voor {a} is de prioriteit de bestrijding van mensensmokkel.", stPriority, "de bestrijding van mensensmokkel"},
	{"als-doel", "{A} heeft als doel om de samenwerking met derde landen te versterken.", stCommit, "de samenwerking met derde landen"},
	{"als-uitgangspunt", "Daarbij {heeft|hebben} {a} als uitgangspunt dat de kosten gelijk worden verdeeld.", stPreference, "de kosten gelijk worden verdeeld"},
	{"als-prioriteit", "{A} heeft als prioriteit de bestrijding van mensensmokkel.", stPriority, "de bestrijding van mensensmokkel"},
	{"emo-inserted", "De Raad heeft, tot ongenoegen van {a}, het voorstel voor een grensfonds afgewezen.", stConcern, "het voorstel voor een grensfonds"},
	{"als-sub", "Het is bekend dat {a} als doel {heeft|hebben} om de samenwerking met derde landen te versterken.", stCommit, "de samenwerking met derde landen"},
	{"wat-sub", "Het is duidelijk dat wat {a} betreft de termijn moet worden verlengd.", stPreference, "de termijn"},
}

// The text measured against the Dutch stance: the cabinet's satisfaction.
var nomMeasuredTemplates = []nomTemplate{
	{"lijn-np", "Het compromis over het grensfonds is in lijn met de Nederlandse inzet.", stSatisfied, "het compromis over het grensfonds"},
	{"lijn-conclusies", "De conclusies van de Raad zijn in overeenstemming met de Nederlandse beleidsuitgangspunten voor de regio.", stSatisfied, "de conclusies van de raad"},
	{"lijn-adv", "De tekst van de verordening is grotendeels in lijn met het Nederlandse standpunt.", stSatisfied, "de tekst van de verordening"},
	{"lijn-was", "Het akkoord was in overeenstemming met de inzet van het kabinet.", stSatisfied, "het akkoord"},
	{"lijn-sub", "Het kabinet stelt vast dat het akkoord in lijn is met het kabinetsstandpunt.", stSatisfied, "het akkoord"},
	{"lijn-neg", "Het compromis over het grensfonds is niet in lijn met de Nederlandse inzet.", stConcern, "het compromis over het grensfonds"},
	{"strookt", "De uitkomst van de onderhandelingen strookt met de Nederlandse inzet.", stSatisfied, "de uitkomst van de onderhandelingen"},
	{"sluit-aan", "De tekst sluit goed aan bij de Nederlandse positie.", stSatisfied, "de tekst"},
	{"tegemoet", "Het voorstel komt grotendeels tegemoet aan de wensen van Nederland.", stSatisfied, "het voorstel"},
	{"overeen", "De nieuwe tekst komt overeen met het standpunt van het kabinet.", stSatisfied, "de nieuwe tekst"},
}

// readsNominal extracts s from a fictional letter and reports what the
// extractor made of it: "" when a position of the sentence has the stance,
// the actor and a subject that holds the words wanted.
func readsNominal(t *testing.T, s string, want stance, id, words, subject string) string {
	t.Helper()
	g := fictionalLetter(t, "14 maart 2025", s)
	var got []string
	for _, p := range positionsOf(t, g) {
		quote, _ := p.e.Props["quote"].(string)
		if !strings.Contains(s, quote) && !strings.Contains(quote, s) {
			continue
		}
		st, _ := p.e.Props["stance"].(string)
		actor, _ := p.e.Props["actor"].(string)
		subj, _ := p.e.Props["subject"].(string)
		holds := strings.Join(p.holds, "+")
		okActor := id != "" && holds == id || id == "" && holds == "" && strings.Contains(strings.ToLower(actor), words)
		okSubj := subject == "" || strings.Contains(strings.ToLower(subj), strings.ToLower(subject))
		if stance(st) == want && okActor && okSubj {
			return ""
		}
		got = append(got, fmt.Sprintf("%s %s «%s» subj=%q cue=%q", st, holds, actor, subj, p.e.Props["cue"]))
	}
	if len(got) == 0 {
		return "nothing"
	}
	return strings.Join(got, "; ")
}

// nominalAudit reads every template with every actor.
func nominalAudit(t *testing.T, log bool) (read, total int, byCell map[string][2]int) {
	byCell = map[string][2]int{}
	run := func(tm nomTemplate, text, id, words string) {
		total++
		c := byCell[tm.cell]
		c[1]++
		if miss := readsNominal(t, text, tm.stance, id, words, tm.subject); miss != "" {
			if log {
				t.Logf("MISS %-16s %s → %s", tm.cell, text, miss)
			}
		} else {
			read++
			c[0]++
		}
		byCell[tm.cell] = c
	}
	for _, set := range [][]nomTemplate{nomOwnerTemplates, nomFrameTemplates} {
		for _, tm := range set {
			for _, a := range nomActors {
				text := strings.ReplaceAll(tm.text, "{a}", a.words)
				text = strings.ReplaceAll(text, "{A}", a.words)
				verb := "heeft"
				if a.id == "" {
					verb = "hebben"
				}
				text = strings.ReplaceAll(text, "{heeft|hebben}", verb)
				if strings.HasPrefix(tm.text, "{A} heeft") && a.id == "" {
					text = strings.Replace(text, " heeft ", " hebben ", 1)
				}
				text = strings.ToUpper(text[:1]) + text[1:]
				run(tm, text, a.id, a.actorWords)
			}
		}
	}
	for _, tm := range nomDutchTemplates {
		id := "country:NL"
		if strings.HasPrefix(tm.cell, "de-") {
			id = "country:DE"
		}
		run(tm, tm.text, id, "")
	}
	for _, tm := range nomMeasuredTemplates {
		run(tm, tm.text, "country:NL", "")
	}
	return read, total, byCell
}

// TestNominalAudit reads every cell of the audit and lists what the
// extractor misses; it fails when fewer are read than minNominalRead.
func TestNominalAudit(t *testing.T) {
	const minNominalRead = 542
	read, total, byCell := nominalAudit(t, true)
	var cells []string
	for k, n := range byCell {
		if n[0] < n[1] {
			cells = append(cells, fmt.Sprintf("%s %d/%d", k, n[0], n[1]))
		}
	}
	t.Logf("read %d of %d nominal frame sentences; short cells: %s", read, total, strings.Join(cells, ", "))
	if read < minNominalRead {
		t.Errorf("read %d of %d nominal frame sentences, want at least %d", read, total, minNominalRead)
	}
}

// The frames' words where they hold no stance: an agency's deployment, a
// thing's aim, a position in the sense of a situation, a topic after "wat
// … betreft", another state's stance as the measure, "in lijn met" as an
// adverbial of a sentence whose own cue holds the stance.
func TestNominalNoPosition(t *testing.T) {
	for _, s := range []string{
		"De inzet van Frontex is gericht op de bewaking van de buitengrenzen.",
		"De inzet van middelen is gericht op de opvang in de regio.",
		"De positie van vrouwen op de arbeidsmarkt is zwak.",
		"De positie van Nederland in de onderhandelingen is sterk.",
		"Het doel van het voorstel is om de regels te vereenvoudigen.",
		"Het standpunt van de Commissie is nog niet bekend.",
		"De inzet van het kabinet is bekend.",
		"Wat de termijn betreft moet de Raad nog een besluit nemen.",
		"Wat Frontex betreft kan worden opgemerkt dat het agentschap groeit.",
		"Het compromis is in lijn met de Duitse inzet.",
		"Tot slot van de vergadering werd de agenda vastgesteld.",
		"Het voorstel heeft als doel om de regels te vereenvoudigen.",
		"Voor de burger is het doel van de regeling duidelijk.",
		"De inzet van Europol tijdens de operatie was om de netwerken op te rollen.",
		"De positie van Oekraïne is kritisch.",
		"Wat Duitsland betreft moet worden opgemerkt dat het land een nieuwe regering heeft.",
		"De wens van de lidstaten is door de Commissie overgenomen.",
		"Het uitgangspunt van het kabinet is bekend.",
		"Het doel van de Raad is een gedachtewisseling over de migratie.",
	} {
		g := fictionalLetter(t, "14 maart 2025", s)
		for _, p := range positionsOf(t, g) {
			t.Errorf("%q: a position %s «%s» cue=%q, want none", s, p.e.Props["stance"], p.e.Props["actor"], p.e.Props["cue"])
		}
	}
	// the adverbial "in lijn met": the sentence's own cue only
	const adverbial = "In lijn met de Nederlandse inzet heeft het kabinet ingestemd met het akkoord."
	g := fictionalLetter(t, "14 maart 2025", adverbial)
	for _, p := range positionsOf(t, g) {
		if st := p.e.Props["stance"]; st != string(stAgree) {
			t.Errorf("%q: a position %s, want only the agreement", adverbial, st)
		}
	}
}

// A member who names the own party in a turn of a debate speaks for it:
// the frame's actor is the speaker, as the member's other judgements are;
// "mijn fractie" is the group, as in "Mijn fractie vindt …".
func TestNominalSpeakersGroup(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN ALGEMEEN OVERLEG",
		"De heer Jansen (CDA): Voorzitter. Ik begin met de richtlijn. We hebben gezien dat er in de vorige Raad geen akkoord is bereikt over de termijnen, ook tot teleurstelling van het CDA. "+
			"De termijnen moeten wat mijn fractie betreft worden verkort.")
	checkAll(t, g, []wantPosition{
		{quote: "We hebben gezien", stance: stConcern, actorWords: "de heer Jansen (CDA)", subject: "geen akkoord"},
		{quote: "De termijnen moeten", stance: stPreference, actorWords: "de CDA-fractie", subject: "De termijnen"},
	})
}
