package integration

import (
	"fmt"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"jhagraph/internal/apitest"
	"jhagraph/internal/httpapi"
)

// These tests hold the API to its limits (issue 13) over real HTTP on the
// fixture graph: every refusal names its limit and code, nothing comes
// back as "internal error".

// post, code and wantCode are apitest's.
func post(t *testing.T, url string, body any) (int, gqlResponse, string) {
	t.Helper()
	return apitest.Post(t, url, body)
}
func code(r gqlResponse) string { return apitest.Code(r) }
func wantCode(t *testing.T, what string, r gqlResponse, c string, words ...string) {
	t.Helper()
	apitest.WantCode(t, what, r, c, words...)
}

// serveWith serves the fixture graph with limits lim.
func serveWith(t *testing.T, a *api, lim httpapi.Limits) *httptest.Server {
	srv := httptest.NewServer(newHandlerWith(a.st, lim, nil))
	t.Cleanup(srv.Close)
	return srv
}

func TestLongLists(t *testing.T) {
	a := newAPI(t)
	maxList := httpapi.DefaultLimits().MaxList
	url := a.srv.URL
	docs := `query($l: [String!]) { documents(filter: {cites: "2011/98/EU", notCites: $l}) { totalCount } }`
	all := `query($l: [String!]) { documents(filter: {citesAll: $l}) { totalCount } }`
	rels := `query($t: [RelationType!]) { document(id: "kst-32317-870") { relations(types: $t) { totalCount } } }`
	types := make([]string, 50000)
	for i := range types {
		types[i] = "CITES"
	}
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		arg         string
	}{
		{"notCites of 60,000", docs, map[string]any{"l": slices.Repeat([]string{"2013/33/EU"}, 60000)}, "filter.notCites"},
		{"notCites of 101", docs, map[string]any{"l": apitest.Refs(maxList + 1)}, "filter.notCites"},
		{"citesAll of 101", all, map[string]any{"l": apitest.Refs(maxList + 1)}, "filter.citesAll"},
		{"relations(types:) of 50,000", rels, map[string]any{"t": types}, "types"},
		{"notCites of 101 in the query", `{ documents(filter: {notCites: ` + apitest.JSON(apitest.Refs(maxList+1)) + `}) { totalCount } }`, nil, "filter.notCites"},
	} {
		start := time.Now()
		_, r, _ := post(t, url, map[string]any{"query": c.query, "variables": c.vars})
		wantCode(t, c.name, r, "LIST_TOO_LONG", c.arg, fmt.Sprint(maxList), "JHAGRAPH_MAX_LIST")
		t.Logf("%s: refused in %s", c.name, time.Since(start).Round(time.Millisecond))
	}

	// The most a client may send is answered, and right: the acts it
	// excludes are all different, none of them the one cited.
	var want struct {
		Documents struct{ TotalCount int }
	}
	a.query(`{ documents(filter: {cites: "2011/98/EU"}) { totalCount } }`, nil, &want)
	l := apitest.Refs(maxList)
	for _, q := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"notCites of 100", docs, map[string]any{"l": l}},
		{"citesAll of 100 (with the act itself)", `query($l: [String!]) { documents(filter: {cites: "2011/98/EU", citesAll: $l}) { totalCount } }`,
			map[string]any{"l": append(l[:maxList-1:maxList-1], "2011/98/EU")}},
		{"relations(types:) of 100", rels, map[string]any{"t": types[:maxList]}},
	} {
		start := time.Now()
		_, r, raw := post(t, url, map[string]any{"query": q.query, "variables": q.vars})
		if len(r.Errors) > 0 {
			t.Errorf("%s: %s", q.name, raw)
			continue
		}
		t.Logf("%s: answered in %s: %s", q.name, time.Since(start).Round(time.Millisecond), r.Data)
		if q.name == "notCites of 100" && !strings.Contains(string(r.Data), fmt.Sprintf(`"totalCount":%d`, want.Documents.TotalCount)) {
			t.Errorf("%s: %s, want the %d letters citing the act (none cites the excluded ones)", q.name, r.Data, want.Documents.TotalCount)
		}
		if strings.HasPrefix(q.name, "citesAll") && !strings.Contains(string(r.Data), `"totalCount":0`) {
			t.Errorf("%s: %s, want none (no letter cites all of them)", q.name, r.Data)
		}
	}
	// A list argument counts towards the complexity: under a limit of 1,200
	// a page of 100 passes alone and is refused with 100 exclusions.
	lim := httpapi.DefaultLimits()
	lim.MaxComplexity = 1200
	srv := serveWith(t, a, lim)
	page := `query($l: [String!]) { documents(first: 100, filter: {notCites: $l}) { edges { node { id title } } } }`
	if _, r, raw := post(t, srv.URL, map[string]any{"query": page}); len(r.Errors) > 0 {
		t.Errorf("a page of 100 under a complexity limit of 1,200: %s", raw)
	}
	_, r, _ := post(t, srv.URL, map[string]any{"query": page, "variables": map[string]any{"l": l}})
	wantCode(t, "a page of 100 with 100 exclusions", r, "COMPLEXITY_LIMIT_EXCEEDED")
}

