package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealGoldFiles checks the gold of the real development set
// (testdata/real/dev/gold): at least 20 real documents, each naming a file
// of the shared corpus or of testdata/real/dev/letters, none of them a
// document of the real held-out set (testdata/real/heldout/gold, read by base
// name only).
func TestRealGoldFiles(t *testing.T) {
	root := repoRoot(t)
	golds := readGolds(t, filepath.Join(root, "testdata", "real", "dev", "gold"))
	if len(golds) < 20 {
		t.Errorf("%d gold files for the real development set, want at least 20", len(golds))
	}
	corpus := filepath.Join(packageDir(t), "..", "..", "shared", "corpus")
	heldOut := map[string]bool{} // base names of the documents of the real held-out set
	if _, err := os.Stat(filepath.Join(root, "testdata", "real", "heldout", "gold")); err == nil {
		for _, h := range readGolds(t, filepath.Join(root, "testdata", "real", "heldout", "gold")) {
			heldOut[strings.TrimSuffix(filepath.Base(h.File), filepath.Ext(h.File))] = true
		}
	}
	for _, g := range golds {
		if heldOut[strings.TrimSuffix(filepath.Base(g.File), filepath.Ext(g.File))] {
			t.Errorf("%s is a held-out document", g.File)
		}
		if g.In == "letters" {
			if _, err := os.Stat(filepath.Join(root, "testdata", "real", "dev", "letters", g.File)); err != nil {
				t.Errorf("gold for %s: %v", g.File, err)
			}
		} else if _, err := os.Stat(filepath.Join(corpus, g.File)); err != nil {
			t.Logf("gold for %s: %v (the shared corpus is absent)", g.File, err)
		}
	}
}

// sharedCorpus is ../shared/corpus beside the repository, or the folder
// JHAGRAPH_CORPUS names (a worktree that does not sit beside shared/).
func sharedCorpus(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("JHAGRAPH_CORPUS"); d != "" {
		return d
	}
	return filepath.Join(packageDir(t), "..", "..", "shared", "corpus")
}

// scoreRealSet scores the real document set in dir (gold/, letters/; gold
// "in": "corpus" under the shared corpus) against dir/gold/thresholds.json
// ("all"). A set whose gold or documents are absent is logged and not
// scored: the held-out set arrives from its own branch, and the shared
// corpus is not everywhere.
//
// The misses of a failing set are logged only where showMisses: those of the
// held-out set are never printed, since whoever reads them has seen the set.
func scoreRealSet(t *testing.T, name, dir string, showMisses bool) {
	t.Helper()
	goldDir := filepath.Join(dir, "gold")
	golds := readGolds(t, goldDir)
	if len(golds) == 0 {
		t.Logf("%s: no gold files in %s, not scored", name, goldDir)
		return
	}
	corpus := sharedCorpus(t)
	var all []*Scores
	for _, gold := range golds {
		path := filepath.Join(dir, "letters", gold.File)
		if gold.In == "corpus" {
			path = filepath.Join(corpus, gold.File)
		}
		if _, err := os.Stat(path); err != nil {
			t.Logf("%s: %v: not scored", name, err)
			continue
		}
		g, err := Load(path)
		if err != nil {
			t.Logf("%s: %v: scored as empty", gold.File, err)
		}
		all = append(all, Score(gold, g))
	}
	if len(all) == 0 {
		t.Logf("%s: no document present (set JHAGRAPH_CORPUS to the shared corpus): not scored", name)
		return
	}
	want := readThresholds(t, goldDir).RealSet()
	if len(want) == 0 {
		t.Fatalf("%s: thresholds.json has no \"all\" (or \"real\") scores", name)
	}
	sum := SumScores(all...)
	var b strings.Builder
	WriteScoreTable(&b, fmt.Sprintf("%s (%d of %d documents)", name, len(all), len(golds)), sum)
	t.Log("\n" + b.String())
	checkScores(t, name, want, sum)
	if !showMisses {
		if t.Failed() {
			t.Log("misses not shown: this set is held out (testdata/real/heldout/README.md)")
		}
		return
	}
	logMisses(t, "(`go run . eval -v` shows them per document)", sum)
}
