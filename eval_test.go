package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommand runs `jhagraph eval -v` over the gold files: it prints the
// table for all letters and, when the shared corpus is there, for the real
// letter, and per letter its misses. The thresholds themselves are held by
// ingest's TestAccuracy.
func TestEvalCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"eval", "-v"}, &out, &errOut); code != 0 {
		t.Fatalf("eval exit %d: %s", code, errOut.String())
	}
	s := out.String()
	for _, want := range []string{"all letters (", "category", "real development set", "real held-out set", "precision", "recall", "signatories", "positions.detected",
		"kst-32317-884 (geannoteerde-agenda-jbz-juni-2024.txt)"} {
		if !strings.Contains(s, want) {
			t.Errorf("eval output lacks %q:\n%s", want, s)
		}
	}
	if _, err := os.Stat(realLetter); err == nil && !strings.Contains(s, "real letter: kst-32317-867") {
		t.Errorf("eval output lacks the real letter's table:\n%s", s)
	}

	// The real sets are tables of their own: with the corpus given, the
	// development set is scored.
	if _, err := os.Stat("../shared/corpus/real"); err == nil {
		if !strings.Contains(s, "real development set (") {
			t.Errorf("eval output lacks the real development set's table:\n%s", s)
		}
	}

	// A gold file that names a letter which does not extract scores as
	// everything missed, and --check then fails against thresholds of 1.
	dir := t.TempDir()
	gold := `{"file": "missing.txt", "in": "letters", "document": {"key": "kst-1-2", "date": "2024-01-15"},
	  "countries": ["NL"], "positions": [{"actor": "country:NL", "stance": "support", "subjects": ["x"], "quote": "Het kabinet steunt x."}]}`
	th := `{"real": {}, "all": {"countries": {"precision": 1, "recall": 1}}}`
	for name, data := range map[string]string{"missing.json": gold, "thresholds.json": th} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out.Reset()
	code := run(context.Background(), []string{"eval", "--check", "--gold", dir, "--letters", dir, "--corpus", dir}, &out, io.Discard)
	if code != 1 || !strings.Contains(out.String(), "BELOW all letters: countries") {
		t.Errorf("eval --check on a failing letter: exit %d, output:\n%s", code, out.String())
	}
	if code := run(context.Background(), []string{"eval", "--gold", t.TempDir()}, io.Discard, io.Discard); code != 1 {
		t.Errorf("eval without gold files: exit %d, want 1", code)
	}
}
