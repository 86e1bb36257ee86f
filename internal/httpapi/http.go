package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// Defaults of the API's limits (Limits). A request over one gets a GraphQL
// error naming the limit; serve reads other values from the environment.
const (
	maxComplexity  = 5000     // query complexity, lists weighted by their page size
	maxDepth       = 12       // nesting of selections
	maxPage        = 100      // largest `first`
	maxTokens      = 5000     // parser token limit
	maxBody        = 1 << 20  // request body, bytes
	maxReply       = 16 << 20 // encoded reply, bytes
	maxList        = 100      // entries of any list argument
	queryCacheSize = 1000
	apqCacheSize   = 1000
)

// Weights of the complexity of a request besides its page sizes: each
// entry of a list argument, a document's whole text (up to 4 MiB), a
// count (it reads every match) and a quote.
const (
	listEntryCost = 10
	textCost      = 1000
	countCost     = 20
	quoteCost     = 2
)

// Limits are the API's limits; serve reads them from the environment
// (server.go, serveConfigFrom), tests set them as they need.
type Limits struct {
	MaxComplexity  int   // JHAGRAPH_MAX_COMPLEXITY
	MaxDepth       int   // JHAGRAPH_MAX_DEPTH (introspection-only operations are exempt)
	MaxPage        int   // JHAGRAPH_MAX_PAGE: largest `first`
	MaxTokens      int   // JHAGRAPH_MAX_TOKENS: parser token limit
	MaxBody        int64 // JHAGRAPH_MAX_BODY_BYTES: request body
	MaxReply       int   // JHAGRAPH_MAX_REPLY_BYTES: encoded reply
	MaxList        int   // JHAGRAPH_MAX_LIST: entries of any list argument
	MaxSearchChars int   // JHAGRAPH_MAX_SEARCH_CHARS: characters of a search query
	MaxSearchWords int   // JHAGRAPH_MAX_SEARCH_WORDS: words of a search query

	// ReadTimeout is the transaction timeout of API reads (the store
	// enforces it; errors name it). RequestTimeout is every GraphQL
	// request's deadline, queueing included.
	ReadTimeout    time.Duration // JHAGRAPH_READ_TIMEOUT
	RequestTimeout time.Duration // JHAGRAPH_REQUEST_TIMEOUT

	Admission AdmissionLimits

	// Reads are the resolvers' read options (the zero value is serve's;
	// tests compare the ways of reading).
	Reads resolvers.Options
}

// DefaultLimits are the limits serve uses when the environment sets none.
func DefaultLimits() Limits {
	return Limits{
		MaxComplexity:  maxComplexity,
		MaxDepth:       maxDepth,
		MaxPage:        maxPage,
		MaxTokens:      maxTokens,
		MaxBody:        maxBody,
		MaxReply:       maxReply,
		MaxList:        maxList,
		MaxSearchChars: 500,
		MaxSearchWords: 32,
		ReadTimeout:    5 * time.Second,
		RequestTimeout: 10 * time.Second,
		Admission:      DefaultAdmission(),
	}
}

