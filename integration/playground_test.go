package integration

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestPlaygroundBrowser loads the GraphQL playground at / in Debian's
// Chromium (web/e2e/playground.mjs) against the real API: GraphiQL renders
// from the project's own build, its introspection query is answered, the
// docs list the schema and a query runs; every request that would leave the
// machine is intercepted and fails the test. Under `make test` a missing
// build, node_modules or Chromium fails the test; under a plain `go test`
// it skips.
func TestPlaygroundBrowser(t *testing.T) {
	chromium := browserReady(t, "playground.html", "the playground")
	a := newAPI(t)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	shots := filepath.Join("..", "web", "e2e", "screenshots")
	cmd := exec.CommandContext(ctx, "node", filepath.Join("..", "web", "e2e", "playground.mjs"), a.srv.URL, shots)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("playground browser test failed (%v):\n%s", err, out)
	}
	t.Logf("playground browser test passed:\n%s", out)
}

// browserReady checks what a browser test needs: the web build (its page
// named page, what it builds), Node.js, playwright-core and Chromium; it
// returns Chromium's path (the API tests serve the build in webDist). Under
// make test (JHAGRAPH_TEST_NEO4J=1) a missing part fails the test; under a
// plain go test it skips.
func browserReady(t *testing.T, page, what string) (chromium string) {
	t.Helper()
	missing := t.Skipf
	if os.Getenv("JHAGRAPH_TEST_NEO4J") != "" {
		missing = t.Fatalf
	}
	dist, err := filepath.Abs(webDist)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dist, page)); err != nil {
		missing("%s is not built (%s): run `make web`", what, dist)
	}
	if _, err := exec.LookPath("node"); err != nil {
		missing("node is not on PATH: the browser tests need Node.js 20 or later")
	}
	if _, err := os.Stat(filepath.Join("..", "web", "node_modules", "playwright-core", "package.json")); err != nil {
		missing("playwright-core is not installed in web/node_modules: run `make web-deps`")
	}
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		missing("no Chromium at %s: run `make chromium` (Debian's chromium package) or set CHROMIUM", chromium)
	}
	return chromium
}

// TestExplorerBrowser drives the explorer in Debian's Chromium through
// Playwright (web/e2e/explorer.mjs) against the real API over a graph of the
// test letters and the real letter kst-32317-867: search, the act, the
// letter and its signatories, evidence, the graph view, the back button, a
// narrow screen and an unknown id. Screenshots of each step go to
// web/e2e/screenshots/. Under `make test` a missing build, node_modules or
// Chromium fails the test; under a plain `go test` it skips.
func TestExplorerBrowser(t *testing.T) {
	chromium := browserReady(t, "index.html", "the explorer")
	needReal(t)
	a := newAPI(t)

	shots := filepath.Join("..", "web", "e2e", "screenshots")
	old, _ := filepath.Glob(filepath.Join(shots, "*.png"))
	for _, f := range old {
		os.Remove(f)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("..", "web", "e2e", "explorer.mjs"), a.srv.URL, shots)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("browser test failed after %s (%v); screenshots in %s:\n%s", time.Since(start).Round(time.Millisecond), err, shots, out)
	}
	t.Logf("browser test passed in %s; screenshots in %s:\n%s", time.Since(start).Round(time.Millisecond), shots, out)
}
