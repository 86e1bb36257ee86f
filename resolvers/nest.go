package resolvers

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jhagraph/graph"
)

// Reading ahead: a read of nodes also reads, in the same Cypher query
// (graph.Nest), the first page of each connection field that the client
// selected on them, and of the connection fields below those, as far as
// they go. The pages are kept in the request's batcher under the signature
// the field's resolver will look for, so the resolver finds its page there
// instead of reading it. A person's letters with the acts each cites, or a
// meeting's agenda with each item's positions, then cost one round trip.
//
// Fields that are not read ahead (pages after a cursor, connections of relation ends
// of mixed kinds, fields under fragments on other interfaces) are read by
// their resolvers, batched per level, as before.

// connSpec is the read behind a connection field of a node: its resolver
// and the read-ahead planner both derive the batch signature and the store
// read from it, so that the two always agree.
type connSpec struct {
	read     string // "rel", "docs" or "pos"
	types    []RelationType
	dir      *Direction
	distinct bool
	parent   string     // docs: "cites", "signedBy", "mentions"; pos: "actor", "subject", "item"
	endKind  graph.Kind // the kind of the page's nodes, "" when mixed
	first    *int
	after    *string
	at       []string // where the page's nodes appear below the field
	extra    []string // properties of the page's nodes the resolver needs
}

func relSpec(types []RelationType, dir *Direction, first *int, after *string) connSpec {
	return connSpec{read: "rel", types: types, dir: dir, first: first, after: after, at: []string{"edges", "node", "node"}}
}

func docSpec(parent string, first *int, after *string) connSpec {
	return connSpec{read: "docs", parent: parent, endKind: graph.KindDocument, first: first, after: after, at: []string{"edges", "node"}}
}

func posSpec(parent string, first *int, after *string) connSpec {
	return connSpec{read: "pos", parent: parent, endKind: graph.KindPosition, first: first, after: after, at: []string{"edges", "node"}}
}

func (r *Resolver) agendaSpec() connSpec {
	out, maxAgenda := DirectionOut, r.maxAgenda()
	return connSpec{read: "rel", types: []RelationType{RelationTypeHasItem}, dir: &out, distinct: true,
		endKind: graph.KindAgendaItem, first: &maxAgenda, at: []string{}, extra: []string{"section", "order"}}
}

func (r *Resolver) attendeesSpec() connSpec {
	in, maxAgenda := DirectionIn, r.maxAgenda()
	return connSpec{read: "rel", types: []RelationType{RelationTypeAttends}, dir: &in, distinct: true,
		first: &maxAgenda, at: []string{"node"}}
}

func citesSpec(first *int, after *string) connSpec {
	out := DirectionOut
	return relSpec([]RelationType{RelationTypeCites}, &out, first, after)
}

func concernsSpec(first *int, after *string) connSpec {
	out := DirectionOut
	return relSpec([]RelationType{RelationTypeConcerns}, &out, first, after)
}

// specColumnsIn is what the read must bring for a field whose selection set is
// sels: the columns of its nodes and, for relations, whether the client
// sees the relations' evidence or properties.
func (r *Resolver) specColumnsIn(s connSpec, sels ast.SelectionSet, frags ast.FragmentDefinitionList) graph.Columns {
	c := r.columnsIn(sels, frags, s.at, s.extra)
	if s.read == "rel" && !r.NoPruning {
		switch {
		case len(s.at) == 0:
			c.RelLight = true // the field shows the nodes only (agenda)
		case len(s.at) == 3:
			light := true
			eachField(nodeSelection(sels, frags, s.at[:2]), frags, func(f *ast.Field) bool {
				switch f.Name {
				case "type", "direction", "node", "__typename":
					return true
				}
				light = false
				return false
			})
			c.RelLight = light
		}
	}
	return c
}

// specColumns is specColumnsIn for the field being resolved.
func (r *Resolver) specColumns(ctx context.Context, s connSpec) graph.Columns {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return graph.AllColumns
	}
	return r.specColumnsIn(s, fc.Field.Selections, graphql.GetOperationContext(ctx).Doc.Fragments)
}

