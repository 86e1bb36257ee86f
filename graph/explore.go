package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// RelCount is the number of relations of one type and direction at a node.
type RelCount struct {
	Type     RelType
	Outgoing bool
	Count    int
}

// RelationCounts counts a node's relations by type and direction, in one query.
func (s *Store) RelationCounts(ctx context.Context, ref Ref) ([]RelCount, error) {
	if !ValidKind(ref.Kind) {
		return nil, fmt.Errorf("graph: unknown kind %q", ref.Kind)
	}
	recs, err := s.read(ctx, "MATCH (n:"+string(ref.Kind)+" {key: $key})-[r]-() "+
		"RETURN type(r) AS type, startNode(r) = n AS out, count(r) AS c ORDER BY type, out DESC",
		map[string]any{"key": ref.Key})
	if err != nil {
		return nil, err
	}
	out := make([]RelCount, 0, len(recs))
	for _, rec := range recs {
		t, _ := rec.Values[0].(string)
		o, _ := rec.Values[1].(bool)
		c, _ := rec.Values[2].(int64)
		out = append(out, RelCount{Type: RelType(t), Outgoing: o, Count: int(c)})
	}
	return out, nil
}

// TimelineKind says what a timeline entry is.
type TimelineKind string

// Timeline entry kinds.
const (
	TimelineDocument TimelineKind = "DOCUMENT"
	TimelineMeeting  TimelineKind = "MEETING"
	TimelinePosition TimelineKind = "POSITION"
)

// TimelineEntry is a dated document, meeting or position about an entity,
// with the relation that ties it to the entity.
type TimelineEntry struct {
	Date     string
	Kind     TimelineKind
	Node     Node
	Relation RelType
	Evidence Evidence
	Cursor   string
}

// TimelinePage is a page of a timeline.
type TimelinePage struct {
	Entries []TimelineEntry
	HasNext bool
}

type timelineCursor struct {
	Date string `json:"d"`
	Kind string `json:"k"`
	Key  string `json:"n"`
}

// rankedDocRels are, per kind, the types of the relations between an
// entity of that kind and a document: all of them ranked by the entity
// (rank.go), so that its documents, newest first, are its rank range. (A
// letter's relations start or end at the letter itself, which is where
// relRank ranks them, as the ranked document lists of read.go also rely
// on.)
var rankedDocRels = map[Kind][]RelType{
	KindLegalAct:     {RelCites, RelMentions},
	KindPerson:       {RelSigned, RelMentions},
	KindCountry:      {RelMentions},
	KindOrganisation: {RelMentions},
	KindOffice:       {RelMentions},
}

// rankedTimelineDocs is the documents source of a timeline for an entity
// whose document relations are all ranked. A rank orders by date newest
// first, then key; read from the top of the range down, it gives dates
// oldest first but keys of one date last first. So each relation type is
// read in two steps: a page from the index, downwards from the cursor's
// date ($rhi, exclusive); then everything from the last date of that page
// up to and including the cursor's date ($rhi2): the page again, every
// letter of its last date (which the page may have cut in the wrong
// place), and the letters of the cursor's own date (which the cursor
// condition sorts out). That is a page and the letters of two days.
func rankedTimelineDocs(types []RelType, after string) string {
	var b strings.Builder
	b.WriteString("CALL () { ")
	for i, t := range types {
		if i > 0 {
			b.WriteString("UNION ")
		}
		b.WriteString("CALL () { MATCH " + rankedPattern(t, "") + " WHERE r.rank > $ro + ' ' AND r.rank < $rhi " +
			"WITH r ORDER BY r.rank DESC LIMIT $limit RETURN collect(r.rank) AS rks } " +
			"WITH CASE WHEN size(rks) < $limit THEN $ro + ' ' " +
			"ELSE $ro + ' ' + split(substring(last(rks), size($ro) + 1), ' ')[0] END AS lo " +
			"MATCH " + rankedPattern(t, "x") + " WHERE r.rank > lo AND r.rank < $rhi2 RETURN DISTINCT x ")
	}
	b.WriteString("} WITH n, x WHERE x.ingested = true AND " + after +
		// The relation shown is the entity's first with the letter, as
		// the other ways choose it; found from the letter, whose
		// relations are few.
		"CALL (n, x) { UNWIND [(x)-[r]-(m) | [r, m]] AS p WITH p WHERE p[1] = n RETURN p[0] AS r ORDER BY r.rid LIMIT 1 } " +
		"WITH x, r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'DOCUMENT' AS kind, x.date AS date, r ")
	return b.String()
}

