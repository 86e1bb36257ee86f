package ingest

import "testing"

// File names that are document keys of documents without a Kamerstuk
// number, with the date they carry.
func TestOtherDocKey(t *testing.T) {
	for _, c := range []struct{ stem, key, date string }{
		{"tk-2025D06896", "tk-2025D06896", ""},
		{"ek-20150922-korteaantekening", "ek-20150922-korteaantekening", "2015-09-22"},
		{"tk-20250611-commissiedebat-jbz-raad", "tk-20250611-commissiedebat-jbz-raad", "2025-06-11"},
		{"rijksoverheid-2020-03-30-verslag-jbz-raad", "rijksoverheid-2020-03-30-verslag-jbz-raad", "2020-03-30"},
		{"tk-20251311-debat", "", ""}, // no such date
		{"tk-2025061-debat", "", ""},
		{"tk-20250611", "", ""}, // no slug
		{"kst-32317-978", "", ""},
		{"ah-tk-20242025-750", "ah-tk-20242025-750", ""},
		{"h-tk-20192020-9-4", "h-tk-20192020-9-4", ""},             // sitting 9, item 4
		{"h-tk-20082009-7414-7418", "h-tk-20082009-7414-7418", ""}, // pages 7414-7418
		{"h-ek-20162017-10-10", "h-ek-20162017-10-10", ""},
		{"h-tk-20172018-56-11-n1", "h-tk-20172018-56-11-n1", ""}, // a later version of item 11
		{"h-tk-20172018-56-11-x1", "", ""},
		{"h-tk-20192020-9", "", ""},   // no item
		{"h-xk-20192020-9-4", "", ""}, // no such Kamer
		{"h-tk-2019-9-4", "", ""},     // not a vergaderjaar
	} {
		key, date := otherDocKey(c.stem)
		if key != c.key || date != c.date {
			t.Errorf("otherDocKey(%q) = %q, %q; want %q, %q", c.stem, key, date, c.key, c.date)
		}
	}
}

// The Eerste Kamer numbered documents with a small letter before 2000 ("nr.
// 62a", a preliminary report on nr. 62): a number, in a sidecar and in a key.
func TestLetteredNumber(t *testing.T) {
	var m Meta
	if msg := m.set("number", "62a"); msg != "" || m.Number != "62a" {
		t.Errorf("number 62a: %q, %q", msg, m.Number)
	}
	for _, bad := range []string{"62ab", "a62", "62A", "nr. 62a"} {
		if msg := m.set("number", bad); msg == "" {
			t.Errorf("number %q accepted", bad)
		}
	}
	if d, n, ok := parseKstKey("kst-25922-62a"); !ok || d != "25922" || n != "62a" {
		t.Errorf("parseKstKey(kst-25922-62a) = %q, %q, %v", d, n, ok)
	}
	if _, _, ok := parseKstKey("kst-25922-62ab"); ok {
		t.Error("kst-25922-62ab parsed")
	}
}
