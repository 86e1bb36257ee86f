package ingest

import (
	"path/filepath"
	"strings"
	"testing"

	"jhagraph/graph"
)

// TestHeldOut scores the extraction of the held-out letters
// (testdata/heldout/letters, gold in testdata/heldout/gold) and fails when a
// score drops below testdata/heldout/gold/thresholds.json. The held-out
// letters were written after the extraction was developed, and their gold
// by hand before the extractor was first run on them: their scores measure
// how the extraction does on letters it was not tuned on. Do not tune the
// extraction on them; raise the thresholds when it improves.
//
// The same table: `go run . eval -v --gold testdata/heldout/gold
// --letters testdata/heldout/letters --corpus <empty dir>`.
//
// The real held-out set (testdata/real/heldout: real documents, gold
// written before any tuning) is scored in the subtest real-heldout against
// its own thresholds.json. Issue 12 asks for at least minRealHeldOut
// documents in it: a set retired to the development set is replaced before
// the tests pass again.
// minRealHeldOut is the smallest real held-out set issue 12 accepts.
const minRealHeldOut = 8

func TestHeldOut(t *testing.T) {
	t.Run("real-heldout", func(t *testing.T) {
		dir := filepath.Join(repoRoot(t), "testdata", "real", "heldout")
		if n := len(readGolds(t, filepath.Join(dir, "gold"))); n < minRealHeldOut {
			t.Errorf("the real held-out set has %d documents with gold in %s; it needs at least %d", n, dir, minRealHeldOut)
		}
		scoreRealSet(t, "real held-out set", dir, false)
	})
	root := repoRoot(t)
	heldOut := filepath.Join(root, "testdata", "heldout")
	goldDir := filepath.Join(heldOut, "gold")
	lettersDir := filepath.Join(heldOut, "letters")
	golds := readGolds(t, goldDir)
	if len(golds) == 0 {
		t.Fatalf("no gold files in %s", goldDir)
	}
	th := readThresholds(t, goldDir)
	if len(th.All) == 0 {
		t.Fatal("held-out thresholds.json has no \"all\" scores")
	}

	// Every held-out letter has its gold and every gold its letter.
	withGold := map[string]bool{}
	for _, gold := range golds {
		if gold.In != "letters" {
			t.Errorf("%s: \"in\" is %q; held-out gold is about testdata/heldout/letters (\"letters\")", gold.File, gold.In)
		}
		withGold[gold.File] = true
	}
	letters, err := filepath.Glob(filepath.Join(lettersDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range letters {
		if !withGold[filepath.Base(l)] {
			t.Errorf("held-out letter %s has no gold file in %s", filepath.Base(l), goldDir)
		}
	}

	var all []*Scores
	for _, gold := range golds {
		path := filepath.Join(lettersDir, gold.File)
		g, err := Load(path)
		if err != nil {
			t.Errorf("%s: %v", gold.File, err)
			g = graph.DocumentGraph{}
		}
		all = append(all, Score(gold, g))
	}
	sum := SumScores(all...)
	var b strings.Builder
	WriteScoreTable(&b, "held-out letters", sum)
	t.Log("\n" + b.String())
	checkScores(t, "held-out letters", th.All, sum)
	logMisses(t, "of the held-out letters", sum)
}
