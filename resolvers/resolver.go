// Package resolvers is the GraphQL adapter of jhagraph: gqlgen's generated
// code, the model types it binds to, and the resolvers that translate
// arguments, call the graph store and map errors. No Cypher, no extraction.
package resolvers

import (
	"context"

	"jhagraph/graph"
)

// Store is what the resolvers need from the knowledge graph; *graph.Store
// satisfies it. Reads of nodes take the plan's shape (plan.go) as a value.
type Store interface {
	Node(ctx context.Context, ref graph.Ref, sh graph.Shape) (graph.Node, error)
	DocumentText(ctx context.Context, key string) (string, error)
	Documents(ctx context.Context, f graph.DocFilter, page graph.PageArgs, sh graph.Shape) (graph.DocPage, error)
	CountDocuments(ctx context.Context, f graph.DocFilter) (int, error)
	// ConnPages and ConnCounts read a connection for a batch of parents.
	ConnPages(ctx context.Context, kind graph.Kind, keys []string, c graph.Conn, page graph.PageArgs, sh graph.Shape) (map[string]graph.Page, error)
	ConnCounts(ctx context.Context, kind graph.Kind, keys []string, c graph.Conn) (map[string]int, error)
	Search(ctx context.Context, query string, first int, c graph.Columns) ([]graph.Hit, error)
	Positions(ctx context.Context, f graph.PositionFilter, page graph.PageArgs, sh graph.Shape) (graph.PositionPage, error)
	CountPositions(ctx context.Context, f graph.PositionFilter) (int, error)
	OfficeTerms(ctx context.Context, person, office *graph.Ref, on string) ([]graph.Term, error)
	RelationCounts(ctx context.Context, ref graph.Ref) ([]graph.RelCount, error)
	Paths(ctx context.Context, from, to graph.Ref, maxHops, first int) ([]graph.Path, error)
	Timeline(ctx context.Context, ref graph.Ref, page graph.PageArgs, c graph.Columns) (graph.TimelinePage, error)
	CountTimeline(ctx context.Context, ref graph.Ref) (int, error)
	LegalActs(ctx context.Context, f graph.ActFilter, page graph.PageArgs) (graph.ActPage, error)
	CountLegalActs(ctx context.Context, f graph.ActFilter) (int, error)
	CitationsPerYear(ctx context.Context, celex string) ([]graph.Count, error)
	StanceCounts(ctx context.Context, ref graph.Ref) ([]graph.Count, error)
	MentionsPerCountry(ctx context.Context, memberStates bool, dateFrom, dateTo string) ([]graph.Count, error)
}

// Refs resolves the references analysts type to canonical keys.
type Refs interface {
	// Act resolves a legal act reference to its CELEX number.
	Act(ref string) (celex string, ok bool)
	// Kamerstuk resolves a Kamerstuk reference to its kst key.
	Kamerstuk(ref string) (key string, ok bool)
}

// Resolver holds the resolvers' dependencies. It has no mutable state.
type Resolver struct {
	Store Store
	Refs  Refs
	// MaxPage is the largest page a client may ask for.
	MaxPage int
	// MaxSearchChars and MaxSearchWords bound a search query (0: no bound).
	MaxSearchChars int
	MaxSearchWords int
	// Options choose how reads are made; the zero value is serve's.
	Options
}

// Options are the resolvers' read options. Their zero value is what serve
// uses; tests set them to compare the ways of reading.
type Options struct {
	// MaxAgenda bounds the agenda items and attendees read for one
	// meeting; 0 means DefaultMaxAgenda.
	MaxAgenda int
	// NoReadAhead turns off reading nested connections' first pages with
	// their parents (tests compare it with reading level by level).
	NoReadAhead bool
	// NoPruning turns off narrowing reads to the selection (tests check
	// that pruned reads answer as full ones do).
	NoPruning bool
}

// DefaultMaxAgenda is Options.MaxAgenda when that is 0.
const DefaultMaxAgenda = 100

// maxAgenda is Options.MaxAgenda with its default.
func (o Options) maxAgenda() int {
	if o.MaxAgenda > 0 {
		return o.MaxAgenda
	}
	return DefaultMaxAgenda
}
