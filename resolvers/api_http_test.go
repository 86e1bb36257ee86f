package resolvers_test

import (
	"encoding/json"
	"errors"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"testing"

	"jhagraph/ingest"
	"jhagraph/internal/apitest"
	"jhagraph/internal/httpapi"
	"jhagraph/resolvers"
)

// serveMem serves the API as serve does (httpapi.New with serve's limits)
// over the in-memory store.
func serveMem(t *testing.T, st *memStore) *httptest.Server {
	srv := httptest.NewServer(httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef,
		ResolveKamerstuk: ingest.ResolveKstRef, Limits: httpapi.DefaultLimits()}))
	t.Cleanup(srv.Close)
	return srv
}

// The handler serve builds answers as the bare executor does, with its
// complexity and limits computed over every field of a broad query.
func TestAPIThroughHandler(t *testing.T) {
	st := newFixtureStore()
	srv := serveMem(t, st)
	for _, q := range []string{
		`{ documents(first: 3) { totalCount edges { cursor node { id name dossier dossiers documentNumber number dossierInferred date kind title addressee
			ingested source url text signatories { person { id name offices { start end office { name } } } office evidence { documentId quote start end } }
			discrepancies { field publisher source text evidence { quote } }
			cites(first: 2) { totalCount edges { cursor node { type direction ref properties node { id name } evidence { documentId } } } pageInfo { hasNextPage endCursor } }
			citedBy(first: 2) { totalCount edges { node { id } } } } } pageInfo { hasNextPage endCursor } } }`,
		`{ node(id: "` + meeting.ID() + `") { id name relations { totalCount } ... on CouncilMeeting { formation informal startDate endDate place yearCorrected
			presidency { id code memberState mentionedIn { totalCount } positions { totalCount } }
			agenda { id name section sectionTitle order title format meeting { id } concerns(first: 2) { edges { node { node { id } } } }
				positions(first: 1) { edges { node { id stance polarity negated conditional cue actor subject quote date
					actors { id } subjects { id } document { id } agendaItem { id } evidence { quote } } } } }
			attendees { node { __typename id } evidence { quote } }
			documents(first: 2) { totalCount edges { node { id } } } } } }`,
		`{ legalAct(ref: "2011/98/EU") { id celex type year number title aliases eurlexUrl citedBy { totalCount } positions { totalCount } }
			legalActs { totalCount edges { cursor node { id } } pageInfo { hasNextPage } }
			search(query: "richtlijn") { kind score snippet node { id } }
			positions { totalCount edges { cursor node { id } } pageInfo { endCursor } }
			officeHolders(office: "Minister van Justitie en Veiligheid") { person { id } office { id } start end evidence { documentId } }
			neighbors(id: "country:RO") { totalCount edges { node { type node { id } } } }
			relationCounts(id: "country:RO") { type direction count }
			paths(from: "person:b-proef", to: "celex:32011L0098") { length nodes { id } steps { type from to evidence { quote } } }
			timeline(id: "celex:32001L0055") { totalCount edges { cursor node { date kind relation node { id } evidence { quote } } } pageInfo { hasNextPage } }
			citationsPerYear(act: "2011/98/EU") { year count }
			stanceCounts(subject: "celex:32001L0055") { stance count }
			mentionsPerCountry { country { id name } count } }`,
	} {
		r := apitest.Do(t, srv.URL, q, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", q, r.Errors)
		}
		var viaHandler any
		if err := json.Unmarshal(r.Data, &viaHandler); err != nil {
			t.Fatal(err)
		}
		eq(t, "handler and executor", viaHandler, newAPI(t, newFixtureStore()).ok(q))
	}

	// A client's mistake is shown with its code; a store's failure is
	// not (the presenter hides it).
	r := apitest.Do(t, srv.URL, `{ documents(after: "bm9wZQ") { totalCount } }`, nil)
	apitest.WantCode(t, "bad cursor", r, "BAD_CURSOR")
	st.fail = errors.New("graph: the database at 10.0.0.1 is away")
	r = apitest.Do(t, srv.URL, `{ node(id: "country:NL") { id } }`, nil)
	if len(r.Errors) != 1 || strings.Contains(r.Errors[0].Message, "10.0.0.1") {
		t.Errorf("a store's error: %+v", r.Errors)
	}
}

// The standard introspection query (what GraphiQL sends) lists every type
// of the executable schema.
func TestAPIIntrospection(t *testing.T) {
	srv := serveMem(t, newFixtureStore())
	std, err := os.ReadFile("../testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	_, r, raw := apitest.Post(t, srv.URL, map[string]any{"query": string(std), "operationName": "IntrospectionQuery"})
	if len(r.Errors) > 0 {
		t.Fatalf("%.300s", raw)
	}
	var data any
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	got := strs(data, "__schema.types", "name")
	sort.Strings(got)
	var want []string
	for name := range resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{}}).Schema().Types {
		want = append(want, name)
	}
	sort.Strings(want)
	eq(t, "introspected types", got, want)
	// __type of each object type lists its fields as the schema has them.
	for _, name := range []string{"Document", "CouncilMeeting", "Position", "Query"} {
		r := apitest.Do(t, srv.URL, `{ __type(name: "`+name+`") { name kind fields(includeDeprecated: true) { name args { name defaultValue type { name kind ofType { name } } } } interfaces { name } } }`, nil)
		var data any
		if err := json.Unmarshal(r.Data, &data); err != nil || len(r.Errors) > 0 {
			t.Fatalf("__type(name: %q): %v %+v", name, err, r.Errors)
		}
		var fields []string
		for _, f := range resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{}}).Schema().Types[name].Fields {
			if !strings.HasPrefix(f.Name, "__") {
				fields = append(fields, f.Name)
			}
		}
		eq(t, name+" fields", strs(data, "__type.fields", "name"), fields)
	}
}
