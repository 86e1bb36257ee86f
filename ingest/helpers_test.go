package ingest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"jhagraph/graph"
)

// packageDir is the directory of this package's source, wherever the tests
// run from.
func packageDir(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the test source")
	}
	return filepath.Dir(file)
}

// repoRoot is the module root (the parent of ingest/).
func repoRoot(t *testing.T) string { return filepath.Dir(packageDir(t)) }

// corpusLetter reads the real letter from ../../shared/corpus relative to
// the package directory, skipping the test when that folder is absent.
func corpusLetter(t *testing.T) (string, []byte) {
	t.Helper()
	dir := filepath.Join(packageDir(t), "..", "..", "shared", "corpus")
	if d := os.Getenv("JHAGRAPH_SHARED"); d != "" {
		dir = filepath.Join(d, "corpus") // a worktree that is not beside ../shared
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real-letter corpus not available (%s): %v", dir, err)
	}
	path := filepath.Join(dir, "kst-32317-867.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("corpus folder exists but the letter cannot be read: %v", err)
	}
	return path, data
}

// checkGraph checks the invariants every DocumentGraph must satisfy:
// evidence quotes are the text at their offsets, entities unique and sorted,
// relations unique per (type, from, to), sorted, and between known nodes.
func checkGraph(t *testing.T, g graph.DocumentGraph) {
	t.Helper()
	text := []rune(g.Document.Text)
	checkEv := func(what string, ev graph.Evidence) {
		t.Helper()
		if ev.Doc != g.Document.Key {
			t.Errorf("%s: evidence doc %q, want %q", what, ev.Doc, g.Document.Key)
		}
		if ev.Start == 0 && ev.End == 0 && ev.Quote != "" {
			return // stated by the publisher's metadata, not the text (see graph.Evidence)
		}
		if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
			t.Errorf("%s: evidence span [%d,%d) outside text of %d runes", what, ev.Start, ev.End, len(text))
			return
		}
		if got := string(text[ev.Start:ev.End]); got != ev.Quote {
			t.Errorf("%s: Text[%d:%d] = %q, quote %q", what, ev.Start, ev.End, got, ev.Quote)
		}
	}
	for field, ev := range g.Document.Evidence {
		checkEv("document "+field, ev)
	}
	known := map[graph.Ref]bool{{Kind: graph.KindDocument, Key: g.Document.Key}: true}
	for i, e := range g.Entities {
		if known[e.Ref()] {
			t.Errorf("entity %s twice", e.Ref().ID())
		}
		known[e.Ref()] = true
		if !graph.ValidKind(e.Kind) || e.Key == "" || e.Name == "" {
			t.Errorf("entity %d malformed: %+v", i, e)
		}
		if i > 0 {
			p := g.Entities[i-1]
			if p.Kind > e.Kind || p.Kind == e.Kind && p.Key >= e.Key {
				t.Errorf("entities not sorted at %s", e.Ref().ID())
			}
		}
	}
	for i, r := range g.Relations {
		what := string(r.Type) + " " + r.From.ID() + " -> " + r.To.ID()
		checkEv(what, r.Evidence)
		if !known[r.From] || !known[r.To] {
			t.Errorf("%s: end not among the entities", what)
		}
		if !graph.ValidRelType(r.Type) {
			t.Errorf("%s: unknown type", what)
		}
		if i > 0 && !relLess(g.Relations[i-1], r) {
			t.Errorf("relations not sorted and unique at %s", what)
		}
		if a, ok := r.Props["anchorStart"].(int); ok {
			end := r.Props["anchorEnd"].(int)
			if string(text[a:end]) != r.Props["anchor"] {
				t.Errorf("%s: anchor is not Text[%d:%d]", what, a, end)
			}
		}
	}
}

// relation finds the relation (t, from, to) in g.
func relation(g graph.DocumentGraph, t graph.RelType, from, to string) (graph.Relation, bool) {
	for _, r := range g.Relations {
		if r.Type == t && r.From.Key == from && r.To.Key == to {
			return r, true
		}
	}
	return graph.Relation{}, false
}

// wantRelation fails t with msg when g has no relation rt from the key
// from to the key to.
func wantRelation(t *testing.T, g graph.DocumentGraph, rt graph.RelType, from, to, msg string) {
	t.Helper()
	if _, ok := relation(g, rt, from, to); !ok {
		t.Error(msg)
	}
}

// noRelation fails t with msg when g has a relation rt from the key from to
// the key to.
func noRelation(t *testing.T, g graph.DocumentGraph, rt graph.RelType, from, to, msg string) {
	t.Helper()
	if _, ok := relation(g, rt, from, to); ok {
		t.Error(msg)
	}
}

// entity finds the entity (kind, key) in g.
func entity(g graph.DocumentGraph, k graph.Kind, key string) (graph.Entity, bool) {
	for _, e := range g.Entities {
		if e.Kind == k && e.Key == key {
			return e, true
		}
	}
	return graph.Entity{}, false
}

// extractWith parses text as the file name and extracts it with the
// publisher's metadata meta, failing the test on either error (parseExtract
// without metadata and without checkGraph).
func extractWith(t *testing.T, name, text string, meta Meta) graph.DocumentGraph {
	t.Helper()
	doc, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, meta)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
