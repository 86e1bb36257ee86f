package integration

import (
	"encoding/json"
	"jhagraph/graph"
	"reflect"
	"strings"
	"testing"
)

// eachPage reads a connection whole, size nodes at a time, and hands each
// page (the connection's JSON) to page; q takes $first and $after besides
// vars, and conn finds the connection in the answer.
func eachPage(t *testing.T, a *api, q string, vars map[string]any, size int, conn func(map[string]json.RawMessage) json.RawMessage, page func(json.RawMessage)) {
	t.Helper()
	after := ""
	for n := 0; ; n++ {
		if n > 300 {
			t.Fatalf("paging does not end: %s", q)
		}
		v := map[string]any{"first": size, "after": after}
		for k, x := range vars {
			v[k] = x
		}
		var out map[string]json.RawMessage
		a.query(q, v, &out)
		c := conn(out)
		page(c)
		var info struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
		}
		if err := json.Unmarshal(c, &info); err != nil {
			t.Fatal(err)
		}
		if !info.PageInfo.HasNextPage {
			return
		}
		after = info.PageInfo.EndCursor
	}
}

// decode is json.Unmarshal that fails the test.
func decode(t *testing.T, data json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

// pageIDs reads a connection whole with eachPage and returns the ids of
// its nodes.
func pageIDs(t *testing.T, a *api, q string, vars map[string]any, size int, conn func(map[string]json.RawMessage) json.RawMessage) []string {
	t.Helper()
	var ids []string
	eachPage(t, a, q, vars, size, conn, func(c json.RawMessage) {
		var p struct {
			Edges []struct{ Node struct{ ID string } }
		}
		decode(t, c, &p)
		for _, e := range p.Edges {
			ids = append(ids, e.Node.ID)
		}
	})
	return ids
}

// root finds the connection of root field name in an answer.
// samePages checks that the connection conn of q, read in pages of each of
// the sizes, lists want in its order; what names the list in errors. It
// returns how many IDs it read in all.
func samePages(t *testing.T, a *api, what, q string, vars map[string]any, conn func(map[string]json.RawMessage) json.RawMessage, want []string, sizes ...int) int {
	t.Helper()
	read := 0
	for _, size := range sizes {
		got := pageIDs(t, a, q, vars, size, conn)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s, pages of %d:\n got %v\nwant %v", what, size, got, want)
		}
		read += len(got)
	}
	return read
}

func root(name string) func(map[string]json.RawMessage) json.RawMessage {
	return func(m map[string]json.RawMessage) json.RawMessage { return m[name] }
}

// under finds the connection field of the node(id:) in an answer.
func under(field string) func(map[string]json.RawMessage) json.RawMessage {
	return func(m map[string]json.RawMessage) json.RawMessage {
		var n map[string]json.RawMessage
		json.Unmarshal(m["node"], &n)
		return n[field]
	}
}

// An agenda item's positions are read in order from the index on itemRank
// (graph.positionPage), every other list of positions by sorting on date,
// letter and ordinal. Both must give the same positions in the same order,
// and paging one at a time with cursors must give them again.
func TestAgendaItemPositionsInOrderAndPages(t *testing.T) {
	a := newAPI(t)
	// Every position, in the general order.
	all := map[string][]string{} // item id -> position ids, in order
	eachPage(t, a, `query($first: Int!, $after: String) { positions(first: $first, after: $after) {
		pageInfo { hasNextPage endCursor } edges { node { id agendaItem { id } } } } }`, nil, 100, root("positions"), func(c json.RawMessage) {
		var p struct {
			Edges []struct {
				Node struct {
					ID         string
					AgendaItem *struct{ ID string }
				}
			}
		}
		decode(t, c, &p)
		for _, e := range p.Edges {
			if e.Node.AgendaItem != nil {
				all[e.Node.AgendaItem.ID] = append(all[e.Node.AgendaItem.ID], e.Node.ID)
			}
		}
	})
	if len(all) < 3 {
		t.Fatalf("the fixture graph has positions under %d agenda items; the test needs a few", len(all))
	}
	checked := 0
	for item, want := range all {
		checked += samePages(t, a, item, `query($id: ID!, $first: Int!, $after: String) { node(id: $id) { ... on AgendaItem {
			positions(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`,
			map[string]any{"id": item}, under("positions"), want, 100, 1, 2)
	}
	t.Logf("%d agenda items, %d positions read through them", len(all), checked)
}

