package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// soak is `loadgen soak` (bench/soak.sh): valid traffic (the benchmark's
// mix) from normal clients, measured once alone and once beside abusers
// that send, over and over, the most expensive requests jhagraph's limits
// let through. Each client connects from an address of its own
// (127.0.0.N), so that the server's per-client limits see sixteen clients,
// as they would see sixteen machines. It prints the throughput and latency
// of the valid traffic in both phases, what became of the abusers'
// requests, and the server's memory (VmRSS, VmHWM of --pid) before and
// after, as text and as JSON (--out).
func soak(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	jURL := fs.String("jhagraph", "", "jhagraph GraphQL endpoint on 127.0.0.1")
	clients := fs.Int("clients", 16, "clients in all, abusers included")
	abusers := fs.Int("abusers", 4, "clients that send the most expensive requests")
	seconds := fs.Float64("seconds", 60, "seconds per phase")
	warmup := fs.Float64("warmup", 10, "warm-up seconds before the first phase")
	pid := fs.Int("pid", 0, "the server's process id, for its memory")
	out := fs.String("out", "", "file for the JSON report")
	if err := fs.Parse(args); err != nil {
		return err
	}
	u, err := url.Parse(*jURL)
	if err != nil || u.Hostname() != "127.0.0.1" {
		return fmt.Errorf("--jhagraph must be an http://127.0.0.1:PORT/graphql address (each client connects from a loopback address of its own), got %q", *jURL)
	}
	if *abusers >= *clients {
		return errors.New("--abusers must be fewer than --clients")
	}
	driver, db, err := openNeo4j(ctx)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	params, err := drawParams(ctx, driver, db)
	if err != nil {
		return err
	}
	abuse, err := abuseRequests(ctx, driver, db)
	if err != nil {
		return err
	}
	probe := loopbackClient(2)
	hasTimeline, err := schemaHas(ctx, probe, *jURL, "timeline")
	if err != nil {
		return err
	}
	qs := mix(hasTimeline)
	normal := *clients - *abusers

	rep := soakReport{Clients: *clients, Abusers: *abusers, Seconds: *seconds, Memory: map[string]memory{}}
	rep.Memory["start"] = readMemory(*pid)
	fmt.Fprintf(os.Stderr, "loadgen soak: warming up for %.0fs\n", *warmup)
	runPhase(ctx, *jURL, qs, params, normal, 0, nil, secs(*warmup))
	fmt.Fprintf(os.Stderr, "loadgen soak: %d valid clients alone for %.0fs\n", normal, *seconds)
	rep.Alone = runPhase(ctx, *jURL, qs, params, normal, 0, nil, secs(*seconds))
	rep.Memory["after valid traffic alone"] = readMemory(*pid)
	fmt.Fprintf(os.Stderr, "loadgen soak: %d valid clients beside %d abusers for %.0fs\n", normal, *abusers, *seconds)
	rep.Abused = runPhase(ctx, *jURL, qs, params, normal, *abusers, abuse, secs(*seconds))
	rep.Memory["after the abusers"] = readMemory(*pid)
	if ctx.Err() != nil {
		return ctx.Err()
	}

	fmt.Print(rep.text())
	if *out != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(os.Stderr, "loadgen soak: wrote", *out)
	}
	return nil
}

// abuse is one expensive request.
type abuse struct {
	Name  string
	Query string
	Vars  map[string]any
}

