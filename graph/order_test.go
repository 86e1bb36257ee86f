package graph_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
)

// orderLetters are the letters the order test ingests: the team's letters,
// the edge cases written for it (letters that disagree about the same
// meeting, act, person or Kamerstuk) and, where the shared corpus is there,
// the real letter.
func orderLetters(t *testing.T) []string {
	t.Helper()
	paths := []string{"../testdata/letters", "../testdata/order"}
	const real = "../../shared/corpus/kst-32317-867.txt"
	if _, err := os.Stat(real); err == nil {
		paths = append(paths, real)
	} else {
		t.Logf("%s absent: the real letter is not part of this run", real)
	}
	files, err := ingest.Files(paths)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// ingestAll seeds the reference data and ingests files with the given
// number of workers, as `jhagraph ingest` does, in batches of letters per
// transaction (ingest.DefaultBatch).
func ingestAll(t *testing.T, st *graph.Store, files []string, workers int) {
	t.Helper()
	ingestBatched(t, st, files, workers, 0)
}

// ingestBatched is ingestAll with at most batch letters per transaction (1:
// a transaction per letter).
func ingestBatched(t *testing.T, st *graph.Store, files []string, workers, batch int) {
	t.Helper()
	ctx := context.Background()
	start := time.Now()
	defer func() {
		t.Logf("%d letters, %d workers, batch %d: %s", len(files), workers, batch, time.Since(start).Round(time.Millisecond))
	}()
	if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
		t.Fatal(err)
	}
	t.Logf("seed: %s", time.Since(start).Round(time.Millisecond))
	failed, err := ingest.RunWith(ctx, st, files, ingest.RunOptions{Workers: workers, Batch: batch}, func(r ingest.Result) {
		if r.Err != nil {
			t.Errorf("ingest %s: %v", r.File, r.Err)
		}
	})
	if err != nil || failed > 0 {
		t.Fatalf("ingest: %d failed, %v", failed, err)
	}
}

// checkMerged checks what the merge rules make of the letters of
// testdata/order, which disagree about one meeting, its agenda items and
// the spelling of a signer's name.
func checkMerged(t *testing.T, cfg graph.Config) {
	t.Helper()
	meeting := nodeProps(t, cfg, graph.KindCouncilMeeting, "jha-2025-07-22")
	for k, want := range map[string]any{
		"informal": true,         // one letter says informal, one formal, one nothing: informal wins
		"endDate":  "2025-07-23", // one letter gives only the first day
		"name":     "JHA Council (informal), 22–23 July 2025",
	} {
		if meeting[k] != want {
			t.Errorf("meeting jha-2025-07-22: %s = %v, want %v (all: %v)", k, meeting[k], want, meeting)
		}
	}
	if p := meeting["place"]; p != "Brussel" && p != "Kopenhagen" && p != "Luxemburg" {
		t.Errorf("meeting jha-2025-07-22: place %v is none of the places the letters give", p)
	}
	item := nodeProps(t, cfg, graph.KindAgendaItem, "jha-2025-07-22:0.1")
	if item["name"] != item["title"] || (item["title"] != "Schengen" && item["title"] != "Staat van Schengen") {
		t.Errorf("agenda item jha-2025-07-22:0.1: name %v, title %v", item["name"], item["title"])
	}
	person := nodeProps(t, cfg, graph.KindPerson, "a-celik")
	if person["name"] != "A. Çelik" || !slices.Equal(toStrings(person["aliases"]), []string{"A. Celik"}) {
		t.Errorf("person a-celik: name %v, aliases %v; want the spelling with diacritics, the other as alias", person["name"], person["aliases"])
	}
	for key, ingested := range map[string]bool{"kst-99999-1": true, "kst-99999-2": true, "kst-99999-4": false} {
		if d := nodeProps(t, cfg, graph.KindDocument, key); d["ingested"] != ingested {
			t.Errorf("document %s: ingested = %v, want %v", key, d["ingested"], ingested)
		}
	}
}

