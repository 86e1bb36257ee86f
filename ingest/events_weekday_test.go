package ingest

import "testing"

// withoutWeekdayBefore is a fast path of weekdayBeforeRe: it must give what
// the regexp gives, on words that end in a weekday and on words that do not.
func TestWithoutWeekdayBefore(t *testing.T) {
	for _, before := range []string{
		"met ingang van dinsdag ",
		"met ingang van Dinsdag\u00a0",
		"op donderdag\n",
		"op vrijdag",             // no space after it: the regexp needs one
		"de zondagsrust van de ", // a weekday inside a word
		"het verslag van 3 ",
		"",
		" ",
		"Uiterlijk woensdag  ",
	} {
		want := weekdayBeforeRe.ReplaceAllString(before, "")
		if got := withoutWeekdayBefore(before); got != want {
			t.Errorf("withoutWeekdayBefore(%q) = %q, want %q", before, got, want)
		}
	}
	if got := withoutWeekdayBefore("op dinsdag "); got != "op " {
		t.Errorf("the weekday is not dropped: %q", got)
	}
}
