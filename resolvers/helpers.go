package resolvers

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jhagraph/graph"
	"jhagraph/internal/roman"
)

// DefaultPage is the page size when a client gives none.
const DefaultPage = 20

// UserError is an error a client caused and may see: a bad argument, a
// reference that cannot be resolved. Every other error is internal and is
// hidden from clients by the server's error presenter.
type UserError struct {
	Msg  string
	Code string // the error's name for clients (extensions.code), if any
}

func (e *UserError) Error() string { return e.Msg }

// UserErrorCode is the code of the UserError err is or wraps, or "".
func UserErrorCode(err error) string {
	var ue *UserError
	if errors.As(err, &ue) {
		return ue.Code
	}
	return ""
}

func userErrorf(format string, args ...any) error {
	return &UserError{Msg: fmt.Sprintf(format, args...)}
}

// IsUserError reports whether err, or an error it wraps, is a UserError.
func IsUserError(err error) bool {
	var ue *UserError
	var ge *gqlerror.Error
	return errors.As(err, &ue) || (errors.As(err, &ge) && ge.Extensions["code"] != nil)
}

// page checks a page request against the limits.
func (r *Resolver) page(first *int, after *string) (graph.PageArgs, error) {
	p := graph.PageArgs{First: DefaultPage}
	if first != nil {
		p.First = *first
	}
	max := r.MaxPage
	if max <= 0 {
		max = 100
	}
	if p.First < 0 || p.First > max {
		return p, userErrorf("first must be between 0 and %d (the maximum page size), got %d", max, p.First)
	}
	if after != nil {
		p.After = *after
	}
	return p, nil
}

// specPage is the page a connection field reads: the client's, checked
// against MaxPage, or the server's own bound (a meeting's whole agenda,
// MaxAgenda), which MaxPage does not limit.
func (r *Resolver) specPage(spec connSpec) (graph.PageArgs, error) {
	if spec.bounded {
		return graph.PageArgs{First: *spec.first}, nil
	}
	return r.page(spec.first, spec.after)
}

// storeErr maps store errors: a malformed cursor is the client's doing.
func storeErr(err error) error {
	if errors.Is(err, graph.ErrBadCursor) {
		return badCursor()
	}
	return err
}

// badCursor is the error of an after: argument that is no cursor of ours.
func badCursor() error {
	return &UserError{Msg: "after: not a cursor this API handed out", Code: "BAD_CURSOR"}
}

// documents reads a page of documents as a connection whose totalCount is
// only counted when asked for.
func (r *Resolver) documents(ctx context.Context, f graph.DocFilter, first *int, after *string) (*DocumentConnection, error) {
	p, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	// A selected totalCount is counted by the page's own query.
	p.Count = selected(ctx, "totalCount")
	at := []string{"edges", "node"}
	pl := r.planRead(graph.KindDocument, fieldSel(ctx), at)
	res, err := r.Store.Documents(ctx, f, p, pl.shape)
	if err != nil {
		return nil, storeErr(err)
	}
	registerPages(ctx, pl.pages, pl.shape.Nests, res.Docs, at...)
	count := func(ctx context.Context) (int, error) { return r.Store.CountDocuments(ctx, f) }
	if p.Count {
		count = func(context.Context) (int, error) { return res.Total, nil }
	}
	registerNodes(ctx, res.Docs, "edges", "node")
	return docConnection(res, count), nil
}

// documentsOf reads the documents related to a parent entity (parent is
// "cites", "signedBy" or "mentions"), batched with its siblings.
func (r *Resolver) documentsOf(ctx context.Context, parent string, of entity, first *int, after *string) (*DocumentConnection, error) {
	res, count, err := connOf(r, ctx, of, docSpec(parent, first, after), graph.Page.DocPage)
	if err != nil {
		return nil, err
	}
	return docConnection(res, count), nil
}

