package httpapi

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
)

// The explorer is a single-page web app under /explore/ that reads the graph
// through /graphql. Its built assets (web/dist, from `make web`) are not
// committed, since they hold third-party code, so they are served from disk
// rather than embedded: a clean clone builds and vets without them.

const (
	explorePrefix = "/explore/"
	// DefaultWebDir is where `make web` builds the explorer and the
	// playground, relative to the working directory (Options.WebDir).
	DefaultWebDir = "web/dist"
)

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><h1>The explorer is not built</h1>
<p>The explorer is not built: run <code>make web</code> (or set JHAGRAPH_WEB_DIR to a folder that holds its build).</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a>, its playground at <a href="/">/</a>.</p>
</body></html>
`

// explorerHandler serves the explorer from dir under /explore/: files under
// assets/ (content-hashed names) are cached for good, other files in dir are
// served as they are, and every other path is the app's index.html, whose
// router reads the URL. When dir holds no build it answers 503 and says how
// to build it.
func explorerHandler(dir string) http.Handler {
	root := os.DirFS(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !webRequest(w, r) {
			return
		}
		if _, err := fs.Stat(root, "index.html"); err != nil {
			notBuilt(w, r, notBuiltPage)
			return
		}
		// The file a path names inside dir; "" for /explore/ itself.
		name, _ := strings.CutPrefix(path.Clean("/"+r.URL.Path), explorePrefix)
		if name != "" && name != "index.html" && fs.ValidPath(name) {
			if fi, err := fs.Stat(root, name); err == nil && !fi.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					w.Header().Set("Cache-Control", "no-cache")
				}
				http.ServeFileFS(w, r, root, name)
				return
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				http.Error(w, "cannot read the explorer's files", http.StatusInternalServerError)
				return
			}
		}
		if strings.HasPrefix(name, "assets/") {
			// A missing script or style is an error, not a page: answering
			// with index.html would hide it behind a MIME type error.
			http.NotFound(w, r)
			return
		}
		serveIndex(w, r, root)
	})
}

// serveIndex answers with the app's index.html, revalidated on every load so
// that a new build is picked up at once.
func serveIndex(w http.ResponseWriter, r *http.Request, root fs.FS) {
	f, err := root.Open("index.html")
	if err != nil {
		http.Error(w, "cannot read the explorer's index.html", http.StatusInternalServerError)
		return
	}
	servePage(w, r, f, "index.html", "the explorer's index.html",
		"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "+
			"connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
}

// webRequest admits GET and HEAD (answering anything else 405) and sets the
// headers every answer of the web build carries.
func webRequest(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return false
	}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	return true
}

// notBuilt answers 503 with page, which says how to build what is missing.
func notBuilt(w http.ResponseWriter, r *http.Request, page string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method == http.MethodGet {
		_, _ = w.Write([]byte(page))
	}
}

// servePage answers with the HTML page f (named name; what names it in an
// error), revalidated on every load, under the content security policy
// csp. It closes f.
func servePage(w http.ResponseWriter, r *http.Request, f fs.File, name, what, csp string) {
	defer f.Close()
	fi, err := f.Stat()
	rs, ok := f.(io.ReadSeeker)
	if err != nil || !ok {
		http.Error(w, "cannot read "+what, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", csp)
	http.ServeContent(w, r, name, fi.ModTime(), rs)
}

const playgroundNotBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Playground not built</title></head>
<body><h1>The GraphQL playground is not built</h1>
<p>The playground (GraphiQL, bundled by this project) is not built: run <code>make web</code>
(or set JHAGRAPH_WEB_DIR to a folder that holds its build).</p>
<p>The GraphQL API answers at <a href="/graphql">/graphql</a>.</p>
</body></html>
`

// playgroundHandler serves the GraphQL playground: GraphiQL as the web
// build bundles it (dir/playground.html, its assets under /explore/assets/),
// so that it needs no network beyond this server. Without a build it
// answers 503 and says how to build it.
func playgroundHandler(dir string) http.Handler {
	root := os.DirFS(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !webRequest(w, r) {
			return
		}
		f, err := root.Open("playground.html")
		if err != nil {
			notBuilt(w, r, playgroundNotBuiltPage)
			return
		}
		// GraphiQL and its editor set styles inline; everything else comes
		// from this server.
		servePage(w, r, f, "playground.html", "the playground's page",
			"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "+
				"font-src 'self' data:; script-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
	})
}
