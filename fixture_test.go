package main

// The fixture of the API tests that still live in package main: the read
// path's tests (nplus1, readahead, ranks, plans, columns and actpages),
// which move to integration/ once the read planner's rewrite is merged,
// and the ingest and harvest commands' tests, which share the fixture
// graph. It is integration/api_test.go's fixture; delete what is unused
// here when those tests move.

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
	"jhagraph/internal/httpapi"
	"jhagraph/resolvers"
)

// realLetter is the published letter the acceptance checks are about.
const realLetter = "../shared/corpus/kst-32317-867.txt"

// letters returns what the API tests ingest: the team's letters and, where
// the shared corpus is there, the real letter.
func letters(t *testing.T) []string {
	paths := []string{"testdata/letters"}
	if _, err := os.Stat(realLetter); err == nil {
		paths = append(paths, realLetter)
	} else {
		t.Logf("%s absent: the real letter is not part of this run", realLetter)
	}
	return paths
}

type api struct {
	t   *testing.T
	srv *httptest.Server
	st  *graph.Store
}

// fixture is the graph the API tests read: the test Neo4j emptied, seeded
// and given the letters once per test binary. Tests that use it must leave
// the graph as they found it (re-ingesting the same letters does).
var fixture struct {
	sync.Mutex
	st *graph.Store
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixture.st != nil {
		fixture.st.Close(context.Background())
	}
	os.Exit(code)
}

// dropFixture is for a test that wipes the test Neo4j: the fixture graph is
// gone, so the next newAPI builds it again.
func dropFixture(t *testing.T) {
	t.Helper()
	fixture.Lock()
	defer fixture.Unlock()
	if fixture.st != nil {
		fixture.st.Close(context.Background())
		fixture.st = nil
	}
}

// newAPI serves the API over real HTTP on the fixture graph.
func newAPI(t *testing.T) *api {
	t.Helper()
	cfg := graphtest.Config(t)
	fixture.Lock()
	defer fixture.Unlock()
	if fixture.st == nil {
		ctx := context.Background()
		graphtest.Wipe(t, cfg)
		st, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Setup(ctx); err != nil {
			t.Fatal(err)
		}
		if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
			t.Fatal(err)
		}
		failed, err := ingest.Run(ctx, st, letters(t), func(r ingest.Result) {
			if r.Err != nil {
				t.Errorf("ingest %s: %v", r.File, r.Err)
			}
		})
		if err != nil || failed > 0 {
			st.Close(ctx)
			t.Fatalf("ingest: %d failed, %v", failed, err)
		}
		fixture.st = st
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewServer(newHandler(fixture.st, log))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, st: fixture.st}
}

// with is an API on the same store as a whose resolvers read with the
// options reads; it stops when the test ends.
func (a *api) with(reads resolvers.Options) *api {
	srv := httptest.NewServer(newHandlerReads(a.st, reads, slog.New(slog.NewTextHandler(io.Discard, nil))))
	a.t.Cleanup(srv.Close)
	return &api{t: a.t, srv: srv, st: a.st}
}

// withStore is an API on the test graph of a through a store of its own,
// opened with the settings set changes; it closes when the test ends.
func (a *api) withStore(set func(*graph.Config)) *api {
	cfg := graphtest.Config(a.t)
	set(&cfg)
	st, err := graph.Open(context.Background(), cfg)
	if err != nil {
		a.t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(st, slog.New(slog.NewTextHandler(io.Discard, nil))))
	a.t.Cleanup(func() { srv.Close(); st.Close(context.Background()) })
	return &api{t: a.t, srv: srv, st: st}
}

// newHandler serves st with the default limits but two, for the tests that
// read the fixture graph: no request deadline of its own (a test's first
// queries may take their time to be planned on a busy machine) and no
// client counted as expensive by the time its operations took.
func newHandler(st *graph.Store, log *slog.Logger) http.Handler {
	return newHandlerReads(st, resolvers.Options{}, log)
}

// newHandlerReads is newHandler with the resolvers' read options reads.
func newHandlerReads(st *graph.Store, reads resolvers.Options, log *slog.Logger) http.Handler {
	lim := httpapi.DefaultLimits()
	lim.RequestTimeout, lim.Admission.HeavyTime = 0, 0
	lim.Reads = reads
	return httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef,
		Limits: lim, Log: log})
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (a *api) do(query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(a.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	var r gqlResponse
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &r); err != nil {
		a.t.Fatalf("status %d, body %s: %v", resp.StatusCode, raw, err)
	}
	return r
}

// query runs a query that must succeed and decodes its data into out.
func (a *api) query(query string, vars map[string]any, out any) {
	a.t.Helper()
	r := a.do(query, vars)
	if len(r.Errors) > 0 {
		a.t.Fatalf("query errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		a.t.Fatal(err)
	}
}

func needReal(t *testing.T) {
	if _, err := os.Stat(realLetter); err != nil {
		t.Skipf("%s absent", realLetter)
	}
}

func firstLetter(t *testing.T) string {
	ents, err := os.ReadDir("testdata/letters")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			if _, err := os.Stat("../testdata/letters/" + strings.TrimSuffix(e.Name(), ".txt") + ".meta"); err == nil {
				continue // its key comes from a sidecar, which the copy would lose
			}
			return e.Name()
		}
	}
	t.Fatal("no letters in testdata/letters")
	return ""
}
