package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// API limits. A request over one gets a GraphQL error naming the limit.
const (
	maxComplexity  = 5000    // query complexity, lists weighted by their page size
	maxDepth       = 12      // nesting of selections
	maxPage        = 100     // largest `first`
	maxTokens      = 5000    // parser token limit
	maxBody        = 1 << 20 // request body, bytes
	queryCacheSize = 1000
	apqCacheSize   = 1000
)

// newHandler builds the HTTP routes: /graphql, the playground at / and /healthz.
func newHandler(st *graph.Store, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", limitBody(newGraphQL(st, refs{}, log), maxBody))
	mux.Handle("/{$}", playground.Handler("jhagraph", "/graphql"))
	mux.Handle("/explore/", explorerHandler(webDir()))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if err := st.Ping(ctx); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"status": "unavailable", "neo4j": err.Error()})
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"status": "ok", "neo4j": "up"})
	})
	return mux
}

// newGraphQL is the GraphQL handler: explicit transports, a query cache,
// persisted queries, a complexity limit, and an error presenter that shows
// clients their own mistakes and hides internal errors.
func newGraphQL(st resolvers.Store, rf resolvers.Refs, log *slog.Logger) http.Handler {
	cfg := resolvers.Config{Resolvers: &resolvers.Resolver{Store: st, Refs: rf, MaxPage: maxPage}}
	setComplexity(&cfg.Complexity)
	srv := handler.New(resolvers.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.SetParserTokenLimit(maxTokens)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)})
	srv.Use(extension.FixedComplexityLimit(maxComplexity))
	srv.Use(depthLimit{max: maxDepth})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		if resolvers.IsUserError(err) {
			return graphql.DefaultErrorPresenter(ctx, err)
		}
		var ge *gqlerror.Error
		if errors.As(err, &ge) && ge.Err == nil {
			return ge // parse and validation errors, limits
		}
		log.Error("graphql", "path", graphql.GetPath(ctx).String(), "err", err)
		return &gqlerror.Error{Message: "internal error", Path: graphql.GetPath(ctx),
			Extensions: map[string]any{"code": "INTERNAL"}}
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		log.Error("graphql panic", "path", graphql.GetPath(ctx).String(), "panic", p)
		return fmt.Errorf("panic: %v", p)
	})
	return srv
}

// setComplexity weighs every list by the page size it asks for, so that a
// nested request costs what it could return.
func setComplexity(c *resolvers.ComplexityRoot) {
	page := func(child int, first *int) int {
		n := resolvers.DefaultPage
		if first != nil && *first > 0 {
			n = *first
		}
		return 1 + n*child
	}
	rel := func(child int, _ []resolvers.RelationType, _ *resolvers.Direction, first *int, _ *string) int {
		return page(child, first)
	}
	conn := func(child int, first *int, _ *string) int { return page(child, first) }
	rel0 := func(child int, _ string, _ []resolvers.RelationType, _ *resolvers.Direction, first *int, _ *string) int {
		return page(child, first)
	}
	c.Query.Documents = func(child int, _ *resolvers.DocumentFilter, first *int, _ *string, _ *resolvers.DocumentOrder) int {
		return page(child, first)
	}
	c.Query.Neighbors = rel0
	c.Query.Timeline = func(child int, _ string, first *int, _ *string) int { return page(child, first) }
	c.Query.LegalActs = func(child int, _ *resolvers.LegalActFilter, first *int, _ *string) int { return page(child, first) }
	c.Query.Paths = func(child int, _ string, _ string, maxHops *int, first *int) int {
		n := 3
		if first != nil && *first > 0 {
			n = *first
		}
		return 1 + n*child*resolvers.DefaultPage/4
	}
	c.Query.Search = func(child int, _ string, first *int) int { return page(child, first) }
	c.Document.Cites, c.Document.CitedBy, c.LegalAct.CitedBy, c.Person.Signed = conn, conn, conn, conn
	c.Document.Relations, c.LegalAct.Relations, c.Person.Relations, c.Office.Relations = rel, rel, rel, rel
	c.CouncilMeeting.Relations, c.AgendaItem.Relations, c.Country.Relations = rel, rel, rel
	c.Organisation.Relations, c.Position.Relations = rel, rel
	c.Query.Positions = func(child int, _ *resolvers.PositionFilter, first *int, _ *string) int { return page(child, first) }
	c.AgendaItem.Concerns, c.AgendaItem.Positions, c.CouncilMeeting.Documents = conn, conn, conn
	c.Country.MentionedIn, c.Country.Positions, c.LegalAct.Positions = conn, conn, conn
	c.Organisation.MentionedIn, c.Organisation.Positions = conn, conn
	c.CouncilMeeting.Agenda = func(child int) int { return 1 + 10*child }
	c.CouncilMeeting.Attendees = func(child int) int { return 1 + 10*child }
}

// limitBody refuses request bodies over max bytes with a GraphQL error that
// names the limit; a body without a declared length is cut off at the limit.
func limitBody(h http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
				"message":    fmt.Sprintf("request body of %d bytes exceeds the limit of %d bytes", r.ContentLength, max),
				"extensions": map[string]any{"code": "REQUEST_TOO_LARGE"},
			}}})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		h.ServeHTTP(w, r)
	})
}

// depthLimit refuses operations whose selections nest deeper than max, with
// an error that names the limit.
type depthLimit struct{ max int }

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if n := selectionDepth(op.SelectionSet, oc.Doc.Fragments, 0); n > d.max {
		return &gqlerror.Error{Message: fmt.Sprintf("operation has depth %d, which exceeds the limit of %d", n, d.max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"}}
	}
	return nil
}

// selectionDepth is the deepest nesting of fields under set, following
// fragments (a fragment cycle is a validation error caught before this).
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) int {
	if seen > 100 {
		return seen
	}
	max := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = 1 + selectionDepth(s.SelectionSet, frags, seen+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, seen+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, seen+1)
			}
		}
		if d > max {
			max = d
		}
	}
	return max
}
