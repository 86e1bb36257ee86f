package graph

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Batched reads: the same read for many parents (the relations of twenty
// documents, the letters citing each of ten acts) in one Cypher query, so
// that a GraphQL request costs one round trip per level, not one per result.
// The parents of a batch share a kind; the key of each is bound to pk. What
// is read is a Conn, the plan of a connection that a Nest reads for the
// nodes of one read instead.

// ConnPages reads a page of the connection c for each parent of the given
// kind in keys, bringing each page's nodes in shape sh. A parent without
// any has no page in the map.
func (s *Store) ConnPages(ctx context.Context, kind Kind, keys []string, c Conn, page PageArgs, sh Shape) (map[string]Page, error) {
	ps := newParams(map[string]any{"keys": keys})
	switch {
	case c.Rel != nil:
		return s.relationPages(ctx, kind, ps, *c.Rel, page, sh)
	case c.Doc != nil:
		q, order, err := docPage(*c.Doc, ps, c.Parent, page)
		if err != nil {
			return nil, err
		}
		return s.pagesBatch(ctx, q, order, ps, page.First, docCursor, sh)
	case c.Pos != nil:
		q, order, err := positionPage(*c.Pos, ps, c.Parent, page)
		if err != nil {
			return nil, err
		}
		return s.pagesBatch(ctx, q, order, ps, page.First, positionCursorOf, sh)
	}
	return nil, errors.New("graph: a connection that reads nothing")
}

// ConnCounts counts the connection c of each parent of the given kind in
// keys.
func (s *Store) ConnCounts(ctx context.Context, kind Kind, keys []string, c Conn) (map[string]int, error) {
	ps := newParams(map[string]any{"keys": keys})
	switch {
	case c.Rel != nil:
		return s.countRelations(ctx, kind, ps, *c.Rel)
	case c.Doc != nil:
		m, err := docCount(*c.Doc, ps, c.Parent, "c")
		if err != nil {
			return nil, err
		}
		return s.countBatch(ctx, "UNWIND $keys AS pk CALL (pk) { "+m+"} RETURN pk, c", ps.m)
	case c.Pos != nil:
		m, err := positionMatch(*c.Pos, ps, c.Parent)
		if err != nil {
			return nil, err
		}
		return s.countBatch(ctx, "UNWIND $keys AS pk CALL (pk) { "+m+"RETURN count(DISTINCT n) AS c } RETURN pk, c", ps.m)
	}
	return nil, errors.New("graph: a connection that counts nothing")
}

// relationPages reads a page of relations for each node of the given kind
// in $keys; sh is the shape of the nodes at their other ends.
func (s *Store) relationPages(ctx context.Context, kind Kind, ps paramSet, f RelFilter, page PageArgs, sh Shape) (map[string]Page, error) {
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
	return pagesByParent(recs, page.First, sh, func(p Page) int { return len(p.Edges) }, func(p *Page, o Node, rec *neo4j.Record) {
		t, _ := rec.Get("type")
		dir, _ := rec.Get("out")
		rel, _ := rec.Get("rel")
		rp, _ := rel.(map[string]any)
		p.Edges = append(p.Edges, edgeFrom(t, dir, rp, o))
	})
}

// countRelations counts the relations f selects for each node of the
// given kind in $keys.
func (s *Store) countRelations(ctx context.Context, kind Kind, ps paramSet, f RelFilter) (map[string]int, error) {
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
		"RETURN pk, c", ps.m)
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

// pagesBatch runs page, the query of one parent's page of nodes n (pk bound
// to the parent's key, see pageOf), for each parent in $keys, in shape sh,
// and splits the records into pages.
func (s *Store) pagesBatch(ctx context.Context, page, order string, ps paramSet, first int, cursor func(Node) string, sh Shape) (map[string]Page, error) {
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
	return nodePages(recs, first, cursor, sh)
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