// Timeline reads the documents, meetings and positions about the entity ref,
// oldest first: documents by their date, meetings by their first day,
// positions by the date of the letter stating them. Meetings count when the
// entity is tied to them directly or through an agenda item that concerns it.
//
// c says what to read of the entries' nodes and of their relations.
func (s *Store) Timeline(ctx context.Context, ref Ref, page PageArgs, c Columns) (TimelinePage, error) {
	if !ValidKind(ref.Kind) {
		return TimelinePage{}, fmt.Errorf("graph: unknown kind %q", ref.Kind)
	}
	params := map[string]any{"key": ref.Key, "limit": int64(page.First + 1), "cdate": "", "ckind": "", "ckey": ""}
	if page.After != "" {
		date, kind, key, err := ParseTimelineCursor(page.After)
		if err != nil {
			return TimelinePage{}, err
		}
		params["cdate"], params["ckind"], params["ckey"] = date, string(kind), key
	}
	params["scanFactor"] = int64(s.scanFactor)
	ranked := rankedDocRels[ref.Kind]
	if !s.ranks {
		ranked = nil
	}
	if ranked != nil {
		ro := ref.ID()
		params["ro"], params["rhi"], params["rhi2"] = ro, ro+" ~", ro+" ~"
		if c := params["cdate"].(string); c != "" {
			params["rhi"], params["rhi2"] = ro+" "+dateRank(c), ro+" "+dateRank(c)+"!"
		}
	}
	after := func(kind string) string {
		return "(x.date > $cdate OR (x.date = $cdate AND ('" + kind + "' > $ckind OR ('" + kind + "' = $ckind AND x.key > $ckey)))) "
	}
	// The same condition for an index scan that starts at $cdate, written
	// without a top-level OR, which would make Neo4j give up the index's
	// order and sort every candidate.
	// When the source is not to be scanned (on is false), the scan starts
	// after every date, so that it reads nothing even where Neo4j plans it
	// before the condition that excludes it.
	scanAfter := func(kind, on string) string {
		return "x.date >= CASE WHEN " + on + " THEN $cdate ELSE '~' END AND x.key IS NOT NULL AND " +
			"NOT (x.date = $cdate AND NOT ('" + kind + "' > $ckind OR ('" + kind + "' = $ckind AND x.key > $ckey))) "
	}
	// Each source gives at most a page, in order. Documents come from the
	// rank indexes where all the entity's document relations are ranked
	// (rankedTimelineDocs). Otherwise a source that holds a
	// large share of all documents (or positions) is read in date order
	// from the index on (date, key), each candidate checked for a relation
	// to n; a smaller one is expanded from n and sorted. Either way a page
	// costs about a page, or a small share of the graph.
	docScan, docs := "false", ""
	if ranked != nil {
		docs = "WITH n " + rankedTimelineDocs(ranked, after("DOCUMENT"))
	} else {
		docScan = "COUNT { (n)-[:SIGNED|CITES|MENTIONS|ANNOTATES|REPORTS_ON|STATED_IN]-() } * $scanFactor > COUNT { (:Document) }"
		docs = "WITH n WHERE NOT docScan MATCH (n)-[r]-(x:Document) WHERE x.ingested = true AND " + after("DOCUMENT") +
			"WITH x, r ORDER BY r.rid WITH x, head(collect(r)) AS r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'DOCUMENT' AS kind, x.date AS date, r " +
			"UNION WITH n WHERE docScan MATCH (x:Document) WHERE " + scanAfter("DOCUMENT", "docScan") + "AND x.ingested = true " +
			// From the letter, whose relations are few; Neo4j would expand the
			// entity's, which are many when it is scanned for.
			"CALL (n, x) { UNWIND [(x)-[r]-(m) | [r, m]] AS p WITH p WHERE p[1] = n RETURN p[0] AS r ORDER BY r.rid LIMIT 1 } " +
			"WITH x, r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'DOCUMENT' AS kind, x.date AS date, r "
	}
	q := "MATCH (n:" + string(ref.Kind) + " {key: $key}) " +
		"WITH n, " + docScan + " AS docScan, " +
		"COUNT { (n)-[:ON|HOLDS]-() } * $scanFactor > COUNT { (:Position) } AS posScan " +
		"CALL (n, docScan, posScan) { " + docs +
		// Meetings tied to n directly (a letter on it, a person attending,
		// an item of it), expanded from n: pattern comprehensions, which
		// Neo4j cannot turn into a scan of all meetings checked against n.
		"UNION WITH n UNWIND [(n)-[r:ANNOTATES|REPORTS_ON|ATTENDS]->(x:CouncilMeeting) | [r, x]] + " +
		"[(n)<-[r:HAS_ITEM]-(x:CouncilMeeting) | [r, x]] AS p WITH p[0] AS r, p[1] AS x RETURN x, 'MEETING' AS kind, x.startDate AS date, r " +
		// Every letter on a meeting writes its own CONCERNS and HAS_ITEM:
		// an item is taken once, with one of its CONCERNS, and its meeting
		// found by the key the item carries, not through the HAS_ITEM of
		// every letter.
		"UNION WITH n MATCH (n)<-[c:CONCERNS]-(i:AgendaItem) WITH i, c ORDER BY c.rid WITH i, head(collect(c)) AS r " +
		"MATCH (x:CouncilMeeting {key: i.meeting}) RETURN x, 'MEETING' AS kind, x.startDate AS date, r " +
		"UNION WITH n WHERE NOT posScan MATCH (n)-[r:ON|HOLDS]-(x:Position) WHERE " + after("POSITION") +
		"WITH x, r ORDER BY r.rid WITH x, head(collect(r)) AS r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'POSITION' AS kind, x.date AS date, r " +
		"UNION WITH n WHERE posScan MATCH (x:Position) WHERE " + scanAfter("POSITION", "posScan") +
		"CALL (n, x) { UNWIND [(x)-[r:ON|HOLDS]-(m) | [r, m]] AS p WITH p WHERE p[1] = n RETURN p[0] AS r ORDER BY r.rid LIMIT 1 } " +
		"WITH x, r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'POSITION' AS kind, x.date AS date, r } " +
		"WITH x, kind, date, head(collect(r)) AS r WHERE date IS NOT NULL " +
		"AND (date > $cdate OR (date = $cdate AND (kind > $ckind OR (kind = $ckind AND x.key > $ckey)))) " +
		"WITH x, kind, date, r ORDER BY date, kind, x.key LIMIT $limit " +
		"RETURN date, kind, type(r) AS rtype, " + relExpr(c, "r") + " AS rel, " + nodeColumns(c, "x") + " ORDER BY date, kind, x.key"
	recs, err := s.read(ctx, q, params)
	if err != nil {
		return TimelinePage{}, err
	}
	var p TimelinePage
	names := namesOf(c)
	for i, rec := range recs {
		if i == page.First {
			p.HasNext = true
			break
		}
		n, err := nodeFromRecord(rec, names)
		if err != nil {
			return TimelinePage{}, err
		}
		m := rec.AsMap()
		e := TimelineEntry{Node: n}
		e.Date, _ = m["date"].(string)
		k, _ := m["kind"].(string)
		e.Kind = TimelineKind(k)
		t, _ := m["rtype"].(string)
		e.Relation = RelType(t)
		rp, _ := m["rel"].(map[string]any)
		e.Evidence = evidenceFrom(rp)
		e.Cursor = TimelineCursor(e)
		p.Entries = append(p.Entries, e)
	}
	return p, nil
}

