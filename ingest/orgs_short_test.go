package ingest

import (
	"slices"
	"strings"
	"testing"

	"jhagraph/graph"
)

// mentionedOrgs returns the keys of the organisations a graph's document
// MENTIONS, sorted.
func mentionedOrgs(g graph.DocumentGraph) []string {
	var out []string
	for _, r := range g.Relations {
		if r.Type == graph.RelMentions && r.To.Kind == graph.KindOrganisation {
			out = append(out, r.To.Key)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// The short forms "EC", "CIE" and "ER" are organisation mentions where the
// letter makes them unambiguous, never inside another word or an
// identifier; the positions' actors read them from the mentions.
func TestShortFormMentions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ER by its month", "Zo zal de ER van februari proberen overeenstemming te bereiken over de Britse wensen.", []string{"european-council"}},
		{"ER heading with month", "De voorbereiding loopt. Voorbereiding ER februari a.s. volgt hieronder.", []string{"european-council"}},
		// near misses: no full name, no month; a compound
		{"ER alone", "De ER zal proberen overeenstemming te bereiken over de Britse wensen.", nil},
		{"ER compound", "Het gaat om de implementatie van de ER-conclusies.", nil},
		{"ER with full name", "De Europese Raad kwam bijeen. De ER riep op tot versnelling van de terugkeer.", []string{"european-council"}},
		{"CIE with a Commissioner", "De nieuwe Maltese Commissaris, Tonio Borg, vindt dat geen goed idee: de CIE kan niet worden verplicht.", []string{"european-commission"}},
		{"CIE alone", "Het tweede discussiepunt gaat om maatregelen die de CIE kan nemen.", nil},
		{"EC sentence-initial", "De Commissie presenteerde het plan. EC en lidstaten werken samen.", []string{"european-commission"}},
		// near misses: "EC" inside an identifier or a compound, where the
		// letter names no Commission
		{"EC in a number", "Richtlijn 2008/115/EC is van toepassing.", nil},
		{"EC compound", "Het EC-verdrag regelt dit.", nil},
	}
	for _, c := range cases {
		got := mentionedOrgs(fictionalLetter(t, "14 maart 2016", c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: organisations %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// findShortForms: a word of its own after "de" or opening a sentence.
func TestFindShortForms(t *testing.T) {
	for s, want := range map[string]string{
		"Ook de EC steunt dit.":          "EC",
		"De CIE wil een comité.":         "CIE",
		"Zie 2008/115/EC hierover.":      "",
		"De EC-lidstaten stemden.":       "",
		"het ER-voorzitterschap":         "",
		"Volgens het EC steunt X dit.":   "",
		"(de EC) steunt het voorstel.":   "EC",
		"Daarna. ER van maart besprak X": "ER",
	} {
		rs := []rune(s)
		var got []string
		for _, f := range findShortForms(rs, tokenize(rs)) {
			got = append(got, f.form)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("findShortForms(%q) = %q, want %q", s, g, want)
		}
	}
}

// A Commissioner by title, the Commission's president by title and a body
// with an adjective are organisation mentions, as the positions' actors
// read them: a position held by the Commission always has its node among
// the document's organisations (no node made by the positions pass).
func TestTitleMentions(t *testing.T) {
	checkFindOrgs(t, map[string]string{
		"De Commissaris gaf een toelichting.":                                   "european-commission",
		"De nieuwe Commissaris, Tonio Borg, vindt het voorstel geen goed idee.": "european-commission",
		"De nieuwe Maltese Commissaris, Tonio Borg, vond het geen goed idee.":   "european-commission",
		"Commissievoorzitter Von der Leyen sprak steun uit.":                    "european-commission",
		"De nieuwe Commissie presenteerde haar werkprogramma.":                  "european-commission",
		"De informele Raad sprak over landbouw.":                                "council-of-the-eu",
		// near misses: other commissarissen, other bodies
		"De Commissaris van de Koning opende de vergadering.": "",
		"De Commissaris voor de Mensenrechten sprak.":         "",
		"De Hoge Raad oordeelde anders.":                      "",
		"De commissievoorzitter opende het debat.":            "",
	})
	g := fictionalLetter(t, "14 maart 2025", "De nieuwe Commissaris, Tonio Borg, geeft aan dat hij het voorstel geen goed idee vindt.")
	if got := mentionedOrgs(g); !slices.Equal(got, []string{"european-commission"}) {
		t.Errorf("the Commissioner's letter: organisations %v, want [european-commission]", got)
	}
	for _, p := range positionsOf(t, g) {
		if len(p.holds) != 1 || p.holds[0] != "org:european-commission" {
			t.Errorf("the Commissioner's position: holds %v, want org:european-commission", p.holds)
		}
	}
}
