package ingest

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
)

// How sure a score is. A held-out set of some fifty documents gives a
// positions recall of, say, 0.35 on 93 gold items; whether the next change
// moved it is a question of how much the figure would vary over another
// fifty documents like them. The interval answers that by resampling the
// documents with replacement (a percentile bootstrap). Documents are
// resampled, not items: the positions of one letter share its author, its
// style and its layout, so they are not independent draws, and an interval
// over items would be too narrow.

// IntervalResamples is how many resamples WriteIntervals draws.
const IntervalResamples = 2000

// intervalSeed fixes the resampling, so that the same scores always print
// the same interval and two runs can be compared line by line.
const intervalSeed = 12

// Interval is the 95% percentile-bootstrap interval of one category's
// precision and recall over documents.
type Interval struct {
	PrecisionLow, PrecisionHigh float64
	RecallLow, RecallHigh       float64
}

// BootstrapIntervals resamples docs (one Scores per document) n times with
// replacement and returns, per category that has items in docs, the 2.5th
// and 97.5th percentiles of precision and recall. A resample in which a
// category has nothing to measure (no extracted items for precision, no
// gold items for recall) counts as 1, as Count's ratios do.
func BootstrapIntervals(docs []*Scores, n int, seed uint64) map[string]Interval {
	out := map[string]Interval{}
	if len(docs) == 0 || n <= 0 {
		return out
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	type tally struct{ p, r []float64 }
	tallies := map[string]*tally{}
	total := SumScores(docs...)
	for _, cat := range Categories {
		if c := total.Cats[cat]; c != nil && c.TP+c.FP+c.FN > 0 {
			tallies[cat] = &tally{p: make([]float64, 0, n), r: make([]float64, 0, n)}
		}
	}
	pick := make([]int, len(docs))
	for range n {
		for i := range pick {
			pick[i] = rng.IntN(len(docs))
		}
		for cat, t := range tallies {
			var sum Count
			for _, d := range pick {
				if c := docs[d].Cats[cat]; c != nil {
					sum.addTally(c)
				}
			}
			t.p = append(t.p, sum.Precision())
			t.r = append(t.r, sum.Recall())
		}
	}
	for cat, t := range tallies {
		pl, ph := percentiles(t.p)
		rl, rh := percentiles(t.r)
		out[cat] = Interval{PrecisionLow: pl, PrecisionHigh: ph, RecallLow: rl, RecallHigh: rh}
	}
	return out
}

// percentiles returns the 2.5th and 97.5th percentiles of xs (sorted in
// place), by the nearest rank.
func percentiles(xs []float64) (lo, hi float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	sort.Float64s(xs)
	at := func(q float64) float64 {
		i := int(q*float64(len(xs))+0.5) - 1
		return xs[min(max(i, 0), len(xs)-1)]
	}
	return at(0.025), at(0.975)
}

// WriteIntervals prints, under a score table, the 95% intervals of the
// headline categories over the documents of a set. The lines start with
// "interval", never with a number in the tp column, so that tools reading
// the table's rows skip them.
func WriteIntervals(w io.Writer, docs []*Scores) {
	iv := BootstrapIntervals(docs, IntervalResamples, intervalSeed)
	if len(iv) == 0 {
		return
	}
	fmt.Fprintf(w, "  95%% intervals over the %d documents (%d resamples of documents):\n", len(docs), IntervalResamples)
	for _, cat := range Categories {
		i, ok := iv[cat]
		if !ok || !headlineCategory[cat] {
			continue
		}
		fmt.Fprintf(w, "  interval %-20s precision %.2f–%.2f  recall %.2f–%.2f\n", cat, i.PrecisionLow, i.PrecisionHigh, i.RecallLow, i.RecallHigh)
	}
}

// headlineCategory are the categories whose goals issue 12 names; the
// subsidiary rows (titles, formats, facts) follow their parent.
var headlineCategory = map[string]bool{
	CatSignatories: true, CatActsCited: true, CatActsNamed: true, CatKamerstukken: true,
	CatMeetings: true, CatItems: true, CatEvents: true, CatCountries: true, CatOrganisations: true,
	CatPositions: true, CatPosDetected: true,
}
