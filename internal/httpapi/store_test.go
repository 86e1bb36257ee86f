package httpapi

import (
	"context"
	"fmt"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// failingStore is a knowledge graph that cannot be read: every read fails
// with err, or, when wait is set, waits for its request's deadline. It
// holds the real resolvers to the paths where the HTTP layer answers
// without a database: limits, malformed requests, cursors and references
// refused before a read, and the presentation of a store's errors. A read
// it does not know (a method added to resolvers.Store later) panics on the
// nil Store it embeds, which the API presents as an internal error (a
// batched read's panic becomes its batch's error).
type failingStore struct {
	resolvers.Store
	err  error // what every read returns
	wait bool  // wait for the context's end instead
	// started, when not nil, receives a value as each waiting read begins.
	started chan struct{}
	ping    error // what Ping returns
}

// errDown is graph.Store's error when Neo4j cannot be reached, with the
// address that no client may see.
var errDown = fmt.Errorf("%w: ConnectivityError: dial tcp 127.0.0.1:7999: connect: connection refused", graph.ErrUnavailable)

func down() *failingStore { return &failingStore{err: errDown, ping: errDown} }

func (s *failingStore) fail(ctx context.Context) error {
	if s.wait {
		if s.started != nil {
			s.started <- struct{}{}
		}
		<-ctx.Done()
		return ctx.Err()
	}
	return s.err
}

func (s *failingStore) Ping(ctx context.Context) error { return s.ping }

func (s *failingStore) Node(ctx context.Context, _ graph.Ref, _ graph.Shape) (graph.Node, error) {
	return graph.Node{}, s.fail(ctx)
}
func (s *failingStore) DocumentText(ctx context.Context, _ string) (string, error) {
	return "", s.fail(ctx)
}
func (s *failingStore) Documents(ctx context.Context, _ graph.DocFilter, _ graph.PageArgs, _ graph.Shape) (graph.DocPage, error) {
	return graph.DocPage{}, s.fail(ctx)
}
func (s *failingStore) CountDocuments(ctx context.Context, _ graph.DocFilter) (int, error) {
	return 0, s.fail(ctx)
}
func (s *failingStore) Search(ctx context.Context, _ string, _ int, _ graph.Columns) ([]graph.Hit, error) {
	return nil, s.fail(ctx)
}
func (s *failingStore) Positions(ctx context.Context, _ graph.PositionFilter, _ graph.PageArgs, _ graph.Shape) (graph.PositionPage, error) {
	return graph.PositionPage{}, s.fail(ctx)
}
func (s *failingStore) CountPositions(ctx context.Context, _ graph.PositionFilter) (int, error) {
	return 0, s.fail(ctx)
}
func (s *failingStore) LegalActs(ctx context.Context, _ graph.ActFilter, _ graph.PageArgs) (graph.ActPage, error) {
	return graph.ActPage{}, s.fail(ctx)
}
func (s *failingStore) CountLegalActs(ctx context.Context, _ graph.ActFilter) (int, error) {
	return 0, s.fail(ctx)
}
func (s *failingStore) Timeline(ctx context.Context, _ graph.Ref, _ graph.PageArgs, _ graph.Columns) (graph.TimelinePage, error) {
	return graph.TimelinePage{}, s.fail(ctx)
}
func (s *failingStore) Paths(ctx context.Context, _, _ graph.Ref, _, _ int) ([]graph.Path, error) {
	return nil, s.fail(ctx)
}
func (s *failingStore) MentionsPerCountry(ctx context.Context, _ bool, _, _ string) ([]graph.Count, error) {
	return nil, s.fail(ctx)
}
func (s *failingStore) ConnPages(ctx context.Context, _ graph.Kind, _ []string, _ graph.Conn, _ graph.PageArgs, _ graph.Shape) (map[string]graph.Page, error) {
	return nil, s.fail(ctx)
}
func (s *failingStore) ConnCounts(ctx context.Context, _ graph.Kind, _ []string, _ graph.Conn) (map[string]int, error) {
	return nil, s.fail(ctx)
}
