// Command jhagraph builds and serves a knowledge graph of EU Justice and Home
// Affairs policy from Dutch government letters to parliament.
//
//	jhagraph serve [--addr :8080]   GraphQL API at /graphql, playground at /, /healthz
//	jhagraph ingest PATH...         ingest letters (files or folders) into Neo4j
//	jhagraph extract FILE           print a letter's extracted graph as JSON
//
// Neo4j is configured by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE. This file is the composition root: it wires, it holds no
// logic.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"jhagraph/graph"
	"jhagraph/ingest"
)

const usage = `usage:
  jhagraph serve [--addr ADDR]   serve the GraphQL API (ADDR from --addr, else :$PORT, else :8080)
  jhagraph ingest [--workers N] PATH...  ingest letters (*.txt files or folders of them) into Neo4j
  jhagraph extract FILE          print the graph extracted from a letter as JSON (no database)
  jhagraph gen N DIR [--seed S]  write N synthetic letters into DIR (for benchmarks; make bench)
  jhagraph eval [-v] [--check]   score extraction against testdata/gold (--gold, --letters, --corpus DIR)

environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = serveCmd(ctx, args[1:], stderr)
	case "ingest":
		var failed bool
		failed, err = ingestCmd(ctx, args[1:], stdout)
		if err == nil && failed {
			return 1
		}
	case "extract":
		err = extractCmd(args[1:], stdout)
	case "gen":
		err = genCmd(args[1:], stdout, stderr)
	case "eval":
		var failed bool
		failed, err = evalCmd(args[1:], stdout, stderr)
		if err == nil && failed {
			return 1
		}
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "jhagraph: unknown command %q\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "jhagraph %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

// neo4jConfig reads the Neo4j settings from the environment.
func neo4jConfig() graph.Config {
	user := os.Getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	return graph.Config{
		URI:      os.Getenv("NEO4J_URI"),
		User:     user,
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// openStore connects to Neo4j, creates the schema and seeds reference data.
func openStore(ctx context.Context) (*graph.Store, error) { return openStoreWith(ctx, neo4jConfig()) }

// openStoreWith is openStore with a configuration of the caller's.
func openStoreWith(ctx context.Context, cfg graph.Config) (*graph.Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("NEO4J_URI is not set; run `eval \"$(make -s neo4j)\"` for a local Neo4j, or point it at yours")
	}
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := st.Setup(ctx); err != nil {
		st.Close(ctx)
		return nil, err
	}
	if err := st.Seed(ctx, ingest.ReferenceEntities()); err != nil {
		st.Close(ctx)
		return nil, err
	}
	return st, nil
}

func ingestCmd(ctx context.Context, args []string, stdout io.Writer) (failed bool, err error) {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stdout)
	workers := fs.Int("workers", 1, "letters read, extracted and written at once (reports stay in file order)")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	args = fs.Args()
	if len(args) == 0 {
		return false, errors.New("name at least one letter file or folder")
	}
	st, err := openStore(ctx)
	if err != nil {
		return false, err
	}
	defer st.Close(context.Background())
	var docs, ents, rels int
	start := time.Now()
	n, err := ingest.RunWith(ctx, st, args, ingest.RunOptions{Workers: *workers}, func(r ingest.Result) {
		if r.Err != nil {
			fmt.Fprintf(stdout, "FAIL %s: %v\n", r.File, r.Err)
			return
		}
		docs++
		ents += r.Stats.Entities
		rels += r.Stats.Relations
		fmt.Fprintf(stdout, "ok   %s  %s  %d entities, %d relations written, %d stale relations removed\n",
			r.Key, r.File, r.Stats.Entities, r.Stats.Relations, r.Stats.Removed)
	})
	if err != nil {
		return false, err
	}
	fmt.Fprintf(stdout, "total: %d documents ingested, %d failed; %d entities, %d relations; %s\n",
		docs, n, ents, rels, time.Since(start).Round(time.Millisecond))
	return n > 0, nil
}

func extractCmd(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("name exactly one letter file")
	}
	g, err := ingest.Load(args[0])
	if err != nil {
		return err
	}
	return ingest.WriteJSON(stdout, g)
}

func serveCmd(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "", "listen address (default :$PORT, else :8080)")
	record := fs.String("record-cypher", "", "write every read statement and its parameters to `FILE` as JSON lines (for bench/)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := neo4jConfig()
	if *record != "" {
		f, err := os.Create(*record)
		if err != nil {
			return err
		}
		defer f.Close()
		cfg.OnQuery = graph.NewRecorder(f).Record
	}
	if *addr == "" {
		*addr = ":8080"
		if p := os.Getenv("PORT"); p != "" {
			*addr = ":" + p
		}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if gc, ok := serveGCPercent(os.Getenv("GOGC")); ok {
		debug.SetGCPercent(gc)
	}
	st, err := openStoreWith(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())

	srv := &http.Server{
		Addr:              *addr,
		Handler:           newHandler(st, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("serving", "addr", *addr, "graphql", "/graphql", "playground", "/", "health", "/healthz")
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	log.Info("shutting down")
	return srv.Shutdown(shutdown)
}

// serveGCPercent is the garbage collector's target for serve when GOGC does
// not set one. The server keeps a live heap of about 10 MB and allocates
// about 200 KB per nested answer, so Go's default (collect when the heap has
// grown by 100%) collects every few dozen requests, each time waking mark
// workers that take CPU from Neo4j on the same machine. At 400% it collects
// a quarter as often for a heap of about 50 MB: on the 10,000-letter
// benchmark graph (2 cores), 20% less CPU per request and a p50 9-13% lower
// at 1 and 8 clients. GOGC, when set, wins.
func serveGCPercent(gogc string) (int, bool) {
	if gogc != "" {
		return 0, false
	}
	return 400, true
}

// refs adapts the ingester's reference resolution to the resolvers.
type refs struct{}

func (refs) Act(s string) (string, bool)       { return ingest.ResolveActRef(s) }
func (refs) Kamerstuk(s string) (string, bool) { return ingest.ResolveKstRef(s) }
