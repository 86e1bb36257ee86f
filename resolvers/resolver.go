// Package resolvers is the GraphQL adapter of jhagraph: gqlgen's generated
// code, the model types it binds to, and the resolvers that translate
// arguments, call the graph store and map errors. No Cypher, no extraction.
package resolvers

import (
	"context"

	"jhagraph/graph"
)

// Store is what the resolvers need from the knowledge graph; *graph.Store
// satisfies it.
type Store interface {
	Node(ctx context.Context, ref graph.Ref) (graph.Node, error)
	DocumentText(ctx context.Context, key string) (string, error)
	Documents(ctx context.Context, f graph.DocFilter, page graph.PageArgs) (graph.DocPage, error)
	CountDocuments(ctx context.Context, f graph.DocFilter) (int, error)
	Relations(ctx context.Context, ref graph.Ref, f graph.RelFilter, page graph.PageArgs) (graph.EdgePage, error)
	CountRelations(ctx context.Context, ref graph.Ref, f graph.RelFilter) (int, error)
	Search(ctx context.Context, query string, first int) ([]graph.Hit, error)
	Positions(ctx context.Context, f graph.PositionFilter, page graph.PageArgs) (graph.PositionPage, error)
	CountPositions(ctx context.Context, f graph.PositionFilter) (int, error)
	OfficeTerms(ctx context.Context, person, office *graph.Ref, on string) ([]graph.Term, error)
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
}