// relFilter is the store's filter for a relations spec.
func (s connSpec) relFilter() graph.RelFilter {
	f := graph.RelFilter{Direction: graph.Both, Distinct: s.distinct}
	if s.dir != nil {
		f.Direction = graph.Direction(*s.dir)
	}
	for _, t := range s.types {
		f.Types = append(f.Types, graph.RelType(t))
	}
	return f
}

// docFilter is the store's filter for a documents spec with parent ref.
func (s connSpec) docFilter(ref graph.Ref) graph.DocFilter {
	var f graph.DocFilter
	switch s.parent {
	case "cites":
		f.Cites = &ref
	case "signedBy":
		f.SignedBy = &ref
	default:
		f.Mentions = &ref
	}
	return f
}

// posFilter is the store's filter for a positions spec with parent ref.
func (s connSpec) posFilter(ref graph.Ref) graph.PositionFilter {
	var f graph.PositionFilter
	switch s.parent {
	case "actor":
		f.Actor = &ref
	case "subject":
		f.Subject = &ref
	default:
		f.Item = ref.Key
	}
	return f
}

// sig is the batch signature of the read for parents of kind.
func (s connSpec) sig(kind graph.Kind, p graph.PageArgs, cols graph.Columns) string {
	switch s.read {
	case "docs":
		return fmt.Sprintf("docs|%s|%s|%d|%s|%s", s.parent, kind, p.First, p.After, cols)
	case "pos":
		return fmt.Sprintf("pos|%s|%s|%d|%s|%s", s.parent, kind, p.First, p.After, cols)
	}
	f := s.relFilter()
	return fmt.Sprintf("rel|%s|%v|%s|%v|%d|%s|%s", kind, f.Types, f.Direction, f.Distinct, p.First, p.After, cols)
}

// connField returns the spec of a connection field of a node type, from the
// field's arguments, when the field has one.
func (r *Resolver) connField(kind graph.Kind, f *ast.Field, vars map[string]any) (connSpec, bool) {
	args := f.ArgumentMap(vars)
	first, after := intArg(args["first"]), strArg(args["after"])
	switch f.Name {
	case "relations":
		var types []RelationType
		for _, t := range listArg(args["types"]) {
			types = append(types, RelationType(fmt.Sprint(t)))
		}
		var dir *Direction
		if d, ok := args["direction"].(string); ok {
			x := Direction(d)
			dir = &x
		}
		return relSpec(types, dir, first, after), true
	}
	switch kind {
	case graph.KindDocument:
		switch f.Name {
		case "cites":
			return citesSpec(first, after), true
		case "citedBy":
			return docSpec("cites", first, after), true
		}
	case graph.KindPerson:
		if f.Name == "signed" {
			return docSpec("signedBy", first, after), true
		}
	case graph.KindLegalAct:
		switch f.Name {
		case "citedBy":
			return docSpec("cites", first, after), true
		case "positions":
			return posSpec("subject", first, after), true
		}
	case graph.KindCouncilMeeting:
		switch f.Name {
		case "agenda":
			return r.agendaSpec(), true
		case "attendees":
			return r.attendeesSpec(), true
		case "documents":
			return docSpec("mentions", first, after), true
		}
	case graph.KindAgendaItem:
		switch f.Name {
		case "concerns":
			return concernsSpec(first, after), true
		case "positions":
			return posSpec("item", first, after), true
		}
	case graph.KindCountry, graph.KindOrganisation:
		switch f.Name {
		case "mentionedIn":
			return docSpec("mentions", first, after), true
		case "positions":
			return posSpec("actor", first, after), true
		}
	}
	return connSpec{}, false
}

func intArg(v any) *int {
	var n int
	switch x := v.(type) {
	case int:
		n = x
	case int64:
		n = int(x)
	case float64:
		n = int(x)
	case json.Number:
		i, err := x.Int64()
		if err != nil {
			return nil
		}
		n = int(i)
	default:
		return nil
	}
	return &n
}

func strArg(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}

func listArg(v any) []any {
	l, _ := v.([]any)
	return l
}

// maxNestDepth bounds how many levels one query reads ahead.
const maxNestDepth = 4

// planned is a nest with the signature its resolver will look for.
type planned struct {
	nest     graph.Nest
	sig      string
	kind     graph.Kind // the parents' kind
	children []planned  // for the nodes of this nest's pages
	at       []string   // response path of the page's nodes below the parent node
}

