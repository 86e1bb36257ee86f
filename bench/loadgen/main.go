// Command loadgen is the load generator of `make bench`: it runs a fixed mix
// of five analyst and explorer reads against jhagraph's GraphQL API, against
// the same graph served by @neo4j/graphql v7, and as hand-written Cypher
// through the Go driver (the floor), at 1, 8 and 32 concurrent clients in a
// closed loop, and prints one markdown table (and writes it as JSON).
//
//	loadgen --jhagraph http://127.0.0.1:8091/graphql --library http://127.0.0.1:4091/graphql \
//	        [--seconds 20] [--warmup 5] [--clients 1,8,32] [--ingest ingest.json] [--out bench/results]
//	loadgen freeport | wipe | compare SMALL.json LARGE.json
//
// Neo4j (for the floor and for drawing parameters) from NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/graph"
)

// Target is one of the three ways of answering the mix.
type Target struct {
	Name string
	// do runs query q with params p and returns its answer.
	do func(ctx context.Context, q Query, p Params) (Answer, error)
	// replay: the target replays captured statements and returns no
	// answer to compare (cost.go checks its records instead).
	replay bool
}

// Cell is the measurement of one target at one concurrency.
type Cell struct {
	Target  string           `json:"target"`
	Clients int              `json:"clients"`
	Stats   Stats            `json:"stats"`
	PerQ    map[string]Stats `json:"per_query"`
	Sample  []string         `json:"error_samples,omitempty"`
	// CPU is the CPU milliseconds per request of the server ("server"),
	// Neo4j ("neo4j") and loadgen itself ("loadgen") over the cell.
	CPU map[string]float64 `json:"cpu_ms_per_request,omitempty"`
}

