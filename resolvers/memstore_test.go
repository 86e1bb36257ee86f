package resolvers_test

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"jhagraph/graph"
)

// memStore is an in-memory knowledge graph that answers the resolvers' reads
// (resolvers.Store) without Neo4j, so that the API can be tested through
// gqlgen's executor. It is built from graph.DocumentGraph values, the
// write's own input, and hands out and reads the cursors graph.Store does
// (graph.DocCursor and its siblings).
//
// It models: nodes and their properties as the write stores them; relations
// with their evidence and identity, paged in the order of their identities
// (by type and direction, distinct per end for agendas); documents newest
// or oldest first with every DocFilter field; positions newest first and in
// reading order with every PositionFilter field; legal acts in CELEX order;
// the nested pages a Shape's Nests ask for, as deep as they go; counts; a
// document's signatories and a position's or agenda item's links.
//
// It does not model, and tests must not rely on: which columns a read
// brings (every node comes back whole, so pruning is not checked here),
// the ranking of search hits (a hit is any node whose name, aliases, title
// or quote contains a query word, in key order, score 1, snippet its name),
// terms of office from reference data (only HELD_OFFICE relations with
// start and end), the bounds and ranks of the real queries (timeline
// entries are the documents, meetings and positions a node has a relation
// with), and folding of diacritics in text filters (case only).
type memStore struct {
	nodes map[graph.Ref]graph.Node
	rels  []memRel // by rid
	texts map[string]string
	// fail, when set, is the error of every Node and Documents read (the
	// tests of error paths).
	fail error
}

// memRel is a relation as stored: its identity (rid), ends, facts and
// evidence.
type memRel struct {
	rid      string
	cursor   string
	typ      graph.RelType
	from, to graph.Ref
	props    map[string]any
	ev       graph.Evidence
}

// newMemStore builds the graph of the given documents' graphs, merged on
// their keys as the write merges them (the first write of a property wins
// here; tests give each property once).
func newMemStore(dgs ...graph.DocumentGraph) *memStore {
	s := &memStore{nodes: map[graph.Ref]graph.Node{}, texts: map[string]string{}}
	seen := map[string]bool{}
	for _, dg := range dgs {
		d := dg.Document
		p := map[string]any{"key": d.Key, "name": d.Key, "ingested": true, "dossierInferred": d.DossierInferred}
		if d.Title != "" {
			p["name"] = d.Title
		}
		for k, v := range map[string]string{"dossier": d.Dossier, "number": d.Number, "date": d.Date, "kind": d.Kind,
			"title": d.Title, "addressee": d.Addressee, "source": d.Source, "url": d.URL, "docNumber": d.DocNumber} {
			if v != "" {
				p[k] = v
			}
		}
		if len(d.Dossiers) > 0 {
			p["dossiers"] = anyList(d.Dossiers)
		}
		ref := graph.Ref{Kind: graph.KindDocument, Key: d.Key}
		s.nodes[ref] = graph.Node{Kind: graph.KindDocument, Key: d.Key, Name: p["name"].(string), Props: p}
		s.texts[d.Key] = d.Text
		for _, e := range dg.Entities {
			if _, ok := s.nodes[e.Ref()]; ok {
				continue
			}
			p := map[string]any{"key": e.Key, "name": e.Name, "aliases": anyList(e.Aliases)}
			for k, v := range e.Props {
				switch x := v.(type) {
				case int:
					p[k] = int64(x)
				case []string:
					p[k] = anyList(x)
				default:
					p[k] = v
				}
			}
			s.nodes[e.Ref()] = graph.Node{Kind: e.Kind, Key: e.Key, Name: e.Name, Props: p}
		}
		for _, r := range dg.Relations {
			cur := graph.RelCursor(r.Type, r.From, r.To, r.Evidence.Doc)
			rid, err := graph.ParseRelCursor(cur)
			if err != nil {
				panic(fmt.Sprintf("memStore: relation %v: %v", r, err))
			}
			if seen[rid] {
				continue
			}
			seen[rid] = true
			s.rels = append(s.rels, memRel{rid: rid, cursor: cur, typ: r.Type, from: r.From, to: r.To, props: r.Props, ev: r.Evidence})
		}
	}
	sort.Slice(s.rels, func(i, j int) bool { return s.rels[i].rid < s.rels[j].rid })
	return s
}

