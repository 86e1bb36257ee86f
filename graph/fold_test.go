package graph

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldDiacritics' fast paths (ASCII, nothing to fold) must give what the
// plain code they stand for gives, on random input.
func TestFoldDiacriticsFastPaths(t *testing.T) {
	plain := func(s string) string {
		var b strings.Builder
		for _, r := range norm.NFD.String(s) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			if f, ok := letterFolds[r]; ok {
				b.WriteString(f)
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
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

func TestFoldDiacritics(t *testing.T) {
	for in, want := range map[string]string{
		"Yeşilgöz": "Yesilgoz", "Yes\u0306ilgöz": "Yesilgoz", "Ødegaard": "Odegaard", "Straße": "Strasse",
		"Łódź": "Lodz", "Curaçao": "Curacao", "plain": "plain", "": "",
	} {
		if got := FoldDiacritics(in); got != want {
			t.Errorf("FoldDiacritics(%q) = %q, want %q", in, got, want)
		}
	}
}

// Slug makes the keys ingest writes; OfficeKey is what the API derives from
// a typed title, so the two must agree however the title is spelt.
func TestSlugAndOfficeKey(t *testing.T) {
	for in, want := range map[string]string{
		"D. Yeşilgöz-Zegerius":                   "d-yesilgoz-zegerius",
		"  Minister van Justitie en Veiligheid":  "minister-van-justitie-en-veiligheid",
		"Minister  van\tJustitie en Veiligheid ": "minister-van-justitie-en-veiligheid",
		"Staatssecretaris (Asiel & Migratie)":    "staatssecretaris-asiel-migratie",
		"Minister für Äußeres":                   "minister-fur-ausseres",
		"--":                                     "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		if got := OfficeKey(in); got != want {
			t.Errorf("OfficeKey(%q) = %q, want %q", in, got, want)
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