// Report is the whole run, as written to bench/results/<timestamp>.json.
type Report struct {
	Started     time.Time         `json:"started"`
	Letters     int               `json:"letters"`
	Seconds     float64           `json:"seconds_per_cell"`
	Warmup      float64           `json:"warmup_seconds"`
	Ingest      map[string]any    `json:"ingest,omitempty"`
	Graph       map[string]int64  `json:"graph"`
	Params      map[string]int    `json:"parameters"`
	Equivalence map[string]string `json:"equivalence"`
	Cells       []Cell            `json:"cells"`
	Versions    map[string]string `json:"versions"`
	Load        []string          `json:"load_average"`
	Notes       []string          `json:"notes"`
	SameCypher  map[string]string `json:"same_cypher,omitempty"`
	WriteFloor  map[string]any    `json:"write_floor,omitempty"`
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if ok, err := tool(ctx, os.Args[1:]); ok {
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	jURL := flag.String("jhagraph", "", "jhagraph GraphQL endpoint")
	lURL := flag.String("library", "", "@neo4j/graphql endpoint")
	seconds := flag.Float64("seconds", envFloat("BENCH_SECONDS", 20), "measured seconds per cell")
	warmup := flag.Float64("warmup", envFloat("BENCH_WARMUP", 5), "warm-up seconds per cell")
	clientsFlag := flag.String("clients", "1,8,32", "concurrent clients, comma-separated")
	ingestFile := flag.String("ingest", "", "JSON file with the ingest measurement to include")
	out := flag.String("out", "bench/results", "folder for the JSON report")
	letters := flag.Int("letters", 0, "letters in the graph (for the title)")
	libVersion := flag.String("library-version", "", "@neo4j/graphql version (for the notes)")
	targetsFlag := flag.String("targets", "jhagraph,same-cypher,same-cypher-http,library,floor", "targets to measure (jhagraph and the same-Cypher floors are measured forth and back, so that they meet the same machine; same-cypher-http needs same-cypher)")
	cost := costFlags()
	flag.Parse()
	var clients []int
	for _, c := range strings.Split(*clientsFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			return fmt.Errorf("bad --clients %q", *clientsFlag)
		}
		clients = append(clients, n)
	}

	driver, db, err := openNeo4j(ctx)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())

	rep := &Report{Started: time.Now().UTC(), Letters: *letters, Seconds: *seconds, Warmup: *warmup,
		Equivalence: map[string]string{}, Versions: map[string]string{"go": runtime.Version()}}
	if *libVersion != "" {
		rep.Versions["@neo4j/graphql"] = *libVersion
	}
	if *ingestFile != "" {
		b, err := os.ReadFile(*ingestFile)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &rep.Ingest); err != nil {
			return fmt.Errorf("%s: %w", *ingestFile, err)
		}
	}
	if cost.writeFloor != "" {
		if rep.WriteFloor, err = readJSON(cost.writeFloor); err != nil {
			return err
		}
	}
	rep.Load = append(rep.Load, loadAvg())
	if rep.Graph, err = graphSize(ctx, driver, db); err != nil {
		return err
	}
	if v, err := floorRows(ctx, driver, db, "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS v", nil); err == nil && len(v) > 0 {
		rep.Versions["neo4j"] = str(v[0]["v"])
	}
	params, err := drawParams(ctx, driver, db)
	if err != nil {
		return err
	}
	rep.Params = map[string]int{"acts": len(params.acts), "meetings": len(params.meetings), "persons": len(params.persons), "searches": len(params.searches)}

	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}}
	hasTimeline := false
	if *jURL != "" {
		if hasTimeline, err = schemaHas(ctx, client, *jURL, "timeline"); err != nil {
			return fmt.Errorf("jhagraph at %s: %w", *jURL, err)
		}
	}
	qs := mix(hasTimeline)
	var targets []Target
	var stmts captured // what same-cypher captured, for same-cypher-http
	for _, t := range strings.Split(*targetsFlag, ",") {
		switch strings.TrimSpace(t) {
		case "jhagraph":
			if *jURL == "" {
				return errors.New("--jhagraph is required")
			}
			targets = append(targets, Target{Name: "jhagraph", do: graphqlTarget(client, *jURL, func(q Query) (func(Params) (string, map[string]any), func(map[string]any) Answer) {
				return q.Jhagraph, q.JhagraphAnswer
			})})
		case "library":
			if *lURL == "" {
				return errors.New("--library is required")
			}
			targets = append(targets, Target{Name: "@neo4j/graphql", do: graphqlTarget(client, *lURL, func(q Query) (func(Params) (string, map[string]any), func(map[string]any) Answer) {
				return q.Library, q.LibraryAnswer
			})})
		case "floor":
			targets = append(targets, Target{Name: "floor (Cypher, Go driver)", do: func(ctx context.Context, q Query, p Params) (Answer, error) {
				cy, args := q.Floor(p)
				rows, err := floorRows(ctx, driver, db, cy, args)
				if err != nil {
					return Answer{}, err
				}
				return q.FloorAnswer(rows), nil
			}})
		case "same-cypher":
			if cost.recordURL == "" || cost.recordFile == "" {
				fmt.Fprintln(os.Stderr, "loadgen:", errNoRecording)
				continue
			}
			fmt.Fprintln(os.Stderr, "loadgen: capturing the statements jhagraph runs for every request of the mix")
			c, summary, err := capture(ctx, client, cost.recordURL, cost.recordFile, qs, params, driver, db)
			if err != nil {
				return fmt.Errorf("capturing jhagraph's statements: %w", err)
			}
			rep.SameCypher = summary
			stmts = c
			targets = append(targets, sameCypherTarget(c, driver, db))
		case "same-cypher-http":
			if stmts == nil {
				fmt.Fprintln(os.Stderr, "loadgen: same-cypher-http needs same-cypher before it in --targets; left out")
				continue
			}
			t, stop, err := httpCypherTarget(stmts, driver, db, client)
			if err != nil {
				return err
			}
			defer stop()
			targets = append(targets, t)
		}
	}

	// Equivalence: every target answers a sample of each query the same as
	// the floor.
	fmt.Fprintln(os.Stderr, "loadgen: checking that the targets return the same answers")
	for _, q := range qs {
		same, total := 0, 0
		var diff []string
		for i := 0; i < 12; i++ {
			p := params.pick(q.Name, rand.New(rand.NewPCG(uint64(i), 99)))
			total++
			alike := true
			var ref Answer
			for k, t := range targets {
				if t.replay {
					continue
				}
				a, err := t.do(ctx, q, p)
				if err != nil {
					alike = false
					diff = append(diff, fmt.Sprintf("%s: %v", t.Name, err))
					break
				}
				if k == 0 {
					ref = a
					continue
				}
				if !a.equal(ref) {
					alike = false
					if len(diff) < 3 {
						diff = append(diff, fmt.Sprintf("%s vs %s on %+v:\n    %s\n    %s", targets[0].Name, t.Name, p, ref, a))
					}
					break
				}
			}
			if alike {
				same++
			}
		}
		rep.Equivalence[q.Name] = fmt.Sprintf("%d/%d parameter sets answered alike by all targets", same, total)
		for _, d := range diff {
			fmt.Fprintf(os.Stderr, "loadgen: (%s) differs: %s\n", q.Name, d)
		}
	}

	// Neo4j compiles and caches plans and the JVM compiles hot code as
	// queries run: whichever target ran first would pay for warming it. So
	// every target runs the mix once before any is measured.
	for _, t := range targets {
		fmt.Fprintf(os.Stderr, "loadgen: warming Neo4j with %s for %.0fs\n", t.Name, *warmup)
		measure(ctx, t, qs, params, 1, secs(*warmup))
	}

	for _, c := range clients {
		runs := make([][]stretch, len(targets))
		cpu := make([]cpuSnap, len(targets))
		for _, st := range schedule(targets) {
			t := targets[st.target]
			d := secs(*seconds * st.share)
			fmt.Fprintf(os.Stderr, "loadgen: %s at %d clients: %.0fs warm-up, %.1fs measured\n", t.Name, c, *warmup, d.Seconds())
			measure(ctx, t, qs, params, c, secs(*warmup))
			before := cost.snapshot(t)
			r := measure(ctx, t, qs, params, c, d)
			cpu[st.target] = cpu[st.target].add(before, cost.snapshot(t))
			runs[st.target] = append(runs[st.target], r)
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
		for i, t := range targets {
			cell := Cell{Target: t.Name, Clients: c}
			cell.fill(qs, runs[i])
			cell.CPU = perRequest(nil, cpu[i], cell.Stats.Requests+cell.Stats.Errors)
			rep.Cells = append(rep.Cells, cell)
		}
	}
	rep.Load = append(rep.Load, loadAvg())
	rep.Notes = notes(hasTimeline)

	table := markdown(rep, targets, qs, clients) + costMarkdown(rep, targets, clients)
	fmt.Print(table)
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
		name := filepath.Join(*out, rep.Started.Format("20060102-150405")+".json")
		b, _ := json.MarshalIndent(struct {
			*Report
			Table string `json:"table_markdown"`
		}{rep, table}, "", "  ")
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(os.Stderr, "loadgen: wrote", name)
	}
	return nil
}