func anyList(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// node is the stored node ref with its signatories and links, as a read
// brings them, and the nested pages sh asks for.
func (s *memStore) node(ref graph.Ref, sh graph.Shape) (graph.Node, bool) {
	n, ok := s.nodes[ref]
	if !ok {
		return n, false
	}
	n.Signatories, n.Links, n.Nested = nil, nil, nil
	for _, r := range s.rels {
		switch {
		case ref.Kind == graph.KindDocument && r.typ == graph.RelSigned && r.to == ref:
			sg := graph.Signatory{Person: s.nodes[r.from], Evidence: r.ev}
			sg.Office, _ = r.props["office"].(string)
			switch o := r.props["order"].(type) {
			case int:
				sg.Order = o
			case int64:
				sg.Order = int(o)
			}
			n.Signatories = append(n.Signatories, sg)
		case ref.Kind == graph.KindPosition && r.to == ref && r.typ == graph.RelHolds,
			ref.Kind == graph.KindPosition && r.from == ref && (r.typ == graph.RelOn || r.typ == graph.RelStatedIn),
			ref.Kind == graph.KindAgendaItem && r.to == ref && r.typ == graph.RelHasItem:
			n.Links = append(n.Links, s.edge(r, ref, graph.Shape{}))
		}
	}
	sort.SliceStable(n.Signatories, func(i, j int) bool { return n.Signatories[i].Order < n.Signatories[j].Order })
	for _, nest := range sh.Nests {
		if n.Nested == nil {
			n.Nested = map[string]graph.Page{}
		}
		n.Nested[nest.Field] = s.page(ref, nest.Conn, nest.Page, nest.Shape)
	}
	return n, true
}

// edge is the relation r seen from at.
func (s *memStore) edge(r memRel, at graph.Ref, sh graph.Shape) graph.Edge {
	other := r.to
	if r.to == at && r.from != at {
		other = r.from
	}
	o, _ := s.node(other, sh)
	props := map[string]any{}
	for k, v := range r.props {
		props[k] = v
	}
	return graph.Edge{Type: r.typ, Outgoing: r.from == at, Node: o, Props: props, Evidence: r.ev, Cursor: r.cursor}
}

// relsOf are the relations of ref that f selects, in order of identity.
func (s *memStore) relsOf(ref graph.Ref, f graph.RelFilter) []memRel {
	var out []memRel
	ends := map[graph.Ref]bool{}
	for _, r := range s.rels {
		out1, in1 := r.from == ref, r.to == ref
		if (f.Direction == graph.Out && !out1) || (f.Direction == graph.In && !in1) || (!out1 && !in1) {
			continue
		}
		if len(f.Types) > 0 && !containsType(f.Types, r.typ) {
			continue
		}
		if f.Distinct {
			other := r.to
			if !out1 {
				other = r.from
			}
			if ends[other] {
				continue
			}
			ends[other] = true
		}
		out = append(out, r)
	}
	return out
}

func containsType(ts []graph.RelType, t graph.RelType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// page is the page of connection c of the node parent.
func (s *memStore) page(parent graph.Ref, c graph.Conn, p graph.PageArgs, sh graph.Shape) graph.Page {
	c = c.WithParent(parent)
	switch {
	case c.Rel != nil:
		var pg graph.Page
		after := ""
		if p.After != "" {
			after, _ = graph.ParseRelCursor(p.After)
		}
		for _, r := range s.relsOf(parent, *c.Rel) {
			if r.rid <= after {
				continue
			}
			if len(pg.Edges) == p.First {
				pg.HasNext = true
				break
			}
			pg.Edges = append(pg.Edges, s.edge(r, parent, sh))
		}
		return pg
	case c.Doc != nil:
		dp, _ := s.docs(*c.Doc, p, sh)
		return graph.Page{Nodes: dp.Docs, Cursors: dp.Cursors, HasNext: dp.HasNext}
	default:
		pp, _ := s.positions(*c.Pos, p, sh)
		return graph.Page{Nodes: pp.Positions, Cursors: pp.Cursors, HasNext: pp.HasNext}
	}
}

// count is the number of items of connection c of the node parent.
func (s *memStore) count(parent graph.Ref, c graph.Conn) int {
	c = c.WithParent(parent)
	switch {
	case c.Rel != nil:
		return len(s.relsOf(parent, *c.Rel))
	case c.Doc != nil:
		return len(s.docsMatching(*c.Doc))
	default:
		return len(s.positionsMatching(*c.Pos))
	}
}

// linked reports whether a relation of one of types (any, when none) runs
// from a to b.
func (s *memStore) linked(a, b graph.Ref, types ...graph.RelType) bool {
	for _, r := range s.rels {
		if r.from == a && r.to == b && (len(types) == 0 || containsType(types, r.typ)) {
			return true
		}
	}
	return false
}

// cites reports whether document d cites ref (or, for an act, names it).
func (s *memStore) cites(d, ref graph.Ref) bool {
	if ref.Kind == graph.KindLegalAct {
		return s.linked(d, ref, graph.RelCites, graph.RelMentions)
	}
	return s.linked(d, ref, graph.RelCites)
}

// docsMatching are the ingested documents f selects, in f's order.
func (s *memStore) docsMatching(f graph.DocFilter) []graph.Node {
	var out []graph.Node
	for ref, n := range s.nodes {
		if ref.Kind != graph.KindDocument || !n.Bool("ingested") {
			continue
		}
		date := n.Str("date")
		ok := (f.Cites == nil || s.cites(ref, *f.Cites)) &&
			(f.Dossier == "" || n.Str("dossier") == f.Dossier || containsStr(n.Strs("dossiers"), f.Dossier)) &&
			(f.DateFrom == "" || date >= f.DateFrom) && (f.DateTo == "" || (date != "" && date <= f.DateTo)) &&
			(f.SignedBy == nil || s.linked(*f.SignedBy, ref, graph.RelSigned)) &&
			(f.Mentions == nil || s.linked(ref, *f.Mentions)) &&
			(f.Text == "" || containsWords(n.Str("title"), f.Text))
		for _, c := range f.CitesAll {
			ok = ok && s.cites(ref, c)
		}
		for _, c := range f.NotCites {
			ok = ok && !s.cites(ref, c)
		}
		if ok {
			out = append(out, s.nodes[ref])
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return docBefore(out[i].Str("date"), out[i].Key, out[j].Str("date"), out[j].Key, f.Oldest)
	})
	return out
}

// docBefore is the documents' order: newest (or oldest) first, then key.
func docBefore(d1, k1, d2, k2 string, oldest bool) bool {
	if d1 != d2 {
		return (d1 > d2) != oldest
	}
	return k1 < k2
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// containsWords reports whether text holds every word of q, ignoring case.
func containsWords(text, q string) bool {
	text = strings.ToLower(text)
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

func (s *memStore) docs(f graph.DocFilter, p graph.PageArgs, sh graph.Shape) (graph.DocPage, error) {
	all := s.docsMatching(f)
	var res graph.DocPage
	if p.Count {
		res.Total = len(all)
	}
	if p.After != "" {
		date, key, err := graph.ParseDocCursor(p.After)
		if err != nil {
			return graph.DocPage{}, err
		}
		all = all[firstAfter(all, func(d graph.Node) bool { return docBefore(date, key, d.Str("date"), d.Key, f.Oldest) }):]
	}
	page, more := pageOf(all, p.First)
	res.HasNext = more
	for _, d := range page {
		n, _ := s.node(graph.Ref{Kind: graph.KindDocument, Key: d.Key}, sh)
		res.Docs = append(res.Docs, n)
		res.Cursors = append(res.Cursors, graph.DocCursor(n))
	}
	return res, nil
}

// positionsMatching are the positions f selects, newest first and in
// reading order within a letter.
func (s *memStore) positionsMatching(f graph.PositionFilter) []graph.Node {
	var out []graph.Node
	for ref, n := range s.nodes {
		if ref.Kind != graph.KindPosition {
			continue
		}
		date := n.Str("date")
		ok := (f.Actor == nil || s.linked(*f.Actor, ref, graph.RelHolds)) &&
			(f.Subject == nil || s.linked(ref, *f.Subject, graph.RelOn)) &&
			(f.SubjectText == "" || containsWords(n.Str("subject")+" "+n.Str("quote"), f.SubjectText)) &&
			(len(f.Stances) == 0 || containsStr(f.Stances, n.Str("stance"))) &&
			(f.DateFrom == "" || date >= f.DateFrom) && (f.DateTo == "" || (date != "" && date <= f.DateTo)) &&
			(f.Document == "" || s.linked(ref, graph.Ref{Kind: graph.KindDocument, Key: f.Document}, graph.RelStatedIn)) &&
			(f.Item == "" || s.linked(ref, graph.Ref{Kind: graph.KindAgendaItem, Key: f.Item}, graph.RelStatedIn))
		if ok {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return posBefore(posKey(out[i]), posKey(out[j])) })
	return out
}

type posOrder struct {
	date, doc string
	ord       int
}

func posKey(n graph.Node) posOrder {
	doc, ord, _ := strings.Cut(n.Key, ":")
	o := 0
	fmt.Sscan(ord, &o)
	return posOrder{n.Str("date"), doc, o}
}

func posBefore(a, b posOrder) bool {
	if a.date != b.date {
		return a.date > b.date
	}
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	return a.ord < b.ord
}

func (s *memStore) positions(f graph.PositionFilter, p graph.PageArgs, sh graph.Shape) (graph.PositionPage, error) {
	all := s.positionsMatching(f)
	if p.After != "" {
		date, doc, ord, err := graph.ParsePositionCursor(p.After)
		if err != nil {
			return graph.PositionPage{}, err
		}
		c := posOrder{date, doc, ord}
		all = all[firstAfter(all, func(n graph.Node) bool { return posBefore(c, posKey(n)) }):]
	}
	page, more := pageOf(all, p.First)
	res := graph.PositionPage{HasNext: more}
	for _, n := range page {
		n, _ = s.node(graph.Ref{Kind: graph.KindPosition, Key: n.Key}, sh)
		res.Positions = append(res.Positions, n)
		res.Cursors = append(res.Cursors, graph.PositionCursor(n))
	}
	return res, nil
}

// The resolvers.Store methods.

func (s *memStore) Node(_ context.Context, ref graph.Ref, sh graph.Shape) (graph.Node, error) {
	if s.fail != nil {
		return graph.Node{}, s.fail
	}
	n, ok := s.node(ref, sh)
	if !ok {
		return graph.Node{}, graph.ErrNotFound
	}
	return n, nil
}

func (s *memStore) DocumentText(_ context.Context, key string) (string, error) {
	t, ok := s.texts[key]
	if !ok {
		return "", graph.ErrNotFound
	}
	return t, nil
}

func (s *memStore) Documents(_ context.Context, f graph.DocFilter, p graph.PageArgs, sh graph.Shape) (graph.DocPage, error) {
	if s.fail != nil {
		return graph.DocPage{}, s.fail
	}
	return s.docs(f, p, sh)
}

func (s *memStore) CountDocuments(_ context.Context, f graph.DocFilter) (int, error) {
	return len(s.docsMatching(f)), nil
}

func (s *memStore) ConnPages(_ context.Context, kind graph.Kind, keys []string, c graph.Conn, p graph.PageArgs, sh graph.Shape) (map[string]graph.Page, error) {
	if c.Rel != nil && p.After != "" {
		if _, err := graph.ParseRelCursor(p.After); err != nil {
			return nil, err
		}
	}
	if c.Doc != nil && p.After != "" {
		if _, _, err := graph.ParseDocCursor(p.After); err != nil {
			return nil, err
		}
	}
	if c.Pos != nil && p.After != "" {
		if _, _, _, err := graph.ParsePositionCursor(p.After); err != nil {
			return nil, err
		}
	}
	out := map[string]graph.Page{}
	for _, k := range keys {
		out[k] = s.page(graph.Ref{Kind: kind, Key: k}, c, p, sh)
	}
	return out, nil
}

func (s *memStore) ConnCounts(_ context.Context, kind graph.Kind, keys []string, c graph.Conn) (map[string]int, error) {
	out := map[string]int{}
	for _, k := range keys {
		out[k] = s.count(graph.Ref{Kind: kind, Key: k}, c)
	}
	return out, nil
}

func (s *memStore) Search(_ context.Context, query string, first int, _ graph.Columns) ([]graph.Hit, error) {
	words := strings.Fields(strings.ToLower(query))
	var refs []graph.Ref
	for ref, n := range s.nodes {
		text := strings.ToLower(strings.Join(append([]string{n.Name, n.Str("title"), n.Str("quote")}, n.Strs("aliases")...), " | "))
		for _, w := range words {
			if strings.Contains(text, w) {
				refs = append(refs, ref)
				break
			}
		}
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].ID() < refs[j].ID() })
	var hits []graph.Hit
	for _, ref := range refs {
		if len(hits) == first {
			break
		}
		n, _ := s.node(ref, graph.Shape{})
		hits = append(hits, graph.Hit{Node: n, Score: 1, Snippet: n.Name})
	}
	return hits, nil
}

func (s *memStore) Positions(_ context.Context, f graph.PositionFilter, p graph.PageArgs, sh graph.Shape) (graph.PositionPage, error) {
	return s.positions(f, p, sh)
}

func (s *memStore) CountPositions(_ context.Context, f graph.PositionFilter) (int, error) {
	return len(s.positionsMatching(f)), nil
}

func (s *memStore) OfficeTerms(_ context.Context, person, office *graph.Ref, on string) ([]graph.Term, error) {
	var out []graph.Term
	for _, r := range s.rels {
		if r.typ != graph.RelHeldOffice || (person != nil && r.from != *person) || (office != nil && r.to != *office) {
			continue
		}
		start, _ := r.props["start"].(string)
		end, _ := r.props["end"].(string)
		if on != "" && ((start != "" && on < start) || (end != "" && on > end)) {
			continue
		}
		ev := r.ev
		out = append(out, graph.Term{Person: s.nodes[r.from], Office: s.nodes[r.to], Start: start, End: end, Evidence: &ev})
	}
	return out, nil
}

func (s *memStore) RelationCounts(_ context.Context, ref graph.Ref) ([]graph.RelCount, error) {
	counts := map[graph.RelCount]int{}
	for _, r := range s.rels {
		if r.from == ref || r.to == ref {
			counts[graph.RelCount{Type: r.typ, Outgoing: r.from == ref}]++
		}
	}
	var out []graph.RelCount
	for c, n := range counts {
		c.Count = n
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Outgoing
	})
	return out, nil
}

// Paths are the shortest simple paths from from to to, breadth first over
// relations in either direction, in order of the relations' identities.
func (s *memStore) Paths(_ context.Context, from, to graph.Ref, maxHops, first int) ([]graph.Path, error) {
	type partial struct {
		at    graph.Ref
		refs  []graph.Ref
		steps []graph.Step
	}
	level := []partial{{at: from, refs: []graph.Ref{from}}}
	for hop := 1; hop <= maxHops; hop++ {
		var next []partial
		var found []graph.Path
		for _, p := range level {
			for _, r := range s.rels {
				var other graph.Ref
				switch p.at {
				case r.from:
					other = r.to
				case r.to:
					other = r.from
				default:
					continue
				}
				if containsRef(p.refs, other) {
					continue
				}
				q := partial{at: other, refs: append(append([]graph.Ref{}, p.refs...), other),
					steps: append(append([]graph.Step{}, p.steps...), graph.Step{Type: r.typ, From: r.from, To: r.to, Evidence: r.ev})}
				if other == to {
					path := graph.Path{Steps: q.steps}
					for _, ref := range q.refs {
						n, _ := s.node(ref, graph.Shape{})
						path.Nodes = append(path.Nodes, n)
					}
					found = append(found, path)
				}
				next = append(next, q)
			}
		}
		if len(found) > 0 {
			if len(found) > first {
				found = found[:first]
			}
			return found, nil
		}
		level = next
	}
	return nil, nil
}

func containsRef(l []graph.Ref, r graph.Ref) bool {
	for _, x := range l {
		if x == r {
			return true
		}
	}
	return false
}

// timeline is every entry about ref, oldest first: the first relation (by
// identity) between ref and each ingested document, meeting or position.
func (s *memStore) timeline(ref graph.Ref) []graph.TimelineEntry {
	seen := map[graph.Ref]bool{}
	var out []graph.TimelineEntry
	for _, r := range s.rels {
		other := r.to
		if r.to == ref {
			other = r.from
		} else if r.from != ref {
			continue
		}
		n, ok := s.node(other, graph.Shape{})
		if !ok || seen[other] {
			continue
		}
		e := graph.TimelineEntry{Node: n, Relation: r.typ, Evidence: r.ev}
		switch {
		case other.Kind == graph.KindDocument && n.Bool("ingested"):
			e.Kind, e.Date = graph.TimelineDocument, n.Str("date")
		case other.Kind == graph.KindCouncilMeeting:
			e.Kind, e.Date = graph.TimelineMeeting, n.Str("startDate")
		case other.Kind == graph.KindPosition:
			e.Kind, e.Date = graph.TimelinePosition, n.Str("date")
		default:
			continue
		}
		seen[other] = true
		e.Cursor = graph.TimelineCursor(e)
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return timelineBefore(out[i].Date, out[i].Kind, out[i].Node.Key, out[j]) })
	return out
}

