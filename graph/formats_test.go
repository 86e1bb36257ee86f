package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
)

// TestDocumentKeysAndDiscrepancies writes documents under the keys of
// documents that are not Kamerstukken and a Kamerstuk with the publisher's
// metadata (several dossiers, a Tweede Kamer document number, a
// discrepancy), and reads them back.
func TestDocumentKeysAndDiscrepancies(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	for _, key := range []string{"tk-2025D06896", "stcrt-2016-65451", "rijksoverheid-2020-03-30-verslag-jbz-raad-13-maart-2020", "ah-tk-20242025-750", "h-tk-20192020-9-4"} {
		g := graph.DocumentGraph{Document: graph.Document{Key: key, Date: "2025-02-18", Title: "Bijlage " + key, Text: "tekst"}}
		if _, err := st.Write(ctx, g); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		n, err := st.Node(ctx, graph.Ref{Kind: graph.KindDocument, Key: key}, graph.Full())
		if err != nil || n.Key != key || !n.Bool("ingested") {
			t.Errorf("%s read back: %+v %v", key, n, err)
		}
	}
	if _, err := st.Write(ctx, graph.DocumentGraph{Document: graph.Document{Key: "gmb-2024-216934"}}); err == nil {
		t.Error("a Gemeenteblad key was accepted as a document key")
	}
	g := letter("kst-32317-621", "2020-05-25")
	g.Document.Dossiers = []string{"32317", "25295"}
	g.Document.DocNumber = "2020D19727"
	g.Document.Discrepancies = []graph.Discrepancy{{Field: "date", Publisher: "2020-05-25", Source: "kst-32317-621.odata.json (OData Document)",
		Text: "2020-05-26", Evidence: graph.Evidence{Doc: "kst-32317-621", Quote: "Den Haag, 26 mei 2020", Start: 3, End: 24}}}
	mustWrite(t, st, g)
	n, err := st.Node(ctx, graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-621"}, graph.Full())
	if err != nil {
		t.Fatal(err)
	}
	if ds := n.Strs("dossiers"); len(ds) != 2 || ds[1] != "25295" || n.Str("docNumber") != "2020D19727" {
		t.Errorf("dossiers %v, document number %q", ds, n.Str("docNumber"))
	}
	var back []graph.Discrepancy
	if err := json.Unmarshal([]byte(n.Str("discrepancies")), &back); err != nil || len(back) != 1 || back[0] != g.Document.Discrepancies[0] {
		t.Errorf("discrepancies read back %+v %v", back, err)
	}
	// Rewritten without them, the document has none left.
	g.Document.Discrepancies = nil
	mustWrite(t, st, g)
	if n, _ := st.Node(ctx, graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-621"}, graph.Full()); n.Str("discrepancies") != "" {
		t.Errorf("discrepancies survive a rewrite without them: %q", n.Str("discrepancies"))
	}
}
