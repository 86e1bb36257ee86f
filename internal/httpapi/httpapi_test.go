package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"jhagraph/graph"
	"jhagraph/ingest"
	"jhagraph/internal/apitest"
)

// These tests run the API as serve builds it (the real resolvers, limits,
// presenter, transports and admission) over a store that cannot be read,
// without Neo4j: what they check is answered before, or instead of, a read.
// integration/ holds the tests against a real graph.

// syncBuffer is a log that tests read while handlers write it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serve serves the API over st with the limits lim; its log is returned.
func serve(t *testing.T, st Store, lim Limits) (*httptest.Server, *syncBuffer) {
	t.Helper()
	log := &syncBuffer{}
	srv := httptest.NewServer(New(Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef,
		Limits: lim, WebDir: t.TempDir(), Log: slog.New(slog.NewTextHandler(log, nil))}))
	t.Cleanup(srv.Close)
	return srv, log
}

func q(query string) map[string]any { return map[string]any{"query": query} }

// TestLimitsWithoutTheStore: every limit refuses a request before a read,
// with its code and the variable that sets it.
func TestLimitsWithoutTheStore(t *testing.T) {
	lim := DefaultLimits()
	srv, _ := serve(t, down(), lim)
	long := apitest.Refs(lim.MaxList + 1)
	deep := `{ documents(first: 1) { edges { node { relations(first: 1) { edges { node { node { ... on Document { relations(first: 1) { edges { node { node { ... on Document { relations(first: 1) { edges { node { node { id } } } } } } } } } } } } } } } } } }`
	for _, c := range []struct {
		name  string
		body  map[string]any
		code  string
		words []string
	}{
		{"notCites in a variable", map[string]any{"query": `query($l: [String!]) { documents(filter: {notCites: $l}) { totalCount } }`, "variables": map[string]any{"l": long}},
			"LIST_TOO_LONG", []string{"filter.notCites", "101", "JHAGRAPH_MAX_LIST"}},
		{"citesAll in the query", q(`{ documents(filter: {citesAll: ` + apitest.JSON(long) + `}) { totalCount } }`),
			"LIST_TOO_LONG", []string{"filter.citesAll", "JHAGRAPH_MAX_LIST"}},
		{"relation types", map[string]any{"query": `query($t: [RelationType!]) { document(id: "kst-32317-870") { relations(types: $t) { totalCount } } }`,
			"variables": map[string]any{"t": strings.Split(strings.Repeat("CITES ", 500), " ")[:500]}}, "LIST_TOO_LONG", []string{"types", "JHAGRAPH_MAX_LIST"}},
		{"in a fragment", q(`{ ...F } fragment F on Query { documents(filter: {notCites: ` + apitest.JSON(long) + `}) { totalCount } }`),
			"LIST_TOO_LONG", []string{"filter.notCites"}},
		{"depth", q(deep), "DEPTH_LIMIT_EXCEEDED", []string{"exceeds the limit of 12", "JHAGRAPH_MAX_DEPTH"}},
		{"depth through a fragment", q(`{ ...F } fragment F on Query { __schema { types { name } } ` + deep[2:len(deep)-2] + ` }`),
			"DEPTH_LIMIT_EXCEEDED", []string{"JHAGRAPH_MAX_DEPTH"}},
		{"complexity", q(`{ documents(first: 100) { edges { node { citedBy(first: 100) { edges { node { citedBy(first: 100) { edges { cursor } } } } } } } } }`),
			"COMPLEXITY_LIMIT_EXCEEDED", []string{"complexity"}},
		{"fifty texts", q(fiftyTexts()), "COMPLEXITY_LIMIT_EXCEEDED", nil},
		{"a list in the complexity", map[string]any{"query": `query($l: [String!]) { documents(first: 100, filter: {notCites: $l}) { edges { node { id title } } } }`,
			"variables": map[string]any{"l": apitest.Refs(lim.MaxList)}}, "", nil}, // under 5,000: passes the limits, then fails to read
		{"tokens", q("{ " + strings.Repeat("__typename ", lim.MaxTokens+10) + "}"), "", []string{"token limit"}},
		{"page size", q(`{ documents(first: 1000) { edges { cursor } } }`), "", []string{"maximum page size"}},
		{"search characters", map[string]any{"query": `query($q: String!) { search(query: $q) { node { id } } }`, "variables": map[string]any{"q": strings.Repeat("x", 1000)}},
			"SEARCH_TOO_LONG", []string{"JHAGRAPH_MAX_SEARCH_CHARS"}},
		{"search words", map[string]any{"query": `query($q: String!) { search(query: $q) { node { id } } }`, "variables": map[string]any{"q": strings.Repeat("ab ", 33)}},
			"SEARCH_TOO_LONG", []string{"JHAGRAPH_MAX_SEARCH_WORDS"}},
		{"unknown field", q(`{ nosuchfield }`), "GRAPHQL_VALIDATION_FAILED", []string{"Cannot query field"}},
		{"syntax", q(`{ documents(`), "GRAPHQL_PARSE_FAILED", nil},
	} {
		status, r, raw := apitest.Post(t, srv.URL, c.body)
		if c.name == "a list in the complexity" {
			apitest.WantCode(t, c.name, r, "UNAVAILABLE")
			continue
		}
		if c.code == "" {
			if len(r.Errors) == 0 {
				t.Errorf("%s: %d %.300s, want an error", c.name, status, raw)
				continue
			}
			for _, w := range c.words {
				if !strings.Contains(r.Errors[0].Message, w) {
					t.Errorf("%s: message %q does not name %q", c.name, r.Errors[0].Message, w)
				}
			}
			continue
		}
		apitest.WantCode(t, c.name, r, c.code, c.words...)
		if strings.Contains(raw, "internal error") || strings.Contains(raw, "127.0.0.1") {
			t.Errorf("%s: %.300s", c.name, raw)
		}
	}
	// Under a complexity limit of 1,200 a page of 100 passes the limits
	// alone and is refused with 100 exclusions.
	lim.MaxComplexity = 1200
	small, _ := serve(t, down(), lim)
	page := `query($l: [String!]) { documents(first: 100, filter: {notCites: $l}) { edges { node { id title } } } }`
	_, r, _ := apitest.Post(t, small.URL, map[string]any{"query": page})
	apitest.WantCode(t, "a page of 100 under 1,200", r, "UNAVAILABLE")
	_, r, _ = apitest.Post(t, small.URL, map[string]any{"query": page, "variables": map[string]any{"l": apitest.Refs(100)}})
	apitest.WantCode(t, "a page of 100 with 100 exclusions under 1,200", r, "COMPLEXITY_LIMIT_EXCEEDED")
}

