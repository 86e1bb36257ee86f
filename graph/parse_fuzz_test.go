package graph

import (
	"strconv"
	"testing"
)

// FuzzParseID: any string is refused or split into a kind and key whose
// global id is the string again.
func FuzzParseID(f *testing.F) {
	for _, s := range []string{"kst-32317-867", "celex:32011L0098", "person:d-yesilgoz-zegerius", "meeting:jha-2024-01-25",
		"item:jha-2024-01-25:I.1", "position:kst-32317-867:3", "country:NL", "org:europol", "office:x", "person:", "kst-", "", ":", "nope:1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref, err := ParseID(s)
		if err != nil {
			return
		}
		if !ValidKind(ref.Kind) || ref.Key == "" {
			t.Fatalf("ParseID(%q) = %+v", s, ref)
		}
		if got := ref.ID(); got != s {
			t.Errorf("ParseID(%q) = %+v, whose id is %q", s, ref, got)
		}
	})
}

// FuzzParseDocCursor: any string is refused with ErrBadCursor or read as a
// date and key that encode to a cursor that reads the same.
func FuzzParseDocCursor(f *testing.F) {
	f.Add(docCursor(Node{Key: "kst-32317-867", Props: map[string]any{"date": "2024-01-15"}}))
	f.Add(docCursor(Node{Key: "kst-32317-867"}))
	for _, s := range []string{"", "%%%", "W10", "WyIiLCIiXQ", "bnVsbA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		date, key, err := parseDocCursor(c)
		if err != nil {
			if err != ErrBadCursor {
				t.Errorf("parseDocCursor(%q): %v, want ErrBadCursor", c, err)
			}
			return
		}
		if key == "" {
			t.Fatalf("parseDocCursor(%q) gives an empty key", c)
		}
		d2, k2, err := parseDocCursor(docCursor(Node{Key: key, Props: map[string]any{"date": date}}))
		if err != nil || d2 != date || k2 != key {
			t.Errorf("parseDocCursor(%q) = %q, %q; encoded again it reads %q, %q, %v", c, date, key, d2, k2, err)
		}
	})
}

// FuzzParsePositionCursor: as FuzzParseDocCursor, for the cursors of pages
// of positions.
func FuzzParsePositionCursor(f *testing.F) {
	f.Add(positionCursorOf(Node{Key: "kst-32317-867:3", Props: map[string]any{"date": "2024-01-15"}}))
	for _, s := range []string{"", "%%%", "e30", "eyJrIjoieCIsIm8iOi0xfQ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		pc, err := parsePositionCursor(c)
		if err != nil {
			if err != ErrBadCursor {
				t.Errorf("parsePositionCursor(%q): %v, want ErrBadCursor", c, err)
			}
			return
		}
		if pc.Doc == "" {
			t.Fatalf("parsePositionCursor(%q) gives an empty document", c)
		}
		n := Node{Key: pc.Doc + ":" + strconv.Itoa(pc.Ord), Props: map[string]any{"date": pc.Date}}
		if again, err := parsePositionCursor(positionCursorOf(n)); err != nil || again != pc {
			t.Errorf("parsePositionCursor(%q) = %+v; encoded again it reads %+v, %v", c, pc, again, err)
		}
	})
}
