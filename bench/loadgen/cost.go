package main

// Cost per request (issue 14): the CPU each process spends per request in
// every cell, and a second floor that replays the exact Cypher jhagraph
// sends for each request, so that the query plans and the GraphQL tier's
// own cost are measured apart. The write path's floor (bench/writefloor) is
// reported here too.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/bench/proccpu"
	"jhagraph/graph"
)

const sameCypherName = "same Cypher as jhagraph (Go driver)"

// costOptions are the flags of the cost measurement.
type costOptions struct {
	jhagraphPID, libraryPID, neo4jPID int
	recordURL, recordFile             string
	writeFloor                        string
}

func costFlags() *costOptions {
	o := &costOptions{}
	flag.IntVar(&o.jhagraphPID, "jhagraph-pid", 0, "pid of the jhagraph server, for its CPU per request")
	flag.IntVar(&o.libraryPID, "library-pid", 0, "pid of the @neo4j/graphql server (node), for its CPU per request")
	flag.IntVar(&o.neo4jPID, "neo4j-pid", 0, "pid of Neo4j, for its CPU per request")
	flag.StringVar(&o.recordURL, "record-jhagraph", "", "GraphQL endpoint of a jhagraph serving with --record-cypher (for the same-Cypher floor)")
	flag.StringVar(&o.recordFile, "record-file", "", "the file that jhagraph records to")
	flag.StringVar(&o.writeFloor, "writefloor", "", "JSON result of bench/writefloor to include")
	return o
}

// cpuSnap is the CPU time used so far by the processes of a cell.
type cpuSnap map[string]time.Duration

// snapshot reads the CPU time of the server that target t measures
// (jhagraph or node), of Neo4j and of this process. A process that cannot
// be read is left out.
func (o *costOptions) snapshot(t Target) cpuSnap {
	s := cpuSnap{}
	read := func(name string, pid int) {
		if pid <= 0 && name != "loadgen" {
			return
		}
		if d, err := proccpu.Used(pid); err == nil {
			s[name] = d
		}
	}
	switch t.Name {
	case "jhagraph":
		read("server", o.jhagraphPID)
	case "@neo4j/graphql":
		read("server", o.libraryPID)
	}
	read("neo4j", o.neo4jPID)
	read("loadgen", 0)
	return s
}

// add returns s plus the CPU each process used between before and after,
// for summing a cell measured in stretches (s is nil before the first). A
// process that a snapshot of any stretch lacks is left out.
func (s cpuSnap) add(before, after cpuSnap) cpuSnap {
	out := cpuSnap{}
	for k, b := range before {
		a, ok := after[k]
		if !ok {
			continue
		}
		if prev, had := s[k]; had || s == nil {
			out[k] = prev + a - b
		}
	}
	return out
}

// perRequest is the CPU milliseconds per completed request (answered or
// failed) between two snapshots; with before nil, after is the CPU used
// (summed by add).
func perRequest(before, after cpuSnap, requests int) map[string]float64 {
	out := map[string]float64{}
	if requests == 0 {
		return out
	}
	for k, a := range after {
		if b, ok := before[k]; ok || before == nil {
			out[k] = float64(a-b) / float64(time.Millisecond) / float64(requests)
		}
	}
	return out
}

// paramKey is what a request's statements depend on among its parameters:
// the act of (a) and (b), the meeting of (c), the person of (d), the words
// of (e).
func paramKey(q string, p Params) string {
	switch q {
	case "a", "b":
		return p.Act
	case "c":
		return p.Meeting
	case "d":
		return p.Person
	}
	return p.Search
}

// everyParam lists one Params per value that paramKey(q) can take.
func (s *paramSet) everyParam(q string) []Params {
	base := Params{Act: s.acts[0], Meeting: s.meetings[0].key, MeetingHasAgenda: s.meetings[0].hasAgenda,
		Person: s.persons[0], Search: s.searches[0][0], Lucene: s.searches[0][1]}
	var out []Params
	switch q {
	case "a", "b":
		for _, a := range s.acts {
			p := base
			p.Act = a
			out = append(out, p)
		}
	case "c":
		for _, m := range s.meetings {
			p := base
			p.Meeting, p.MeetingHasAgenda = m.key, m.hasAgenda
			out = append(out, p)
		}
	case "d":
		for _, x := range s.persons {
			p := base
			p.Person = x
			out = append(out, p)
		}
	default:
		for _, x := range s.searches {
			p := base
			p.Search, p.Lucene = x[0], x[1]
			out = append(out, p)
		}
	}
	return out
}

