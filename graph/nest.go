package graph

import (
	"context"
	"fmt"
	"strings"
)

// Nested reads: a read of nodes can bring, for each node, the first page of
// connections its client will ask for next (a person's letters, and each
// letter's citations), computed by CALL subqueries inside the same Cypher
// query. A request then costs one round trip where it would cost one per
// level. The pages come back in Node.Nested, under the nest's name; the
// resolvers hand them to the fields that would otherwise read them.

// Nest is one connection to read for every node a read returns.
type Nest struct {
	Name string // the key in Node.Nested; a Cypher identifier
	// One of the three reads, as its batched form takes it (the parent's
	// key is the node's own):
	Rel *RelFilter // RelationsBatch
	Doc *DocFilter // DocumentsBatch, with Parent naming the varying field
	Pos *PositionFilter
	// Parent is DocumentsBatch's or PositionsBatch's parent field.
	Parent string
	Page   PageArgs
	Cols   Columns
	Nests  []Nest // read for each node of this page in turn
}

type nestsKey struct{}

// WithNests returns a context whose reads of nodes also read ns for each
// node they return.
func WithNests(ctx context.Context, ns []Nest) context.Context {
	return context.WithValue(ctx, nestsKey{}, ns)
}

func nestsFrom(ctx context.Context) []Nest {
	ns, _ := ctx.Value(nestsKey{}).([]Nest)
	return ns
}

// nestCalls returns the CALL subqueries that read the context's nests for
// the node bound to v, and the columns that return them (", a, b"). Their
// parameters are added to params under a prefix per nest.
func nestCalls(ctx context.Context, v string, params map[string]any) (calls, cols string, err error) {
	return nestCallsAt(nestsFrom(ctx), v, params, 0)
}

// nestCallsAt is nestCalls for ns at a depth of nesting.
func nestCallsAt(ns []Nest, v string, params map[string]any, depth int) (calls, cols string, err error) {
	if len(ns) == 0 {
		return "", "", nil
	}
	var b, c strings.Builder
	for i, n := range ns {
		if !isIdent(n.Name) {
			return "", "", fmt.Errorf("graph: nest name %q is not an identifier", n.Name)
		}
		body, err := nestBody(n, v, fmt.Sprintf("n%d_", i), fmt.Sprintf("np%d_%d", depth, i), params, depth)
		if err != nil {
			return "", "", err
		}
		b.WriteString(body)
		c.WriteString(", " + n.Name)
	}
	return b.String(), c.String(), nil
}

// nestBody is the subquery reading nest n for the node bound to v, returning
// the page as a list of maps named n.Name.
func nestBody(n Nest, v, prefix, np string, params map[string]any, depth int) (string, error) {
	own := map[string]any{"limit": int64(n.Page.First + 1)}
	ctx := WithColumns(context.Background(), n.Cols)
	var q, x string
	switch {
	case n.Rel != nil:
		pattern, err := relPattern("", *n.Rel, own)
		if err != nil {
			return "", err
		}
		after := ""
		if n.Page.After != "" {
			var err error
			if after, err = relAfter(n.Page.After); err != nil {
				return "", err
			}
		}
		own["after"] = after
		distinct := ""
		if n.Rel.Distinct {
			distinct = "WITH n, o, r ORDER BY r.rid WITH n, o, head(collect(r)) AS r "
		}
		x = "o"
		q = "WITH \x00 AS n MATCH " + pattern + " WHERE r.rid > $after " + distinct +
			"WITH n, r, o ORDER BY r.rid LIMIT $limit "
	case n.Doc != nil:
		page, _, err := docPage(*n.Doc, own, n.Parent, n.Page.After)
		if err != nil {
			return "", err
		}
		x = "n"
		q = "WITH \x00.key AS pk " + page
	case n.Pos != nil:
		page, _, err := positionPage(*n.Pos, own, n.Parent, n.Page.After)
		if err != nil {
			return "", err
		}
		x = "n"
		q = "WITH \x00.key AS pk " + page
	default:
		return "", fmt.Errorf("graph: nest %s reads nothing", n.Name)
	}
	// The nests of this page's nodes, one level down.
	inner, innerCols, err := nestCallsAt(n.Nests, x, own, depth+1)
	if err != nil {
		return "", err
	}
	item := nodeMap(ctx, x)
	if n.Rel != nil {
		item = "type: type(r), out: startNode(r) = n, rel: " + relExpr(n.Cols, "r") + ", " + item
	}
	for _, c := range strings.Split(strings.TrimPrefix(innerCols, ", "), ", ") {
		if c != "" {
			item += ", " + c + ": " + c
		}
	}
	// collect keeps the order of the rows it gathers: the page's order.
	q += inner + "RETURN collect({" + item + "}) AS " + n.Name
	// The body binds n, r and o afresh; an inner CALL imports only the
	// parent, under a name of its own, so that the outer n or o (the parent
	// itself) is not in its scope.
	q = strings.ReplaceAll(q, "\x00", np)
	return "CALL (" + v + ") { WITH " + v + " AS " + np + " CALL (" + np + ") { " + renameParams(q, own, prefix, params) + " } RETURN " + n.Name + " } ", nil
}

