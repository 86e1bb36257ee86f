package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
)

// badMeeting is a letter Neo4j refuses although it checks out in Go: its
// meeting's start date is no date, and the statement that names the
// meeting (meetingName) fails on it.
func badMeeting(key string) graph.DocumentGraph {
	g := letter(key, "2024-02-01")
	m := graph.Entity{Kind: graph.KindCouncilMeeting, Key: "jha-2024-13-45", Name: "JHA Council",
		Props: map[string]any{"startDate": "2024-13-45"}}
	g.Entities = append(g.Entities, m)
	g.Relations = append(g.Relations, graph.Relation{Type: graph.RelAnnotates, From: graph.Ref{Kind: graph.KindDocument, Key: key},
		To: m.Ref(), Evidence: graph.Evidence{Doc: key, Quote: "de JHA-Raad"}})
	return g
}

// One transaction for several letters: what Neo4j refuses in one of them
// fails that letter alone, and leaves nothing of it, while the others are
// written whole; a letter given twice is written twice, in its order.
func TestWriteAllFailsOnlyTheLetterNeo4jRefuses(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config(t)
	ctx := context.Background()

	// Each alone first: the graph the batch must give.
	a, c := letter("kst-32317-901", "2024-01-15", "32011L0098"), letter("kst-32317-903", "2024-01-16", "32013R0604")
	mustWrite(t, st, a)
	mustWrite(t, st, c)
	if _, err := st.Write(ctx, badMeeting("kst-32317-902")); err == nil {
		t.Fatal("Neo4j wrote a meeting whose date is no date")
	}
	alone := graphtest.Dump(t, cfg)
	graphtest.Wipe(t, cfg)

	stats, errs := st.WriteAll(ctx, []graph.DocumentGraph{a, badMeeting("kst-32317-902"), c})
	if errs[0] != nil || errs[2] != nil {
		t.Fatalf("the good letters of the batch failed: %v; %v", errs[0], errs[2])
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "kst-32317-902") {
		t.Fatalf("the refused letter: %v, want an error naming it", errs[1])
	}
	if stats[0].Relations != 5 || stats[2].Relations != 5 {
		t.Errorf("stats %+v", stats)
	}
	if d := graphDiff(alone, graphtest.Dump(t, cfg), 20); d != "" {
		t.Errorf("the batch wrote another graph than the letters alone (- alone, + batch):\n%s", d)
	}
	if recs := graphtest.Query(t, cfg, "MATCH (n) WHERE n.key IN ['kst-32317-902', 'jha-2024-13-45'] RETURN n.key", nil); len(recs) != 0 {
		t.Errorf("the refused letter left %d nodes", len(recs))
	}

	// The same letter twice in one call: the second version replaces the
	// first (its act is gone), as two writes one after the other would.
	b1, b2 := letter("kst-32317-904", "2024-01-17", "32011L0098", "32013R0604"), letter("kst-32317-904", "2024-01-17", "32011L0098")
	stats, errs = st.WriteAll(ctx, []graph.DocumentGraph{b1, b2, b2})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("letter %d: %v", i, err)
		}
	}
	if stats[1].Removed != 1 || stats[1].Unchanged || !stats[2].Unchanged {
		t.Errorf("the second version removed %d (unchanged %v), the third unchanged %v; want 1, false, true",
			stats[1].Removed, stats[1].Unchanged, stats[2].Unchanged)
	}
	recs := graphtest.Query(t, cfg, "MATCH (:Document {key: 'kst-32317-904'})-[r:CITES]->(x) RETURN x.key ORDER BY x.key", nil)
	var cited []string
	for _, r := range recs {
		cited = append(cited, r.Values[0].(string))
	}
	if !slices.Equal(cited, []string{"32011L0098", "kst-32317-866"}) {
		t.Errorf("kst-32317-904 cites %v after its second version", cited)
	}
}

// WarmUp runs the write statement and rolls it back: the graph is as it
// was, and a letter written after it is written as ever.
func TestWarmUpWritesNothing(t *testing.T) {
	st := graphtest.Open(t)
	cfg := graphtest.Config(t)
	ctx := context.Background()
	mustWrite(t, st, letter("kst-32317-901", "2024-01-15", "32011L0098"))
	before := graphtest.Dump(t, cfg)
	g := letter("kst-32317-905", "2024-01-18", "32013R0604")
	if _, err := st.WarmUp(ctx, g, time.Minute); err != nil {
		t.Fatal(err)
	}
	if d := graphDiff(before, graphtest.Dump(t, cfg), 20); d != "" {
		t.Errorf("the warm-up changed the graph (- before, + after):\n%s", d)
	}
	if s := mustWrite(t, st, g); s.Unchanged || s.Relations != 5 {
		t.Errorf("the letter warmed up with: %+v", s)
	}
	if _, err := st.WarmUp(ctx, badMeeting("kst-32317-902"), time.Minute); err == nil {
		t.Error("the warm-up of a letter Neo4j refuses says nothing")
	}
}
