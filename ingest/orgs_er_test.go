package ingest

import (
	"strings"
	"testing"
)

// "Europese Raden" mentions the European Council; "de ER" alone is no name
// of the body in the table (positions.go reads it only where the letter
// names the body in full), nor are "er" and words that start with the
// letters.
func TestEuropeanCouncilPlural(t *testing.T) {
	for s, want := range map[string]string{
		"de informele top in Bratislava en daaropvolgende Europese Raden": "european-council",
		"zal de ER van februari proberen overeenstemming te bereiken":     "",
		"Er is geen overeenstemming bereikt; er volgt een ERTMS-overleg.": "",
	} {
		rs := []rune(s)
		var got []string
		for _, m := range findOrgs(rs, tokenize(rs)) {
			if m.target == "european-council" {
				got = append(got, m.target)
			}
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("findOrgs(%q) = %q, want %q", s, g, want)
		}
	}
}
