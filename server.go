// Command jhagraph builds and serves a knowledge graph of EU Justice and Home
// Affairs policy from Dutch government letters to parliament.
//
//	jhagraph serve [--addr :8080]   GraphQL API at /graphql, playground at /, /healthz
//	jhagraph ingest PATH...         ingest letters (files or folders) into Neo4j
//	jhagraph harvest DOSSIER...     fetch dossiers from KOOP's SRU API, ingest what changed
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
	"strconv"
	"syscall"
	"time"

	"jhagraph/graph"
	"jhagraph/ingest"
	"jhagraph/internal/httpapi"
	"jhagraph/internal/stacks"
)

const usage = `usage:
  jhagraph serve [--addr ADDR]   serve the GraphQL API (ADDR from --addr, else :$PORT, else :8080)
  jhagraph ingest [--workers N] [--json] PATH...  ingest letters (KOOP XML, HTML, PDF, web-page text,
                                 .txt, with publisher metadata beside them; files or folders) into Neo4j
  jhagraph harvest [--dir DIR] [--dry-run] [--no-ingest] DOSSIER...
                                 fetch the Kamerstukken of dossiers (32317 22112 ...) from KOOP's SRU API
                                 into DIR (default data/kst), then ingest what changed; resumable, polite
                                 (--rate 2/s); --sru-url, timeouts, retries: jhagraph harvest -h
  jhagraph extract FILE          print the graph extracted from a letter as JSON (no database)
  jhagraph gen N DIR [--seed S]  write N synthetic letters into DIR (for benchmarks; make bench)
  jhagraph eval [-v] [--check]   score extraction against testdata/gold (--gold, --letters, --corpus DIR)

environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_WRITE_TIMEOUT, PORT,
JHAGRAPH_SRU_URL; serve's limits and timeouts: JHAGRAPH_* (see README, Limits);
jhagraph ingest -h lists the ingest options
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
		failed, err = ingestCmd(ctx, args[1:], stdout, stderr)
		if err == nil && failed {
			return 1
		}
	case "harvest":
		var failed bool
		failed, err = harvestCmd(ctx, args[1:], stdout, stderr)
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
func neo4jConfig() graph.Config { return graph.ConfigFromEnv(os.Getenv) }

// openStore connects to Neo4j, creates the schema and seeds reference data.
func openStore(ctx context.Context, cfg graph.Config) (*graph.Store, error) {
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
	cfg, err := serveConfigFrom(os.Getenv)
	if err != nil {
		return err
	}
	if *addr != "" {
		cfg.Addr = *addr
	}
	if *record != "" {
		f, err := os.Create(*record)
		if err != nil {
			return err
		}
		defer f.Close()
		cfg.Neo4j.OnQuery = graph.NewRecorder(f).Record
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if gc, ok := serveGCPercent(os.Getenv("GOGC")); ok {
		debug.SetGCPercent(gc)
	}
	// gqlgen's goroutine per list element starts with a 16 KiB stack
	// instead of growing to it (internal/stacks).
	defer stacks.Reserve(stacks.DefaultGoroutines, stacks.DefaultKiB)()
	st, err := openStore(ctx, cfg.Neo4j)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())

	srv := &http.Server{
		Addr: cfg.Addr,
		Handler: httpapi.New(httpapi.Options{Store: st, ResolveAct: ingest.ResolveActRef, ResolveKamerstuk: ingest.ResolveKstRef,
			Limits: cfg.Limits, WebDir: cfg.WebDir, Log: log}),
		ReadHeaderTimeout: cfg.HTTP.ReadHeaderTimeout,
		ReadTimeout:       cfg.HTTP.ReadTimeout,
		WriteTimeout:      cfg.HTTP.WriteTimeout,
		IdleTimeout:       cfg.HTTP.IdleTimeout,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("serving", "addr", cfg.Addr, "graphql", "/graphql", "playground", "/", "health", "/healthz")
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

// serveConfig is what serve reads from its environment: the listen address,
// the API's limits, Neo4j with the read side's timeouts, the HTTP server's
// timeouts and the folder of the web build.
type serveConfig struct {
	Addr   string
	Limits httpapi.Limits
	Neo4j  graph.Config
	HTTP   httpTimeouts
	WebDir string // JHAGRAPH_WEB_DIR (default httpapi.DefaultWebDir)
}

// httpTimeouts are the HTTP server's timeouts (net/http.Server).
type httpTimeouts struct {
	ReadHeaderTimeout time.Duration // JHAGRAPH_HTTP_READ_HEADER_TIMEOUT
	ReadTimeout       time.Duration // JHAGRAPH_HTTP_READ_TIMEOUT
	WriteTimeout      time.Duration // JHAGRAPH_HTTP_WRITE_TIMEOUT (default: the request deadline + 5s)
	IdleTimeout       time.Duration // JHAGRAPH_HTTP_IDLE_TIMEOUT
}

// serveConfigFrom reads serve's configuration through getenv: every
// variable that is set must hold a valid value, every one that is not
// keeps its default. This is the one place serve's options are read.
func serveConfigFrom(getenv func(string) string) (serveConfig, error) {
	cfg := serveConfig{Addr: ":8080", Limits: httpapi.DefaultLimits(), Neo4j: graph.ConfigFromEnv(getenv), WebDir: httpapi.DefaultWebDir}
	if p := getenv("PORT"); p != "" {
		cfg.Addr = ":" + p
	}
	if d := getenv("JHAGRAPH_WEB_DIR"); d != "" {
		cfg.WebDir = d
	}
	cfg.Neo4j.AcquireTimeout, cfg.Neo4j.ConnectTimeout = 5*time.Second, 5*time.Second
	cfg.HTTP = httpTimeouts{ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second, IdleTimeout: 60 * time.Second}
	l, a := &cfg.Limits, &cfg.Limits.Admission
	var errs []error
	num := func(name string, v *int) {
		if s := getenv(name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				errs = append(errs, fmt.Errorf("%s=%q: want a whole number, 0 or more", name, s))
				return
			}
			*v = n
		}
	}
	dur := func(name string, v *time.Duration) {
		if s := getenv(name); s != "" {
			d, err := time.ParseDuration(s)
			if err != nil || d < 0 {
				errs = append(errs, fmt.Errorf("%s=%q: want a duration such as 5s or 500ms", name, s))
				return
			}
			*v = d
		}
	}
	num("JHAGRAPH_MAX_COMPLEXITY", &l.MaxComplexity)
	num("JHAGRAPH_MAX_DEPTH", &l.MaxDepth)
	num("JHAGRAPH_MAX_PAGE", &l.MaxPage)
	num("JHAGRAPH_MAX_TOKENS", &l.MaxTokens)
	body := int(l.MaxBody)
	num("JHAGRAPH_MAX_BODY_BYTES", &body)
	l.MaxBody = int64(body)
	num("JHAGRAPH_MAX_REPLY_BYTES", &l.MaxReply)
	num("JHAGRAPH_MAX_LIST", &l.MaxList)
	num("JHAGRAPH_MAX_SEARCH_CHARS", &l.MaxSearchChars)
	num("JHAGRAPH_MAX_SEARCH_WORDS", &l.MaxSearchWords)
	dur("JHAGRAPH_READ_TIMEOUT", &l.ReadTimeout)
	dur("JHAGRAPH_REQUEST_TIMEOUT", &l.RequestTimeout)
	num("JHAGRAPH_MAX_CONCURRENT", &a.MaxConcurrent)
	num("JHAGRAPH_MAX_QUEUE", &a.MaxQueue)
	dur("JHAGRAPH_QUEUE_WAIT", &a.QueueWait)
	num("JHAGRAPH_MAX_HEAVY", &a.MaxHeavy)
	num("JHAGRAPH_HEAVY_COST", &a.HeavyCost)
	dur("JHAGRAPH_HEAVY_TIME", &a.HeavyTime)
	dur("JHAGRAPH_HEAVY_WAIT", &a.HeavyWait)
	num("JHAGRAPH_HEAVY_SHARE", &a.HeavyShare)
	num("JHAGRAPH_MAX_PER_CLIENT", &a.MaxPerClient)
	dur("JHAGRAPH_NEO4J_ACQUIRE_TIMEOUT", &cfg.Neo4j.AcquireTimeout)
	dur("JHAGRAPH_NEO4J_CONNECT_TIMEOUT", &cfg.Neo4j.ConnectTimeout)
	dur("JHAGRAPH_HTTP_READ_HEADER_TIMEOUT", &cfg.HTTP.ReadHeaderTimeout)
	dur("JHAGRAPH_HTTP_READ_TIMEOUT", &cfg.HTTP.ReadTimeout)
	cfg.HTTP.WriteTimeout = l.RequestTimeout + 5*time.Second
	dur("JHAGRAPH_HTTP_WRITE_TIMEOUT", &cfg.HTTP.WriteTimeout)
	dur("JHAGRAPH_HTTP_IDLE_TIMEOUT", &cfg.HTTP.IdleTimeout)
	cfg.Neo4j.ReadTimeout = l.ReadTimeout
	if l.MaxComplexity == 0 || l.MaxPage == 0 || l.MaxTokens == 0 || l.MaxBody == 0 || l.ReadTimeout == 0 {
		errs = append(errs, errors.New("JHAGRAPH_MAX_COMPLEXITY, _MAX_PAGE, _MAX_TOKENS, _MAX_BODY_BYTES and _READ_TIMEOUT cannot be 0"))
	}
	return cfg, errors.Join(errs...)
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