// connOf reads the page of the connection field spec of the parent of, and
// prepares its count (see early). A page its parent's read brought (of's
// Nested, under the field's response key) costs a map lookup: the batch
// signature and the selection's columns are worked out only for a page
// that must be read.
func connOf[V any](r *Resolver, ctx context.Context, of entity, spec connSpec, fromPage func(graph.Page) V) (V, func(context.Context) (int, error), error) {
	var zero V
	p, err := r.specPage(spec)
	if err != nil {
		return zero, nil, err
	}
	ref := of.ref()
	count := early(ctx, func(ctx context.Context, drop int) (int, error) {
		// Counts do not depend on the page or the columns: siblings that
		// count the same connection share one batch whatever they show.
		return batchLoad(ctx, "count|"+spec.sig(ref.Kind, graph.PageArgs{}, graph.Columns{}), ref.Kind, ref.Key, drop,
			func(ctx context.Context, keys []string) (map[string]int, error) {
				return r.Store.ConnCounts(ctx, ref.Kind, keys, spec.conn(ref))
			})
	})
	if fc := graphql.GetFieldContext(ctx); fc != nil && of.n.Nested != nil {
		if pg, ok := of.n.Nested[fc.Field.Alias]; ok {
			// The read that brought the page registered its nodes as the
			// sibling groups below (registerPages), once for all parents.
			return fromPage(pg), count, nil
		}
	}
	conn := spec.conn(ref)
	sig := spec.sig(ref.Kind, p, r.connColumns(spec, fieldSel(ctx)))
	v, err := loadConn(r, ctx, sig, of, spec, fromPage, func(ctx context.Context, keys []string, sh graph.Shape) (map[string]graph.Page, error) {
		return r.Store.ConnPages(ctx, ref.Kind, keys, conn, p, sh)
	})
	if err != nil {
		return zero, nil, storeErr(err)
	}
	return v, count, nil
}

// loadConn reads a connection field's page for the parent of, batched
// with its siblings in one read that brings the page's nodes in the shape
// planConn plans for them.
func loadConn[V any](r *Resolver, ctx context.Context, sig string, of entity, spec connSpec, fromPage func(graph.Page) V,
	read func(ctx context.Context, keys []string, sh graph.Shape) (map[string]graph.Page, error)) (V, error) {
	ref := of.ref()
	pg, err := batchLoad(ctx, sig, ref.Kind, ref.Key, 1, func(fctx context.Context, keys []string) (map[string]graph.Page, error) {
		// Planned once per batch, from the context of the sibling that
		// opened it: every sibling has the same selection.
		pl := r.planConn(spec, fieldSel(fctx))
		m, err := read(fctx, keys, pl.shape)
		if err != nil {
			return nil, err
		}
		// The pages' nodes, and those of the pages read with them, are the
		// sibling groups of the levels below: registered before any
		// waiting sibling goes on.
		var nodes []graph.Node
		for _, pg := range m {
			nodes = append(nodes, pg.NodesOf()...)
		}
		registerNodes(fctx, nodes, spec.at...)
		registerPages(fctx, pl.pages, pl.shape.Nests, nodes, spec.at...)
		return m, nil
	})
	return fromPage(pg), err
}

func docConnection(res graph.DocPage, count func(context.Context) (int, error)) *DocumentConnection {
	c := &DocumentConnection{PageInfo: &PageInfo{HasNextPage: res.HasNext}, Edges: make([]*DocumentEdge, len(res.Docs))}
	// One allocation per page for its edges and one for its nodes, not two
	// per node.
	edges, docs := make([]DocumentEdge, len(res.Docs)), make([]Document, len(res.Docs))
	for i, d := range res.Docs {
		docs[i] = Document{entity{d}}
		edges[i] = DocumentEdge{Cursor: res.Cursors[i], Node: &docs[i]}
		c.Edges[i] = &edges[i]
	}
	if n := len(res.Cursors); n > 0 {
		c.PageInfo.EndCursor = &res.Cursors[n-1]
	}
	c.count = count
	return c
}

// relations reads a page of a node's relations, for a connection field.
func (r *Resolver) relations(ctx context.Context, of entity, types []RelationType, direction *Direction, first *int, after *string) (*RelationConnection, error) {
	return r.relationsOf(ctx, of, relSpec(types, direction, first, after))
}

