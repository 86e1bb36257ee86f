package ingest

import (
	"fmt"
	"strings"
	"testing"

	"jhagraph/graph"
)

// The audit of stance_cluster.go: fictional sentences (none copied from a
// letter) for each grammatical form of the class — which stance a cue
// takes from its object or its verb cluster, which sentences hold no
// position — with every kind of actor, tense and word order. Each case
// wants exactly the positions it lists (class, and actor words where it
// matters); "" none.

// clusterCase is one fictional text: a letter's paragraph ("L"), a
// member's turn in a debate ("D", the speaker de heer Bakker (CDA)) or a
// committee report ("R").
type clusterCase struct {
	kind  string
	text  string
	want  []stance // the classes of the positions, in reading order
	actor string   // a part of the first position's actor words, when it matters
}

func clusterPositions(t *testing.T, c clusterCase) []position {
	t.Helper()
	var g graph.DocumentGraph
	switch c.kind {
	case "D":
		g = parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT", "De heer Bakker (CDA):", c.text)
	case "R":
		g = parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", c.text)
	default:
		g = fictionalLetter(t, "14 maart 2025", c.text)
	}
	return positionsOf(t, g)
}

// clusterMiss says why case c is not read as wanted, "" when it is.
func clusterMiss(t *testing.T, c clusterCase) string {
	ps := clusterPositions(t, c)
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%v(%v, cue %q)", p.e.Props["stance"], p.e.Props["actor"], p.e.Props["cue"]))
	}
	if len(ps) != len(c.want) {
		return fmt.Sprintf("want %v, got %v", c.want, got)
	}
	for i, p := range ps {
		if p.e.Props["stance"] != string(c.want[i]) {
			return fmt.Sprintf("want %v, got %v", c.want, got)
		}
	}
	if c.actor != "" && len(ps) > 0 {
		if a, _ := ps[0].e.Props["actor"].(string); !strings.Contains(strings.ToLower(a), strings.ToLower(c.actor)) {
			return fmt.Sprintf("actor %q, want %q", a, c.actor)
		}
	}
	return ""
}

func one(s stance) []stance { return []stance{s} }

