package resolvers_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// The graph the API tests read: four fictional letters (dossiers 99001 and
// 99002, which no real Kamerstuk uses) by two fictional people, about a
// Council meeting with three agenda items, three real EU directives
// (CELEX numbers, years and numbers as EUR-Lex has them), four countries
// and an organisation, with three positions.

var (
	voorbeeld = graph.Ref{Kind: graph.KindPerson, Key: "a-voorbeeld"}
	proef     = graph.Ref{Kind: graph.KindPerson, Key: "b-proef"}
	minister  = graph.Ref{Kind: graph.KindOffice, Key: graph.OfficeKey("Minister van Justitie en Veiligheid")}
	staatssec = graph.Ref{Kind: graph.KindOffice, Key: graph.OfficeKey("Staatssecretaris van Justitie en Veiligheid")}
	single    = graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0098"} // Directive 2011/98/EU
	traffick  = graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0036"} // Directive 2011/36/EU
	tempProt  = graph.Ref{Kind: graph.KindLegalAct, Key: "32001L0055"} // Directive 2001/55/EC
	ro        = graph.Ref{Kind: graph.KindCountry, Key: "RO"}
	nl        = graph.Ref{Kind: graph.KindCountry, Key: "NL"}
	be        = graph.Ref{Kind: graph.KindCountry, Key: "BE"}
	ua        = graph.Ref{Kind: graph.KindCountry, Key: "UA"}
	eurojust  = graph.Ref{Kind: graph.KindOrganisation, Key: "eurojust"}
	meeting   = graph.Ref{Kind: graph.KindCouncilMeeting, Key: "jbz-2024-01-25"}
	item11    = graph.Ref{Kind: graph.KindAgendaItem, Key: "jbz-2024-01-25/I/1"}
	item12    = graph.Ref{Kind: graph.KindAgendaItem, Key: "jbz-2024-01-25/I/2"}
	item21    = graph.Ref{Kind: graph.KindAgendaItem, Key: "jbz-2024-01-25/II/1"}
	cited0    = graph.Ref{Kind: graph.KindDocument, Key: "kst-99001-0"} // cited, not ingested
	doc1      = graph.Ref{Kind: graph.KindDocument, Key: "kst-99001-1"}
	doc2      = graph.Ref{Kind: graph.KindDocument, Key: "kst-99001-2"}
	doc3      = graph.Ref{Kind: graph.KindDocument, Key: "kst-99002-5"}
	doc4      = graph.Ref{Kind: graph.KindDocument, Key: "kst-99001-3"}
	pos11     = graph.Ref{Kind: graph.KindPosition, Key: "kst-99001-1:1"}
	pos12     = graph.Ref{Kind: graph.KindPosition, Key: "kst-99001-1:2"}
	pos21     = graph.Ref{Kind: graph.KindPosition, Key: "kst-99001-2:1"}
)

