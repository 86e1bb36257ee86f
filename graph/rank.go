package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Ranks let Neo4j read a page of a long list in order from an index instead
// of reading the whole list and sorting it: a rank is a string whose byte
// order is the list's order, prefixed with the key of the list's owner and a
// space, so that one owner's list is the index range [owner + " ",
// owner + "!"). The owner is named by its id (ID), which tells its kind, so
// a read need not check the kind of the relation's other end. Lists that
// have them:
//   - the positions under an agenda item (Position.itemRank, positionRank);
//   - the letters a person signed (SIGNED.rank, docRank);
//   - the letters that cite or name an act or a Kamerstuk (CITES.rank and
//     MENTIONS.rank, docRank, keyed by the cited node).
//
// Relations are written by the letter they were read from, which knows its
// own date, so a rank never goes stale: a letter whose date changes
// rewrites its relations.

// dateRank writes an ISO date so that ascending byte order is newest first:
// every digit d becomes 9-d; a missing date is "~", after every digit, which
// puts it last as the lists' coalesce(date, ”) DESC does.
func dateRank(date string) string {
	if date == "" {
		return "~"
	}
	d := []byte(date)
	for i, c := range d {
		if c >= '0' && c <= '9' {
			d[i] = '9' - (c - '0')
		}
	}
	return string(d)
}

// docRank sorts as docOrder: date newest first, then key.
func docRank(date, key string) string {
	return dateRank(date) + " " + key
}

// relRank is the rank of a relation of type t between from and to written
// by document doc dated date, or "" when t has none or the letter is not at
// the end where it should be. SIGNED ranks are owned by the person, CITES
// and MENTIONS ranks by the cited node.
func relRank(t RelType, from, to Ref, doc, date string) string {
	switch t {
	case RelSigned:
		if to.Kind == KindDocument && to.Key == doc {
			return from.ID() + " " + docRank(date, doc)
		}
	case RelCites, RelMentions:
		if from.Kind == KindDocument && from.Key == doc {
			return to.ID() + " " + docRank(date, doc)
		}
	}
	return ""
}

// rankedPattern is the pattern of a ranked relation r of type t (relRank)
// with its letter bound to v, or to nothing when v is "": the letter is at
// the end a SIGNED relation points to and at the start of the others.
func rankedPattern(t RelType, v string) string {
	d := "()"
	if v != "" {
		d = "(" + v + ":Document)"
	}
	if t == RelSigned {
		return d + "<-[r:SIGNED]-()"
	}
	return d + "-[r:" + string(t) + "]->()"
}

// rankIndex is an index on ranks, and the statement that gives ranks to
// the nodes or relations of a graph written before they existed: the same
// ranks as above, written in Cypher so that Neo4j computes them in one pass
// (TestRanksBackfilledAndRemoved checks that lists read the same after it).
type rankIndex struct {
	name, create, backfill string
}

// dateRankCypher is dateRank of the string expression e; the digits
// parameter maps every digit d to 9-d.
func dateRankCypher(e string) string {
	return "CASE WHEN coalesce(" + e + ", '') = '' THEN '~' ELSE reduce(s = '', c IN split(" + e + ", '') | s + coalesce($digits[c], c)) END"
}

// ownerIDCypher is the id of node x (ID): its kind's prefix and its key.
const ownerIDCypher = "coalesce($prefix[head([l IN labels(x) WHERE l IN keys($prefix)])], '') + x.key"

var rankIndexes = []rankIndex{
	{
		name:   "position_item_rank",
		create: "CREATE INDEX position_item_rank IF NOT EXISTS FOR (n:Position) ON (n.itemRank)",
		backfill: "MATCH (n:Position) WHERE n.agendaItem IS NOT NULL AND n.itemRank IS NULL CALL (n) { " +
			"SET n.itemRank = n.agendaItem + ' ' + " + dateRankCypher("n.date") + " + ' ' + split(n.key, ':')[0] + ' ' + " +
			"right('000000000' + split(n.key, ':')[1], 9) } IN TRANSACTIONS OF 10000 ROWS",
	},
	relRankIndex(RelSigned, "(x:Person)-[r:SIGNED]->(d:Document)"),
	relRankIndex(RelCites, "(d:Document)-[r:CITES]->(x)"),
	relRankIndex(RelMentions, "(d:Document)-[r:MENTIONS]->(x)"),
}

// relRankIndex is the rank index of relation type t, whose relations r
// pattern finds between the list's owner x and the letter d (relRank).
func relRankIndex(t RelType, pattern string) rankIndex {
	name := "rel_" + strings.ToLower(string(t)) + "_rank"
	return rankIndex{
		name:   name,
		create: "CREATE INDEX " + name + " IF NOT EXISTS FOR ()-[r:" + string(t) + "]-() ON (r.rank)",
		backfill: "MATCH " + pattern + " WHERE r.rank IS NULL CALL (r, x, d) { " +
			"SET r.rank = " + ownerIDCypher + " + ' ' + " + dateRankCypher("d.date") + " + ' ' + d.key } IN TRANSACTIONS OF 10000 ROWS",
	}
}

// setupRanks creates the rank indexes. An index that is not there yet
// means the graph may hold nodes or relations written before ranks
// existed: they get theirs first, and the index is created only then, so
// that an interrupted backfill is taken up again at the next start, and a
// start on a graph that has its indexes costs nothing.
func (s *Store) setupRanks(ctx context.Context) error {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "SHOW INDEXES YIELD name RETURN collect(name)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return fmt.Errorf("graph: schema setup: %w", err)
	}
	have := map[string]bool{}
	if len(res.Records) > 0 {
		names, _ := res.Records[0].Values[0].([]any)
		for _, n := range names {
			name, _ := n.(string)
			have[name] = true
		}
	}
	digits := map[string]any{}
	for d := '0'; d <= '9'; d++ {
		digits[string(d)] = string('9' - (d - '0'))
	}
	prefix := map[string]any{}
	for k, p := range idPrefix {
		prefix[string(k)] = p
	}
	for _, ri := range rankIndexes {
		if have[ri.name] {
			continue
		}
		// CALL { } IN TRANSACTIONS runs only in an auto-commit
		// transaction, which a session's Run is.
		session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
		res, err := session.Run(ctx, ri.backfill, map[string]any{"digits": digits, "prefix": prefix})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		session.Close(ctx)
		if err != nil {
			return fmt.Errorf("graph: schema setup: ranks for %s: %w", ri.name, err)
		}
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, ri.create, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("graph: schema setup %q: %w", ri.create, err)
		}
	}
	return nil
}
