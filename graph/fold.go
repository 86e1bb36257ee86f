package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The folding of names and the keys made from them: one owner, so that the
// key ingest writes for an office or a person is the key the API derives
// from the title or name a client types, and a search snippet finds a word
// however it is accented.

// letterFolds maps letters that carry no combining mark under NFD to their
// plain Latin spelling.
var letterFolds = map[rune]string{
	'ı': "i", 'İ': "I", 'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D",
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'þ': "th", 'Þ': "Th",
}

// FoldDiacritics removes diacritics and keeps case: "Yeşilgöz" and
// "Yes̆ilgöz" (s with a combining breve, as PDF extraction writes it) both
// become "Yesilgoz"; letters without a mark to remove are spelt in plain
// Latin ("ø" is "o", "ß" is "ss").
func FoldDiacritics(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	d := norm.NFD.String(s)
	if !hasFoldable(d) {
		return d
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range d {
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

// hasFoldable reports whether FoldDiacritics changes the decomposed string
// d: whether it holds a mark or a letter of letterFolds (or a byte that is
// not UTF-8, which it writes as U+FFFD).
func hasFoldable(d string) bool {
	for _, r := range d {
		if r == utf8.RuneError {
			return true
		}
		if r < 0x300 {
			switch r {
			case 'ı', 'İ', 'ł', 'Ł', 'ø', 'Ø', 'đ', 'Đ', 'ß', 'æ', 'Æ', 'œ', 'Œ', 'þ', 'Þ':
				return true
			}
			continue // no mark below U+0300
		}
		if unicode.Is(unicode.Mn, r) {
			return true
		}
		if _, ok := letterFolds[r]; ok {
			return true
		}
	}
	return false
}

// Slug folds s to a key: diacritics removed, lower case, every run of
// characters other than letters and digits replaced by one "-", no leading
// or trailing "-". "D. Yeşilgöz-Zegerius" -> "d-yesilgoz-zegerius".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(FoldDiacritics(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// OfficeKey is the key of the Office a title names: "Minister van Justitie
// en Veiligheid" is "minister-van-justitie-en-veiligheid".
func OfficeKey(title string) string { return Slug(title) }

// foldRunes lowercases s and folds each rune's diacritics, keeping one rune
// per rune (so that an offset in the result is one in s): the first rune of
// its fold, or the rune itself when its fold is empty (a lone mark).
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		if f, _ := utf8.DecodeRuneInString(FoldDiacritics(string(r))); f != utf8.RuneError {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}
