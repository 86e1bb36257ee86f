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
	checkFindKsts(t, map[string]string{
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
	})
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

// A citation that an excerpt cuts off inside its bracket is not read; one
// that ends a text in its own right, or closes its bracket, is.
func TestKstCutOff(t *testing.T) {
	for s, want := range map[string][]string{
		"Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32 317, nr. 97":   nil,
		"Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32 317, nr. 973)": {"kst-32317-973"},
		"Zie Kamerstuk 32 317, nr. 973":                                     {"kst-32317-973"},
		"(Kamerstuk 32 317, nr. 970) en (Kamerstuk 32 317, nr. 97":          {"kst-32317-970"},
		"(zie ook Kamerstuk 32 317, nr. 970 en Kamerstuk 32 317, nr. 973).": {"kst-32317-970", "kst-32317-973"},
	} {
		var got []string
		for _, c := range findKsts(s) {
			got = append(got, c.key)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("findKsts(%q) = %v, want %v", s, got, want)
		}
	}
}

// "(Kamerstuk 32317-973)": a short number after a dash closes a bracket;
// in 21 501 it is a sub-dossier.
func TestKstDashShort(t *testing.T) {
	for s, want := range map[string][]string{
		"de geannoteerde agenda (Kamerstuk 32317-973) en": {"kst-32317-973"},
		"zie (Kamerstuk 32 317-908).":                     {"kst-32317-908"},
		"(Kamerstuk 21 501-20)":                           nil,
		"Kamerstuk 21 501-20, nr. 1141":                   {"kst-21501-20-1141"},
		"Kamerstuk 32317-973 en verder":                   nil, // no bracket closes it: a sub-dossier reading stays possible
		"(Kamerstuk 22 112-4030)":                         {"kst-22112-4030"},
	} {
		var got []string
		for _, c := range findKsts(s) {
			got = append(got, c.key)
			if c.written != strings.TrimSuffix(c.written, ")") {
				t.Errorf("%q: written %q holds the bracket", s, c.written)
			}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("findKsts(%q) = %v, want %v", s, got, want)
		}
	}
}

// The publisher's title cites what the text may not: a web page's title
// taken off with its furniture.
func TestTitleCitations(t *testing.T) {
	const text = "De vaste commissie voor Asiel en Migratie heeft een aantal vragen voorgelegd over de geannoteerde agenda.\n"
	cites := func(title, body string) []string {
		t.Helper()
		doc, err := Parse("kst-32317-974.txt", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		g, err := Extract(doc, Meta{Dossier: "32317", Number: "974", Date: "2025-10-29", Title: title})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range g.Relations {
			if r.Type == "CITES" && r.To.Kind == "Document" {
				out = append(out, r.To.Key)
				if r.Evidence.Quote == "" {
					t.Errorf("%s: no evidence", r.To.Key)
				}
			}
		}
		return out
	}
	title := "Verslag van een schriftelijk overleg over o.a. de geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32317-973)"
	if got := cites(title, text); strings.Join(got, ",") != "kst-32317-973" {
		t.Errorf("title cites %v, want [kst-32317-973]", got)
	}
	if got := cites("Verslag van een schriftelijk overleg (Kamerstuk 32317-974)", text); len(got) != 0 {
		t.Errorf("the document itself is no citation: %v", got)
	}
}

// TestKstBracketedWithoutNr: lists of fiches cite a Kamerstuk in brackets
// without "nr." ("(Kamerstuk 40 123, 2962)"), and Eerste Kamer reports cite
// its letters as "(40123, letter C)", a web page with a space before the
// closing bracket ("(40123, letter C )"); the same numbers outside brackets, or
// a page or year after the comma, are no citation.
func TestKstBracketedWithoutNr(t *testing.T) {
	checkFindKsts(t, map[string]string{
		"Fiche: Aanbeveling reddingsoperaties (Kamerstuk 40 123, 2962) Fiche: Migratie": "kst-40123-2962",
		"het behandelvoorbehoud bij het voorstel inzake smokkel (40123, letter C);":     "kst-40123-C",
		"de brief (41 222-20, letter AB) en de motie":                                   "kst-41222-20-AB",
		"het voorstel inzake smokkel (40123, letter D ) en de brief":                    "kst-40123-D",
		"zie Kamerstuk 40 123, 2962 en verder":                                          "",
		"het verslag (Kamerstuk 40 123, 2962 en 2963)":                                  "",
		"de brief (40123, letter van de minister)":                                      "",
		"(40123, letter c)": "",
	})
	for _, c := range findKsts("lijst (Kamerstuk 40 123, 2962);") {
		if c.written != "Kamerstuk 40 123, 2962" {
			t.Errorf("written %q, want the citation without its brackets", c.written)
		}
	}
}

// checkFindKsts checks the keys findKsts finds in each text, in order.
func checkFindKsts(t *testing.T, want map[string]string) {
	t.Helper()
	for s, w := range want {
		var keys []string
		for _, c := range findKsts(s) {
			keys = append(keys, c.key)
		}
		if got := strings.Join(keys, " "); got != w {
			t.Errorf("findKsts(%q) = %q, want %q", s, got, w)
		}
	}
}
