package main

// The fixture of the tests in package main that read the graph through the
// API: the read path's tests (nplus1, readahead, ranks, plans, columns and
// actpages), which move to integration/ (whose api_test.go has the same
// helpers) once the read planner's rewrite is merged, and the ingest and
// harvest commands' tests. Delete what is unused here when those move.

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
	"jhagraph/internal/apitest"
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

// fixture is the graph the API tests read (apitest.Fixture).
var fixture apitest.Fixture

func TestMain(m *testing.M) {
	code := m.Run()
	fixture.Close()
	os.Exit(code)
}

// dropFixture is for a test that wipes the test Neo4j: the fixture graph is
// gone, so the next newAPI builds it again.
func dropFixture(t *testing.T) { fixture.Close() }

// newAPI serves the API over real HTTP on the fixture graph.
func newAPI(t *testing.T) *api {
	t.Helper()
	st := fixture.Store(t, letters(t))
	srv := httptest.NewServer(newHandlerReads(st, resolvers.Options{}))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, st: st}
}

// with is an API on the same store as a whose resolvers read with the
// options reads; it stops when the test ends.
func (a *api) with(reads resolvers.Options) *api {
	srv := httptest.NewServer(newHandlerReads(a.st, reads))
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
	srv := httptest.NewServer(newHandlerReads(st, resolvers.Options{}))
	a.t.Cleanup(func() { srv.Close(); st.Close(context.Background()) })
	return &api{t: a.t, srv: srv, st: st}
}

// newHandlerReads serves st with the resolvers' read options reads and the
// default limits but two: no request deadline of its own (a test's first
// queries may take their time to be planned on a busy machine) and no
// client counted as expensive by the time its operations took.
func newHandlerReads(st *graph.Store, reads resolvers.Options) http.Handler {
	lim := httpapi.DefaultLimits()
	lim.RequestTimeout, lim.Admission.HeavyTime = 0, 0
	lim.Reads = reads
	return httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef, Limits: lim})
}

type gqlResponse = apitest.Response

func (a *api) do(query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	return apitest.Do(a.t, a.srv.URL, query, vars)
}

// query runs a query that must succeed and decodes its data into out.
func (a *api) query(query string, vars map[string]any, out any) {
	a.t.Helper()
	apitest.Query(a.t, a.srv.URL, query, vars, out)
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
