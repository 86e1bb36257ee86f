package main

// The fixture of the ingest and harvest commands' tests in package main:
// the graph the API tests read (built once per test binary, as in
// integration/) and an API over it. The API's own tests against Neo4j live
// in integration/.

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/ingest"
	"jhagraph/internal/apitest"
	"jhagraph/internal/httpapi"
)

// realLetter is the published letter the acceptance checks are about.
var realLetter = apitest.RealLetter(".")

// letters returns what the API tests ingest (apitest.Letters).
func letters(t *testing.T) []string { return apitest.Letters(t, ".") }

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
	srv := httptest.NewServer(newHandler(st))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, st: st}
}

// newHandler serves st with the default limits but two: no request deadline of its own (a test's first
// queries may take their time to be planned on a busy machine) and no
// client counted as expensive by the time its operations took.
func newHandler(st *graph.Store) http.Handler {
	lim := httpapi.DefaultLimits()
	lim.RequestTimeout, lim.Admission.HeavyTime = 0, 0
	return httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef, Limits: lim})
}

func firstLetter(t *testing.T) string {
	ents, err := os.ReadDir("testdata/letters")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			if _, err := os.Stat("testdata/letters/" + strings.TrimSuffix(e.Name(), ".txt") + ".meta"); err == nil {
				continue // its key comes from a sidecar, which the copy would lose
			}
			return e.Name()
		}
	}
	t.Fatal("no letters in testdata/letters")
	return ""
}
