package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// A person is one key however the name is spelt.
func TestResolvePerson(t *testing.T) {
	for key, spellings := range map[string][]string{
		"d-yesilgoz-zegerius": {"D. Yeşilgöz-Zegerius", "D. Yesilgöz-Zegerius", "D. Yesilgoz-Zegerius", "D. Yeşilgöz",
			"D. Yes\u0327ilgo\u0308z-Zegerius", "Yeşilgöz-Zegerius", "Dilan Yeşilgöz", "Dilan Yeşilgöz-Zegerius", "Yesilgöz",
			"mr. D. Yeşilgöz-Zegerius", "D Yeşilgöz"},
		"f-m-weerwind":                 {"F.M. Weerwind", "F. M. Weerwind", "F. Weerwind", "Franc Weerwind", "Weerwind"},
		"e-van-der-burg":               {"E. van der Burg", "E. Van der Burg", "Eric van der Burg", "Van der Burg"},
		"m-h-m-faber-van-de-klashorst": {"M.H.M. Faber-van de Klashorst", "M.H.M. Faber", "M. Faber", "Marjolein Faber", "Faber"},
		"f-van-oosten":                 {"Mr. F. van Oosten", "F. van Oosten", "Foort van Oosten"},
		"a-c-l-rutte":                  {"A.C.L. Rutte", "Mr. A.C.L. Rutte", "Arno Rutte", "A. Rutte"},
		"g-a-van-der-steur":            {"G.A. van der Steur", "Ard van der Steur"},
		"e-m-h-hirsch-ballin":          {"E.M.H. Hirsch Ballin", "E. Hirsch Ballin", "Hirsch Ballin", "E.M.H. Hirsch-Ballin"},
		"a-broekers-knol":              {"A. Broekers-Knol", "Broekers-Knol", "A. Broekers"},
		"g-van-den-brink":              {"G. van den Brink", "Bart van den Brink", "Van den Brink"},
		"d-m-van-weel":                 {"D.M. van Weel", "D. van Weel", "David van Weel"},
		"c-a-van-der-maat":             {"C.A. van der Maat", "Mr. drs. C.A. van der Maat", "Van der Maat", "Christophe van der Maat"},
		"a-c-van-huffelen":             {"A.C. van Huffelen", "Alexandra van Huffelen", "Van Huffelen"},
		"w-r-c-sterk":                  {"W.R.C. Sterk", "Mirjam Sterk"},
		"s-w-sjoerdsma":                {"S.W. Sjoerdsma", "Sjoerd Sjoerdsma", "Sjoerdsma"},
	} {
		for _, s := range spellings {
			if got, known := ResolvePerson(s); got != key || !known {
				t.Errorf("ResolvePerson(%q) = %q, %v; want %q", s, got, known, key)
			}
		}
	}
	// Not these: other initials, a bare surname the data do not list, people
	// the data do not know. They keep their folded printed name.
	for name, key := range map[string]string{
		"M. Weerwind":     "m-weerwind",
		"B. Rutte":        "b-rutte",
		"Rutte":           "rutte",
		"J. Jansen":       "j-jansen",
		"Prof. J. Jansen": "j-jansen",
		"Mark Faber":      "mark-faber",
	} {
		if got, known := ResolvePerson(name); got != key || known {
			t.Errorf("ResolvePerson(%q) = %q, %v; want %q, unknown", name, got, known, key)
		}
	}
}

func TestPersonEntity(t *testing.T) {
	e := personEntity("D. Yeşilgöz")
	if e.Key != "d-yesilgoz-zegerius" || e.Name != "D. Yeşilgöz-Zegerius" || !contains(e.Aliases, "D. Yeşilgöz") ||
		!contains(e.Aliases, "Dilan Yeşilgöz-Zegerius") || e.Props["fullName"] != "Dilan Yeşilgöz-Zegerius" || e.Props["party"] != "VVD" {
		t.Errorf("personEntity: %+v", e)
	}
	if terms, _ := e.Props["terms"].([]string); strings.Join(terms, " ") != "minister-van-justitie-en-veiligheid|2022-01-10|2024-07-02 minister-van-defensie|2026-02-23|" {
		t.Errorf("terms %v", e.Props["terms"])
	}
	w := personEntity("D.M. van Weel")
	want := "minister-van-justitie-en-veiligheid|2024-07-02|2025-09-05 minister-van-asiel-en-migratie|2025-06-03|2026-02-23 " +
		"minister-van-binnenlandse-zaken-en-koninkrijksrelaties|2025-08-22|2025-09-05 minister-van-buitenlandse-zaken|2025-09-05|2026-02-23 " +
		"minister-van-justitie-en-veiligheid|2026-02-23|"
	if terms, _ := w.Props["terms"].([]string); strings.Join(terms, " ") != want {
		t.Errorf("van Weel terms %v", w.Props["terms"])
	}
	if u := personEntity("J. Jansen"); u.Key != "j-jansen" || u.Name != "J. Jansen" || u.Props != nil {
		t.Errorf("unknown person: %+v", u)
	}
	o := officeEntity("minister van Justitie en Veiligheid")
	holders, _ := o.Props["holders"].([]string)
	if o.Key != "minister-van-justitie-en-veiligheid" || o.Name != "Minister van Justitie en Veiligheid" || len(holders) != 5 ||
		holders[0] != "f-b-j-grapperhaus|2017-10-26|2022-01-10" || holders[4] != "d-m-van-weel|2026-02-23|" {
		t.Errorf("officeEntity: %+v", o)
	}
	if u := officeEntity("Minister voor Ruimtevaart"); u.Key != "minister-voor-ruimtevaart" || u.Props != nil {
		t.Errorf("unknown office: %+v", u)
	}
}

