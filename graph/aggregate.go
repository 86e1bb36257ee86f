package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Count is a labelled count from an aggregation.
type Count struct {
	Label string
	Node  *Node // the entity counted, where the label is one
	Count int
}

// CitationsPerYear counts, per year, the ingested letters that cite (or
// name) the legal act celex.
func (s *Store) CitationsPerYear(ctx context.Context, celex string) ([]Count, error) {
	recs, err := s.read(ctx, "MATCH (:LegalAct {key: $key})<-[:CITES|MENTIONS]-(d:Document) "+
		"WHERE d.ingested = true AND d.date IS NOT NULL "+
		"RETURN substring(d.date, 0, 4) AS year, count(DISTINCT d) AS c ORDER BY year",
		map[string]any{"key": celex})
	if err != nil {
		return nil, err
	}
	return plainCounts(recs), nil
}

// StanceCounts counts the positions on the entity ref, per stance.
func (s *Store) StanceCounts(ctx context.Context, ref Ref) ([]Count, error) {
	if !ValidKind(ref.Kind) {
		return nil, fmt.Errorf("graph: unknown kind %q", ref.Kind)
	}
	recs, err := s.read(ctx, "MATCH (:"+string(ref.Kind)+" {key: $key})<-[:ON]-(p:Position) "+
		"RETURN p.stance AS stance, count(DISTINCT p) AS c ORDER BY c DESC, stance",
		map[string]any{"key": ref.Key})
	if err != nil {
		return nil, err
	}
	return plainCounts(recs), nil
}

// MentionsPerCountry counts, per country, the ingested letters that name
// it, optionally only member states and only letters in a date range; most
// mentioned first.
func (s *Store) MentionsPerCountry(ctx context.Context, memberStates bool, dateFrom, dateTo string) ([]Count, error) {
	recs, err := s.read(ctx, "MATCH (c:Country)<-[:MENTIONS]-(d:Document) "+
		"WHERE d.ingested = true AND (NOT $ms OR c.memberState = true) "+
		"AND ($from = '' OR d.date >= $from) AND ($to = '' OR d.date <= $to) "+
		"WITH c, count(DISTINCT d) AS cnt RETURN "+nodeColumns(AllColumns, "c")+", cnt ORDER BY cnt DESC, c.key",
		map[string]any{"ms": memberStates, "from": dateFrom, "to": dateTo})
	if err != nil {
		return nil, err
	}
	out := make([]Count, 0, len(recs))
	names := namesOf(AllColumns)
	for _, rec := range recs {
		n, err := nodeFromRecord(rec, names)
		if err != nil {
			return nil, err
		}
		c, _ := rec.Get("cnt")
		i, _ := c.(int64)
		out = append(out, Count{Label: n.Key, Node: &n, Count: int(i)})
	}
	return out, nil
}

func plainCounts(recs []*neo4j.Record) []Count {
	out := make([]Count, 0, len(recs))
	for _, rec := range recs {
		l, _ := rec.Values[0].(string)
		c, _ := rec.Values[1].(int64)
		out = append(out, Count{Label: l, Count: int(c)})
	}
	return out
}

// ActFilter selects legal acts. Zero fields do not filter.
type ActFilter struct {
	CitedBySignedBy *Ref   // acts cited (or named) by letters this person signed
	CitedSince      string // acts cited by a letter dated on or after this day
	Type            string // "directive", "regulation", ...
	Year            int    // year of the act
	OnlyCited       bool   // acts at least one ingested letter cites
}

// ActPage is a page of legal acts in CELEX order.
type ActPage struct {
	Acts    []Node
	Cursors []string // Cursors[i] is the cursor after Acts[i]
	HasNext bool
}

func actMatch(f ActFilter, params map[string]any) string {
	q := "MATCH (a:LegalAct) "
	if f.CitedBySignedBy != nil {
		q = "MATCH (:Person {key: $signer})-[:SIGNED]->(:Document)-[:CITES|MENTIONS]->(a:LegalAct) "
		params["signer"] = f.CitedBySignedBy.Key
	}
	q += "WHERE ($type = '' OR a.type = $type) AND ($year = 0 OR a.year = $year) "
	params["type"], params["year"] = f.Type, int64(f.Year)
	if f.OnlyCited || f.CitedSince != "" {
		q += "AND EXISTS { (a)<-[:CITES|MENTIONS]-(d:Document) WHERE d.ingested = true AND d.date >= $since } "
		params["since"] = f.CitedSince
	}
	return q + "WITH DISTINCT a "
}

// LegalActs reads a page of legal acts matching f, by CELEX.
func (s *Store) LegalActs(ctx context.Context, f ActFilter, page PageArgs) (ActPage, error) {
	after, err := parseActCursor(page.After)
	if err != nil {
		return ActPage{}, err
	}
	params := map[string]any{"limit": int64(page.First + 1), "after": after}
	q := actMatch(f, params) + "WHERE a.key > $after RETURN " + nodeColumns(AllColumns, "a") + " ORDER BY a.key LIMIT $limit"
	recs, err := s.read(ctx, q, params)
	if err != nil {
		return ActPage{}, err
	}
	var p ActPage
	p.Acts, p.Cursors, p.HasNext, err = nodePage(recs, page.First, actCursor, Full())
	return p, err
}

// actCursor encodes the keyset position of an act in key order: its key.
func actCursor(n Node) string { return base64.RawURLEncoding.EncodeToString([]byte(n.Key)) }

// parseActCursor decodes an act cursor into the key to start after ("" for
// no cursor); a cursor that is no act key (printable text without spaces)
// is refused.
func parseActCursor(c string) (string, error) {
	if c == "" {
		return "", nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(raw) == 0 || !utf8.Valid(raw) {
		return "", ErrBadCursor
	}
	for _, r := range string(raw) {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return "", ErrBadCursor
		}
	}
	return string(raw), nil
}

// CountLegalActs counts the legal acts matching f.
func (s *Store) CountLegalActs(ctx context.Context, f ActFilter) (int, error) {
	params := map[string]any{}
	return s.count(ctx, actMatch(f, params)+"RETURN count(a)", params)
}