// openNeo4j opens the driver for the Neo4j that NEO4J_* name and names its
// database.
func openNeo4j(ctx context.Context) (neo4j.DriverWithContext, string, error) {
	cfg := graph.ConfigFromEnv(os.Getenv)
	if cfg.URI == "" {
		return nil, "", errors.New("NEO4J_URI is not set")
	}
	db := cfg.Database
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *neo4j.Config) { c.MaxConnectionPoolSize = 128 })
	if err != nil {
		return nil, "", err
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, "", err
	}
	if db == "" {
		// The floor names its database, as jhagraph does (graph.Open): a
		// session without one asks the server for it before every query.
		res, err := neo4j.ExecuteQuery(ctx, driver, "CALL db.info() YIELD name RETURN name", nil, neo4j.EagerResultTransformer)
		if err != nil {
			driver.Close(ctx)
			return nil, "", err
		}
		db, _ = res.Records[0].Values[0].(string)
	}
	return driver, db, nil
}

func secs(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil && v > 0 {
		return v
	}
	return def
}

// step is one measured stretch of a cell: target (an index into the
// targets) for share of the cell's seconds.
type step struct {
	target int
	share  float64
}

// schedule is the order in which the targets of one concurrency are
// measured. jhagraph and the same-Cypher floors are compared with each
// other, so each is measured in two halves, forth and back: jhagraph,
// same Cypher, (same Cypher over HTTP, same Cypher over HTTP,) same
// Cypher, jhagraph (ABBA): whatever drifts during the cells — Neo4j's JIT
// compiling the runtime's hot code after a start, the load of the machine —
// falls on all alike instead of on whichever runs first. The other targets
// follow, whole, in their order.
func schedule(targets []Target) []step {
	at := map[string]int{}
	for i, t := range targets {
		at[t.Name] = i
	}
	var pair []int
	for _, n := range []string{"jhagraph", sameCypherName, httpCypherName} {
		if i, ok := at[n]; ok {
			pair = append(pair, i)
		}
	}
	if len(pair) < 2 {
		pair = nil
	}
	var out []step
	for _, i := range pair {
		out = append(out, step{i, 0.5})
	}
	for k := len(pair) - 1; k >= 0; k-- {
		out = append(out, step{pair[k], 0.5})
	}
	for i := range targets {
		if slices.Contains(pair, i) {
			continue
		}
		out = append(out, step{i, 1})
	}
	return out
}