// The letters a person signed and the letters that cite an act or a
// Kamerstuk are read in order from rank indexes (graph.docPage); lists
// filtered otherwise are matched whole and sorted. Both must agree, page by
// page.
func TestRankedDocumentListsInOrderAndPages(t *testing.T) {
	a := newAPI(t)
	// Every letter, newest first, with its signatories and what it cites.
	signed := map[string][]string{}
	cited := map[string]bool{}
	eachPage(t, a, `query($first: Int!, $after: String) { documents(first: $first, after: $after) { pageInfo { hasNextPage endCursor }
		edges { node { id signatories { person { id } } cites(first: 40) { edges { node { node { id } } } } } } } }`, nil, 20, root("documents"), func(c json.RawMessage) {
		var p struct {
			Edges []struct {
				Node struct {
					ID          string
					Signatories []struct{ Person struct{ ID string } }
					Cites       struct {
						Edges []struct {
							Node struct{ Node struct{ ID string } }
						}
					}
				}
			}
		}
		decode(t, c, &p)
		for _, e := range p.Edges {
			for _, s := range e.Node.Signatories {
				signed[s.Person.ID] = append(signed[s.Person.ID], e.Node.ID)
			}
			for _, c := range e.Node.Cites.Edges {
				cited[c.Node.Node.ID] = true
			}
		}
	})
	if len(signed) < 3 || len(cited) < 5 {
		t.Fatalf("the fixture has %d signers and %d cited nodes; the test needs more", len(signed), len(cited))
	}
	total := func(q string, id string, conn func(map[string]json.RawMessage) json.RawMessage) int {
		t.Helper()
		var out map[string]json.RawMessage
		a.query(q, map[string]any{"id": id}, &out)
		var c struct{ TotalCount int }
		decode(t, conn(out), &c)
		return c.TotalCount
	}
	lists := 0
	for person, want := range signed {
		if n := total(`query($id: ID!) { documents(filter: {signedBy: $id}, first: 1) { totalCount } }`, person, root("documents")); n != len(want) {
			t.Errorf("documents signed by %s: totalCount %d, want %d", person, n, len(want))
		}
		if n := total(`query($id: ID!) { node(id: $id) { ... on Person { signed(first: 1) { totalCount } } } }`, person, under("signed")); n != len(want) {
			t.Errorf("%s signed: totalCount %d, want %d", person, n, len(want))
		}
		sizes := []int{100, 1, 3}
		samePages(t, a, "documents signed by "+person, `query($id: ID!, $first: Int!, $after: String) { documents(filter: {signedBy: $id}, first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id } } } }`, map[string]any{"id": person}, root("documents"), want, sizes...)
		samePages(t, a, person+" signed", `query($id: ID!, $first: Int!, $after: String) { node(id: $id) { ... on Person { signed(first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`, map[string]any{"id": person}, under("signed"), want, sizes...)
		lists += 2 * len(sizes)
	}
	for id := range cited {
		// citesAll is matched whole and sorted: the reference.
		want := pageIDs(t, a, `query($id: String!, $first: Int!, $after: String) { documents(filter: {citesAll: [$id]}, first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id } } } }`, map[string]any{"id": id}, 100, root("documents"))
		if len(want) == 0 {
			t.Errorf("no letter cites %s, though one lists it among its citations", id)
		}
		if n := total(`query($id: String!) { documents(filter: {cites: $id}, first: 1) { totalCount } }`, id, root("documents")); n != len(want) {
			t.Errorf("documents citing %s: totalCount %d, want %d", id, n, len(want))
		}
		sizes := []int{100, 1, 2}
		samePages(t, a, "documents citing "+id, `query($id: String!, $first: Int!, $after: String) { documents(filter: {cites: $id}, first: $first, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id } } } }`, map[string]any{"id": id}, root("documents"), want, sizes...)
		lists += len(sizes)
	}
	t.Logf("%d signers, %d cited nodes, %d lists compared", len(signed), len(cited), lists)
}

