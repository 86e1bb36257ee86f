package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"jhagraph/graph"
)

// batchWriter records the batches it is given; it refuses letter 7 (as
// Neo4j refusing one letter of a batch: the others are written), and
// takes a while per batch so that extraction runs ahead.
type batchWriter struct {
	mu      sync.Mutex
	batches [][]string
	warmed  []string // what Warm saw, when
}

func (w *batchWriter) Write(ctx context.Context, g graph.DocumentGraph) (graph.WriteStats, error) {
	s, e := w.WriteAll(ctx, []graph.DocumentGraph{g})
	return s[0], e[0]
}

func (w *batchWriter) WriteAll(ctx context.Context, gs []graph.DocumentGraph) ([]graph.WriteStats, []error) {
	w.mu.Lock()
	var keys []string
	for _, g := range gs {
		keys = append(keys, g.Document.Key)
	}
	w.batches = append(w.batches, keys)
	w.mu.Unlock()
	time.Sleep(30 * time.Millisecond)
	stats, errs := make([]graph.WriteStats, len(gs)), make([]error, len(gs))
	for i, g := range gs {
		if g.Document.Key == "kst-32317-07" {
			errs[i] = errors.New("refused")
			continue
		}
		stats[i] = graph.WriteStats{Entities: 1}
	}
	return stats, errs
}

// With a BatchWriter, letters are written in batches of at most Batch, in
// file order, each letter once (Batch 1: each alone, by the workers); reports come in file order with each
// letter's own outcome (a bad file and a refused letter fail alone); Warm
// sees the first letter before any write.
func TestRunWithBatches(t *testing.T) {
	src, err := os.ReadFile("../testdata/letters/kst-32317-870.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var want []string
	for i := 1; i <= 30; i++ {
		f := filepath.Join(dir, "kst-32317-"+itoa2(i)+".txt")
		data := dropNumber(src)
		if i == 12 {
			data = nil // empty: fails to load
		}
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, f)
	}
	slices.Sort(want)
	for _, batch := range []int{1, 4, 0} {
		w := &batchWriter{}
		var got []string
		var failedKeys []string
		warm := func(g graph.DocumentGraph) {
			w.mu.Lock()
			defer w.mu.Unlock()
			if len(w.batches) > 0 {
				t.Errorf("batch %d: warmed after a write", batch)
			}
			w.warmed = append(w.warmed, g.Document.Key)
		}
		failed, err := RunWith(context.Background(), w, []string{dir}, RunOptions{Workers: 3, Batch: batch, Warm: warm}, func(r Result) {
			got = append(got, r.File)
			if r.Err != nil {
				failedKeys = append(failedKeys, filepath.Base(r.File))
			} else if batch != 1 && r.Batch < 1 {
				t.Errorf("batch %d: %s written in a batch of %d", batch, r.File, r.Batch)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("batch %d: reports in order %v, want %v", batch, got, want)
		}
		if failed != 2 || !slices.Equal(failedKeys, []string{"kst-32317-07.txt", "kst-32317-12.txt"}) {
			t.Errorf("batch %d: %d failed (%v), want kst-32317-07 and -12", batch, failed, failedKeys)
		}
		// Batched, the first letter in file order; a letter at a time, the
		// first the workers extracted.
		if len(w.warmed) != 1 || batch != 1 && w.warmed[0] != "kst-32317-01" {
			t.Errorf("batch %d: warmed with %v, want the first letter once", batch, w.warmed)
		}
		limit := batch
		if limit == 0 {
			limit = DefaultBatch
		}
		var written []string
		most := 0
		for _, b := range w.batches {
			written = append(written, b...)
			most = max(most, len(b))
			if len(b) > limit {
				t.Errorf("batch %d: a batch of %d letters", batch, len(b))
			}
		}
		var wantWritten []string
		for _, f := range want {
			if k := filepath.Base(f); k != "kst-32317-12.txt" {
				wantWritten = append(wantWritten, k[:len(k)-4])
			}
		}
		if batch == 1 {
			// A letter per transaction, by the workers at once (Write).
			slices.Sort(written)
		}
		if !slices.Equal(written, wantWritten) {
			t.Errorf("batch %d: written %v, want each loaded letter once in file order", batch, written)
		}
		if batch != 1 && most < 2 {
			t.Errorf("batch %d: no batch held more than one letter (%d batches)", batch, len(w.batches))
		}
		t.Logf("batch %d: %d batches, the largest %d letters", batch, len(w.batches), most)
	}
}
