package graph

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestReadTimeoutEnforced runs reads that would take hours under a read
// timeout of one second, with no deadline of their own: only Neo4j's
// transaction timeout can end them. Each must end in ErrTimeout soon after
// the timeout, for the shapes the API's reads take: a variable-length
// expansion, a COUNT subquery per row, a CALL subquery per row and UNION.
// (CALL IN TRANSACTIONS is a write's shape; no read uses it.)
func TestReadTimeoutEnforced(t *testing.T) {
	cfg := ConfigFromEnv(os.Getenv)
	if cfg.URI == "" {
		if os.Getenv("JHAGRAPH_TEST_NEO4J") != "" {
			t.Fatal("NEO4J_URI is not set although make test should have started Neo4j")
		}
		t.Skip("needs Neo4j: run `make test`, or set NEO4J_URI")
	}
	ctx := context.Background()
	const timeout = time.Second
	cfg.ReadTimeout = timeout
	st, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)

	// A clique of 30 nodes: paths of up to 8 hops from one of them number
	// about 29^8.
	probe := func(q string) {
		t.Helper()
		if _, err := neo4j.ExecuteQuery(ctx, st.driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.db)); err != nil {
			t.Fatal(err)
		}
	}
	probe("MATCH (p:TimeoutProbe) DETACH DELETE p")
	defer probe("MATCH (p:TimeoutProbe) DETACH DELETE p")
	probe("UNWIND range(0, 29) AS i CREATE (:TimeoutProbe {i: i})")
	probe("MATCH (a:TimeoutProbe), (b:TimeoutProbe) WHERE a.i < b.i CREATE (a)-[:PROBE]->(b)")

	for name, q := range map[string]string{
		"expansion":      "MATCH (a:TimeoutProbe {i: 0})-[*1..8]-(b) RETURN count(b)",
		"count subquery": "MATCH (a:TimeoutProbe) WHERE COUNT { (a)-[*1..8]-(b) } = -1 RETURN count(a)",
		"call subquery":  "MATCH (a:TimeoutProbe) CALL (a) { MATCH (a)-[*1..8]-(b) RETURN count(b) AS c } RETURN sum(c)",
		"union":          "CALL () { MATCH p = (:TimeoutProbe {i: 0})-[*1..8]-() RETURN length(p) AS l UNION ALL MATCH p = (:TimeoutProbe {i: 1})-[*1..8]-() RETURN length(p) AS l } RETURN sum(l)",
		"cartesian":      "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(x + y)",
	} {
		start := time.Now()
		_, err := st.read(ctx, q, nil)
		took := time.Since(start)
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("%s: err %v after %s, want ErrTimeout", name, err, took)
			continue
		}
		if took > timeout+4*time.Second {
			t.Errorf("%s: ended %s after it began, with a read timeout of %s", name, took, timeout)
		}
		t.Logf("%s: ended by Neo4j after %s", name, took.Round(time.Millisecond))
	}
}
