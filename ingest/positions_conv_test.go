package ingest

import (
	"strings"
	"testing"
)

// The conventions settled by a second annotation (docs/stances.md,
// "Conventions settled by a second annotation (gold9)"), each with a
// sentence where it fires and a near miss where it must not.

// Convention 3: "zoekt naar" is an aim, a commitment of whoever seeks; an
// infinitive of purpose is the aim of what it qualifies, and the
// presidency seeking an item's format is meeting business.
func TestConventionSeeks(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het Voorzitterschap zoekt naar een compromis om beide richtingen tegemoet te komen.", stCommit, "", "een compromis"},
		{"De lidstaten zochten naar een oplossing voor de opvang van alleenstaande minderjarigen.", stCommit, "", "een oplossing"},
		{"Nederland zoekt naar een balans tussen privacy en veiligheid.", stCommit, "country:NL", "een balans"},
		// near misses
		{"Het kabinet verwelkomt het initiatief om de handen ineen te slaan om te zoeken naar een oplossing.", stWelcome, "country:NL", "het initiatief"},
		{"Het voorzitterschap zoekt naar een algemene oriëntatie.", "", "", ""},
	})
}

// Convention 6: "gaf aan / geeft aan … te + infinitive" is an announced
// intention, a commitment of any actor; an infinitive that is itself a
// stance ("belang te hechten aan", "van mening te verschillen") or a state
// ("klaar te staan om … te steunen") is read as that stance; a dat-clause
// stays a report.
func TestConventionAnnouncedIntention(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie gaf aan in het voorstel voor de terugkeerwetgeving een duidelijke wettelijke basis voor terugkeerhubs op te nemen.", stCommit, "org:european-commission", "een duidelijke wettelijke basis"},
		{"Tunesië geeft aan het registreren zelf ter hand te nemen.", stCommit, "country:TN", "het registreren"},
		// "om" and a time in the gap: the subject is what follows the infinitive
		{"De VS heeft aangegeven om vanaf 2027 te willen toetsen of lidstaten aan deze voorwaarde voldoen.", stCommit, "country:US", "of lidstaten aan deze voorwaarde voldoen"},
		// near miss: an object in the gap stays the subject
		{"De VS heeft aangegeven om de voorwaarde te willen toetsen bij alle lidstaten.", stCommit, "country:US", "de voorwaarde"},
		// near misses: the infinitive's own stance
		{"De Europese Commissie geeft aan belang te hechten aan versterking van de EMU.", stPriority, "org:european-commission", "versterking van de EMU"},
		{"Commissaris Dalli geeft aan op een aantal punten van mening te verschillen met de voorliggende tekst.", stOppose, "org:european-commission", ""},
		{"De EU gaf aan klaar te staan om de voorstellen van de gezant te steunen.", stSupport, "", ""},
		// a report, no intention
		{"De Commissie gaf aan dat het voorstel in juni verschijnt.", "", "", ""},
		// putting a topic on the agenda is an effort; correspondence with
		// parliament (convention 2) stays none
		{"In mijn brief van 3 juli gaf ik aan de problematiek in Europa te agenderen.", stCommit, "country:NL", "de problematiek in Europa"},
		{"In mijn brief van 3 juli gaf ik aan uw Kamer hierover te informeren.", "", "", ""},
	})
}

// Convention 7: "lijkt / leek … te" is the writer's hedge, not the actor's:
// the stance keeps its class, the delegations' support hedged so included;
// the actor's own hedge ("in beginsel") still makes it reserved.
func TestConventionWriterHedge(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap concludeerde dat er brede steun lijkt te bestaan voor het voorstel.", stSupport, "", "het voorstel"},
		{"Er lijkt brede steun te zijn voor de verlenging van het mandaat.", stSupport, "", "de verlenging van het mandaat"},
		{"Er leek overeenstemming te bestaan over de aanpak van mensensmokkel.", stSupport, "", "de aanpak van mensensmokkel"},
		{"Frankrijk lijkt het voorstel te steunen.", stSupport, "country:FR", ""},
		// a chair's finding of (no) majority, hedged: the member states'
		{"Het Voorzitterschap concludeerde dat er geen meerderheid lijkt te bestaan die erkent dat het misbruik een groot probleem is.", stOppose, "", "het misbruik een groot probleem is"},
		{"Het voorzitterschap concludeerde dat er een meerderheid is voor het voorstel.", stSupport, "", "het voorstel"},
		// near miss: a majority that is itself the actor reads its own verb
		{"Het voorzitterschap concludeerde dat een meerderheid van de lidstaten het voorstel steunt.", stSupport, "", "het voorstel"},
		// near misses: no one's support; the actor's own hedge
		{"Er lijkt steun nodig te zijn.", "", "", ""},
		{"Frankrijk steunt het voorstel in beginsel.", stReserved, "country:FR", ""},
	})
}

