package main

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

func TestStatementsGroupABatchByLabelAndRelationType(t *testing.T) {
	letter := func(key, person string) graph.WriteRows {
		doc := graph.Ref{Kind: graph.KindDocument, Key: key}
		p := graph.Ref{Kind: graph.KindPerson, Key: person}
		act := graph.Ref{Kind: graph.KindLegalAct, Key: "32016R0679"}
		w, err := graph.PlanWriteRows(graph.DocumentGraph{
			Document: graph.Document{Key: key, Date: "2024-01-15", Title: "t " + key},
			Entities: []graph.Entity{{Kind: graph.KindPerson, Key: person, Name: person}, {Kind: graph.KindLegalAct, Key: act.Key, Name: "AVG"}},
			Relations: []graph.Relation{
				{Type: graph.RelSigned, From: p, To: doc, Evidence: graph.Evidence{Doc: key, Quote: "q"}},
				{Type: graph.RelCites, From: doc, To: act, Evidence: graph.Evidence{Doc: key, Quote: "q"}},
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	stmts := statements([]graph.WriteRows{letter("kst-32317-867", "a-person"), letter("kst-32317-868", "b-person")})
	var names []string
	rows := map[string]int{}
	for _, s := range stmts {
		names = append(names, s.name)
		rows[s.name] = len(s.rows)
		if !strings.HasPrefix(s.query, "UNWIND $rows AS row ") {
			t.Errorf("%s: %q is not one UNWIND over the batch", s.name, s.query)
		}
	}
	if got := strings.Join(names, ","); got != "documents,Person,LegalAct,CITES,SIGNED" {
		t.Fatalf("statements %s, want documents, the entity kinds in Kinds order, the relation types", got)
	}
	for name, n := range map[string]int{"documents": 2, "Person": 2, "LegalAct": 2, "CITES": 2, "SIGNED": 2} {
		if rows[name] != n {
			t.Errorf("%s: %d rows, want %d", name, rows[name], n)
		}
	}
	if q := stmts[4].query; !strings.Contains(q, "MATCH (a:Person {key: row.from}) MATCH (b:Document {key: row.to}) CREATE (a)-[r:SIGNED]->(b) SET r = row.props") {
		t.Fatalf("SIGNED statement %q", q)
	}
	if p := stmts[4].rows[1]["props"].(map[string]any); p["doc"] != "kst-32317-868" || p["rank"] == nil {
		t.Fatalf("SIGNED row props %v: not the Store's", p)
	}
}
