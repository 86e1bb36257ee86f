package ingest

import (
	"strings"
	"testing"
)

// "(geen) steun verlenen aan" has one owner, the row "steun … verlenen
// aan": every word order stores that cue, and "geen" before the noun turns
// it (negated, baseStance support), as "kan … niet instemmen" is stored.
func TestSteunVerlenenOneOwner(t *testing.T) {
	cases := []struct {
		sentence, cue, stance, base string
		negated                     bool
	}{
		{"De EU heeft aangegeven dat het geen steun zal verlenen aan initiatieven die de rechten niet respecteren.", "steun … verlenen aan", "oppose", "support", true},
		{"Frankrijk heeft aangegeven dat het steun zal verlenen aan het initiatief.", "steun … verlenen aan", "support", "", false},
		{"Nederland zal geen steun verlenen aan het voorstel.", "steun verlenen aan", "oppose", "support", true},
	}
	for _, c := range cases {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if len(ps) != 1 {
			t.Errorf("%q: want one position, got %d", c.sentence, len(ps))
			continue
		}
		p := ps[0].e.Props
		if p["cue"] != c.cue || p["stance"] != c.stance || p["negated"] != c.negated {
			t.Errorf("%q: cue %q stance %v negated %v, want %q %s %v", c.sentence, p["cue"], p["stance"], p["negated"], c.cue, c.stance, c.negated)
		}
		if base, _ := p["baseStance"].(string); base != c.base {
			t.Errorf("%q: baseStance %q, want %q", c.sentence, base, c.base)
		}
	}
	// near miss: money granted by a fund is no actor's stance
	for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", "Het fonds zal steun verlenen aan projecten in de regio.")) {
		t.Errorf("fund: want no position, got %v (cue %q)", p.e.Props["stance"], p.e.Props["cue"])
	}
}

// "Minister <Name>" is the Netherlands only where the name is a Dutch
// officeholder on the letter's date or the letter ties it to a Dutch
// office; a name introduced with a country keeps it; any other is the
// person's words, holding no node.
func TestNamedMinisterNotPlaced(t *testing.T) {
	cases := []struct {
		date, text, actors, words string
	}{
		// a Dutch officeholder on the letter's date (refdata/officeholders.tsv)
		{"19 december 2018", "Staatssecretaris Harbers heeft aangedrongen op het versnellen van de asielprocedures.", "country:NL", ""},
		// near miss: the same name years after the term, never tied to an office
		{"14 maart 2025", "Staatssecretaris Harbers heeft aangedrongen op het versnellen van de asielprocedures.", "", "Staatssecretaris Harbers"},
		// foreign ministers the letter never introduces
		{"14 maart 2025", "Minister Kuleba heeft aangedrongen op meer steun voor Oekraïne.", "", "Minister Kuleba"},
		{"14 maart 2025", "Minister Lavrov heeft de sancties afgewezen.", "", "Minister Lavrov"},
		{"14 maart 2025", "Daarna heeft minister Faeser de sancties afgewezen.", "", "minister Faeser"},
		// introduced with a country through a title of several words
		{"19 december 2025", "De Oekraïense Minister van Buitenlandse Zaken Andrii Sybiha was aanwezig. Minister Sybiha heeft gepleit voor veiligheidsgaranties.", "country:UA", ""},
		// tied to a Dutch office by the letter: after the name, before it
		{"14 maart 2005", "De commissie heeft overleg gevoerd met minister Donner van Justitie. Minister Donner heeft gepleit voor een snelle aanpak van mensensmokkel.", "country:NL", ""},
		{"14 maart 2005", "Namens Nederland sprak de Minister van Justitie, J.P.H. Donner. Minister Donner heeft gepleit voor een snelle aanpak van mensensmokkel.", "country:NL", ""},
		// near miss: a Dutch office of another person in the sentence before
		{"14 maart 2005", "De Minister van Justitie sprak met de heer Barrot. Minister Barrot heeft gepleit voor een snelle aanpak van mensensmokkel.", "", "Minister Barrot"},
	}
	for _, c := range cases {
		var got []position
		for _, p := range positionsOf(t, fictionalLetter(t, c.date, c.text)) {
			if p.e.Props["stance"] == "support" || p.e.Props["stance"] == "oppose" {
				got = append(got, p)
			}
		}
		if len(got) != 1 {
			t.Errorf("%s %q: want one position, got %d", c.date, c.text, len(got))
			continue
		}
		p := got[0]
		if h := strings.Join(p.holds, "+"); h != c.actors {
			t.Errorf("%s %q: actors %q, want %q (actor %q)", c.date, c.text, h, c.actors, p.e.Props["actor"])
		}
		if c.words != "" && p.e.Props["actor"] != c.words {
			t.Errorf("%s %q: actor words %q, want %q", c.date, c.text, p.e.Props["actor"], c.words)
		}
	}
}