// Convention 9: a stance verb closing a relative clause with its own named
// subject is that subject's position, on the antecedent; a "dat" that opens
// a complement clause with an object of its own, or a verb that is no
// stance ("aangekondigd"), is none; a noun that is no stance ("de wens die
// … heeft uitgesproken") stays none. Convention 10 with it: "deel de zorg
// die X heeft uitgesproken dat Y" shares the concern on Y.
func TestConventionRelativeClause(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Deze inzet is ook verwoord in het non-paper dat Nederland samen met Denemarken, Oostenrijk en Zweden heeft opgesteld.", stInformational, "country:AT+country:DK+country:NL+country:SE", "het non-paper"},
		{"De maatregel die Duitsland heeft bepleit wordt nu besproken.", stSupport, "country:DE", "De maatregel"},
		// near misses
		// a group without a node in the clause holds it, by its words
		{"De zorg die enkele organisaties, waaronder de UNHCR, hebben geuit is begrijpelijk.", stConcern, "", "De zorg"},
		// a complement clause: its own cue reads it, on its object
		{"De Commissie meldde dat Frankrijk het voorstel heeft bepleit.", stSupport, "country:FR", "het voorstel"},
		{"Ik bericht u dat Nederland zich tegen het voorstel heeft uitgesproken.", stOppose, "country:NL", "het voorstel"},
		{"De strategie die de Commissie heeft aangekondigd komt in juni.", "", "", ""},
		{"De wens die Frankrijk heeft uitgesproken werd besproken.", "", "", ""},
		{"De brief die Nederland heeft opgesteld werd besproken.", "", "", ""},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025",
		"Ten slotte zullen wij ons inzetten voor een aantal beleidsinhoudelijke thema’s, die het kabinet als prioritair heeft aangemerkt."))
	if len(ps) != 2 || ps[1].e.Props["stance"] != string(stPriority) || ps[1].e.Props["subject"] != "een aantal beleidsinhoudelijke thema’s" {
		t.Errorf("prioritair aangemerkt: want a commitment and a priority on the antecedent, got %d: %v", len(ps), ps)
	}
	ps = positionsOf(t, fictionalLetter(t, "14 maart 2025", "Ik deel de zorg die enkele organisaties, waaronder de UNHCR, hebben uitgesproken dat de termijn te kort is."))
	if len(ps) != 2 || len(ps[1].holds) != 0 || ps[1].e.Props["actor"] != "enkele organisaties, waaronder de UNHCR" {
		t.Errorf("zorg die enkele organisaties … uitgesproken: want the organisations' concern by their words beside the cabinet's, got %d positions", len(ps))
	}
	ps = positionsOf(t, fictionalLetter(t, "14 maart 2025", "Ik deel de zorg die Frankrijk heeft uitgesproken dat de termijn te kort is."))
	if len(ps) != 2 {
		t.Fatalf("zorg die … uitgesproken: want two positions, got %d", len(ps))
	}
	for i, want := range []string{"country:NL", "country:FR"} {
		if p := ps[i]; len(p.holds) != 1 || p.holds[0] != want || p.e.Props["stance"] != string(stConcern) ||
			!strings.Contains(p.e.Props["subject"].(string), "de termijn te kort is") {
			t.Errorf("zorg die … uitgesproken, position %d: %v %v on %q, want %s concern on the dat-clause", i, p.holds, p.e.Props["stance"], p.e.Props["subject"], want)
		}
	}
}

