package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
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
	goldOf := `{"file": "FILE", "in": "letters", "document": {"key": "KEY", "date": "2024-01-15"},
	  "countries": ["NL"], "positions": [{"actor": "country:NL", "stance": "support", "subjects": ["x"], "quote": "Het kabinet steunt x."}]}`
	gold := strings.ReplaceAll(strings.ReplaceAll(goldOf, "KEY", "kst-1-2"), "FILE", "missing.txt")
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
	// -v shows the development set's misses but not the held-out set's,
	// unless --show-heldout asks for them.
	real := t.TempDir()
	for set, key := range map[string]string{"dev": "kst-1-2", "heldout": "kst-3-4"} {
		gold := strings.ReplaceAll(strings.ReplaceAll(goldOf, "KEY", key), "FILE", key+".txt")
		for name, data := range map[string]string{key + ".json": gold, "thresholds.json": th} {
			if err := os.MkdirAll(filepath.Join(real, set, "gold"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(real, set, "gold", name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, spoil := range []bool{false, true} {
		args := []string{"eval", "-v", "--gold", dir, "--letters", dir, "--corpus", dir, "--real", real}
		if spoil {
			args = append(args, "--show-heldout")
		}
		out.Reset()
		run(context.Background(), args, &out, io.Discard)
		s := out.String()
		if !strings.Contains(s, "- miss  key=kst-1-2") {
			t.Errorf("eval -v (show-heldout %v) lacks the development set's misses:\n%s", spoil, s)
		}
		if got := strings.Contains(s, "- miss  key=kst-3-4"); got != spoil {
			t.Errorf("eval -v (show-heldout %v) shows the held-out set's misses: %v\n%s", spoil, got, s)
		}
	}

	if code := run(context.Background(), []string{"eval", "--gold", t.TempDir()}, io.Discard, io.Discard); code != 1 {
		t.Errorf("eval without gold files: exit %d, want 1", code)
	}
}

// TestEvalSecondAnnotation scores a second annotation against the real
// gold: a folder holding the gold itself agrees fully, a file with no gold of
// its name is an error that names it.
func TestEvalSecondAnnotation(t *testing.T) {
	real := t.TempDir()
	for _, d := range []string{"dev/gold", "dev/letters", "heldout/gold", "heldout/letters"} {
		if err := os.MkdirAll(filepath.Join(real, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	gold := `{"file": "a.txt", "in": "letters", "document": {"key": "kst-1-2", "date": "2024-01-15"},
	  "positions": [{"actor": "country:NL", "stance": "support", "subjects": ["x"], "quote": "Het kabinet steunt x."}]}`
	files := map[string]string{
		"dev/gold/a.json":          gold,
		"dev/gold/thresholds.json": `{"real": {}, "all": {}}`,
		"dev/letters/a.txt":        "Het kabinet steunt x.\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(real, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	second := t.TempDir()
	if err := os.WriteFile(filepath.Join(second, "a.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run(context.Background(), []string{"eval", "-real", real, "-second", second}, &out, io.Discard); code != 0 {
		t.Fatalf("eval -second: exit %d:\n%s", code, out.String())
	}
	if !regexp.MustCompile(`(?m)^second annotation .*\n.*\n  positions\s+1\s+0\s+0\s`).MatchString(out.String()) {
		t.Errorf("the gold as its own second annotation should agree 1/0/0:\n%s", out.String())
	}
	if err := os.WriteFile(filepath.Join(second, "b.json"), []byte(strings.Replace(gold, "a.txt", "b.txt", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	if code := run(context.Background(), []string{"eval", "-real", real, "-second", second}, io.Discard, &errOut); code == 0 || !strings.Contains(errOut.String(), "b.json: no gold file of that name") {
		t.Errorf("a second annotation without gold: exit %d, stderr %q", code, errOut.String())
	}
}
