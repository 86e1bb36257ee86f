package resolvers

import (
	"context"
	"sync"
	"time"
)

// Batching: sibling resolvers that read the same thing for different parents
// (the citedBy of every document in a page) run concurrently; each registers
// its parent's key with the request's batcher and waits, and after a short
// window one store call reads all of them. A request then costs one query per
// field per level, whatever the number of results.

// batchWindow is how long a batch stays open for more keys.
const batchWindow = 2 * time.Millisecond

type batcherKey struct{}

// batcher holds the open batches of one request.
type batcher struct {
	mu   sync.Mutex
	open map[string]*pending
}

type pending struct {
	keys []string
	seen map[string]bool
	done chan struct{}
	res  any
	err  error
}

// WithBatching returns a context whose reads are batched; the server calls it
// once per operation, so batches never mix requests.
func WithBatching(ctx context.Context) context.Context {
	return context.WithValue(ctx, batcherKey{}, &batcher{open: map[string]*pending{}})
}

func (b *batcher) load(ctx context.Context, sig, key string, fetch func(context.Context, []string) (any, error)) (any, error) {
	b.mu.Lock()
	p := b.open[sig]
	if p == nil {
		p = &pending{seen: map[string]bool{}, done: make(chan struct{})}
		b.open[sig] = p
		time.AfterFunc(batchWindow, func() {
			b.mu.Lock()
			delete(b.open, sig)
			keys := p.keys
			b.mu.Unlock()
			p.res, p.err = fetch(context.WithoutCancel(ctx), keys)
			close(p.done)
		})
	}
	if !p.seen[key] {
		p.seen[key] = true
		p.keys = append(p.keys, key)
	}
	b.mu.Unlock()
	select {
	case <-p.done:
		return p.res, p.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// batchLoad reads fetch's value for key, batched with the other keys asked
// for under the same signature in this request. Without a batcher in the
// context it reads key alone.
func batchLoad[V any](ctx context.Context, sig, key string, fetch func(context.Context, []string) (map[string]V, error)) (V, error) {
	b, _ := ctx.Value(batcherKey{}).(*batcher)
	if b == nil {
		m, err := fetch(ctx, []string{key})
		return m[key], err
	}
	res, err := b.load(ctx, sig, key, func(ctx context.Context, keys []string) (any, error) { return fetch(ctx, keys) })
	if err != nil {
		var zero V
		return zero, err
	}
	return res.(map[string]V)[key], nil
}
