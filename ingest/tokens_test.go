package ingest

import (
	"regexp"
	"testing"
)

// TestSubmatch: a group's text, "" for a group that took no part in the
// match.
func TestSubmatch(t *testing.T) {
	re := regexp.MustCompile(`(\d+) (januari|februari)(?: (\d{4}))?`)
	s := "op 12 februari besproken"
	m := re.FindStringSubmatchIndex(s)
	for g, want := range []string{"12 februari", "12", "februari", ""} {
		if got := submatch(s, m, g); got != want {
			t.Errorf("group %d: %q, want %q", g, got, want)
		}
	}
}
