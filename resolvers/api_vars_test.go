package resolvers_test

import (
	"encoding/json"
	"testing"

	"jhagraph/graph"
	"jhagraph/internal/apitest"
	"jhagraph/resolvers"
)

// Arguments of nested connections given as variables (numbers decoded from
// JSON by the handler, Go ints by the executor) plan the same read-ahead
// as literals.
func TestAPINestedVariables(t *testing.T) {
	q := `query($n: Int, $types: [RelationType!], $dir: Direction) { node(id: "person:a-voorbeeld") { ... on Person {
		signed(first: $n) { edges { node { id relations(types: $types, direction: $dir, first: $n) { edges { node { type direction } } } } } pageInfo { hasNextPage } } } } }`
	signed := fxDocKeys(false, func(d graph.Document) bool { return fxHas(voorbeeld, docRef(d), graph.RelSigned) })
	check := func(how string, data any, n int) {
		t.Helper()
		got := strs(data, "node.signed.edges", "node.id")
		eq(t, how+" signed", got, signed[:n])
		eq(t, how+" hasNextPage", at(data, "node.signed.pageInfo.hasNextPage"), n < len(signed))
		for i, d := range list(data, "node.signed.edges", "node") {
			ref := graph.Ref{Kind: graph.KindDocument, Key: got[i]}
			var want int
			for _, r := range fxRels() {
				if r.Type == graph.RelCites && r.From == ref {
					want++
				}
			}
			rels := list(d, "relations.edges", "node")
			if len(rels) != min(want, n) {
				t.Errorf("%s: %s has %d CITES relations, want %d", how, ref.Key, len(rels), min(want, n))
			}
			for _, r := range rels {
				if at(r, "type") != "CITES" || at(r, "direction") != "OUT" {
					t.Errorf("%s: %v", how, r)
				}
			}
		}
	}
	vars := map[string]any{"n": 2, "types": []any{"CITES"}, "dir": "OUT"}
	for _, opt := range []resolvers.Options{{}, {NoReadAhead: true}} {
		a := newAPI(t, newFixtureStore(), func(r *resolvers.Resolver) { r.Options = opt })
		data, errs := a.do(q, vars)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		check("executor", data, 2)
	}
	srv := serveMem(t, newFixtureStore())
	r := apitest.Do(t, srv.URL, q, map[string]any{"n": 1, "types": []string{"CITES"}, "dir": "OUT"})
	var data any
	if err := json.Unmarshal(r.Data, &data); err != nil || len(r.Errors) > 0 {
		t.Fatalf("%v %+v", err, r.Errors)
	}
	check("handler", data, 1)
}

// The errors a client caused are UserErrors, with their codes, through
// the executor's wrapping; a store's are not.
func TestAPIUserErrors(t *testing.T) {
	st := newFixtureStore()
	a := newAPI(t, st)
	_, errs := a.do(`{ documents(after: "bm9wZQ") { totalCount } }`, nil)
	if len(errs) != 1 || !resolvers.IsUserError(errs[0]) || resolvers.UserErrorCode(errs[0]) != "BAD_CURSOR" {
		t.Errorf("bad cursor: %+v", errs)
	}
	_, errs = a.do(`{ documents(first: 1000) { totalCount } }`, nil)
	if len(errs) != 1 || !resolvers.IsUserError(errs[0]) || resolvers.UserErrorCode(errs[0]) != "" {
		t.Errorf("page too large: %+v", errs)
	}
	st.fail = graph.ErrUnavailable
	_, errs = a.do(`{ node(id: "country:NL") { id } }`, nil)
	if len(errs) != 1 || resolvers.IsUserError(errs[0]) || resolvers.UserErrorCode(errs[0]) != "" {
		t.Errorf("store error: %+v", errs)
	}
}
