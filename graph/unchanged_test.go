package graph_test

import (
	"strings"
	"testing"

	"jhagraph/graph/graphtest"
)

// A write says whether it changed anything: the first write and a changed
// letter do, the same letter again does not.
func TestWriteSaysUnchanged(t *testing.T) {
	st := graphtest.Open(t)
	g := letter("kst-32317-867", "2024-01-15", "32011L0098")
	if s := mustWrite(t, st, g); s.Unchanged {
		t.Error("the first write of a letter is reported unchanged")
	}
	if s := mustWrite(t, st, g); !s.Unchanged {
		t.Error("the same letter written again is not reported unchanged")
	}
	if s := mustWrite(t, st, letter("kst-32317-867", "2024-01-16", "32011L0098")); s.Unchanged {
		t.Error("a letter with a new date is reported unchanged")
	}
	if s := mustWrite(t, st, letter("kst-32317-867", "2024-01-16", "32011L0098", "32011L0036")); s.Unchanged {
		t.Error("a letter citing one more act is reported unchanged")
	}
}

// The same letter written again leaves the graph as it was: its relations
// are not deleted and created afresh (their element ids stay), and no lock
// property is left behind on the document.
func TestUnchangedWriteKeepsRelations(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config(t)
	g := letter("kst-32317-867", "2024-01-15", "32011L0098", "32011L0036")
	mustWrite(t, st, g)
	ids := func() []string {
		var out []string
		for _, r := range graphtest.Query(t, cfg,
			"MATCH ()-[r {doc: $key}]->() RETURN elementId(r) AS id ORDER BY id", map[string]any{"key": "kst-32317-867"}) {
			out = append(out, r.Values[0].(string))
		}
		return out
	}
	before := ids()
	if len(before) == 0 {
		t.Fatal("the letter wrote no relations")
	}
	dump := graphtest.Dump(t, cfg)
	if s := mustWrite(t, st, g); !s.Unchanged || s.Removed != 0 {
		t.Fatalf("rewrite of the same letter: %+v, want unchanged with nothing removed", s)
	}
	if after := ids(); strings.Join(after, ",") != strings.Join(before, ",") {
		t.Errorf("relations of an unchanged letter were recreated:\nbefore %v\nafter  %v", before, after)
	}
	if again := graphtest.Dump(t, cfg); strings.Join(again, "\n") != strings.Join(dump, "\n") {
		t.Errorf("an unchanged letter changed the graph:\nbefore %v\nafter  %v", dump, again)
	}
	// A changed letter is written in full again.
	if s := mustWrite(t, st, letter("kst-32317-867", "2024-01-15", "32011L0098")); s.Unchanged || s.Removed != 1 {
		t.Errorf("changed letter: %+v, want changed with one relation removed", s)
	}
}
