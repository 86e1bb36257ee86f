package integration

import (
	"encoding/json"
	"strings"
	"testing"

	"jhagraph/resolvers"
)

// TestNarrowSelectionsReadTheSameValues: reads ask Neo4j only for what a
// selection shows (graph.Columns), so a field must have the same value
// whether a client asks for it alone or beside every other field. For some
// nodes of every kind, each scalar field and each field of linked nodes is
// asked alone, through node(id) and through a list, and compared with the
// value read in full (pruning off).
func TestNarrowSelectionsReadTheSameValues(t *testing.T) {
	a := newAPI(t)
	unpruned := a.with(resolvers.Options{NoPruning: true})

	// The scalar fields of every node type, from introspection.
	var schema struct {
		Schema struct {
			Types []struct {
				Name       string
				Kind       string
				Interfaces []struct{ Name string }
				Fields     []struct {
					Name string
					Args []struct{ Name string }
					Type typeRef
				}
			}
		} `json:"__schema"`
	}
	a.query(`{ __schema { types { name kind interfaces { name } fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`, nil, &schema)
	scalars := map[string][]string{}
	for _, ty := range schema.Schema.Types {
		isNode := false
		for _, i := range ty.Interfaces {
			isNode = isNode || i.Name == "Node"
		}
		if !isNode {
			continue
		}
		for _, f := range ty.Fields {
			if k := f.Type.leaf(); (k == "SCALAR" || k == "ENUM") && len(f.Args) == 0 && f.Name != "text" {
				scalars[ty.Name] = append(scalars[ty.Name], f.Name)
			}
		}
	}
	if len(scalars) < 9 {
		t.Fatalf("found scalar fields of %d node types, want 9", len(scalars))
	}

	// Some ids of every kind.
	var ids []string
	for _, q := range []string{
		`{ documents(first: 5) { edges { node { id signatories { person { id } } relations(types: [ANNOTATES, REPORTS_ON], first: 5) { edges { node { node { id } } } } } } } }`,
		`{ positions(first: 8) { edges { node { id actors { id } subjects { id } document { id } agendaItem { id meeting { id } } } } } }`,
		`{ search(query: "richtlijn", first: 10) { node { id } } }`,
		`{ search(query: "Nederland", first: 5) { node { id } } }`,
		`{ search(query: "JBZ", first: 5) { node { id } } }`,
		`{ search(query: "Minister", first: 5) { node { id } } }`,
	} {
		var out any
		a.query(q, nil, &out)
		collectIDs(out, &ids)
	}
	kinds := map[string]bool{}
	links := `actors { id name ... on Country { code memberState } } subjects { id name ... on LegalAct { celex title } } ` +
		`document { id name date title url } agendaItem { id title format section meeting { id } }`
	compared := 0
	for _, id := range ids {
		var typed struct {
			Node map[string]any `json:"node"`
		}
		a.query(`query($id: ID!) { node(id: $id) { __typename } }`, map[string]any{"id": id}, &typed)
		ty, _ := typed.Node["__typename"].(string)
		kinds[ty] = true
		fields := append([]string{}, scalars[ty]...)
		if ty == "Position" {
			fields = append(fields, "actors { id name ... on Country { code memberState } }", "subjects { id name ... on LegalAct { celex title } }",
				"document { id name date title url }", "agendaItem { id title format section meeting { id } }", "evidence { documentId quote start end }")
		}
		if ty == "AgendaItem" {
			fields = append(fields, "meeting { id name startDate place }")
		}
		if ty == "Document" {
			fields = append(fields, "signatories { person { id name offices { office { id } start end } } office evidence { quote } }")
		}
		all := strings.Join(fields, " ")
		if ty == "Position" {
			all = strings.Join(scalars[ty], " ") + " evidence { documentId quote start end } " + links
		}
		var full struct {
			Node map[string]any `json:"node"`
		}
		unpruned.query(`query($id: ID!) { node(id: $id) { ... on `+ty+` { `+all+` } } }`, map[string]any{"id": id}, &full)
		for _, f := range fields {
			var one struct {
				Node map[string]any `json:"node"`
			}
			a.query(`query($id: ID!) { node(id: $id) { ... on `+ty+` { `+f+` } } }`, map[string]any{"id": id}, &one)
			name := strings.Fields(f)[0]
			got, _ := json.Marshal(one.Node[name])
			want, _ := json.Marshal(full.Node[name])
			if string(got) != string(want) {
				t.Errorf("%s %s: asked alone %s, beside every field %s", id, name, got, want)
			}
			compared++
		}
	}
	for _, k := range []string{"Document", "Position", "AgendaItem", "LegalAct", "Country", "CouncilMeeting", "Person"} {
		if !kinds[k] {
			t.Errorf("no %s among the nodes compared (%d ids)", k, len(ids))
		}
	}

	// Through lists: positions of the first page, a link field alone against
	// all of them together.
	compared += compareAlone(t, a, "positions", 1, []string{"actors { id name ... on Country { code memberState } }",
		"subjects { id name ... on LegalAct { celex title } }", "document { id name date title url }",
		"agendaItem { id title format section meeting { id } }", "quote", "stance"},
		func(a *api, fields string) []map[string]any {
			var out struct {
				Positions struct {
					Edges []struct{ Node map[string]any }
				} `json:"positions"`
			}
			a.query(`{ positions(first: 20) { edges { node { id `+fields+` } } } }`, nil, &out)
			var l []map[string]any
			for _, e := range out.Positions.Edges {
				l = append(l, e.Node)
			}
			return l
		})
	// Relations: each field of a relation asked alone, against a full read.
	compared += compareAlone(t, a, "relations", 20, []string{"type", "direction", "node { id name }",
		"evidence { documentId quote start end }", "ref", "properties"},
		func(a *api, fields string) []map[string]any {
			var out struct {
				Documents struct {
					Edges []struct {
						Node struct {
							Relations struct {
								Edges []struct{ Node map[string]any }
							} `json:"relations"`
						}
					}
				}
			}
			a.query(`{ documents(first: 5) { edges { node { relations(first: 30) { edges { node { `+fields+` } } } } } } }`, nil, &out)
			var l []map[string]any
			for _, d := range out.Documents.Edges {
				for _, e := range d.Node.Relations.Edges {
					l = append(l, e.Node)
				}
			}
			return l
		})
	// Timeline entries: each field alone against a full read.
	compared += compareAlone(t, a, "timeline", 3, []string{"date", "kind", "relation", "node { id name }",
		"evidence { documentId quote start end }"},
		func(a *api, fields string) []map[string]any {
			var out struct {
				Timeline struct {
					Edges []struct{ Node map[string]any }
				}
			}
			a.query(`{ timeline(id: "celex:32011L0098", first: 50) { edges { node { `+fields+` } } } }`, nil, &out)
			var l []map[string]any
			for _, e := range out.Timeline.Edges {
				l = append(l, e.Node)
			}
			return l
		})
	if compared < 100 {
		t.Errorf("compared only %d values", compared)
	}
	t.Logf("compared %d field values on %d nodes of %d kinds", compared, len(ids), len(kinds))
}

