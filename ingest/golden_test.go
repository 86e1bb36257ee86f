package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jhagraph/graph"
)

// Golden tests in the genqlient style: every letter in testdata/letters is
// its own subtest, its expected output stored in testdata/extract/<name>.json.
// UPDATE_GOLDEN=1 rewrites the expected files from the current code; they
// are never edited by hand. The real letter from the shared corpus has its
// golden file too, when the corpus is present.

type goldenOutput struct {
	Error      string               `json:"error,omitempty"`
	Graph      *graph.DocumentGraph `json:"graph,omitempty"`
	Paragraphs []goldenParagraph    `json:"paragraphs,omitempty"`
}

type goldenParagraph struct {
	Kind   ParaKind `json:"kind"`
	Level  int      `json:"level,omitempty"`
	Number string   `json:"number,omitempty"`
	Start  int      `json:"start"`
	Text   string   `json:"text"`
}

func TestGolden(t *testing.T) {
	root := repoRoot(t)
	letters, err := filepath.Glob(filepath.Join(root, "testdata", "letters", "*.txt"))
	if err != nil || len(letters) < 4 {
		t.Fatalf("want at least 4 letters in testdata/letters, found %d (%v)", len(letters), err)
	}
	// Letters that must fail stand apart, so that `make run` can ingest the
	// good ones as samples.
	invalid, err := filepath.Glob(filepath.Join(root, "testdata", "invalid", "*.txt"))
	if err != nil || len(invalid) == 0 {
		t.Fatalf("want letters in testdata/invalid, found %d (%v)", len(invalid), err)
	}
	letters = append(letters, invalid...)
	for _, path := range letters {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, path, data)
		})
	}
	t.Run("corpus-kst-32317-867", func(t *testing.T) {
		path, data := corpusLetter(t)
		golden(t, "corpus-kst-32317-867", path, data)
	})
}

func golden(t *testing.T, name, path string, data []byte) {
	t.Helper()
	out := extractForGolden(t, path, data)
	got, err := marshalGolden(out)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(repoRoot(t), "testdata", "extract", name+".json")
	if os.Getenv("UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("no golden file %s; run the tests with UPDATE_GOLDEN=1 and review it", file)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("extraction of %s differs from %s (UPDATE_GOLDEN=1 rewrites it; review the diff):\n%s",
			filepath.Base(path), filepath.Base(file), firstDiff(string(want), string(got)))
	}
}

// extractForGolden runs the pure pipeline on a letter and its sidecar.
func extractForGolden(t *testing.T, path string, data []byte) goldenOutput {
	t.Helper()
	var meta Meta
	side := strings.TrimSuffix(path, ".txt") + ".meta"
	if b, err := os.ReadFile(side); err == nil {
		if meta, err = ParseMeta(filepath.Base(side), b); err != nil {
			return goldenOutput{Error: err.Error()}
		}
	}
	doc, err := Parse(filepath.Base(path), data)
	if err != nil {
		return goldenOutput{Error: err.Error()}
	}
	g, err := Extract(doc, meta)
	if err != nil {
		return goldenOutput{Error: err.Error()}
	}
	checkGraph(t, g)
	again, _ := Extract(doc, meta)
	a, _ := marshalGolden(goldenOutput{Graph: &g})
	b, _ := marshalGolden(goldenOutput{Graph: &again})
	if !bytes.Equal(a, b) {
		t.Error("Extract is not deterministic")
	}
	out := goldenOutput{Graph: &g}
	for _, p := range doc.Paragraphs {
		out.Paragraphs = append(out.Paragraphs, goldenParagraph{Kind: p.Kind, Level: p.Level, Number: p.Number, Start: p.Start, Text: p.Text})
	}
	return out
}

func marshalGolden(v goldenOutput) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return b.Bytes(), err
}

// firstDiff shows the first differing line with some context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n- " + wl + "\n+ " + gl
		}
	}
	return "(no line differs)"
}