func timelineBefore(date string, kind graph.TimelineKind, key string, e graph.TimelineEntry) bool {
	if date != e.Date {
		return date < e.Date
	}
	if kind != e.Kind {
		return kind < e.Kind
	}
	return key < e.Node.Key
}

func (s *memStore) Timeline(_ context.Context, ref graph.Ref, p graph.PageArgs, _ graph.Columns) (graph.TimelinePage, error) {
	all := s.timeline(ref)
	if p.After != "" {
		date, kind, key, err := graph.ParseTimelineCursor(p.After)
		if err != nil {
			return graph.TimelinePage{}, err
		}
		all = all[firstAfter(all, func(e graph.TimelineEntry) bool { return timelineBefore(date, kind, key, e) }):]
	}
	entries, more := pageOf(all, p.First)
	return graph.TimelinePage{Entries: entries, HasNext: more}, nil
}

// firstAfter is the index of the first of all (in page order) that comes
// after the cursor, as after reports, or len(all).
func firstAfter[T any](all []T, after func(T) bool) int {
	i := 0
	for i < len(all) && !after(all[i]) {
		i++
	}
	return i
}

// pageOf is the first items of all, at most first, and whether more follow.
func pageOf[T any](all []T, first int) ([]T, bool) {
	if len(all) > first {
		return all[:first], true
	}
	return all, false
}

