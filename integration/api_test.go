package integration

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
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
var realLetter = apitest.RealLetter("..")

// letters returns what the API tests ingest (apitest.Letters).
func letters(t *testing.T) []string { return apitest.Letters(t, "..") }

type api struct {
	t   *testing.T
	srv *httptest.Server
	st  *graph.Store
}

// fixture is the graph the API tests read (apitest.Fixture).
var fixture apitest.Fixture

func TestMain(m *testing.M) { os.Exit(fixture.Run(m)) }

// newAPI serves the API over real HTTP on the fixture graph.
func newAPI(t *testing.T) *api {
	t.Helper()
	st := fixture.Store(t, letters(t))
	srv := httptest.NewServer(newHandler(st, nil))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, st: st}
}

// with is an API on the same store as a whose resolvers read with the
// options reads; it stops when the test ends.
func (a *api) with(reads resolvers.Options) *api {
	srv := httptest.NewServer(newHandlerReads(a.st, reads, nil))
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
	srv := httptest.NewServer(newHandler(st, nil))
	a.t.Cleanup(func() { srv.Close(); st.Close(context.Background()) })
	return &api{t: a.t, srv: srv, st: st}
}

// webDist is the web build the API tests serve (make web builds it).
var webDist = filepath.Join("..", "web", "dist")

// newHandler serves st with the default limits but two, for the tests that
// read the fixture graph: no request deadline of its own (a test's first
// queries may take their time to be planned on a busy machine) and no
// client counted as expensive by the time its operations took. The tests
// of deadlines and admission set their limits with newHandlerWith. A nil
// log discards.
func newHandler(st *graph.Store, log *slog.Logger) http.Handler {
	return newHandlerReads(st, resolvers.Options{}, log)
}

// newHandlerReads is newHandler with the resolvers' read options reads.
func newHandlerReads(st *graph.Store, reads resolvers.Options, log *slog.Logger) http.Handler {
	lim := httpapi.DefaultLimits()
	lim.RequestTimeout, lim.Admission.HeavyTime = 0, 0
	lim.Reads = reads
	return newHandlerWith(st, lim, log)
}

// newHandlerWith serves st as serve does, with the limits lim.
func newHandlerWith(st *graph.Store, lim httpapi.Limits, log *slog.Logger) http.Handler {
	return httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef,
		Limits: lim, WebDir: webDist, Log: log})
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

type docJSON struct {
	ID          string `json:"id"`
	Date        string `json:"date"`
	Title       string `json:"title"`
	Dossier     string `json:"dossier"`
	Number      string `json:"number"`
	Signatories []struct {
		Person struct {
			Name string `json:"name"`
		} `json:"person"`
		Office string `json:"office"`
	} `json:"signatories"`
}

const docFields = `id date title dossier number signatories { person { name } office }`

var wantSignatories = []string{
	"D. Yeşilgöz-Zegerius / Minister van Justitie en Veiligheid",
	"F.M. Weerwind / Minister voor Rechtsbescherming",
	"E. van der Burg / Staatssecretaris van Justitie en Veiligheid",
}

func signatories(d docJSON) []string {
	var out []string
	for _, s := range d.Signatories {
		out = append(out, s.Person.Name+" / "+s.Office)
	}
	return out
}

func checkRealLetter(t *testing.T, d docJSON) {
	t.Helper()
	if d.ID != "kst-32317-867" || d.Date != "2024-01-15" || d.Dossier != "32317" || d.Number != "867" || !strings.HasPrefix(d.Title, "BRIEF VAN DE MINISTERS") {
		t.Errorf("letter: %+v", d)
	}
	if got := signatories(d); !reflect.DeepEqual(got, wantSignatories) {
		t.Errorf("signatories:\n got %q\nwant %q", got, wantSignatories)
	}
}

func needReal(t *testing.T) {
	if _, err := os.Stat(realLetter); err != nil {
		t.Skipf("%s absent", realLetter)
	}
}

