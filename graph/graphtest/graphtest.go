// Package graphtest opens the real Neo4j server that `make test` starts, for
// tests of the store and of the API. Tests that need it fail when it is
// absent under `make test` (JHAGRAPH_TEST_NEO4J=1) and skip with a message
// under a plain `go test` without NEO4J_URI.
package graphtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/graph"
)

// Config returns the test server's settings, or skips/fails the test when
// there is none.
func Config(t testing.TB) graph.Config {
	t.Helper()
	if os.Getenv("NEO4J_URI") == "" {
		if os.Getenv("JHAGRAPH_TEST_NEO4J") != "" {
			t.Fatal("NEO4J_URI is not set although make test should have started Neo4j")
		}
		t.Skip("needs Neo4j: run `make test`, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD")
	}
	return graph.ConfigFromEnv(os.Getenv)
}

// Open empties the test database, sets up the schema and returns a store that
// is closed when the test ends. Tests that use it must not run in parallel
// with each other (make test runs packages one at a time).
func Open(t testing.TB) *graph.Store {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	Wipe(t, cfg)
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	if err := st.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

// Wipe deletes every node and relation in the test database.
func Wipe(t testing.TB, cfg graph.Config) {
	t.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n) DETACH DELETE n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
		t.Fatalf("wipe test database: %v", err)
	}
}
