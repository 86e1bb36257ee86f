package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// parliamentaryDoc extracts a fictional parliamentary document, kst-36999-4,
// with the given title line and paragraphs.
func parliamentaryDoc(t *testing.T, title string, paras ...string) graph.DocumentGraph {
	t.Helper()
	text := "Nr. 4  " + title + " \n\nVastgesteld 3 maart 2025 \n\n" + strings.Join(paras, " \n\n") + " \n"
	doc, err := Parse("kst-36999-4.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	return g
}

// checkAll checks the wanted positions and that there are no others.
func checkAll(t *testing.T, g graph.DocumentGraph, want []wantPosition) {
	t.Helper()
	ps := checkPositions(t, g, want)
	if len(ps) != len(want) {
		for _, p := range ps {
			t.Logf("%s %s %q: %q", p.e.Key, p.e.Props["stance"], p.e.Props["actor"], p.e.Props["quote"])
		}
		t.Errorf("%d positions, want %d", len(ps), len(want))
	}
}

// Members of parliament, their groups and the committee are actors with
// their words; questions and requests for information are no positions.
func TestPositionsParliamentaryActors(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda. "+
			"Deze leden zijn voor een gezamenlijke aanpak van mensensmokkel. "+
			"Zij vragen de regering of het kabinet bereid is dit in de Raad aan te kaarten.",
		"De leden van de D66-fractie hebben zorgen over de bescherming van persoonsgegevens. "+
			"De leden van de CDA-fractie vragen de regering om een nadere toelichting op de financiering.",
		"De leden van de fractie van GroenLinks-PvdA zijn kritisch over het voorgestelde screeningsmechanisme. "+
			"De SP-fractie acht een verplicht solidariteitsmechanisme onwenselijk.",
		"De heer Jansen (SP) kan zich vinden in de voorgestelde aanpak. "+
			"Mevrouw De Vries (D66) is voorstander van een Europese aanpak. "+
			"Het lid Bakker (PVV) is tegen een verplicht solidariteitsmechanisme.",
		"De leden van de BBB-fractie dringen er bij de regering op aan de onderhandelingen op te schorten. "+
			"De commissie verzoekt de regering de Kamer voor de JBZ-Raad te informeren over de stand van zaken. "+
			"De vaste commissie voor Justitie en Veiligheid steunt het voorstel.",
		"Steunt het kabinet het voorstel van de Commissie? "+
			"Deelt u de mening dat de regering het voorstel moet steunen? "+
			"De minister antwoordt dat het kabinet de algemene oriëntatie steunt.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Deze leden zijn voor", stance: stSupport, actorWords: "de leden van de VVD-fractie", subject: "een gezamenlijke aanpak"},
		{quote: "De leden van de D66-fractie", stance: stConcern, actorWords: "de leden van de D66-fractie", subject: "de bescherming van persoonsgegevens"},
		{quote: "De leden van de fractie van GroenLinks-PvdA", stance: stConcern, actorWords: "de leden van de fractie van GroenLinks-PvdA", subject: "het voorgestelde screeningsmechanisme"},
		{quote: "De SP-fractie acht", stance: stOppose, actorWords: "de SP-fractie", subject: "een verplicht solidariteitsmechanisme"},
		{quote: "De heer Jansen (SP)", stance: stAgree, actorWords: "de heer Jansen (SP)", subject: "de voorgestelde aanpak"},
		{quote: "Mevrouw De Vries (D66)", stance: stSupport, actorWords: "Mevrouw De Vries (D66)", subject: "een Europese aanpak"},
		{quote: "Het lid Bakker (PVV)", stance: stOppose, actorWords: "het lid Bakker (PVV)", subject: "een verplicht solidariteitsmechanisme"},
		{quote: "De leden van de BBB-fractie dringen", stance: stSupport, actorWords: "de leden van de BBB-fractie", subject: "de onderhandelingen op te schorten"},
		{quote: "De vaste commissie voor Justitie", stance: stSupport, actorWords: "de vaste commissie voor Justitie en Veiligheid", subject: "het voorstel"},
		{quote: "De minister antwoordt", stance: stSupport, actors: "country:NL", subject: "de algemene oriëntatie"},
	})
}

// A verbatim report: a label opens each speaker's turn; "ik" is the
// speaker, the minister's "ik" the cabinet; the chair takes no positions.
func TestPositionsSpeakerLabels(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De voorzitter: Ik open dit overleg over het behandelvoorbehoud en heet de staatssecretaris welkom.",
		"Ik steun overigens het verzoek om een rondetafelgesprek.",
		"De heer Jansen (SP): Ik steun het voorstel om de screening te versterken.",
		"Wij zijn er niet van overtuigd dat een nieuw agentschap nodig is.",
		"Minister Van Dijk: Ik kan mij vinden in de analyse van de heer Jansen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP): Ik steun", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "het voorstel om de screening te versterken"},
		{quote: "Wij zijn er niet van overtuigd", stance: stConcern, actorWords: "de heer Jansen (SP)", subject: "een nieuw agentschap", negated: true},
		{quote: "Minister Van Dijk: Ik kan mij vinden", stance: stAgree, actors: "country:NL", subject: "de analyse van de heer Jansen"},
	})
}

// Answers to Kamervragen: the minister answering is the cabinet; the
// questions, whatever they say, are no positions.
func TestPositionsKamervragen(t *testing.T) {
	g := parliamentaryDoc(t, "ANTWOORD VAN MINISTER VAN DIJK",
		"Vraag 1\nDeelt u de mening dat Nederland het voorstel moet steunen?",
		"Antwoord 1\nJa. Het kabinet steunt het voorstel.",
		"Vraag 2\nHet kabinet heeft eerder gezegd het screeningsvoorstel te steunen. Klopt dat?",
		"Antwoord 2\nNee, op dit moment ziet het kabinet geen aanleiding de afspraken te herzien. Ik deel de zorg over de toename van mensensmokkel.",
		"Vraag 3: Bent u bereid de Kamer te informeren? Het lid Jansen steunt het plan.",
		"Antwoord 3: Het kabinet is van mening dat de bestaande regels voldoende ruimte bieden.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet steunt het voorstel", stance: stSupport, actors: "country:NL", subject: "het voorstel"},
		{quote: "ziet het kabinet geen aanleiding", stance: stOppose, actors: "country:NL", subject: "de afspraken te herzien"},
		{quote: "Ik deel de zorg", stance: stConcern, actors: "country:NL", subject: "de toename van mensensmokkel"},
		{quote: "Het kabinet is van mening dat", stance: stSatisfied, actors: "country:NL", subject: "de bestaande regels"},
	})
}

// Formulas of written consultations: the members "aan het woord" are the
// group named before; announcing questions is no doubt, asking attention
// is.
func TestPositionsConsultationFormulas(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG",
		"De leden van de PVV-fractie hebben kennisgenomen van het wetsvoorstel.",
		"Deze aan het woord zijnde leden hebben nog enkele vragen over de uitvoering. "+
			"Zij zijn van mening dat geen geld gestopt moet worden in nieuwe instellingen.",
		"De leden van de SGP-fractie vragen aandacht voor de onderbouwing van de keuze voor een verordening.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Zij zijn van mening", stance: stConcern, actorWords: "de leden van de PVV-fractie", subject: "geld gestopt"},
		{quote: "De leden van de SGP-fractie vragen aandacht", stance: stConcern, actorWords: "de leden van de SGP-fractie", subject: "de onderbouwing"},
	})
}