// abuseRequests are the most expensive requests within jhagraph's default
// limits, on the graph at hand: a list argument at its maximum beside the
// most cited act, the count of the longest timeline, texts up to the
// complexity limit, a page of 100 with a count of relations each, and a
// search of the most words allowed.
func abuseRequests(ctx context.Context, d neo4j.DriverWithContext, db string) ([]abuse, error) {
	rows, err := floorRows(ctx, d, db, `MATCH (a:LegalAct)<-[:CITES|MENTIONS]-(d:Document) WHERE d.ingested = true
		RETURN a.key AS k, count(d) AS n ORDER BY n DESC, k LIMIT 101`, nil)
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, errors.New("the graph has too few cited acts to abuse")
	}
	top := str(rows[0]["k"])
	var others []string
	for _, r := range rows[1:] {
		others = append(others, str(r["k"]))
	}
	for i := 0; len(others) < 100; i++ {
		others = append(others, fmt.Sprintf("kst-99999-%d", i))
	}
	rows, err = floorRows(ctx, d, db, `MATCH (c:Country) RETURN c.key AS k, COUNT { (c)--() } AS n ORDER BY n DESC, k LIMIT 1`, nil)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("no country to abuse: %v", err)
	}
	country := "country:" + str(rows[0]["k"])
	rows, err = floorRows(ctx, d, db, `MATCH (d:Document) WHERE d.ingested = true RETURN d.key AS k ORDER BY size(d.text) DESC LIMIT 1`, nil)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("no document to abuse: %v", err)
	}
	doc := str(rows[0]["k"])
	texts := "query($d: ID!) {"
	for i := range 4 { // 4 x 1,000 of the complexity limit of 5,000
		texts += fmt.Sprintf(" t%d: document(id: $d) { text }", i)
	}
	texts += " }"
	words := strings.Repeat("asiel migratie terugkeer Europol ", 8) // 32 words, the most allowed
	return []abuse{
		{"notCites x100", `query($a: String!, $l: [String!]) { documents(filter: {cites: $a, notCites: $l}) { totalCount edges { node { id } } } }`,
			map[string]any{"a": top, "l": others}},
		{"timeline count", `query($id: ID!) { timeline(id: $id, first: 1) { totalCount } }`, map[string]any{"id": country}},
		{"4 texts", texts, map[string]any{"d": doc}},
		{"100 relation counts", `{ documents(first: 100) { edges { node { relations(first: 1) { totalCount } } } } }`, nil},
		{"search x32 words", `query($q: String!) { search(query: $q, first: 100) { node { id } } }`, map[string]any{"q": words}},
	}, nil
}

// phase is the measurement of one phase.
type phase struct {
	Valid   Stats          `json:"valid"`
	Refused map[string]int `json:"valid_refused,omitempty"` // valid requests refused, by code
	Abuse   map[string]int `json:"abuse,omitempty"`         // abusers' requests by outcome
	Samples []string       `json:"error_samples,omitempty"`
}

// runPhase runs n valid clients in a closed loop through the mix, and
// beside them nAbusers clients that cycle through abuses, for d.
func runPhase(ctx context.Context, jURL string, qs []Query, ps *paramSet, n, nAbusers int, abuses []abuse, d time.Duration) phase {
	deadline := time.Now().Add(d)
	var mu sync.Mutex
	var lats []time.Duration
	errs := 0
	p := phase{Refused: map[string]int{}, Abuse: map[string]int{}}
	var wg sync.WaitGroup
	start := time.Now()
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := loopbackClient(10 + w)
			target := graphqlTarget(client, jURL, func(q Query) (func(Params) (string, map[string]any), func(map[string]any) Answer) {
				return q.Jhagraph, q.JhagraphAnswer
			})
			rng := rand.New(rand.NewPCG(uint64(w), 16))
			for i := w; ctx.Err() == nil && time.Now().Before(deadline); i++ {
				q := qs[i%len(qs)]
				par := ps.pick(q.Name, rng)
				t0 := time.Now()
				a, err := target(ctx, q, par)
				lat := time.Since(t0)
				if err == nil && q.Empty(a, par) {
					err = fmt.Errorf("empty answer where the data has one: %+v", par)
				}
				mu.Lock()
				if err != nil {
					errs++
					p.Refused[errorKind(err)]++
					if len(p.Samples) < 5 {
						p.Samples = append(p.Samples, fmt.Sprintf("(%s) %v", q.Name, err))
					}
				} else {
					lats = append(lats, lat)
				}
				mu.Unlock()
			}
		}()
	}
	if len(abuses) > 0 {
		for w := range nAbusers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				client := loopbackClient(100 + w)
				for i := w; ctx.Err() == nil && time.Now().Before(deadline); i++ {
					a := abuses[i%len(abuses)]
					_, err := postGraphQL(ctx, client, jURL, a.Query, a.Vars)
					kind := "answered"
					if err != nil {
						kind = errorKind(err)
					}
					mu.Lock()
					p.Abuse[a.Name+": "+kind]++
					mu.Unlock()
					if strings.Contains(kind, "BUSY") || strings.Contains(kind, "TOO_MANY") {
						time.Sleep(50 * time.Millisecond) // a client that does not honour Retry-After, but does not spin
					}
				}
			}()
		}
	}
	wg.Wait()
	p.Valid = summarise(lats, errs, time.Since(start))
	return p
}

