package ingest

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"jhagraph/graph"
)

// foldDiacritics is graph.FoldDiacritics: diacritics removed, case kept.
func foldDiacritics(s string) string { return graph.FoldDiacritics(s) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// slug is graph.Slug, the key of a name or title: "D. Yeşilgöz-Zegerius"
// -> "d-yesilgoz-zegerius".
func slug(s string) string { return graph.Slug(s) }

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

// collapseSpace replaces every run of white space with one space and trims:
// strings.Join(strings.Fields(s), " "), and s itself when it is so already.
func collapseSpace(s string) string {
	collapsed, prevSpace := true, true // a leading space is to go
	for _, r := range s {
		space := r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			collapsed = false
			break
		}
		prevSpace = space
	}
	if collapsed && !prevSpace || s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// asciiSpace are the ASCII runes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// editDistance is the optimal string alignment distance between a and b
// (Damerau-Levenshtein: insertions, deletions, substitutions and
// transpositions of two adjacent letters each count one, no letter edited
// twice). It stops early and returns max+1 once the distance exceeds max.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var buf [3][64]int
	var prev2, prev, cur []int
	if len(b) < 64 {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[len(b)] > max {
		return max + 1
	}
	return prev[len(b)]
}

// letterBag counts the letters a to z of a squashed word; other runes
// count in the last slot.
type letterBag [27]int8

func bagOf(rs []rune) letterBag {
	var b letterBag
	for _, r := range rs {
		if r >= 'a' && r <= 'z' {
			b[r-'a']++
		} else {
			b[26]++
		}
	}
	return b
}

// bagDistance is a lower bound of the edit distance of two words: the
// larger of the number of letters of one that the other lacks and the
// reverse (a transposition changes neither).
func bagDistance(a, b *letterBag) int {
	more, less := 0, 0
	for i := range a {
		if d := int(a[i]) - int(b[i]); d > 0 {
			more += d
		} else {
			less -= d
		}
	}
	return max(more, less)
}

// bagWithin reports whether bagDistance(a, b) <= max, stopping at the
// first letter that takes either count over max: both only grow.
func bagWithin(a, b *letterBag, max int) bool {
	more, less := 0, 0
	for i := range a {
		if d := int(a[i]) - int(b[i]); d > 0 {
			if more += d; more > max {
				return false
			}
		} else if less -= d; less > max {
			return false
		}
	}
	return true
}

// appendSquashed appends the letters and digits of lower, a token's text
// folded and in lower case, to run: squash of the token's text, without
// building a string.
func appendSquashed(run []rune, lower string) []rune {
	for _, r := range lower {
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' {
				run = append(run, r)
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			run = append(run, r)
		}
	}
	return run
}

// within1 reports whether editDistance(a, b, 1) <= 1: a and b are equal
// but for one substitution, insertion, deletion or transposition of two
// adjacent letters. It takes linear time.
func within1(a, b []rune) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if i == la || slices.Equal(a[i+1:], b[i+1:]) {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	case la > lb:
		return slices.Equal(a[i+1:], b[i:])
	default:
		return slices.Equal(a[i:], b[i+1:])
	}
}

// set has one bit for each slot of the bag that counts a letter.
func (b *letterBag) set() uint32 {
	var s uint32
	for i, n := range b {
		if n > 0 {
			s |= 1 << i
		}
	}
	return s
}

// letterSet is bagOf(rs).set().
func letterSet(rs []rune) uint32 {
	var s uint32
	for _, r := range rs {
		if r >= 'a' && r <= 'z' {
			s |= 1 << (r - 'a')
		} else {
			s |= 1 << 26
		}
	}
	return s
}

// setDistance is a lower bound of bagDistance of two bags with the letter
// sets a and b: a letter one has and the other lacks counts at least once.
func setDistance(a, b uint32) int {
	return max(bits.OnesCount32(a&^b), bits.OnesCount32(b&^a))
}
