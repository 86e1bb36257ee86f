package integration

import (
	"fmt"
	"strings"
	"testing"
)

// TestNoNPlusOne counts the Cypher queries that nested requests send: the
// count must not grow with the number of results.
func TestNoNPlusOne(t *testing.T) {
	counting, sent := newAPI(t).logged() // on the fixture graph

	shapes := map[string]string{
		"documents": `{ documents(first: %d) { totalCount edges { node { id signatories { person { name } }
			citedBy(first: 5) { totalCount edges { node { id } } }
			cites(first: 10) { totalCount edges { node { node { id name } evidence { quote } } } }
			relations(first: 5, types: [MENTIONS]) { edges { node { type node { id } } } } } } } }`,
		"acts": `{ legalActs(first: %d, filter: {onlyCited: true}) { edges { node { celex
			citedBy(first: 3) { totalCount edges { node { id signatories { person { name } office } } } }
			positions(first: 3) { totalCount edges { node { stance actors { id } } } } } } } }`,
	}
	for name, shape := range shapes {
		t.Run(name, func(t *testing.T) {
			var counts []int64
			var sizes []int
			var logs [][]string
			for _, n := range []int{1, 3, 8} {
				before := sent.count()
				var out map[string]map[string]any
				counting.query(fmt.Sprintf(shape, n), nil, &out)
				counts = append(counts, sent.count()-before)
				var log []string
				for _, q := range sent.since(before) {
					log = append(log, fmt.Sprintf("%.90s %v", q.Cypher, q.Params["keys"]))
				}
				logs = append(logs, log)
				for _, v := range out {
					edges, _ := v["edges"].([]any)
					sizes = append(sizes, len(edges))
				}
			}
			if sizes[2] <= sizes[0] {
				t.Fatalf("the data does not have more results for a larger page (%v); the test would prove nothing", sizes)
			}
			if counts[1] != counts[0] || counts[2] != counts[0] {
				t.Errorf("queries per request grow with the results: %v queries for %v results", counts, sizes)
				for i, l := range logs {
					t.Logf("request %d:\n%s", i, strings.Join(l, "\n"))
				}
			}
			t.Logf("%s: %v Cypher queries for %v results", name, counts, sizes)
		})
	}
}