// compareAlone reads a list of objects with every field of fields (pruning
// off, through a copy of a), then once per field with that field alone, and fails where a value
// differs; there must be at least min objects. It returns how many values
// it compared.
func compareAlone(t *testing.T, a *api, what string, min int, fields []string, read func(a *api, fields string) []map[string]any) int {
	t.Helper()
	full := read(a.with(resolvers.Options{NoPruning: true}), strings.Join(fields, " "))
	if len(full) < min {
		t.Fatalf("%s: only %d to compare", what, len(full))
	}
	compared := 0
	for _, f := range fields {
		one := read(a, f)
		name := strings.Fields(f)[0]
		if len(one) != len(full) {
			t.Fatalf("%s %s: %d alone, %d in full", what, name, len(one), len(full))
		}
		for i := range one {
			got, _ := json.Marshal(one[i][name])
			want, _ := json.Marshal(full[i][name])
			if string(got) != string(want) {
				t.Errorf("%s[%d].%s: asked alone %s, in full %s", what, i, name, got, want)
			}
			compared++
		}
	}
	return compared
}

type typeRef struct {
	Kind   string
	Name   string
	OfType *typeRef
}

// leaf is the kind of the named type under NON_NULL and LIST wrappers.
func (r typeRef) leaf() string {
	for r.OfType != nil && (r.Kind == "NON_NULL" || r.Kind == "LIST") {
		r = *r.OfType
	}
	if r.Kind == "LIST" || r.Kind == "NON_NULL" {
		return ""
	}
	return r.Kind
}

func collectIDs(v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["id"].(string); ok {
			for _, have := range *out {
				if have == id {
					goto rest
				}
			}
			*out = append(*out, id)
		}
	rest:
		for _, c := range x {
			collectIDs(c, out)
		}
	case []any:
		for _, c := range x {
			collectIDs(c, out)
		}
	}
}

// TestTotalCountBesideThePage: a selected totalCount is counted in the page's
// own query; it must hold for a full page, an empty one, a page past the end
// and a filter nothing matches.
func TestTotalCountBesideThePage(t *testing.T) {
	a := newAPI(t)
	type conn struct {
		Documents struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	q := `query($cites: String, $first: Int, $after: String) { documents(filter: {cites: $cites}, first: $first, after: $after) {
		totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`
	var all conn
	a.query(q, map[string]any{"cites": "2011/98/EU", "first": 100}, &all)
	n := len(all.Documents.Edges)
	if n == 0 || all.Documents.TotalCount != n {
		t.Fatalf("all letters citing 2011/98/EU: %d edges, totalCount %d", n, all.Documents.TotalCount)
	}
	var none conn
	a.query(q, map[string]any{"cites": "2011/98/EU", "first": 0}, &none)
	if none.Documents.TotalCount != n || len(none.Documents.Edges) != 0 || !none.Documents.PageInfo.HasNextPage {
		t.Errorf("first: 0: totalCount %d (want %d), %d edges, hasNextPage %v", none.Documents.TotalCount, n, len(none.Documents.Edges), none.Documents.PageInfo.HasNextPage)
	}
	var past conn
	a.query(q, map[string]any{"cites": "2011/98/EU", "first": 5, "after": *all.Documents.PageInfo.EndCursor}, &past)
	if past.Documents.TotalCount != n || len(past.Documents.Edges) != 0 {
		t.Errorf("after the last cursor: totalCount %d (want %d), %d edges", past.Documents.TotalCount, n, len(past.Documents.Edges))
	}
	var nothing conn
	a.query(`{ documents(filter: {cites: "2011/98/EU", dateFrom: "2099-01-01"}, first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, nil, &nothing)
	if nothing.Documents.TotalCount != 0 || len(nothing.Documents.Edges) != 0 || nothing.Documents.PageInfo.HasNextPage {
		t.Errorf("a filter nothing matches: totalCount %d, %d edges, hasNextPage %v", nothing.Documents.TotalCount, len(nothing.Documents.Edges), nothing.Documents.PageInfo.HasNextPage)
	}
}
