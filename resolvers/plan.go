package resolvers

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jhagraph/graph"
)

// The planner: the one piece of planning the resolvers hold. It turns the
// selection of the field being resolved into a plan, a plain value: the
// graph.Shape that the store reads in one statement (which properties,
// signatories and links of each node, and the first pages of the
// connections the client selected below them, with their arguments and
// shapes in turn, as deep as maxNestDepth), and where in the response the
// nodes of each nested page appear. The functions below are pure: they read
// an ast selection and the operation's fragments and variables, never a
// context. A field resolver takes its plan from fieldSel and planRead or
// planConn, hands plan.shape to the store, and finds the nested pages in
// the nodes it returns (graph.Node.Nested, by response key), where the
// fields' resolvers below look for them (loadConn).
//
// Fields that are not read ahead (pages after a cursor, connections of
// relation ends of mixed kinds, fields under fragments on other
// interfaces, levels below maxNestDepth) are read by their resolvers,
// batched per level (loader.go).

// sel is a selection set of an operation, with the operation's fragments
// and variables that reading it needs.
type sel struct {
	set   ast.SelectionSet
	frags ast.FragmentDefinitionList
	vars  map[string]any
}

// fieldSel is the selection of the field being resolved, or nil outside an
// operation (a read then brings everything).
func fieldSel(ctx context.Context) *sel {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	oc := graphql.GetOperationContext(ctx)
	return &sel{set: fc.Field.Selections, frags: oc.Doc.Fragments, vars: oc.Variables}
}

// at is the selection of the nodes at path below s.
func (s sel) at(path []string) sel {
	s.set = nodeSelection(s.set, s.frags, path)
	return s
}

// plan is what one read must bring.
type plan struct {
	shape graph.Shape
	pages []pagePlan // where the nodes of shape.Nests[i] appear
}

// pagePlan places the nodes of a nested page in the response.
type pagePlan struct {
	kind  graph.Kind // the parents' kind
	at    []string   // response path of the page's nodes below the parent node
	pages []pagePlan // for the page's nodes, as plan.pages
}

// planRead plans a read whose nodes, of kind, appear at path below the
// field whose selection is s; extra are properties the resolver needs
// besides what the client selects.
func (r *Resolver) planRead(kind graph.Kind, s *sel, path []string, extra ...string) plan {
	if s == nil {
		return plan{shape: graph.Full()}
	}
	var p plan
	p.shape.Columns = r.columnsIn(s.set, s.frags, path, extra)
	p.shape.Nests, p.pages = r.nestsFor(kind, s.at(path), 0)
	return p
}

// planConn plans the read of the connection field spec whose selection is
// s, for a batch of parents.
func (r *Resolver) planConn(spec connSpec, s *sel) plan {
	if s == nil {
		return plan{shape: graph.Full()}
	}
	var p plan
	p.shape.Columns = r.specColumnsIn(spec, s.set, s.frags)
	p.shape.Nests, p.pages = r.nestsFor(spec.endKind, s.at(spec.at), 0)
	return p
}

// connColumns is planConn's columns alone: what tells the reads of a
// connection field apart (connSpec.sig).
func (r *Resolver) connColumns(spec connSpec, s *sel) graph.Columns {
	if s == nil {
		return graph.AllColumns
	}
	return r.specColumnsIn(spec, s.set, s.frags)
}

// planTimeline is what a timeline's read brings of its entries: their
// nodes' columns, and the relations' evidence only when the client shows
// it.
func (r *Resolver) planTimeline(s *sel) graph.Columns {
	if s == nil {
		return graph.AllColumns
	}
	c := r.columnsIn(s.set, s.frags, []string{"edges", "node", "node"}, nil)
	c.RelLight = !r.NoPruning && !selects(s.at([]string{"edges", "node"}), "evidence")
	return c
}

// selects reports whether s selects the field name (through fragments).
func selects(s sel, name string) bool {
	found := false
	eachField(s.set, s.frags, func(f *ast.Field) bool {
		found = f.Name == name
		return !found
	})
	return found
}

// maxNestDepth bounds how many levels one query reads ahead.
const maxNestDepth = 4