// newGraphQL is the GraphQL handler: explicit transports, a query cache,
// persisted queries, complexity, depth and list limits, admission control,
// a reply size limit, and an error presenter that shows clients their own
// mistakes and the limits they met, and hides internal errors.
func newGraphQL(st resolvers.Store, rf resolvers.Refs, lim Limits, adm *admission, log *slog.Logger) http.Handler {
	cfg := resolvers.Config{Resolvers: &resolvers.Resolver{Store: st, Refs: rf, MaxPage: lim.MaxPage,
		MaxSearchChars: lim.MaxSearchChars, MaxSearchWords: lim.MaxSearchWords, Options: lim.Reads}}
	setComplexity(&cfg.Complexity)
	srv := handler.New(resolvers.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.SetParserTokenLimit(lim.MaxTokens)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)})
	// The list and depth limits come first: their errors say more than the
	// complexity a long list or a deep query adds up to.
	srv.Use(listLimit{max: lim.MaxList})
	srv.Use(depthLimit{max: lim.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(lim.MaxComplexity))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		cost := 0
		if s := extension.GetComplexityStats(ctx); s != nil {
			cost = s.Complexity
		}
		release, err := adm.admit(ctx, cost)
		if err != nil {
			return &graphql.Response{Errors: gqlerror.List{err}}
		}
		resp := next(ctx)
		release()
		if resp != nil && lim.MaxReply > 0 {
			if n := replySize(resp); n > lim.MaxReply {
				return &graphql.Response{Errors: gqlerror.List{{
					Message:    fmt.Sprintf("the reply of %d bytes exceeds the limit of %d bytes (JHAGRAPH_MAX_REPLY_BYTES); ask for fewer or smaller fields", n, lim.MaxReply),
					Extensions: map[string]any{"code": "REPLY_TOO_LARGE", "limit": lim.MaxReply}}}}
			}
		}
		return resp
	})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		if ge := limitError(ctx, err, lim); ge != nil {
			return ge
		}
		if resolvers.IsUserError(err) {
			ge := graphql.DefaultErrorPresenter(ctx, err)
			if code := resolvers.UserErrorCode(err); code != "" {
				if ge.Extensions == nil {
					ge.Extensions = map[string]any{}
				}
				ge.Extensions["code"] = code
			}
			return ge
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

// limitError presents the errors of the time limits and of an unreachable
// database by name; nil for any other error. The cause goes to no client.
func limitError(ctx context.Context, err error, lim Limits) *gqlerror.Error {
	var msg, code string
	switch {
	case errors.Is(err, graph.ErrTimeout):
		msg, code = fmt.Sprintf("the request ran out of time: a read may take %s (JHAGRAPH_READ_TIMEOUT) and a request %s (JHAGRAPH_REQUEST_TIMEOUT)",
			lim.ReadTimeout, lim.RequestTimeout), "TIMEOUT"
	case errors.Is(err, context.DeadlineExceeded):
		msg, code = fmt.Sprintf("the request ran over its deadline of %s (JHAGRAPH_REQUEST_TIMEOUT)", lim.RequestTimeout), "TIMEOUT"
	case errors.Is(err, graph.ErrUnavailable):
		msg, code = "the database is unavailable; try again later", "UNAVAILABLE"
	default:
		return nil
	}
	return &gqlerror.Error{Message: msg, Path: graphql.GetPath(ctx), Extensions: map[string]any{"code": code}}
}

// replySize is the size of a reply's data and errors as sent.
func replySize(resp *graphql.Response) int {
	n := len(resp.Data)
	for _, e := range resp.Errors {
		n += len(e.Message) + 64
	}
	return n
}

// setComplexity weighs every list by the page size it asks for, so that a
// nested request costs what it could return; list arguments, counts, texts
// and quotes add their own weight.
func setComplexity(c *resolvers.ComplexityRoot) {
	page := func(child int, first *int) int {
		n := resolvers.DefaultPage
		if first != nil && *first > 0 {
			n = *first
		}
		return 1 + n*child
	}
	rel := func(child int, types []resolvers.RelationType, _ *resolvers.Direction, first *int, _ *string) int {
		return page(child, first) + listEntryCost*len(types)
	}
	conn := func(child int, first *int, _ *string) int { return page(child, first) }
	rel0 := func(child int, _ string, types []resolvers.RelationType, _ *resolvers.Direction, first *int, _ *string) int {
		return page(child, first) + listEntryCost*len(types)
	}
	c.Query.Documents = func(child int, f *resolvers.DocumentFilter, first *int, _ *string, _ *resolvers.DocumentOrder) int {
		n := page(child, first)
		if f != nil {
			n += listEntryCost * (len(f.CitesAll) + len(f.NotCites))
		}
		return n
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
	c.Query.Positions = func(child int, f *resolvers.PositionFilter, first *int, _ *string) int {
		n := page(child, first)
		if f != nil {
			n += listEntryCost * len(f.Stance)
		}
		return n
	}
	c.AgendaItem.Concerns, c.AgendaItem.Positions, c.CouncilMeeting.Documents = conn, conn, conn
	c.Country.MentionedIn, c.Country.Positions, c.LegalAct.Positions = conn, conn, conn
	c.Organisation.MentionedIn, c.Organisation.Positions = conn, conn
	c.CouncilMeeting.Agenda = func(child int) int { return 1 + 10*child }
	c.CouncilMeeting.Attendees = func(child int) int { return 1 + 10*child }
	c.Document.Text = func(int) int { return textCost }
	count := func(int) int { return countCost }
	c.DocumentConnection.TotalCount, c.RelationConnection.TotalCount = count, count
	c.PositionConnection.TotalCount, c.TimelineConnection.TotalCount = count, count
	c.LegalActConnection.TotalCount = count
	quote := func(int) int { return quoteCost }
	c.Evidence.Quote, c.Position.Quote = quote, quote
}

// limitBody reads the request body whole, up to max bytes: a longer body
// (declared or sent in chunks) gets HTTP 413 and a GraphQL error that names
// the limit, and a POST body that is not a GraphQL request in JSON gets
// HTTP 400 and an error that does not repeat it.
func limitBody(h http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tooLarge := func(n string) {
			writeError(w, http.StatusRequestEntityTooLarge, 0, "REQUEST_TOO_LARGE",
				fmt.Sprintf("request body of %s bytes exceeds the limit of %d bytes (JHAGRAPH_MAX_BODY_BYTES)", n, max))
		}
		if r.ContentLength > max {
			tooLarge(strconv.FormatInt(r.ContentLength, 10))
			return
		}
		if r.Body == nil || r.Body == http.NoBody {
			h.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
		if err != nil {
			writeError(w, http.StatusBadRequest, 0, "BAD_REQUEST", "the request body could not be read")
			return
		}
		if int64(len(body)) > max {
			tooLarge("more than " + strconv.FormatInt(max, 10))
			return
		}
		if r.Method == http.MethodPost && isJSON(r.Header.Get("Content-Type")) {
			// Only the shape is checked here; gqlgen decodes the body
			// again, so the values inside variables and extensions are
			// left raw rather than built into trees that are thrown away.
			var req struct {
				Query         string                     `json:"query"`
				OperationName string                     `json:"operationName"`
				Variables     map[string]json.RawMessage `json:"variables"`
				Extensions    map[string]json.RawMessage `json:"extensions"`
			}
			if err := json.Unmarshal(body, &req); err != nil {
				writeError(w, http.StatusBadRequest, 0, "BAD_REQUEST_JSON",
					"the request body is not a GraphQL request in JSON: "+jsonErrorKind(err))
				return
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		h.ServeHTTP(w, r)
	})
}

// jsonErrorKind says what is wrong with a JSON body without quoting it.
func jsonErrorKind(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %q holds a JSON %s", te.Field, te.Value)
	}
	return "malformed JSON"
}

// isJSON says whether a request's Content-Type is JSON (or not given).
func isJSON(ct string) bool {
	return ct == "" || strings.HasPrefix(ct, "application/json")
}

// writeError answers with a GraphQL error response of its own, outside
// gqlgen: status, a Retry-After (seconds) when retry > 0, message and code.
func writeError(w http.ResponseWriter, status, retry int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	if retry > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retry))
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message": msg, "extensions": map[string]any{"code": code},
	}}})
}

