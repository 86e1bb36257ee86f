package ingest

import (
	"fmt"
	"sort"
	"testing"
)

// auditTally counts an audit's cases read right, in total and per value of
// each dimension the audit varies (actor, word order, tense …), and keeps
// the failures for the log.
type auditTally struct {
	cells   map[string]map[string]*auditCell
	ok, n   int
	fails   []string
	dims    []string // in the order they are logged
	keyWide int      // the width of a logged key
}

type auditCell struct{ ok, n int }

func newAuditTally(keyWide int, dims ...string) *auditTally {
	a := &auditTally{cells: map[string]map[string]*auditCell{}, dims: dims, keyWide: keyWide}
	for _, d := range dims {
		a.cells[d] = map[string]*auditCell{}
	}
	return a
}

// add counts one case: its value per dimension, and why it was misread
// ("" when read right); text names the case in the failure log.
func (a *auditTally) add(keys map[string]string, why, text string) {
	for dim, key := range keys {
		x := a.cells[dim][key]
		if x == nil {
			x = &auditCell{}
			a.cells[dim][key] = x
		}
		x.n++
		if why == "" {
			x.ok++
		}
	}
	a.n++
	if why == "" {
		a.ok++
	} else {
		a.fails = append(a.fails, fmt.Sprintf("%s\t%s", text, why))
	}
}

// log writes the share read right per dimension value, then the failures;
// it returns the share read right of all cases.
func (a *auditTally) log(t *testing.T, name string, digits int) float64 {
	t.Helper()
	for _, dim := range a.dims {
		var keys []string
		for k := range a.cells[dim] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			x := a.cells[dim][k]
			t.Logf("%-6s %-*s %4d/%-4d %.*f", dim, a.keyWide, k, x.ok, x.n, digits, float64(x.ok)/float64(x.n))
		}
	}
	for _, f := range a.fails {
		t.Log("FAIL " + f)
	}
	rate := float64(a.ok) / float64(a.n)
	t.Logf("%s audit: %d/%d = %.3f", name, a.ok, a.n, rate)
	return rate
}
