package integration

import (
	"context"
	"sort"
	"strings"
	"testing"
)

// mix is the analyst and explorer requests whose Cypher must start from an
// index: which letters cite an act, an act's timeline, a meeting with its
// agenda and positions, a person's letters with what they cite, a search.
var mix = []string{
	`{ documents(filter: {cites: "2011/98/EU"}, first: 20) { totalCount edges { node { id date title signatories { person { name } office } } } } }`,
	`{ timeline(id: "celex:32011L0098", first: 20) { totalCount edges { node { date kind node { id name } } } } }`,
	`{ node(id: "meeting:jha-2024-01-25") { ... on CouncilMeeting { name startDate agenda { title format positions(first: 10) { edges { node { stance quote actors { id } } } } } attendees { node { id } } } } }`,
	`{ node(id: "person:d-yesilgoz-zegerius") { ... on Person { name signed(first: 20) { edges { node { id date cites(first: 20) { edges { node { node { id name } } } } } } } } } }`,
	`{ search(query: "tijdelijke bescherming", first: 10) { score node { id name } } }`,
	`{ positions(filter: {actor: "country:NL", stance: ["support", "welcome"]}, first: 20) { totalCount edges { node { stance quote subjects { id } } } } }`,
	`{ paths(from: "person:f-m-weerwind", to: "celex:32011L0098") { length } }`,
	`{ legalActs(filter: {citedBySignedBy: "person:d-yesilgoz-zegerius"}) { totalCount edges { node { celex } } } }`,
}

// TestQueryPlans profiles every Cypher query the mix sends and fails when
// one scans all nodes or all relations instead of starting from an index.
// It logs each query's operators and database hits.
func TestQueryPlans(t *testing.T) {
	needReal(t)
	fixture := newAPI(t)
	a, sent := fixture.logged()
	for _, q := range mix {
		var out map[string]any
		a.query(q, nil, &out)
	}
	// Each statement once, with the parameters it was first sent with.
	seen := map[string]sentQuery{}
	for _, q := range sent.since(0) {
		if _, ok := seen[q.Cypher]; !ok {
			seen[q.Cypher] = q
		}
	}
	qs := make([]string, 0, len(seen))
	for q := range seen {
		qs = append(qs, q)
	}
	sort.Strings(qs)
	var total int64
	for _, q := range qs {
		plan, err := a.st.Profile(context.Background(), q, seen[q].Params)
		if err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		for _, op := range plan.Operators {
			if strings.HasPrefix(op, "AllNodesScan") || strings.Contains(op, "AllRelationshipsScan") {
				t.Errorf("query scans everything (%s):\n%s\nplan: %v", op, q, plan.Operators)
			}
		}
		total += plan.DBHits
		short := q
		if len(short) > 110 {
			short = short[:110] + "…"
		}
		t.Logf("%6d db hits, %3d rows, first operator %-28s %s", plan.DBHits, plan.Rows, plan.Operators[0], short)
	}
	t.Logf("%d distinct queries, %d db hits in all", len(qs), total)
}