// A timeline reads an entity's documents from its rank indexes where all
// its relations to documents are ranked (graph.Config.TimelineNoRanks off), and
// otherwise a large source in date order from its index and a small one by
// expanding from the entity (graph.Config.TimelineScanFactor decides); all ways
// must give the same entries, whole and paged.
func TestTimelineScannedOrExpandedAlike(t *testing.T) {
	a := newAPI(t)
	// The same graph through stores that read timelines each way.
	way := func(factor int, ranks bool) *api {
		return a.withStore(func(c *graph.Config) { c.TimelineScanFactor, c.TimelineNoRanks = factor, !ranks })
	}
	expanded := way(-1, false)
	ids := []string{"country:NL", "celex:32011L0098", "person:d-yesilgoz-zegerius", "kst-32317-867", "org:european-commission"}
	var some struct {
		Positions struct {
			Edges []struct {
				Node struct{ Actors, Subjects []struct{ ID string } }
			}
		}
	}
	a.query(`{ positions(first: 30) { edges { node { actors { id } subjects { id } } } } }`, nil, &some)
	for _, e := range some.Positions.Edges {
		for _, x := range append(e.Node.Actors, e.Node.Subjects...) {
			ids = append(ids, x.ID)
		}
	}
	var docs struct {
		Documents struct {
			Edges []struct {
				Node struct {
					Signatories []struct{ Person struct{ ID string } }
				}
			}
		}
	}
	a.query(`{ documents(first: 40) { edges { node { signatories { person { id } } } } } }`, nil, &docs)
	for _, e := range docs.Documents.Edges {
		for _, s := range e.Node.Signatories {
			ids = append(ids, s.Person.ID)
		}
	}
	read := func(a *api, id string, size int) []string {
		t.Helper()
		var out []string
		eachPage(t, a, `query($id: ID!, $first: Int!, $after: String) { timeline(id: $id, first: $first, after: $after) {
			edges { node { date kind relation node { id } } } pageInfo { hasNextPage endCursor } } }`,
			map[string]any{"id": id}, size, root("timeline"), func(c json.RawMessage) {
				var p struct {
					Edges []struct {
						Node struct {
							Date, Kind, Relation string
							Node                 struct{ ID string }
						}
					}
				}
				decode(t, c, &p)
				for _, e := range p.Edges {
					out = append(out, e.Node.Date+" "+e.Node.Kind+" "+e.Node.Node.ID+" "+e.Node.Relation)
				}
			})
		return out
	}
	ways := []struct {
		name string
		api  *api
	}{{"scanned", way(1<<30, false)}, {"ranked", way(-1, true)}}
	entries, ranked := 0, 0
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		want := read(expanded, id, 100)
		for _, way := range ways {
			for _, size := range []int{100, 3, 1} {
				if got := read(way.api, id, size); !reflect.DeepEqual(got, want) {
					t.Errorf("timeline of %s, %s, pages of %d:\n got %v\nwant %v", id, way.name, size, got, want)
				}
			}
		}
		entries += len(want)
		if kind, _, _ := strings.Cut(id, ":"); kind == "celex" || kind == "person" || kind == "country" || kind == "org" || kind == "office" {
			ranked++
		}
	}
	// The fixture's letters fall on different days; letters of one day
	// across a page's end are TestTimelineFromRanksKeepsLettersOfOneDayInKeyOrder's.
	if entries < 50 || ranked < 5 {
		t.Errorf("only %d timeline entries compared, %d entities with ranked documents", entries, ranked)
	}
	t.Logf("%d entities (%d with ranked documents), %d timeline entries", len(seen), ranked, entries)
}
