package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// A read plan. Every read of nodes takes a Shape: what to bring back with
// each node it returns. That is the node's columns (Columns: which
// properties, its signatories, its links) and the first pages of the
// connections its caller will show next (Nests), each with a shape of its
// own for the nodes of that page, as deep as they go. The reader builds the
// whole plan as a value and hands it to the read, which turns it into one
// Cypher statement: a person's letters with the acts each cites, or a
// meeting's agenda with each item's positions, cost one round trip.

// Shape is what a read brings back with each node it returns.
type Shape struct {
	Columns Columns
	Nests   []Nest
}

// Full is the shape that reads every column of a node and no nested page.
func Full() Shape { return Shape{Columns: AllColumns} }

// Nest is one connection read for every node a read returns: its first
// page comes back in the node's Nested, under Field.
type Nest struct {
	// Field is the caller's name for the page (the GraphQL response key);
	// it is not written into the statement.
	Field string
	Conn  Conn
	Page  PageArgs
	Shape Shape // of the page's nodes
}

// Conn is a connection of a node, read for many parents at once: by
// ConnPages for a batch of parent keys, or by a Nest for the nodes of a read.
// Exactly one of Rel, Doc and Pos is set.
type Conn struct {
	Rel *RelFilter      // the parent's relations
	Doc *DocFilter      // documents; the filter field Parent names is the parent
	Pos *PositionFilter // positions; the filter field Parent names is the parent
	// Parent names the field of Doc ("cites", "signedBy", "mentions") or Pos
	// ("actor", "subject", "item") whose key is each parent's: the fragment
	// reads it from pk instead of a parameter.
	Parent string
}

// WithParent is c for the one parent: c with the filter field Parent names
// set to parent ("mentions" and "item" when Parent names none).
func (c Conn) WithParent(parent Ref) Conn {
	switch {
	case c.Doc != nil:
		f := *c.Doc
		switch c.Parent {
		case "cites":
			f.Cites = &parent
		case "signedBy":
			f.SignedBy = &parent
		default:
			f.Mentions = &parent
		}
		c.Doc = &f
	case c.Pos != nil:
		f := *c.Pos
		switch c.Parent {
		case "actor":
			f.Actor = &parent
		case "subject":
			f.Subject = &parent
		default:
			f.Item = parent.Key
		}
		c.Pos = &f
	}
	return c
}

// Page is a page of a connection (ConnPages, Node.Nested): relations
// (Edges) or nodes with their cursors.
type Page struct {
	Edges   []Edge
	Nodes   []Node
	Cursors []string
	HasNext bool
}

// EdgePage is the page as a page of relations.
func (p Page) EdgePage() EdgePage { return EdgePage{Edges: p.Edges, HasNext: p.HasNext} }

// DocPage is the page as a page of documents.
func (p Page) DocPage() DocPage {
	return DocPage{Docs: p.Nodes, Cursors: p.Cursors, HasNext: p.HasNext}
}

// PositionPage is the page as a page of positions.
func (p Page) PositionPage() PositionPage {
	return PositionPage{Positions: p.Nodes, Cursors: p.Cursors, HasNext: p.HasNext}
}

// nestCalls returns the CALL subqueries that read the nests of sh for the
// node bound to v, and the columns that return them (", nest0, nest1").
// Their parameters are named in ps under a prefix per nest.
func nestCalls(sh Shape, v string, ps paramSet) (calls, cols string, err error) {
	return nestCallsAt(sh.Nests, v, ps, 0)
}

// nestColumn is the name of the column that returns the i-th nest of a
// level.
func nestColumn(i int) string {
	if i < 8 {
		return nestColumns[5*i : 5*i+5] // no allocation for the usual few
	}
	return "nest" + strconv.Itoa(i)
}

// nestColumns are the names of the first eight nests, one after another.
const nestColumns = "nest0nest1nest2nest3nest4nest5nest6nest7"

// nestCallsAt is nestCalls for ns at a depth of nesting.
func nestCallsAt(ns []Nest, v string, ps paramSet, depth int) (calls, cols string, err error) {
	var b, c strings.Builder
	for i, n := range ns {
		call, err := nestCall(n, nestColumn(i), v, ps.sub(fmt.Sprintf("n%d_", i)), fmt.Sprintf("np%d_%d", depth, i), depth)
		if err != nil {
			return "", "", err
		}
		b.WriteString(call)
		c.WriteString(", " + nestColumn(i))
	}
	return b.String(), c.String(), nil
}