// Step is one relation on a path, in the direction it points.
type Step struct {
	Type     RelType
	From, To Ref
	Evidence Evidence
}

// Path is a chain of relations between two entities.
type Path struct {
	Nodes []Node
	Steps []Step
}

// hopPatterns are the only variable-length patterns paths uses: the bound
// is chosen from this list, never written from input.
var hopPatterns = map[int]string{1: "[*..1]", 2: "[*..2]", 3: "[*..3]", 4: "[*..4]", 5: "[*..5]", 6: "[*..6]"}

// MaxHops is the longest path Paths looks for.
const MaxHops = 6

// Paths finds the shortest paths (at most first of them, each at most
// maxHops relations long) between two entities, in either direction.
func (s *Store) Paths(ctx context.Context, from, to Ref, maxHops, first int) ([]Path, error) {
	hops, ok := hopPatterns[maxHops]
	if !ok {
		return nil, fmt.Errorf("graph: maxHops must be between 1 and %d", MaxHops)
	}
	if !ValidKind(from.Kind) || !ValidKind(to.Kind) {
		return nil, fmt.Errorf("graph: unknown kind")
	}
	if from == to {
		return nil, nil
	}
	recs, err := s.read(ctx, "MATCH (a:"+string(from.Kind)+" {key: $from}), (b:"+string(to.Kind)+" {key: $to}) "+
		"MATCH p = allShortestPaths((a)-"+hops+"-(b)) RETURN p LIMIT $limit",
		map[string]any{"from": from.Key, "to": to.Key, "limit": int64(first)})
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("p")
		np, ok := v.(neo4j.Path)
		if !ok {
			return nil, fmt.Errorf("graph: path query returned %T", v)
		}
		byID := map[string]Ref{}
		var p Path
		for _, dn := range np.Nodes {
			labels := make([]any, len(dn.Labels))
			for i, l := range dn.Labels {
				labels[i] = l
			}
			props := make(map[string]any, len(dn.Props))
			for k, v := range dn.Props {
				if k != "text" {
					props[k] = v
				}
			}
			n, err := nodeFrom(labels, props)
			if err != nil {
				return nil, err
			}
			byID[dn.ElementId] = Ref{Kind: n.Kind, Key: n.Key}
			p.Nodes = append(p.Nodes, n)
		}
		for _, r := range np.Relationships {
			p.Steps = append(p.Steps, Step{Type: RelType(r.Type), From: byID[r.StartElementId], To: byID[r.EndElementId],
				Evidence: evidenceFrom(r.Props)})
		}
		out = append(out, p)
	}
	return out, nil
}

// CountTimeline counts the entries of the entity's timeline.
func (s *Store) CountTimeline(ctx context.Context, ref Ref) (int, error) {
	if !ValidKind(ref.Kind) {
		return 0, fmt.Errorf("graph: unknown kind %q", ref.Kind)
	}
	return s.count(ctx, "MATCH (n:"+string(ref.Kind)+" {key: $key}) "+
		"CALL (n) { "+
		"MATCH (n)--(x:Document) WHERE x.ingested = true AND x.date IS NOT NULL RETURN x "+
		"UNION MATCH (n)--(x:CouncilMeeting) WHERE x.startDate IS NOT NULL RETURN x "+
		"UNION MATCH (n)<-[:CONCERNS]-(:AgendaItem)<-[:HAS_ITEM]-(x:CouncilMeeting) WHERE x.startDate IS NOT NULL RETURN x "+
		"UNION MATCH (n)-[:ON|HOLDS]-(x:Position) WHERE x.date IS NOT NULL RETURN x } "+
		"RETURN count(x)", map[string]any{"key": ref.Key})
}
