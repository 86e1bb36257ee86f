package ingest

import (
	"strings"
	"unicode"
)

// Abbreviations whose full stop never ends a sentence: they are followed by
// more of the same sentence ("o.a. school", "d.d. 15 december", "nr. 866",
// "mr. Jansen").
var neverEndAbbrev = map[string]bool{
	"o.a": true, "d.d": true, "bijv": true, "bv": true, "m.b.t": true, "t.a.v": true, "i.v.m": true,
	"incl": true, "excl": true, "ca": true, "vs": true, "resp": true, "zgn": true, "z.g": true,
	"nr": true, "nrs": true, "no": true, "art": true, "artt": true, "blz": true, "p": true, "pp": true,
	"pag": true, "lid": false, "mr": true, "dr": true, "drs": true, "prof": true, "ir": true, "ing": true,
	"dhr": true, "mevr": true, "jo": true, "i.p.v": true, "m.n": true, "t/m": true, "e.g": true,
	"i.e": true, "cf": true, "vgl": true, "zie": false, "jr": true, "sr": true, "st": true, "ds": true,
}

// Abbreviations that may close a sentence: their full stop ends one only when
// a capital follows ("van 20 december jl. Naar aanleiding van ...", but
// "op 20 december jl. instemde").
var maybeEndAbbrev = map[string]bool{
	"jl": true, "a.s": true, "e.a": true, "e.d": true, "etc": true, "enz": true, "e.v": true,
}

// splitSentences splits a paragraph into sentences and returns their rune
// spans relative to the paragraph. A sentence ends at ".", "!" or "?" —
// followed by closing quotes or brackets and footnote markers ("[1]") — when
// white space and a capital, digit or opening bracket follow. Initials
// ("F.M. Weerwind") and the abbreviations above are not sentence ends.
func splitSentences(p []rune) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		closed := i > 0 && isCloser(p[i-1]) // "EU).1"
		for j < len(p) {
			if isCloser(p[j]) {
				j++
				closed = true
				continue
			}
			if n := markerLen(p[j:]); n > 0 {
				j += n
				continue
			}
			if n := bareMarkerLen(p[j:]); n > 0 && closed {
				j += n // "(hierna: EU).1 Tijdens": a footnote number the page printed bare
				continue
			}
			break
		}
		if j < len(p) && !unicode.IsSpace(p[j]) {
			continue
		}
		k := j
		for k < len(p) && unicode.IsSpace(p[k]) {
			k++
		}
		if k < len(p) && !opensSentence(p[k]) {
			continue
		}
		if c == '.' && start == 0 && i <= 5 && isEnumerator(string(p[:i])) { // i runes hold i bytes at least
			continue // "1. Strategische discussie", "II. Justitie"
		}
		if c == '.' && k < len(p) {
			word := wordBefore(p, i)
			if isInitials(word) || neverEndAbbrev[strings.ToLower(word)] {
				continue
			}
			if maybeEndAbbrev[strings.ToLower(word)] && !unicode.IsUpper(p[k]) {
				continue
			}
		}
		out = appendSpan(out, p, start, j)
		start = k
		i = k - 1
	}
	return appendSpan(out, p, start, len(p))
}

// appendSpan appends [start, end) trimmed of white space, if not empty.
func appendSpan(out []Span, p []rune, start, end int) []Span {
	for start < end && unicode.IsSpace(p[start]) {
		start++
	}
	for end > start && unicode.IsSpace(p[end-1]) {
		end--
	}
	if start < end {
		out = append(out, Span{Start: start, End: end})
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case ')', ']', '"', '\'', '’', '”', '»':
		return true
	}
	return false
}

func opensSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("([\"'‘“„«", r)
}

// bareMarkerLen returns the length of a footnote number printed without
// brackets after a closing bracket or quote ("EU).1 Tijdens", "Migration.»1
// Deze"): one or two digits, then white space and a capital letter.
func bareMarkerLen(p []rune) int {
	i := 0
	for i < len(p) && i < 3 && unicode.IsDigit(p[i]) {
		i++
	}
	if i == 0 || i > 2 || i+1 >= len(p) || !unicode.IsSpace(p[i]) || !unicode.IsUpper(p[i+1]) {
		return 0
	}
	return i
}

// markerLen returns the length of a footnote marker "[n]" at the start of p.
func markerLen(p []rune) int {
	if len(p) < 3 || p[0] != '[' {
		return 0
	}
	i := 1
	for i < len(p) && i < 5 && unicode.IsDigit(p[i]) {
		i++
	}
	if i == 1 || i >= len(p) || p[i] != ']' {
		return 0
	}
	return i + 1
}

// wordBefore returns the abbreviation-like word ending just before the full
// stop at i: letters and inner full stops back to white space or a bracket
// ("o.a", "F.M", "jl").
func wordBefore(p []rune, i int) string {
	j := i
	for j > 0 && (unicode.IsLetter(p[j-1]) || p[j-1] == '.' || p[j-1] == '/') {
		j--
	}
	return strings.Trim(string(p[j:i]), ".")
}

// isInitials reports whether w is one or more initials: "D", "F.M", "Th".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		rs := []rune(part)
		if len(rs) == 0 || len(rs) > 2 || !unicode.IsUpper(rs[0]) {
			return false
		}
		if len(rs) == 2 && !unicode.IsLower(rs[1]) {
			return false
		}
	}
	return true
}

// isEnumerator reports whether s is the number of a numbered paragraph: "1",
// "12", "II", "a".
func isEnumerator(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	if strings.Trim(s, "0123456789") == "" || strings.Trim(s, "IVXLC") == "" {
		return true
	}
	return len(s) == 1 && s[0] >= 'a' && s[0] <= 'z'
}

// openedBrackets marks the opening round brackets of a sentence that a
// closing one matches later in it. A bracket left open ("conclusies over
// een structuur (Military Planning and Conduct Capability (MPCC), een …")
// is a typing slip: it must not put the rest of the sentence inside an
// aside, where no cue is read.
func openedBrackets(rs []rune, toks []token) map[int]bool {
	if len(toks) == 0 {
		return nil
	}
	var stack []int
	var out map[int]bool
	for i := sentenceOpen(rs, toks); i < toks[len(toks)-1].end; i++ {
		switch rs[i] {
		case '(':
			stack = append(stack, i)
		case ')':
			if n := len(stack); n > 0 {
				if out == nil {
					out = map[int]bool{}
				}
				out[stack[n-1]] = true
				stack = stack[:n-1]
			}
		}
	}
	return out
}

// sentenceOpen is where a sentence's text opens: its first token, or the
// brackets and quotes right before it ("(Zie …").
func sentenceOpen(rs []rune, toks []token) int {
	at := toks[0].start
	for at > 0 && strings.ContainsRune("([\"'‘“„«", rs[at-1]) {
		at--
	}
	return at
}