// entities are every entity of the fixture, by reference.
func entities() map[graph.Ref]graph.Entity {
	es := []graph.Entity{
		{Kind: graph.KindPerson, Key: voorbeeld.Key, Name: "A. Voorbeeld"},
		{Kind: graph.KindPerson, Key: proef.Key, Name: "B. Proef"},
		{Kind: graph.KindOffice, Key: minister.Key, Name: "Minister van Justitie en Veiligheid"},
		{Kind: graph.KindOffice, Key: staatssec.Key, Name: "Staatssecretaris van Justitie en Veiligheid"},
		{Kind: graph.KindLegalAct, Key: single.Key, Name: "Richtlijn 2011/98/EU", Aliases: []string{"GVVA-richtlijn", "Single Permit Directive"},
			Props: map[string]any{"type": "directive", "year": 2011, "number": 98, "title": "Single Permit Directive"}},
		{Kind: graph.KindLegalAct, Key: traffick.Key, Name: "Richtlijn 2011/36/EU", Aliases: []string{"Richtlijn mensenhandel"},
			Props: map[string]any{"type": "directive", "year": 2011, "number": 36}},
		{Kind: graph.KindLegalAct, Key: tempProt.Key, Name: "Richtlijn 2001/55/EG", Aliases: []string{"Richtlijn tijdelijke bescherming"},
			Props: map[string]any{"type": "directive", "year": 2001, "number": 55}},
		{Kind: graph.KindCountry, Key: "RO", Name: "Roemenië", Props: map[string]any{"memberState": true}},
		{Kind: graph.KindCountry, Key: "NL", Name: "Nederland", Props: map[string]any{"memberState": true}},
		{Kind: graph.KindCountry, Key: "BE", Name: "België", Props: map[string]any{"memberState": true}},
		{Kind: graph.KindCountry, Key: "UA", Name: "Oekraïne", Props: map[string]any{"memberState": false}},
		{Kind: graph.KindOrganisation, Key: eurojust.Key, Name: "Eurojust", Aliases: []string{"EU Agency for Criminal Justice Cooperation"}},
		{Kind: graph.KindCouncilMeeting, Key: meeting.Key, Name: "JBZ-Raad 25-26 januari 2024", Props: map[string]any{
			"formation": "JHA", "informal": true, "startDate": "2024-01-25", "endDate": "2024-01-26", "place": "Brussel", "presidency": "BE"}},
		{Kind: graph.KindAgendaItem, Key: item11.Key, Name: "Schengen", Props: map[string]any{"section": "I", "order": 1, "title": "Schengen", "sectionTitle": "Binnenlandse Zaken"}},
		{Kind: graph.KindAgendaItem, Key: item12.Key, Name: "AI en rechtshandhaving", Props: map[string]any{"section": "I", "order": 2, "title": "AI en rechtshandhaving", "sectionTitle": "Binnenlandse Zaken", "format": "werksessie"}},
		{Kind: graph.KindAgendaItem, Key: item21.Key, Name: "Oekraïne", Props: map[string]any{"section": "II", "order": 1, "title": "Oekraïne", "sectionTitle": "Justitie", "format": "werklunch"}},
		{Kind: graph.KindDocument, Key: cited0.Key, Name: "Kamerstuk 99001, nr. 0"},
		{Kind: graph.KindPosition, Key: pos11.Key, Name: "steun verlenging", Props: map[string]any{"stance": "support", "polarity": "positive", "cue": "steunt",
			"actor": "het kabinet", "subject": "de verlenging van de tijdelijke bescherming", "quote": "Het kabinet steunt de verlenging van de tijdelijke bescherming.", "date": "2024-01-10"}},
		{Kind: graph.KindPosition, Key: pos12.Key, Name: "zorg vergunning", Props: map[string]any{"stance": "concern", "polarity": "negative", "conditional": true,
			"actor": "Roemenië", "subject": "de gecombineerde vergunning", "quote": "Roemenië heeft zorgen over de gecombineerde vergunning.", "date": "2024-01-10"}},
		{Kind: graph.KindPosition, Key: pos21.Key, Name: "steun bescherming", Props: map[string]any{"stance": "support", "negated": false,
			"actor": "het kabinet", "subject": "tijdelijke bescherming", "quote": "Nederland steunde opnieuw de tijdelijke bescherming.", "date": "2024-02-05"}},
	}
	m := map[graph.Ref]graph.Entity{}
	for _, e := range es {
		m[e.Ref()] = e
	}
	return m
}

// letter builds the graph of one letter: its document, the relations given
// (each with evidence in the letter), and the entities they name.
func letter(d graph.Document, rels ...graph.Relation) graph.DocumentGraph {
	ents := entities()
	dg := graph.DocumentGraph{Document: d}
	seen := map[graph.Ref]bool{{Kind: graph.KindDocument, Key: d.Key}: true}
	for i, r := range rels {
		q := string(r.Type) + " " + r.From.ID() + " " + r.To.ID()
		r.Evidence = graph.Evidence{Doc: d.Key, Quote: q, Start: i * 10, End: i*10 + len(q)}
		dg.Relations = append(dg.Relations, r)
		for _, ref := range []graph.Ref{r.From, r.To} {
			if e, ok := ents[ref]; ok && !seen[ref] {
				seen[ref] = true
				dg.Entities = append(dg.Entities, e)
			}
		}
	}
	return dg
}

