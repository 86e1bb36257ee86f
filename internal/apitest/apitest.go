// Package apitest is what the API's tests share: a GraphQL client over
// HTTP that decodes answers and checks error codes, and the fixture graph
// (the test Neo4j emptied, seeded and given letters once per test binary).
// Tests import it; the program does not.
package apitest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
)

// Response is a GraphQL answer as a client decodes it.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Send sends req and returns the answer, its body read and closed, and the
// body; a request that gets no answer fails the test.
func Send(t testing.TB, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// Get is Send of a GET of url.
func Get(t testing.TB, url string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return Send(t, req)
}

// Request is a POST of body, a JSON request, to the API at url (its
// /graphql).
func Request(t testing.TB, url string, body io.Reader) *http.Request {
	t.Helper()
	req, err := http.NewRequest("POST", url+"/graphql", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return req
}

// Answer sends req to the API and returns the status, the decoded answer
// (empty when it is no JSON) and the raw body.
func Answer(t testing.TB, req *http.Request) (int, Response, string) {
	t.Helper()
	resp, body := Send(t, req)
	var r Response
	_ = json.Unmarshal(body, &r)
	return resp.StatusCode, r, string(body)
}

// Post sends the GraphQL request body (JSON-encoded) to the API at url and
// returns the status, the decoded answer (empty when it is no JSON) and the
// raw body.
func Post(t testing.TB, url string, body any) (int, Response, string) {
	t.Helper()
	raw, _ := json.Marshal(body)
	return Answer(t, Request(t, url, bytes.NewReader(raw)))
}

// Persisted sends query as an automatic persisted query to the API at url:
// its SHA-256 hash, and the query itself too when withQuery (which
// registers it). It returns the decoded answer and the raw body.
func Persisted(t testing.TB, url, query string, withQuery bool) (Response, string) {
	t.Helper()
	hash := fmt.Sprintf("%x", sha256.Sum256([]byte(query)))
	body := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
	if withQuery {
		body["query"] = query
	}
	_, r, raw := Post(t, url, body)
	return r, raw
}

// Do runs query with vars on the API at url; an answer that is not a
// GraphQL response in JSON fails the test.
func Do(t testing.TB, url, query string, vars map[string]any) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, raw := Send(t, Request(t, url, bytes.NewReader(body)))
	var r Response
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("status %d, body %s: %v", resp.StatusCode, raw, err)
	}
	return r
}

// Query runs a query that must succeed and decodes its data into out.
func Query(t testing.TB, url, query string, vars map[string]any, out any) {
	t.Helper()
	r := Do(t, url, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatal(err)
	}
}

// Code is the extensions.code of a response's first error, or "".
func Code(r Response) string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// WantCode fails unless r's first error has code c and a message holding
// each of the words.
func WantCode(t testing.TB, what string, r Response, c string, words ...string) {
	t.Helper()
	if Code(r) != c {
		t.Errorf("%s: errors %+v, want code %s", what, r.Errors, c)
		return
	}
	for _, w := range words {
		if !strings.Contains(r.Errors[0].Message, w) {
			t.Errorf("%s: message %q does not name %q", what, r.Errors[0].Message, w)
		}
	}
}

// Fixture is the graph the API tests of one test binary read: the test
// Neo4j emptied, seeded and given the letters once. Tests that use it must
// leave the graph as they found it (re-ingesting the same letters does).
// The zero value is ready; a test binary keeps one and closes it in
// TestMain.
type Fixture struct {
	mu sync.Mutex
	st *graph.Store
}

// Store returns the fixture's store, building the graph from letters
// (files or folders) the first time; without a test Neo4j it skips or
// fails the test as graphtest.Config does.
func (f *Fixture) Store(t testing.TB, letters []string) *graph.Store {
	t.Helper()
	cfg := graphtest.Config(t)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.st != nil {
		return f.st
	}
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
	failed, err := ingest.Run(ctx, st, letters, func(r ingest.Result) {
		if r.Err != nil {
			t.Errorf("ingest %s: %v", r.File, r.Err)
		}
	})
	if err != nil || failed > 0 {
		st.Close(ctx)
		t.Fatalf("ingest: %d failed, %v", failed, err)
	}
	f.st = st
	return st
}

// Run runs the tests of the test binary m, then closes the fixture; a
// package that keeps a fixture has `func TestMain(m *testing.M) {
// os.Exit(fixture.Run(m)) }`.
func (f *Fixture) Run(m *testing.M) int {
	defer f.Close()
	return m.Run()
}

// Close closes the fixture's store; the next Store builds the graph again
// (for a test that wipes the test Neo4j, and for TestMain).
func (f *Fixture) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.st != nil {
		f.st.Close(context.Background())
		f.st = nil
	}
}

// Refs is a list of n references, acts and Kamerstukken by turns, all
// different and none of them in any graph the tests build.
func Refs(n int) []string {
	l := make([]string, n)
	for i := range l {
		if i%2 == 0 {
			l[i] = fmt.Sprintf("Richtlijn %d/%d/EU", 2015+i%10, 1000+i)
		} else {
			l[i] = fmt.Sprintf("kst-99999-%d", i)
		}
	}
	return l
}

// JSON is v in JSON, for a value written into a query.
func JSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Letters returns what the API tests ingest, for a test whose package sits
// at root (relative to the repository: "." or ".."): the team's letters and,
// where the shared corpus is there, the real letter (RealLetter).
func Letters(t testing.TB, root string) []string {
	paths := []string{filepath.Join(root, "testdata", "letters")}
	if real := RealLetter(root); fileExists(real) {
		paths = append(paths, real)
	} else {
		t.Logf("%s absent: the real letter is not part of this run", real)
	}
	return paths
}

// RealLetter is the published letter the acceptance checks are about, in
// the shared corpus beside the repository whose root is root.
func RealLetter(root string) string {
	return filepath.Join(root, "..", "shared", "corpus", "kst-32317-867.txt")
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