func (s *memStore) CountTimeline(_ context.Context, ref graph.Ref) (int, error) {
	return len(s.timeline(ref)), nil
}

// actsMatching are the legal acts f selects, in CELEX order.
func (s *memStore) actsMatching(f graph.ActFilter) []graph.Node {
	var out []graph.Node
	for ref, n := range s.nodes {
		if ref.Kind != graph.KindLegalAct {
			continue
		}
		year, _ := n.Int("year")
		ok := (f.Type == "" || n.Str("type") == f.Type) && (f.Year == 0 || year == f.Year)
		if ok && (f.OnlyCited || f.CitedSince != "" || f.CitedBySignedBy != nil) {
			cited := false
			for _, d := range s.docsMatching(graph.DocFilter{Cites: &ref, DateFrom: f.CitedSince, SignedBy: f.CitedBySignedBy}) {
				cited = cited || d.Key != ""
			}
			ok = cited
		}
		if ok {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (s *memStore) LegalActs(_ context.Context, f graph.ActFilter, p graph.PageArgs) (graph.ActPage, error) {
	after, err := graph.ParseActCursor(p.After)
	if err != nil {
		return graph.ActPage{}, err
	}
	var res graph.ActPage
	for _, a := range s.actsMatching(f) {
		if a.Key <= after {
			continue
		}
		if len(res.Acts) == p.First {
			res.HasNext = true
			break
		}
		res.Acts = append(res.Acts, a)
		res.Cursors = append(res.Cursors, graph.ActCursor(a))
	}
	return res, nil
}

func (s *memStore) CountLegalActs(_ context.Context, f graph.ActFilter) (int, error) {
	return len(s.actsMatching(f)), nil
}

// labelCounts turns counts by label into Counts, most first, then by label.
func labelCounts(m map[string]int, nodes map[string]*graph.Node, byLabel bool) []graph.Count {
	var out []graph.Count
	for l, c := range m {
		out = append(out, graph.Count{Label: l, Count: c, Node: nodes[l]})
	}
	sort.Slice(out, func(i, j int) bool {
		if !byLabel && out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Label < out[j].Label
	})
	return out
}

func (s *memStore) CitationsPerYear(_ context.Context, celex string) ([]graph.Count, error) {
	m := map[string]int{}
	for _, d := range s.docsMatching(graph.DocFilter{Cites: &graph.Ref{Kind: graph.KindLegalAct, Key: celex}}) {
		if date := d.Str("date"); date != "" {
			m[date[:4]]++
		}
	}
	return labelCounts(m, nil, true), nil
}

func (s *memStore) StanceCounts(_ context.Context, ref graph.Ref) ([]graph.Count, error) {
	m := map[string]int{}
	for _, p := range s.positionsMatching(graph.PositionFilter{Subject: &ref}) {
		m[p.Str("stance")]++
	}
	return labelCounts(m, nil, false), nil
}

func (s *memStore) MentionsPerCountry(_ context.Context, memberStates bool, dateFrom, dateTo string) ([]graph.Count, error) {
	m, nodes := map[string]int{}, map[string]*graph.Node{}
	for ref, n := range s.nodes {
		if ref.Kind != graph.KindCountry || (memberStates && !n.Bool("memberState")) {
			continue
		}
		ref := ref
		if c := len(s.docsMatching(graph.DocFilter{Mentions: &ref, DateFrom: dateFrom, DateTo: dateTo})); c > 0 {
			n := n
			m[ref.Key], nodes[ref.Key] = c, &n
		}
	}
	return labelCounts(m, nodes, false), nil
}

// Ping answers as a reachable database does (httpapi's /healthz).
func (s *memStore) Ping(context.Context) error { return nil }
