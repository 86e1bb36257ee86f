package graph

import (
	"errors"
	"testing"
)

// The exported cursors read back as what they were made from, and refuse
// what no read handed out.
func TestExportedCursors(t *testing.T) {
	doc := Node{Kind: KindDocument, Key: "kst-99001-1", Props: map[string]any{"date": "2024-01-10"}}
	if d, k, err := ParseDocCursor(DocCursor(doc)); err != nil || d != "2024-01-10" || k != doc.Key {
		t.Errorf("document cursor: %q %q %v", d, k, err)
	}
	pos := Node{Kind: KindPosition, Key: "kst-99001-1:12", Props: map[string]any{"date": "2024-01-10"}}
	if d, k, o, err := ParsePositionCursor(PositionCursor(pos)); err != nil || d != "2024-01-10" || k != "kst-99001-1" || o != 12 {
		t.Errorf("position cursor: %q %q %d %v", d, k, o, err)
	}
	if k, err := ParseActCursor(ActCursor(Node{Key: "32011L0098"})); err != nil || k != "32011L0098" {
		t.Errorf("act cursor: %q %v", k, err)
	}
	from, to := Ref{Kind: KindDocument, Key: "kst-99001-1"}, Ref{Kind: KindLegalAct, Key: "32011L0098"}
	if rid, err := ParseRelCursor(RelCursor(RelCites, from, to, from.Key)); err != nil || rid != relID(RelCites, from, to, from.Key) {
		t.Errorf("relation cursor: %q %v", rid, err)
	}
	e := TimelineEntry{Date: "2024-01-10", Kind: TimelineDocument, Node: doc}
	if d, k, key, err := ParseTimelineCursor(TimelineCursor(e)); err != nil || d != e.Date || k != e.Kind || key != doc.Key {
		t.Errorf("timeline cursor: %q %q %q %v", d, k, key, err)
	}
	for _, c := range []string{"bm9wZQ", "not base64!", DocCursor(doc) + "x"} {
		if _, _, _, err := ParseTimelineCursor(c); !errors.Is(err, ErrBadCursor) {
			t.Errorf("timeline cursor %q: %v", c, err)
		}
		if _, err := ParseRelCursor(c); !errors.Is(err, ErrBadCursor) {
			t.Errorf("relation cursor %q: %v", c, err)
		}
		if _, _, err := ParseDocCursor(c); !errors.Is(err, ErrBadCursor) {
			t.Errorf("document cursor %q: %v", c, err)
		}
	}
}