// Convention 8: a chair's conclusion of broad consensus or support is the
// member states' support ("de lidstaten", words), whoever concludes it; "in
// de Raad" says where, and the subject is what the consensus carries. A
// conclusion without a degree of consensus or support ("de conclusie dat
// steun nodig is") is none of theirs.
func TestConventionChairsConsensus(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"HV Borrell besloot deze discussie met de conclusie dat op basis van brede consensus in de Raad, het verdere wetgevingstraject gestalte kan krijgen.", stSupport, "", "het verdere wetgevingstraject"},
		{"Het voorzitterschap sloot af met de conclusie dat er ruime steun is voor de verlenging van het mandaat.", stSupport, "", "de verlenging van het mandaat"},
		// near miss
		{"De Commissie trok de conclusie dat steun nodig is.", "", "", ""},
	})
	for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025",
		"HV Borrell besloot deze discussie met de conclusie dat op basis van brede consensus in de Raad, het verdere wetgevingstraject gestalte kan krijgen.")) {
		if p.e.Props["actor"] != "de lidstaten" || len(p.holds) != 0 {
			t.Errorf("brede consensus in de Raad: actor %q %v, want the words \"de lidstaten\"", p.e.Props["actor"], p.holds)
		}
	}
}

// Convention 1: a Council speaker's report is optional (the extractor
// emits none), and a stance coordinated with it in the same sentence is the
// speaker's own position, not its audience's; a coordinated clause with a
// subject of its own keeps it.
func TestConventionSpeakersReport(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie informeerde de Raad over de stand van zaken en riep op tot snelle afronding.", stSupport, "org:european-commission", "snelle afronding"},
		{"De Commissie lichtte de aanwezige ministers in over het herziene Actieplan terugkeer.", "", "", ""},
		// near miss: the second clause names its own subject
		{"De Commissie informeerde de Raad over de stand van zaken en Frankrijk riep op tot snelle afronding.", stSupport, "country:FR", "snelle afronding"},
	})
}

// Convention 2: correspondence with parliament is no position, in any
// tense; a stance the sentence reports beside it stays.
func TestConventionCorrespondence(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Bij brief van 11 november jl. heb ik uw Kamer geïnformeerd over de herinvoering van binnengrenscontroles.", "", "", ""},
		{"Met deze brief informeer ik uw Kamer over de uitkomsten van de Raad.", "", "", ""},
		{"Het kabinet zal uw Kamer hierover informeren.", "", "", ""},
		{"In mijn brief van 3 juli gaf ik aan uw Kamer te informeren over de voortgang.", "", "", ""},
		{"Bij brief van 11 november heb ik uw Kamer geïnformeerd en het kabinet steunt het akkoord.", stSupport, "country:NL", "het akkoord"},
	})
}

// Convention 9, participles: "zoals aanbevolen / bepleit door X" is X's
// support for what its clause describes, whose hedges are the writer's; a
// participle without "zoals" and its agent is no such position.
func TestConventionAsRecommendedBy(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De hervatting betreft vooralsnog alleen niet-kwetsbare personen en geschiedt stapsgewijs zoals aanbevolen door de Commissie.", stSupport, "org:european-commission", "De hervatting"},
		{"Zoals bepleit door Nederland wordt de termijn verlengd.", stSupport, "country:NL", "de termijn verlengd"},
		// near misses: no agent; an agent of another participle
		{"De hervatting geschiedt stapsgewijs, zoals aanbevolen.", "", "", ""},
		{"De hervatting geschiedt stapsgewijs, zoals besproken door de ministers.", "", "", ""},
	})
}

// Convention 9, a participle aside with its agent: "X, gesteund door Y, …"
// is Y's support for what the clause says X does; a passive ("wordt
// gesteund door") or a participle closing the clause is no such aside.
func TestConventionBackingAside(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het lijkt erop dat de Europese Commissie, gesteund door ons kabinet, met een plan komt om de emissies in 2040 te reduceren.", stSupport, "country:NL", "een plan"},
		{"De Commissie, gesteund door Frankrijk, komt met een voorstel voor een nieuwe richtlijn.", stSupport, "country:FR", "een voorstel voor een nieuwe richtlijn"},
		// near misses
		{"De Commissie komt met een voorstel, gesteund door Frankrijk.", "", "", ""},
	})
}