// Offices hold over time: who held an office on a date.
func TestOfficeHolders(t *testing.T) {
	tests := []struct{ office, date, want string }{
		{"Minister van Justitie en Veiligheid", "2024-01-15", "d-yesilgoz-zegerius"},
		{"Minister van Justitie en Veiligheid", "2020-06-01", "f-b-j-grapperhaus"},
		{"minister-van-justitie-en-veiligheid", "2022-01-09", "f-b-j-grapperhaus"},
		{"de minister van justitie en veiligheid", "2022-01-10", "d-yesilgoz-zegerius"}, // installation day: the new minister
		{"Minister van Justitie en Veiligheid", "2024-07-02", "d-m-van-weel"},
		{"Minister van Justitie en Veiligheid", "2025-10-01", "f-van-oosten"},
		{"Minister van Justitie en Veiligheid", "2026-03-01", "d-m-van-weel"},
		{"Staatssecretaris van Justitie en Veiligheid", "2024-01-15", "e-van-der-burg"},
		{"Staatssecretaris van Justitie en Veiligheid", "2023-11-01", "e-van-der-burg c-a-van-der-maat"}, // a second, while Van der Burg was ill
		{"Staatssecretaris van Justitie en Veiligheid", "2024-12-01", "i-coenradie t-h-d-struycken"},
		{"Minister voor Rechtsbescherming", "2024-01-15", "f-m-weerwind"},
		{"Minister van Veiligheid en Justitie", "2015-03-15", "s-a-blok"}, // acting
		{"Minister van Veiligheid en Justitie", "2016-01-01", "g-a-van-der-steur"},
		{"Minister van Asiel en Migratie", "2025-07-01", "d-m-van-weel"},
		{"Minister van Justitie en Veiligheid", "2010-01-01", ""}, // the ministry had another name
		{"Minister voor Ruimtevaart", "2024-01-15", ""},
	}
	for _, tt := range tests {
		var keys []string
		for _, e := range OfficeHolders(tt.office, tt.date) {
			if e.Kind != graph.KindPerson {
				t.Errorf("%v: kind %s", tt, e.Kind)
			}
			keys = append(keys, e.Key)
		}
		if strings.Join(keys, " ") != tt.want {
			t.Errorf("OfficeHolders(%q, %s) = %v, want %s", tt.office, tt.date, keys, tt.want)
		}
	}
}

// The signatories of the real letter resolve against the data and their
// HELD_OFFICE relations carry the term covering the letter's date.
func TestSignatoriesResolved(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	terms := map[string]string{}
	for _, r := range g.Relations {
		if r.Type == graph.RelHeldOffice {
			terms[r.From.Key+" "+r.To.Key] = r.Props["date"].(string) + " " + r.Props["termStart"].(string) + " " + r.Props["termEnd"].(string)
		}
	}
	want := map[string]string{
		"d-yesilgoz-zegerius minister-van-justitie-en-veiligheid":    "2024-01-15 2022-01-10 2024-07-02",
		"f-m-weerwind minister-voor-rechtsbescherming":               "2024-01-15 2022-01-10 2024-07-02",
		"e-van-der-burg staatssecretaris-van-justitie-en-veiligheid": "2024-01-15 2022-01-10 2024-07-02",
	}
	if len(terms) != len(want) {
		t.Errorf("HELD_OFFICE %v", terms)
	}
	for k, v := range want {
		if terms[k] != v {
			t.Errorf("HELD_OFFICE %s = %q, want %q", k, terms[k], v)
		}
	}
	for _, e := range g.Entities {
		if e.Kind == graph.KindPerson && e.Key == "d-yesilgoz-zegerius" && e.Name != "D. Yeşilgöz-Zegerius" {
			t.Errorf("person %+v", e)
		}
	}
}

// The test letter signed "D. Yeşilgöz" (short form) is signed by the same
// person as the real letter.
func TestShortSignatureResolves(t *testing.T) {
	g := testLetterGraph(t, "brief-terugkeer-bijnamen")
	var signed []string
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned {
			signed = append(signed, r.From.Key)
		}
	}
	if strings.Join(signed, " ") != "d-yesilgoz-zegerius e-van-der-burg" {
		t.Errorf("signed by %v", signed)
	}
	for _, e := range g.Entities {
		if e.Key == "d-yesilgoz-zegerius" && (e.Name != "D. Yeşilgöz-Zegerius" || !contains(e.Aliases, "D. Yeşilgöz")) {
			t.Errorf("person %+v", e)
		}
	}
}
