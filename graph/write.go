package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// WriteStats says what one Write did.
type WriteStats struct {
	Entities  int // entities merged, the document included
	Relations int // relations merged
	Removed   int // relations of an earlier version of the document that it no longer supports
	// Unchanged: the document was written before from the very same graph
	// (same digest of everything its write sets), so the write changed nothing.
	Unchanged bool
}

// Write stores one document's graph in a single transaction: the document,
// every entity it names (merged on canonical keys) and every relation (merged
// on its identity: type, ends and evidence document). Relations that an
// earlier ingest of the same document wrote and that this version no longer
// supports are removed, as are nodes left without any relation that are
// neither ingested documents nor reference data. Writing the same graph twice
// leaves Neo4j exactly as after once.
func (s *Store) Write(ctx context.Context, g DocumentGraph) (WriteStats, error) {
	stats, errs := s.WriteAll(ctx, []DocumentGraph{g})
	return stats[0], errs[0]
}

// WriteAll stores several documents' graphs, each as Write would, in as few
// transactions as it can: one statement in one transaction for all of them
// (a transaction's commit and round trips cost Neo4j more than a small
// letter's rows). A document is never half-written: when the shared
// transaction fails for something Neo4j refused, it is rolled back whole and
// every document is written again in a transaction of its own, so that only
// the documents Neo4j refuses fail; so it is when the shared transaction
// missed the write deadline but Neo4j answers a ping (a busy machine). When
// Neo4j cannot be reached, all fail with ErrUnavailable. A graph that does not check out (planWrite) fails
// before any transaction. Two graphs of the same document go in separate
// transactions, in their order. stats[i] and errs[i] are gs[i]'s.
func (s *Store) WriteAll(ctx context.Context, gs []DocumentGraph) (stats []WriteStats, errs []error) {
	stats, errs = make([]WriteStats, len(gs)), make([]error, len(gs))
	var batch []int // indexes into gs of the planned graphs of the batch
	var plans []*writePlan
	keys := map[string]bool{}
	flush := func() {
		if len(batch) == 0 {
			return
		}
		res, err := s.writePlans(ctx, plans)
		switch {
		case err == nil:
			for j, i := range batch {
				stats[i] = res[j]
			}
		case len(batch) > 1 && ctx.Err() == nil && (!errors.Is(err, ErrUnavailable) || s.answers(ctx)):
			// One of them may be what Neo4j refused, or the batch was
			// more than a busy Neo4j could write within the deadline
			// (Neo4j still answers): each alone, with its own deadline.
			for j, i := range batch {
				res, err := s.writePlans(ctx, plans[j:j+1])
				if err != nil {
					errs[i] = fmt.Errorf("graph: write %s: %w", plans[j].docKey, err)
					continue
				}
				stats[i] = res[0]
			}
		default:
			for j, i := range batch {
				errs[i] = fmt.Errorf("graph: write %s: %w", plans[j].docKey, err)
			}
		}
		batch, plans = batch[:0], plans[:0]
		clear(keys)
	}
	for i, g := range gs {
		p, err := planWrite(g)
		if err != nil {
			errs[i] = err
			continue
		}
		if keys[p.docKey] {
			flush()
		}
		keys[p.docKey] = true
		batch, plans = append(batch, i), append(plans, p)
	}
	flush()
	return stats, errs
}

// answers reports whether Neo4j answers a ping within batchPingTimeout.
func (s *Store) answers(ctx context.Context) bool {
	ctx, cancel := context.WithTimeout(ctx, batchPingTimeout)
	defer cancel()
	return s.Ping(ctx) == nil
}

// batchPingTimeout bounds the ping that tells a batch too slow for the
// write deadline from a Neo4j that does not answer.
const batchPingTimeout = 3 * time.Second

// writePlans writes planned documents in one transaction.
func (s *Store) writePlans(ctx context.Context, plans []*writePlan) ([]WriteStats, error) {
	res, err := s.write(ctx, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		return runPlans(ctx, tx, plans)
	})
	if err != nil {
		return nil, err
	}
	return res.([]WriteStats), nil
}