// replayStatement is one statement jhagraph sent, with the number of
// records it returned when it was captured.
type replayStatement struct {
	graph.Recorded
	records int
}

// captured holds, per query and paramKey, the statements of one request.
type captured map[string]map[string][]replayStatement

// capture sends every request the mix can make (each query with each of
// its parameter values) to a jhagraph that records its statements, one
// request at a time, and keeps the statements each request ran; then runs
// each once through the driver to learn how many records it returns.
func capture(ctx context.Context, client *http.Client, url, file string, qs []Query, ps *paramSet,
	d neo4j.DriverWithContext, db string) (captured, map[string]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var off int64
	if off, err = f.Seek(0, io.SeekEnd); err != nil {
		return nil, nil, err
	}
	c := captured{}
	summary := map[string]string{}
	for _, q := range qs {
		c[q.Name] = map[string][]replayStatement{}
		lo, hi, total := 1<<30, 0, 0
		for _, p := range ps.everyParam(q.Name) {
			query, vars := q.Jhagraph(p)
			if _, err := postGraphQL(ctx, client, url, query, vars); err != nil {
				return nil, nil, fmt.Errorf("(%s) %+v: %w", q.Name, p, err)
			}
			end, err := f.Seek(0, io.SeekEnd)
			if err != nil {
				return nil, nil, err
			}
			buf := make([]byte, end-off)
			if _, err := f.ReadAt(buf, off); err != nil {
				return nil, nil, err
			}
			off = end
			recs, err := graph.ReadRecorded(bytes.NewReader(buf))
			if err != nil {
				return nil, nil, err
			}
			if len(recs) == 0 {
				return nil, nil, fmt.Errorf("(%s) %+v: jhagraph recorded no statement (is it serving with --record-cypher %s?)", q.Name, p, file)
			}
			var stmts []replayStatement
			for _, r := range recs {
				rows, err := floorRows(ctx, d, db, r.Query, r.Params)
				if err != nil {
					return nil, nil, fmt.Errorf("(%s) replaying %.80q: %w", q.Name, r.Query, err)
				}
				stmts = append(stmts, replayStatement{r, len(rows)})
			}
			c[q.Name][paramKey(q.Name, p)] = stmts
			lo, hi, total = min(lo, len(stmts)), max(hi, len(stmts)), total+len(stmts)
		}
		n := len(c[q.Name])
		summary[q.Name] = fmt.Sprintf("%d requests captured, %d–%d statements each (%.2f on average)", n, lo, hi, float64(total)/float64(n))
	}
	return c, summary, nil
}

// sameCypherTarget replays the statements jhagraph ran for a request, one
// after the other, through the driver as jhagraph's store reads (an
// auto-commit transaction per statement in a read session). A statement
// that returns another number of records than when it was captured is an
// error, since the graph does not change during the benchmark.
func sameCypherTarget(c captured, d neo4j.DriverWithContext, db string) Target {
	return Target{Name: sameCypherName, replay: true, do: func(ctx context.Context, q Query, p Params) (Answer, error) {
		stmts, ok := c[q.Name][paramKey(q.Name, p)]
		if !ok {
			return Answer{}, fmt.Errorf("no statements captured for %+v", p)
		}
		for _, s := range stmts {
			rows, err := floorRows(ctx, d, db, s.Query, s.Params)
			if err != nil {
				return Answer{}, err
			}
			if len(rows) != s.records {
				return Answer{}, fmt.Errorf("replayed statement returned %d records, %d when captured", len(rows), s.records)
			}
		}
		return Answer{}, nil
	}}
}