// rec is one request of a run: its query (an index into the mix), latency
// and error.
type rec struct {
	q   int
	lat time.Duration
	err error
}

// stretch is what one measured stretch of a cell recorded.
type stretch struct {
	recs    []rec
	elapsed time.Duration
}

// measure runs the mix in a closed loop with c clients for d and returns
// every request's latency (a warm-up ignores it). Each client cycles
// through the five queries with parameters drawn at random.
func measure(ctx context.Context, t Target, qs []Query, ps *paramSet, c int, d time.Duration) stretch {
	results := make([][]rec, c)
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), uint64(c)))
			for i := w; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				qi := i % len(qs)
				q := qs[qi]
				p := ps.pick(q.Name, rng)
				t0 := time.Now()
				a, err := t.do(ctx, q, p)
				lat := time.Since(t0)
				if err == nil && !t.replay && q.Empty(a, p) {
					err = fmt.Errorf("empty answer where the data has one: %+v", p)
				}
				results[w] = append(results[w], rec{qi, lat, err})
			}
		}(w)
	}
	wg.Wait()
	r := stretch{elapsed: time.Since(start)}
	for _, rs := range results {
		r.recs = append(r.recs, rs...)
	}
	return r
}

// fill summarises the runs of a cell (one or more stretches of the same
// target and concurrency) into its statistics: throughput over their
// summed time, latencies over all their requests.
func (cell *Cell) fill(qs []Query, runs []stretch) {
	var all []time.Duration
	per := make([][]time.Duration, len(qs))
	perErr := make([]int, len(qs))
	errs := 0
	var elapsed time.Duration
	for _, r := range runs {
		elapsed += r.elapsed
		for _, x := range r.recs {
			if x.err != nil {
				errs++
				perErr[x.q]++
				if len(cell.Sample) < 5 {
					cell.Sample = append(cell.Sample, fmt.Sprintf("(%s) %v", qs[x.q].Name, x.err))
				}
				continue
			}
			all = append(all, x.lat)
			per[x.q] = append(per[x.q], x.lat)
		}
	}
	cell.Stats = summarise(all, errs, elapsed)
	cell.PerQ = map[string]Stats{}
	for i, q := range qs {
		cell.PerQ[q.Name] = summarise(per[i], perErr[i], elapsed)
	}
}

