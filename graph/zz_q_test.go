package graph_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZQ(t *testing.T) {
	q := os.Getenv("ZZQ")
	if q == "" {
		t.Skip()
	}
	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(os.Getenv("NEO4J_URI"), neo4j.BasicAuth("neo4j", os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	s := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer s.Close(ctx)
	t0 := time.Now()
	res, err := s.Run(ctx, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var out *os.File
	if f := os.Getenv("ZZOUT"); f != "" {
		out, _ = os.Create(f)
		defer out.Close()
	}
	for res.Next(ctx) {
		if out != nil {
			fmt.Fprintln(out, res.Record().Values...)
		}
		if n < 50 {
			fmt.Println(res.Record().Values...)
		}
		n++
	}
	if err := res.Err(); err != nil {
		t.Fatal(err)
	}
	sum, _ := res.Consume(ctx)
	fmt.Println("rows", n, "time", time.Since(t0))
	if sum != nil && sum.Profile() != nil || sum.Plan() != nil {
		var walk func(p neo4j.ProfiledPlan, d int)
		walk = func(p neo4j.ProfiledPlan, d int) {
			fmt.Printf("%*s%s rows=%d hits=%d\n", d*2, "", p.Operator(), p.Records(), p.DbHits())
			for _, c := range p.Children() {
				walk(c, d+1)
			}
		}
		if sum.Profile() != nil { walk(sum.Profile(), 0) } else { var w func(p neo4j.Plan, d int); w = func(p neo4j.Plan, d int) { fmt.Printf("%*s%s %v\n", d*2, "", p.Operator(), p.Arguments()["Details"]); for _, c := range p.Children() { w(c, d+1) } }; w(sum.Plan(), 0) }
	}
}
