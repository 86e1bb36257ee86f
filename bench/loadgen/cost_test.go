package main

import (
	"errors"
	"testing"
	"time"
)

func TestPerRequestDividesEachProcessByTheRequests(t *testing.T) {
	before := cpuSnap{"server": 2 * time.Second, "neo4j": 10 * time.Second, "loadgen": time.Second}
	after := cpuSnap{"server": 3 * time.Second, "neo4j": 14 * time.Second}
	got := perRequest(before, after, 400)
	if len(got) != 2 || got["server"] != 2.5 || got["neo4j"] != 10 {
		t.Fatalf("perRequest = %v, want server 2.5 and neo4j 10 ms per request, no loadgen (not read after)", got)
	}
	if got := perRequest(before, after, 0); len(got) != 0 {
		t.Fatalf("perRequest over no requests = %v, want nothing", got)
	}
}

func TestEveryParamCoversEachValueOfItsQueryOnce(t *testing.T) {
	ps := &paramSet{acts: []string{"32016R0679", "32017R2226"}, meetings: []meetingParam{{"jha-2024-01-25", true}, {"jha-2024-03-04", false}, {"jha-2024-06-13", true}},
		persons: []string{"d-yesilgoz-zegerius"}, searches: [][2]string{{"Europol", `"Europol"^4 OR Europol OR Europol*`}, {"asiel", `"asiel"^4 OR asiel OR asiel*`}}}
	want := map[string][]string{"a": ps.acts, "b": ps.acts, "c": {"jha-2024-01-25", "jha-2024-03-04", "jha-2024-06-13"}, "d": ps.persons, "e": {"Europol", "asiel"}}
	for q, keys := range want {
		all := ps.everyParam(q)
		if len(all) != len(keys) {
			t.Fatalf("(%s) %d parameter sets, want %d", q, len(all), len(keys))
		}
		for i, p := range all {
			if paramKey(q, p) != keys[i] {
				t.Fatalf("(%s) parameter set %d has key %q, want %q", q, i, paramKey(q, p), keys[i])
			}
		}
	}
	if c := ps.everyParam("c"); c[1].MeetingHasAgenda || !c[2].MeetingHasAgenda {
		t.Fatal("a meeting's parameters do not say whether it has an agenda")
	}
	if e := ps.everyParam("e"); e[1].Lucene != ps.searches[1][1] {
		t.Fatal("a search's Lucene query is not its own")
	}
}

func TestScheduleMeasuresJhagraphAndSameCypherABBA(t *testing.T) {
	targets := []Target{{Name: "jhagraph"}, {Name: sameCypherName}, {Name: "@neo4j/graphql"}, {Name: "floor (Cypher, Go driver)"}}
	got := schedule(targets)
	want := []step{{0, 0.5}, {1, 0.5}, {1, 0.5}, {0, 0.5}, {2, 1}, {3, 1}}
	if len(got) != len(want) {
		t.Fatalf("schedule = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("schedule = %v, want %v", got, want)
		}
	}
	// Without the same-Cypher floor every target is measured whole, in order.
	got = schedule([]Target{{Name: "jhagraph"}, {Name: "floor (Cypher, Go driver)"}})
	if len(got) != 2 || got[0] != (step{0, 1}) || got[1] != (step{1, 1}) {
		t.Fatalf("schedule without the same-Cypher floor = %v", got)
	}
}

func TestCellOfTwoStretchesSumsTimeCPUAndRequests(t *testing.T) {
	qs := []Query{{Name: "a"}, {Name: "b"}}
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	runs := []stretch{
		{recs: []rec{{0, ms(1), nil}, {1, ms(3), nil}}, elapsed: time.Second},
		{recs: []rec{{0, ms(2), nil}, {1, ms(4), errors.New("boom")}}, elapsed: time.Second},
	}
	var c Cell
	c.fill(qs, runs)
	if c.Stats.Requests != 3 || c.Stats.Errors != 1 || c.Stats.RPS != 1.5 || c.Stats.P50 != 2 {
		t.Fatalf("stats = %+v, want 3 requests, 1 error, 1.5 req/s over 2 s, p50 2 ms", c.Stats)
	}
	if c.PerQ["a"].Requests != 2 || c.PerQ["b"].Errors != 1 || len(c.Sample) != 1 {
		t.Fatalf("per query = %+v, samples %v", c.PerQ, c.Sample)
	}
	var sum cpuSnap
	sum = sum.add(cpuSnap{"server": time.Second, "neo4j": time.Second}, cpuSnap{"server": 2 * time.Second, "neo4j": 3 * time.Second})
	sum = sum.add(cpuSnap{"server": 5 * time.Second}, cpuSnap{"server": 7 * time.Second})
	got := perRequest(nil, sum, 4)
	if len(got) != 1 || got["server"] != 750 {
		t.Fatalf("CPU per request = %v, want server 750 ms (3 s over 4 requests) and no neo4j (missing from the second stretch)", got)
	}
}

func TestScheduleMeasuresTheHTTPFloorBetweenTheOtherTwo(t *testing.T) {
	targets := []Target{{Name: "floor (Cypher, Go driver)"}, {Name: "jhagraph"}, {Name: sameCypherName}, {Name: httpCypherName}}
	got := schedule(targets)
	want := []step{{1, 0.5}, {2, 0.5}, {3, 0.5}, {3, 0.5}, {2, 0.5}, {1, 0.5}, {0, 1}}
	if len(got) != len(want) {
		t.Fatalf("schedule = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("schedule = %v, want %v", got, want)
		}
	}
}
