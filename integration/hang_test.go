package integration

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
	"jhagraph/internal/httpapi"
)

// TestNeo4jStopped freezes a Neo4j of its own (scripts/neo4j.sh on a port
// of its own, so that the shared test server is never frozen) with SIGSTOP
// and checks that GraphQL requests get an error naming the timeout within
// the configured deadline, that /healthz says Neo4j is unreachable without
// its address, and that the API answers again after SIGCONT.
//
// It runs under JHAGRAPH_TEST_NEO4J=1 (make test) and starts the second
// server on JHAGRAPH_TEST_HANG_PORT, by default the test server's port
// plus 1000.
func TestNeo4jStopped(t *testing.T) {
	if os.Getenv("JHAGRAPH_TEST_NEO4J") == "" {
		t.Skip("starts a Neo4j of its own: runs under make test (JHAGRAPH_TEST_NEO4J=1)")
	}
	port := graphtest.ScratchPort(t, "JHAGRAPH_TEST_HANG_PORT", 1000)
	inst := filepath.Join(t.TempDir(), "neo4j")
	script := func(ctx context.Context, cmd string) (string, error) {
		c := exec.CommandContext(ctx, "../scripts/neo4j.sh", cmd)
		c.Env = []string{"NEO4J_PORT=" + port, "NEO4J_INSTANCE_DIR=" + inst, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m"}
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "NEO4J_URI=") && !strings.HasPrefix(kv, "NEO4J_USER=") && !strings.HasPrefix(kv, "NEO4J_PASSWORD=") &&
				!strings.HasPrefix(kv, "NEO4J_PORT=") && !strings.HasPrefix(kv, "NEO4J_INSTANCE_DIR=") && !strings.HasPrefix(kv, "NEO4J_HEAP") &&
				!strings.HasPrefix(kv, "NEO4J_PAGECACHE=") {
				c.Env = append(c.Env, kv)
			}
		}
		c.WaitDelay = 5 * time.Second
		var errb strings.Builder
		c.Stderr = &errb
		out, err := c.Output()
		if err != nil {
			return "", fmt.Errorf("scripts/neo4j.sh %s: %v\n%s", cmd, err, errb.String())
		}
		return string(out), nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := script(ctx, "start")
	if err != nil {
		t.Fatalf("starting a Neo4j on port %s: %v", port, err)
	}
	pid := 0
	t.Cleanup(func() {
		if pid > 0 {
			syscall.Kill(pid, syscall.SIGCONT)
		}
		sctx, scancel := context.WithTimeout(context.Background(), time.Minute)
		defer scancel()
		if _, err := script(sctx, "stop"); err != nil {
			t.Errorf("stopping the Neo4j on port %s: %v", port, err)
		}
	})
	raw, err := os.ReadFile(filepath.Join(inst, "run", "neo4j.pid"))
	if pid, err = strconv.Atoi(strings.TrimSpace(string(raw))); err != nil || pid <= 0 {
		t.Fatalf("no pid of the Neo4j on port %s: %q %v", port, raw, err)
	}
	env := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if k, v, ok := strings.Cut(strings.TrimPrefix(sc.Text(), "export "), "="); ok {
			env[k] = strings.Trim(v, `'"`)
		}
	}

	lim := httpapi.DefaultLimits()
	lim.ReadTimeout, lim.RequestTimeout = 2*time.Second, 3*time.Second
	// No admission control: the slow first queries of a new server would
	// mark this client's requests expensive, and two of the three sent at
	// once would be refused as BUSY before their deadline (which is right,
	// but not what this test is about).
	lim.Admission = httpapi.AdmissionLimits{}
	cfg := graph.ConfigFromEnv(func(k string) string { return env[k] })
	cfg.ReadTimeout, cfg.AcquireTimeout, cfg.ConnectTimeout = lim.ReadTimeout, 2*time.Second, 2*time.Second
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	srv := httptest.NewServer(newHandlerWith(st, lim, nil))
	defer srv.Close()

	query := map[string]any{"query": `{ documents(first: 1) { totalCount } node(id: "country:NL") { id } }`}
	// A server just started plans its first queries slowly: wait until the
	// query is answered within the deadline.
	for warm := time.Now().Add(time.Minute); ; {
		_, r, raw := post(t, srv.URL, query)
		if len(r.Errors) == 0 {
			break
		}
		if time.Now().After(warm) {
			t.Fatalf("before SIGSTOP: %s", raw)
		}
	}

	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	// Several at once: one finds a pooled connection, others open new ones.
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			status, r, raw := post(t, srv.URL, query)
			took := time.Since(start)
			if took > lim.RequestTimeout+2*time.Second {
				t.Errorf("request %d: answered after %s, with a request deadline of %s", i, took, lim.RequestTimeout)
			}
			wantCode(t, "a request to a stopped Neo4j", r, "TIMEOUT", "JHAGRAPH_REQUEST_TIMEOUT")
			if strings.Contains(raw, "127.0.0.1") || strings.Contains(raw, port) {
				t.Errorf("request %d: the answer names the database's address: %s", i, raw)
			}
			t.Logf("request %d: %d after %s: %s", i, status, took.Round(time.Millisecond), raw)
		}()
	}
	wg.Wait()

	start := time.Now()
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "neo4j unreachable") ||
		strings.Contains(string(body), "127.0.0.1") || strings.Contains(string(body), port) {
		t.Errorf("healthz with Neo4j stopped: %d %s", resp.StatusCode, body)
	}
	t.Logf("healthz: %d after %s: %s", resp.StatusCode, time.Since(start).Round(time.Millisecond), strings.TrimSpace(string(body)))

	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	// Once Neo4j runs again, so does the API.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, r, raw := post(t, srv.URL, query)
		if len(r.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("30 s after SIGCONT the API still fails: %s", raw)
		}
		time.Sleep(500 * time.Millisecond)
	}
}
