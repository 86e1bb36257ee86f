// Package httpapi is jhagraph's HTTP API: the GraphQL handler with its limits
// (list length, depth, complexity, reply size, request body, deadlines),
// admission control, the error presenter that names a limit and hides an
// internal error, the playground at /, the explorer at /explore/ and
// /healthz. It serves the resolvers over a store it is given; the command
// (server.go) reads the configuration and wires it.
package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

	"jhagraph/resolvers"
)

// Store is what the API needs of the knowledge graph: what the resolvers
// read, and a ping for /healthz. *graph.Store satisfies it.
type Store interface {
	resolvers.Store
	Ping(ctx context.Context) error
}

// Options are what New builds the API from.
type Options struct {
	// Store is the knowledge graph the resolvers read.
	Store Store
	// ResolveAct and ResolveKamerstuk turn the references analysts type
	// into a CELEX number and a kst key (serve passes ingest's).
	ResolveAct, ResolveKamerstuk func(ref string) (key string, ok bool)
	// Limits are the API's limits; DefaultLimits are serve's.
	Limits Limits
	// WebDir holds the web build (the explorer and the playground);
	// "" is DefaultWebDir.
	WebDir string
	// Log receives internal errors, panics and failed health checks; nil
	// discards them.
	Log *slog.Logger
}

// healthTimeout bounds the database ping of /healthz.
const healthTimeout = 3 * time.Second

// New builds the HTTP routes: /graphql, the playground at /, the explorer
// at /explore/ and /healthz.
func New(o Options) http.Handler {
	h, _ := newHandler(o)
	return h
}

// newHandler is New, also returning the admission control, which tests
// watch to send requests in a known order.
func newHandler(o Options) (http.Handler, *admission) {
	log := o.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	web := o.WebDir
	if web == "" {
		web = DefaultWebDir
	}
	lim := o.Limits
	mux := http.NewServeMux()
	adm := newAdmission(lim.Admission)
	gql := newGraphQL(o.Store, refs{act: o.ResolveAct, kst: o.ResolveKamerstuk}, lim, adm, log)
	mux.Handle("/graphql", limitBody(adm.perClient(withDeadline(gql, lim.RequestTimeout)), lim.MaxBody))
	mux.Handle("/{$}", playgroundHandler(web))
	mux.Handle("/explore/", explorerHandler(web))
	mux.Handle("/healthz", health(o.Store, log))
	return mux, adm
}

// health answers /healthz: 200 when the database answers a ping within
// healthTimeout, else 503, in both cases with a JSON status.
func health(st Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if err := st.Ping(ctx); err != nil {
			// The driver's error names the database's address: it goes
			// to the log, not to whoever asks.
			log.Warn("healthz", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"status": "unavailable", "neo4j": "neo4j unreachable"})
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"status": "ok", "neo4j": "up"})
	})
}

// refs adapts two resolving functions to resolvers.Refs; a missing one
// resolves nothing.
type refs struct{ act, kst func(string) (string, bool) }

func (r refs) Act(s string) (string, bool) {
	if r.act == nil {
		return "", false
	}
	return r.act(s)
}

func (r refs) Kamerstuk(s string) (string, bool) {
	if r.kst == nil {
		return "", false
	}
	return r.kst(s)
}