// graphqlTarget posts GraphQL requests to url; a response with errors, or
// without data, is an error.
func graphqlTarget(client *http.Client, url string, pick func(Query) (func(Params) (string, map[string]any), func(map[string]any) Answer)) func(context.Context, Query, Params) (Answer, error) {
	return func(ctx context.Context, q Query, p Params) (Answer, error) {
		build, answer := pick(q)
		query, vars := build(p)
		data, err := postGraphQL(ctx, client, url, query, vars)
		if err != nil {
			return Answer{}, err
		}
		return answer(data), nil
	}
}

func postGraphQL(ctx context.Context, client *http.Client, url, query string, vars map[string]any) (map[string]any, error) {
	status, raw, err := postJSON(ctx, client, url, map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	var r struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("HTTP %d: %.200s", status, raw)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	if status != http.StatusOK || r.Data == nil {
		return nil, fmt.Errorf("HTTP %d without data", status)
	}
	return r.Data, nil
}

// postJSON posts body as JSON to url and returns the status and the whole
// answer.
func postJSON(ctx context.Context, client *http.Client, url string, body any) (int, []byte, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return 0, nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp.StatusCode, raw, err
}

func schemaHas(ctx context.Context, client *http.Client, url, field string) (bool, error) {
	data, err := postGraphQL(ctx, client, url, `{ __type(name: "Query") { fields { name } } }`, nil)
	if err != nil {
		return false, err
	}
	for _, f := range list(obj(data, "__type")["fields"]) {
		if str(obj(f)["name"]) == field {
			return true, nil
		}
	}
	return false, nil
}

// paramSet holds the parameters drawn from the graph.
type paramSet struct {
	acts     []string
	meetings []meetingParam
	persons  []string
	searches [][2]string // words, Lucene query
}

type meetingParam struct {
	key       string
	hasAgenda bool
}

func (s *paramSet) pick(q string, rng *rand.Rand) Params {
	m := s.meetings[rng.IntN(len(s.meetings))]
	se := s.searches[rng.IntN(len(s.searches))]
	return Params{
		Act:              s.acts[rng.IntN(len(s.acts))],
		Meeting:          m.key,
		MeetingHasAgenda: m.hasAgenda,
		Person:           s.persons[rng.IntN(len(s.persons))],
		Search:           se[0],
		Lucene:           se[1],
	}
}

// drawParams draws the parameters from the data: acts that letters cite
// (each with a chance in proportion to nothing: popular and rare alike),
// meetings, persons who signed letters, and search words that find
// something.
func drawParams(ctx context.Context, d neo4j.DriverWithContext, db string) (*paramSet, error) {
	s := &paramSet{}
	rows, err := floorRows(ctx, d, db, `MATCH (a:LegalAct) WHERE EXISTS { (a)<-[:CITES]-(:Document {ingested: true}) } RETURN a.key AS k ORDER BY k`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		s.acts = append(s.acts, str(r["k"]))
	}
	rows, err = floorRows(ctx, d, db, `MATCH (m:CouncilMeeting) RETURN m.key AS k, EXISTS { (m)-[:HAS_ITEM]->() } AS items ORDER BY k`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		items, _ := r["items"].(bool)
		s.meetings = append(s.meetings, meetingParam{str(r["k"]), items})
	}
	rows, err = floorRows(ctx, d, db, `MATCH (p:Person) WHERE EXISTS { (p)-[:SIGNED]->(:Document {ingested: true}) } RETURN p.key AS k ORDER BY k`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		s.persons = append(s.persons, str(r["k"]))
	}
	for _, w := range []string{"terugkeer", "migratie", "Europol", "Frontex", "asiel", "Schengen", "mensenhandel", "bescherming",
		"Dublin", "witwassen", "Eurojust", "Opstelten", "Grapperhaus", "Roemenië", "verordening", "Coreper", "slachtoffers"} {
		lq := graph.LuceneQuery(w) // what jhagraph's search sends
		rows, err := floorRows(ctx, d, db, search, map[string]any{"q": lq, "first": int64(1)})
		if err != nil {
			return nil, err
		}
		if len(rows) > 0 {
			s.searches = append(s.searches, [2]string{w, lq})
		}
	}
	if len(s.acts) == 0 || len(s.meetings) == 0 || len(s.persons) == 0 || len(s.searches) == 0 {
		return nil, fmt.Errorf("the graph has no data to query (%d cited acts, %d meetings, %d signatories, %d search words)",
			len(s.acts), len(s.meetings), len(s.persons), len(s.searches))
	}
	return s, nil
}

func graphSize(ctx context.Context, d neo4j.DriverWithContext, db string) (map[string]int64, error) {
	out := map[string]int64{}
	rows, err := floorRows(ctx, d, db, `MATCH (n) RETURN head(labels(n)) AS l, count(*) AS c`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c, _ := r["c"].(int64)
		out[str(r["l"])] = c
	}
	rows, err = floorRows(ctx, d, db, `MATCH ()-[r]->() RETURN count(r) AS c`, nil)
	if err != nil {
		return nil, err
	}
	out["relationships"], _ = rows[0]["c"].(int64)
	return out, nil
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return time.Now().UTC().Format(time.TimeOnly) + " " + strings.Join(f[:3], " ")
}

func notes(hasTimeline bool) []string {
	n := []string{
		"All three targets read the same Neo4j and the same data, in the same run; only one target is loaded at a time. Clients run a closed loop cycling through queries a–e with parameters drawn at random from the graph; each cell has its own warm-up.",
		"req/s counts successful requests; a request with a GraphQL error, a transport error or an empty answer where the data has one is an error and is not counted.",
		"@neo4j/graphql: (a) documentsConnection with where {ingested, OR: [citesActs some, mentionsActs some]}, sort date DESC; (b) three root connections in one request (documents, council meetings whose agenda concerns the act, positions on the act), each sorted by date, first 20, merged client-side in jhagraph's timeline order; (c) councilMeetings(where: key) with agenda sorted and positionsConnection(first: 10); (d) people(where: key) with signedConnection(first: 20, sort) and citesConnection over a union LegalAct | Document; (e) a @cypher root field over the existing full-text index entity_search (the library's @fulltext generates one query per node type; jhagraph searches all kinds at once). Search words are turned into jhagraph's Lucene query by the client for the library and the floor.",
		"floor: one hand-written Cypher query per read (CALL subqueries, LIMIT inside), an auto-commit transaction in a read session on the named database, as jhagraph reads.",
	}
	if !hasTimeline {
		n = append(n, "jhagraph (b): the schema had no timeline field; it ran legalAct(ref:) { citedBy positions } instead.")
	}
	return n
}

// markdown renders the report as one table plus its notes.
func markdown(rep *Report, targets []Target, qs []Query, clients []int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n## jhagraph benchmark: %d letters (Neo4j %s, @neo4j/graphql %s, %s)\n\n", rep.Letters, rep.Versions["neo4j"], rep.Versions["@neo4j/graphql"], rep.Started.Format("2006-01-02 15:04 UTC"))
	if rep.Ingest != nil {
		fmt.Fprintf(&b, "Ingest, end to end (`jhagraph ingest`): %v letters, %.1f MB in %.1f s: **%.1f letters/s, %.3f MB/s** (%v workers, %v failed)\n\n",
			rep.Ingest["letters"], f(rep.Ingest["mb"]), f(rep.Ingest["seconds"]), f(rep.Ingest["letters_per_s"]), f(rep.Ingest["mb_per_s"]), rep.Ingest["workers"], rep.Ingest["failed"])
	}
	fmt.Fprintf(&b, "Graph: %d documents, %d legal acts, %d meetings, %d agenda items, %d positions, %d persons, %d relationships. Mix: (a) letters citing an act, (b) an act's timeline, (c) a meeting with its agenda and positions, (d) a person's letters with the acts they cite, (e) a search. %.0f s per cell after %.0f s warm-up (and every target ran the mix for as long before the first cell).\n\n",
		rep.Graph["Document"], rep.Graph["LegalAct"], rep.Graph["CouncilMeeting"], rep.Graph["AgendaItem"], rep.Graph["Position"], rep.Graph["Person"], rep.Graph["relationships"], rep.Seconds, rep.Warmup)
	b.WriteString("| target | clients | req/s | p50 ms | p99 ms | errors | p50 ms per query a / b / c / d / e |\n|---|---:|---:|---:|---:|---:|---|\n")
	cell := func(t string, c int) *Cell {
		for i := range rep.Cells {
			if rep.Cells[i].Target == t && rep.Cells[i].Clients == c {
				return &rep.Cells[i]
			}
		}
		return nil
	}
	for _, c := range clients {
		for _, t := range targets {
			x := cell(t.Name, c)
			if x == nil {
				continue
			}
			var per []string
			for _, q := range qs {
				st, ok := x.PerQ[q.Name]
				if !ok || st.Requests == 0 {
					per = append(per, "–") // no request of this query succeeded
					continue
				}
				per = append(per, fmt.Sprintf("%.1f", st.P50))
			}
			fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f | %.1f | %d | %s |\n", t.Name, c, x.Stats.RPS, x.Stats.P50, x.Stats.P99, x.Stats.Errors, strings.Join(per, " / "))
		}
	}
	j, l, fl := "jhagraph", "@neo4j/graphql", "floor (Cypher, Go driver)"
	for _, c := range clients {
		if x, y := cell(j, c), cell(l, c); x != nil && y != nil {
			fmt.Fprintf(&b, "| **jhagraph ÷ @neo4j/graphql** | %d | **%.2f×** | %.2f× | %.2f× | | |\n", c, ratio(x.Stats.RPS, y.Stats.RPS), ratio(x.Stats.P50, y.Stats.P50), ratio(x.Stats.P99, y.Stats.P99))
		}
	}
	for _, c := range clients {
		if x, y := cell(j, c), cell(fl, c); x != nil && y != nil {
			fmt.Fprintf(&b, "| **jhagraph ÷ floor** | %d | %.2f× | **%.2f×** | %.2f× | | |\n", c, ratio(x.Stats.RPS, y.Stats.RPS), ratio(x.Stats.P50, y.Stats.P50), ratio(x.Stats.P99, y.Stats.P99))
		}
	}
	b.WriteString("\n")
	maxC := clients[len(clients)-1]
	if x, y := cell(j, maxC), cell(l, maxC); x != nil && y != nil {
		r := ratio(x.Stats.RPS, y.Stats.RPS)
		fmt.Fprintf(&b, "- Goal 1, at least 2× the library's throughput at %d clients: %.2f× — %s\n", maxC, r, passFail(r >= 2))
	}
	for _, c := range clients {
		if x, y := cell(j, c), cell(fl, c); x != nil && y != nil {
			r := ratio(x.Stats.P50, y.Stats.P50)
			fmt.Fprintf(&b, "- Goal 2, p50 within 1.3× the floor at %d clients: %.2f× — %s\n", c, r, passFail(r <= 1.3))
		}
	}
	var eq []string
	for _, q := range qs {
		eq = append(eq, q.Name+": "+rep.Equivalence[q.Name])
	}
	sort.Strings(eq)
	fmt.Fprintf(&b, "- Same answers: %s.\n", strings.Join(eq, "; "))
	fmt.Fprintf(&b, "- Machine: %d cores; load average (1/5/15 min) at start and end: %s.\n", runtime.NumCPU(), strings.Join(rep.Load, " → "))
	for _, n := range rep.Notes {
		fmt.Fprintf(&b, "- %s\n", n)
	}
	for _, c := range rep.Cells {
		seen := map[string]bool{}
		for _, s := range c.Sample {
			if !seen[s] {
				seen[s] = true
				fmt.Fprintf(&b, "- errors, %s at %d clients (%d in all), e.g.: %.300s\n", c.Target, c.Clients, c.Stats.Errors, s)
			}
		}
	}
	return b.String()
}

func passFail(ok bool) string {
	if ok {
		return "met"
	}
	return "**not met**"
}

func f(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int:
		return float64(x)
	}
	return 0
}