// clusterAudit builds the audit table.
func clusterAudit() []clusterCase {
	var cs []clusterCase
	add := func(kind, text string, want []stance, actor string) {
		cs = append(cs, clusterCase{kind, text, want, actor})
	}
	// A1. "wijzen op het belang van / om / dat" ranks its object high (priority,
	// convention 20), in every
	// tense and order, for every kind of actor; "wijzen op" a risk or a
	// development stays concern.
	type subj struct{ main, inv, actor string }
	actors := []subj{
		{"Het kabinet", "het kabinet", "kabinet"},
		{"Nederland", "Nederland", "Nederland"},
		{"Het Poolse voorzitterschap", "het Poolse voorzitterschap", "voorzitterschap"},
		{"De Commissie", "de Commissie", "Commissie"},
		{"Enkele lidstaten", "enkele lidstaten", "lidstaten"},
		{"Duitsland", "Duitsland", "Duitsland"},
	}
	for _, a := range actors {
		pl := a.main == "Enkele lidstaten"
		v := func(sg, plural string) string {
			if pl {
				return plural
			}
			return sg
		}
		add("L", a.main+" "+v("wijst", "wijzen")+" op het belang van een gezamenlijke aanpak van mensensmokkel.", one(stPriority), a.actor)
		add("L", a.main+" "+v("wees", "wezen")+" op het belang om de procedures aan de grens te versnellen.", one(stPriority), a.actor)
		add("L", a.main+" "+v("heeft", "hebben")+" gewezen op het belang van snelle terugkeer.", one(stPriority), a.actor)
		add("L", a.main+" "+v("heeft", "hebben")+" tijdens de Raad nadrukkelijk gewezen op het belang dat alle lidstaten de afspraken naleven.", one(stPriority), a.actor)
		add("L", "Tijdens de lunch "+v("wees", "wezen")+" "+a.inv+" op het belang van samenwerking met derde landen.", one(stPriority), a.actor)
		add("L", "In de discussie "+v("heeft", "hebben")+" "+a.inv+" gewezen op het belang van een sterk Europol.", one(stPriority), a.actor)
		add("L", a.main+" "+v("heeft", "hebben")+" op het belang van een sterk Europol gewezen.", one(stPriority), a.actor)
		add("L", a.main+" "+v("wees", "wezen")+" op de risico's van een verplichte verdeling.", one(stConcern), a.actor)
		add("L", a.main+" "+v("heeft", "hebben")+" gewezen op de stijgende kosten van de opvang.", one(stConcern), a.actor)
	}
	add("L", "Tijdens de Raad heb ik in mijn bijdrage gewezen op het belang om de lasten eerlijk te verdelen.", one(stPriority), "ik")
	add("L", "Ik heb gewezen op het belang van een sterke buitengrens.", one(stPriority), "ik")
	add("L", "Het kabinet zal in de Raad wijzen op het belang van een snelle uitvoering.", one(stPriority), "kabinet")
	add("L", "Het kabinet benadrukt het belang om de buitengrenzen beter te bewaken.", one(stSupport), "kabinet")
	add("L", "Ik bericht u dat Nederland in de Raad heeft gewezen op het belang van een sterke buitengrens.", one(stPriority), "Nederland")
	add("L", "Ik bericht u dat Nederland op het belang van een sterke buitengrens heeft gewezen.", one(stPriority), "Nederland")
	add("L", "Ik bericht u dat Duitsland in de Raad op het belang van een sterke buitengrens wees.", one(stPriority), "Duitsland")
	add("L", "Nederland en België wezen op het belang van een gezamenlijke aanpak van drugssmokkel.", one(stPriority), "Nederland")
	add("L", "De Raad wees op het belang van een snelle uitvoering van het migratiepact.", one(stPriority), "Raad")
	add("L", "De Commissie onderstreepte het belang dat de lidstaten hun gegevens delen.", one(stSupport), "Commissie")

	// A2. In a modal cluster the infinitive at the clause's end decides:
	// the modal is no commitment of its own.
	for _, a := range actors {
		pl := a.main == "Enkele lidstaten"
		v := func(sg, plural string) string {
			if pl {
				return plural
			}
			return sg
		}
		add("L", a.main+" "+v("zal", "zullen")+" hierbij de urgentie van een snelle uitvoering benadrukken.", one(stSupport), a.actor)
		add("L", a.main+" "+v("zal", "zullen")+" de noodzaak van betere samenwerking onderstrepen.", one(stSupport), a.actor)
		add("L", a.main+" "+v("blijft", "blijven")+" het belang van een sterke grensbewaking benadrukken.", one(stSupport), a.actor)
		add("L", a.main+" "+v("zal", "zullen")+" de vertraging bij de uitvoering betreuren.", one(stConcern), a.actor)
		add("L", "Daarnaast "+v("zal", "zullen")+" "+a.inv+" de gebrekkige uitvoering van de afspraken aankaarten.", one(stConcern), a.actor)
	}
	add("L", "Het kabinet wil in de Raad de waarde van de samenwerking met Marokko beklemtonen.", one(stSupport), "kabinet")
	add("L", "Ik zal in mijn bijdrage het belang van goede opvang benadrukken, evenals de noodzaak van snelle procedures.", one(stSupport), "ik")
	add("L", "Nederland zou in de Raad de trage voortgang kunnen bekritiseren.", one(stConcern), "Nederland")
	add("L", "Ik bericht u dat het kabinet in de Raad het belang van een snelle uitvoering zal benadrukken.", one(stSupport), "kabinet")
	add("L", "Het kabinet zal tijdens de informele bijeenkomst van de ministers van Justitie in Luxemburg nogmaals de noodzaak van een gezamenlijke Europese aanpak benadrukken.", one(stSupport), "kabinet")
	add("L", "De Raad zal het belang van de bescherming van kinderen onderstrepen.", one(stSupport), "Raad")

	// A3. A modal whose complement is a stance cue makes no position of
	// its own: "willen hun zorgen uitspreken over" is the concern only.
	add("R", "De leden van de VVD-fractie willen hun zorgen uitspreken over de stijgende kosten van de opvang.", one(stConcern), "VVD")
	add("R", "De leden van de D66-fractie willen hun steun uitspreken voor het plan van de Commissie.", one(stSupport), "D66")
	add("L", "Enkele lidstaten willen zich verzetten tegen een verplichte verdeling.", one(stOppose), "lidstaten")
	add("L", "Frankrijk wil zich inzetten voor een snelle afronding van de onderhandelingen.", one(stCommit), "Frankrijk")
	add("L", "Duitsland wil zorgen uiten over de kosten van het systeem.", one(stConcern), "Duitsland")
	add("R", "De leden van de PVV-fractie willen in dit verband hun grote zorgen uiten over de toestroom van asielzoekers.", one(stConcern), "PVV")
	add("L", "Ik bericht u dat enkele lidstaten zich willen verzetten tegen een verplichte verdeling.", one(stOppose), "lidstaten")
	add("L", "De Commissie wil bezwaar maken tegen het amendement van het Parlement.", one(stOppose), "Commissie")
	add("L", "Duitsland wil het voorstel voor een grensfonds niet steunen.", one(stOppose), "Duitsland")
	add("L", "Enkele lidstaten willen het amendement van het Parlement afwijzen.", one(stOppose), "lidstaten")
	add("L", "Ik bericht u dat Polen het compromis wil aanvaarden.", one(stAgree), "Polen")
	add("L", "Het kabinet wil het plan van de Commissie steunen.", one(stSupport), "kabinet")
	// the modal alone keeps its reading
	add("L", "Duitsland wil de termijn voor de registratie verlengen.", one(stSupport), "Duitsland")
	add("L", "Het kabinet wil de samenwerking met de buurlanden versterken.", one(stCommit), "kabinet")

	// B1. "het" as the dummy subject of a modal is no actor.
	add("L", "Nederland steunt het voorstel. Het zal nog enkele maanden duren voordat het systeem werkt.", one(stSupport), "Nederland")
	add("L", "Het kabinet steunt de verordening. Het zal nog wel enige tijd duren voor deze van kracht is.", one(stSupport), "kabinet")
	add("L", "Het kabinet verwelkomt het akkoord. Het zal lastig zijn om de planning te halen.", one(stWelcome), "kabinet")
	add("L", "Nederland heeft ingestemd met het besluit. Het zal moeten blijken of de lidstaten de afspraken nakomen.", one(stAgree), "Nederland")
	add("L", "Het zal nog jaren duren voordat de nieuwe systemen operationeel zijn.", nil, "")

	// B2. A promise cited by "zoals" is the one the sentence keeps:
	// correspondence, no commitment; a promise of its own stays one.
	add("L", "Met deze brief informeer ik u zoals ik u heb toegezegd tijdens het commissiedebat van 3 maart.", nil, "")
	add("L", "Zoals toegezegd in het debat van 5 februari stuur ik u hierbij het verslag van de Raad.", nil, "")
	add("L", "Hierbij ontvangt u, zoals het kabinet heeft toegezegd, de appreciatie van het voorstel.", nil, "")
	add("L", "Zoals eerder aan uw Kamer toegezegd, informeer ik u over de uitkomst van de onderhandelingen.", nil, "")
	add("L", "Het kabinet heeft toegezegd de kosten van de gemeenten te compenseren.", one(stCommit), "kabinet")
	add("L", "Zoals toegezegd zet het kabinet zich in voor een snelle afronding van de onderhandelingen.", one(stCommit), "kabinet")

	// B3. "zoals gevraagd / verzocht door X" for a letter to the Kamer is a
	// request for correspondence, no stance of the one who asked.
	add("L", "Hierbij bieden wij uw Kamer een brief aan over de opvang in Libië, zoals gevraagd door het lid Jansen.", nil, "")
	add("L", "Zoals verzocht door de vaste commissie voor Justitie en Veiligheid stuur ik u hierbij de geannoteerde agenda.", nil, "")
	add("L", "Hierbij zend ik u, zoals gevraagd door de commissie, de reactie op het rapport.", nil, "")
	add("L", "De Raad heeft het mandaat van de missie verlengd, zoals gevraagd door Nederland.", one(stSupport), "Nederland")

	// C. Evaluative idioms of a speaker (or the letter's author): "Dat /
	// Dit is <adj>" judges what the sentence before said; "het is <adj>
	// dat" may open a clause after a comma and a conjunction.
	add("D", "Vandaag presenteert de Commissie een voorstel voor een grenswacht. Dat is mooi, want de huidige grenswacht is te zwak.", one(stWelcome), "Bakker")
	add("D", "De Raad heeft de verordening aangenomen. Dat is op zichzelf goed nieuws.", one(stWelcome), "Bakker")
	add("D", "De wachttijden lopen op tot twee jaar. Dat is zorgelijk.", one(stConcern), "Bakker")
	add("D", "De lidstaten houden zich niet aan de afspraken. Dit is onacceptabel.", one(stOppose), "Bakker")
	add("D", "Het plan is opnieuw uitgesteld. Dat is heel jammer, maar begrijpelijk.", one(stConcern), "Bakker")
	add("D", "De Raad heeft het plan uitgesteld. Dat is niet goed.", one(stConcern), "Bakker")
	add("D", "De Commissie komt met nieuwe maatregelen, maar het is ook triest dat de oude maatregelen nog steeds niet zijn uitgevoerd.", one(stConcern), "Bakker")
	add("D", "De cijfers zijn gepubliceerd, en het is zorgelijk dat het aantal aanvragen opnieuw stijgt.", one(stConcern), "Bakker")
	add("L", "De Raad heeft de Eurodac-verordening aangenomen. Dit is een positieve ontwikkeling. Dat is verheugend.", []stance{stWelcome, stWelcome}, "kabinet")
	add("L", "Het aantal irreguliere aankomsten is opnieuw gestegen. Dat is zorgelijk.", one(stConcern), "kabinet")
	// a member's "zou graag zien dat" calls for what the clause says (the
	// cabinet's own is its preference); "we" is the unstressed "wij"
	add("D", "We zouden ook graag zien dat de minister haar afkeuring uitspreekt over de arrestaties.", one(stSupport), "Bakker")
	add("D", "Wij zouden graag zien dat het kabinet de opvang in de regio verbetert.", one(stSupport), "Bakker")
	add("R", "De leden van de SP-fractie zouden graag zien dat de minister het verdrag snel ratificeert.", one(stSupport), "SP")
	add("L", "Het kabinet zou graag zien dat de termijn voor de registratie wordt verlengd.", one(stPreference), "kabinet")
	add("L", "We steunen het voorstel van de Commissie voor een grensfonds.", one(stSupport), "We")
	add("L", "Daarom steunen we het voorstel van de Commissie voor een grensfonds.", one(stSupport), "we")
	// a noun predicate, the demonstrative as the object of "vinden", and
	// "Het is goed om te zien dat"
	add("D", "De Commissie komt met een actieplan. Dat is een goede stap.", one(stWelcome), "Bakker")
	add("D", "De Raad heeft het besluit uitgesteld. Dat is een gemiste kans.", one(stConcern), "Bakker")
	add("D", "De Commissie komt met een actieplan. Dat vind ik mooi.", one(stWelcome), "Bakker")
	add("D", "De wachttijden lopen verder op. Dit vind ik zorgelijk.", one(stConcern), "Bakker")
	add("D", "De wachttijden lopen verder op. Ik vind dat jammer.", one(stConcern), "Bakker")
	add("D", "De lidstaten negeren de uitspraak. Dat vinden wij onacceptabel.", one(stOppose), "Bakker")
	add("L", "De Commissie komt met een actieplan. Het kabinet vindt dat verheugend.", one(stWelcome), "kabinet")
	add("D", "Het is goed om te zien dat de lidstaten samen optrekken.", one(stWelcome), "Bakker")
	add("D", "Daarom is het zorgelijk om te lezen dat de aantallen opnieuw stijgen.", one(stConcern), "Bakker")
	// an object of its own is the clause fallback's evaluative predicate
	add("L", "Het kabinet vindt de situatie in de opvang zorgelijk.", one(stConcern), "kabinet")
	// near misses: no judgement closing its clause, no demonstrative subject
	add("D", "Dat is goed mogelijk, maar de cijfers zijn nog niet bekend.", nil, "")
	add("D", "Dit is jammer genoeg niet gelukt.", nil, "")
	add("D", "Dat is goed te zien in de cijfers van de Commissie.", nil, "")
	add("L", "De procedure die daarvoor geldt, is goed.", nil, "")
	return cs
}

// TestStanceClusterAudit reads the fictional audit table of
// stance_cluster.go: every case must be read as wanted.
func TestStanceClusterAudit(t *testing.T) {
	cs := clusterAudit()
	missed := 0
	for _, c := range cs {
		if why := clusterMiss(t, c); why != "" {
			missed++
			t.Errorf("%s %q: %s", c.kind, c.text, why)
		}
	}
	t.Logf("stance cluster audit: %d of %d read as wanted", len(cs)-missed, len(cs))
}
