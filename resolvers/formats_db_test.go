package resolvers_test

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/resolvers"
)

type noRefs struct{}

func (noRefs) Act(string) (string, bool)       { return "", false }
func (noRefs) Kamerstuk(string) (string, bool) { return "", false }

// TestDiscrepanciesThroughGraphQL writes a Tweede Kamer document known by
// its number, signed by a minister the publisher lists (evidence: the
// metadata), whose text gives another date than the publisher, and reads
// it through GraphQL from a real Neo4j.
func TestDiscrepanciesThroughGraphQL(t *testing.T) {
	st := graphtest.Open(t)
	key := "tk-2026D08805"
	person := graph.Entity{Kind: graph.KindPerson, Key: "d-m-van-weel", Name: "D.M. van Weel"}
	meta := graph.Evidence{Doc: key, Quote: "tk-2026D08805.odata.json (OData Document): D.M. van Weel, minister van Justitie en Veiligheid"}
	g := graph.DocumentGraph{
		Document: graph.Document{Key: key, DocNumber: "2026D08805", Date: "2026-02-26", Title: "Geannoteerde agenda", Text: "Den Haag, 27 februari 2026",
			Discrepancies: []graph.Discrepancy{{Field: "date", Publisher: "2026-02-26", Source: "tk-2026D08805.odata.json (OData Document)", Text: "2026-02-27",
				Evidence: graph.Evidence{Doc: key, Quote: "Den Haag, 27 februari 2026", Start: 0, End: 26}}}},
		Entities: []graph.Entity{person},
		Relations: []graph.Relation{{Type: graph.RelSigned, From: person.Ref(), To: graph.Ref{Kind: graph.KindDocument, Key: key},
			Props: map[string]any{"office": "Minister van Justitie en Veiligheid", "order": 1}, Evidence: meta}},
	}
	if _, err := st.Write(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	srv := handler.New(resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{Store: st, Refs: noRefs{}, MaxPage: 100}}))
	srv.AddTransport(transport.POST{})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	var out struct {
		Document struct {
			ID             string
			DocumentNumber string
			Dossiers       []string
			URL            string
			Discrepancies  []struct {
				Field, Publisher, Source, Text string
				Evidence                       struct {
					Quote      string
					Start, End int
				}
			}
			Signatories []struct {
				Person   struct{ Name string }
				Office   string
				Evidence struct {
					Quote      string
					Start, End int
				}
			}
		}
	}
	client.New(srv).MustPost(`{ document(id: "tk-2026D08805") { id documentNumber dossiers url
		discrepancies { field publisher source text evidence { quote start end } }
		signatories { person { name } office evidence { quote start end } } } }`, &out)
	d := out.Document
	if d.ID != key || d.DocumentNumber != "2026D08805" || len(d.Dossiers) != 0 ||
		d.URL != "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=DocumentNummer%20eq%20%272026D08805%27" {
		t.Errorf("document %+v", d)
	}
	if len(d.Discrepancies) != 1 || d.Discrepancies[0].Field != "date" || d.Discrepancies[0].Text != "2026-02-27" ||
		d.Discrepancies[0].Evidence.Quote != "Den Haag, 27 februari 2026" || d.Discrepancies[0].Evidence.End != 26 {
		t.Errorf("discrepancies %+v", d.Discrepancies)
	}
	if len(d.Signatories) != 1 || d.Signatories[0].Office != "Minister van Justitie en Veiligheid" ||
		d.Signatories[0].Evidence.Quote != meta.Quote || d.Signatories[0].Evidence.End != 0 {
		t.Errorf("signatories %+v", d.Signatories)
	}
}
