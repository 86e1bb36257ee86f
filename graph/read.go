package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Node is an entity as read back from the graph.
type Node struct {
	Kind  Kind
	Key   string
	Name  string
	Props map[string]any
	// Signatories of a Document, read in the same query as the document.
	Signatories []Signatory
	// Links of a Position (HOLDS, ON, STATED_IN) or an AgendaItem (HAS_ITEM
	// from its meeting), read in the same query as the node.
	Links []Edge
	// Nested holds the pages of connections read with the node, by the
	// Field of the Nest of the read's Shape that asked for them.
	Nested map[string]Page
}

// LinksOf returns the node's links of type t in direction out.
func (n Node) LinksOf(t RelType, out bool) []Edge {
	var l []Edge
	for _, e := range n.Links {
		if e.Type == t && e.Outgoing == out {
			l = append(l, e)
		}
	}
	return l
}

// ID is the node's global id.
func (n Node) ID() string { return ID(n.Kind, n.Key) }

// Str returns a string property, or "".
func (n Node) Str(name string) string {
	s, _ := n.Props[name].(string)
	return s
}

// Bool returns a boolean property, or false.
func (n Node) Bool(name string) bool {
	b, _ := n.Props[name].(bool)
	return b
}

// Int returns an integer property and whether it is set.
func (n Node) Int(name string) (int, bool) {
	i, ok := n.Props[name].(int64)
	return int(i), ok
}

