package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// makeOut runs make in the repository with args and returns its stdout.
func makeOut(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("make", append([]string{"-s"}, args...)...).Output()
	if err != nil {
		t.Fatalf("make %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}

// `make run` serves real documents only: its sample list is the seed letter
// and the real letters of the shared corpus, never the fictional letters of
// testdata/.
func TestMakeRunIngestsRealLettersOnly(t *testing.T) {
	// The default list: whatever of ../shared/corpus is there, nothing else.
	for _, s := range strings.Fields(makeOut(t, "print-samples")) {
		if !strings.HasPrefix(s, "../shared/corpus/") || strings.Contains(s, "testdata") {
			t.Errorf("make run ingests %s, which is not a real letter of ../shared/corpus", s)
		}
	}
	// With a corpus in place, the list is exactly its seed letter and real/.
	corpus := t.TempDir()
	for _, d := range []string{"real", "other"} {
		if err := os.Mkdir(filepath.Join(corpus, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"kst-32317-867.txt", "kst-32317-870.txt"} {
		if err := os.WriteFile(filepath.Join(corpus, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := filepath.Join(corpus, "kst-32317-867.txt") + " " + filepath.Join(corpus, "real")
	if got := strings.Join(strings.Fields(makeOut(t, "print-samples", "CORPUS="+corpus)), " "); got != want {
		t.Errorf("samples %q, want %q", got, want)
	}
	// And the run recipe ingests that list and nothing more.
	var ingestLine string
	for _, l := range strings.Split(makeOut(t, "-n", "run", "CORPUS="+corpus), "\n") {
		if strings.Contains(l, "bin/jhagraph ingest") {
			ingestLine = l
		}
	}
	if !strings.Contains(ingestLine, "bin/jhagraph ingest "+want+" ") || strings.Contains(ingestLine, "testdata") {
		t.Errorf("make run's ingest command: %q", ingestLine)
	}
}