// relationsOf reads the page of a node's relations that spec describes.
func (r *Resolver) relationsOf(ctx context.Context, of entity, spec connSpec) (*RelationConnection, error) {
	res, count, err := connOf(r, ctx, of, spec, graph.Page.EdgePage)
	if err != nil {
		return nil, err
	}
	c := &RelationConnection{PageInfo: &PageInfo{HasNextPage: res.HasNext}, Edges: make([]*RelationEdge, len(res.Edges))}
	edges, rels := make([]RelationEdge, len(res.Edges)), make([]Relation, len(res.Edges))
	for i, e := range res.Edges {
		rels[i] = relation(e)
		edges[i] = RelationEdge{Cursor: e.Cursor, Node: &rels[i]}
		c.Edges[i] = &edges[i]
	}
	if n := len(res.Edges); n > 0 {
		c.PageInfo.EndCursor = &res.Edges[n-1].Cursor
	}
	c.count = count
	return c, nil
}

// node reads one entity; a missing one is nil without error.
func (r *Resolver) node(ctx context.Context, ref graph.Ref) (Node, error) {
	pl := r.planRead(ref.Kind, fieldSel(ctx), nil)
	n, err := r.Store.Node(ctx, ref, pl.shape)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	registerNodes(ctx, []graph.Node{n})
	registerPages(ctx, pl.pages, pl.shape.Nests, []graph.Node{n})
	return toNode(n), nil
}

// citeTarget resolves what a document filter's cites names: a legal act in
// any form, or a Kamerstuk in any form.
func (r *Resolver) citeTarget(ref string) (graph.Ref, error) {
	ref = strings.TrimSpace(ref)
	if key, ok := r.Refs.Kamerstuk(ref); ok {
		return graph.Ref{Kind: graph.KindDocument, Key: key}, nil
	}
	if celex, ok := r.Refs.Act(ref); ok {
		return graph.Ref{Kind: graph.KindLegalAct, Key: celex}, nil
	}
	return graph.Ref{}, userErrorf("cites: %q is neither a legal act (e.g. \"2011/98/EU\", \"32011L0098\") nor a Kamerstuk (e.g. \"Kamerstuk 32 317, nr. 866\")", ref)
}

func isoDate(field string, v *string) (string, error) {
	if v == nil || *v == "" {
		return "", nil
	}
	s := *v
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return "", userErrorf("%s: want a date as YYYY-MM-DD, got %q", field, s)
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return "", userErrorf("%s: want a date as YYYY-MM-DD, got %q", field, s)
		}
	}
	return s, nil
}

// sortAgenda orders agenda items by section, then item number.
func sortAgenda(items []*AgendaItem) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		sa, sb := roman.Value(a.n.Str("section")), roman.Value(b.n.Str("section"))
		if sa != sb {
			return sa < sb
		}
		oa, _ := a.n.Int("order")
		ob, _ := b.n.Int("order")
		return oa < ob
	})
}

// positions reads a page of positions as a connection.
func (r *Resolver) positions(ctx context.Context, f graph.PositionFilter, first *int, after *string) (*PositionConnection, error) {
	p, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	count := early(ctx, func(ctx context.Context, _ int) (int, error) { return r.Store.CountPositions(ctx, f) })
	at := []string{"edges", "node"}
	pl := r.planRead(graph.KindPosition, fieldSel(ctx), at)
	res, err := r.Store.Positions(ctx, f, p, pl.shape)
	if err != nil {
		return nil, storeErr(err)
	}
	registerPages(ctx, pl.pages, pl.shape.Nests, res.Positions, at...)
	registerNodes(ctx, res.Positions, "edges", "node")
	return positionConnection(res, count), nil
}

// positionsOf reads the positions of a parent entity (parent is "actor",
// "subject" or "item"), batched with its siblings.
func (r *Resolver) positionsOf(ctx context.Context, parent string, of entity, first *int, after *string) (*PositionConnection, error) {
	res, count, err := connOf(r, ctx, of, posSpec(parent, first, after), graph.Page.PositionPage)
	if err != nil {
		return nil, err
	}
	return positionConnection(res, count), nil
}

func positionConnection(res graph.PositionPage, count func(context.Context) (int, error)) *PositionConnection {
	c := &PositionConnection{PageInfo: &PageInfo{HasNextPage: res.HasNext}, Edges: make([]*PositionEdge, len(res.Positions))}
	edges, ps := make([]PositionEdge, len(res.Positions)), make([]Position, len(res.Positions))
	for i, n := range res.Positions {
		ps[i] = Position{entity{n}}
		edges[i] = PositionEdge{Cursor: res.Cursors[i], Node: &ps[i]}
		c.Edges[i] = &edges[i]
	}
	if n := len(res.Cursors); n > 0 {
		c.PageInfo.EndCursor = &res.Cursors[n-1]
	}
	c.count = count
	return c
}