func rel(t graph.RelType, from, to graph.Ref, props ...any) graph.Relation {
	r := graph.Relation{Type: t, From: from, To: to}
	if len(props) > 0 {
		r.Props = map[string]any{}
		for i := 0; i+1 < len(props); i += 2 {
			r.Props[props[i].(string)] = props[i+1]
		}
	}
	return r
}

// fixture is the four letters' graphs.
func fixture() []graph.DocumentGraph {
	return []graph.DocumentGraph{
		letter(graph.Document{Key: doc1.Key, Dossier: "99001", Number: "1", Date: "2024-01-10", Kind: "brief",
			Title: "Geannoteerde agenda informele JBZ-Raad 25-26 januari 2024", Addressee: "Voorzitter van de Tweede Kamer",
			Source: "kst-99001-1.txt", Text: "Tekst van de geannoteerde agenda."},
			rel(graph.RelSigned, voorbeeld, doc1, "office", "Minister van Justitie en Veiligheid", "order", 1),
			rel(graph.RelSigned, proef, doc1, "office", "Staatssecretaris van Justitie en Veiligheid", "order", 2),
			rel(graph.RelHeldOffice, voorbeeld, minister, "start", "2023-01-01", "end", "2024-06-30"),
			rel(graph.RelCites, doc1, single, "ref", "Richtlijn 2011/98/EU"),
			rel(graph.RelCites, doc1, cited0, "ref", "Kamerstuk 99001, nr. 0"),
			rel(graph.RelMentions, doc1, ro), rel(graph.RelMentions, doc1, ua), rel(graph.RelMentions, doc1, eurojust),
			rel(graph.RelAnnotates, doc1, meeting),
			rel(graph.RelHasItem, meeting, item21), rel(graph.RelHasItem, meeting, item12), rel(graph.RelHasItem, meeting, item11),
			rel(graph.RelConcerns, item21, tempProt), rel(graph.RelConcerns, item21, ua),
			rel(graph.RelAttends, voorbeeld, meeting), rel(graph.RelAttends, minister, meeting),
			rel(graph.RelHolds, nl, pos11), rel(graph.RelOn, pos11, tempProt), rel(graph.RelStatedIn, pos11, doc1), rel(graph.RelStatedIn, pos11, item21),
			rel(graph.RelHolds, ro, pos12), rel(graph.RelOn, pos12, single), rel(graph.RelStatedIn, pos12, doc1),
		),
		letter(graph.Document{Key: doc2.Key, Dossier: "99001", Number: "2", Date: "2024-02-05", Kind: "brief",
			Title: "Verslag informele JBZ-Raad 25-26 januari 2024", Text: "Tekst van het verslag."},
			rel(graph.RelSigned, voorbeeld, doc2, "office", "Minister van Justitie en Veiligheid", "order", 1),
			rel(graph.RelReportsOn, doc2, meeting),
			rel(graph.RelHasItem, meeting, item12),
			rel(graph.RelAttends, voorbeeld, meeting),
			rel(graph.RelCites, doc2, traffick, "ref", "Richtlijn 2011/36/EU"),
			rel(graph.RelCites, doc2, doc1, "ref", "Kamerstuk 99001, nr. 1"),
			rel(graph.RelMentions, doc2, single),
			rel(graph.RelMentions, doc2, ro), rel(graph.RelMentions, doc2, be),
			rel(graph.RelHolds, nl, pos21), rel(graph.RelOn, pos21, tempProt), rel(graph.RelStatedIn, pos21, doc2),
		),
		letter(graph.Document{Key: doc3.Key, Dossier: "99002", Number: "5", Date: "2023-11-20", Kind: "fiche",
			Title: "Fiche: richtlijn mensenhandel", Dossiers: []string{"99002", "99001"}, DocNumber: "2023D99999", Text: "Tekst van de fiche.",
			Discrepancies: []graph.Discrepancy{{Field: "date", Publisher: "2023-11-20", Source: "kst-99002-5.odata.json (OData Document)",
				Text: "2023-11-21", Evidence: graph.Evidence{Doc: doc3.Key, Quote: "Den Haag, 21 november 2023", End: 26}}}},
			rel(graph.RelSigned, proef, doc3, "office", "Staatssecretaris van Justitie en Veiligheid", "order", 1),
			rel(graph.RelHeldOffice, proef, staatssec, "start", "2022-01-10"),
			rel(graph.RelCites, doc3, traffick, "ref", "Richtlijn 2011/36/EU"),
			rel(graph.RelMentions, doc3, nl),
		),
		letter(graph.Document{Key: doc4.Key, Dossier: "99001", Number: "3", Date: "2024-02-05", Kind: "brief",
			Title: "Antwoorden op vragen over de JBZ-Raad", Text: "Tekst van de antwoorden."},
			rel(graph.RelSigned, voorbeeld, doc4, "office", "Minister van Justitie en Veiligheid", "order", 1),
			rel(graph.RelMentions, doc4, ro),
		),
	}
}

