package ingest

import (
	"strings"
	"testing"
)

// TestKstJointAndBare: a document filed in two dossiers is cited with both
// ("Kamerstukken 40 123 en 40567, nr. 12" is kst-40123-12), and reports of
// the Kamer cite letters without the word Kamerstuk ("(40 123, nr. 7)").
// Other numbers with a comma and "nr." are no citation.
func TestKstJointAndBare(t *testing.T) {
	for s, want := range map[string]string{
		"de brief over de visumagenda (Kamerstukken 40 123 en 40567, nr. 12);":                 "kst-40123-12",
		"de brief over de visumagenda (Kamerstukken 40 123 en 40 567, nrs. 12 en 13).":         "kst-40123-12 kst-40123-13",
		"de brief van de minister van 3 mei 2031 inzake de evaluatie (40 123, nr. 7);":         "kst-40123-7",
		"de geannoteerde agenda (40 123, nr. 7) en het verslag (41 222-20, nr. 15)":            "kst-40123-7 kst-41222-20-15",
		"zie Kamerstukken II 2030/31, 40 123, nr. 7 en Kamerstuk 40 123, nr. 8.":               "kst-40123-7 kst-40123-8",
		"zoals gemeld (Kamerstuk 40 123 nr. 7) en eerder":                                      "kst-40123-7",
		"de verslagen (Kamerstuk 40 123, nr. 7 en nr. 9) en de brief (40 555, nr. 2)":          "kst-40123-7 kst-40123-9 kst-40555-2",
		"het dossier Kamerstukken 40 123 EU-Raad en het stuk Kamerstuk 40 123 JBZ":             "",
		"Staatsblad 2031, nr. 12 en Stcrt. 2031, nr. 4455":                                     "",
		"het bedrag van 1.40 123, nr. 4 en de lijst 3/40 123, nr. 5":                           "",
		"bij brief van 3 mei (ref. 40 123, nr. 7) en het ECLI:NL:RVS:2031:40 123, nr. 8 lijst": "kst-40123-7",
	} {
		var keys []string
		for _, c := range findKsts(s) {
			keys = append(keys, c.key)
		}
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("findKsts(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestResolveKstNoComma: "nr." may follow the dossier without a comma; a
// capital may not.
func TestResolveKstNoComma(t *testing.T) {
	for in, want := range map[string]string{
		"Kamerstuk 40 123 nr. 7": "kst-40123-7",
		"40 123 nr. 7":           "kst-40123-7",
		"40 123 B":               "",
		"40 123, B":              "kst-40123-B",
	} {
		if got, _ := ResolveKstRef(in); got != want {
			t.Errorf("ResolveKstRef(%q) = %q, want %q", in, got, want)
		}
	}
}