// checkMeetingNames checks that the name the graph derives for a council
// meeting (in Cypher, from the merged properties) is the one ingest gives
// a meeting with those properties: the name of any letter's meeting that
// agrees with the merged days and formality.
func checkMeetingNames(t *testing.T, cfg graph.Config, files []string) {
	t.Helper()
	checked := 0
	for _, f := range files {
		g, err := ingest.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range g.Entities {
			if e.Kind != graph.KindCouncilMeeting {
				continue
			}
			n := nodeProps(t, cfg, e.Kind, e.Key)
			informal, _ := e.Props["informal"].(bool)
			merged, _ := n["informal"].(bool)
			if informal != merged || e.Props["endDate"] != n["endDate"] {
				continue
			}
			checked++
			if n["name"] != e.Name {
				t.Errorf("meeting %s: the graph names it %q, %s names it %q", e.Key, n["name"], f, e.Name)
			}
		}
	}
	if checked < 5 {
		t.Errorf("only %d meeting names checked", checked)
	}
}

func nodeProps(t *testing.T, cfg graph.Config, k graph.Kind, key string) map[string]any {
	t.Helper()
	recs := graphtest.Query(t, cfg, "MATCH (n:"+string(k)+" {key: $key}) RETURN properties(n)", map[string]any{"key": key})
	if len(recs) != 1 {
		t.Fatalf("%s %s: %d nodes", k, key, len(recs))
	}
	return recs[0].Values[0].(map[string]any)
}