// Strs returns a list-of-strings property.
func (n Node) Strs(name string) []string {
	l, _ := n.Props[name].([]any)
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// Signatory is a person who signed a document, under an office.
type Signatory struct {
	Person   Node
	Office   string
	Order    int
	Evidence Evidence
}

// Edge is one relation seen from a node: its type, whether it points away
// from the node, the node at its other end, its properties and evidence.
type Edge struct {
	Type     RelType
	Outgoing bool
	Node     Node
	Props    map[string]any
	Evidence Evidence
	Cursor   string
}

// Direction selects relations by their direction as seen from a node.
type Direction string

// Directions.
const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// PageArgs is a keyset page request: at most First items after the cursor.
type PageArgs struct {
	First int
	After string
	// Count asks the read to count every match as well, in the same query
	// (Documents): one round trip where a page and a count cost two.
	Count bool
}

// DocFilter selects ingested documents. Zero fields do not filter.
type DocFilter struct {
	Cites    *Ref   // a LegalAct or Document the letter cites (or, for acts, names)
	Dossier  string // "32317"
	DateFrom string // ISO date, inclusive
	DateTo   string // ISO date, inclusive
	SignedBy *Ref   // a Person
	Mentions *Ref   // any entity the letter names, cites or is about
	CitesAll []Ref  // documents that cite every one of these too
	NotCites []Ref  // documents that cite none of these
	Text     string // words in the title (case-insensitive)
	Oldest   bool   // oldest first instead of newest first
}

// ErrBadCursor is returned for a cursor that this API did not hand out.
var ErrBadCursor = errors.New("graph: malformed cursor")

func nodeFromRecord(rec *neo4j.Record, names propNames) (Node, error) {
	n, err := nodeFromGet(rec.Get, names)
	if err != nil {
		return n, err
	}
	return n, nil
}

// nodeFromGet reads a node from the columns of nodeColumns.
func nodeFromGet(get func(string) (any, bool), names propNames) (Node, error) {
	labels, _ := get("labels")
	props, _ := get("props")
	sigs, _ := get("sigs")
	links, _ := get("links")
	return nodeFromParts(labels, props, sigs, links, names)
}

// nodeFromParts reads a node from the values of nodeParts' expressions,
// whose properties have names (namesOf the read's columns).
func nodeFromParts(labels, props, sigs, links any, names propNames) (Node, error) {
	n, err := nodeFrom(labels, propsFrom(props, names.node))
	if err != nil {
		return n, err
	}
	if sl := asList(sigs); len(sl) > 0 {
		n.Signatories = make([]Signatory, 0, len(sl))
	}
	for _, s := range asList(sigs) {
		l := asList(s)
		if len(l) != 2 {
			return n, fmt.Errorf("graph: a signatory of %s is not [person, relation]", n.Key)
		}
		pp := propsFrom(l[0], names.sig)
		rp, _ := l[1].(map[string]any)
		person := Node{Kind: KindPerson, Props: pp}
		person.Key = person.Str("key")
		person.Name = person.Str("name")
		sg := Signatory{Person: person, Evidence: evidenceFrom(rp)}
		sg.Office, _ = rp["office"].(string)
		if o, ok := rp["order"].(int64); ok {
			sg.Order = int(o)
		}
		n.Signatories = append(n.Signatories, sg)
	}
	sortSignatories(n.Signatories)
	if ll := asList(links); len(ll) > 0 {
		n.Links = make([]Edge, 0, len(ll))
	}
	for _, lk := range asList(links) {
		l := asList(lk)
		if len(l) != linkProps+1 {
			return n, fmt.Errorf("graph: a link of %s is not [type, out, rel, labels, props]", n.Key)
		}
		o, err := nodeFrom(l[linkLabels], propsFrom(l[linkProps], names.link))
		if err != nil {
			return n, err
		}
		rp, _ := l[linkRel].(map[string]any)
		n.Links = append(n.Links, edgeFrom(l[linkType], l[linkOut], rp, o))
	}
	sort.Slice(n.Links, func(i, j int) bool { return n.Links[i].Cursor < n.Links[j].Cursor })
	return n, nil
}

// edgeFrom builds an Edge from a relation's type, direction and properties.
func edgeFrom(typ, out any, rp map[string]any, other Node) Edge {
	t, _ := typ.(string)
	e := Edge{Type: RelType(t), Node: other, Evidence: evidenceFrom(rp)}
	e.Outgoing, _ = out.(bool)
	rid, _ := rp["rid"].(string)
	// The map is the one the driver decoded for this row alone: the
	// evidence leaves it in place rather than the rest being copied.
	if rp == nil {
		rp = map[string]any{}
	}
	for _, k := range evidenceProps {
		delete(rp, k)
	}
	e.Props = rp
	e.Cursor = base64.RawURLEncoding.EncodeToString([]byte(rid))
	return e
}

func sortSignatories(s []Signatory) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Order < s[j-1].Order; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func nodeFrom(labels, props any) (Node, error) {
	// The map is the one the driver decoded for this row alone: null
	// properties leave it in place rather than the rest being copied.
	p, _ := props.(map[string]any)
	if p == nil {
		p = map[string]any{}
	}
	for k, v := range p {
		if v == nil {
			delete(p, k)
		}
	}
	n := Node{Props: p}
	for _, l := range asList(labels) {
		if s, _ := l.(string); ValidKind(Kind(s)) {
			n.Kind = Kind(s)
		}
	}
	if n.Kind == "" {
		return n, fmt.Errorf("graph: node with labels %v has no known kind", labels)
	}
	n.Key = n.Str("key")
	n.Name = n.Str("name")
	return n, nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func evidenceFrom(p map[string]any) Evidence {
	e := Evidence{}
	e.Doc, _ = p["doc"].(string)
	e.Quote, _ = p["quote"].(string)
	if s, ok := p["start"].(int64); ok {
		e.Start = int(s)
	}
	if s, ok := p["end"].(int64); ok {
		e.End = int(s)
	}
	return e
}

// Node reads one entity in shape sh. It returns ErrNotFound when there is
// none.
func (s *Store) Node(ctx context.Context, ref Ref, sh Shape) (Node, error) {
	if !ValidKind(ref.Kind) {
		return Node{}, fmt.Errorf("graph: unknown kind %q", ref.Kind)
	}
	ps := newParams(nil)
	key := ps.add("key", ref.Key)
	calls, ncols, err := nestCalls(sh, "n", ps)
	if err != nil {
		return Node{}, err
	}
	recs, err := s.read(ctx, "MATCH (n:"+string(ref.Kind)+" {key: "+key+"}) "+calls+"RETURN "+nodeColumns(sh.Columns, "n")+ncols, ps.m)
	if err != nil {
		return Node{}, err
	}
	if len(recs) == 0 {
		return Node{}, ErrNotFound
	}
	n, err := nodeFromRecord(recs[0], namesOf(sh.Columns))
	if err != nil {
		return n, err
	}
	return n, readNests(nestNamesOf(sh.Nests), sh.Nests, &n, recs[0].Get)
}

// DocumentText returns the normalised text of an ingested document.
func (s *Store) DocumentText(ctx context.Context, key string) (string, error) {
	recs, err := s.read(ctx, "MATCH (n:Document {key: $key}) RETURN n.text", map[string]any{"key": key})
	if err != nil {
		return "", err
	}
	if len(recs) == 0 {
		return "", ErrNotFound
	}
	t, _ := recs[0].Values[0].(string)
	return t, nil
}

// docMatch returns the MATCH/WHERE part of a document query for filter f.
//
// parent names the filter field ("cites", "signedBy" or "mentions") whose key
// is the variable pk instead of a parameter: batched reads bind pk to each
// parent in turn.
func docMatch(f DocFilter, ps paramSet, parent string) (string, error) {
	var b strings.Builder
	key := func(field, k string) string {
		if field == parent {
			return "pk"
		}
		return ps.add(field, k)
	}
	if f.Cites != nil {
		switch f.Cites.Kind {
		case KindLegalAct:
			b.WriteString("MATCH (:LegalAct {key: " + key("cites", f.Cites.Key) + "})<-[:CITES|MENTIONS]-(n:Document) ")
		case KindDocument:
			b.WriteString("MATCH (:Document {key: " + key("cites", f.Cites.Key) + "})<-[:CITES]-(n:Document) ")
		default:
			return "", fmt.Errorf("graph: documents cite legal acts and documents, not %s", f.Cites.Kind)
		}
	}
	if f.SignedBy != nil {
		b.WriteString("MATCH (:Person {key: " + key("signedBy", f.SignedBy.Key) + "})-[:SIGNED]->(n:Document) ")
	}
	if f.Mentions != nil {
		if !ValidKind(f.Mentions.Kind) {
			return "", fmt.Errorf("graph: unknown kind %q", f.Mentions.Kind)
		}
		b.WriteString("MATCH (:" + string(f.Mentions.Kind) + " {key: " + key("mentions", f.Mentions.Key) + "})<-[:MENTIONS|CITES|ANNOTATES|REPORTS_ON]-(n:Document) ")
	}
	if f.Cites == nil && f.SignedBy == nil && f.Mentions == nil {
		b.WriteString("MATCH (n:Document) ")
	}
	where, err := docWhere(f, ps)
	if err != nil {
		return "", err
	}
	b.WriteString("WHERE " + strings.Join(where, " AND ") + " ")
	return b.String(), nil
}

// docWhere are the conditions of f on documents n besides what they cite,
// who signed them and what they mention (the MATCH).
func docWhere(f DocFilter, ps paramSet) ([]string, error) {
	where := []string{"n.ingested = true"}
	if f.Dossier != "" {
		where = append(where, "n.dossier = "+ps.add("dossier", f.Dossier))
	}
	if f.DateFrom != "" {
		where = append(where, "n.date >= "+ps.add("dateFrom", f.DateFrom))
	}
	if f.DateTo != "" {
		where = append(where, "n.date <= "+ps.add("dateTo", f.DateTo))
	}
	// Each list is one parameter per kind of entity, whatever its length:
	// the statement, and so its plan, is the same for one entry as for the
	// most a client may send.
	if len(f.CitesAll) > 0 {
		acts, docs, err := citeKeys(f.CitesAll)
		if err != nil {
			return nil, err
		}
		if len(acts) > 0 {
			v := ps.add("citesAllActs", acts)
			where = append(where, "size("+v+") = COUNT { MATCH (n)-[:CITES|MENTIONS]->(a:LegalAct) WHERE a.key IN "+v+" RETURN DISTINCT a }")
		}
		if len(docs) > 0 {
			v := ps.add("citesAllDocs", docs)
			where = append(where, "size("+v+") = COUNT { MATCH (n)-[:CITES]->(c:Document) WHERE c.key IN "+v+" RETURN DISTINCT c }")
		}
	}
	if len(f.NotCites) > 0 {
		acts, docs, err := citeKeys(f.NotCites)
		if err != nil {
			return nil, err
		}
		if len(acts) > 0 {
			where = append(where, "NOT EXISTS { MATCH (n)-[:CITES|MENTIONS]->(a:LegalAct) WHERE a.key IN "+ps.add("notCitesActs", acts)+" }")
		}
		if len(docs) > 0 {
			where = append(where, "NOT EXISTS { MATCH (n)-[:CITES]->(c:Document) WHERE c.key IN "+ps.add("notCitesDocs", docs)+" }")
		}
	}
	if f.Text != "" {
		where = append(where, "toLower(coalesce(n.title, '')) CONTAINS "+ps.add("text", strings.ToLower(f.Text)))
	}
	return where, nil
}

// docPage is the query of one page of the documents f selects (see pageOf),
// and the order it returns them in.
//
// The letters a person signed, and the letters that cite (or name) an act
// or a Kamerstuk, newest first, are read in order from the rank indexes
// (rank.go), so that a page of them costs the page, not the thousands a
// minister signed or a popular act gathers; the filter's other conditions
// are checked on the way. Any other list is matched whole and sorted.
func docPage(f DocFilter, ps paramSet, parent string, page PageArgs) (q, order string, err error) {
	c := page.After
	limit := ps.add("limit", int64(page.First+1))
	order = docOrder
	cmp := "<"
	if f.Oldest {
		order, cmp = "coalesce(n.date, '') ASC, n.key ASC", ">"
	}
	field, owner, types := docRanked(f)
	if f.Oldest || types == nil {
		m, err := docMatch(f, ps, parent)
		if err != nil {
			return "", "", err
		}
		after, err := docAfter(c, cmp, ps)
		if err != nil {
			return "", "", err
		}
		return pageOf(m, after, order, limit), order, nil
	}
	o, imports := rankOwner(field, owner, parent, ps)
	lo := o + " + ' '"
	if c != "" {
		date, key, err := parseDocCursor(c)
		if err != nil {
			return "", "", err
		}
		lo += " + " + ps.add("crank", docRank(date, key))
	}
	conds, err := docWhere(f, ps)
	if err != nil {
		return "", "", err
	}
	where := strings.Join(conds, " AND ") + " "
	var b strings.Builder
	b.WriteString("CALL (" + imports + ") { ")
	for i, t := range types {
		if i > 0 {
			b.WriteString("UNION ")
		}
		// Each branch is cut at the page size: the first $limit documents
		// of the union are among the first $limit of each branch.
		b.WriteString("MATCH " + rankedPattern(t, "n") + " WHERE r.rank > " + lo + " AND r.rank < " + o + " + '!' AND " + where +
			"WITH n, r ORDER BY r.rank LIMIT " + limit + " RETURN n ")
	}
	b.WriteString("} ")
	return pageOf(b.String(), "", order, limit), order, nil
}

// docRanked says whether the documents f selects are a ranked list
// (rank.go): the letters one person signed, or that cite one act or
// Kamerstuk. It returns the filter field that names the list's owner, the
// owner, and the types of the relations that carry the ranks.
func docRanked(f DocFilter) (field string, owner Ref, types []RelType) {
	switch {
	case f.Mentions != nil || (f.SignedBy != nil) == (f.Cites != nil):
		return "", Ref{}, nil
	case f.SignedBy != nil:
		return "signedBy", *f.SignedBy, []RelType{RelSigned}
	case f.Cites.Kind == KindLegalAct:
		return "cites", *f.Cites, []RelType{RelCites, RelMentions}
	case f.Cites.Kind == KindDocument:
		return "cites", *f.Cites, []RelType{RelCites}
	}
	return "", Ref{}, nil
}

// rankOwner is the expression of a ranked list's owner id: its key, or the
// parent's (pk) when field is the parent, behind its kind's prefix; and
// what a subquery must import for it.
func rankOwner(field string, owner Ref, parent string, ps paramSet) (expr, imports string) {
	if parent == field {
		return ps.add("rankOwner", idPrefix[owner.Kind]) + " + pk", "pk"
	}
	return ps.add("rankOwner", owner.ID()), ""
}

// docCount is a query that returns, as column as, how many documents f
// selects. A ranked list with no further filter is counted in its rank
// indexes alone: a letter's rank is the same on each relation of the list
// (one that both cites and names an act counts once), and the index holds
// it, so no relation or node is read.
func docCount(f DocFilter, ps paramSet, parent, as string) (string, error) {
	field, owner, types := docRanked(f)
	rest := f
	rest.SignedBy, rest.Cites, rest.Oldest = nil, nil, false
	if types == nil || !reflect.DeepEqual(rest, DocFilter{}) {
		m, err := docMatch(f, ps, parent)
		if err != nil {
			return "", err
		}
		return m + "RETURN count(DISTINCT n) AS " + as + " ", nil
	}
	o, imports := rankOwner(field, owner, parent, ps)
	var b strings.Builder
	b.WriteString("CALL (" + imports + ") { ")
	for i, t := range types {
		if i > 0 {
			b.WriteString("UNION ALL ")
		}
		// Only the index is read: no label check of the letter (the
		// relation types hold ranks only where the letter is a Document).
		b.WriteString("MATCH " + rankedPattern(t, "") + " WHERE r.rank > " + o + " + ' ' AND r.rank < " + o + " + '!' RETURN r.rank AS rk ")
	}
	if len(types) == 1 {
		b.WriteString("} RETURN count(rk) AS " + as + " ") // one relation per letter
	} else {
		b.WriteString("} RETURN count(DISTINCT rk) AS " + as + " ")
	}
	return b.String(), nil
}

// citeKeys splits the entities of a cites list into the keys of legal acts
// and of documents, each once, in the order given.
func citeKeys(refs []Ref) (acts, docs []string, err error) {
	seen := map[Ref]bool{}
	for _, r := range refs {
		if seen[r] {
			continue
		}
		seen[r] = true
		switch r.Kind {
		case KindLegalAct:
			acts = append(acts, r.Key)
		case KindDocument:
			docs = append(docs, r.Key)
		default:
			return nil, nil, fmt.Errorf("graph: documents cite legal acts and documents, not %s", r.Kind)
		}
	}
	return acts, docs, nil
}

// docCursor encodes the keyset position of a document in the order
// date descending, key ascending.
func docCursor(n Node) string {
	b, _ := json.Marshal([2]string{n.Str("date"), n.Key})
	return base64.RawURLEncoding.EncodeToString(b)
}

func parseDocCursor(c string) (date, key string, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", ErrBadCursor
	}
	var v [2]string
	if json.Unmarshal(raw, &v) != nil || v[1] == "" {
		return "", "", ErrBadCursor
	}
	return v[0], v[1], nil
}

// DocPage is a page of documents in date order, newest first.
type DocPage struct {
	Docs    []Node
	Cursors []string
	HasNext bool
	Total   int // every match, when PageArgs.Count asked for it
}

// Documents reads a page of ingested documents matching f, newest first
// (ties by key), with keyset paging, in shape sh.
func (s *Store) Documents(ctx context.Context, f DocFilter, page PageArgs, sh Shape) (DocPage, error) {
	ps := newParams(nil)
	q, order, err := docPage(f, ps, "", page)
	if err != nil {
		return DocPage{}, err
	}
	calls, ncols, err := nestCalls(sh, "n", ps)
	if err != nil {
		return DocPage{}, err
	}
	if page.Count {
		// The count and the page in one query: the page is an OPTIONAL CALL
		// so that an empty page still returns the total.
		cq, err := docCount(f, ps, "", "total")
		if err != nil {
			return DocPage{}, err
		}
		if calls != "" {
			calls = "OPTIONAL CALL (n) { WITH n WHERE n IS NOT NULL " + calls + "RETURN " + strings.TrimPrefix(ncols, ", ") + " } "
		}
		q = "CALL () { " + cq + "} OPTIONAL CALL () { " + q + "RETURN n } " +
			calls + "RETURN total, " + nodeColumns(sh.Columns, "n") + ncols + " ORDER BY " + order
	} else {
		q = q + calls + "RETURN " + nodeColumns(sh.Columns, "n") + ncols + " ORDER BY " + order
	}
	recs, err := s.read(ctx, q, ps.m)
	if err != nil {
		return DocPage{}, err
	}
	var p DocPage
	if page.Count && len(recs) > 0 {
		t, _ := recs[0].Get("total")
		n, _ := t.(int64)
		p.Total = int(n)
		if l, _ := recs[0].Get("labels"); l == nil {
			recs = nil // no page, only the total
		}
	}
	p.Docs, p.Cursors, p.HasNext, err = nodePage(recs, page.First, docCursor, sh)
	return p, err
}

// docOrder orders documents newest first; the key breaks ties.
const docOrder = "coalesce(n.date, '') DESC, n.key ASC"

// pageOf turns match, a MATCH binding nodes n, into one page of them: the
// nodes after the cursor condition after, in order, at most limit (a
// parameter).
func pageOf(match, after, order, limit string) string {
	return match + "WITH DISTINCT n " + after + "WITH n ORDER BY " + order + " LIMIT " + limit + " "
}

// CountDocuments counts the ingested documents matching f.
func (s *Store) CountDocuments(ctx context.Context, f DocFilter) (int, error) {
	ps := newParams(nil)
	q, err := docCount(f, ps, "", "total")
	if err != nil {
		return 0, err
	}
	return s.count(ctx, q, ps.m)
}

// RelFilter selects the relations of a node.
type RelFilter struct {
	Types     []RelType // empty: all
	Direction Direction // empty: Both
	// Distinct keeps one relation per node at the other end (the first by
	// identity), where several letters state the same link: a meeting's
	// agenda items, its attendees.
	Distinct bool
}

// EdgePage is a page of a node's relations.
type EdgePage struct {
	Edges   []Edge
	HasNext bool
}

// Relations reads a page of the relations of the node ref, ordered by their
// identity, with the node at the other end and the evidence.
func (s *Store) Relations(ctx context.Context, ref Ref, f RelFilter, page PageArgs) (EdgePage, error) {
	pages, err := s.ConnPages(ctx, ref.Kind, []string{ref.Key}, Conn{Rel: &f}, page, Full())
	if err != nil {
		return EdgePage{}, err
	}
	return pages[ref.Key].EdgePage(), nil
}

// CountRelations counts the relations of ref that f selects.
func (s *Store) CountRelations(ctx context.Context, ref Ref, f RelFilter) (int, error) {
	counts, err := s.ConnCounts(ctx, ref.Kind, []string{ref.Key}, Conn{Rel: &f})
	if err != nil {
		return 0, err
	}
	return counts[ref.Key], nil
}

// Hit is one search result.
type Hit struct {
	Node    Node
	Score   float64
	Snippet string // the matched text around the first query word found
}

// snippet returns the text of n that the query matched, cut to about 160
// characters around the first query word it holds: a quote, a name or an
// alias. Matching ignores case and diacritics.
func snippet(n Node, query string) string {
	words := strings.Fields(foldRunes(query))
	fields := []string{n.Str("quote"), n.Name}
	fields = append(fields, n.Strs("aliases")...)
	fields = append(fields, n.Str("title"))
	for _, f := range fields {
		if f == "" {
			continue
		}
		rs := []rune(f)
		folded := []rune(foldRunes(f))
		if len(folded) != len(rs) {
			folded = []rune(strings.ToLower(f)) // folding changed the length; fall back to case only
		}
		for _, w := range words {
			i := strings.Index(string(folded), w)
			if i < 0 {
				continue
			}
			at := len([]rune(string(folded)[:i]))
			from, to := max(0, at-60), min(len(rs), at+len([]rune(w))+100)
			out := string(rs[from:to])
			if from > 0 {
				out = "…" + out
			}
			if to < len(rs) {
				out += "…"
			}
			return out
		}
	}
	return n.Name
}

// Search looks up entities by name, alias, number or title in the full-text
// index, reading the columns c of each. The query is taken as words; Lucene
// syntax in it is escaped. The snippet needs the hits' quote, aliases and
// title among c's properties.
func (s *Store) Search(ctx context.Context, query string, first int, c Columns) ([]Hit, error) {
	lq := LuceneQuery(query)
	if lq == "" {
		return nil, nil
	}
	recs, err := s.read(ctx, "CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit}) YIELD node AS n, score "+
		"RETURN score, "+nodeColumns(c, "n")+" ORDER BY score DESC, n.key",
		map[string]any{"index": FullTextIndex, "q": lq, "limit": int64(first)})
	if err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(recs))
	names := namesOf(c)
	for _, rec := range recs {
		n, err := nodeFromRecord(rec, names)
		if err != nil {
			return nil, err
		}
		sc, _ := rec.Get("score")
		f, _ := sc.(float64)
		hits = append(hits, Hit{Node: n, Score: f, Snippet: snippet(n, query)})
	}
	return hits, nil
}

