package ingest

import (
	"bytes"
	"strings"
	"testing"
)

func docScores(cat string, tp, fp, fn int) *Scores {
	s := newEvalScores()
	c := s.cat(cat)
	c.TP, c.FP, c.FN = tp, fp, fn
	return s
}

func TestBootstrapIntervals(t *testing.T) {
	t.Run("alike documents give a point", func(t *testing.T) {
		var docs []*Scores
		for range 10 {
			docs = append(docs, docScores(CatPositions, 3, 1, 1))
		}
		iv := BootstrapIntervals(docs, 500, 1)[CatPositions]
		if iv.PrecisionLow != 0.75 || iv.PrecisionHigh != 0.75 || iv.RecallLow != 0.75 || iv.RecallHigh != 0.75 {
			t.Errorf("ten identical documents at 0.75: interval %+v, want 0.75 at both ends", iv)
		}
	})
	t.Run("documents that differ give a range around the estimate", func(t *testing.T) {
		var docs []*Scores
		for i := range 20 {
			if i%2 == 0 {
				docs = append(docs, docScores(CatPositions, 4, 0, 0))
			} else {
				docs = append(docs, docScores(CatPositions, 0, 0, 4))
			}
		}
		iv := BootstrapIntervals(docs, 2000, 1)[CatPositions]
		if !(iv.RecallLow < 0.5 && 0.5 < iv.RecallHigh) {
			t.Errorf("recall 0.5 over documents found or missed whole: interval %.2f–%.2f does not hold it strictly", iv.RecallLow, iv.RecallHigh)
		}
		if iv.RecallLow < 0.2 || iv.RecallHigh > 0.8 {
			t.Errorf("recall interval %.2f–%.2f is wider than 20 documents allow", iv.RecallLow, iv.RecallHigh)
		}
		if iv.PrecisionLow != 1 || iv.PrecisionHigh != 1 {
			t.Errorf("no false positives anywhere: precision interval %.2f–%.2f, want 1–1", iv.PrecisionLow, iv.PrecisionHigh)
		}
		again := BootstrapIntervals(docs, 2000, 1)[CatPositions]
		if again != iv {
			t.Errorf("same seed, different interval: %+v then %+v", iv, again)
		}
	})
	t.Run("a category without items has no interval", func(t *testing.T) {
		iv := BootstrapIntervals([]*Scores{docScores(CatPositions, 1, 0, 0)}, 100, 1)
		if _, ok := iv[CatEvents]; ok {
			t.Errorf("events has no items but got an interval")
		}
		if len(BootstrapIntervals(nil, 100, 1)) != 0 {
			t.Errorf("no documents should give no intervals")
		}
	})
}

// The interval lines sit between a table's rows and the next table; tools
// that read rows (a name, then tp, fp and fn as numbers) must skip them.
func TestWriteIntervalsIsNoTableRow(t *testing.T) {
	var b bytes.Buffer
	WriteIntervals(&b, []*Scores{docScores(CatPositions, 3, 1, 1), docScores(CatPositions, 1, 0, 2)})
	out := b.String()
	if !strings.Contains(out, "interval positions") {
		t.Fatalf("no positions interval in:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Fields(line)
		if len(f) >= 4 && isDigits(f[1]) && isDigits(f[2]) && isDigits(f[3]) {
			t.Errorf("interval line reads as a table row: %q", line)
		}
	}
}