// nestCall is the subquery reading nest n for the node bound to v,
// returning the page as a list of maps named col. The subquery imports v
// as np, its own name for the parent, so that the n, r and o it binds
// afresh are not the parent's (an inner nest's parent is the outer n or o).
func nestCall(n Nest, col, v string, ps paramSet, np string, depth int) (string, error) {
	var q, x string
	switch c := n.Conn; {
	case c.Rel != nil:
		pattern, err := relPattern("", *c.Rel)
		if err != nil {
			return "", err
		}
		after, err := relAfter(n.Page.After)
		if err != nil {
			return "", err
		}
		distinct := ""
		if c.Rel.Distinct {
			distinct = "WITH n, o, r ORDER BY r.rid WITH n, o, head(collect(r)) AS r "
		}
		x = "o"
		q = "WITH " + np + " AS n MATCH " + pattern + " WHERE r.rid > " + ps.add("after", after) + " " + distinct +
			"WITH n, r, o ORDER BY r.rid LIMIT " + ps.add("limit", int64(n.Page.First+1)) + " "
	case c.Doc != nil:
		page, _, err := docPage(*c.Doc, ps, c.Parent, n.Page)
		if err != nil {
			return "", err
		}
		x = "n"
		q = "WITH " + np + ".key AS pk " + page
	case c.Pos != nil:
		page, _, err := positionPage(*c.Pos, ps, c.Parent, n.Page)
		if err != nil {
			return "", err
		}
		x = "n"
		q = "WITH " + np + ".key AS pk " + page
	default:
		return "", fmt.Errorf("graph: nest %q reads nothing", n.Field)
	}
	// The nests of this page's nodes, one level down.
	inner, innerCols, err := nestCallsAt(n.Shape.Nests, x, ps, depth+1)
	if err != nil {
		return "", err
	}
	// The item is a list (nodeList, then itemType...): see itemLabels.
	item := nodeList(n.Shape.Columns, x)
	if c := n.Conn; c.Rel != nil {
		item += ", type(r), startNode(r) = n, " + relExpr(n.Shape.Columns, "r")
	} else {
		item += ", null, null, null"
	}
	for _, c := range strings.Split(strings.TrimPrefix(innerCols, ", "), ", ") {
		if c != "" {
			item += ", " + c
		}
	}
	// collect keeps the order of the rows it gathers: the page's order.
	q += inner + "RETURN collect([" + item + "]) AS " + col
	return "CALL (" + v + ") { WITH " + v + " AS " + np + " CALL (" + np + ") { " + q + " } RETURN " + col + " } ", nil
}

// nestNames are the property names of a nest's nodes (propNames) and of
// its own nests', worked out once per read.
type nestNames struct {
	names propNames
	inner []nestNames
}

// nestNamesOf is nestNames for each of ns.
func nestNamesOf(ns []Nest) []nestNames {
	if len(ns) == 0 {
		return nil
	}
	out := make([]nestNames, len(ns))
	for i, n := range ns {
		out[i] = nestNames{names: namesOf(n.Shape.Columns), inner: nestNamesOf(n.Shape.Nests)}
	}
	return out
}

// readNests decodes the nests ns of node n from the columns that nestCalls
// returned with it; nn are nestNamesOf(ns).
func readNests(nn []nestNames, ns []Nest, n *Node, get func(string) (any, bool)) error {
	for i := range ns {
		raw, _ := get(nestColumn(i))
		if err := readNest(&ns[i], &nn[i], n, raw); err != nil {
			return err
		}
	}
	return nil
}

// readNest decodes the page of nest for node n from raw, the list of its
// items (nestCall).
func readNest(nest *Nest, nn *nestNames, n *Node, raw any) error {
	items := asList(raw)
	var p Page
	size := min(len(items), nest.Page.First)
	switch {
	case nest.Conn.Rel != nil:
		p.Edges = make([]Edge, 0, size)
	default:
		p.Nodes = make([]Node, 0, size)
		p.Cursors = make([]string, 0, size)
	}
	for j, it := range items {
		if j == nest.Page.First {
			p.HasNext = true
			break
		}
		l := asList(it)
		if len(l) != itemNests+len(nest.Shape.Nests) {
			return fmt.Errorf("graph: an item of nest %q has %d entries, not %d", nest.Field, len(l), itemNests+len(nest.Shape.Nests))
		}
		c, err := nodeFromParts(l[itemLabels], l[itemProps], l[itemSigs], l[itemLinks], nn.names)
		if err != nil {
			return err
		}
		for k := range nest.Shape.Nests {
			if err := readNest(&nest.Shape.Nests[k], &nn.inner[k], &c, l[itemNests+k]); err != nil {
				return err
			}
		}
		switch {
		case nest.Conn.Rel != nil:
			rp, _ := l[itemRel].(map[string]any)
			p.Edges = append(p.Edges, edgeFrom(l[itemType], l[itemOut], rp, c))
		case nest.Conn.Doc != nil:
			p.Nodes = append(p.Nodes, c)
			p.Cursors = append(p.Cursors, docCursor(c))
		default:
			p.Nodes = append(p.Nodes, c)
			p.Cursors = append(p.Cursors, positionCursorOf(c))
		}
	}
	if n.Nested == nil {
		n.Nested = map[string]Page{}
	}
	n.Nested[nest.Field] = p
	return nil
}

// NodesOf returns the nodes of the page: its nodes, or those at the other
// ends of its relations.
func (p Page) NodesOf() []Node {
	if p.Edges == nil {
		return p.Nodes
	}
	out := make([]Node, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}
