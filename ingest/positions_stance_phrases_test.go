package ingest

import (
	"strings"
	"testing"
)

// "CIE" is the Council reports' short form of the Commission, read as
// the Commission where the letter names the Commission too.
func TestActorCIE(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Commissie presenteerde het voorstel.", "De CIE steunt het compromis van het voorzitterschap."))
	if len(ps) != 1 || len(ps[0].holds) != 1 || ps[0].holds[0] != "org:european-commission" {
		t.Errorf("de CIE after de Commissie: want one position of the Commission, got %d", len(ps))
	}
	// near-miss: without the Commission named in the letter, "CIE" is not read as it
	ps = positionsOf(t, fictionalLetter(t, "14 maart 2025", "De CIE steunt het compromis van het voorzitterschap."))
	for _, p := range ps {
		for _, h := range p.holds {
			if h == "org:european-commission" {
				t.Errorf("de CIE without the Commission in the letter: read as the Commission")
			}
		}
	}
}

// Phrases of stance of any actor: disagreement "met" another side,
// holding on to a view, an intervention for something, qualified support.
// Near-misses: a split among the actors, holding something without "aan".
func TestCuePhrasesDisagreeHoldIntervene(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Ten tweede verschilt de Commissie van mening met de lidstaten over een artikel over de reikwijdte.", stOppose, "org:european-commission", "een artikel"},
		{"Commissaris Jansen geeft aan op een aantal punten van mening te verschillen met de voorliggende tekst.", stOppose, "org:european-commission", "de voorliggende tekst"},
		{"Duitsland verschilde van mening met de Commissie over de termijn.", stOppose, "country:DE", ""},
		{"De lidstaten verschillen van mening over de reikwijdte van het voorstel.", "", "", ""},
		{"De Commissie houdt vast aan haar opvatting dat de titel moet worden gewijzigd.", stPreference, "org:european-commission", "de titel"},
		{"Frankrijk heeft vastgehouden aan een verplichte verdeling.", stPreference, "country:FR", "verplichte verdeling"},
		{"Nederland heeft tijdens de lunch met kracht geïntervenieerd voor een ambitieus akkoord.", stSupport, "country:NL", "een ambitieus akkoord"},
		{"De Raad sprak zijn sterke steun uit voor de inspanningen van de Speciale Gezant.", stSupport, "org:council-of-the-eu", "de inspanningen"},
		{"De Raad sprak zijn zorg uit over de inspanningen van de Speciale Gezant.", stConcern, "", ""},
	})
}

// A future of sharing with parliament is correspondence, no commitment;
// sharing with others stays a commitment.
func TestProceduralSharingWithKamer(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet zal een kabinetsappreciatie met uw Kamer delen, voorafgaand aan de Europese Raad.", "", "", ""},
		{"Het kabinet zal de appreciatie met de Tweede Kamer delen.", "", "", ""},
		{"Nederland zal zijn expertise op het gebied van terugkeer met de andere lidstaten delen.", stCommit, "country:NL", ""},
	})
}

// Another actor's view framing an obligation is its preference; a topic
// ("wat de termijn betreft") or a remark ("kan worden opgemerkt") is none.
// Leading an effort is a commitment.
func TestCueFrameAndLead(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Wat de Commissie betreft dienen zoveel mogelijk lidstaten te participeren.", stPreference, "org:european-commission", "lidstaten te participeren"},
		{"Wat Duitsland betreft moet de termijn worden verlengd.", stPreference, "country:DE", "de termijn"},
		{"Wat de termijn betreft moet de Commissie nog een voorstel doen.", "", "", ""},
		{"Wat Frontex betreft kan worden opgemerkt dat het agentschap groeit.", "", "", ""},
		{"Binnen Europa heeft Nederland altijd voorop gelopen met effectieve maatregelen tegen mensenhandel.", stCommit, "country:NL", "effectieve maatregelen"},
		{"Nederland loopt voorop in de aanpak van mensenhandel.", stCommit, "country:NL", "de aanpak"},
		{"Nederland heeft voorop gelopen.", stCommit, "country:NL", ""},
		{"Nederland heeft hierin niet voorop gelopen.", stReserved, "country:NL", ""},
		{"Het kabinet zal de appreciatie zo spoedig mogelijk aan uw Kamer doen toekomen.", "", "", ""},
	})
}

// A dat-clause of a reported opinion that opens with a judgement of
// importance is a priority, whatever its purpose clause holds; importance
// further in the clause does not make one.
func TestOpinionImportanceOpening(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland gaf aan dat het belangrijk is goede randvoorwaarden te formuleren zodat een bestand niet leidt tot herbewapening.", stPriority, "country:NL", "goede randvoorwaarden"},
		{"Duitsland stelde dat het van groot belang is de termijnen te halen.", stPriority, "country:DE", ""},
		{"Nederland stelde dat er geen ruimte is voor uitstel, hoewel het belangrijk is.", stConcern, "country:NL", ""},
	})
}

// "naar de mening van X" inserted after the finite verb: the opinion is on
// the clause's own subject. At the opening it takes the clause after.
func TestParentheticalOpinionSubject(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De oprichting van het EOM zal daaraan naar de mening van het kabinet een belangrijke impuls geven.", stSupport, "country:NL", "De oprichting van het EOM"},
		{"Naar de mening van het kabinet moet de termijn worden verlengd.", stReserved, "country:NL", "de termijn"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De oprichting van het EOM zal daaraan naar de mening van het kabinet een belangrijke impuls geven."))
	if len(ps) == 1 && strings.Contains(ps[0].e.Props["subject"].(string), "impuls") {
		t.Errorf("subject %q: the rest of the clause, not its subject", ps[0].e.Props["subject"])
	}
}

// A passive of a good reception with its agent after the participle is
// the agent's welcome; without an agent it is no one's.
func TestPassiveReceivedWell(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raadsconclusies zijn positief ontvangen door de lidstaten en de Europese Commissie.", stWelcome, "org:european-commission", "De Raadsconclusies"},
		{"Het voorstel werd goed ontvangen door Duitsland.", stWelcome, "country:DE", "Het voorstel"},
		{"De Raadsconclusies zijn positief ontvangen.", "", "", ""},
	})
}

// Two actors joined by "en" on the same side of the cue hold one position.
func TestJoinedActors(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het Bulgaarse voorzitterschap en de Commissie steunden het compromis.", stSupport, "country:BG+org:european-commission", "het compromis"},
		{"De Commissie en Duitsland verwelkomden het akkoord.", stWelcome, "country:DE+org:european-commission", "het akkoord"},
		// near-miss: the second noun is the object, not an actor beside it
		{"De Commissie steunt Duitsland en Frankrijk in hun aanpak.", stSupport, "org:european-commission", ""},
	})
}
