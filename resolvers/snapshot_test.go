package resolvers_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"

	"jhagraph/graph"
	"jhagraph/ingest"
	"jhagraph/resolvers"
)

// TestPlanSnapshots runs each query of testdata/plans (the analyst mix of
// bench/loadgen and the README's examples) through the API against a store
// that builds its statements without Neo4j (graph.DryRun), and compares the
// Cypher and parameters with <name>.cypher: a change of a query's shape
// shows in review as a diff of that file. UPDATE_GOLDEN=1 rewrites the files.
//
// The reads return nothing, so what a snapshot shows is what the request
// sends before it has any node: the root fields' statements, with all that
// they read ahead, and the counts that run beside them. A line
// "// variables: {...}" in the .graphql gives the operation's variables.
func TestPlanSnapshots(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "plans", "*.graphql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries in testdata/plans: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".graphql")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := snapshot(t, file, string(src))
			want := strings.TrimSuffix(file, ".graphql") + ".cypher"
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("no snapshot %s; run the test with UPDATE_GOLDEN=1 and review it", want)
			}
			if string(exp) != got {
				t.Errorf("the statements of %s differ from %s (UPDATE_GOLDEN=1 rewrites it; review the diff):\n%s", file, want, got)
			}
		})
	}
}

// snapshot runs the operation in src and returns its statements, sorted
// (concurrent resolvers send them in any order), each with its parameters.
func snapshot(t *testing.T, file, src string) string {
	t.Helper()
	vars := map[string]any{}
	for _, line := range strings.Split(src, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "# variables:"); ok {
			if err := json.Unmarshal([]byte(v), &vars); err != nil {
				t.Fatalf("%s: variables: %v", file, err)
			}
		}
	}
	var mu sync.Mutex
	var stmts []string
	store := graph.DryRun(graph.Config{}, func(s graph.Statement) {
		p, err := json.Marshal(s.Params)
		if err != nil {
			t.Errorf("%s: parameters: %v", file, err)
		}
		mu.Lock()
		stmts = append(stmts, pretty(s.Cypher)+"\n// parameters: "+string(p)+"\n")
		mu.Unlock()
	})
	exec := executor.New(resolvers.NewExecutableSchema(resolvers.Config{Resolvers: &resolvers.Resolver{Store: store, Refs: refs{}}}))
	exec.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(resolvers.WithBatching(ctx))
	})
	ctx := graphql.StartOperationTrace(context.Background())
	oc, errs := exec.CreateOperationContext(ctx, &graphql.RawParams{Query: src, Variables: vars})
	if errs != nil {
		t.Fatalf("%s: %v", file, errs)
	}
	h, ctx := exec.DispatchOperation(ctx, oc)
	if resp := h(ctx); resp != nil && len(resp.Errors) > 0 {
		t.Fatalf("%s: %v", file, resp.Errors)
	}
	if len(stmts) == 0 {
		t.Fatalf("%s sent no statement", file)
	}
	sort.Strings(stmts)
	return strings.Join(stmts, "\n")
}

// pretty breaks a statement at its subqueries: a line for each clause that
// opens one ("{ MATCH", "{ WITH", ...), indented by depth, so that a
// reviewer sees the nesting. Braces of maps and projections stay inline.
func pretty(q string) string {
	var b strings.Builder
	var opened []bool // per open brace: whether it broke the line
	depth := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '{' && i+2 < len(q) && q[i+1] == ' ' && q[i+2] >= 'A' && q[i+2] <= 'Z':
			opened = append(opened, true)
			depth++
			b.WriteString("{\n" + strings.Repeat("  ", depth))
			i++ // the space
		case c == '{':
			opened = append(opened, false)
			b.WriteByte(c)
		case c == '}' && len(opened) > 0:
			broke := opened[len(opened)-1]
			opened = opened[:len(opened)-1]
			if broke {
				depth--
				s := strings.TrimRight(b.String(), " ")
				b.Reset()
				b.WriteString(s + "\n" + strings.Repeat("  ", depth) + "}")
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// refs resolves references as the server does.
type refs struct{}

func (refs) Act(s string) (string, bool)       { return ingest.ResolveActRef(s) }
func (refs) Kamerstuk(s string) (string, bool) { return ingest.ResolveKstRef(s) }
