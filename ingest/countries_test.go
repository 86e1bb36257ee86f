package ingest

import (
	"strings"
	"testing"
)

// TestCountryCityPlace: a capital that shares its country's name is the
// meeting's place after "in", "te" or "(" near a meeting ("de Raad, gehouden
// in Luxemburg", "JBZ-Raad (Luxemburg)"); elsewhere, and as an adjective,
// it is the country.
func TestCountryCityPlace(t *testing.T) {
	for s, want := range map[string]string{
		"het verslag van de Raad Justitie en Binnenlandse Zaken, gehouden in Luxemburg op 2 en 3 juni 2031.": "",
		"Verslag van de bijeenkomst van de Raad, 2 en 3 juni 2031 te Luxemburg":                              "",
		"- 2031-06-01 10:00: JBZ Raad (Luxemburg) 2 en 3 juni 2031 (Commissiedebat)":                         "",
		"Het Luxemburgse voorzitterschap en Luxemburg zelf steunen het voorstel.":                            "LU LU",
		"De wetgeving in Luxemburg kent geen vergelijkbare regeling.":                                        "LU",
	} {
		rs := []rune(s)
		var got []string
		for _, m := range findCountries(rs, tokenize(rs)) {
			got = append(got, m.target)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("findCountries(%q) = %q, want %q", s, g, want)
		}
	}
}
