package graph

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// FoldDiacritics' fast paths (ASCII, nothing to fold) must give what
// x/text's transformers give: decompose, drop the marks, respell the
// letters of letterFolds; on random input.
func TestFoldDiacriticsFastPaths(t *testing.T) {
	var pairs []string
	for r, f := range letterFolds {
		pairs = append(pairs, string(r), f)
	}
	respell := strings.NewReplacer(pairs...)
	plain := func(s string) string {
		d, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn))), s)
		if err != nil {
			t.Fatal(err)
		}
		return respell.Replace(d)
	}
	r := rand.New(rand.NewSource(3))
	alphabet := []rune("ab \t\n\u00a0\u0085\u2003éßøe\u0301İ’-")
	for k := 0; k < 50000; k++ {
		rs := make([]rune, r.Intn(13))
		for i := range rs {
			rs[i] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(rs)
		if r.Intn(10) == 0 {
			s += "\xff"
		}
		if got, want := FoldDiacritics(s), plain(s); got != want {
			t.Fatalf("FoldDiacritics(%q) = %q, want %q", s, got, want)
		}
	}
}

// FoldDiacritics keeps case; Slug makes the keys ingest writes, and
// OfficeKey is what the API derives from a typed title, so the two must
// agree however the title is spelt.
func TestFoldDiacriticsSlugAndOfficeKey(t *testing.T) {
	for _, c := range []struct{ in, fold, slug string }{
		{"Yeşilgöz", "Yesilgoz", "yesilgoz"},
		{"Yes\u0306ilgöz", "Yesilgoz", "yesilgoz"},
		{"D. Yeşilgöz-Zegerius", "D. Yesilgoz-Zegerius", "d-yesilgoz-zegerius"},
		{"Łódź Ødegaard", "Lodz Odegaard", "lodz-odegaard"},
		{"Minister für Äußeres", "Minister fur Ausseres", "minister-fur-ausseres"},
		{"  Minister van Justitie en Veiligheid", "  Minister van Justitie en Veiligheid", "minister-van-justitie-en-veiligheid"},
		{"Minister  van\tJustitie en Veiligheid ", "Minister  van\tJustitie en Veiligheid ", "minister-van-justitie-en-veiligheid"},
		{"Staatssecretaris (Asiel & Migratie)", "Staatssecretaris (Asiel & Migratie)", "staatssecretaris-asiel-migratie"},
		{"--", "--", ""},
	} {
		if got := FoldDiacritics(c.in); got != c.fold {
			t.Errorf("FoldDiacritics(%q) = %q, want %q", c.in, got, c.fold)
		}
		if got := Slug(c.in); got != c.slug {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.slug)
		}
		if got := OfficeKey(c.in); got != c.slug {
			t.Errorf("OfficeKey(%q) = %q, want %q", c.in, got, c.slug)
		}
	}
}

// foldRunes keeps one rune per rune, so that a word found in the folded
// text is at the same rune offset in the original (search snippets).
func TestFoldRunesKeepsOffsets(t *testing.T) {
	for in, want := range map[string]string{
		"Yeşilgöz":       "yesilgoz",
		"Straße Øresund": "strase oresund",
		"e\u0301":        "e\u0301", // a lone mark stays
		"ABC":            "abc",
	} {
		got := foldRunes(in)
		if got != want {
			t.Errorf("foldRunes(%q) = %q, want %q", in, got, want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(strings.ToLower(in)) {
			t.Errorf("foldRunes(%q) = %q: rune count changed", in, got)
		}
	}
}