func fiftyTexts() string {
	var b strings.Builder
	b.WriteString("{")
	for i := range 50 {
		fmt.Fprintf(&b, ` t%d: document(id: "kst-32317-870") { text }`, i)
	}
	b.WriteString("}")
	return b.String()
}

// TestStoreErrors: what a failed read becomes for the client. An
// unreachable database and the time limits are named; anything else is an
// internal error whose cause goes to the log only; a panic likewise.
func TestStoreErrors(t *testing.T) {
	query := q(`{ documents(first: 1) { totalCount } }`)
	for _, c := range []struct {
		name        string
		st          *failingStore
		lim         func(*Limits)
		code, words string
		logged      string
	}{
		{"unreachable", down(), nil, "UNAVAILABLE", "the database is unavailable; try again later", ""},
		{"read timeout", &failingStore{err: fmt.Errorf("%w: the read took longer than 2s", graph.ErrTimeout)}, func(l *Limits) { l.ReadTimeout = 2 * time.Second },
			"TIMEOUT", "a read may take 2s (JHAGRAPH_READ_TIMEOUT) and a request 10s (JHAGRAPH_REQUEST_TIMEOUT)", ""},
		{"request deadline", &failingStore{wait: true}, func(l *Limits) { l.RequestTimeout = 200 * time.Millisecond },
			"TIMEOUT", "the request ran over its deadline of 200ms (JHAGRAPH_REQUEST_TIMEOUT)", ""},
		{"bad cursor", &failingStore{err: fmt.Errorf("graph: %w", graph.ErrBadCursor)}, nil,
			"BAD_CURSOR", "after: not a cursor this API handed out", ""},
		{"any other error", &failingStore{err: fmt.Errorf("Neo.ClientError.Statement.SyntaxError at 127.0.0.1:7999")}, nil,
			"INTERNAL", "internal error", "SyntaxError at 127.0.0.1:7999"},
	} {
		lim := DefaultLimits()
		if c.lim != nil {
			c.lim(&lim)
		}
		srv, log := serve(t, c.st, lim)
		start := time.Now()
		_, r, raw := apitest.Post(t, srv.URL, query)
		apitest.WantCode(t, c.name, r, c.code, c.words)
		if strings.Contains(raw, "127.0.0.1") || strings.Contains(raw, "Neo.") {
			t.Errorf("%s: the answer shows the cause: %s", c.name, raw)
		}
		if c.logged != "" && !strings.Contains(log.String(), c.logged) {
			t.Errorf("%s: the log %q lacks the cause %q", c.name, log.String(), c.logged)
		}
		if took := time.Since(start); c.name == "request deadline" && took > 5*time.Second {
			t.Errorf("request deadline of 200ms: answered after %s", took)
		}
	}
	// A read the failing store does not know panics on its nil Store: the
	// panic is logged and the client sees an internal error.
	srv, log := serve(t, down(), DefaultLimits())
	_, r, raw := apitest.Post(t, srv.URL, q(`{ relationCounts(id: "country:NL") { count } }`))
	apitest.WantCode(t, "a read that panics", r, "INTERNAL", "internal error")
	if strings.Contains(raw, "nil pointer") || !strings.Contains(log.String(), "graphql panic") {
		t.Errorf("a read that panics: answer %s, log %q", raw, log.String())
	}
}

