package resolvers

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jhagraph/graph"
)

// Batching: sibling resolvers that read the same thing for different parents
// (the citedBy of every document in a page) run concurrently; each registers
// its parent's key with the request's batcher and waits, and one store call
// reads all of them. A request then costs one query per field per level,
// whatever the number of results.
//
// A batch fires as soon as it holds every key of the sibling group its keys
// came from: each read that returns nodes registers them as a group, so the
// batcher knows how many siblings will ask. Keys of no known group (and a
// group some sibling never completes, say because its parent failed) fire
// after a short wait instead.
//
// This is kept over per-request github.com/vikstrous/dataloadgen loaders
// (one per read and sibling group, the group's size as batch capacity),
// which send the same statements but measured slower: BenchmarkSiblingBatch
// (20 siblings, a free fetch) ~94 against ~120 us a batch, and
// BenchmarkReadMix level by level (queries c and d, 3 statements each)
// 5-7% more CPU per request. gqlgen's own batch resolvers (gqlgen 0.17.98,
// @goField(batch: true)) cannot stand in for it either: they get the
// siblings of a list of their own type (codegen/type.gotpl registers a
// list's elements under the element type), while the nodes of a
// connection sit one level below, under edges, so a connection field of
// theirs would be called once per parent with one parent.

const (
	// ungroupedWait is how long a batch of keys of no known group stays open.
	ungroupedWait = 2 * time.Millisecond
	// groupWait bounds the wait for the rest of a sibling group.
	groupWait = 50 * time.Millisecond
)

type batcherKey struct{}

// batcher holds the open batches and the sibling groups of one request.
type batcher struct {
	mu     sync.Mutex
	open   map[string]*pending
	groups map[string]*group   // path|kind -> the nodes a read returned there
	asked  map[askKey]*pending // the batch that reads a key under a signature
	// later are the sibling groups registered but not yet worked out: a
	// request whose fields were all read ahead never batches, and never
	// pays for them. The first load works them out (flushLocked).
	later []func()
}

// registerLater queues fn, which registers groups with b.mu held.
func (b *batcher) registerLater(fn func()) {
	b.mu.Lock()
	b.later = append(b.later, fn)
	b.mu.Unlock()
}

// flushLocked registers the queued groups; b.mu is held.
func (b *batcher) flushLocked() {
	for len(b.later) > 0 {
		fn := b.later[0]
		b.later = b.later[1:]
		fn()
	}
}

// askKey is a key asked for under a read's signature.
type askKey struct{ sig, key string }

type group struct{ members map[string]bool }

type pending struct {
	keys   []string
	seen   map[string]bool
	groups map[*group]bool
	timer  *time.Timer
	fired  bool
	done   chan struct{}
	res    any
	err    error
}

// WithBatching returns a context whose reads are batched; the server calls it
// once per operation, so batches never mix requests.
func WithBatching(ctx context.Context) context.Context {
	return context.WithValue(ctx, batcherKey{}, &batcher{open: map[string]*pending{}, groups: map[string]*group{}})
}

func batcherFrom(ctx context.Context) *batcher {
	b, _ := ctx.Value(batcherKey{}).(*batcher)
	return b
}

// registerNodes records nodes that one read returned as sibling groups, one
// per kind, under the path where they appear in the response (the path of
// the field that read them, plus suffix: "edges", "node" for a connection):
// their fields will be asked for together, by resolvers on that path.
func registerNodes(ctx context.Context, nodes []graph.Node, suffix ...string) {
	b := batcherFrom(ctx)
	if b == nil || len(nodes) == 0 {
		return
	}
	fc := graphql.GetFieldContext(ctx)
	b.registerLater(func() { b.registerAtLocked(nodes, strings.Join(append(pathOf(fc), suffix...), ".")) })
}

// registerAtLocked is registerNodes for nodes at the response path at;
// b.mu is held.
func (b *batcher) registerAtLocked(nodes []graph.Node, at string) {
	for _, n := range nodes {
		gk := at + "|" + string(n.Kind)
		g := b.groups[gk]
		if g == nil {
			g = &group{members: map[string]bool{}}
			b.groups[gk] = g
		}
		g.members[n.Key] = true
	}
}

// fieldPath is the path of the field being resolved, without list indexes:
// documents.edges.node.citedBy.
func fieldPath(ctx context.Context) []string {
	return pathOf(graphql.GetFieldContext(ctx))
}

// pathOf is fieldPath of the field whose context is fc.
func pathOf(fc *graphql.FieldContext) []string {
	if fc == nil {
		return nil
	}
	var out []string
	for _, el := range fc.Path() {
		if name, ok := el.(ast.PathName); ok {
			out = append(out, string(name))
		}
	}
	return out
}