func TestWhichLettersCite(t *testing.T) {
	needReal(t)
	a := newAPI(t)
	for _, ref := range []string{"2011/98/EU", "Richtlijn 2011/98/EU", "Directive 2011/98/EU", "richtlijn 2011/98/EU",
		"32011L0098", "GVVA-richtlijn", "Single Permit Directive"} {
		t.Run("documents/"+ref, func(t *testing.T) {
			var out struct {
				Documents struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node docJSON `json:"node"`
					} `json:"edges"`
				} `json:"documents"`
			}
			a.query(`query($ref: String!) { documents(filter: {cites: $ref}) { totalCount edges { node { `+docFields+` } } } }`,
				map[string]any{"ref": ref}, &out)
			found := false
			for _, e := range out.Documents.Edges {
				if e.Node.ID == "kst-32317-867" {
					found = true
					checkRealLetter(t, e.Node)
				}
			}
			if !found {
				t.Errorf("kst-32317-867 not among the letters citing %q: %+v", ref, out)
			}
			if out.Documents.TotalCount != len(out.Documents.Edges) {
				t.Errorf("totalCount %d, %d edges", out.Documents.TotalCount, len(out.Documents.Edges))
			}
		})
		t.Run("legalAct/"+ref, func(t *testing.T) {
			var out struct {
				LegalAct struct {
					ID      string `json:"id"`
					Celex   string `json:"celex"`
					Title   string `json:"title"`
					CitedBy struct {
						Edges []struct {
							Node docJSON `json:"node"`
						} `json:"edges"`
					} `json:"citedBy"`
				} `json:"legalAct"`
			}
			a.query(`query($ref: String!) { legalAct(ref: $ref) { id celex title citedBy(first: 50) { edges { node { `+docFields+` } } } } }`,
				map[string]any{"ref": ref}, &out)
			if out.LegalAct.Celex != "32011L0098" || out.LegalAct.ID != "celex:32011L0098" || out.LegalAct.Title == "" {
				t.Errorf("legalAct(%q): %+v", ref, out.LegalAct)
			}
			found := false
			for _, e := range out.LegalAct.CitedBy.Edges {
				found = found || e.Node.ID == "kst-32317-867"
			}
			if !found {
				t.Errorf("citedBy of %q lacks kst-32317-867", ref)
			}
		})
	}
	for _, ref := range []string{"kst-32317-866", "Kamerstuk 32 317, nr. 866", "32317, nr. 866"} {
		t.Run("kamerstuk/"+ref, func(t *testing.T) {
			var out struct {
				Documents struct {
					Edges []struct {
						Node docJSON `json:"node"`
					} `json:"edges"`
				} `json:"documents"`
			}
			a.query(`query($ref: String!) { documents(filter: {cites: $ref}) { edges { node { id } } } }`, map[string]any{"ref": ref}, &out)
			found := false
			for _, e := range out.Documents.Edges {
				found = found || e.Node.ID == "kst-32317-867"
			}
			if !found {
				t.Errorf("kst-32317-867 not among the letters citing %q: %+v", ref, out)
			}
		})
	}
}