// errorKind names an error by the limit it met.
func errorKind(err error) string {
	s := err.Error()
	for _, k := range []struct{ part, kind string }{
		{"expensive operations", "refused: expensive lane full (503)"},
		{"the server is busy", "refused: busy (503)"},
		{"too many requests at once", "refused: per-client limit (429)"},
		{"ran out of time", "timeout"},
		{"ran over its deadline", "timeout"},
		{"complexity", "refused: complexity limit"},
		{"exceeds the limit", "refused: size limit"},
		{"entries, more than", "refused: list limit"},
	} {
		if strings.Contains(s, k.part) {
			return k.kind
		}
	}
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}

// loopbackClient is an HTTP client whose connections come from 127.0.0.n.
func loopbackClient(n int) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(n))}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 4}}
}

// memory is a process's resident memory now and at its peak, in MB.
type memory struct {
	RSSMB  float64 `json:"rss_mb"`
	PeakMB float64 `json:"peak_rss_mb"`
}

func readMemory(pid int) memory {
	var m memory
	if pid <= 0 {
		return m
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			m.RSSMB = kb / 1024
		case "VmHWM:":
			m.PeakMB = kb / 1024
		}
	}
	return m
}

type soakReport struct {
	Clients int               `json:"clients"`
	Abusers int               `json:"abusers"`
	Seconds float64           `json:"seconds_per_phase"`
	Alone   phase             `json:"valid_alone"`
	Abused  phase             `json:"valid_beside_abusers"`
	Memory  map[string]memory `json:"server_memory"`
}

func (r soakReport) text() string {
	var b strings.Builder
	n := r.Clients - r.Abusers
	fmt.Fprintf(&b, "soak: %d valid clients, %.0f s per phase\n\n", n, r.Seconds)
	fmt.Fprintf(&b, "| valid traffic | requests | req/s | p50 ms | p99 ms | max ms | failed |\n|---|---|---|---|---|---|---|\n")
	for _, c := range []struct {
		name string
		p    phase
	}{{"alone", r.Alone}, {fmt.Sprintf("beside %d abusers", r.Abusers), r.Abused}} {
		s := c.p.Valid
		fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |\n", c.name, s.Requests, s.RPS, s.P50, s.P99, s.Max, s.Errors)
	}
	if r.Alone.Valid.RPS > 0 {
		fmt.Fprintf(&b, "\nthroughput beside the abusers: %.0f%% of alone\n", 100*r.Abused.Valid.RPS/r.Alone.Valid.RPS)
	}
	for name, p := range map[string]phase{"alone": r.Alone, "beside the abusers": r.Abused} {
		if len(p.Refused) > 0 {
			fmt.Fprintf(&b, "valid requests that failed (%s): %v; e.g. %v\n", name, p.Refused, p.Samples)
		}
	}
	fmt.Fprintf(&b, "\nthe abusers' requests:\n")
	for k, v := range r.Abused.Abuse {
		fmt.Fprintf(&b, "  %-60s %d\n", k, v)
	}
	fmt.Fprintf(&b, "\nserver memory (MB, RSS / peak RSS):\n")
	for _, k := range []string{"start", "after valid traffic alone", "after the abusers"} {
		m := r.Memory[k]
		fmt.Fprintf(&b, "  %-28s %7.1f / %7.1f\n", k, m.RSSMB, m.PeakMB)
	}
	return b.String()
}