func TestReplyLimit(t *testing.T) {
	a := newAPI(t)
	// Fifty texts weigh more than the complexity limit allows.
	var b strings.Builder
	b.WriteString("{")
	for i := range 50 {
		fmt.Fprintf(&b, ` t%d: document(id: "kst-32317-870") { text }`, i)
	}
	b.WriteString("}")
	_, r, _ := post(t, a.srv.URL, map[string]any{"query": b.String()})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "complexity") {
		t.Errorf("fifty texts: %+v, want the complexity limit", r.Errors)
	}
	// A reply over the size limit is an error that names it, not a cut body.
	lim := httpapi.DefaultLimits()
	lim.MaxReply = 2000
	srv := serveWith(t, a, lim)
	status, r, raw := post(t, srv.URL, map[string]any{"query": `{ t1: document(id: "kst-32317-870") { text } t2: document(id: "kst-32317-870") { text } }`})
	wantCode(t, "two texts over a 2,000-byte limit", r, "REPLY_TOO_LARGE", "2000 bytes", "JHAGRAPH_MAX_REPLY_BYTES")
	if r.Data != nil && string(r.Data) != "null" || len(raw) > 1000 {
		t.Errorf("the refused reply carries data (%d bytes): %.200s", len(raw), raw)
	}
	t.Logf("status %d: %s", status, raw)
	// A small reply passes.
	if _, r, raw := post(t, srv.URL, map[string]any{"query": `{ document(id: "kst-32317-870") { id date } }`}); len(r.Errors) > 0 {
		t.Errorf("a small reply: %s", raw)
	}
}

