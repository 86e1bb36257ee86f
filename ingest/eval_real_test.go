package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The documents of ../shared/corpus/real that belong to the real held-out
// set (testdata/real/heldout): the development set never uses them.
var realHeldOutNames = []string{"kst-32317-564", "kst-32317-669", "kst-22112-2959", "kst-22112-4050",
	"tk-2016D27090", "kst-28638-235", "stcrt-2016-65451", "tk-2026D08805"}

// TestRealGoldFiles checks the gold of the real development set
// (testdata/real/dev/gold): at least 20 real documents, each naming a file
// of the shared corpus or of testdata/real/dev/letters, none of them a
// held-out document.
func TestRealGoldFiles(t *testing.T) {
	root := repoRoot(t)
	golds := readGolds(t, filepath.Join(root, "testdata", "real", "dev", "gold"))
	if len(golds) < 20 {
		t.Errorf("%d gold files for the real development set, want at least 20", len(golds))
	}
	corpus := filepath.Join(packageDir(t), "..", "..", "shared", "corpus")
	for _, g := range golds {
		for _, h := range realHeldOutNames {
			if strings.TrimSuffix(filepath.Base(g.File), filepath.Ext(g.File)) == h {
				t.Errorf("%s is a held-out document", g.File)
			}
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
