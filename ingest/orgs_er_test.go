package ingest

import (
	"strings"
	"testing"
)

// "de ER", "ER-conclusies" and "Europese Raden" mention the European
// Council; "er" and words that only start with the letters do not.
func TestEuropeanCouncilShortForms(t *testing.T) {
	for s, want := range map[string]string{
		"Het voorzitterschap wil de implementatie van de ER-conclusies verbeteren.":          "european-council",
		"zal de ER van februari proberen overeenstemming te bereiken":                        "european-council",
		"de informele top in Bratislava en daaropvolgende Europese Raden":                    "european-council",
		"Er is geen overeenstemming bereikt; er volgt een ERTMS-overleg en de ERC-subsidie.": "",
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