// terms reads terms of office.
func (r *Resolver) terms(ctx context.Context, person, office *graph.Ref, on string) ([]*OfficeTerm, error) {
	ts, err := r.Store.OfficeTerms(ctx, person, office, on)
	if err != nil {
		return nil, err
	}
	out := make([]*OfficeTerm, 0, len(ts))
	for _, t := range ts {
		out = append(out, officeTerm(t))
	}
	return out, nil
}

// maxPaths bounds the number of paths one request may ask for.
const maxPaths = 10

// entityRef parses an id the API handed out, naming the argument when it
// cannot.
func (r *Resolver) entityRef(arg, id string) (graph.Ref, error) {
	ref, err := graph.ParseID(id)
	if err != nil {
		return ref, userErrorf("%s: %q is not an id this API hands out", arg, id)
	}
	return ref, nil
}

// early starts a connection's count at once, beside its page, when the
// client selected totalCount: the two reads then overlap instead of
// following each other. Otherwise the count runs only if asked for, from
// the totalCount resolver. count's drop is batchLoad's: 1 from the
// connection field's resolver, 2 from its totalCount.
func early(ctx context.Context, count func(ctx context.Context, drop int) (int, error)) func(context.Context) (int, error) {
	if !selected(ctx, "totalCount") {
		return func(ctx context.Context) (int, error) { return count(ctx, 2) }
	}
	type result struct {
		n   int
		err error
	}
	ch := make(chan result, 1)
	go func() {
		n, err := count(ctx, 1)
		ch <- result{n, err}
	}()
	var once sync.Once
	var res result
	return func(context.Context) (int, error) {
		once.Do(func() { res = <-ch })
		return res.n, res.err
	}
}

// selected reports whether the field being resolved selects the child field
// name. A selection without directives is looked through without
// allocating; one with @skip or @include is collected as gqlgen does.
func selected(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	found, plain := selectsPlain(fc.Field.Selections, graphql.GetOperationContext(ctx).Doc.Fragments, name)
	if plain {
		return found
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

// selectsPlain reports whether sels selects the field name (through
// fragments), and whether it says so for sure: plain is false when a
// field or fragment on the way carries a directive.
func selectsPlain(sels ast.SelectionSet, frags ast.FragmentDefinitionList, name string) (found, plain bool) {
	for _, s := range sels {
		switch x := s.(type) {
		case *ast.Field:
			if len(x.Directives) > 0 {
				return false, false
			}
			found = found || x.Name == name
		case *ast.InlineFragment:
			if len(x.Directives) > 0 {
				return false, false
			}
			f, ok := selectsPlain(x.SelectionSet, frags, name)
			if !ok {
				return false, false
			}
			found = found || f
		case *ast.FragmentSpread:
			def := x.Definition
			if def == nil {
				def = frags.ForName(x.Name)
			}
			if len(x.Directives) > 0 || def == nil {
				return false, false
			}
			f, ok := selectsPlain(def.SelectionSet, frags, name)
			if !ok {
				return false, false
			}
			found = found || f
		}
	}
	return found, true
}

// searchLimits refuses a search query longer than the limits, by name.
func (r *Resolver) searchLimits(query string) error {
	if n := utf8.RuneCountInString(query); r.MaxSearchChars > 0 && n > r.MaxSearchChars {
		return &UserError{Code: "SEARCH_TOO_LONG",
			Msg: fmt.Sprintf("query: %d characters, more than the limit of %d (JHAGRAPH_MAX_SEARCH_CHARS)", n, r.MaxSearchChars)}
	}
	if n := len(graph.SearchWords(query)); r.MaxSearchWords > 0 && n > r.MaxSearchWords {
		return &UserError{Code: "SEARCH_TOO_LONG",
			Msg: fmt.Sprintf("query: %d words, more than the limit of %d (JHAGRAPH_MAX_SEARCH_WORDS)", n, r.MaxSearchWords)}
	}
	return nil
}
