package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"jhagraph/graph"
)

// slowWriter writes nothing; it takes longer for earlier letters, so that
// concurrent workers finish out of order, and fails one letter.
type slowWriter struct {
	inFlight, most atomic.Int32
}

func (w *slowWriter) Write(ctx context.Context, g graph.DocumentGraph) (graph.WriteStats, error) {
	n := w.inFlight.Add(1)
	defer w.inFlight.Add(-1)
	for {
		m := w.most.Load()
		if n <= m || w.most.CompareAndSwap(m, n) {
			break
		}
	}
	var nr int
	for _, c := range g.Document.Number {
		nr = nr*10 + int(c-'0')
	}
	time.Sleep(time.Duration(20-nr) * time.Millisecond)
	if nr == 7 {
		return graph.WriteStats{}, errors.New("refused")
	}
	return graph.WriteStats{Entities: 1}, nil
}

// TestRunWithWorkers: with several workers, every letter is written, reports
// come in file order and failures are counted as with one worker.
func TestRunWithWorkers(t *testing.T) {
	src, err := os.ReadFile("../testdata/letters/kst-32317-870.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var want []string
	for i := 1; i <= 12; i++ {
		f := filepath.Join(dir, "kst-32317-"+itoa2(i)+".txt")
		// The text's own number would disagree with the file name: drop it.
		if err := os.WriteFile(f, dropNumber(src), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, f)
	}
	slices.Sort(want)
	for _, workers := range []int{1, 4} {
		w := &slowWriter{}
		var got []string
		failed, err := RunWith(context.Background(), w, []string{dir}, RunOptions{Workers: workers}, func(r Result) {
			got = append(got, r.File)
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("workers %d: reports in order %v, want %v", workers, got, want)
		}
		if failed != 1 {
			t.Errorf("workers %d: %d failed, want 1", workers, failed)
		}
		if workers > 1 && w.most.Load() < 2 {
			t.Errorf("workers %d: at most %d writes at once", workers, w.most.Load())
		}
	}
}

func itoa2(i int) string { return string([]byte{byte('0' + i/10), byte('0' + i%10)}) }

// dropNumber removes a "Nr. 870" head line, if any, so that the file name
// gives the number.
func dropNumber(b []byte) []byte {
	lines := bytesLines(b)
	var out []byte
	for _, l := range lines {
		if len(l) > 4 && string(l[:4]) == "Nr. " || len(l) > 5 && string(l[:5]) == " Nr. " {
			continue
		}
		out = append(out, l...)
		out = append(out, '\n')
	}
	return out
}

func bytesLines(b []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return out
}