// nestsFor plans the read-ahead for nodes of kind whose selection is s: a
// nest for each connection field with a first page to read.
func (r *Resolver) nestsFor(kind graph.Kind, s sel, depth int) ([]graph.Nest, []pagePlan) {
	if kind == "" || depth >= maxNestDepth || r.NoReadAhead {
		return nil, nil
	}
	var nests []graph.Nest
	var pages []pagePlan
	seen := map[string]bool{}
	eachFieldOn(s.set, s.frags, string(kind), func(f *ast.Field) bool {
		spec, ok := r.connField(kind, f, s.vars)
		if !ok || seen[f.Alias] || (spec.after != nil && *spec.after != "") {
			// Only first pages are read ahead: a cursor the API did not hand
			// out must be reported on its own field, not fail the parent's read.
			return true
		}
		p, err := r.specPage(spec)
		if err != nil {
			return true // the resolver will say so
		}
		seen[f.Alias] = true
		// The parent's key is each node's own: "-" stands for it.
		n := graph.Nest{Field: f.Alias, Conn: spec.conn(graph.Ref{Kind: kind, Key: "-"}), Page: p}
		n.Shape.Columns = r.specColumnsIn(spec, f.SelectionSet, s.frags)
		pp := pagePlan{kind: kind, at: append([]string{f.Alias}, spec.at...)}
		below := sel{set: f.SelectionSet, frags: s.frags, vars: s.vars}.at(spec.at)
		n.Shape.Nests, pp.pages = r.nestsFor(spec.endKind, below, depth+1)
		nests = append(nests, n)
		pages = append(pages, pp)
		return true
	})
	return nests, pages
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
	bounded  bool     // first is the server's bound (a meeting's agenda), not the client's page size
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
		endKind: graph.KindAgendaItem, first: &maxAgenda, bounded: true, at: []string{}, extra: []string{"section", "order"}}
}

