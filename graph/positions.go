package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// PositionFilter selects positions. Zero fields do not filter.
type PositionFilter struct {
	Actor       *Ref     // who holds the position (a Country, Organisation, Person)
	Subject     *Ref     // an entity the position is on
	SubjectText string   // words in the position's subject or quote (case-insensitive)
	Stances     []string // any of these stances
	DateFrom    string   // ISO date, inclusive
	DateTo      string   // ISO date, inclusive
	Document    string   // the kst key of the document that states it
	Item        string   // the key of the agenda item it sits under
}

// PositionPage is a page of positions, newest first and in reading order
// within a document.
type PositionPage struct {
	Positions []Node
	Cursors   []string
	HasNext   bool
}

func positionMatch(f PositionFilter, ps paramSet, parent string) (string, error) {
	var b strings.Builder
	key := func(field, k string) string {
		if field == parent {
			return "pk"
		}
		return ps.add(field, k)
	}
	if f.Actor != nil {
		if !ValidKind(f.Actor.Kind) {
			return "", fmt.Errorf("graph: unknown kind %q", f.Actor.Kind)
		}
		b.WriteString("MATCH (:" + string(f.Actor.Kind) + " {key: " + key("actor", f.Actor.Key) + "})-[:HOLDS]->(n:Position) ")
	}
	if f.Subject != nil {
		if !ValidKind(f.Subject.Kind) {
			return "", fmt.Errorf("graph: unknown kind %q", f.Subject.Kind)
		}
		b.WriteString("MATCH (n:Position)-[:ON]->(:" + string(f.Subject.Kind) + " {key: " + key("subject", f.Subject.Key) + "}) ")
	}
	if f.Item != "" {
		b.WriteString("MATCH (n:Position)-[:STATED_IN]->(:AgendaItem {key: " + key("item", f.Item) + "}) ")
	}
	if f.Actor == nil && f.Subject == nil && f.Item == "" {
		b.WriteString("MATCH (n:Position) ")
	}
	b.WriteString("WHERE " + strings.Join(positionWhere(f, ps), " AND ") + " ")
	return b.String(), nil
}

// positionWhere are the conditions of f on positions n besides whom they
// are held by, what they are on and where they stand (the MATCH).
func positionWhere(f PositionFilter, ps paramSet) []string {
	where := []string{"true"}
	if len(f.Stances) > 0 {
		where = append(where, "n.stance IN "+ps.add("stances", f.Stances))
	}
	if f.DateFrom != "" {
		where = append(where, "n.date >= "+ps.add("dateFrom", f.DateFrom))
	}
	if f.DateTo != "" {
		where = append(where, "n.date <= "+ps.add("dateTo", f.DateTo))
	}
	if f.Document != "" {
		where = append(where, "n.key STARTS WITH "+ps.add("docPrefix", f.Document+":"))
	}
	if f.SubjectText != "" {
		t := ps.add("text", strings.ToLower(f.SubjectText))
		where = append(where, "(toLower(coalesce(n.subject, '')) CONTAINS "+t+" OR toLower(coalesce(n.quote, '')) CONTAINS "+t+")")
	}
	return where
}

// positionOrder sorts positions by date (newest first), then document, then
// ordinal: the reading order within a letter.
const positionOrder = "coalesce(n.date, '') DESC, split(n.key, ':')[0] ASC, toInteger(split(n.key, ':')[1]) ASC"

type positionCursor struct {
	Date string `json:"d"`
	Doc  string `json:"k"`
	Ord  int    `json:"o"`
}

func positionCursorOf(n Node) string {
	doc, ord, _ := strings.Cut(n.Key, ":")
	o, _ := strconv.Atoi(ord)
	b, _ := json.Marshal(positionCursor{Date: n.Str("date"), Doc: doc, Ord: o})
	return base64.RawURLEncoding.EncodeToString(b)
}