// TestRefusedBeforeARead: references, ids and arguments that the resolvers
// refuse before they read, each with its message. (A malformed cursor is
// found by the store: TestStoreErrors.)
func TestRefusedBeforeARead(t *testing.T) {
	srv, _ := serve(t, down(), DefaultLimits())
	for _, c := range []struct{ query, want string }{
		{`{ documents(filter: {cites: "no such thing"}) { edges { cursor } } }`, "neither a legal act"},
		{`{ legalAct(ref: "hello") { id } }`, "cannot read"},
		{`{ documents(filter: {dateFrom: "15-01-2024"}) { edges { cursor } } }`, "YYYY-MM-DD"},
		{`{ node(id: "what") { id } }`, "not an id"},
		{`{ paths(from: "country:NL", to: "country:BE", maxHops: 9) { length } }`, "maxHops must be between 1 and 6"},
	} {
		_, r, raw := apitest.Post(t, srv.URL, q(c.query))
		if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, c.want) {
			t.Errorf("%s: %s, want an error saying %q", c.query, raw, c.want)
		}
		if apitest.Code(r) == "UNAVAILABLE" || apitest.Code(r) == "INTERNAL" {
			t.Errorf("%s: read the store: %s", c.query, raw)
		}
	}
}

// TestReplyLimit: a reply over JHAGRAPH_MAX_REPLY_BYTES is an error that
// names the limit, without the data; a smaller one passes.
func TestReplyLimit(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxReply = 2000
	srv, _ := serve(t, down(), lim)
	_, r, raw := apitest.Post(t, srv.URL, q(`{ __schema { types { name description } } }`))
	apitest.WantCode(t, "the schema's types over 2,000 bytes", r, "REPLY_TOO_LARGE", "2000 bytes", "JHAGRAPH_MAX_REPLY_BYTES")
	if r.Data != nil && string(r.Data) != "null" || len(raw) > 1000 {
		t.Errorf("the refused reply carries data (%d bytes): %.200s", len(raw), raw)
	}
	if _, r, raw := apitest.Post(t, srv.URL, q(`{ __typename }`)); len(r.Errors) > 0 || !strings.Contains(raw, `"__typename":"Query"`) {
		t.Errorf("a small reply: %s", raw)
	}
}

