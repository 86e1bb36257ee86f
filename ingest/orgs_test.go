package ingest

import (
	"strings"
	"testing"
)

// TestCommissioner: a European Commissioner stands for the Commission; a
// commissaris of another kind does not.
func TestCommissioner(t *testing.T) {
	for s, want := range map[string]string{
		"Commissaris Jansen meldde dat het systeem in 2032 gereed is.":                 "european-commission",
		"met als gast Eurocommissaris voor Migratie Pietersen.":                        "european-commission",
		"De EU-commissaris gaf een toelichting.":                                       "european-commission",
		"De Europese Commissaris voor Justitie lichtte het voorstel toe.":              "european-commission",
		"De Hoge Commissaris voor de Vluchtelingen sprak de Raad toe.":                 "council-of-the-eu",
		"De Commissaris van de Koning in Gelderland en de commissaris van politie.":    "",
		"De commissaris heeft daarover gezegd dat het beeld klopt.":                    "",
		"de brief aan de Commissaris voor Migratie, Binnenlandse Zaken en Burgerschap": "european-commission",
		"De Commissaris voor Mensenrechten van de Raad van Europa.":                    "council-of-europe",
		"De Commissaris voor de Mensenrechten sprak.":                                  "",
		"de commissaris voor het onderzoek":                                            "",
	} {
		rs := []rune(s)
		var got []string
		for _, m := range findOrgs(rs, tokenize(rs)) {
			got = append(got, m.target)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("findOrgs(%q) = %q, want %q", s, g, want)
		}
	}
}
