package httpapi

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jhagraph/internal/apitest"
)

// fakeBuild writes a minimal explorer build into a temporary folder.
func fakeBuild(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":             `<!doctype html><title>explorer</title><script type="module" src="/explore/assets/index-abc123.js"></script>`,
		"assets/index-abc123.js": `console.log("explorer")`,
		"favicon.svg":            `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"playground.html":        `<!doctype html><title>GraphiQL</title><script type="module" src="/explore/assets/playground-abc123.js"></script>`,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestExplorerRoutes checks how /explore/ serves a build: the app's
// index.html for every page, assets cached for good, 404 for a missing
// asset, 503 naming `make web` when there is no build. The playground stays
// at /. It needs no Neo4j: the store is only used by /graphql and /healthz.
func TestExplorerRoutes(t *testing.T) {
	srv := httptest.NewServer(New(Options{Limits: DefaultLimits(), WebDir: fakeBuild(t)}))
	defer srv.Close()

	index := "<title>explorer</title>"
	for _, c := range []struct {
		method, path string
		status       int
		body         string // a part of the body
		cache        string // Cache-Control
		ctype        string // a part of Content-Type
	}{
		{"GET", "/explore/", 200, index, "no-cache", "text/html"},
		{"GET", "/explore", 200, index, "no-cache", "text/html"}, // redirected to /explore/
		{"GET", "/explore/search?q=2011%2F98%2FEU", 200, index, "no-cache", "text/html"},
		{"GET", "/explore/entity/celex%3A32011L0098", 200, index, "no-cache", "text/html"},
		{"GET", "/explore/entity/kst-32317-867?view=graph", 200, index, "no-cache", "text/html"},
		{"GET", "/explore/index.html", 200, index, "no-cache", "text/html"},
		{"GET", "/explore/assets/index-abc123.js", 200, `console.log("explorer")`, "public, max-age=31536000, immutable", "javascript"},
		{"GET", "/explore/favicon.svg", 200, "<svg", "no-cache", "image/svg+xml"},
		{"GET", "/explore/assets/missing-0000.js", 404, "", "", ""},
		{"HEAD", "/explore/entity/x", 200, "", "no-cache", "text/html"},
		{"POST", "/explore/", 405, "", "", ""},
		{"GET", "/", 200, "GraphiQL", "", "text/html"}, // the playground
	} {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, nil)
		resp, body := apitest.Send(t, req)
		name := c.method + " " + c.path
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", name, resp.StatusCode, c.status)
			continue
		}
		if !strings.Contains(string(body), c.body) {
			t.Errorf("%s: body %.120q does not contain %q", name, body, c.body)
		}
		if got := resp.Header.Get("Cache-Control"); c.cache != "" && got != c.cache {
			t.Errorf("%s: Cache-Control %q, want %q", name, got, c.cache)
		}
		if got := resp.Header.Get("Content-Type"); !strings.Contains(got, c.ctype) {
			t.Errorf("%s: Content-Type %q, want %q", name, got, c.ctype)
		}
		if c.status == 200 && strings.Contains(c.ctype, "text/html") &&
			!strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: no Content-Security-Policy", name)
		}
	}

	t.Run("outside the build", func(t *testing.T) {
		h := explorerHandler(fakeBuild(t))
		for _, p := range []string{"/explore/../explorer_test.go", "/explore/assets/../../web.go", "/explore/%2e%2e/web.go"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
			if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), index) {
				t.Errorf("%s: %d %.80q, want the app's index.html", p, rec.Code, rec.Body.String())
			}
		}
	})

	t.Run("playground not built", func(t *testing.T) {
		rec := httptest.NewRecorder()
		playgroundHandler(filepath.Join(t.TempDir(), "missing")).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "run <code>make web</code>") {
			t.Errorf("/ without a build: %d %q", rec.Code, rec.Body.String())
		}
	})

	t.Run("not built", func(t *testing.T) {
		h := explorerHandler(filepath.Join(t.TempDir(), "missing"))
		for _, p := range []string{"/explore/", "/explore/entity/kst-32317-867", "/explore/assets/index-abc123.js"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
			if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "run <code>make web</code>") {
				t.Errorf("%s without a build: %d %q", p, rec.Code, rec.Body.String())
			}
		}
	})
}