func (r *Resolver) attendeesSpec() connSpec {
	in, maxAgenda := DirectionIn, r.maxAgenda()
	return connSpec{read: "rel", types: []RelationType{RelationTypeAttends}, dir: &in, distinct: true,
		first: &maxAgenda, bounded: true, at: []string{"node"}}
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

// conn is the store's plan of the connection spec of the parent ref, for
// a batch of parents or a nest (where the parent's key is each parent's).
func (s connSpec) conn(ref graph.Ref) graph.Conn {
	switch s.read {
	case "docs":
		return graph.Conn{Doc: &graph.DocFilter{}, Parent: s.parent}.WithParent(ref)
	case "pos":
		return graph.Conn{Pos: &graph.PositionFilter{}, Parent: s.parent}.WithParent(ref)
	}
	f := s.relFilter()
	return graph.Conn{Rel: &f}
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

// A read asks Neo4j only for what the client's selection shows of the nodes
// it returns (graph.Columns). need says what one field of a node type reads
// from the node's own record; a field missing from nodeFieldNeeds reads
// everything, so a field added later is right before it is fast.
// TestNodeFieldNeeds checks the table against the methods of model.go.
type need struct {
	props       []string
	sigs, links bool
	linked      bool // the field shows linked nodes: its selection says what to read of them
	linkType    graph.RelType
}

func props(ps ...string) need { return need{props: ps} }

var nodeFieldNeeds = map[string]need{
	// Every node type.
	"__typename": {}, "id": {}, "name": {}, "aliases": props("aliases"), "relations": {},
	// Document.
	"dossier": props("dossier"), "number": props("number"), "dossierInferred": props("dossierInferred"),
	"dossiers": props("dossiers"), "documentNumber": props("docNumber"), "discrepancies": props("discrepancies"),
	"date": props("date"), "kind": props("kind"), "title": props("title"), "addressee": props("addressee"),
	"ingested": props("ingested"), "source": props("source"), "url": props("url"), "text": props("ingested"),
	"signatories": {sigs: true}, "cites": {}, "citedBy": {},
	// Person, Office.
	"offices": {}, "signed": {}, "holders": {},
	// LegalAct.
	"celex": {}, "type": props("type"), "year": props("year"), "eurlexUrl": {}, "positions": {},
	// CouncilMeeting.
	"formation": props("formation"), "informal": props("informal"), "startDate": props("startDate"),
	"endDate": props("endDate"), "place": props("place"), "yearCorrected": props("yearCorrected"),
	"presidency": props("presidency"), "agenda": {}, "attendees": {}, "documents": {},
	// AgendaItem.
	"section": props("section"), "sectionTitle": props("sectionTitle"), "order": props("order"),
	"format": props("format"), "meeting": {links: true, linked: true, linkType: graph.RelHasItem}, "concerns": {},
	// Country, Organisation.
	"code": {}, "memberState": props("memberState"), "mentionedIn": {},
	// Position.
	"stance": props("stance"), "polarity": props("polarity"), "negated": props("negated"),
	"conditional": props("conditional"), "cue": props("cue"), "actor": props("actor"),
	"subject": props("subject"), "quote": props("quote"), "actors": {links: true, linked: true, linkType: graph.RelHolds},
	"subjects": {links: true, linked: true, linkType: graph.RelOn}, "document": {links: true, linked: true, linkType: graph.RelStatedIn}, "agendaItem": {links: true, linked: true, linkType: graph.RelStatedIn}, "evidence": {props: []string{"quote"}, links: true, linkType: graph.RelStatedIn},
}

// columnsIn says what a read must bring for the nodes at path below the
// selection set sels of a field, plus extra properties the resolver itself
// needs.
func (r *Resolver) columnsIn(sels ast.SelectionSet, frags ast.FragmentDefinitionList, path []string, extra []string) graph.Columns {
	if r.NoPruning {
		return graph.AllColumns
	}
	c, all := columnsOf(nodeSelection(sels, frags, path), frags)
	if all {
		return graph.AllColumns
	}
	c.Props = append(c.Props, extra...)
	return c
}

// columnsOf says what the fields of a node's selection set read from its
// record; all is true when one of them is not in nodeFieldNeeds. The nodes
// a link field shows (a position's actors, an item's meeting) are read
// with the node's links, with the properties their own selections show.
func columnsOf(sels ast.SelectionSet, frags ast.FragmentDefinitionList) (c graph.Columns, all bool) {
	eachField(sels, frags, func(f *ast.Field) bool {
		n, ok := nodeFieldNeeds[f.Name]
		if !ok {
			all = true
			return false
		}
		c.Props = append(c.Props, n.props...)
		if n.sigs {
			// The signatories' persons are read with the properties
			// their selection shows.
			c.Sigs = true
			eachField(f.SelectionSet, frags, func(sf *ast.Field) bool {
				if sf.Name == "person" {
					pc, pall := columnsOf(sf.SelectionSet, frags)
					c.SigAll = c.SigAll || pall || pc.Sigs || pc.Links
					c.SigProps = append(c.SigProps, pc.Props...)
				}
				return true
			})
		}
		if n.links {
			c.Links = true
			c.LinkTypes = append(c.LinkTypes, n.linkType)
			if n.linked {
				lc, lall := columnsOf(f.SelectionSet, frags)
				if lall || lc.Sigs || lc.Links {
					// Links of links are not read: such a field reads the
					// linked nodes in full, as before.
					c.LinkAll = true
				}
				c.LinkProps = append(c.LinkProps, lc.Props...)
			}
		}
		return true
	})
	return c, all
}

// eachField calls fn for every field of a selection set, looking through
// inline fragments and fragment spreads, until fn returns false.
func eachField(sels ast.SelectionSet, frags ast.FragmentDefinitionList, fn func(*ast.Field) bool) bool {
	return eachFieldOn(sels, frags, "", fn)
}

// eachFieldOn is eachField for an object of type typeName: fields in
// fragments on other types than typeName or Node are left out. An empty
// typeName takes every fragment.
func eachFieldOn(sels ast.SelectionSet, frags ast.FragmentDefinitionList, typeName string, fn func(*ast.Field) bool) bool {
	applies := func(cond string) bool { return typeName == "" || cond == "" || cond == typeName || cond == "Node" }
	for _, s := range sels {
		switch x := s.(type) {
		case *ast.Field:
			if !fn(x) {
				return false
			}
		case *ast.InlineFragment:
			if applies(x.TypeCondition) && !eachFieldOn(x.SelectionSet, frags, typeName, fn) {
				return false
			}
		case *ast.FragmentSpread:
			def := x.Definition
			if def == nil {
				def = frags.ForName(x.Name)
			}
			if def != nil && applies(def.TypeCondition) && !eachFieldOn(def.SelectionSet, frags, typeName, fn) {
				return false
			}
		}
	}
	return true
}
