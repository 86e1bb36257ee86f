// Package roman reads and writes the Roman numerals of agenda sections ("I.
// Binnenlandse Zaken", "II. Justitie"). Ingest writes a section's number with
// Numeral and reads a heading's with Value; the API orders agenda items by
// the Value of their section. One owner, so that what ingest writes is what
// the API reads.
package roman

import (
	"strconv"
	"strings"
)

// Max is the largest number written as a numeral (XXXIX); an agenda has a
// handful of sections.
const Max = 39

var digits = []struct {
	v int
	s string
}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

// Numeral writes n from 1 to Max as a Roman numeral ("XIV"), any other
// number in decimal digits ("0", "40").
func Numeral(n int) string {
	if n <= 0 || n > Max {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, d := range digits {
		for n >= d.v {
			b.WriteString(d.s)
			n -= d.v
		}
	}
	return b.String()
}

// Value reads a Roman numeral as Numeral writes it ("IV" is 4); anything
// else (decimal digits, "IIII", "IL", lower case, an empty string) is 0.
func Value(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		v := value(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && value(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || Numeral(n) != s {
		return 0
	}
	return n
}

func value(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	}
	return 0
}