// Positions reads a page of positions matching f, in shape sh.
func (s *Store) Positions(ctx context.Context, f PositionFilter, page PageArgs, sh Shape) (PositionPage, error) {
	ps := newParams(nil)
	q, order, err := positionPage(f, ps, "", page)
	if err != nil {
		return PositionPage{}, err
	}
	calls, ncols, err := nestCalls(sh, "n", ps)
	if err != nil {
		return PositionPage{}, err
	}
	q = q + calls + "RETURN " + nodeColumns(sh.Columns, "n") + ncols + " ORDER BY " + order
	recs, err := s.read(ctx, q, ps.m)
	if err != nil {
		return PositionPage{}, err
	}
	var p PositionPage
	p.Positions, p.Cursors, p.HasNext, err = nodePage(recs, page.First, positionCursorOf, sh)
	return p, err
}

// positionAfter is the keyset condition for positions after the cursor c.
func positionAfter(c string, ps paramSet) (string, error) {
	if c == "" {
		return "", nil
	}
	pc, err := parsePositionCursor(c)
	if err != nil {
		return "", err
	}
	cd, ck, co := ps.add("cdate", pc.Date), ps.add("cdoc", pc.Doc), ps.add("cord", int64(pc.Ord))
	return "WITH n, coalesce(n.date, '') AS d, split(n.key, ':')[0] AS k, toInteger(split(n.key, ':')[1]) AS o " +
		"WHERE d < " + cd + " OR (d = " + cd + " AND (k > " + ck + " OR (k = " + ck + " AND o > " + co + "))) ", nil
}

func parsePositionCursor(c string) (positionCursor, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	var pc positionCursor
	// A position's key is "<document key>:<ordinal>": a document with a
	// colon comes from no cursor this package wrote.
	if err != nil || json.Unmarshal(raw, &pc) != nil || pc.Doc == "" || strings.Contains(pc.Doc, ":") {
		return pc, ErrBadCursor
	}
	return pc, nil
}

// positionPage is the query of one page of the positions f selects (see
// pageOf), and the order it returns them in.
//
// The positions under one agenda item are read in order from an index, so
// that a page of them costs the page, not all of them (the busiest item of
// a 28,000-letter graph holds ~2,000): each such position stores itemRank,
// its item's key and a string that sorts in positionOrder (itemRankOf), and
// the page is a range of the index on itemRank.
func positionPage(f PositionFilter, ps paramSet, parent string, page PageArgs) (q, order string, err error) {
	c := page.After
	limit := ps.add("limit", int64(page.First+1))
	if f.Item == "" || f.Actor != nil || f.Subject != nil {
		m, err := positionMatch(f, ps, parent)
		if err != nil {
			return "", "", err
		}
		after, err := positionAfter(c, ps)
		if err != nil {
			return "", "", err
		}
		return pageOf(m, after, positionOrder, limit), positionOrder, nil
	}
	lo := "pk + ' '"
	if parent != "item" {
		lo = ps.add("item", f.Item) + " + ' '"
	}
	hi := strings.TrimSuffix(lo, "' '") + "'!'" // ' ' is followed by '!'
	if c != "" {
		pc, err := parsePositionCursor(c)
		if err != nil {
			return "", "", err
		}
		lo += " + " + ps.add("crank", positionRank(pc.Date, pc.Doc, pc.Ord))
	}
	m := "MATCH (n:Position) WHERE n.itemRank > " + lo + " AND n.itemRank < " + hi + " AND " +
		strings.Join(positionWhere(f, ps), " AND ") + " "
	return pageOf(m, "", "n.itemRank", limit), "n.itemRank", nil
}

// itemRankOf is the itemRank of position key (doc:ordinal) dated date under
// agenda item item: the item's key, a space, and positionRank.
func itemRankOf(item, date, key string) string {
	doc, ord, _ := strings.Cut(key, ":")
	o, _ := strconv.Atoi(ord)
	return item + " " + positionRank(date, doc, o)
}

// positionRank is a string whose byte order is positionOrder: dateRank, a
// space, the document's key (a space sorts before every character of a key,
// so a key sorts before the longer keys it begins), a space and the ordinal
// with leading zeros.
func positionRank(date, doc string, ord int) string {
	return fmt.Sprintf("%s %s %09d", dateRank(date), doc, ord)
}

