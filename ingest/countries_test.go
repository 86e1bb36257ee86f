package ingest

import (
	"strings"
	"testing"
)

// TestCountryCityPlace: a capital that shares its country's name is the
// meeting's place after "in", "te" or "(" near a meeting ("de Raad, gehouden
// in Luxemburg", "JBZ-Raad (Luxemburg)"); elsewhere, and as an adjective,
// it is the country. Ghana, Kenya, Peru and Canada are countries.
func TestCountryCityPlace(t *testing.T) {
	for s, want := range map[string]string{
		"het verslag van de Raad Justitie en Binnenlandse Zaken, gehouden in Luxemburg op 2 en 3 juni 2031.": "",
		"Verslag van de bijeenkomst van de Raad, 2 en 3 juni 2031 te Luxemburg":                              "",
		"- 2031-06-01 10:00: JBZ Raad (Luxemburg) 2 en 3 juni 2031 (Commissiedebat)":                         "",
		"Het Luxemburgse voorzitterschap en Luxemburg zelf steunen het voorstel.":                            "LU LU",
		"De wetgeving in Luxemburg kent geen vergelijkbare regeling.":                                        "LU",
		// a meeting of any Council, also with the meeting right after the
		// place or after the year of its date in a title line; the country
		// after a year with no meeting before it
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

// A city where the Council meets written right after the Council's name,
// as debates of the Kamer are named ("het Commissiedebat JBZ-Raad
// Luxemburg van 9 en 10 juni 2027"), is the meeting's place, no mention of
// the country; the country named otherwise still is.
func TestCouncilPlaceAfterName(t *testing.T) {
	mentions := func(body string) bool {
		g := extractText(t, "kst-32317-996.txt", " Nr. 996  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
			"Den Haag, 20 juni 2027 \n\n"+body+"\n\nDe Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
		_, ok := relation(g, "MENTIONS", "kst-32317-996", "LU")
		return ok
	}
	if mentions("Tijdens het Commissiedebat JBZ-Raad Luxemburg van 9 en 10 juni 2027 heb ik toegezegd u te informeren.") {
		t.Error("'JBZ-Raad Luxemburg' mentions Luxembourg")
	}
	if !mentions("Luxemburg en België steunen het voorstel.") {
		t.Error("'Luxemburg en België steunen' is no mention of Luxembourg")
	}
	if !mentions("Tijdens de JBZ-Raad heeft Luxemburg het voorstel gesteund.") {
		t.Error("Luxembourg as a speaker after the Council's name and a verb is no mention")
	}
}

// TestNationalityAdjective: the shape of an inflected adjective of
// nationality, in "-se" and "-sche", with a capital; not a lower-case
// adjective nor another capitalised word.
func TestNationalityAdjective(t *testing.T) {
	for w, want := range map[string]bool{"Britse": true, "Maltese": true, "Belgische": true, "Tsjechische": true,
		"Nederlandse": true, "britse": false, "belgische": false, "Hoge": false, "Commissie": false, "Brits": false} {
		toks := tokenize([]rune(w))
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", w, len(toks))
		}
		if got := nationalityAdjective(toks[0]); got != want {
			t.Errorf("nationalityAdjective(%q) = %v, want %v", w, got, want)
		}
	}
}
