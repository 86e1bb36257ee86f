package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"jhagraph/graph"
)

func TestHTTPFloorReplaysTheCapturedStatementsAndWritesTheirRecords(t *testing.T) {
	c := captured{"a": {"32016R0679": {
		{graph.Recorded{Query: "RETURN 1 AS x", Params: map[string]any{"k": "v"}}, 2},
		{graph.Recorded{Query: "RETURN 2 AS y"}, 1},
	}}}
	var ran []string
	rows := func(_ context.Context, q string, p map[string]any) ([]map[string]any, error) {
		ran = append(ran, q)
		switch q {
		case "RETURN 1 AS x":
			if p["k"] != "v" {
				return nil, errors.New("parameters not passed")
			}
			return []map[string]any{{"x": 1}, {"x": 1}}, nil
		case "RETURN 3 AS z":
			return nil, errors.New("neo4j is down")
		}
		return []map[string]any{{"y": "twee"}}, nil
	}
	srv := httptest.NewServer(httpCypherHandler(c, rows))
	defer srv.Close()
	ctx := context.Background()
	if err := postCypher(ctx, srv.Client(), srv.URL, httpCypherRequest{"a", "32016R0679"}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(ran, ";") != "RETURN 1 AS x;RETURN 2 AS y" {
		t.Fatalf("ran %q, want both statements in order", ran)
	}
	resp, err := srv.Client().Post(srv.URL, "application/json", strings.NewReader(`{"q":"a","k":"32016R0679"}`))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if got := strings.TrimSpace(string(raw)); got != `{"data":[[{"x":1},{"x":1}],[{"y":"twee"}]]}` {
		t.Fatalf("answer %s", got)
	}
	// an unknown request, a record count that changed and a failing
	// statement are errors the client sees
	if err := postCypher(ctx, srv.Client(), srv.URL, httpCypherRequest{"a", "32017R2226"}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("unknown request: %v", err)
	}
	c["a"]["32016R0679"][1].records = 5
	if err := postCypher(ctx, srv.Client(), srv.URL, httpCypherRequest{"a", "32016R0679"}); err == nil || !strings.Contains(err.Error(), "5 when captured") {
		t.Fatalf("changed record count: %v", err)
	}
	c["a"]["32016R0679"][1].Query = "RETURN 3 AS z"
	if err := postCypher(ctx, srv.Client(), srv.URL, httpCypherRequest{"a", "32016R0679"}); err == nil || !strings.Contains(err.Error(), "neo4j is down") {
		t.Fatalf("failing statement: %v", err)
	}
	if r, _ := http.Post(srv.URL, "application/json", strings.NewReader("{")); r == nil || r.StatusCode != http.StatusBadRequest {
		t.Fatal("a body that is no JSON is not a bad request")
	}
}