// renameParams moves the parameters of a subquery under a prefix, so that
// nests do not clash with each other or with the query around them: every
// $name of own in q becomes $<prefix>name, and its value moves to params.
func renameParams(q string, own map[string]any, prefix string, params map[string]any) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] != '$' {
			b.WriteByte(q[i])
			continue
		}
		j := i + 1
		for j < len(q) && (q[j] == '_' || q[j] >= 'a' && q[j] <= 'z' || q[j] >= 'A' && q[j] <= 'Z' || q[j] >= '0' && q[j] <= '9') {
			j++
		}
		name := q[i+1 : j]
		if _, ok := own[name]; ok {
			b.WriteString("$" + prefix + name)
		} else {
			b.WriteString("$" + name)
		}
		i = j - 1
	}
	for k, v := range own {
		params[prefix+k] = v
	}
	return b.String()
}

// readNests decodes the nests ns of node n from the columns (or map
// entries) that nestCalls returned with it.
func readNests(ns []Nest, n *Node, get func(string) (any, bool)) error {
	for _, nest := range ns {
		raw, _ := get(nest.Name)
		var nodes []Node
		var edges []Edge
		for i, it := range asList(raw) {
			if i == nest.Page.First {
				break
			}
			m, _ := it.(map[string]any)
			mget := func(k string) (any, bool) { v, ok := m[k]; return v, ok }
			c, err := nodeFromGet(mget)
			if err != nil {
				return err
			}
			if err := readNests(nest.Nests, &c, mget); err != nil {
				return err
			}
			if nest.Rel != nil {
				rp, _ := m["rel"].(map[string]any)
				edges = append(edges, edgeFrom(m["type"], m["out"], rp, c))
			}
			nodes = append(nodes, c)
		}
		hasNext := len(asList(raw)) > nest.Page.First
		if n.Nested == nil {
			n.Nested = map[string]any{}
		}
		switch {
		case nest.Rel != nil:
			n.Nested[nest.Name] = EdgePage{Edges: edges, HasNext: hasNext}
		case nest.Doc != nil:
			p := DocPage{Docs: nodes, HasNext: hasNext}
			for _, d := range nodes {
				p.Cursors = append(p.Cursors, docCursor(d))
			}
			n.Nested[nest.Name] = p
		case nest.Pos != nil:
			p := PositionPage{Positions: nodes, HasNext: hasNext}
			for _, d := range nodes {
				p.Cursors = append(p.Cursors, positionCursorOf(d))
			}
			n.Nested[nest.Name] = p
		}
	}
	return nil
}
