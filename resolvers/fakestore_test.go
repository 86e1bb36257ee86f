package resolvers_test

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// fakeStore answers the reads of one test without Neo4j: Node returns
// node, with the nested pages the shape asks for taken from pages by
// response key, and ConnPages counts the batched reads it is asked for.
// Any other read panics (the embedded nil interface).
type fakeStore struct {
	resolvers.Store
	node    graph.Node
	pages   map[string]graph.Page
	shapes  []graph.Shape
	batched atomic.Int64
}

func (f *fakeStore) Node(_ context.Context, ref graph.Ref, sh graph.Shape) (graph.Node, error) {
	f.shapes = append(f.shapes, sh)
	n := f.node
	n.Nested = map[string]graph.Page{}
	for _, nest := range sh.Nests {
		n.Nested[nest.Field] = f.pages[nest.Field]
	}
	return n, nil
}

func (f *fakeStore) ConnPages(_ context.Context, kind graph.Kind, keys []string, c graph.Conn, page graph.PageArgs, sh graph.Shape) (map[string]graph.Page, error) {
	f.batched.Add(1)
	out := map[string]graph.Page{}
	for _, k := range keys {
		out[k] = graph.Page{Nodes: []graph.Node{{Kind: graph.KindDocument, Key: "kst-9-" + k}}, Cursors: []string{"c"}}
	}
	return out, nil
}

// TestNestedPagesByResponseKey: a connection the plan read ahead is served
// from its parent node's Nested under the field's response key (two
// aliases of one field get a nest each), and one it could not read ahead (a
// page after a cursor) is read by a batched read.
func TestNestedPagesByResponseKey(t *testing.T) {
	doc := func(key, date string) graph.Node {
		return graph.Node{Kind: graph.KindDocument, Key: key, Props: map[string]any{"key": key, "date": date}}
	}
	st := &fakeStore{
		node: graph.Node{Kind: graph.KindPerson, Key: "p", Name: "P", Props: map[string]any{"key": "p", "name": "P"}},
		pages: map[string]graph.Page{
			"first": {Nodes: []graph.Node{doc("kst-1-1", "2024-01-02")}, Cursors: []string{"c1"}, HasNext: true},
			"two":   {Nodes: []graph.Node{doc("kst-1-1", "2024-01-02"), doc("kst-1-2", "2024-01-01")}, Cursors: []string{"c1", "c2"}},
		},
	}
	exec := executor.New(resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{Store: st, Refs: refs{}}}))
	exec.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	ctx := graphql.StartOperationTrace(context.Background())
	q := `{ node(id: "person:p") { ... on Person {
		first: signed(first: 1) { pageInfo { hasNextPage } edges { node { id } } }
		two: signed(first: 2) { edges { node { id } } }
		later: signed(first: 1, after: "c1") { edges { node { id } } } } } }`
	oc, errs := exec.CreateOperationContext(ctx, &graphql.RawParams{Query: q})
	if errs != nil {
		t.Fatal(errs)
	}
	h, ctx := exec.DispatchOperation(ctx, oc)
	resp := h(ctx)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	var out struct {
		Node map[string]struct {
			PageInfo struct{ HasNextPage bool }
			Edges    []struct{ Node struct{ ID string } }
		}
	}
	if err := json.Unmarshal(resp.Data, &out); err != nil {
		t.Fatal(err)
	}
	ids := func(f string) (s []string) {
		for _, e := range out.Node[f].Edges {
			s = append(s, e.Node.ID)
		}
		return s
	}
	if got := ids("first"); len(got) != 1 || got[0] != "kst-1-1" || !out.Node["first"].PageInfo.HasNextPage {
		t.Errorf("first: %v %+v", got, out.Node["first"])
	}
	if got := ids("two"); len(got) != 2 || got[1] != "kst-1-2" {
		t.Errorf("two: %v", got)
	}
	if got := ids("later"); len(got) != 1 || got[0] != "kst-9-p" {
		t.Errorf("later (after a cursor, not read ahead): %v", got)
	}
	if n := st.batched.Load(); n != 1 {
		t.Errorf("%d batched reads, want 1 (the page after a cursor)", n)
	}
	if len(st.shapes) != 1 || len(st.shapes[0].Nests) != 2 {
		t.Fatalf("shapes asked for: %+v", st.shapes)
	}
	for i, want := range []string{"first", "two"} {
		n := st.shapes[0].Nests[i]
		if n.Field != want || n.Conn.Doc == nil || n.Conn.Parent != "signedBy" || n.Page.First != i+1 {
			t.Errorf("nest %d: %+v", i, n)
		}
	}
}
