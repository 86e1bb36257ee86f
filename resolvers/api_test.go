package resolvers_test

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// The API through gqlgen's executor over the in-memory graph of fixture().
// Every expectation is derived from the fixture's letters (fxDocs, fxRels),
// never copied from a response.

// fxDocs are the fixture's ingested documents by key.
func fxDocs() map[string]graph.Document {
	m := map[string]graph.Document{}
	for _, dg := range fixture() {
		m[dg.Document.Key] = dg.Document
	}
	return m
}

// fxRels are the fixture's relations, each once.
func fxRels() []graph.Relation {
	var out []graph.Relation
	seen := map[string]bool{}
	for _, dg := range fixture() {
		for _, r := range dg.Relations {
			k := fmt.Sprint(r.Type, r.From, r.To, r.Evidence.Doc)
			if !seen[k] {
				seen[k] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// fxHas reports whether the fixture holds a relation of one of types from a to b.
func fxHas(a, b graph.Ref, types ...graph.RelType) bool {
	for _, r := range fxRels() {
		if r.From == a && r.To == b && (len(types) == 0 || containsType(types, r.Type)) {
			return true
		}
	}
	return false
}

// fxDocKeys are the keys of the fixture's documents that keep selects,
// newest first (oldest first when oldest), then by key.
func fxDocKeys(oldest bool, keep func(graph.Document) bool) []string {
	var ds []graph.Document
	for _, d := range fxDocs() {
		if keep(d) {
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].Date != ds[j].Date {
			return (ds[i].Date > ds[j].Date) != oldest
		}
		return ds[i].Key < ds[j].Key
	})
	out := []string{}
	for _, d := range ds {
		out = append(out, d.Key)
	}
	return out
}

func docRef(d graph.Document) graph.Ref { return graph.Ref{Kind: graph.KindDocument, Key: d.Key} }

// withArgs is field called with args, when there are any.
func withArgs(field, args string) string {
	if args == "" {
		return field
	}
	return field + "(" + args + ")"
}

func eq(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

// nonEmpty is l, or an empty non-nil list.
func nonEmpty(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func TestAPIDocument(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	for _, d := range fxDocs() {
		for _, id := range []string{d.Key, "Kamerstuk " + d.Dossier + ", nr. " + d.Number} {
			data := a.ok(`{ document(id: "` + id + `") { id name dossier number date kind title addressee ingested source url text
				dossiers documentNumber dossierInferred
				signatories { person { id name } office evidence { documentId quote start end } }
				discrepancies { field publisher source text evidence { documentId quote start end } } } }`)
			doc := at(data, "document")
			eq(t, id+" id", at(doc, "id"), d.Key)
			eq(t, id+" name", at(doc, "name"), d.Title)
			eq(t, id+" dossier", at(doc, "dossier"), d.Dossier)
			eq(t, id+" number", at(doc, "number"), d.Number)
			eq(t, id+" date", at(doc, "date"), d.Date)
			eq(t, id+" kind", at(doc, "kind"), d.Kind)
			eq(t, id+" ingested", at(doc, "ingested"), true)
			eq(t, id+" text", at(doc, "text"), d.Text)
			eq(t, id+" url", at(doc, "url"), "https://zoek.officielebekendmakingen.nl/"+d.Key+".html")
			eq(t, id+" dossiers", nonEmpty(strs(doc, "dossiers", "")), nonEmpty(d.Dossiers))
			if d.DocNumber != "" {
				eq(t, id+" documentNumber", at(doc, "documentNumber"), d.DocNumber)
			}
			var wantSigs []string
			for _, r := range fxRels() {
				if r.Type == graph.RelSigned && r.To == docRef(d) {
					wantSigs = append(wantSigs, fmt.Sprintf("%d %s %s %s", r.Props["order"], r.From.ID(), r.Props["office"], r.Evidence.Quote))
				}
			}
			sort.Strings(wantSigs)
			var gotSigs []string
			for i, s := range list(doc, "signatories", "") {
				gotSigs = append(gotSigs, fmt.Sprintf("%d %s %s %s", i+1, at(s, "person.id"), at(s, "office"), at(s, "evidence.quote")))
				eq(t, "signatory evidence document", at(s, "evidence.documentId"), d.Key)
			}
			eq(t, id+" signatories", gotSigs, wantSigs)
			var wantDisc []string
			for _, x := range d.Discrepancies {
				wantDisc = append(wantDisc, x.Field+"|"+x.Publisher+"|"+x.Text+"|"+x.Source+"|"+x.Evidence.Quote)
			}
			var gotDisc []string
			for _, x := range list(doc, "discrepancies", "") {
				gotDisc = append(gotDisc, fmt.Sprintf("%s|%s|%s|%s|%s", at(x, "field"), at(x, "publisher"), at(x, "text"), at(x, "source"), at(x, "evidence.quote")))
			}
			eq(t, id+" discrepancies", gotDisc, wantDisc)
		}
	}
	// A Kamerstuk known only from a citation is not ingested and has no text.
	data := a.ok(`{ document(id: "kst-99001-0") { id ingested text } missing: document(id: "kst-99009-9") { id } }`)
	eq(t, "cited document", at(data, "document"), map[string]any{"id": cited0.Key, "ingested": false, "text": nil})
	eq(t, "missing document", at(data, "missing"), nil)
	if msg := a.fails(`{ document(id: "brief van gisteren") { id } }`); !strings.Contains(msg, "not a document id") {
		t.Errorf("bad document id: %s", msg)
	}
}

func TestAPIDocumentsFilters(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	all := func(graph.Document) bool { return true }
	cites := func(to graph.Ref) func(graph.Document) bool {
		return func(d graph.Document) bool {
			if to.Kind == graph.KindLegalAct {
				return fxHas(docRef(d), to, graph.RelCites, graph.RelMentions)
			}
			return fxHas(docRef(d), to, graph.RelCites)
		}
	}
	for _, tc := range []struct {
		args   string
		oldest bool
		keep   func(graph.Document) bool
	}{
		{"", false, all},
		{"orderBy: OLDEST_FIRST", true, all},
		{`filter: {cites: "2011/98/EU"}`, false, cites(single)},
		{`filter: {cites: "GVVA-richtlijn"}`, false, cites(single)},
		{`filter: {cites: "Richtlijn 2011/36/EU"}`, false, cites(traffick)},
		{`filter: {cites: "Kamerstuk 99001, nr. 1"}`, false, cites(doc1)},
		{`filter: {cites: "kst-99001-0"}`, false, cites(cited0)},
		{`filter: {dossier: "99001"}`, false, func(d graph.Document) bool { return d.Dossier == "99001" || containsStr(d.Dossiers, "99001") }},
		{`filter: {dossier: "99002"}, orderBy: OLDEST_FIRST`, true, func(d graph.Document) bool { return d.Dossier == "99002" }},
		{`filter: {dateFrom: "2024-01-01", dateTo: "2024-01-31"}`, false, func(d graph.Document) bool { return d.Date >= "2024-01-01" && d.Date <= "2024-01-31" }},
		{`filter: {dateFrom: "2024-02-05"}`, false, func(d graph.Document) bool { return d.Date >= "2024-02-05" }},
		{`filter: {signedBy: "person:b-proef"}`, false, func(d graph.Document) bool { return fxHas(proef, docRef(d), graph.RelSigned) }},
		{`filter: {signedBy: "person:a-voorbeeld", dateTo: "2024-01-31"}`, false, func(d graph.Document) bool {
			return fxHas(voorbeeld, docRef(d), graph.RelSigned) && d.Date <= "2024-01-31"
		}},
		{`filter: {cites: "2011/98/EU", citesAll: ["2011/36/EU"]}`, false, func(d graph.Document) bool { return cites(single)(d) && cites(traffick)(d) }},
		{`filter: {notCites: ["2011/98/EU", "2011/36/EU"]}`, false, func(d graph.Document) bool { return !cites(single)(d) && !cites(traffick)(d) }},
		{`filter: {text: "jbz-raad verslag"}`, false, func(d graph.Document) bool {
			t := strings.ToLower(d.Title)
			return strings.Contains(t, "jbz-raad") && strings.Contains(t, "verslag")
		}},
	} {
		want := fxDocKeys(tc.oldest, tc.keep)
		data := a.ok(`{ ` + withArgs("documents", tc.args) + ` { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`)
		eq(t, tc.args, nonEmpty(strs(data, "documents.edges", "node.id")), want)
		eq(t, tc.args+" totalCount", at(data, "documents.totalCount"), float64(len(want)))
		eq(t, tc.args+" hasNextPage", at(data, "documents.pageInfo.hasNextPage"), false)
		if len(want) > 0 {
			eq(t, tc.args+" endCursor", at(data, "documents.pageInfo.endCursor"), at(data, fmt.Sprintf("documents.edges.%d.cursor", len(want)-1)))
		}
		// totalCount alone, without a page: counted by its own read.
		data = a.ok(`{ ` + withArgs("documents", tc.args) + ` { totalCount } }`)
		eq(t, tc.args+" totalCount alone", at(data, "documents.totalCount"), float64(len(want)))
	}
}

// Paging one document at a time with the cursors the API hands out gives
// every document once, in order, in any order and with any filter.
func TestAPIDocumentsPaging(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	for _, tc := range []struct {
		args   string
		oldest bool
		keep   func(graph.Document) bool
	}{
		{"", false, func(graph.Document) bool { return true }},
		{"orderBy: OLDEST_FIRST", true, func(graph.Document) bool { return true }},
		{`filter: {signedBy: "person:a-voorbeeld"}`, false, func(d graph.Document) bool { return fxHas(voorbeeld, docRef(d), graph.RelSigned) }},
	} {
		want := fxDocKeys(tc.oldest, tc.keep)
		var got []string
		after := ""
		for i := 0; i <= len(want); i++ {
			data, errs := a.do(`query($after: String) { documents(`+tc.args+` first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			got = append(got, strs(data, "documents.edges", "node.id")...)
			if at(data, "documents.pageInfo.hasNextPage") != true {
				break
			}
			after, _ = at(data, "documents.pageInfo.endCursor").(string)
		}
		eq(t, "paged "+tc.args, got, want)
	}
	data := a.ok(`{ documents(first: 0) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`)
	eq(t, "first: 0", at(data, "documents.pageInfo"), map[string]any{"hasNextPage": true, "endCursor": nil})
}

func TestAPIErrors(t *testing.T) {
	st := newFixtureStore()
	a := newAPI(t, st)
	for _, tc := range []struct{ q, want string }{
		{`{ documents(after: "not-a-cursor") { edges { cursor } } }`, "not a cursor this API handed out"},
		{`{ documents(first: 1000) { edges { cursor } } }`, "first must be between 0 and 100"},
		{`{ documents(first: -1) { edges { cursor } } }`, "first must be between 0 and 100"},
		{`{ documents(filter: {dateFrom: "15-01-2024"}) { edges { cursor } } }`, "dateFrom: want a date as YYYY-MM-DD"},
		{`{ documents(filter: {dateTo: "2024-1-15"}) { edges { cursor } } }`, "dateTo: want a date as YYYY-MM-DD"},
		{`{ documents(filter: {dateTo: "2024-01-1x"}) { edges { cursor } } }`, "dateTo: want a date as YYYY-MM-DD"},
		{`{ documents(filter: {cites: "het verdrag van Nergens"}) { edges { cursor } } }`, "is neither a legal act"},
		{`{ documents(filter: {citesAll: ["het verdrag van Nergens"]}) { edges { cursor } } }`, "is neither a legal act"},
		{`{ documents(filter: {notCites: ["het verdrag van Nergens"]}) { edges { cursor } } }`, "is neither a legal act"},
		{`{ documents(filter: {signedBy: "country:NL"}) { edges { cursor } } }`, "not a person id"},
		{`{ node(id: "iets") { id } }`, "is not an id this API hands out"},
		{`{ legalAct(ref: "het verdrag van Nergens") { id } }`, "cannot read"},
		{`{ positions(filter: {actor: "iets"}) { edges { cursor } } }`, "actor:"},
		{`{ positions(filter: {subject: "het verdrag van Nergens"}) { edges { cursor } } }`, "subject:"},
		{`{ positions(filter: {dateFrom: "gisteren"}) { edges { cursor } } }`, "dateFrom:"},
		{`{ positions(filter: {dateTo: "morgen"}) { edges { cursor } } }`, "dateTo:"},
		{`{ positions(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }`, "not a cursor"},
		{`{ positions(first: 101) { edges { cursor } } }`, "first must be"},
		{`{ officeHolders(office: "Minister van Justitie en Veiligheid", on: "ooit") { start } }`, "on: want a date"},
		{`{ neighbors(id: "iets") { totalCount } }`, "id:"},
		{`{ neighbors(id: "kst-99001-1", after: "bm9wZQ") { edges { cursor } } }`, "not a cursor"},
		{`{ neighbors(id: "kst-99001-1", first: 101) { edges { cursor } } }`, "first must be"},
		{`{ relationCounts(id: "iets") { count } }`, "id:"},
		{`{ paths(from: "iets", to: "country:NL") { length } }`, "from:"},
		{`{ paths(from: "country:NL", to: "iets") { length } }`, "to:"},
		{`{ paths(from: "country:NL", to: "country:RO", maxHops: 7) { length } }`, "maxHops"},
		{`{ paths(from: "country:NL", to: "country:RO", maxHops: 0) { length } }`, "maxHops"},
		{`{ paths(from: "country:NL", to: "country:RO", first: 11) { length } }`, "first must be between 1 and 10"},
		{`{ timeline(id: "iets") { totalCount } }`, "id:"},
		{`{ timeline(id: "country:NL", after: "bm9wZQ") { edges { cursor } } }`, "not a cursor"},
		{`{ timeline(id: "country:NL", first: 500) { edges { cursor } } }`, "first must be"},
		{`{ legalActs(after: "bm9wZSBub3Bl") { edges { cursor } } }`, "not a cursor"},
		{`{ legalActs(first: 101) { edges { cursor } } }`, "first must be"},
		{`{ legalActs(filter: {citedBySignedBy: "country:NL"}) { edges { cursor } } }`, "citedBySignedBy:"},
		{`{ legalActs(filter: {citedSince: "vorig jaar"}) { edges { cursor } } }`, "citedSince:"},
		{`{ citationsPerYear(act: "het verdrag van Nergens") { year } }`, "act:"},
		{`{ stanceCounts(subject: "het verdrag van Nergens") { stance } }`, "subject:"},
		{`{ mentionsPerCountry(dateFrom: "ooit") { count } }`, "dateFrom:"},
		{`{ mentionsPerCountry(dateTo: "ooit") { count } }`, "dateTo:"},
		{`{ search(query: "` + strings.Repeat("a", 201) + `") { kind } }`, "characters, more than the limit of 200"},
		{`{ search(query: "een twee drie vier vijf zes zeven acht negen") { kind } }`, "words, more than the limit of 8"},
		{`{ search(query: "eurojust", first: 101) { kind } }`, "first must be"},
		{`{ node(id: "person:a-voorbeeld") { ... on Person { offices(on: "nooit") { start } } } }`, "on: want a date"},
		{`{ node(id: "person:a-voorbeeld") { ... on Person { signed(after: "bm9wZQ") { edges { cursor } } } } }`, "not a cursor"},
		{`{ node(id: "person:a-voorbeeld") { ... on Person { signed(first: 101) { edges { cursor } } } } }`, "first must be"},
		{`{ node(id: "office:` + minister.Key + `") { ... on Office { holders(on: "nooit") { start } } } }`, "on: want a date"},
		{`{ node(id: "celex:32001L0055") { ... on LegalAct { positions(after: "bm9wZQ") { edges { cursor } } } } }`, "not a cursor"},
		{`{ node(id: "kst-99001-1") { ... on Document { cites(after: "bm9wZQ") { edges { cursor } } } } }`, "not a cursor"},
	} {
		msg := a.fails(tc.q)
		if !strings.Contains(msg, tc.want) {
			t.Errorf("%s:\n got %q\nwant it to say %q", tc.q, msg, tc.want)
		}
	}
	// A store's own error reaches the client as the error of the field
	// that read it; the handler's presenter (internal/httpapi) hides it.
	st.fail = errors.New("graph: the database is away")
	for _, q := range []string{`{ node(id: "country:NL") { id } }`, `{ documents { edges { cursor } } }`} {
		if msg := a.fails(q); !strings.Contains(msg, "database is away") {
			t.Errorf("%s: %s", q, msg)
		}
	}
}

var _ resolvers.Store = (*memStore)(nil)