func TestDocumentEvidenceAndNode(t *testing.T) {
	needReal(t)
	a := newAPI(t)
	var out struct {
		Document struct {
			docJSON
			Text  string `json:"text"`
			Cites struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						Type     string              `json:"type"`
						Ref      string              `json:"ref"`
						Node     struct{ ID string } `json:"node"`
						Evidence struct {
							DocumentID string `json:"documentId"`
							Quote      string `json:"quote"`
							Start, End int
						} `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"cites"`
		} `json:"document"`
	}
	a.query(`{ document(id: "kst-32317-867") { `+docFields+` text cites(first: 50) { totalCount edges { node { type ref node { id } evidence { documentId quote start end } } } } } }`, nil, &out)
	d := out.Document
	checkRealLetter(t, d.docJSON)
	text := []rune(d.Text)
	cited := map[string]bool{}
	for _, e := range d.Cites.Edges {
		ev := e.Node.Evidence
		cited[e.Node.Node.ID] = true
		if ev.DocumentID != "kst-32317-867" || ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || string(text[ev.Start:ev.End]) != ev.Quote {
			t.Errorf("evidence of %s does not point into the text: %+v", e.Node.Node.ID, ev)
		}
	}
	for _, id := range []string{"celex:32011L0098", "celex:32011L0036", "kst-32317-866", "kst-32317-865", "kst-35913-B", "kst-22112-3842"} {
		if !cited[id] {
			t.Errorf("document does not cite %s; cites %v", id, cited)
		}
	}
	if d.Cites.TotalCount != len(d.Cites.Edges) {
		t.Errorf("cites totalCount %d, %d edges", d.Cites.TotalCount, len(d.Cites.Edges))
	}
	// node(id:) takes every id the API returned.
	for id := range cited {
		var n struct {
			Node struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"node"`
		}
		a.query(`query($id: ID!) { node(id: $id) { id name } }`, map[string]any{"id": id}, &n)
		if n.Node.ID != id || n.Node.Name == "" {
			t.Errorf("node(%q) = %+v", id, n.Node)
		}
	}
	var m struct {
		Node struct {
			Relations struct {
				Edges []struct {
					Node struct {
						Type     string
						Node     struct{ ID string }
						Evidence struct{ Quote string }
					}
				}
			}
		}
	}
	a.query(`{ node(id: "country:RO") { relations(types: [MENTIONS], direction: IN) { edges { node { type node { id } evidence { quote } } } } } }`, nil, &m)
	found := false
	for _, e := range m.Node.Relations.Edges {
		if e.Node.Node.ID == "kst-32317-867" {
			found = true
			if !strings.Contains(e.Node.Evidence.Quote, "Roemeni") {
				t.Errorf("evidence of the mention of Romania: %q", e.Node.Evidence.Quote)
			}
		}
	}
	if !found {
		t.Errorf("Romania is not mentioned by kst-32317-867: %+v", m)
	}
}

func TestSearchFindsTheAct(t *testing.T) {
	a := newAPI(t)
	for q, want := range map[string]string{"2011/98/EU": "celex:32011L0098", "GVVA-richtlijn": "celex:32011L0098", "Single Permit Directive": "celex:32011L0098", "Dublinverordening": "celex:32013R0604"} {
		var out struct {
			Search []struct {
				Kind string
				Node struct{ ID string }
			}
		}
		a.query(`query($q: String!) { search(query: $q) { kind node { id } } }`, map[string]any{"q": q}, &out)
		if len(out.Search) == 0 || out.Search[0].Node.ID != want {
			t.Errorf("search %q: %+v, want %s first", q, out.Search, want)
		}
	}
}

func TestSearchQuotesWithSnippets(t *testing.T) {
	needReal(t)
	a := newAPI(t)
	var out struct {
		Search []struct {
			Kind    string
			Snippet string
			Score   float64
		}
	}
	a.query(`{ search(query: "kleinschalige", first: 10) { kind snippet score } }`, nil, &out)
	found := false
	for i, h := range out.Search {
		if i > 0 && out.Search[i-1].Score < h.Score {
			t.Errorf("hits not ranked: %+v", out.Search)
		}
		found = found || strings.Contains(strings.ToLower(h.Snippet), "kleinschalige")
	}
	if !found {
		t.Errorf("no hit shows the matched words: %+v", out.Search)
	}
}

func TestLimitsAndErrors(t *testing.T) {
	a := newAPI(t)
	cases := []struct{ query, want string }{
		{`{ documents(first: 1000) { edges { cursor } } }`, "maximum page size"},
		{`{ documents(first: 100) { edges { node { citedBy(first: 100) { edges { node { citedBy(first: 100) { edges { cursor } } } } } } } } }`, "complexity"},
		{`{ documents(after: "garbage") { edges { cursor } } }`, "cursor"},
		{`{ documents(filter: {cites: "no such thing"}) { edges { cursor } } }`, "neither a legal act"},
		{`{ legalAct(ref: "hello") { id } }`, "cannot read"},
		{`{ documents(filter: {dateFrom: "15-01-2024"}) { edges { cursor } } }`, "YYYY-MM-DD"},
		{`{ nosuchfield }`, "Cannot query field"},
		{`{ node(id: "what") { id } }`, "not an id"},
		{`{ paths(from: "country:NL", to: "country:BE", maxHops: 9) { length } }`, "maxHops must be between 1 and 6"},
		{`{ documents(first: 1) { edges { node { relations(first: 1) { edges { node { node { ... on Document { relations(first: 1) { edges { node { node { ... on Document { relations(first: 1) { edges { node { node { id } } } } } } } } } } } } } } } } } }`, "exceeds the limit of 12"},
	}
	for _, c := range cases {
		r := a.do(c.query, nil)
		if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, c.want) {
			t.Errorf("%s: errors %+v, want one saying %q", c.query, r.Errors, c.want)
		}
	}
	// A body over the limit is refused, not read.
	status, tooLarge, _ := apitest.Answer(t, apitest.Request(t, a.srv.URL, strings.NewReader(`{"query":"`+strings.Repeat(" ", int(httpapi.DefaultLimits().MaxBody)+10)+`{ __typename }"}`)))
	if status != http.StatusRequestEntityTooLarge || len(tooLarge.Errors) == 0 || !strings.Contains(tooLarge.Errors[0].Message, "exceeds the limit") {
		t.Errorf("oversized body: status %d, %+v", status, tooLarge)
	}
	// The parser's token limit.
	big := "{ " + strings.Repeat("__typename ", httpapi.DefaultLimits().MaxTokens+10) + "}"
	if r := a.do(big, nil); len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "token limit") {
		t.Errorf("a query over the token limit: %+v", r.Errors)
	}
	// Automatic persisted queries: a hash alone is unknown until the query
	// has been sent with it once.
	apq := func(withQuery bool) gqlResponse {
		r, _ := apitest.Persisted(t, a.srv.URL, `{ documents(first: 1) { totalCount } }`, withQuery)
		return r
	}
	if r := apq(false); len(r.Errors) == 0 || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Errorf("unknown persisted query: %+v", r)
	}
	if r := apq(true); len(r.Errors) != 0 {
		t.Errorf("registering a persisted query: %+v", r.Errors)
	}
	if r := apq(false); len(r.Errors) != 0 || !strings.Contains(string(r.Data), "totalCount") {
		t.Errorf("persisted query by hash: %+v %s", r.Errors, r.Data)
	}
	// /healthz says Neo4j answers.
	resp, body := apitest.Get(t, a.srv.URL+"/healthz")
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"neo4j":"up"`) {
		t.Errorf("healthz: %d %s", resp.StatusCode, body)
	}
}