// withDeadline gives every request the deadline d: it reaches the
// admission queue and, through the context, the Neo4j driver.
func withDeadline(h http.Handler, d time.Duration) http.Handler {
	if d <= 0 {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// retrySeconds is a Retry-After value for a wait of d, at least a second.
func retrySeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}

// depthLimit refuses operations whose selections nest deeper than max, with
// an error that names the limit. An operation that asks only for the schema
// (every top-level field __schema or __type: what GraphiQL and graphql-js's
// getIntrospectionQuery send, depth 15) is not held to it; a query that
// mixes introspection with data is.
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
	if introspectionOnly(op.SelectionSet, oc.Doc.Fragments, 0) {
		return nil
	}
	if n := selectionDepth(op.SelectionSet, oc.Doc.Fragments, 0); n > d.max {
		return &gqlerror.Error{Message: fmt.Sprintf("operation has depth %d, which exceeds the limit of %d (JHAGRAPH_MAX_DEPTH)", n, d.max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"}}
	}
	return nil
}

// introspectionOnly says whether every top-level field of set (through
// fragments) is __schema or __type; __typename alone does not make it so.
func introspectionOnly(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) bool {
	if seen > 100 {
		return false
	}
	some := false
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			switch s.Name {
			case "__schema", "__type":
				some = true
			case "__typename":
			default:
				return false
			}
		case *ast.InlineFragment:
			if !introspectionOnly(s.SelectionSet, frags, seen+1) {
				return false
			}
			some = true
		case *ast.FragmentSpread:
			f := frags.ForName(s.Name)
			if f == nil || !introspectionOnly(f.SelectionSet, frags, seen+1) {
				return false
			}
			some = true
		}
	}
	return some
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

// listLimit refuses an operation that passes any field a list argument (in
// the query or in a variable, at any depth of an input object) of more than
// max entries, with an error that names the argument and the limit.
type listLimit struct{ max int }

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = listLimit{}

func (listLimit) ExtensionName() string                   { return "ListLimit" }
func (listLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (l listLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if l.max <= 0 {
		return nil
	}
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	return l.check(op.SelectionSet, oc, 0)
}

func (l listLimit) check(set ast.SelectionSet, oc *graphql.OperationContext, seen int) *gqlerror.Error {
	if seen > 100 {
		return nil
	}
	for _, sel := range set {
		var err *gqlerror.Error
		switch s := sel.(type) {
		case *ast.Field:
			for name, v := range s.ArgumentMap(oc.Variables) {
				if arg, n := longestList(name, v); n > l.max {
					return &gqlerror.Error{
						Message: fmt.Sprintf("argument %s of %s has %d entries, more than the limit of %d (JHAGRAPH_MAX_LIST)",
							arg, s.Name, n, l.max),
						Extensions: map[string]any{"code": "LIST_TOO_LONG", "limit": l.max}}
				}
			}
			err = l.check(s.SelectionSet, oc, seen+1)
		case *ast.InlineFragment:
			err = l.check(s.SelectionSet, oc, seen+1)
		case *ast.FragmentSpread:
			if f := oc.Doc.Fragments.ForName(s.Name); f != nil {
				err = l.check(f.SelectionSet, oc, seen+1)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// longestList finds the longest list in an argument's value (named path),
// looking into input objects and lists of lists.
func longestList(path string, v any) (string, int) {
	best, n := path, 0
	switch x := v.(type) {
	case []any:
		n = len(x)
		for _, e := range x {
			if p, m := longestList(path+"[]", e); m > n {
				best, n = p, m
			}
		}
	case map[string]any:
		for k, e := range x {
			if p, m := longestList(path+"."+k, e); m > n {
				best, n = p, m
			}
		}
	}
	return best, n
}
