package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
	"jhagraph/internal/httpapi"
	"jhagraph/resolvers"
)

// BenchmarkReadMix runs the analyst mix of bench/loadgen (a-e) through the
// API in process against the test Neo4j holding the fixture letters
// (testdata/letters): through the handler serve builds (httpapi.New: query
// cache, limits, admission), reading ahead as served ("ahead") and level by
// level (NoReadAhead: what the per-level reads carry), one request at a
// time and from 8 goroutines at once ("par8"); and "driver", the exact
// statements the served API ran for each request replayed through the Go
// driver alone, as its store reads them (a read session and an auto-commit
// transaction per statement, records collected): the part of the Go
// side's cost that is the driver's. It reports the Cypher statements and
// the process's CPU microseconds per request beside the time: the Go
// side's cost, not a load test (make bench is that).
func BenchmarkReadMix(b *testing.B) {
	cfg := graphtest.Config(b)
	var queries atomic.Int64
	var recMu sync.Mutex
	var recording *[]graph.Statement
	cfg.OnQuery = func(q string, params map[string]any) {
		queries.Add(1)
		recMu.Lock()
		if recording != nil {
			*recording = append(*recording, graph.Statement{Cypher: q, Params: params})
		}
		recMu.Unlock()
	}
	// A loaded machine must not turn a slow read into a failed benchmark.
	cfg.ReadTimeout = time.Minute
	ctx := context.Background()
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close(ctx)
	// JHAGRAPH_BENCH_KEEP=1 measures the fixture an earlier run ingested
	// (when the test Neo4j still holds documents), to measure again fast.
	keep := false
	if os.Getenv("JHAGRAPH_BENCH_KEEP") == "1" {
		c, err := st.Count(ctx)
		keep = err == nil && c.Nodes[graph.KindDocument] > 0
	}
	if !keep {
		graphtest.Wipe(b, cfg)
		if err := st.Setup(ctx); err != nil {
			b.Fatal(err)
		}
		if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
			b.Fatal(err)
		}
		if failed, err := ingest.Run(ctx, st, []string{"../testdata/letters"}, func(r ingest.Result) {
			if r.Err != nil {
				b.Logf("%s: %v", r.File, r.Err)
			}
		}); err != nil || failed > 0 {
			b.Fatalf("ingest: %d failed, %v", failed, err)
		}
	}
	serve := func(opts resolvers.Options) http.Handler {
		lim := httpapi.DefaultLimits()
		lim.Reads = opts
		// No admission bounds: a benchmark is one client asking as fast
		// as it can, which admission would hold back as expensive.
		lim.Admission = httpapi.AdmissionLimits{}
		lim.ReadTimeout, lim.RequestTimeout = time.Minute, time.Minute
		return httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef, Limits: lim})
	}
	// do sends one request; it decodes the reply only when it is not plain
	// data (gqlgen writes "errors" before "data") or when the caller wants
	// the data, so that the client's own JSON work stays out of the CPU
	// per request as far as it can.
	okPrefix := []byte(`{"data":`)
	do := func(b *testing.B, h http.Handler, q string, vars map[string]any, decode bool) map[string]any {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if !decode && bytes.HasPrefix(rec.Body.Bytes(), okPrefix) {
			return nil
		}
		var out struct {
			Data   map[string]any
			Errors []any
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || len(out.Errors) > 0 {
			// Errorf, not Fatalf: do runs on RunParallel's goroutines too.
			b.Errorf("%s: %v %v", q, err, out.Errors)
			return nil
		}
		return out.Data
	}
	// A signatory and a meeting with an agenda, from the data.
	ids := do(b, serve(resolvers.Options{}), `{ documents(first: 50) { edges { node { signatories { person { id } }
		relations(types: [ANNOTATES, REPORTS_ON], first: 1) { edges { node { node { id } } } } } } } }`, nil, true)
	if ids == nil {
		b.FailNow()
	}
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
	report := func(b *testing.B, cpu0 time.Duration) {
		b.ReportMetric(float64(queries.Load())/float64(b.N), "stmts/op")
		b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
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
					do(b, h, q.query, q.vars, false)
				}
				report(b, cpu0)
			})
			b.Run(way.name+"-par8/"+q.name, func(b *testing.B) {
				queries.Store(0)
				b.ReportAllocs()
				b.SetParallelism(max(1, 8/runtimeProcs()))
				cpu0 := cpuTime()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						do(b, h, q.query, q.vars, false)
					}
				})
				report(b, cpu0)
			})
		}
	}
	// The driver alone: what the served API ran for each request, replayed.
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(ctx)
	h := serve(resolvers.Options{})
	for _, q := range mix {
		var stmts []graph.Statement
		recMu.Lock()
		recording = &stmts
		recMu.Unlock()
		do(b, h, q.query, q.vars, false)
		recMu.Lock()
		recording = nil
		recMu.Unlock()
		replay := func(b *testing.B) {
			for _, s := range stmts {
				session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database, AccessMode: neo4j.AccessModeRead})
				res, err := session.Run(ctx, s.Cypher, s.Params, neo4j.WithTxTimeout(5*time.Second))
				if err == nil {
					_, err = res.Collect(ctx)
				}
				session.Close(ctx)
				if err != nil {
					b.Error(err)
					return
				}
			}
		}
		b.Run("driver/"+q.name, func(b *testing.B) {
			queries.Store(int64(len(stmts) * b.N))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				replay(b)
			}
			report(b, cpu0)
		})
		b.Run("driver-par8/"+q.name, func(b *testing.B) {
			queries.Store(int64(len(stmts) * b.N))
			b.ReportAllocs()
			b.SetParallelism(max(1, 8/runtimeProcs()))
			cpu0 := cpuTime()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					replay(b)
				}
			})
			report(b, cpu0)
		})
	}
}

// runtimeProcs is GOMAXPROCS.
func runtimeProcs() int { return runtime.GOMAXPROCS(0) }

// cpuTime is the CPU time (user and system) this process has used: the Go
// side's cost, apart from Neo4j's, which runs in a process of its own.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
