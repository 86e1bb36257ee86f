package ingest

import (
	"strings"
	"testing"
)

// Phrases of unseen Council reports (pos12), each with a near-miss.
func TestCuePhrasesCouncilReports(t *testing.T) {
	checkTransfer(t, []transferCase{
		// a passive with its agent and the object between: "werd o.a. door X het belang van Y opgebracht"
		{"Onder overige zaken werd o.a. door Nederland het belang van bestrijden van antisemitisme opgebracht.", stSupport, "country:NL", "bestrijden van antisemitisme"},
		{"Onder overige zaken werd door Duitsland het belang van samenwerking benadrukt.", stSupport, "country:DE", "samenwerking"},
		{"Onder overige zaken werd door Nederland het verslag opgebracht.", "", "", ""},
		// confirming the importance of something is support
		{"De Raad bevestigde het belang van een geïntegreerd beleid ten aanzien van migratie.", stSupport, "org:council-of-the-eu", "een geïntegreerd beleid"},
		{"De Raad bevestigde de ontvangst van de brief.", "", "", ""},
		// a group agreeing on something
		{"De lidstaten waren het eens over de grote waarde van de EU voor veiligheid.", stSupport, "", "de grote waarde"},
		{"De lidstaten waren het niet eens over de grote waarde van de EU.", stOppose, "", ""},
		{"Het is het eerste over de waarde van de EU.", "", "", ""},
		// reaching consensus on something
		{"Tijdens de discussie bereikten de lidstaten consensus over de wenselijkheid van een sanctieregime.", stSupport, "", "een sanctieregime"},
		{"Tijdens de discussie bereikten de lidstaten Brussel over de weg.", "", "", ""},
		// undertaking to go on with an effort
		{"De Raad stelde zich hiervoor te zullen blijven inspannen.", stCommit, "org:council-of-the-eu", ""},
		{"De Raad stelde zich de vraag of dit nodig is.", "", "", ""},
		// a promise whose object names another actor: the promiser holds it
		{"De Raad zegde toe Oekraïne in de komende jaren te zullen blijven ondersteunen.", stCommit, "org:council-of-the-eu", "Oekraïne"},
		// a dat-clause judging something important
		{"Tijdens de informele Raad gaven alle lidstaten aan dat het toepassen van technologie belangrijk is voor het behalen van de doelen.", stPriority, "", "het toepassen van technologie"},
		{"Tijdens de informele Raad gaven alle lidstaten aan dat de vergadering om tien uur begint.", "", "", ""},
	})
}

// A dat-clause that judges its subject important in verb-final order.
func TestImportancePredicate(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"het toepassen van technologie belangrijk is voor de doelen", true},
		{"de samenwerking van groot belang is", true},
		{"de samenwerking niet belangrijk is", false},
		{"de vergadering om tien uur begint", false},
		{"belangrijk is", false},
		{"er geen ruimte is voor uitstel hoewel het belangrijk is", false},
	} {
		if got := importancePredicate(strings.Fields(c.clause)); got != c.want {
			t.Errorf("%q: %v, want %v", c.clause, got, c.want)
		}
	}
}

// Coordination after a promise: the second verb's clause is its own, so a
// procedural verb there does not make the promise procedure, and the
// second verb shares the first one's subject (not the addressee).
func TestPromiseCoordinated(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Raad zegde toe Oekraïne in de komende jaren te zullen blijven ondersteunen en riep de Commissie op om hiertoe financiële opties te presenteren."))
	var got []string
	for _, p := range ps {
		got = append(got, p.e.Props["stance"].(string)+" "+strings.Join(p.holds, "+"))
	}
	if want := "commit org:council-of-the-eu|support org:council-of-the-eu"; strings.Join(got, "|") != want {
		t.Errorf("promise and call: got %q, want %q", strings.Join(got, "|"), want)
	}
	// near-miss: a promise of procedure stays none
	checkTransfer(t, []transferCase{
		{"De Raad zegde toe het verslag te zullen presenteren.", "", "", ""},
	})
}

// Groups of Council reports as actors: the heads of state or government,
// counted or not, and "Ministers" without an article. Near-miss: "De
// Ministers" points back to ministers named before and is no new group.
func TestActorGroupsCouncilReports(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De 27 staatshoofden en regeringsleiders waren het eens over de grote waarde van de EU.", stSupport, "", "de grote waarde"},
		{"De staatshoofden en regeringsleiders waren het eens over de grote waarde van de EU.", stSupport, "", "de grote waarde"},
		{"Tijdens de discussie bereikten Ministers consensus over de wenselijkheid van een sanctieregime.", stSupport, "", "een sanctieregime"},
		{"De staatshoofden waren het eens over de grote waarde van de EU.", "", "", ""},
	})
	for _, c := range []struct{ sentence, actor string }{
		{"De 27 staatshoofden en regeringsleiders waren het eens over de grote waarde van de EU.", "De 27 staatshoofden en regeringsleiders"},
		{"Tijdens de discussie bereikten Ministers consensus over de wenselijkheid van een sanctieregime.", "Ministers"},
	} {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if len(ps) != 1 || !strings.EqualFold(ps[0].e.Props["actor"].(string), c.actor) {
			t.Errorf("%q: want one position of %q", c.sentence, c.actor)
		}
	}
}

// The attributive participle's subject is the whole name after it, not its
// first word; a common noun stays one word.
func TestAttributiveNameSubject(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad sprak over het door Nederland bepleite EU Mensenrechtensanctieregime.", stSupport, "country:NL", "EU Mensenrechtensanctieregime"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Raad sprak over het door Nederland bepleite sanctieregime Magnitsky."))
	if len(ps) != 1 || ps[0].e.Props["subject"] != "sanctieregime" {
		t.Errorf("a common noun after the participle: want subject %q alone, got %d positions", "sanctieregime", len(ps))
	}
}

// A plural noun coordinated after a determiner is no verb of will; the
// verb after "en" with a subject of its own stays one.
func TestWishNounCoordinated(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad verwelkomde de herziening van de missie, waarmee beter tegemoet gekomen wordt aan de noden en wensen van Oekraïne.", stWelcome, "org:council-of-the-eu", "de herziening"},
		{"Frankrijk en Duitsland wensen een snelle afronding.", stSupport, "country:DE+country:FR", "een snelle afronding"},
	})
}

// An infinitive right after a preposition is a noun, the topic of a
// motion; the same verb after its subject stays a stance.
func TestNominalInfinitive(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Hiermee wordt voldaan aan de toezegging over de reis naar Armenië en Turkije en de motie van het lid Jansen over pleiten voor gerichte sancties tegen betrokkenen.", "", "", ""},
		{"Turkije en Nederland pleiten voor gerichte sancties tegen betrokkenen.", stSupport, "country:NL+country:TR", "gerichte sancties"},
	})
}
