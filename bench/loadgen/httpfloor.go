package main

// The third floor of issue 14: the same Cypher as jhagraph, served over
// HTTP and JSON with no GraphQL at all. It answers how much of the gap
// between jhagraph and the same-Cypher floor any HTTP API pays before a
// GraphQL tier adds its own cost: a request is posted, the statements are
// replayed through the driver in the server, every record is written as
// JSON, and the client reads and decodes the whole body, as loadgen does
// with jhagraph's answers.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const httpCypherName = "same Cypher over HTTP, no GraphQL"

// rowsFunc runs one statement and returns its records as maps.
type rowsFunc func(ctx context.Context, query string, params map[string]any) ([]map[string]any, error)

// httpCypherRequest names one request of the mix: its query and paramKey.
type httpCypherRequest struct {
	Query string `json:"q"`
	Key   string `json:"k"`
}

// httpCypherHandler replays the captured statements of the request it is
// sent and writes their records as JSON: {"data": [[record, …], …]}, one
// list per statement.
func httpCypherHandler(c captured, rows rowsFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req httpCypherRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		stmts, ok := c[req.Query][req.Key]
		if !ok {
			http.Error(w, fmt.Sprintf("no statements captured for (%s) %q", req.Query, req.Key), http.StatusNotFound)
			return
		}
		data := make([][]map[string]any, 0, len(stmts))
		for _, s := range stmts {
			rs, err := rows(r.Context(), s.Query, s.Params)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			if len(rs) != s.records {
				http.Error(w, fmt.Sprintf("replayed statement returned %d records, %d when captured", len(rs), s.records), http.StatusConflict)
				return
			}
			data = append(data, rs)
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"data": data})
	})
}

// httpCypherTarget starts the server on a loopback port of its own and
// returns the target that posts to it, and a function that stops it. The
// server runs in loadgen's process, so its CPU shows in loadgen's column.
func httpCypherTarget(c captured, d neo4j.DriverWithContext, db string, client *http.Client) (Target, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return Target{}, nil, err
	}
	srv := &http.Server{Handler: httpCypherHandler(c, func(ctx context.Context, q string, p map[string]any) ([]map[string]any, error) {
		return floorRows(ctx, d, db, q, p)
	}), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}
	url := "http://" + ln.Addr().String() + "/"
	return Target{Name: httpCypherName, replay: true, do: func(ctx context.Context, q Query, p Params) (Answer, error) {
		return Answer{}, postCypher(ctx, client, url, httpCypherRequest{q.Name, paramKey(q.Name, p)})
	}}, stop, nil
}

// postCypher posts one request and decodes the whole answer.
func postCypher(ctx context.Context, client *http.Client, url string, body httpCypherRequest) error {
	status, raw, err := postJSON(ctx, client, url, body)
	if err != nil {
		return err
	}
	if status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", status, raw)
	}
	var r struct {
		Data []any `json:"data"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	if r.Data == nil {
		return errors.New("answer without data")
	}
	return nil
}