// LuceneQuery turns free text into a Lucene query: the whole text as a
// phrase (boosted) or every word, each word also as a prefix.
func LuceneQuery(q string) string {
	words := SearchWords(q)
	if len(words) == 0 {
		return ""
	}
	parts := []string{`"` + luceneEscape(strings.Join(words, " ")) + `"^4`}
	for _, w := range words {
		e := luceneEscape(w)
		if isLuceneOperator(e) {
			// A word, not an operator: the index folds case anyway.
			e = strings.ToLower(e)
		}
		parts = append(parts, e, e+"*")
	}
	return strings.Join(parts, " OR ")
}

// isLuceneOperator says whether w is one of the words Lucene's query parser reads as operators
// when they stand alone; characters that are operators are escaped.
func isLuceneOperator(w string) bool {
	switch w {
	case "AND", "OR", "NOT", "TO":
		return true
	}
	return false
}

// SearchClauses is how many clauses of Lucene's query LuceneQuery makes of a
// query of n words; Lucene refuses more than 1,024.
func SearchClauses(words int) int { return 1 + 2*words }

// SearchWords splits a search query into the words LuceneQuery searches for.
func SearchWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == ',' || r == '(' || r == ')' || r == '"'
	})
}

func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nodePage reads at most first nodes from records in order; a further record
// means there is a next page. cursor gives each node's keyset cursor.
func nodePage(recs []*neo4j.Record, first int, cursor func(Node) string, sh Shape) (nodes []Node, cursors []string, hasNext bool, err error) {
	names, nests := namesOf(sh.Columns), nestNamesOf(sh.Nests)
	for i, rec := range recs {
		if i == first {
			return nodes, cursors, true, nil
		}
		n, err := nodeFromRecord(rec, names)
		if err == nil {
			err = readNests(nests, sh.Nests, &n, rec.Get)
		}
		if err != nil {
			return nil, nil, false, err
		}
		nodes = append(nodes, n)
		cursors = append(cursors, cursor(n))
	}
	return nodes, cursors, false, nil
}

