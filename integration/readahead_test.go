package integration

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"jhagraph/resolvers"
)

// TestReadAhead: a request whose connections nest (a person's letters and
// the acts each cites; a meeting's agenda and each item's positions; a
// letter list with citations and their citing letters) costs one Cypher
// query, and answers exactly as reading level by level does.
func TestReadAhead(t *testing.T) {
	a := newAPI(t) // the fixture graph
	counting, sent := a.logged()
	perLevelAPI := counting.with(resolvers.Options{NoReadAhead: true})

	// A signatory and a meeting with an agenda, from the data.
	var ids struct {
		Documents struct {
			Edges []struct {
				Node struct {
					Signatories []struct{ Person struct{ ID string } }
					Relations   struct {
						Edges []struct {
							Node struct{ Node struct{ ID string } }
						}
					}
				}
			}
		}
	}
	a.query(`{ documents(first: 20) { edges { node { signatories { person { id } }
		relations(types: [ANNOTATES, REPORTS_ON], first: 3) { edges { node { node { id } } } } } } } }`, nil, &ids)
	person, meeting := "", ""
	for _, e := range ids.Documents.Edges {
		if len(e.Node.Signatories) > 0 && person == "" {
			person = e.Node.Signatories[0].Person.ID
		}
		if len(e.Node.Relations.Edges) > 0 && meeting == "" {
			meeting = e.Node.Relations.Edges[0].Node.Node.ID
		}
	}
	if person == "" || meeting == "" {
		t.Fatalf("no signatory (%q) or meeting (%q) in the fixture", person, meeting)
	}

	cases := []struct {
		name, query string
		vars        map[string]any
		want        int64 // Cypher queries with reading ahead
	}{
		{"person's letters and their citations", `query($id: ID!) { node(id: $id) { ... on Person { name
			signed(first: 20) { edges { node { id date cites(first: 20) { edges { node { node { id name } evidence { quote } } } } } } } } } }`,
			map[string]any{"id": person}, 1},
		{"meeting's agenda and positions", `query($id: ID!) { node(id: $id) { ... on CouncilMeeting { name startDate
			agenda { title format positions(first: 10) { edges { node { stance quote actors { id } } } } } } } }`,
			map[string]any{"id": meeting}, 1},
		{"letters, citations, and who else cites", `{ documents(first: 5) { edges { node { id
			cites(first: 5) { edges { node { node { id ... on LegalAct { citedBy(first: 3) { edges { node { id } } } } } } } }
			citedBy(first: 3) { edges { node { id signed: signatories { person { name } } } } } } } } }`,
			nil, 2}, // cited acts' citedBy: relation ends of mixed kinds are read per level
		{"fragments and aliases", `query($id: ID!) { node(id: $id) { ...P } }
			fragment P on Person { a: signed(first: 2) { edges { node { id } } } b: signed(first: 5) { edges { node { id
				cites(first: 3) { edges { node { node { id } } } } } } } }`,
			map[string]any{"id": person}, 1},
	}
	// A bad cursor below is reported on its own field, not on the parent
	// whose read would have read it ahead.
	r := counting.do(`query($id: ID!) { node(id: $id) { ... on Person { name signed(first: 2, after: "not-a-cursor") { edges { node { id } } } } } }`,
		map[string]any{"id": person})
	if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "after") || fmt.Sprint(r.Errors[0].Path) != "[node signed]" {
		t.Errorf("bad nested cursor: errors %+v, data %s", r.Errors, r.Data)
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := sent.count()
			var ahead any
			counting.query(c.query, c.vars, &ahead)
			n := sent.count() - before
			if n != c.want {
				t.Errorf("%d Cypher queries, want %d", n, c.want)
			}
			before = sent.count()
			var perLevel any
			perLevelAPI.query(c.query, c.vars, &perLevel)
			levels := sent.count() - before
			x, _ := json.Marshal(ahead)
			y, _ := json.Marshal(perLevel)
			if string(x) != string(y) {
				t.Errorf("read ahead:\n%s\nlevel by level:\n%s", x, y)
			}
			if len(x) < 100 {
				t.Errorf("answer too small to tell anything: %s", x)
			}
			t.Logf("%d Cypher queries read ahead, %d level by level; %d bytes of answer", n, levels, len(x))
		})
	}
}
