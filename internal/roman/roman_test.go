package roman

import (
	"strconv"
	"testing"
)

func TestNumeralAndValue(t *testing.T) {
	for n, want := range map[int]string{1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 9: "IX", 14: "XIV", 19: "XIX", 38: "XXXVIII", 39: "XXXIX"} {
		if got := Numeral(n); got != want {
			t.Errorf("Numeral(%d) = %q, want %q", n, got, want)
		}
		if got := Value(want); got != n {
			t.Errorf("Value(%q) = %d, want %d", want, got, n)
		}
	}
	// Every numeral written reads back (ingest writes sections, the API
	// sorts by them); outside the range, decimal digits, which read as 0.
	for n := -1; n <= Max+2; n++ {
		s := Numeral(n)
		want := n
		if n <= 0 || n > Max {
			want = 0
			if s != strconv.Itoa(n) {
				t.Errorf("Numeral(%d) = %q, want decimal", n, s)
			}
		}
		if got := Value(s); got != want {
			t.Errorf("Value(Numeral(%d)) = Value(%q) = %d, want %d", n, s, got, want)
		}
	}
}

func TestValueRefusesNonNumerals(t *testing.T) {
	// Not as Numeral writes them: repeated or misordered digits, other
	// letters, lower case, digits, nothing (an agenda without sections
	// stores "0").
	for _, s := range []string{"", "0", "12", "IIII", "VV", "IIV", "VX", "IL", "XL", "L", "C", "i", "iv", "A", "B", "I.", " I", "XXXXX"} {
		if got := Value(s); got != 0 {
			t.Errorf("Value(%q) = %d, want 0", s, got)
		}
	}
}

// Agenda items order by their section's value: unsectioned ("0") first,
// then I < II < ... < IX < X, where string order would put IX before V.
func TestValueOrdersSections(t *testing.T) {
	order := []string{"0", "I", "II", "III", "IV", "V", "VI", "IX", "X", "XI", "XIV"}
	for i := 1; i < len(order); i++ {
		if Value(order[i-1]) >= Value(order[i]) {
			t.Errorf("%q (%d) does not sort before %q (%d)", order[i-1], Value(order[i-1]), order[i], Value(order[i]))
		}
	}
}
