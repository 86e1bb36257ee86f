package resolvers_test

import (
	"testing"

	"jhagraph/resolvers"
)

// A meeting's agenda and attendees are read whole, up to MaxAgenda: a
// server whose page size limit is smaller still answers them, and a
// client's page is still held to that limit.
func TestAPIAgendaBeyondMaxPage(t *testing.T) {
	st := newFixtureStore()
	q := `{ node(id: "` + meeting.ID() + `") { ... on CouncilMeeting { agenda { id } attendees { node { id } } } } }`
	want := newAPI(t, st).ok(q)
	small := newAPI(t, st, func(r *resolvers.Resolver) { r.MaxPage = 1 })
	got := small.ok(q)
	if n := len(list(want, "node.agenda", "")); n < 2 {
		t.Fatalf("the fixture meeting has %d agenda items; the test needs more than the page limit of 1", n)
	}
	eq(t, "agenda with MaxPage 1", strs(got, "node.agenda", "id"), strs(want, "node.agenda", "id"))
	eq(t, "attendees with MaxPage 1", strs(got, "node.attendees", "node.id"), strs(want, "node.attendees", "node.id"))
	small.fails(`{ documents(first: 2) { edges { node { id } } } }`)
}
