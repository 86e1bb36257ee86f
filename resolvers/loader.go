package resolvers

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"jhagraph/graph"
)

// Batching: sibling resolvers that read the same thing for different parents
// (the citedBy of every document in a page) run concurrently; each asks the
// request's loader for that read (a dataloadgen.Loader) for its parent's
// key, and one store call reads all of them. A request then costs one query
// per field per level, whatever the number of results.
//
// A batch fires as soon as it holds every key of the sibling group its keys
// came from: each read that returns nodes registers them as a group, so a
// loader is made per read and sibling group, with the group's size as its
// batch capacity. Keys of no known group (and a group some sibling never
// completes, say because its parent failed) fire after a short wait
// instead.

const (
	// ungroupedWait is how long a batch of keys of no known group stays open.
	ungroupedWait = 2 * time.Millisecond
	// groupWait bounds the wait for the rest of a sibling group.
	groupWait = 50 * time.Millisecond
)

type batcherKey struct{}

// batcher holds the loaders and the sibling groups of one request.
type batcher struct {
	mu      sync.Mutex
	groups  map[string]*group // path|kind -> the nodes a read returned there
	loaders map[loaderKey]any // *dataloadgen.Loader[string, V] of a read
}

// loaderKey names a loader: a read's signature and the sibling group (its
// key in batcher.groups, "" for none) whose keys it gathers.
type loaderKey struct{ sig, group string }

type group struct{ members map[string]bool }

// WithBatching returns a context whose reads are batched; the server calls it
// once per operation, so batches never mix requests.
func WithBatching(ctx context.Context) context.Context {
	return context.WithValue(ctx, batcherKey{}, &batcher{groups: map[string]*group{}, loaders: map[loaderKey]any{}})
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
	registerNodesAt(ctx, nodes, strings.Join(append(fieldPath(ctx), suffix...), "."))
}

// registerNodesAt is registerNodes for nodes at the response path at.
func registerNodesAt(ctx context.Context, nodes []graph.Node, at string) {
	b := batcherFrom(ctx)
	if b == nil || len(nodes) == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
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
	fc := graphql.GetFieldContext(ctx)
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

// batchLoad reads fetch's value for key (of the given kind), batched with the
// other keys of its sibling group asked for under the same signature in this
// request. Without a batcher in the context it reads key alone.
//
// The key's node stands at the resolver's path less its last drop elements
// (1 for a field of the node, 2 for the totalCount of a connection field).
func batchLoad[V any](ctx context.Context, sig string, kind graph.Kind, key string, drop int,
	fetch func(context.Context, []string) (map[string]V, error)) (V, error) {
	b := batcherFrom(ctx)
	if b == nil {
		m, err := fetch(ctx, []string{key})
		return m[key], err
	}
	path := fieldPath(ctx)
	if drop > len(path) {
		drop = len(path)
	}
	gk := strings.Join(path[:len(path)-drop], ".") + "|" + string(kind)
	b.mu.Lock()
	g := b.groups[gk]
	if g == nil || !g.members[key] {
		gk, g = "", nil
	}
	lk := loaderKey{sig, gk}
	l, _ := b.loaders[lk].(*dataloadgen.Loader[string, V])
	if l == nil {
		opts := []dataloadgen.Option{dataloadgen.WithWait(ungroupedWait)}
		if g != nil {
			opts = []dataloadgen.Option{dataloadgen.WithWait(groupWait), dataloadgen.WithBatchCapacity(len(g.members))}
		}
		l = dataloadgen.NewLoader(func(fctx context.Context, keys []string) ([]V, []error) {
			m, err := fetch(context.WithoutCancel(fctx), keys)
			if err != nil {
				return nil, []error{err}
			}
			out := make([]V, len(keys))
			for i, k := range keys {
				out[i] = m[k]
			}
			return out, nil
		}, opts...)
		b.loaders[lk] = l
	}
	b.mu.Unlock()
	return l.Load(ctx, key)
}

// registerPages registers the nodes of the pages that a read of nodes
// brought (nests, placed by pages: the read's plan) as the sibling groups
// of the levels below, where their fields will be asked for together. at
// is the response path of nodes, as registerNodes takes it.
func registerPages(ctx context.Context, pages []pagePlan, nests []graph.Nest, nodes []graph.Node, at []string) {
	if batcherFrom(ctx) == nil || len(pages) == 0 {
		return
	}
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
		registerNodesAt(ctx, next, strings.Join(sub, "."))
		registerPages(ctx, pp.pages, nests[i].Shape.Nests, next, sub)
	}
}
