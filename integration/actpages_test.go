package integration

import "testing"

// legalActs pages by the cursors the store hands out: read a page at a time
// of any size, the acts are those of one large page, in the same order.
func TestLegalActsPageByCursor(t *testing.T) {
	a := newAPI(t)
	const q = `query($first: Int!, $after: String) { legalActs(first: $first, after: $after, filter: {onlyCited: true}) {
		edges { node { id } } pageInfo { hasNextPage endCursor } } }`
	want := pageIDs(t, a, q, nil, 100, root("legalActs"))
	if len(want) < 5 {
		t.Fatalf("only %d cited acts in the fixture", len(want))
	}
	samePages(t, a, "legalActs", q, nil, root("legalActs"), want, 1, 3)
}
