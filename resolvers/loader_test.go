package resolvers

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"jhagraph/graph"
)

// siblings asks for the keys of a registered sibling group of n nodes from
// n goroutines at once, as gqlgen runs the resolvers of a list, and returns
// how many batches the reads took.
func siblings(t testing.TB, n int) int64 {
	ctx := WithBatching(context.Background())
	nodes := make([]graph.Node, n)
	for i := range nodes {
		nodes[i] = graph.Node{Kind: graph.KindDocument, Key: fmt.Sprintf("kst-1-%d", i)}
	}
	registerNodes(ctx, nodes)
	var batches atomic.Int64
	fetch := func(_ context.Context, keys []string) (map[string]int, error) {
		batches.Add(1)
		m := make(map[string]int, len(keys))
		for i, k := range keys {
			m[k] = i + 1
		}
		return m, nil
	}
	var wg sync.WaitGroup
	for _, nd := range nodes {
		wg.Add(1)
		go func(key string) {
			defer wg.Done()
			v, err := batchLoad(ctx, "sig", graph.KindDocument, key, 0, fetch)
			if err != nil || v == 0 {
				t.Errorf("%s: %d %v", key, v, err)
			}
		}(nd.Key)
	}
	wg.Wait()
	return batches.Load()
}

// TestSiblingGroupOneBatch: the keys of one sibling group are read in one
// batch, which fires when the last sibling asks (the group's wait is 50 ms:
// a test that took that long per run would show it in its time).
func TestSiblingGroupOneBatch(t *testing.T) {
	for _, n := range []int{1, 2, 20, 100} {
		if got := siblings(t, n); got != 1 {
			t.Errorf("%d siblings: %d batches, want 1", n, got)
		}
	}
}

// BenchmarkSiblingBatch is the batching's own cost: a page of 20 siblings
// asking for one read, against a fetch that costs nothing.
func BenchmarkSiblingBatch(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		siblings(b, 20)
	}
}

// TestBatchPanicIsAnError: a batched read that panics on the timer's
// goroutine (one of two siblings asks, so the group's wait ends it) is the
// waiting resolver's error, not the end of the server.
func TestBatchPanicIsAnError(t *testing.T) {
	ctx := WithBatching(context.Background())
	registerNodes(ctx, []graph.Node{{Kind: graph.KindDocument, Key: "kst-1-1"}, {Kind: graph.KindDocument, Key: "kst-1-2"}})
	fetch := func(context.Context, []string) (map[string]int, error) { panic("store bug") }
	v, err := batchLoad(ctx, "sig", graph.KindDocument, "kst-1-1", 0, fetch)
	if err == nil || v != 0 || !strings.Contains(err.Error(), "store bug") {
		t.Errorf("panicking batch: %d, %v; want an error naming the panic", v, err)
	}
}