// CountPositions counts the positions matching f.
func (s *Store) CountPositions(ctx context.Context, f PositionFilter) (int, error) {
	ps := newParams(nil)
	q, err := positionMatch(f, ps, "")
	if err != nil {
		return 0, err
	}
	return s.count(ctx, q+"RETURN count(DISTINCT n)", ps.m)
}

// Term is a period in which a person held an office.
type Term struct {
	Person Node
	Office Node
	Start  string // ISO date; "" when unknown
	End    string // ISO date; "" while in office
	// Evidence is set when a letter shows the person in the office; terms
	// known only from reference data have none.
	Evidence *Evidence
}

// OfficeTerms returns the terms of office of a person (when person is set)
// or of an office (when office is set), optionally only those covering the
// day on (ISO). Terms come from reference data (the person's `terms`) and
// from letters (HELD_OFFICE with start and end).
func (s *Store) OfficeTerms(ctx context.Context, person, office *Ref, on string) ([]Term, error) {
	params := map[string]any{"on": on}
	var q string
	switch {
	case person != nil:
		q = "MATCH (p:Person {key: $person}) "
		params["person"] = person.Key
	case office != nil:
		// People whose reference terms name the office, and people whom a
		// letter shows in it.
		q = "CALL () { MATCH (p:Person) WHERE any(t IN coalesce(p.terms, []) WHERE split(t, '|')[0] = $office) RETURN p " +
			"UNION MATCH (p:Person)-[:HELD_OFFICE]->(:Office {key: $office}) RETURN p } "
		params["office"] = office.Key
	default:
		return nil, fmt.Errorf("graph: office terms of what?")
	}
	q += "WITH DISTINCT p " +
		"WITH p, [t IN coalesce(p.terms, []) | split(t, '|')] AS ref, " +
		"[(p)-[h:HELD_OFFICE]->(o:Office) | {office: o.key, start: coalesce(h.termStart, ''), end: coalesce(h.termEnd, ''), rel: properties(h)}] AS seen " +
		"UNWIND ([t IN ref | {office: t[0], start: t[1], end: coalesce(t[2], ''), rel: null}] + seen) AS term " +
		"WITH p, term WHERE ($office IS NULL OR term.office = $office) " +
		"AND ($on = '' OR ((term.start = '' OR term.start <= $on) AND (term.end = '' OR term.end >= $on))) " +
		"OPTIONAL MATCH (o:Office {key: term.office}) " +
		"RETURN p {.*} AS person, o {.*} AS office, term.office AS officeKey, term.start AS start, term.end AS end, term.rel AS rel " +
		"ORDER BY start, p.key"
	if _, ok := params["office"]; !ok {
		params["office"] = nil
	}
	recs, err := s.read(ctx, q, params)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	var out []Term
	for _, rec := range recs {
		m := rec.AsMap()
		pp, _ := m["person"].(map[string]any)
		op, _ := m["office"].(map[string]any)
		pn, err := nodeFrom([]any{string(KindPerson)}, pp)
		if err != nil {
			return nil, err
		}
		on := Node{Kind: KindOffice}
		if op != nil {
			if on, err = nodeFrom([]any{string(KindOffice)}, op); err != nil {
				return nil, err
			}
		} else {
			on.Key, _ = m["officeKey"].(string)
			on.Name = on.Key
			on.Props = map[string]any{"key": on.Key}
		}
		t := Term{Person: pn, Office: on}
		t.Start, _ = m["start"].(string)
		t.End, _ = m["end"].(string)
		if rp, ok := m["rel"].(map[string]any); ok {
			ev := evidenceFrom(rp)
			t.Evidence = &ev
		}
		// One term per person, office and start: a letter's evidence wins
		// over the bare reference entry.
		k := pn.Key + "|" + on.Key + "|" + t.Start
		if i, dup := seen[k]; dup {
			if out[i].Evidence == nil {
				out[i].Evidence = t.Evidence
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, t)
	}
	return out, nil
}
