package resolvers

import (
	"encoding/json"
	"testing"

	"jhagraph/graph"
)

// TestDocumentDiscrepanciesAndKeys maps the stored publisher-metadata
// fields of a Document to the API: discrepancies (stored as JSON), the
// dossiers, the document number, and the URL of a document known by its
// Tweede Kamer number only.
func TestDocumentDiscrepanciesAndKeys(t *testing.T) {
	disc := []graph.Discrepancy{{Field: "date", Publisher: "2024-01-16", Source: "x.odata.json (OData Document)", Text: "2024-01-15",
		Evidence: graph.Evidence{Doc: "kst-32317-867", Quote: "Den Haag, 15 januari 2024", Start: 10, End: 35}}}
	raw, _ := json.Marshal(disc)
	d := &Document{entity{graph.Node{Kind: graph.KindDocument, Key: "kst-32317-867", Props: map[string]any{
		"discrepancies": string(raw), "dossiers": []any{"32317", "25295"}, "docNumber": "2024D00001"}}}}
	got, err := d.Discrepancies()
	if err != nil || len(got) != 1 || got[0].Field != "date" || got[0].Publisher != "2024-01-16" || got[0].Text != "2024-01-15" ||
		got[0].Evidence.Quote != "Den Haag, 15 januari 2024" || got[0].Evidence.Start != 10 || got[0].Source != "x.odata.json (OData Document)" {
		t.Errorf("discrepancies %+v %v", got, err)
	}
	if ds := d.Dossiers(); len(ds) != 2 || ds[1] != "25295" {
		t.Errorf("dossiers %v", ds)
	}
	if nr := d.DocumentNumber(); nr == nil || *nr != "2024D00001" {
		t.Errorf("document number %v", nr)
	}
	none := &Document{entity{graph.Node{Kind: graph.KindDocument, Key: "tk-2025D06896"}}}
	if got, err := none.Discrepancies(); err != nil || got == nil || len(got) != 0 {
		t.Errorf("no discrepancies: %v %v", got, err)
	}
	if u := none.URL(); u != "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=DocumentNummer%20eq%20%272025D06896%27" {
		t.Errorf("url of a TK document %q", u)
	}
	bad := &Document{entity{graph.Node{Kind: graph.KindDocument, Key: "kst-1", Props: map[string]any{"discrepancies": "{"}}}}
	if _, err := bad.Discrepancies(); err == nil {
		t.Error("broken stored discrepancies gave no error")
	}
}