// nestsFor plans the read-ahead for nodes of kind whose selection is sels.
func (r *Resolver) nestsFor(ctx context.Context, kind graph.Kind, sels ast.SelectionSet, depth int) []planned {
	if kind == "" || depth >= maxNestDepth || r.NoReadAhead || !graphql.HasOperationContext(ctx) {
		return nil
	}
	oc := graphql.GetOperationContext(ctx)
	typeName := string(kind)
	var out []planned
	seen := map[string]bool{}
	eachFieldOn(sels, oc.Doc.Fragments, typeName, func(f *ast.Field) bool {
		spec, ok := r.connField(kind, f, oc.Variables)
		if !ok || seen[f.Alias] || (spec.after != nil && *spec.after != "") {
			// Only first pages are read ahead: a cursor the API did not hand
			// out must be reported on its own field, not fail the parent's read.
			return true
		}
		p, err := r.page(spec.first, spec.after)
		if err != nil {
			return true // the resolver will say so
		}
		seen[f.Alias] = true
		cols := r.specColumnsIn(spec, f.SelectionSet, oc.Doc.Fragments)
		ref := graph.Ref{Kind: kind, Key: "-"}
		n := graph.Nest{Name: fmt.Sprintf("nest%d", len(out)), Page: p, Cols: cols}
		switch spec.read {
		case "rel":
			rf := spec.relFilter()
			n.Rel = &rf
		case "docs":
			df := spec.docFilter(ref)
			n.Doc, n.Parent = &df, spec.parent
		case "pos":
			pf := spec.posFilter(ref)
			n.Pos, n.Parent = &pf, spec.parent
		}
		pl := planned{sig: spec.sig(kind, p, cols), kind: kind, at: append([]string{f.Alias}, spec.at...)}
		pl.children = r.nestsFor(ctx, spec.endKind, nodeSelection(f.SelectionSet, oc.Doc.Fragments, spec.at), depth+1)
		for _, c := range pl.children {
			n.Nests = append(n.Nests, c.nest)
		}
		pl.nest = n
		out = append(out, pl)
		return true
	})
	return out
}

// withNests returns ctx for a store read whose nodes, of kind, appear at
// path below the field being resolved, with the read-ahead planned for them.
func (r *Resolver) withNests(ctx context.Context, kind graph.Kind, path []string) (context.Context, []planned) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return ctx, nil
	}
	oc := graphql.GetOperationContext(ctx)
	ps := r.nestsFor(ctx, kind, nodeSelection(fc.Field.Selections, oc.Doc.Fragments, path), 0)
	if len(ps) == 0 {
		return ctx, nil
	}
	ns := make([]graph.Nest, len(ps))
	for i, p := range ps {
		ns[i] = p.nest
	}
	return graph.WithNests(ctx, ns), ps
}

// keepNested puts the pages read ahead for nodes into the request's
// batcher, where the fields' resolvers will find them, and registers their
// nodes as sibling groups for the levels that were not read ahead. at is
// the response path of nodes, as registerNodes takes it.
func keepNested(ctx context.Context, ps []planned, nodes []graph.Node, at []string) {
	b := batcherFrom(ctx)
	if b == nil || len(ps) == 0 {
		return
	}
	for i, p := range ps {
		var next []graph.Node
		for _, n := range nodes {
			page, ok := n.Nested[p.nest.Name]
			if !ok || n.Kind != p.kind {
				continue
			}
			b.keep(p.sig, n.Key, page)
			next = append(next, nodesOf(page)...)
		}
		sub := append(append([]string{}, at...), p.at...)
		registerNodesAt(ctx, next, strings.Join(sub, "."))
		keepNested(ctx, ps[i].children, next, sub)
	}
}

// nodeSelection is the selection set of the nodes at path below sels.
func nodeSelection(sels ast.SelectionSet, frags ast.FragmentDefinitionList, path []string) ast.SelectionSet {
	for _, name := range path {
		var next ast.SelectionSet
		eachField(sels, frags, func(f *ast.Field) bool {
			if f.Name == name {
				next = append(next, f.SelectionSet...)
			}
			return true
		})
		sels = next
	}
	return sels
}
