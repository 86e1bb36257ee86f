// Package graphtest opens the real Neo4j server that `make test` starts, for
// tests of the store and of the API. Tests that need it fail when it is
// absent under `make test` (JHAGRAPH_TEST_NEO4J=1) and skip with a message
// under a plain `go test` without NEO4J_URI.
package graphtest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
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
	Query(t, cfg, "MATCH (n) DETACH DELETE n", nil)
}

// Query runs one Cypher statement on the test database through a driver of
// its own (not the store under test) and returns its records; an error
// fails the test.
func Query(t testing.TB, cfg graph.Config, q string, params map[string]any) []*neo4j.Record {
	t.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, q, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatalf("test database: %.60s: %v", q, err)
	}
	return res.Records
}

// Dump writes the whole test graph canonically, one line per node and per
// relation, sorted: a node's labels (sorted) and every property; a
// relation's type, its ends (labels and key) and every property. Property
// maps are JSON with sorted keys, a document's text included.
func Dump(t testing.TB, cfg graph.Config) []string {
	t.Helper()
	var out []string
	for _, r := range Query(t, cfg, "MATCH (n) RETURN labels(n), properties(n)", nil) {
		out = append(out, "node "+canonLabels(r.Values[0])+" "+canonJSON(t, r.Values[1]))
	}
	for _, r := range Query(t, cfg, "MATCH (a)-[r]->(b) RETURN type(r), labels(a), a.key, labels(b), b.key, properties(r)", nil) {
		out = append(out, fmt.Sprintf("rel %v (%s %v)->(%s %v) %s", r.Values[0], canonLabels(r.Values[1]), r.Values[2],
			canonLabels(r.Values[3]), r.Values[4], canonJSON(t, r.Values[5])))
	}
	sort.Strings(out)
	return out
}

func canonLabels(v any) string {
	var l []string
	for _, x := range v.([]any) {
		l = append(l, x.(string))
	}
	sort.Strings(l)
	return strings.Join(l, ":")
}

func canonJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
