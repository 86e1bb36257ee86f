// Command writefloor is the floor of the write path in `make bench`: it
// extracts the graphs of the bench letters first, outside the timing
// (ingest.Load, graph.PlanWriteRows: the very rows jhagraph's Store writes),
// then writes them with one transaction per --batch letters (default 1,000),
// one UNWIND statement per label and per relation type between two labels,
// and reports letters per second as JSON. `jhagraph ingest` is measured
// against it.
//
//	writefloor [--batch 1000] [--neo4j-pid PID] [--out FILE] DIR...
//	writefloor check FILE    count the graph now (after `jhagraph ingest`
//	                         into a wiped graph) and add the counts to FILE,
//	                         with whether they equal the floor's
//
// Neo4j from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. The
// graph should be empty but for its indexes (loadgen wipe) before a run.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/bench/proccpu"
	"jhagraph/graph"
	"jhagraph/ingest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	if len(os.Args) > 1 && os.Args[1] == "check" {
		if len(os.Args) != 3 {
			err = errors.New("usage: writefloor check FILE")
		} else {
			err = check(ctx, os.Args[2])
		}
	} else {
		err = run(ctx, os.Args[1:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "writefloor:", err)
		os.Exit(1)
	}
}

// Result is what writefloor reports (and check completes).
type Result struct {
	Letters       int     `json:"letters"`
	Failed        int     `json:"failed"`
	MB            float64 `json:"mb"`
	Batch         int     `json:"batch"`
	Transactions  int     `json:"transactions"`
	Statements    int     `json:"statements"`
	Seconds       float64 `json:"seconds"`
	LettersPerS   float64 `json:"letters_per_s"`
	MBPerS        float64 `json:"mb_per_s"`
	NodesCreated  int     `json:"nodes_created"`
	RelsCreated   int     `json:"relationships_created"`
	LoadSeconds   float64 `json:"extract_seconds"`
	LoadLettersPS float64 `json:"extract_letters_per_s"`
	LoadWorkers   int     `json:"extract_workers"`
	CPUSelfMS     float64 `json:"writefloor_cpu_ms_per_letter"`
	CPUNeo4jMS    float64 `json:"neo4j_cpu_ms_per_letter,omitempty"`
	// StatementSeconds is the time spent in the statements writing
	// documents, each kind of entity and each relation type.
	StatementSeconds map[string]float64 `json:"statement_seconds"`
	Counts           Counts             `json:"counts"`
	IngestCounts     Counts             `json:"ingest_counts,omitempty"`
	SameCounts       *bool              `json:"same_counts,omitempty"`
	CountsDiffer     string             `json:"counts_differ,omitempty"`
	Load             string             `json:"load_average"`
	FailedExamples   string             `json:"failed_examples,omitempty"`
}

// Counts are nodes per label, relationships per type, and ingested
// documents.
type Counts map[string]int64

func config() graph.Config { return graph.ConfigFromEnv(os.Getenv) }

