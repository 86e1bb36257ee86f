package ingest

import (
	"testing"

	"jhagraph/graph"
)

// fuzzResolve fuzzes resolve (named fn in messages) from seeds: any string
// resolves to nothing (and ""), or to a result that nameOf accepts (it
// fails the test otherwise) and gives a name for; the result and that name
// resolve to the same result again.
func fuzzResolve(f *testing.F, fn string, resolve func(string) (string, bool), seeds []string,
	nameOf func(t *testing.T, s, got string) string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := resolve(s)
		if !ok {
			if got != "" {
				t.Errorf("%s(%q) = %q, false", fn, s, got)
			}
			return
		}
		name := nameOf(t, s, got)
		if again, ok := resolve(got); !ok || again != got {
			t.Errorf("%s(%q) = %q; that resolves to %q, %v", fn, s, got, again, ok)
		}
		if again, ok := resolve(name); !ok || again != got {
			t.Errorf("%s(%q) = %q; its name %q resolves to %q, %v", fn, s, got, name, again, ok)
		}
	})
}

// FuzzResolveActRef: any string resolves to nothing or to a CELEX number
// that LegalAct knows, and resolving that number, or the act's citation
// name, gives the same number again.
func FuzzResolveActRef(f *testing.F) {
	fuzzResolve(f, "ResolveActRef", ResolveActRef, []string{
		"2011/98/EU", "Richtlijn 2011/98/EU", "Directive 2011/98/EU", "richtlijn 2011/98", "32011L0098",
		"CELEX:32011L0098", "celex:32011l0098", "GVVA-richtlijn", "Single Permit Directive", "de Richtlijn Tijdelijke Bescherming",
		"Verordening (EU) nr. 604/2013", "Regulation (EU) 2024/1689", "(EU) 2024/1689", "Kaderbesluit 2002/584/JBZ",
		"Terugkeerrichtljn", "Dublinverodening", "AI-verordening", "Terugkeerrichtlijnen", "Richtlijn 2099/1/EU",
		"Richtlijn 2011/98/EU en Richtlijn 2011/36/EU", "2011/98", "", " ", "Verordening (EG) nr. 1/0", "39999R9999",
	}, func(t *testing.T, s, celex string) string {
		e, known := LegalAct(celex)
		if !known || e.Key != celex {
			t.Fatalf("ResolveActRef(%q) = %q, which LegalAct does not know", s, celex)
		}
		return e.Name
	})
}

// FuzzResolveKstRef: any string resolves to nothing or to a key the graph
// takes for a Document, and the key itself and the Kamerstuk's name as
// letters write it ("Kamerstuk 21 501-20, nr. 2100") resolve to it again.
func FuzzResolveKstRef(f *testing.F) {
	fuzzResolve(f, "ResolveKstRef", ResolveKstRef, []string{
		"kst-32317-866", "KST-35913-b", "Kamerstuk 32 317, nr. 866", "32317, nr. 866", "Kamerstukken II 2023–2024, 22 112, nr. 3842",
		"Kamerstukken II 2021–2022, 35 913, B", "Kamerstukken II 2023/24, 22 112, nr. 3842", "Kamerstuk 21 501-20, nr. 1234",
		"Kamerstuk 36 200 VI, nr. 5", "nrs. 865 en 866", "Kamerstuk 32 317, nrs. 865 en 866", "kst-", "", "32317", "Kamerstuk",
	}, func(t *testing.T, s, key string) string {
		ref, err := graph.ParseID(key)
		if err != nil || ref.Kind != graph.KindDocument || ref.Key != key {
			t.Fatalf("ResolveKstRef(%q) = %q, which is no Document id (%v)", s, key, err)
		}
		dossier, number, ok := parseKstKey(key)
		if !ok {
			t.Fatalf("ResolveKstRef(%q) = %q, which parseKstKey cannot split", s, key)
		}
		return graph.KstName(dossier, number)
	})
}

// FuzzResolvePerson: any printed name gives a key, the same every time, and
// the name of the Person entity it stands for gives that key again.
func FuzzResolvePerson(f *testing.F) {
	for _, s := range []string{
		"D. Yeşilgöz-Zegerius", "D. Yesilgöz-Zegerius", "Dilan Yeşilgöz", "D. Yeşilgöz", "mr. dr. A. Çelik", "E. van der Burg",
		"M.H.M. Faber-van de Klashorst", "", "   ", "Prof. Dr.", "J.J.A. (Jan) de Vries",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key, known := ResolvePerson(s)
		if k2, kn2 := ResolvePerson(s); k2 != key || kn2 != known {
			t.Fatalf("ResolvePerson(%q) = %q, %v, then %q, %v", s, key, known, k2, kn2)
		}
		e := personEntity(s)
		if e.Key != key {
			t.Errorf("ResolvePerson(%q) = %q, but its entity has key %q", s, key, e.Key)
		}
		if again, _ := ResolvePerson(e.Name); key != "" && again != key {
			t.Errorf("ResolvePerson(%q) = %q; the entity's name %q gives %q", s, key, e.Name, again)
		}
	})
}
