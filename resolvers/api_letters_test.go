package resolvers_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/ingest"
)

// extracted is the graph the real extractor makes of the fictional letters
// in testdata/letters (pure code: Parse and Extract, no Neo4j).
func extracted(t *testing.T) []graph.DocumentGraph {
	t.Helper()
	names, err := filepath.Glob("../testdata/letters/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no letters: %v", err)
	}
	var dgs []graph.DocumentGraph
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var meta ingest.Meta
		if raw, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".meta"); err == nil {
			if meta, err = ingest.ParseMeta(filepath.Base(name), raw); err != nil {
				t.Fatal(err)
			}
		}
		doc, err := ingest.Parse(filepath.Base(name), data)
		if err != nil {
			t.Fatal(err)
		}
		dg, err := ingest.Extract(doc, meta)
		if err != nil {
			t.Fatal(err)
		}
		dgs = append(dgs, dg)
	}
	return dgs
}

// The API over what the extractor makes of the test letters: each letter,
// its signatories, the letters citing each act, each meeting's agenda and
// each letter's positions are what the extraction holds.
func TestAPIOverExtractedLetters(t *testing.T) {
	dgs := extracted(t)
	a := newAPI(t, newMemStore(dgs...))
	citing := map[string][]string{} // act id -> keys of the letters citing or naming it
	items := map[string][]string{}  // meeting id -> its items' ids
	for _, dg := range dgs {
		d := dg.Document
		data := a.ok(`{ document(id: "` + d.Key + `") { id title date dossier signatories { person { id } }
			positions: relations(types: [STATED_IN], direction: IN, first: 100) { totalCount } } }`)
		eq(t, d.Key+" title", at(data, "document.title"), nilIfEmpty(d.Title))
		eq(t, d.Key+" date", at(data, "document.date"), nilIfEmpty(d.Date))
		var sigs, stated []string
		for _, r := range dg.Relations {
			switch {
			case r.Type == graph.RelSigned:
				sigs = append(sigs, r.From.ID())
			case r.Type == graph.RelStatedIn && r.To.Key == d.Key:
				stated = append(stated, r.From.ID())
			case (r.Type == graph.RelCites || r.Type == graph.RelMentions) && r.To.Kind == graph.KindLegalAct:
				citing[r.To.ID()] = appendOnce(citing[r.To.ID()], d.Key)
			case r.Type == graph.RelHasItem:
				items[r.From.ID()] = appendOnce(items[r.From.ID()], r.To.ID())
			}
		}
		eq(t, d.Key+" signatories", sorted(strs(data, "document.signatories", "person.id")), sorted(sigs))
		eq(t, d.Key+" positions", at(data, "document.positions.totalCount"), float64(len(stated)))
	}
	if len(citing) == 0 || len(items) == 0 {
		t.Fatalf("the letters name no acts (%d) or no agenda items (%d)", len(citing), len(items))
	}
	for act, want := range citing {
		data := a.ok(`{ documents(filter: {cites: "` + strings.TrimPrefix(act, "celex:") + `"}, first: 100) { totalCount edges { node { id } } } }`)
		eq(t, act+" cited by", sorted(strs(data, "documents.edges", "node.id")), sorted(want))
	}
	for m, want := range items {
		data := a.ok(`{ node(id: "` + m + `") { ... on CouncilMeeting { agenda { id } } } }`)
		eq(t, m+" agenda", sorted(strs(data, "node.agenda", "id")), sorted(want))
	}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func appendOnce(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	l = append(l, s)
	sort.Strings(l)
	return l
}