func openDriver(ctx context.Context) (neo4j.DriverWithContext, string, error) {
	cfg := config()
	if cfg.URI == "" {
		return nil, "", errors.New("NEO4J_URI is not set")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return nil, "", err
	}
	db := cfg.Database
	if db == "" {
		res, err := neo4j.ExecuteQuery(ctx, d, "CALL db.info() YIELD name RETURN name", nil, neo4j.EagerResultTransformer)
		if err != nil {
			d.Close(ctx)
			return nil, "", err
		}
		db, _ = res.Records[0].Values[0].(string)
	}
	return d, db, nil
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("writefloor", flag.ContinueOnError)
	batch := fs.Int("batch", 1000, "letters per transaction")
	neo4jPID := fs.Int("neo4j-pid", 0, "pid of the Neo4j process, for its CPU time per letter")
	out := fs.String("out", "", "write the JSON result to this file (default stdout)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 || *batch < 1 {
		return errors.New("usage: writefloor [--batch N] [--neo4j-pid PID] [--out FILE] DIR...")
	}

	// Untimed: the schema and reference data (which `jhagraph ingest`
	// sets up inside its timing: a second or two), and the extraction.
	st, err := graph.Open(ctx, config())
	if err != nil {
		return err
	}
	if err := st.Setup(ctx); err == nil {
		err = st.Seed(ctx, ingest.ReferenceEntities())
	}
	st.Close(context.Background())
	if err != nil {
		return err
	}
	files, err := ingest.Files(fs.Args())
	if err != nil {
		return err
	}
	res := Result{Batch: *batch, LoadWorkers: runtime.NumCPU(), StatementSeconds: map[string]float64{}}
	t0 := time.Now()
	rows, failed, bytes := load(files, res.LoadWorkers)
	res.LoadSeconds = time.Since(t0).Seconds()
	res.Letters, res.Failed, res.MB = len(rows), len(failed), float64(bytes)/1e6
	res.LoadLettersPS = float64(len(files)) / res.LoadSeconds
	if len(failed) > 0 {
		res.FailedExamples = strings.Join(failed[:min(3, len(failed))], "; ")
	}
	fmt.Fprintf(os.Stderr, "writefloor: extracted %d letters in %.1f s (%d failed); writing them %d per transaction\n",
		len(rows), res.LoadSeconds, len(failed), *batch)

	d, db, err := openDriver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())

	// Neo4j plans a statement the first time it sees its text; at 1,000
	// letters per transaction a run has few transactions, so the floor's
	// statements are planned first, untimed, with no rows.
	if len(rows) > 0 {
		warm := statements(rows[:min(*batch, len(rows))])
		for i := range warm {
			warm[i].rows = []map[string]any{}
		}
		if _, _, err := write(ctx, d, db, warm, map[string]float64{}); err != nil {
			return fmt.Errorf("planning the statements: %w", err)
		}
	}
	selfBefore, _ := proccpu.Used(0)
	var neoBefore time.Duration
	if *neo4jPID > 0 {
		if neoBefore, err = proccpu.Used(*neo4jPID); err != nil {
			return err
		}
	}
	start := time.Now()
	for i := 0; i < len(rows); i += *batch {
		stmts := statements(rows[i:min(i+*batch, len(rows))])
		nodes, rels, err := write(ctx, d, db, stmts, res.StatementSeconds)
		if err != nil {
			return fmt.Errorf("letters %d-%d: %w", i+1, min(i+*batch, len(rows)), err)
		}
		res.Transactions++
		res.Statements += len(stmts)
		res.NodesCreated += nodes
		res.RelsCreated += rels
	}
	res.Seconds = time.Since(start).Seconds()
	selfAfter, _ := proccpu.Used(0)
	res.LettersPerS = float64(len(rows)) / res.Seconds
	res.MBPerS = res.MB / res.Seconds
	if len(rows) > 0 {
		res.CPUSelfMS = ms(selfAfter-selfBefore) / float64(len(rows))
		if *neo4jPID > 0 {
			neoAfter, err := proccpu.Used(*neo4jPID)
			if err != nil {
				return err
			}
			res.CPUNeo4jMS = ms(neoAfter-neoBefore) / float64(len(rows))
		}
	}
	if res.Counts, err = count(ctx, d, db); err != nil {
		return err
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		res.Load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	fmt.Fprintf(os.Stderr, "writefloor: wrote %d letters in %.1f s: %.1f letters/s (%d transactions, %d statements, %d nodes and %d relationships created)\n",
		res.Letters, res.Seconds, res.LettersPerS, res.Transactions, res.Statements, res.NodesCreated, res.RelsCreated)
	return save(res, *out)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func save(res Result, out string) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if out == "" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// load extracts every letter with workers goroutines and plans its rows, in
// file order. Letters that fail (as `jhagraph ingest` would report them)
// are left out and named.
func load(files []string, workers int) (rows []graph.WriteRows, failed []string, bytes int64) {
	type one struct {
		rows graph.WriteRows
		size int64
		err  error
	}
	all := make([]one, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				g, err := ingest.Load(files[i])
				if err == nil {
					all[i].rows, err = graph.PlanWriteRows(g)
				}
				if fi, e := os.Stat(files[i]); e == nil {
					all[i].size = fi.Size()
				}
				all[i].err = err
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, o := range all {
		if o.err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", files[i], o.err))
			continue
		}
		rows = append(rows, o.rows)
		bytes += o.size
	}
	return rows, failed, bytes
}

// statement is one UNWIND statement of a batch.
type statement struct {
	name  string // what it writes, for the time per statement
	query string
	rows  []map[string]any
}

// statements turns the rows of a batch of letters into UNWIND statements:
// the documents, then the entities of each kind (merged on their keys as
// the Store merges them), then the relations of each type between two
// labels (created, as the Store creates them, between nodes found by key).
// Rows stay in letter order, so a later letter's properties win as they do
// when the Store writes letter by letter.
func statements(batch []graph.WriteRows) []statement {
	var docs []map[string]any
	ents := map[graph.Kind][]map[string]any{}
	type relKey struct{ typ, from, to string }
	rels := map[relKey][]map[string]any{}
	var relOrder []relKey
	for _, w := range batch {
		docs = append(docs, map[string]any{"key": w.Key, "props": w.Document})
		for _, k := range graph.Kinds {
			ents[k] = append(ents[k], w.Entities[k]...)
		}
		for _, r := range w.Relations {
			k := relKey{r["type"].(string), r["fk"].(string), r["tk"].(string)}
			if _, ok := rels[k]; !ok {
				relOrder = append(relOrder, k)
			}
			rels[k] = append(rels[k], map[string]any{"from": r["from"], "to": r["to"], "props": r["props"]})
		}
	}
	out := []statement{{"documents", "UNWIND $rows AS row MERGE (d:Document {key: row.key}) SET d = row.props", docs}}
	for _, k := range graph.Kinds {
		if len(ents[k]) == 0 {
			continue
		}
		q := "UNWIND $rows AS row MERGE (n:" + string(k) + " {key: row.key}) SET n += row.props"
		if k == graph.KindDocument {
			q = "UNWIND $rows AS row MERGE (n:Document {key: row.key}) ON CREATE SET n += row.props, n.ingested = false"
		}
		out = append(out, statement{string(k), q, ents[k]})
	}
	sort.Slice(relOrder, func(i, j int) bool {
		a, b := relOrder[i], relOrder[j]
		return a.typ+"|"+a.from+"|"+a.to < b.typ+"|"+b.from+"|"+b.to
	})
	for _, k := range relOrder {
		out = append(out, statement{k.typ, "UNWIND $rows AS row MATCH (a:" + k.from + " {key: row.from}) MATCH (b:" + k.to +
			" {key: row.to}) CREATE (a)-[r:" + k.typ + "]->(b) SET r = row.props", rels[k]})
	}
	return out
}

// write runs a batch's statements in one write transaction and adds the
// seconds each took to took (by name).
func write(ctx context.Context, d neo4j.DriverWithContext, db string, stmts []statement, took map[string]float64) (nodes, rels int, err error) {
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	_, err = s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		nodes, rels = 0, 0
		for _, st := range stmts {
			t0 := time.Now()
			res, err := tx.Run(ctx, st.query, map[string]any{"rows": st.rows})
			if err != nil {
				return nil, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			took[st.name] += time.Since(t0).Seconds()
			nodes += sum.Counters().NodesCreated()
			rels += sum.Counters().RelationshipsCreated()
		}
		return nil, nil
	}, neo4j.WithTxTimeout(30*time.Minute))
	return nodes, rels, err
}

