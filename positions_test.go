package main

import (
	"reflect"
	"testing"
)

// An agenda item's positions are read in order from the index on itemRank
// (graph.positionPage), every other list of positions by sorting on date,
// letter and ordinal. Both must give the same positions in the same order,
// and paging one at a time with cursors must give them again.
func TestAgendaItemPositionsInOrderAndPages(t *testing.T) {
	a := newAPI(t)
	type posConn struct {
		PageInfo struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ID         string
				AgendaItem *struct{ ID string }
			}
		}
	}
	// Every position, in the general order.
	all := map[string][]string{} // item id -> position ids, in order
	after := ""
	for {
		var out struct{ Positions posConn }
		a.query(`query($after: String) { positions(first: 100, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id agendaItem { id } } } } }`, map[string]any{"after": after}, &out)
		for _, e := range out.Positions.Edges {
			if e.Node.AgendaItem != nil {
				all[e.Node.AgendaItem.ID] = append(all[e.Node.AgendaItem.ID], e.Node.ID)
			}
		}
		if !out.Positions.PageInfo.HasNextPage {
			break
		}
		after = out.Positions.PageInfo.EndCursor
	}
	if len(all) < 3 {
		t.Fatalf("the fixture graph has positions under %d agenda items; the test needs a few", len(all))
	}
	checked := 0
	for item, want := range all {
		for _, size := range []int{100, 1, 2} {
			var got []string
			after := ""
			for pages := 0; ; pages++ {
				if pages > len(want)+1 {
					t.Fatalf("%s: paging by %d does not end", item, size)
				}
				var out struct {
					Node struct{ Positions posConn }
				}
				a.query(`query($id: ID!, $first: Int!, $after: String) { node(id: $id) { ... on AgendaItem {
					positions(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`,
					map[string]any{"id": item, "first": size, "after": after}, &out)
				for _, e := range out.Node.Positions.Edges {
					got = append(got, e.Node.ID)
				}
				if !out.Node.Positions.PageInfo.HasNextPage {
					break
				}
				after = out.Node.Positions.PageInfo.EndCursor
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, pages of %d:\n got %v\nwant %v", item, size, got, want)
			}
			checked += len(got)
		}
	}
	t.Logf("%d agenda items, %d positions read through them", len(all), checked)
}
