package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
	"jhagraph/resolvers"
)

// BenchmarkReadMix runs the analyst mix of bench/loadgen (a-e) through the
// API in process against the test Neo4j holding the fixture letters
// (testdata/letters), with reading ahead (as served) and level by level
// (NoReadAhead: what the batcher carries). It reports the Cypher
// statements per request beside the time: the Go side's cost, not a load
// test (make bench is that).
func BenchmarkReadMix(b *testing.B) {
	cfg := graphtest.Config(b)
	var queries atomic.Int64
	cfg.OnQuery = func(string, map[string]any) { queries.Add(1) }
	ctx := context.Background()
	graphtest.Wipe(b, cfg)
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close(ctx)
	if err := st.Setup(ctx); err != nil {
		b.Fatal(err)
	}
	if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
		b.Fatal(err)
	}
	if failed, err := ingest.Run(ctx, st, []string{"../testdata/letters"}, func(ingest.Result) {}); err != nil || failed > 0 {
		b.Fatalf("ingest: %d failed, %v", failed, err)
	}
	serve := func(opts resolvers.Options) http.Handler {
		srv := handler.New(resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{Store: st, Refs: refs{}, MaxPage: 100, Options: opts}}))
		srv.AddTransport(transport.POST{})
		srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
			return next(resolvers.WithBatching(ctx))
		})
		return srv
	}
	do := func(b *testing.B, h http.Handler, q string, vars map[string]any) map[string]any {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var out struct {
			Data   map[string]any
			Errors []any
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || len(out.Errors) > 0 {
			b.Fatalf("%s: %v %v", q, err, out.Errors)
		}
		return out.Data
	}
	// A signatory and a meeting with an agenda, from the data.
	ids := do(b, serve(resolvers.Options{}), `{ documents(first: 50) { edges { node { signatories { person { id } }
		relations(types: [ANNOTATES, REPORTS_ON], first: 1) { edges { node { node { id } } } } } } } }`, nil)
	person, meeting := "", ""
	for _, e := range ids["documents"].(map[string]any)["edges"].([]any) {
		n := e.(map[string]any)["node"].(map[string]any)
		if s := n["signatories"].([]any); len(s) > 0 && person == "" {
			person = s[0].(map[string]any)["person"].(map[string]any)["id"].(string)
		}
		if r := n["relations"].(map[string]any)["edges"].([]any); len(r) > 0 && meeting == "" {
			meeting = r[0].(map[string]any)["node"].(map[string]any)["node"].(map[string]any)["id"].(string)
		}
	}
	if person == "" || meeting == "" {
		b.Fatalf("no signatory (%q) or meeting (%q) in the fixture", person, meeting)
	}
	mix := []struct {
		name, query string
		vars        map[string]any
	}{
		{"a", `query A($act: String!) { documents(filter: {cites: $act}, first: 20) { totalCount edges { node { id date title signatories { person { name } office } } } } }`, map[string]any{"act": "32011L0098"}},
		{"b", `query B($id: ID!) { timeline(id: $id, first: 20) { edges { node { date kind node { id name } } } } }`, map[string]any{"id": "celex:32011L0098"}},
		{"c", `query C($id: ID!) { node(id: $id) { ... on CouncilMeeting { name startDate agenda { title format positions(first: 10) { edges { node { stance quote actors { id } } } } } } } }`, map[string]any{"id": meeting}},
		{"d", `query D($id: ID!) { node(id: $id) { ... on Person { name signed(first: 20) { edges { node { id date cites(first: 20) { edges { node { node { id name } } } } } } } } } }`, map[string]any{"id": person}},
		{"e", `query E($q: String!) { search(query: $q, first: 10) { score node { id name } } }`, map[string]any{"q": "tijdelijke bescherming"}},
	}
	for _, way := range []struct {
		name string
		opts resolvers.Options
	}{{"ahead", resolvers.Options{}}, {"perlevel", resolvers.Options{NoReadAhead: true}}} {
		h := serve(way.opts)
		for _, q := range mix {
			b.Run(way.name+"/"+q.name, func(b *testing.B) {
				queries.Store(0)
				b.ReportAllocs()
				cpu0 := cpuTime()
				for i := 0; i < b.N; i++ {
					do(b, h, q.query, q.vars)
				}
				b.ReportMetric(float64(queries.Load())/float64(b.N), "stmts/op")
				b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
			})
		}
	}
}

// cpuTime is the CPU time (user and system) this process has used: the Go
// side's cost, apart from Neo4j's, which runs in a process of its own.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
