package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"jhagraph/graph"
)

// Fuzz targets run their seeds as ordinary tests under `go test` (and so
// under `make test`); `go test ./ingest/ -run '^$' -fuzz FuzzX` explores
// further, and what it finds goes to testdata/fuzz/FuzzX.

// FuzzParseExtract: no input makes Parse or Extract panic, and every graph
// Extract returns keeps its invariants (checkFuzzGraph).
func FuzzParseExtract(f *testing.F) {
	f.Add([]byte(miniLetter))
	f.Add([]byte(" Nr. 1  BRIEF\n\nDen Haag, 31 februari 2024\n\n1 x\n 2 y.1\n"))
	f.Add([]byte("Richtlijn 2011/98/EU, JBZ-Raad van 30 december en 1 januari 2024 in Brussel.\n\n1 a\n"))
	for _, l := range fuzzLetters(f) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		doc, err := Parse("kst-32317-1.txt", data)
		if err != nil {
			return
		}
		g, err := Extract(doc, Meta{})
		if err != nil {
			return
		}
		checkFuzzGraph(t, g)
		// Extract is deterministic: the same Doc parsed again gives the
		// same graph (maps are never iterated into the output).
		doc2, err := Parse("kst-32317-1.txt", data)
		if err != nil {
			t.Fatalf("second Parse fails: %v", err)
		}
		g2, err := Extract(doc2, Meta{})
		if err != nil {
			t.Fatalf("second Extract fails: %v", err)
		}
		if a, b := graphJSON(t, g), graphJSON(t, g2); a != b {
			t.Errorf("Extract is not deterministic:\n%s\n%s", a, b)
		}
	})
}

// FuzzExtractMeta: a letter with a sidecar. ParseMeta never panics and its
// errors name the file; a sidecar it accepts gives a graph with the
// invariants, whose key comes from the sidecar when it has dossier and number.
func FuzzExtractMeta(f *testing.F) {
	letters := fuzzLetters(f)
	metas := []string{
		"dossier: 32317\nnumber: 867\ndate: 2024-01-15\ntitle: Geannoteerde agenda\n",
		"dossier: 21501-20\nnumber: 2100\nurl: https://zoek.officielebekendmakingen.nl/kst-21501-20-2100.html\n",
		"dossier: 35 913\nnumber: B\nkind: brief\naddressee: Voorzitter van de Eerste Kamer\n",
		"# comment\n\ndate: 2024-02-30\n",
		"dossier 32317\n",
		"\uFEFFnumber: 1\nnumber: 2\n",
		"",
	}
	for i, m := range metas {
		l := []byte(miniLetter)
		if len(letters) > 0 {
			l = letters[i%len(letters)]
		}
		f.Add(l, []byte(m))
	}
	f.Fuzz(func(t *testing.T, data, side []byte) {
		m, err := ParseMeta("letter.meta", side)
		if err != nil {
			if !strings.Contains(err.Error(), "letter.meta") {
				t.Errorf("ParseMeta error does not name the file: %v", err)
			}
			return
		}
		if !utf8.Valid(data) {
			return
		}
		doc, err := Parse("letter.txt", data)
		if err != nil {
			return
		}
		g, err := Extract(doc, m)
		if err != nil {
			return
		}
		checkFuzzGraph(t, g)
		if m.Dossier != "" && m.Number != "" && g.Document.Key != "kst-"+m.Dossier+"-"+m.Number {
			t.Errorf("key %s, but the sidecar says dossier %s number %s", g.Document.Key, m.Dossier, m.Number)
		}
	})
}

// fuzzLetters are the team's letters, as seeds.
func fuzzLetters(f *testing.F) [][]byte {
	var out [][]byte
	letters, _ := filepath.Glob(filepath.Join("..", "testdata", "letters", "*.txt"))
	order, _ := filepath.Glob(filepath.Join("..", "testdata", "order", "*.txt"))
	for _, l := range append(letters, order...) {
		b, err := os.ReadFile(l)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// checkFuzzGraph is checkGraph (evidence inside the text and equal to it,
// ends among the entities, order) plus what a write needs: a document key
// the graph accepts, and property values Neo4j can store; and a position's
// quote is text of the letter.
func checkFuzzGraph(t *testing.T, g graph.DocumentGraph) {
	t.Helper()
	checkGraph(t, g)
	if ref, err := graph.ParseID(g.Document.Key); err != nil || ref.Kind != graph.KindDocument {
		t.Errorf("document key %q is not a kst key", g.Document.Key)
	}
	for _, e := range g.Entities {
		checkStorable(t, e.Ref().ID(), e.Props)
		if q, ok := e.Props["quote"].(string); ok && !strings.Contains(g.Document.Text, q) {
			t.Errorf("%s: quote %q is not in the text", e.Ref().ID(), q)
		}
	}
	for _, r := range g.Relations {
		checkStorable(t, string(r.Type)+" "+r.From.ID()+" -> "+r.To.ID(), r.Props)
	}
}

func checkStorable(t *testing.T, what string, props map[string]any) {
	t.Helper()
	for k, v := range props {
		switch v.(type) {
		case string, bool, int, int64, float64, []string, []int, []int64, []float64, []bool, nil:
		default:
			t.Errorf("%s: property %s has type %T, which Neo4j cannot store", what, k, v)
		}
	}
}

func graphJSON(t *testing.T, g graph.DocumentGraph) string {
	t.Helper()
	b, err := json.Marshal(struct {
		G    graph.DocumentGraph
		Text string
	}{g, g.Document.Text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