// TestIntrospection: the query GraphiQL sends (depth 15) is not held to the
// depth limit; one that mixes introspection with data is, and with the
// list limit.
func TestIntrospection(t *testing.T) {
	srv, _ := serve(t, down(), DefaultLimits())
	std, err := os.ReadFile("../../testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	status, r, raw := apitest.Post(t, srv.URL, map[string]any{"query": string(std), "operationName": "IntrospectionQuery"})
	if status != 200 || len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"name":"DocumentFilter"`) {
		t.Fatalf("the standard introspection query: %d %.300s", status, raw)
	}
	deep := `{ __schema { types { name } } document(id: "kst-32317-870") { relations { edges { node { node { relations { edges { node { node { relations { edges { node { node { id } } } } } } } } } } } } } }`
	_, r, _ = apitest.Post(t, srv.URL, q(deep))
	apitest.WantCode(t, "introspection with deep data", r, "DEPTH_LIMIT_EXCEEDED", "JHAGRAPH_MAX_DEPTH")
	_, r, _ = apitest.Post(t, srv.URL, map[string]any{"query": `query($l: [String!]) { __schema { queryType { name } } documents(filter: {notCites: $l}) { totalCount } }`,
		"variables": map[string]any{"l": apitest.Refs(DefaultLimits().MaxList + 1)}})
	apitest.WantCode(t, "introspection with a long list", r, "LIST_TOO_LONG")
	// __typename alone is no introspection: a deep query with it is refused.
	_, r, _ = apitest.Post(t, srv.URL, q(`{ __typename `+deep[len(`{ __schema { types { name } }`):]))
	apitest.WantCode(t, "__typename with deep data", r, "DEPTH_LIMIT_EXCEEDED")
}

// TestTransports: POST and GET answer, OPTIONS says what is allowed, and
// automatic persisted queries know a hash once its query was sent with it.
func TestTransports(t *testing.T) {
	srv, _ := serve(t, down(), DefaultLimits())
	resp, body := apitest.Get(t, srv.URL+"/graphql?query="+url.QueryEscape(`{ __typename }`))
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"__typename":"Query"`) {
		t.Errorf("GET: %d %s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest("OPTIONS", srv.URL+"/graphql", nil)
	resp, _ = apitest.Send(t, req)
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Allow"), "POST") {
		t.Errorf("OPTIONS: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	req, _ = http.NewRequest("PUT", srv.URL+"/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	resp, body = apitest.Send(t, req)
	if resp.StatusCode == 200 || strings.Contains(string(body), `"__typename":"Query"`) {
		t.Errorf("PUT: %d %s, want a refusal", resp.StatusCode, body)
	}

	apq := func(withQuery bool) (apitest.Response, string) {
		return apitest.Persisted(t, srv.URL, `{ __typename }`, withQuery)
	}
	if r, raw := apq(false); len(r.Errors) == 0 || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Errorf("unknown persisted query: %s", raw)
	}
	if r, raw := apq(true); len(r.Errors) != 0 {
		t.Errorf("registering a persisted query: %s", raw)
	}
	if r, raw := apq(false); len(r.Errors) != 0 || !strings.Contains(string(r.Data), "Query") {
		t.Errorf("persisted query by hash: %s", raw)
	}
}

// TestHealthz: 200 and "up" when the database answers a ping, 503 and
// "neo4j unreachable" without its address when it does not.
func TestHealthz(t *testing.T) {
	for _, c := range []struct {
		name   string
		ping   error
		status int
		body   string
	}{
		{"up", nil, 200, `{"neo4j":"up","status":"ok"}`},
		{"down", errDown, 503, `{"neo4j":"neo4j unreachable","status":"unavailable"}`},
	} {
		srv, log := serve(t, &failingStore{ping: c.ping}, DefaultLimits())
		resp, body := apitest.Get(t, srv.URL+"/healthz")
		if resp.StatusCode != c.status || strings.TrimSpace(string(body)) != c.body || resp.Header.Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d %s (%s), want %d %s", c.name, resp.StatusCode, body, resp.Header.Get("Content-Type"), c.status, c.body)
		}
		if c.ping != nil && !strings.Contains(log.String(), "127.0.0.1:7999") {
			t.Errorf("%s: the cause is not logged: %q", c.name, log.String())
		}
	}
}

// TestAdmissionThroughTheAPI: admission control as serve builds it, in
// front of reads that wait: a client over its share gets 429, an operation
// that finds no slot 503 BUSY, both with Retry-After; an expensive
// operation waits for the expensive slot.
func TestAdmissionThroughTheAPI(t *testing.T) {
	lim := DefaultLimits()
	lim.RequestTimeout = 6 * time.Second
	lim.Admission = AdmissionLimits{MaxConcurrent: 1, MaxQueue: 1, QueueWait: 3 * time.Second, MaxPerClient: 2}
	st := &failingStore{wait: true, started: make(chan struct{}, 3)}
	h, adm := newHandler(Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef,
		Limits: lim, WebDir: t.TempDir()})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	query := q(`{ documents(first: 1) { totalCount } }`)
	type answer struct {
		status      int
		retry, code string
	}
	send := func() answer {
		raw, _ := json.Marshal(query)
		resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(raw))
		if err != nil {
			t.Error(err)
			return answer{}
		}
		defer resp.Body.Close()
		var r apitest.Response
		json.NewDecoder(resp.Body).Decode(&r)
		return answer{resp.StatusCode, resp.Header.Get("Retry-After"), apitest.Code(r)}
	}
	// Three from one client, in a known order (a busy machine may start a
	// goroutine late): the first holds the one slot until its deadline,
	// the second waits for it in vain (503), the third, sent while both
	// are in the server, is over the client's share (429).
	answers := make(chan answer, 3)
	go func() { answers <- send() }()
	<-st.started
	go func() { answers <- send() }()
	for queued, give := false, time.Now().Add(time.Minute); !queued; {
		if time.Now().After(give) {
			t.Fatal("the second request never waited for a slot")
		}
		adm.mu.Lock()
		queued = adm.waiting == 1
		adm.mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	third := send()
	if third.status != http.StatusTooManyRequests || third.retry != "1" || third.code != "TOO_MANY_REQUESTS" {
		t.Errorf("over the client's share: %+v", third)
	}
	got := map[string]answer{}
	for range 2 {
		a := <-answers
		got[a.code] = a
	}
	// A full server asks the client back after the queue wait.
	if a := got["BUSY"]; a.status != http.StatusServiceUnavailable || a.retry != fmt.Sprint(int(lim.Admission.QueueWait/time.Second)) {
		t.Errorf("no slot within the queue wait: %+v (all: %+v)", a, got)
	}
	if a := got["TIMEOUT"]; a.status != http.StatusOK {
		t.Errorf("the operation that ran: %+v (all: %+v)", a, got)
	}
}