func TestSearchInputs(t *testing.T) {
	a := newAPI(t)
	q := `query($q: String!) { search(query: $q) { node { id } } }`
	for _, s := range []string{"Schengen AND Frontex", "terugkeer OR asiel", "NOT", "AND", "OR OR OR", "TO", "&& || !",
		`"unclosed`, `a:b`, `title:(x`, `*`, `?`, `~`, `\`, `[1 TO 5]`, `{}`, `+-`, strings.Repeat("x", 400)} {
		_, r, raw := post(t, a.srv.URL, map[string]any{"query": q, "variables": map[string]any{"q": s}})
		if len(r.Errors) > 0 {
			t.Errorf("search %.40q: %s", s, raw)
		}
	}
	// Words, not operators: "Schengen AND Frontex" finds what "Schengen" finds.
	var one, and struct {
		Search []struct{ Node struct{ ID string } }
	}
	a.query(`{ search(query: "Schengen", first: 50) { node { id } } }`, nil, &one)
	a.query(`{ search(query: "Schengen AND Frontex", first: 50) { node { id } } }`, nil, &and)
	if len(one.Search) == 0 || len(and.Search) == 0 {
		t.Errorf("Schengen: %d hits, Schengen AND Frontex: %d hits; want some for each", len(one.Search), len(and.Search))
	}
	for _, c := range []struct{ name, q, limit string }{
		{"a 1,000-character word", strings.Repeat("x", 1000), "JHAGRAPH_MAX_SEARCH_CHARS"},
		{"1,025 words", strings.Repeat("a ", 1025), "JHAGRAPH_MAX_SEARCH_CHARS"},
		{"33 words", strings.Repeat("ab ", 33), "JHAGRAPH_MAX_SEARCH_WORDS"},
	} {
		_, r, _ := post(t, a.srv.URL, map[string]any{"query": q, "variables": map[string]any{"q": c.q}})
		wantCode(t, c.name, r, "SEARCH_TOO_LONG", c.limit)
	}
	// With the word limit raised to what Lucene can take, 500 words are
	// searched (2 clauses each and the phrase: 1,001 of Lucene's 1,024).
	lim := httpapi.DefaultLimits()
	lim.MaxSearchWords, lim.MaxSearchChars = 500, 5000
	srv := serveWith(t, a, lim)
	if _, r, raw := post(t, srv.URL, map[string]any{"query": q, "variables": map[string]any{"q": strings.Repeat("asiel ", 500)}}); len(r.Errors) > 0 {
		t.Errorf("500 words: %s", raw)
	}
}

func TestIntrospectionQuery(t *testing.T) {
	a := newAPI(t)
	maxList := httpapi.DefaultLimits().MaxList
	// testdata/introspection.graphql is getIntrospectionQuery() of graphql-js
	// 16.11.0 (what GraphiQL sends), written by
	// node -e 'process.stdout.write(require("./web/node_modules/graphql").getIntrospectionQuery())'.
	q, err := os.ReadFile("../testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	status, r, raw := post(t, a.srv.URL, map[string]any{"query": string(q), "operationName": "IntrospectionQuery"})
	if status != 200 || len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"name":"DocumentFilter"`) {
		t.Fatalf("the standard introspection query: %d %.300s", status, raw)
	}
	// Introspection does not open a way around the limits: a query that
	// mixes it with data is held to the depth limit.
	deep := `{ __schema { types { name } } document(id: "kst-32317-870") { relations { edges { node { node { relations { edges { node { node { relations { edges { node { node { id } } } } } } } } } } } } } }`
	_, r, _ = post(t, a.srv.URL, map[string]any{"query": deep})
	wantCode(t, "introspection with deep data", r, "DEPTH_LIMIT_EXCEEDED", "JHAGRAPH_MAX_DEPTH")
	// Nor past the list limit, complexity or token limits.
	_, r, _ = post(t, a.srv.URL, map[string]any{"query": `query($l: [String!]) { __schema { queryType { name } } documents(filter: {notCites: $l}) { totalCount } }`,
		"variables": map[string]any{"l": apitest.Refs(maxList + 1)}})
	wantCode(t, "introspection with a long list", r, "LIST_TOO_LONG")
}

func TestCursorErrors(t *testing.T) {
	a := newAPI(t)
	for _, q := range []string{
		`{ document(id: "kst-32317-870") { relations(after: "garbage") { edges { cursor } } } }`,
		`{ document(id: "kst-32317-870") { cites(after: "garbage") { edges { cursor } } } }`,
		`{ neighbors(id: "kst-32317-870", after: "garbage") { edges { cursor } } }`,
		`{ documents(after: "garbage") { edges { cursor } } }`,
		`{ documents(filter: {cites: "2011/98/EU"}, after: "garbage") { edges { cursor } } }`,
		`{ legalAct(ref: "2011/98/EU") { citedBy(after: "garbage") { edges { cursor } } } }`,
		`{ legalActs(after: "garbage") { edges { cursor } } }`,
		`{ positions(after: "garbage") { edges { cursor } } }`,
		`{ timeline(id: "country:NL", after: "garbage") { edges { cursor } } }`,
		`{ documents(first: 2) { edges { node { relations(after: "Q0lURVN8eHw") { edges { cursor } } } } } }`, // "CITES|x|"
		`{ document(id: "kst-32317-870") { relations(after: "%%%") { edges { cursor } } } }`,
	} {
		_, r, raw := post(t, a.srv.URL, map[string]any{"query": q})
		wantCode(t, q, r, "BAD_CURSOR", "after")
		if strings.Contains(raw, "internal error") {
			t.Errorf("%s: %s", q, raw)
		}
	}
	// A cursor the API handed out still works.
	var page struct {
		Document struct {
			Relations struct {
				PageInfo struct{ EndCursor string }
			}
		}
	}
	a.query(`{ document(id: "kst-32317-870") { relations(first: 1) { pageInfo { endCursor } } } }`, nil, &page)
	if _, r, raw := post(t, a.srv.URL, map[string]any{"query": `query($c: String) { document(id: "kst-32317-870") { relations(first: 1, after: $c) { edges { cursor } } } }`,
		"variables": map[string]any{"c": page.Document.Relations.PageInfo.EndCursor}}); len(r.Errors) > 0 {
		t.Errorf("a relations cursor of ours: %s", raw)
	}
}
