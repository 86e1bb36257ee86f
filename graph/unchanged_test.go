package graph_test

import (
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
