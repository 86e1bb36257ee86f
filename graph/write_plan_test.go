package graph

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The write statement keeps its first plan (replan=skip), which may be made
// on an empty graph: it must find every node and old relation through an
// index whatever the counts say, and scan nothing.
func TestWritePlanScansNothing(t *testing.T) {
	if os.Getenv("JHAGRAPH_TEST_NEO4J") == "" || os.Getenv("NEO4J_URI") == "" {
		t.Skip("needs Neo4j: set JHAGRAPH_TEST_NEO4J=1 and NEO4J_URI")
	}
	ctx := context.Background()
	st, err := Open(ctx, ConfigFromEnv(os.Getenv))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if err := st.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	q := strings.Replace(writeQuery, "CYPHER replan=skip\n", "EXPLAIN CYPHER replan=skip\n", 1)
	res, err := neo4j.ExecuteQuery(ctx, st.driver, q, map[string]any{"letters": []any{}}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(st.db))
	if err != nil {
		t.Fatal(err)
	}
	// The driver's plan tree repeats each operator's last child in place of
	// the others (neo4j-go-driver v5.28.4, Children), so the plan is read
	// from the text Neo4j gives with it.
	text, _ := res.Summary.Plan().Arguments()["string-representation"].(string)
	if text == "" {
		t.Fatal("Neo4j gave no text of the plan")
	}
	if os.Getenv("PLANDEBUG") != "" {
		t.Log(text)
	}
	ops := map[string]int{}
	operator := regexp.MustCompile(`^[| ]*\+([A-Za-z]+)`) // "| | +NodeUniqueIndexSeek | 12 | ..."
	for _, line := range strings.Split(text, "\n") {
		if m := operator.FindStringSubmatch(line); m != nil {
			ops[m[1]]++
		}
	}
	t.Logf("operators: %v", ops)
	seeks := 0
	for op, n := range ops {
		if strings.Contains(op, "Scan") {
			t.Errorf("the write plan scans: %s (%d times)", op, n)
		}
		if strings.Contains(op, "IndexSeek") {
			seeks += n
		}
	}
	// A seek per kind's MERGE and the document's, one per relation type.
	if want := len(Kinds) + 1 + len(RelTypes); seeks < want {
		t.Errorf("%d index seeks in the write plan, want at least %d", seeks, want)
	}
}
