package graph

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
)

// positionRank must sort exactly as positionOrder does: date newest first
// (missing last), then document key, then ordinal as a number.
func TestPositionRankSortsInPositionOrder(t *testing.T) {
	type pos struct {
		date, doc string
		ord       int
	}
	rng := rand.New(rand.NewSource(1))
	dates := []string{"", "2010-01-01", "2019-12-31", "2020-01-01", "2020-01-10", "2026-11-28"}
	docs := []string{"kst-32317-8", "kst-32317-86", "kst-32317-866", "kst-32317-1000", "kst-21501-20-1", "kst-21501-20-10", "kst-36200-VI-5"}
	var ps []pos
	for i := 0; i < 2000; i++ {
		ps = append(ps, pos{dates[rng.Intn(len(dates))], docs[rng.Intn(len(docs))], rng.Intn(120) + 1})
	}
	// positionOrder: coalesce(date, '') DESC, doc ASC, toInteger(ord) ASC.
	want := append([]pos(nil), ps...)
	sort.SliceStable(want, func(i, j int) bool {
		a, b := want[i], want[j]
		if a.date != b.date {
			return a.date > b.date
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.ord < b.ord
	})
	got := append([]pos(nil), ps...)
	sort.SliceStable(got, func(i, j int) bool {
		return itemRankOf("jha-2020-01-10:I.1", got[i].date, fmt.Sprintf("%s:%d", got[i].doc, got[i].ord)) <
			itemRankOf("jha-2020-01-10:I.1", got[j].date, fmt.Sprintf("%s:%d", got[j].doc, got[j].ord))
	})
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("at %d: rank order has %+v, positionOrder %+v", i, got[i], want[i])
		}
	}
	// An item's ranks lie between its key + " " and its key + "!", and no
	// other item's do, even one whose key begins with it.
	for _, item := range []string{"jha-2020-01-10:I.1", "jha-2020-01-10:I.10", "jha-2020-01-10:I.1.a"} {
		r := itemRankOf(item, "2020-01-10", "kst-32317-866:3")
		in := r > "jha-2020-01-10:I.1 " && r < "jha-2020-01-10:I.1!"
		if in != (item == "jha-2020-01-10:I.1") {
			t.Errorf("%q: rank %q in the range of jha-2020-01-10:I.1: %v", item, r, in)
		}
	}
}
