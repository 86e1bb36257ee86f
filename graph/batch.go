package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Batched reads: the same read for many parents (the relations of twenty
// documents, the letters citing each of ten acts) in one Cypher query, so
// that a GraphQL request costs one round trip per level, not one per result.
// The parents of a batch share a kind; the key of each is bound to pk.

// RelationsBatch reads a page of relations for each node of the given kind.
// The shape sh says what to read of the nodes at the relations' other ends.
func (s *Store) RelationsBatch(ctx context.Context, kind Kind, keys []string, f RelFilter, page PageArgs, sh Shape) (map[string]EdgePage, error) {
	ps := newParams(map[string]any{"keys": keys})
	pattern, err := relPattern(kind, f)
	if err != nil {
		return nil, err
	}
	after, err := relAfter(page.After)
	if err != nil {
		return nil, err
	}
	distinct := ""
	if f.Distinct {
		distinct = "WITH o, r ORDER BY r.rid WITH o, head(collect(r)) AS r "
	}
	calls, ncols, err := nestCalls(sh, "o", ps)
	if err != nil {
		return nil, err
	}
	q := "UNWIND $keys AS pk MATCH (n:" + string(kind) + " {key: pk}) " +
		"CALL (n) { MATCH " + pattern + " WHERE r.rid > " + ps.add("after", after) + " " + distinct +
		"RETURN r, o ORDER BY r.rid LIMIT " + ps.add("limit", int64(page.First+1)) + " } " + calls +
		"RETURN pk, type(r) AS type, startNode(r) = n AS out, " + relExpr(sh.Columns, "r") + " AS rel, " + nodeColumns(sh.Columns, "o") + ncols +
		" ORDER BY pk, r.rid"
	recs, err := s.read(ctx, q, ps.m)
	if err != nil {
		return nil, err
	}
	out := make(map[string]EdgePage, len(keys))
	for _, rec := range recs {
		pk, _ := rec.Get("pk")
		k, _ := pk.(string)
		p := out[k]
		if len(p.Edges) == page.First {
			p.HasNext = true
			out[k] = p
			continue
		}
		o, err := nodeFromRecord(rec)
		if err == nil {
			err = readNests(sh.Nests, &o, rec.Get)
		}
		if err != nil {
			return nil, err
		}
		t, _ := rec.Get("type")
		dir, _ := rec.Get("out")
		rel, _ := rec.Get("rel")
		rp, _ := rel.(map[string]any)
		p.Edges = append(p.Edges, edgeFrom(t, dir, rp, o))
		out[k] = p
	}
	return out, nil
}

// CountRelationsBatch counts the relations f selects for each node.
func (s *Store) CountRelationsBatch(ctx context.Context, kind Kind, keys []string, f RelFilter) (map[string]int, error) {
	params := map[string]any{"keys": keys}
	counted := "count(r)"
	if f.Distinct {
		counted = "count(DISTINCT o)"
	}
	pattern, err := relPattern(kind, f)
	if err != nil {
		return nil, err
	}
	return s.countBatch(ctx, "UNWIND $keys AS pk OPTIONAL MATCH (n:"+string(kind)+" {key: pk}) "+
		"CALL (n) { MATCH "+pattern+" RETURN "+counted+" AS c } "+
		"RETURN pk, c", params)
}

// relAfter decodes a relations cursor into the rid to start after ("" for
// no cursor). A cursor is a relation's rid (relID): its type, the ids at
// both ends and the document, joined by "|"; anything else is refused.
func relAfter(c string) (string, error) {
	if c == "" {
		return "", nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !utf8.Valid(raw) {
		return "", ErrBadCursor
	}
	parts := strings.Split(string(raw), "|")
	if len(parts) != 4 || !ValidRelType(RelType(parts[0])) {
		return "", ErrBadCursor
	}
	for _, id := range parts[1:3] {
		if _, err := ParseID(id); err != nil {
			return "", ErrBadCursor
		}
	}
	return string(raw), nil
}

// relPattern checks a relation filter and returns its pattern from n over r
// to o (kind, n's kind, is checked when given).
func relPattern(kind Kind, f RelFilter) (string, error) {
	if kind != "" && !ValidKind(kind) {
		return "", fmt.Errorf("graph: unknown kind %q", kind)
	}
	types := make([]string, 0, len(f.Types))
	for _, t := range f.Types {
		if !ValidRelType(t) {
			return "", fmt.Errorf("graph: unknown relation type %q", t)
		}
		if !slices.Contains(types, string(t)) {
			types = append(types, string(t)) // each type once, however often asked for
		}
	}
	// The types come from the closed list RelTypes (checked above), so they
	// can stand in the pattern, where Neo4j expands only relations of them.
	rel := "[r]"
	if len(types) > 0 {
		rel = "[r:" + strings.Join(types, "|") + "]"
	}
	switch f.Direction {
	case Out:
		return "(n)-" + rel + "->(o)", nil
	case In:
		return "(n)<-" + rel + "-(o)", nil
	case Both, "":
		return "(n)-" + rel + "-(o)", nil
	}
	return "", fmt.Errorf("graph: unknown direction %q", f.Direction)
}

// DocumentsBatch reads a page of documents for each parent: parent names the
// filter field that varies ("cites", "signedBy" or "mentions"); f holds that
// field with the parents' kind and any further filters.
func (s *Store) DocumentsBatch(ctx context.Context, f DocFilter, parent string, keys []string, page PageArgs, sh Shape) (map[string]DocPage, error) {
	ps := newParams(map[string]any{"keys": keys})
	q, order, err := docPage(f, ps, parent, page)
	if err != nil {
		return nil, err
	}
	pages, err := s.pagesBatch(ctx, q, order, ps, page.First, docCursor, sh)
	if err != nil {
		return nil, err
	}
	out := make(map[string]DocPage, len(pages))
	for k, p := range pages {
		out[k] = DocPage{Docs: p.nodes, Cursors: p.cursors, HasNext: p.hasNext}
	}
	return out, nil
}

// CountDocumentsBatch counts the documents f selects for each parent.
func (s *Store) CountDocumentsBatch(ctx context.Context, f DocFilter, parent string, keys []string) (map[string]int, error) {
	ps := newParams(map[string]any{"keys": keys})
	m, err := docCount(f, ps, parent, "c")
	if err != nil {
		return nil, err
	}
	return s.countBatch(ctx, "UNWIND $keys AS pk CALL (pk) { "+m+"} RETURN pk, c", ps.m)
}

// PositionsBatch reads a page of positions for each parent: parent names the
// filter field that varies ("actor", "subject" or "item").
func (s *Store) PositionsBatch(ctx context.Context, f PositionFilter, parent string, keys []string, page PageArgs, sh Shape) (map[string]PositionPage, error) {
	ps := newParams(map[string]any{"keys": keys})
	q, order, err := positionPage(f, ps, parent, page)
	if err != nil {
		return nil, err
	}
	pages, err := s.pagesBatch(ctx, q, order, ps, page.First, positionCursorOf, sh)
	if err != nil {
		return nil, err
	}
	out := make(map[string]PositionPage, len(pages))
	for k, p := range pages {
		out[k] = PositionPage{Positions: p.nodes, Cursors: p.cursors, HasNext: p.hasNext}
	}
	return out, nil
}

// pagesBatch runs page, the query of one parent's page of nodes n (pk bound
// to the parent's key, see pageOf), for each parent in $keys, in shape sh,
// and splits the records into pages.
func (s *Store) pagesBatch(ctx context.Context, page, order string, ps paramSet, first int, cursor func(Node) string, sh Shape) (map[string]*parentPage, error) {
	calls, ncols, err := nestCalls(sh, "n", ps)
	if err != nil {
		return nil, err
	}
	q := "UNWIND $keys AS pk CALL (pk) { " + page + "RETURN n } " + calls +
		"RETURN pk, " + nodeColumns(sh.Columns, "n") + ncols + " ORDER BY pk, " + order
	recs, err := s.read(ctx, q, ps.m)
	if err != nil {
		return nil, err
	}
	return nodePages(recs, first, cursor, sh.Nests)
}

// CountPositionsBatch counts the positions f selects for each parent.
func (s *Store) CountPositionsBatch(ctx context.Context, f PositionFilter, parent string, keys []string) (map[string]int, error) {
	ps := newParams(map[string]any{"keys": keys})
	m, err := positionMatch(f, ps, parent)
	if err != nil {
		return nil, err
	}
	return s.countBatch(ctx, "UNWIND $keys AS pk CALL (pk) { "+m+"RETURN count(DISTINCT n) AS c } RETURN pk, c", ps.m)
}

func (s *Store) countBatch(ctx context.Context, q string, params map[string]any) (map[string]int, error) {
	recs, err := s.read(ctx, q, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(recs))
	for _, rec := range recs {
		pk, _ := rec.Get("pk")
		c, _ := rec.Get("c")
		k, _ := pk.(string)
		n, _ := c.(int64)
		out[k] = int(n)
	}
	return out, nil
}
