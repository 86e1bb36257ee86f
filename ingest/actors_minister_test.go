package ingest

import (
	"strings"
	"testing"
)

// TestDutchOfficeWords: the first words of the Dutch portfolios come from
// the officeholders table, as tokens read them ("Financiën" as
// "financien"), with the hand list's short and older names; not the words
// after the first ("zaken") nor the prepositions.
func TestDutchOfficeWords(t *testing.T) {
	ws := dutchOfficeWords()
	for _, w := range []string{"justitie", "buitenlandse", "financien", "werk", "armoedebeleid", "migratie", "europese"} {
		if !ws[w] {
			t.Errorf("dutchOfficeWords lacks %q", w)
		}
	}
	for _, w := range []string{"zaken", "van", "voor", "minister", "financiën", "participatie"} {
		if ws[w] {
			t.Errorf("dutchOfficeWords has %q", w)
		}
	}
}

// TestMinisterTiedToTableOffice: a name the letter ties to a portfolio that
// only the officeholders table names ("van Werk en Participatie") is the
// Netherlands'; near miss: a portfolio no Dutch office opens with.
func TestMinisterTiedToTableOffice(t *testing.T) {
	cases := []struct{ text, actors, words string }{
		{"De commissie sprak met minister Pietersen van Werk en Participatie. Minister Pietersen heeft gepleit voor een snelle aanpak van mensensmokkel.", "country:NL", ""},
		{"De commissie sprak met minister Pietersen van Werkgelegenheid. Minister Pietersen heeft gepleit voor een snelle aanpak van mensensmokkel.", "", "Minister Pietersen"},
	}
	for _, c := range cases {
		var got []position
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2005", c.text)) {
			if p.e.Props["stance"] == "support" {
				got = append(got, p)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: want one position, got %d", c.text, len(got))
			continue
		}
		if h := strings.Join(got[0].holds, "+"); h != c.actors {
			t.Errorf("%q: actors %q, want %q (actor %q)", c.text, h, c.actors, got[0].e.Props["actor"])
		}
		if c.words != "" && got[0].e.Props["actor"] != c.words {
			t.Errorf("%q: actor words %q, want %q", c.text, got[0].e.Props["actor"], c.words)
		}
	}
}