// The discrepancies of a document are stored as JSON (graph.Document);
// the fake stores them as the write does.
func newFixtureStore() *memStore {
	dgs := fixture()
	s := newMemStore(dgs...)
	for _, dg := range dgs {
		if len(dg.Document.Discrepancies) > 0 {
			raw, _ := json.Marshal(dg.Document.Discrepancies)
			s.nodes[graph.Ref{Kind: graph.KindDocument, Key: dg.Document.Key}].Props["discrepancies"] = string(raw)
		}
	}
	return s
}

// api runs GraphQL operations through gqlgen's executor over a store, with
// a batcher per operation as the server has.
type api struct {
	t    *testing.T
	exec *executor.Executor
}

func newAPI(t *testing.T, st resolvers.Store, opts ...func(*resolvers.Resolver)) api {
	r := &resolvers.Resolver{Store: st, Refs: refs{}, MaxPage: 100, MaxSearchChars: 200, MaxSearchWords: 8}
	for _, o := range opts {
		o(r)
	}
	exec := executor.New(resolvers.NewExecutableSchema(resolvers.Config{Resolvers: r}))
	exec.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	return api{t: t, exec: exec}
}

// do runs q and returns its data (as decoded JSON) and errors.
func (a api) do(q string, vars map[string]any) (any, gqlerror.List) {
	a.t.Helper()
	ctx := graphql.StartOperationTrace(context.Background())
	oc, errs := a.exec.CreateOperationContext(ctx, &graphql.RawParams{Query: q, Variables: vars})
	if errs != nil {
		return nil, errs
	}
	h, ctx := a.exec.DispatchOperation(ctx, oc)
	resp := h(ctx)
	var data any
	if len(resp.Data) > 0 {
		if err := json.Unmarshal(resp.Data, &data); err != nil {
			a.t.Fatalf("%s: %v", q, err)
		}
	}
	return data, resp.Errors
}

// ok runs q and fails the test on any error.
func (a api) ok(q string) any {
	a.t.Helper()
	data, errs := a.do(q, nil)
	if len(errs) > 0 {
		a.t.Fatalf("%s:\n%v", q, errs)
	}
	return data
}

// fails runs q and returns its one error's message, failing the test when
// there is none.
func (a api) fails(q string) string {
	a.t.Helper()
	_, errs := a.do(q, nil)
	if len(errs) == 0 {
		a.t.Fatalf("%s: no error", q)
	}
	return errs[0].Message
}

// at digs into decoded JSON along a dotted path ("documents.edges.0.node").
func at(v any, path string) any {
	if path == "" {
		return v
	}
	for _, p := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			i, err := strconv.Atoi(p)
			if err != nil || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// list is the list at path, each element taken at sub.
func list(v any, path, sub string) []any {
	l, _ := at(v, path).([]any)
	out := make([]any, len(l))
	for i, x := range l {
		out[i] = at(x, sub)
	}
	return out
}

// strs is list as strings.
func strs(v any, path, sub string) []string {
	out := []string{}
	for _, x := range list(v, path, sub) {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}
