package resolvers

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestSelectsPlain checks the allocation-free look for a child field: it
// finds the field through fragments, and gives up (plain false, so that
// gqlgen's collection decides) wherever a directive may leave a field out.
func TestSelectsPlain(t *testing.T) {
	for _, c := range []struct {
		query        string
		found, plain bool
	}{
		{`{ documents { totalCount edges { cursor } } }`, true, true},
		{`{ documents { edges { node { citedBy { totalCount } } } } }`, false, true},
		{`{ documents { ... on DocumentConnection { totalCount } } }`, true, true},
		{`{ documents { ...F } } fragment F on DocumentConnection { totalCount }`, true, true},
		{`{ documents { ...F } } fragment F on DocumentConnection { pageInfo { hasNextPage } }`, false, true},
		{`{ documents { totalCount @skip(if: true) } }`, false, false},
		{`{ documents { edges @include(if: false) { cursor } totalCount } }`, false, false},
		{`{ documents { ... @include(if: false) { totalCount } } }`, false, false},
		{`{ documents { ...F @skip(if: true) } } fragment F on DocumentConnection { totalCount }`, false, false},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: c.query})
		if err != nil {
			t.Fatal(err)
		}
		root := doc.Operations[0].SelectionSet[0].(*ast.Field)
		found, plain := selectsPlain(root.SelectionSet, doc.Fragments, "totalCount")
		if found != c.found || plain != c.plain {
			t.Errorf("%s: found %v plain %v, want %v %v", c.query, found, plain, c.found, c.plain)
		}
	}
}
