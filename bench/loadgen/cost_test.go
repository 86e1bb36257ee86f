package main

import (
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