func (b *batcher) load(ctx context.Context, sig, kind, key string, drop int, fetch func(context.Context, []string) (any, error)) (any, error) {
	path := fieldPath(ctx)
	if drop > len(path) {
		drop = len(path)
	}
	b.mu.Lock()
	b.flushLocked()
	// A key some batch already reads (the same act cited by two letters of
	// a page) waits for that batch, even after it fired, instead of opening
	// a batch of its own.
	if p := b.asked[askKey{sig, key}]; p != nil {
		b.mu.Unlock()
		return p.wait(ctx)
	}
	g := b.groups[strings.Join(path[:len(path)-drop], ".")+"|"+kind]
	if g != nil && !g.members[key] {
		g = nil
	}
	p := b.open[sig]
	if p == nil {
		p = &pending{seen: map[string]bool{}, groups: map[*group]bool{}, done: make(chan struct{})}
		b.open[sig] = p
		wait := ungroupedWait
		if g != nil {
			wait = groupWait
		}
		p.timer = time.AfterFunc(wait, func() { b.fire(ctx, sig, p, fetch) })
	}
	if !p.seen[key] {
		p.seen[key] = true
		p.keys = append(p.keys, key)
		if b.asked == nil {
			b.asked = map[askKey]*pending{}
		}
		b.asked[askKey{sig, key}] = p
	}
	if g != nil {
		p.groups[g] = true
	}
	complete := len(p.groups) > 0
	for g := range p.groups {
		for m := range g.members {
			if !p.seen[m] {
				complete = false
				break
			}
		}
	}
	b.mu.Unlock()
	if complete && p.timer.Stop() {
		go b.fire(ctx, sig, p, fetch)
	}
	return p.wait(ctx)
}

// wait waits for the batch's result.
func (p *pending) wait(ctx context.Context) (any, error) {
	select {
	case <-p.done:
		return p.res, p.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// fire closes the batch to new keys and reads it; it runs once per batch.
func (b *batcher) fire(ctx context.Context, sig string, p *pending, fetch func(context.Context, []string) (any, error)) {
	b.mu.Lock()
	if p.fired {
		b.mu.Unlock()
		return
	}
	p.fired = true
	if b.open[sig] == p {
		delete(b.open, sig)
	}
	keys := p.keys
	b.mu.Unlock()
	// fire may run on a timer's goroutine, where a panic would end the
	// process: it becomes the batch's error instead, which every waiting
	// resolver returns (and the API presents as an internal error).
	defer close(p.done)
	defer func() {
		if v := recover(); v != nil {
			p.res, p.err = nil, fmt.Errorf("resolvers: batched read %s panicked: %v", sig, v)
		}
	}()
	p.res, p.err = fetch(context.WithoutCancel(ctx), keys)
}

// batchLoad reads fetch's value for key (of the given kind), batched with the
// other keys asked for under the same signature in this request. Without a
// batcher in the context it reads key alone.
//
// The key's node stands at the resolver's path less its last drop elements
// (1 for a field of the node, 2 for the totalCount of a connection field).
// fetch registers the nodes it reads as the next level's sibling groups
// itself, before any waiting resolver goes on (see loadConn).
func batchLoad[V any](ctx context.Context, sig string, kind graph.Kind, key string, drop int,
	fetch func(context.Context, []string) (map[string]V, error)) (V, error) {
	b := batcherFrom(ctx)
	if b == nil {
		m, err := fetch(ctx, []string{key})
		return m[key], err
	}
	res, err := b.load(ctx, sig, string(kind), key, drop, func(fctx context.Context, keys []string) (any, error) {
		return fetch(fctx, keys)
	})
	if err != nil {
		var zero V
		return zero, err
	}
	return res.(map[string]V)[key], nil
}

// registerPages registers the nodes of the pages that a read of nodes
// brought (nests, placed by pages: the read's plan) as the sibling groups
// of the levels below, where their fields will be asked for together. The
// nodes stand at the path of the field being resolved plus suffix, as
// registerNodes takes it.
func registerPages(ctx context.Context, pages []pagePlan, nests []graph.Nest, nodes []graph.Node, suffix ...string) {
	b := batcherFrom(ctx)
	if b == nil || len(pages) == 0 {
		return
	}
	fc := graphql.GetFieldContext(ctx)
	b.registerLater(func() { b.registerPagesLocked(pages, nests, nodes, append(pathOf(fc), suffix...)) })
}

// registerPagesLocked is registerPages for nodes at the response path at;
// b.mu is held.
func (b *batcher) registerPagesLocked(pages []pagePlan, nests []graph.Nest, nodes []graph.Node, at []string) {
	for i, pp := range pages {
		field := nests[i].Field
		var next []graph.Node
		for _, n := range nodes {
			page, ok := n.Nested[field]
			if !ok || n.Kind != pp.kind {
				continue
			}
			next = append(next, page.NodesOf()...)
		}
		sub := append(append([]string{}, at...), pp.at...)
		if len(next) > 0 {
			b.registerAtLocked(next, strings.Join(sub, "."))
		}
		b.registerPagesLocked(pp.pages, nests[i].Shape.Nests, next, sub)
	}
}