// count counts nodes per kind, relationships per type and ingested
// documents (each from Neo4j's count store or an index, so it is quick).
func count(ctx context.Context, d neo4j.DriverWithContext, db string) (Counts, error) {
	c := Counts{}
	one := func(name, q string) error {
		res, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			return err
		}
		c[name], _ = res.Records[0].Values[0].(int64)
		return nil
	}
	for _, k := range graph.Kinds {
		if err := one(string(k), "MATCH (n:"+string(k)+") RETURN count(n)"); err != nil {
			return nil, err
		}
	}
	for _, t := range graph.RelTypes {
		if err := one(string(t), "MATCH ()-[r:"+string(t)+"]->() RETURN count(r)"); err != nil {
			return nil, err
		}
	}
	if err := one("ingested documents", "MATCH (n:Document) WHERE n.ingested = true RETURN count(n)"); err != nil {
		return nil, err
	}
	return c, nil
}

// check counts the graph as it is now and records in file whether the
// counts equal the floor's.
func check(ctx context.Context, file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var res Result
	if err := json.Unmarshal(b, &res); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	d, db, err := openDriver(ctx)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	if res.IngestCounts, err = count(ctx, d, db); err != nil {
		return err
	}
	var diff []string
	names := map[string]bool{}
	for k := range res.Counts {
		names[k] = true
	}
	for k := range res.IngestCounts {
		names[k] = true
	}
	for k := range names {
		if res.Counts[k] != res.IngestCounts[k] {
			diff = append(diff, fmt.Sprintf("%s %d (floor) vs %d (ingest)", k, res.Counts[k], res.IngestCounts[k]))
		}
	}
	sort.Strings(diff)
	same := len(diff) == 0
	res.SameCounts, res.CountsDiffer = &same, strings.Join(diff, "; ")
	if same {
		fmt.Fprintln(os.Stderr, "writefloor: the ingested graph has the floor's counts of nodes per label and relationships per type")
	} else {
		fmt.Fprintln(os.Stderr, "writefloor: the ingested graph differs from the floor's:", res.CountsDiffer)
	}
	return save(res, file)
}