// nodePages splits the records of a batched read (column pk names the
// parent) into a page per parent, as nodePage does for one.
func nodePages(recs []*neo4j.Record, first int, cursor func(Node) string, sh Shape) (map[string]Page, error) {
	return pagesByParent(recs, first, sh, func(p Page) int { return len(p.Nodes) }, func(p *Page, n Node, _ *neo4j.Record) {
		p.Nodes = append(p.Nodes, n)
		p.Cursors = append(p.Cursors, cursor(n))
	})
}

// pagesByParent splits the records of a batched read (column pk names the
// parent) into a page per parent: each record's node of shape sh goes on
// its parent's page by add, until size says the page holds first items;
// a record beyond that marks the page HasNext.
func pagesByParent(recs []*neo4j.Record, first int, sh Shape, size func(Page) int, add func(*Page, Node, *neo4j.Record)) (map[string]Page, error) {
	out := map[string]Page{}
	names, nests := namesOf(sh.Columns), nestNamesOf(sh.Nests)
	for _, rec := range recs {
		pk, _ := rec.Get("pk")
		k, _ := pk.(string)
		p := out[k]
		if size(p) == first {
			p.HasNext = true
			out[k] = p
			continue
		}
		n, err := nodeFromRecord(rec, names)
		if err == nil {
			err = readNests(nests, sh.Nests, &n, rec.Get)
		}
		if err != nil {
			return nil, err
		}
		add(&p, n, rec)
		out[k] = p
	}
	return out, nil
}

// count runs a query that returns one count.
func (s *Store) count(ctx context.Context, q string, params map[string]any) (int, error) {
	recs, err := s.read(ctx, q, params)
	if err != nil {
		return 0, err
	}
	if len(recs) == 0 {
		return 0, nil
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

// docAfter is the keyset condition for documents after the cursor c, in the
// order whose date comparison is cmp ("<" newest first, ">" oldest first).
func docAfter(c, cmp string, ps paramSet) (string, error) {
	if c == "" {
		return "", nil
	}
	date, key, err := parseDocCursor(c)
	if err != nil {
		return "", err
	}
	cd, ck := ps.add("cdate", date), ps.add("ckey", key)
	return "WHERE coalesce(n.date, '') " + cmp + " " + cd + " OR (coalesce(n.date, '') = " + cd + " AND n.key > " + ck + ") ", nil
}
