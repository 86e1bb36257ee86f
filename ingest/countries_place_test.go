package ingest

import (
	"strings"
	"testing"
)

// Luxembourg as the place of a meeting of any Council: named after "in"
// with the meeting right after it, or after the year of the meeting's date
// in a title line; the country elsewhere, also after a year with no
// meeting before it. Countries added in December 2026 are found.
func TestCountryCityPlaceMore(t *testing.T) {
	for s, want := range map[string]string{
		"Onder Italiaans voorzitterschap vond op 28 oktober 2014 in Luxemburg de Milieuraad plaats.":  "IT",
		"Verslag Formele Gezondheidsraad EPSCO 22 juni 2012 Luxemburg":                                "",
		"Sinds 2012 Luxemburg en België samenwerken, is de regeling gewijzigd.":                       "LU BE",
		"De wetgeving in Luxemburg. Raadsconclusies volgen later.":                                    "LU",
		"Nederland gaf een terugkoppeling van de Benelux-reis naar Ghana en Kenia.":                   "NL GH KE",
		"de klimaatconferentie, die van 1–12 december 2014 in Lima (Peru) plaatsvindt; PNR EU-Canada": "PE CA",
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
