package graph

import (
	"context"
	"fmt"

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

// rankIndex is an index on ranks, and how to give the ranks to a graph
// written before they existed.
type rankIndex struct {
	name, create string
	// missing finds up to 10,000 nodes or relations without a rank (their
	// element id first, then what rank needs); set writes the ranks.
	missing, set string
	rank         func(vals []any) string
}

func str(v any) string { s, _ := v.(string); return s }

// ownerRank is the rank of a relation found by a backfill query: element
// id, the owner's labels and key, the letter's date and key.
func ownerRank(v []any) string {
	owner := Ref{Key: str(v[2])}
	labels, _ := v[1].([]any)
	for _, l := range labels {
		if ValidKind(Kind(str(l))) {
			owner.Kind = Kind(str(l))
		}
	}
	return owner.ID() + " " + docRank(str(v[3]), str(v[4]))
}

var rankIndexes = []rankIndex{
	{
		name:    "position_item_rank",
		create:  "CREATE INDEX position_item_rank IF NOT EXISTS FOR (n:Position) ON (n.itemRank)",
		missing: "MATCH (n:Position) WHERE n.agendaItem IS NOT NULL AND n.itemRank IS NULL RETURN elementId(n), n.agendaItem, n.date, n.key LIMIT 10000",
		set:     "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n.itemRank = row.rank",
		rank:    func(v []any) string { return itemRankOf(str(v[1]), str(v[2]), str(v[3])) },
	},
	{
		name:    "rel_signed_rank",
		create:  "CREATE INDEX rel_signed_rank IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.rank)",
		missing: "MATCH (p:Person)-[r:SIGNED]->(d:Document) WHERE r.rank IS NULL RETURN elementId(r), labels(p), p.key, d.date, d.key LIMIT 10000",
		set:     "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r.rank = row.rank",
		rank:    ownerRank,
	},
	{
		name:    "rel_cites_rank",
		create:  "CREATE INDEX rel_cites_rank IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.rank)",
		missing: "MATCH (d:Document)-[r:CITES]->(x) WHERE r.rank IS NULL RETURN elementId(r), labels(x), x.key, d.date, d.key LIMIT 10000",
		set:     "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r.rank = row.rank",
		rank:    ownerRank,
	},
	{
		name:    "rel_mentions_rank",
		create:  "CREATE INDEX rel_mentions_rank IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.rank)",
		missing: "MATCH (d:Document)-[r:MENTIONS]->(x) WHERE r.rank IS NULL RETURN elementId(r), labels(x), x.key, d.date, d.key LIMIT 10000",
		set:     "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r.rank = row.rank",
		rank:    ownerRank,
	},
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
			have[str(n)] = true
		}
	}
	for _, ri := range rankIndexes {
		if have[ri.name] {
			continue
		}
		for {
			res, err := neo4j.ExecuteQuery(ctx, s.driver, ri.missing, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
			if err != nil {
				return fmt.Errorf("graph: schema setup: %s: %w", ri.name, err)
			}
			if len(res.Records) == 0 {
				break
			}
			rows := make([]map[string]any, 0, len(res.Records))
			for _, r := range res.Records {
				rows = append(rows, map[string]any{"id": r.Values[0], "rank": ri.rank(r.Values)})
			}
			if _, err := neo4j.ExecuteQuery(ctx, s.driver, ri.set, map[string]any{"rows": rows},
				neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
				return fmt.Errorf("graph: schema setup: %s: %w", ri.name, err)
			}
		}
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, ri.create, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("graph: schema setup %q: %w", ri.create, err)
		}
	}
	return nil
}
