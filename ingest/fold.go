package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letterFolds maps letters that carry no combining mark under NFD to their
// plain Latin spelling.
var letterFolds = map[rune]string{
	'ı': "i", 'İ': "I", 'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D",
	'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'þ': "th", 'Þ': "Th",
}

// foldDiacritics removes diacritics and keeps case: "Yeşilgöz" and
// "Yes̆ilgöz" (s with a combining breve, as PDF extraction writes it) both
// become "Yesilgoz".
func foldDiacritics(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// slug folds s to a key: diacritics removed, lower case, every run of
// characters other than letters and digits replaced by one "-", no leading
// or trailing "-". "D. Yeşilgöz-Zegerius" -> "d-yesilgoz-zegerius".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldDiacritics(s)) {
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

// squash folds s for name lookups that ignore case, diacritics, spacing and
// hyphenation: "GVVA-richtlijn", "GVVA richtlijn" and "gvvarichtlijn" all
// become "gvvarichtlijn".
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(foldDiacritics(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapseSpace replaces every run of white space with one space and trims.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
