package main

// The fixture of the ingest and harvest commands' tests in package main:
// the graph the API tests read (apitest.Fixture, built once per test binary,
// as in integration/). These tests run the commands and count what the graph
// holds; the API's own tests against Neo4j live in integration/.

import (
	"os"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/internal/apitest"
)

// realLetter is the published letter the acceptance checks are about.
var realLetter = apitest.RealLetter(".")

// letters returns what the API tests ingest (apitest.Letters).
func letters(t *testing.T) []string { return apitest.Letters(t, ".") }

// fixture is the graph the API tests read (apitest.Fixture).
var fixture apitest.Fixture

func TestMain(m *testing.M) { os.Exit(fixture.Run(m)) }

// dropFixture is for a test that wipes the test Neo4j: the fixture graph is
// gone, so the next fixtureStore builds it again.
func dropFixture(t *testing.T) { fixture.Close() }

// fixtureStore returns the store of the fixture graph, building the graph
// the first time. (The API on it is tested in integration/, whose newAPI
// serves it over HTTP.)
func fixtureStore(t *testing.T) *graph.Store {
	t.Helper()
	return fixture.Store(t, letters(t))
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
