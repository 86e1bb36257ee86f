package graph

import (
	"strings"
	"testing"
)

func TestPlanWriteRowsAreWhatWriteStores(t *testing.T) {
	doc := Ref{Kind: KindDocument, Key: "kst-32317-867"}
	p := Ref{Kind: KindPerson, Key: "d-yesilgoz-zegerius"}
	g := DocumentGraph{
		Document: Document{Key: doc.Key, Dossier: "32317", Number: "867", Date: "2024-01-15", Title: "Verslag JBZ-Raad"},
		Entities: []Entity{{Kind: KindPerson, Key: p.Key, Name: "D. Yeşilgöz-Zegerius"}},
		Relations: []Relation{{Type: RelSigned, From: p, To: doc, Props: map[string]any{"office": "minister-jv"},
			Evidence: Evidence{Doc: doc.Key, Quote: "De Minister van Justitie en Veiligheid", Start: 10, End: 48}}},
	}
	w, err := PlanWriteRows(g)
	if err != nil {
		t.Fatal(err)
	}
	if w.Key != doc.Key || w.Document["ingested"] != true || w.Document["date"] != "2024-01-15" {
		t.Fatalf("document row %q %v", w.Key, w.Document)
	}
	if len(w.Entities) != 1 || len(w.Entities[KindPerson]) != 1 || w.Entities[KindPerson][0]["key"] != p.Key {
		t.Fatalf("entity rows %v", w.Entities)
	}
	if len(w.Relations) != 1 {
		t.Fatalf("relation rows %v", w.Relations)
	}
	r := w.Relations[0]
	props := r["props"].(map[string]any)
	if r["type"] != "SIGNED" || r["fk"] != "Person" || r["tk"] != "Document" || r["from"] != p.Key || r["to"] != doc.Key ||
		props["doc"] != doc.Key || props["office"] != "minister-jv" || props["rank"] == nil || props["start"] != int64(10) {
		t.Fatalf("relation row %v", r)
	}

	g.Relations[0].To = Ref{Kind: KindLegalAct, Key: "32016R0679"}
	if _, err := PlanWriteRows(g); err == nil || !strings.Contains(err.Error(), "not among the document's entities") {
		t.Fatalf("a relation to an unknown entity: %v", err)
	}
}