// readJSON reads a JSON object from a file.
func readJSON(name string) (map[string]any, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// costMarkdown renders the cost per request of every cell, jhagraph against
// the same-Cypher floor, issue 14's goals, and the write path.
func costMarkdown(rep *Report, targets []Target, clients []int) string {
	var b strings.Builder
	cell := func(t string, c int) *Cell {
		for i := range rep.Cells {
			if rep.Cells[i].Target == t && rep.Cells[i].Clients == c {
				return &rep.Cells[i]
			}
		}
		return nil
	}
	cpu := func(x *Cell, k string) string {
		if v, ok := x.CPU[k]; ok {
			return fmt.Sprintf("%.2f", v)
		}
		return "–"
	}
	b.WriteString("\n### Cost per request, and the same Cypher as jhagraph through the driver\n\n")
	b.WriteString("| target | clients | req/s | p50 ms | p99 ms | server CPU ms/req | Neo4j CPU ms/req | loadgen CPU ms/req |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range clients {
		for _, t := range targets {
			x := cell(t.Name, c)
			if x == nil {
				continue
			}
			fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f | %.1f | %s | %s | %s |\n", t.Name, c, x.Stats.RPS, x.Stats.P50, x.Stats.P99,
				cpu(x, "server"), cpu(x, "neo4j"), cpu(x, "loadgen"))
		}
	}
	for _, c := range clients {
		x, y := cell("jhagraph", c), cell(sameCypherName, c)
		if x == nil || y == nil {
			continue
		}
		fmt.Fprintf(&b, "| **jhagraph ÷ same Cypher** | %d | %.2f× | **%.2f×** | %.2f× | | %.2f× | |\n", c,
			ratio(x.Stats.RPS, y.Stats.RPS), ratio(x.Stats.P50, y.Stats.P50), ratio(x.Stats.P99, y.Stats.P99), ratio(x.CPU["neo4j"], y.CPU["neo4j"]))
	}
	for _, c := range clients {
		x, y, h := cell("jhagraph", c), cell(sameCypherName, c), cell(httpCypherName, c)
		if h == nil || y == nil {
			continue
		}
		fmt.Fprintf(&b, "| **same Cypher over HTTP ÷ same Cypher** | %d | %.2f× | **%.2f×** | %.2f× | | %.2f× | |\n", c,
			ratio(h.Stats.RPS, y.Stats.RPS), ratio(h.Stats.P50, y.Stats.P50), ratio(h.Stats.P99, y.Stats.P99), ratio(h.CPU["neo4j"], y.CPU["neo4j"]))
		if x != nil {
			fmt.Fprintf(&b, "| **jhagraph ÷ same Cypher over HTTP** | %d | %.2f× | **%.2f×** | %.2f× | | %.2f× | |\n", c,
				ratio(x.Stats.RPS, h.Stats.RPS), ratio(x.Stats.P50, h.Stats.P50), ratio(x.Stats.P99, h.Stats.P99), ratio(x.CPU["neo4j"], h.CPU["neo4j"]))
		}
	}
	b.WriteString("\n")
	for _, c := range clients {
		if x := cell("jhagraph", c); x != nil && c == 8 {
			if v, ok := x.CPU["server"]; ok {
				fmt.Fprintf(&b, "- Issue 14, jhagraph's CPU per request at 8 clients ≤ 1.5 ms: %.2f ms — %s\n", v, passFail(v <= 1.5))
			}
		}
	}
	for _, c := range clients {
		if x, y := cell("jhagraph", c), cell(sameCypherName, c); x != nil && y != nil {
			r := ratio(x.Stats.P50, y.Stats.P50)
			fmt.Fprintf(&b, "- Issue 14, p50 ≤ 1.3× the same-Cypher floor at %d clients: %.2f× — %s\n", c, r, passFail(r <= 1.3))
		}
	}
	if len(rep.SameCypher) > 0 {
		var s []string
		for _, q := range []string{"a", "b", "c", "d", "e"} {
			if v, ok := rep.SameCypher[q]; ok {
				s = append(s, q+": "+v)
			}
		}
		fmt.Fprintf(&b, "- Same-Cypher floor: every request the mix can make was sent once to a jhagraph serving with `--record-cypher`, and the statements it ran are replayed in order, each an auto-commit read as the store runs it, with the same clients and measurement as the other targets (%s). A replayed statement must return as many records as when captured. jhagraph and this floor are each measured in two halves of the cell's seconds, in the order jhagraph, same Cypher, same Cypher, jhagraph (each half after its own warm-up), so that what drifts meanwhile (Neo4j's JIT after a start, the machine's load) falls on both alike.\n", strings.Join(s, "; "))
	}
	if cell(httpCypherName, clients[0]) != nil {
		b.WriteString("- Same Cypher over HTTP, no GraphQL: the same captured statements, replayed by a plain HTTP server inside loadgen that writes every record as JSON; the client posts the request and decodes the whole answer, as it does jhagraph's. It is what any HTTP API pays on top of the same-Cypher floor before a GraphQL tier adds anything; its server CPU is in loadgen's column. Measured in the same forth-and-back halves (jhagraph, same Cypher, over HTTP, over HTTP, same Cypher, jhagraph).\n")
	}
	b.WriteString("- CPU: user + system time from /proc/<pid>/stat (10 ms ticks) over each measured cell, divided by the requests completed in it. Server: jhagraph's process in its cells, the library's node process in its cells, none for the floors, whose driver runs in loadgen (the last column: for the floors, their client's own cost). Neo4j's figure includes its background work. The machine's other load is not in these figures but slows all of them.\n")
	if w := rep.WriteFloor; w != nil {
		in := rep.Ingest
		fmt.Fprintf(&b, "\n### Write path\n\n| writer | letters | seconds | letters/s | MB/s | Neo4j CPU ms/letter | writer CPU ms/letter |\n|---|---:|---:|---:|---:|---:|---:|\n")
		if in != nil {
			fmt.Fprintf(&b, "| `jhagraph ingest` (%v workers, extraction included) | %v | %.1f | %.1f | %.3f | %s | %s |\n", in["workers"], in["letters"], f(in["seconds"]),
				f(in["letters_per_s"]), f(in["mb_per_s"]), optMS(in["neo4j_cpu_ms_per_letter"]), optMS(in["ingest_cpu_ms_per_letter"]))
		}
		fmt.Fprintf(&b, "| floor (UNWIND, %v letters per transaction, extracted beforehand) | %v | %.1f | %.1f | %.3f | %s | %s |\n", w["batch"], w["letters"], f(w["seconds"]),
			f(w["letters_per_s"]), f(w["mb_per_s"]), optMS(w["neo4j_cpu_ms_per_letter"]), optMS(w["writefloor_cpu_ms_per_letter"]))
		if in != nil {
			r := ratio(f(in["letters_per_s"]), f(w["letters_per_s"]))
			fmt.Fprintf(&b, "| **ingest ÷ floor** | | | **%.2f×** | | | |\n\n- Issue 14, ingest at least 0.5× the floor's letters per second: %.2f× — %s\n", r, r, passFail(r >= 0.5))
		}
		fmt.Fprintf(&b, "- The floor's extraction alone (ingest.Load and graph.PlanWriteRows, %v goroutines, untimed): %.1f letters/s. Its statements: one MERGE per label and one MATCH…CREATE per relation type between two labels, %v in %v transactions, planned once beforehand with no rows.\n",
			w["extract_workers"], f(w["extract_letters_per_s"]), w["statements"], w["transactions"])
		if same, ok := w["same_counts"].(bool); ok {
			if same {
				b.WriteString("- The ingested graph and the floor's have the same number of nodes of every label and relationships of every type.\n")
			} else {
				fmt.Fprintf(&b, "- **The ingested graph differs from the floor's**: %v\n", w["counts_differ"])
			}
		}
	}
	return b.String()
}

func optMS(v any) string {
	if x, ok := v.(float64); ok {
		return fmt.Sprintf("%.1f", x)
	}
	return "–"
}

var errNoRecording = errors.New("no --record-jhagraph and --record-file: the same-Cypher floor is not measured")