// Seed merges reference entities (acts, countries, organisations) that exist
// whether or not a letter names them. Seeded nodes are never removed as
// orphans.
func (s *Store) Seed(ctx context.Context, entities []Entity) error {
	byKind, err := entityRows(entities, true)
	if err != nil {
		return err
	}
	// Seeding runs at every start, when Neo4j plans its statements for the
	// first time (tens of seconds on a busy machine): it gets the deadline
	// of a setup step, not a letter's.
	long := *s
	long.writeTimeout = max(s.writeTimeout, SeedTimeout)
	_, err = long.write(ctx, func(ctx context.Context, tx neo4j.ManagedTransaction) (any, error) {
		for _, k := range Kinds {
			rows := byKind[k]
			if len(rows) == 0 {
				continue
			}
			if _, err := tx.Run(ctx, mergeEntities(k, "$rows"), map[string]any{"rows": rows}); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	if err != nil {
		return fmt.Errorf("graph: seed: %w", err)
	}
	return nil
}

// SeedTimeout is the deadline of Seed when the write deadline
// (Config.WriteTimeout) is shorter.
const SeedTimeout = 5 * time.Minute

// writePlan is a document graph turned into query parameters, checked before
// any transaction opens.
type writePlan struct {
	docKey   string
	docProps map[string]any
	entities map[string]any   // kind -> rows {key, props}, every kind present
	rels     []map[string]any // rows {fk, tk, from, to, type, rid, props}
	rids     []string
	ends     []map[string]any // rels as the statement takes them, with the places of their ends (fi, ti)
	nEntity  int
	nRel     int
}

func planWrite(g DocumentGraph) (*writePlan, error) {
	d := g.Document
	if d.Key == "" {
		return nil, fmt.Errorf("graph: document without key")
	}
	if ref, err := ParseID(d.Key); err != nil || ref.Kind != KindDocument {
		return nil, fmt.Errorf("graph: document key %q is not a document key (%s)", d.Key, strings.Join(DocKeyPrefixes, ", "))
	}
	docProps, err := documentProps(d)
	if err != nil {
		return nil, err
	}
	var ents []Entity
	for _, e := range g.Entities {
		if e.Kind == KindDocument && e.Key == d.Key {
			continue // the document itself is written from Document
		}
		ents = append(ents, e)
	}
	byKind, err := entityRows(ents, false)
	if err != nil {
		return nil, err
	}
	p := &writePlan{docKey: d.Key, docProps: docProps, entities: map[string]any{}, rids: []string{}, nEntity: len(ents) + 1}
	for _, k := range Kinds {
		p.entities[string(k)] = append([]map[string]any{}, byKind[k]...) // empty, not null, when none
	}

	known := map[Ref]bool{{Kind: KindDocument, Key: d.Key}: true}
	for _, e := range ents {
		known[e.Ref()] = true
	}
	seen := map[string]bool{}
	for _, r := range g.Relations {
		if !ValidRelType(r.Type) {
			return nil, fmt.Errorf("graph: %s: unknown relation type %q", d.Key, r.Type)
		}
		for _, end := range []Ref{r.From, r.To} {
			if !known[end] {
				return nil, fmt.Errorf("graph: %s: %s relation refers to %s, which is not among the document's entities", d.Key, r.Type, end.ID())
			}
		}
		rid := relID(r.Type, r.From, r.To, d.Key)
		if seen[rid] {
			return nil, fmt.Errorf("graph: %s: relation %s from %s to %s occurs twice", d.Key, r.Type, r.From.ID(), r.To.ID())
		}
		seen[rid] = true
		props, err := flatProps(r.Props)
		if err != nil {
			return nil, fmt.Errorf("graph: %s: %s relation: %w", d.Key, r.Type, err)
		}
		for _, k := range evidenceProps {
			if _, taken := props[k]; taken {
				return nil, fmt.Errorf("graph: %s: %s relation: property %q is reserved for its evidence", d.Key, r.Type, k)
			}
		}
		props["doc"] = d.Key
		props["rid"] = rid
		props["quote"] = r.Evidence.Quote
		props["start"] = int64(r.Evidence.Start)
		props["end"] = int64(r.Evidence.End)
		if rank := relRank(r.Type, r.From, r.To, d.Key, d.Date); rank != "" {
			props["rank"] = rank
		}
		p.rels = append(p.rels, map[string]any{"fk": string(r.From.Kind), "tk": string(r.To.Kind),
			"from": r.From.Key, "to": r.To.Key, "type": string(r.Type), "rid": rid, "props": props})
		p.rids = append(p.rids, rid)
		p.nRel++
	}
	// A fixed order makes equal documents write alike.
	sort.Slice(p.rels, func(i, j int) bool {
		return p.rels[i]["rid"].(string) < p.rels[j]["rid"].(string)
	})
	// The digest of everything the write sets (JSON writes map keys in
	// order) tells a re-ingest of an unchanged letter from a changed one.
	sum, err := json.Marshal([]any{p.docProps, p.entities, p.rels})
	if err != nil {
		return nil, fmt.Errorf("graph: %s: digest: %w", d.Key, err)
	}
	p.docProps["digest"] = fmt.Sprintf("%x", sha256.Sum256(sum))
	// The statement finds a relation's ends by their place in the list of
	// the letter's nodes it merged: the document, then every kind's rows in
	// order (not part of the digest, which stays what it was).
	place := map[Ref]int64{{Kind: KindDocument, Key: d.Key}: 0}
	n := int64(1)
	for _, k := range Kinds {
		for _, row := range byKind[k] {
			place[Ref{Kind: k, Key: row["key"].(string)}] = n
			n++
		}
	}
	p.ends = make([]map[string]any, len(p.rels))
	for i, r := range p.rels {
		from := Ref{Kind: Kind(r["fk"].(string)), Key: r["from"].(string)}
		to := Ref{Kind: Kind(r["tk"].(string)), Key: r["to"].(string)}
		p.ends[i] = map[string]any{"fi": place[from], "ti": place[to], "fk": r["fk"], "tk": r["tk"],
			"from": r["from"], "to": r["to"], "type": r["type"], "props": r["props"]}
	}
	return p, nil
}

// param is the letter's entry in the statement's list $letters.
func (p *writePlan) param() map[string]any {
	return map[string]any{"key": p.docKey, "props": p.docProps, "entities": p.entities, "rels": p.ends, "rids": p.rids}
}

// writeQuery writes a batch of letters ($letters, one entry per letter,
// no key twice) in one statement whose text never changes, so that Neo4j
// plans it once (a statement costs a round trip and a few milliseconds of
// Neo4j's time, a transaction's commit more). The letters are written one
// after the other (CALL per row), each seeing what those before it wrote,
// so a batch writes what one transaction per letter would.
//
// Relations are created, never merged. Relations carry the key of the
// document they were read from (doc), and only that document's writes set
// it, so all the relations a letter wrote before are found by the per-type
// index on doc. A MERGE had to look for the relation among all those between
// its two ends, and hot pairs hold thousands (a minister and his office are
// joined once per letter he signed: 16,923 times at 28,000 letters), which
// made every write slower as the graph grew. So a document ingested before
// first loses all its relations, then the letter's are created afresh, then
// the nodes that only the old relations held up are removed.
//
// The document node is locked (a throwaway property is set) before
// "ingested before?" is read, so that two writers of the same letter take
// turns and the second sees what the first committed instead of both
// creating the relations.
//
// Labels and relationship types cannot be parameters in an index seek, so
// the entities are merged kind by kind, each kind's subquery returning its
// nodes in the order of its rows; a relation names its ends by their place
// (fi, ti) in the list of the letter's nodes (the document, then each kind's
// in Kinds order), checked against their label and key, and its type is a
// dynamic type in CREATE, which Neo4j 5.26 supports. Each letter's row says
// how many relations it created, which must be all of them.
//
// Neo4j plans a statement again when the counts of the graph have changed
// enough since it last did (by 75%, at most every 10 s), and a graph being
// built from nothing changes that much again and again. Planning this
// statement costs Neo4j seconds of CPU (30-56 s on a busy machine, in the
// transaction of the write that waits for it), and the plan cannot get
// better with the counts: every node is found by its key through the
// uniqueness constraint, and the old relations through the index on doc,
// which the USING INDEX hints ask for. So replan=skip keeps the plan it has.
var writeQuery = buildWriteQuery()

func buildWriteQuery() string {
	var b strings.Builder
	b.WriteString("CYPHER replan=skip\n")
	b.WriteString("UNWIND $letters AS l CALL (l) {\n")
	b.WriteString("MERGE (d:Document {key: l.key}) SET d.writeLock = true\n")
	b.WriteString("WITH l, d, coalesce(d.ingested, false) AS was, coalesce(d.digest = l.props.digest, false) AS same\n")
	// A letter written before from the very same graph changes nothing:
	// everything below is skipped, and only the lock is taken off again.
	b.WriteString("FOREACH (_ IN CASE WHEN was AND same THEN [1] ELSE [] END | REMOVE d.writeLock)\n")
	b.WriteString("WITH l, d, was, same OPTIONAL CALL (l, d, was, same) { WITH l, d, was WHERE NOT (was AND same) SET d = l.props WITH l, d, was\n")
	// The old relations: all of them go; those the new version does not
	// repeat are counted as removed; their ends are checked for orphans at
	// the end.
	b.WriteString("CALL (l, was) { WITH l, was WHERE was CALL (l) { ")
	for i, t := range RelTypes {
		if i > 0 {
			b.WriteString(" UNION ALL ")
		}
		b.WriteString("MATCH ()-[r:" + string(t) + " {doc: l.key}]->() USING INDEX r:" + string(t) + "(doc) RETURN r")
	}
	b.WriteString(" }\n")
	// (No grouping key: with none, collect gives one row even of nothing.)
	b.WriteString("  WITH collect(r) AS rs\n")
	b.WriteString("  WITH rs, [r IN rs | r.rid] AS old, " +
		"reduce(acc = [], r IN rs | CASE WHEN startNode(r) IN acc THEN acc ELSE acc + startNode(r) END) AS starts, " +
		"reduce(acc = [], r IN rs | CASE WHEN endNode(r) IN acc THEN acc ELSE acc + endNode(r) END) AS stops\n")
	b.WriteString("  FOREACH (r IN rs | DELETE r) RETURN old, starts + stops AS ends }\n")
	nodes := []string{"[d]"}
	for i, k := range Kinds {
		v := fmt.Sprintf("n%d", i)
		b.WriteString("CALL (l) { " + mergeEntities(k, "l.entities."+string(k)) + " RETURN collect(n) AS " + v + " }\n")
		nodes = append(nodes, v)
	}
	b.WriteString("WITH l, size([x IN old WHERE NOT x IN l.rids]) AS removed, ends, " + strings.Join(nodes, " + ") + " AS nodes\n")
	b.WriteString("CALL (l, nodes) { UNWIND l.rels AS row WITH row, nodes[row.fi] AS a, nodes[row.ti] AS b\n")
	b.WriteString("  WHERE a.key = row.from AND b.key = row.to AND row.fk IN labels(a) AND row.tk IN labels(b)\n")
	b.WriteString("  CREATE (a)-[r:$(row.type)]->(b) SET r = row.props RETURN count(r) AS created }\n")
	// Nodes only the old relations held up, unless they are ingested
	// documents or reference data.
	b.WriteString("FOREACH (n IN [x IN ends WHERE NOT EXISTS { (x)--() } AND NOT coalesce(x.ingested, false) " +
		"AND NOT coalesce(x.reference, false)] | DELETE n)\n")
	b.WriteString("RETURN removed, created }\n")
	b.WriteString("RETURN coalesce(removed, 0) AS removed, was AND same AS same, created }\n")
	b.WriteString("RETURN l.key AS key, removed, same, created")
	return b.String()
}

// runPlans writes planned letters with writeQuery and checks what each
// letter's row says.
func runPlans(ctx context.Context, tx neo4j.ManagedTransaction, plans []*writePlan) ([]WriteStats, error) {
	letters := make([]map[string]any, len(plans))
	for i, p := range plans {
		letters[i] = p.param()
	}
	res, err := tx.Run(ctx, writeQuery, map[string]any{"letters": letters})
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	if len(recs) != len(plans) {
		return nil, fmt.Errorf("graph: the write statement answered %d rows for %d letters", len(recs), len(plans))
	}
	out := make([]WriteStats, len(plans))
	for i, rec := range recs {
		p := plans[i]
		if key, _ := rec.Values[0].(string); key != p.docKey {
			return nil, fmt.Errorf("graph: the write statement answered for %q in place of %s", key, p.docKey)
		}
		st := WriteStats{Entities: p.nEntity, Relations: p.nRel}
		removed, _ := rec.Values[1].(int64)
		st.Removed = int(removed)
		st.Unchanged, _ = rec.Values[2].(bool)
		if created, _ := rec.Values[3].(int64); !st.Unchanged && created != int64(p.nRel) {
			return nil, fmt.Errorf("graph: %s: %d of its %d relations were created (an end not found where the plan put it)", p.docKey, created, p.nRel)
		}
		out[i] = st
	}
	return out, nil
}

// mergeEntities merges nodes of one kind from the rows of the list
// parameter rows. A Document named by another letter (a cited Kamerstuk)
// gets a stub that never overwrites an ingested document, and a Position is
// its letter's alone, so the letter's properties replace what it wrote
// before. Every other node is shared: several letters (and the reference
// data) say things about it, in any order, from any number of workers, any
// number of times, and the node must come out the same. So each property is
// the join of everything written to it, by a rule that does not care about
// order (mergeShared), and the name, aliases and search text are derived
// from the merged properties in the same statement.
func mergeEntities(k Kind, rows string) string {
	switch k {
	case KindDocument:
		return "UNWIND " + rows + " AS row MERGE (n:Document {key: row.key}) ON CREATE SET n += row.props, n.ingested = false"
	case KindPosition:
		return "UNWIND " + rows + " AS row MERGE (n:Position {key: row.key}) SET n += row.props"
	}
	return "UNWIND " + rows + " AS row MERGE (n:" + string(k) + " {key: row.key}) " + mergeShared(k)
}

// mergeShared merges what one writer says of a shared node (one that
// several letters name) into what the node holds:
//
//   - a boolean is true when any writer says true ("informal", "reference");
//   - a property of maxProps takes the greatest value written (a meeting's
//     last day: a letter that gives only the first day does not shorten it);
//   - any other property takes the least value written (Cypher's order:
//     strings by code point, numbers, lists element by element);
//   - the name: reference data's name over a letter's; among the others the
//     one with the most non-ASCII letters (the spelling with its diacritics,
//     "Yeşilgöz" over "Yesilgöz"), then the least. A council meeting's name
//     is made from its merged properties instead (meetingName), and an agenda
//     item's is its merged title;
//   - aliases: every alias and every name written, except the name, sorted;
//   - searchText: the name, the key and the aliases, as entityRows writes it.
//
// Each rule is a join (commutative, associative, idempotent), so the node
// is the same whatever the order and however often a letter is written.
// The node is locked before any of its properties is read (a throwaway
// property is set, the way Neo4j's manual takes a write lock in Cypher, and
// removed at the end), so that concurrent writers take turns instead of
// losing an update.
func mergeShared(k Kind) string {
	var b strings.Builder
	b.WriteString("SET n.writeLock = true\n")
	b.WriteString("WITH n, row, coalesce(row.props.reference, false) AS ref, coalesce(n.reference, false) AS wasRef\n")
	// The name a writer offers wins against the node's when it ranks first.
	rank := func(s string) string { return "[-size([c IN split(" + s + ", '') WHERE c > '\\u007f']), " + s + "]" }
	b.WriteString("WITH n, row, CASE WHEN n.name IS NULL THEN true WHEN ref <> wasRef THEN ref ELSE " +
		rank("row.props.name") + " < " + rank("n.name") + " END AS take, ")
	if k == KindCouncilMeeting {
		b.WriteString("coalesce(n.aliases, []) + row.props.aliases AS pool\n")
	} else {
		b.WriteString("coalesce(n.aliases, []) + coalesce(n.name, []) + row.props.aliases + row.props.name AS pool\n")
	}
	b.WriteString("FOREACH (p IN [p IN keys(row.props) WHERE NOT p IN ['key', 'name', 'aliases', 'searchText']] | " +
		"SET n[p] = CASE WHEN n[p] IS NULL THEN row.props[p] " +
		"WHEN row.props[p] IS :: BOOLEAN OR p IN ['" + strings.Join(maxProps, "', '") + "'] THEN " +
		"CASE WHEN row.props[p] > n[p] THEN row.props[p] ELSE n[p] END " +
		"WHEN row.props[p] < n[p] THEN row.props[p] ELSE n[p] END)\n")
	switch k {
	case KindCouncilMeeting:
		b.WriteString("SET n.name = " + meetingName("n") + "\n")
	case KindAgendaItem:
		b.WriteString("SET n.name = coalesce(n.title, CASE WHEN take THEN row.props.name ELSE n.name END)\n")
	default:
		b.WriteString("SET n.name = CASE WHEN take THEN row.props.name ELSE n.name END\n")
	}
	b.WriteString("SET n.aliases = COLLECT { UNWIND pool AS a WITH DISTINCT a WHERE a <> n.name RETURN a ORDER BY a }\n")
	b.WriteString("SET n.searchText = reduce(s = n.name + ' | ' + n.key, a IN n.aliases | s + ' | ' + a) REMOVE n.writeLock")
	return b.String()
}

// maxProps are the properties of shared nodes that keep the greatest value
// written rather than the least.
var maxProps = []string{"endDate"}

// meetingName is the Cypher expression of a council meeting's name, made
// from its merged properties the way ingest names a meeting: "JHA Council
// (informal), 25–26 January 2024", "JHA Council, 30 November–1 December 2022".
func meetingName(n string) string {
	months := "['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']"
	day := func(d string) string { return "toString(" + d + ".day)" }
	month := func(d string) string { return months + "[" + d + ".month - 1]" }
	year := func(d string) string { return "toString(" + d + ".year)" }
	s := "date(" + n + ".startDate)"
	e := "date(coalesce(" + n + ".endDate, " + n + ".startDate))"
	full := func(d string) string { return day(d) + " + ' ' + " + month(d) + " + ' ' + " + year(d) }
	return "coalesce(" + n + ".formation, 'JHA') + ' Council' + CASE WHEN " + n + ".informal THEN ' (informal)' ELSE '' END + ', ' + CASE " +
		"WHEN " + s + " = " + e + " THEN " + full(s) + " " +
		"WHEN " + s + ".month = " + e + ".month AND " + s + ".year = " + e + ".year THEN " + day(s) + " + '–' + " + full(e) + " " +
		"WHEN " + s + ".year = " + e + ".year THEN " + day(s) + " + ' ' + " + month(s) + " + '–' + " + full(e) + " " +
		"ELSE " + full(s) + " + '–' + " + full(e) + " END"
}

// evidenceProps are the relation properties that hold its evidence and
// identity, and its place in its lists (rank.go); a relation's own facts
// must use other names.
var evidenceProps = []string{"doc", "rid", "quote", "start", "end", "rank"}

func relID(t RelType, from, to Ref, doc string) string {
	return string(t) + "|" + from.ID() + "|" + to.ID() + "|" + doc
}

func entityRows(ents []Entity, reference bool) (map[Kind][]map[string]any, error) {
	byKind := map[Kind][]map[string]any{}
	seen := map[Ref]bool{}
	for _, e := range ents {
		if !ValidKind(e.Kind) {
			return nil, fmt.Errorf("graph: entity %q: unknown kind %q", e.Key, e.Kind)
		}
		if e.Key == "" {
			return nil, fmt.Errorf("graph: %s entity %q without key", e.Kind, e.Name)
		}
		if seen[e.Ref()] {
			return nil, fmt.Errorf("graph: entity %s occurs twice", e.Ref().ID())
		}
		seen[e.Ref()] = true
		props, err := flatProps(e.Props)
		if err != nil {
			return nil, fmt.Errorf("graph: entity %s: %w", e.Ref().ID(), err)
		}
		props["key"] = e.Key
		props["name"] = e.Name
		props["aliases"] = append([]string{}, e.Aliases...)
		props["searchText"] = strings.Join(append([]string{e.Name, e.Key}, e.Aliases...), " | ")
		if reference {
			props["reference"] = true
		}
		if e.Kind == KindPosition {
			// Read by the index of a page of an agenda item's positions
			// (positionPage). A position is its letter's alone, so what an
			// earlier version of the letter set and this one does not is
			// removed (SET += removes a property set to null).
			if item, _ := props["agendaItem"].(string); item != "" {
				date, _ := props["date"].(string)
				props["itemRank"] = itemRankOf(item, date, e.Key)
			} else {
				props["agendaItem"], props["itemRank"] = nil, nil
			}
		}
		byKind[e.Kind] = append(byKind[e.Kind], map[string]any{"key": e.Key, "props": props})
	}
	for _, rows := range byKind {
		sort.Slice(rows, func(i, j int) bool { return rows[i]["key"].(string) < rows[j]["key"].(string) })
	}
	return byKind, nil
}

func documentProps(d Document) (map[string]any, error) {
	ev, err := json.Marshal(d.Evidence)
	if err != nil {
		return nil, fmt.Errorf("graph: %s: evidence: %w", d.Key, err)
	}
	var disc []byte
	if len(d.Discrepancies) > 0 {
		if disc, err = json.Marshal(d.Discrepancies); err != nil {
			return nil, fmt.Errorf("graph: %s: discrepancies: %w", d.Key, err)
		}
	}
	name := d.Title
	if name == "" {
		name = d.Key
	}
	p := map[string]any{
		"key": d.Key, "name": name, "ingested": true,
		"dossier": d.Dossier, "number": d.Number, "date": d.Date, "kind": d.Kind,
		"title": d.Title, "addressee": d.Addressee, "source": d.Source, "url": d.URL, "text": d.Text,
		"dossierInferred": d.DossierInferred, "metaEvidence": string(ev),
		"docNumber": d.DocNumber, "discrepancies": string(disc),
		"searchText": strings.Join([]string{d.Key, KstName(d.Dossier, d.Number), d.Title}, " | "),
	}
	for k, v := range p {
		if v == "" {
			delete(p, k) // absent, not empty: filters and sorting treat missing as null
		}
	}
	if len(d.Dossiers) > 0 {
		p["dossiers"] = d.Dossiers
	}
	if d.DocNumber != "" {
		p["searchText"] = p["searchText"].(string) + " | " + d.DocNumber
	}
	return p, nil
}

// KstName writes a Kamerstuk the way letters do: "Kamerstuk 32 317, nr. 866",
// "Kamerstuk 35 913, B", "Kamerstuk 21 501-20, nr. 1234", "Kamerstuk 36 200 VI, nr. 5".
// It is "" when dossier or number is unknown.
func KstName(dossier, number string) string {
	if dossier == "" || number == "" {
		return ""
	}
	d, sub, _ := strings.Cut(dossier, "-")
	if len(d) > 3 {
		d = d[:len(d)-3] + " " + d[len(d)-3:]
	}
	if sub != "" {
		if strings.Trim(sub, "IVXLC") == "" {
			d += " " + sub
		} else {
			d += "-" + sub
		}
	}
	if number[0] >= '0' && number[0] <= '9' {
		return "Kamerstuk " + d + ", nr. " + number
	}
	return "Kamerstuk " + d + ", " + number
}

// flatProps checks that property values are ones Neo4j can store (strings,
// numbers, booleans and lists of them) and copies the map.
func flatProps(in map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(in)+6)
	for k, v := range in {
		switch x := v.(type) {
		case string, bool, int64, float64, []string, []int64, []float64, []bool:
			out[k] = x
		case int:
			out[k] = int64(x)
		case []int:
			l := make([]int64, len(x))
			for i, n := range x {
				l[i] = int64(n)
			}
			out[k] = l
		case float32:
			out[k] = float64(x)
		case nil:
		default:
			return nil, fmt.Errorf("property %q: unsupported value type %T", k, v)
		}
	}
	return out, nil
}

// WarmUp has Neo4j plan the write statement before the first write needs
// it: it writes g in a transaction that is rolled back, so it leaves the
// graph as it was. Neo4j plans a statement the first time it sees its text
// (and again after a restart); the write statement is large, and on a busy
// machine its planning alone has taken 30-56 s, past a letter's write
// deadline. WarmUp gets its own deadline, timeout, so that the letters'
// writes keep theirs. It returns how long it took.
func (s *Store) WarmUp(ctx context.Context, g DocumentGraph, timeout time.Duration) (time.Duration, error) {
	start := time.Now()
	p, err := planWrite(g)
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout+writeGrace)
	defer cancel()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx, neo4j.WithTxTimeout(timeout))
	if err == nil {
		_, err = runPlans(ctx, tx, []*writePlan{p})
		if rerr := tx.Rollback(ctx); err == nil {
			err = rerr
		}
	}
	if err != nil {
		if isUnavailable(err) {
			err = fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		return time.Since(start), fmt.Errorf("graph: warming up the write statement: %w", err)
	}
	return time.Since(start), nil
}
