package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"jhagraph/graph"
)

// tool runs the helper subcommands of bench/run.sh: freeport, wipe and
// compare. It reports whether args named one.
func tool(ctx context.Context, args []string) (bool, error) {
	if len(args) == 0 {
		return false, nil
	}
	switch args[0] {
	case "freeport":
		// A free TCP port on the loopback interface.
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return true, err
		}
		fmt.Println(l.Addr().(*net.TCPAddr).Port)
		return true, l.Close()
	case "wipe":
		return true, wipe(ctx)
	case "soak":
		return true, soak(ctx, args[1:])
	case "compare":
		if len(args) != 3 {
			return true, fmt.Errorf("usage: loadgen compare SMALL.json LARGE.json")
		}
		return true, compare(args[1], args[2])
	}
	return false, nil
}

// wipe deletes every node and relationship of the database NEO4J_* names,
// in batches; indexes and constraints stay.
func wipe(ctx context.Context) error {
	cfg := graph.ConfigFromEnv(os.Getenv)
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err != nil {
		return err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "loadgen: wiped %d nodes, %d relationships\n", sum.Counters().NodesDeleted(), sum.Counters().RelationshipsDeleted())
	return nil
}

// compare prints how latency grows from one graph to a larger one: per
// target, clients and query, the p50 of both runs and their ratio, beside
// the growth of the graph.
func compare(a, b string) error {
	load := func(name string) (*Report, error) {
		raw, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var r Report
		return &r, json.Unmarshal(raw, &r)
	}
	ra, err := load(a)
	if err != nil {
		return err
	}
	rb, err := load(b)
	if err != nil {
		return err
	}
	fmt.Printf("\n## Scaling: %d → %d letters (documents %d → %d, relationships %d → %d: %.1f×)\n\n",
		ra.Letters, rb.Letters, ra.Graph["Document"], rb.Graph["Document"], ra.Graph["relationships"], rb.Graph["relationships"],
		ratio(float64(rb.Graph["relationships"]), float64(ra.Graph["relationships"])))
	fmt.Println("| target | clients | query | p50 ms small | p50 ms large | growth | p99 ms small | p99 ms large |")
	fmt.Println("|---|---:|---|---:|---:|---:|---:|---:|")
	for _, ca := range ra.Cells {
		for _, cb := range rb.Cells {
			if ca.Target != cb.Target || ca.Clients != cb.Clients {
				continue
			}
			var qs []string
			for q := range ca.PerQ {
				qs = append(qs, q)
			}
			sort.Strings(qs)
			for _, q := range append(qs, "all") {
				sa, sb := ca.Stats, cb.Stats
				if q != "all" {
					sa, sb = ca.PerQ[q], cb.PerQ[q]
				}
				fmt.Printf("| %s | %d | %s | %.1f | %.1f | %.2f× | %.1f | %.1f |\n", ca.Target, ca.Clients, strings.ToUpper(q[:1])+q[1:],
					sa.P50, sb.P50, ratio(sb.P50, sa.P50), sa.P99, sb.P99)
			}
		}
	}
	return nil
}