func toStrings(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

// graphDiff describes how two dumps differ: the lines only in a, then those
// only in b, at most max of each.
func graphDiff(a, b []string, max int) string {
	var onlyA, onlyB []string
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	var s strings.Builder
	for _, part := range []struct {
		sign  string
		lines []string
	}{{"-", onlyA}, {"+", onlyB}} {
		for k, l := range part.lines {
			if k == max {
				fmt.Fprintf(&s, "%s ... and %d more\n", part.sign, len(part.lines)-max)
				break
			}
			if len(l) > 600 {
				l = l[:600] + "…"
			}
			fmt.Fprintf(&s, "%s %s\n", part.sign, l)
		}
	}
	return s.String()
}

// TestGraphIndependentOfOrder ingests the same letters in file order one at
// a time, in reverse order with four workers, and again on top of that, and
// checks that every node and relation, with every property, is the same.
func TestGraphIndependentOfOrder(t *testing.T) {
	cfg := graphtest.Config(t)
	files := orderLetters(t)
	reversed := slices.Clone(files)
	slices.Reverse(reversed)

	// File order, a transaction per letter; then the other way round in
	// batches (several letters per transaction, each seeing the ones
	// before it).
	st := graphtest.Open(t)
	ingestBatched(t, st, files, 1, 1)
	forward := graphtest.Dump(t, cfg)
	if len(forward) < 100 {
		t.Fatalf("the graph has only %d nodes and relations; the letters were not ingested", len(forward))
	}

	checkMerged(t, cfg)
	checkMeetingNames(t, cfg, files)

	graphtest.Wipe(t, cfg)
	ingestAll(t, st, reversed, 4)
	parallel := graphtest.Dump(t, cfg)
	if d := graphDiff(forward, parallel, 40); d != "" {
		t.Errorf("reverse order with 4 workers in batches gives another graph than file order a letter at a time (- file order, + reverse):\n%s", d)
	}

	// Again, on top: every letter is written a second time.
	ingestAll(t, st, files, 4)
	again := graphtest.Dump(t, cfg)
	if d := graphDiff(parallel, again, 40); d != "" {
		t.Errorf("ingesting every letter again changes the graph (- before, + after):\n%s", d)
	}

	// One letter again, alone: the one that calls the meeting formal, which
	// used to rename it (issue 13).
	formal := "../testdata/order/kst-99999-2.txt"
	ingestAll(t, st, []string{formal}, 1)
	if d := graphDiff(again, graphtest.Dump(t, cfg), 40); d != "" {
		t.Errorf("ingesting %s again changes the graph (- before, + after):\n%s", formal, d)
	}
}

// BenchmarkWriteLetters measures writing the order test's letters (already
// extracted) on top of themselves, one after the other: the cost of the
// merge rules of shared nodes.
func BenchmarkWriteLetters(b *testing.B) {
	st := graphtest.Open(b)
	ctx := context.Background()
	if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
		b.Fatal(err)
	}
	files, err := ingest.Files([]string{"../testdata/letters", "../testdata/order"})
	if err != nil {
		b.Fatal(err)
	}
	var gs []graph.DocumentGraph
	for _, f := range files {
		g, err := ingest.Load(f)
		if err != nil {
			b.Fatal(err)
		}
		gs = append(gs, g)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Write(ctx, gs[i%len(gs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSharedNodeMergeOrder writes reference data and two letters that
// disagree about a person, a meeting and an agenda item in every order, and
// checks that the graph is the same each time, with the values the merge
// rules give.
func TestSharedNodeMergeOrder(t *testing.T) {
	cfg := graphtest.Config(t)
	st := graphtest.Open(t)
	ctx := context.Background()
	person := graph.Ref{Kind: graph.KindPerson, Key: "d-yesilgoz-zegerius"}
	meeting := graph.Ref{Kind: graph.KindCouncilMeeting, Key: "jha-2024-01-25"}
	item := graph.Ref{Kind: graph.KindAgendaItem, Key: "jha-2024-01-25:I.1"}
	seed := []graph.Entity{{Kind: graph.KindPerson, Key: person.Key, Name: "D. Yeşilgöz-Zegerius", Aliases: []string{"Dilan Yeşilgöz"},
		Props: map[string]any{"party": "VVD"}}}
	letter := func(key, personName string, meetingProps map[string]any, meetingName, itemTitle string) graph.DocumentGraph {
		doc := graph.Ref{Kind: graph.KindDocument, Key: key}
		ev := graph.Evidence{Doc: key, Quote: "x", Start: 0, End: 1}
		return graph.DocumentGraph{
			Document: graph.Document{Key: key, Date: "2024-01-10", Text: "x"},
			Entities: []graph.Entity{
				{Kind: graph.KindPerson, Key: person.Key, Name: personName},
				{Kind: graph.KindCouncilMeeting, Key: meeting.Key, Name: meetingName, Props: meetingProps},
				{Kind: graph.KindAgendaItem, Key: item.Key, Name: itemTitle, Props: map[string]any{"title": itemTitle, "meeting": meeting.Key}},
			},
			Relations: []graph.Relation{
				{Type: graph.RelSigned, From: person, To: doc, Evidence: ev},
				{Type: graph.RelAnnotates, From: doc, To: meeting, Evidence: ev},
				{Type: graph.RelHasItem, From: meeting, To: item, Evidence: ev},
			},
		}
	}
	a := letter("kst-99999-11", "D. Yesilgöz", map[string]any{"formation": "JHA", "startDate": "2024-01-25", "endDate": "2024-01-25",
		"informal": false, "place": "Brussel"}, "JHA Council, 25 January 2024", "AI and law enforcement")
	b := letter("kst-99999-12", "D. Yeşilgöz", map[string]any{"formation": "JHA", "startDate": "2024-01-25", "endDate": "2024-01-26",
		"informal": true}, "JHA Council (informal), 25–26 January 2024", "AI in law enforcement")
	steps := map[string]func() error{
		"seed": func() error { return st.Seed(ctx, seed) },
		"a":    func() error { _, err := st.Write(ctx, a); return err },
		"b":    func() error { _, err := st.Write(ctx, b); return err },
	}
	var first []string
	for _, order := range [][]string{{"seed", "a", "b"}, {"seed", "b", "a"}, {"a", "seed", "b"}, {"a", "b", "seed"},
		{"b", "a", "seed", "a"}, {"b", "seed", "a", "b", "seed"}} {
		graphtest.Wipe(t, cfg)
		for _, s := range order {
			if err := steps[s](); err != nil {
				t.Fatalf("%v: %s: %v", order, s, err)
			}
		}
		dump := graphtest.Dump(t, cfg)
		if first == nil {
			first = dump
			m := nodeProps(t, cfg, meeting.Kind, meeting.Key)
			if m["name"] != "JHA Council (informal), 25–26 January 2024" || m["place"] != "Brussel" || m["informal"] != true {
				t.Errorf("meeting: %v", m)
			}
			p := nodeProps(t, cfg, person.Kind, person.Key)
			if p["name"] != "D. Yeşilgöz-Zegerius" || p["reference"] != true ||
				!slices.Equal(toStrings(p["aliases"]), []string{"D. Yesilgöz", "D. Yeşilgöz", "Dilan Yeşilgöz"}) {
				t.Errorf("person: %v", p)
			}
			if i := nodeProps(t, cfg, item.Kind, item.Key); i["name"] != "AI and law enforcement" || i["title"] != i["name"] {
				t.Errorf("agenda item: %v", i)
			}
			continue
		}
		if d := graphDiff(first, dump, 20); d != "" {
			t.Errorf("order %v gives another graph than seed, a, b:\n%s", order, d)
		}
	}
}
