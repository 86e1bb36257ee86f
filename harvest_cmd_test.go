package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"jhagraph/graph/graphtest"
	"jhagraph/harvest"
	"jhagraph/harvest/harvesttest"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// harvestFixtures are harvesttest.Fixtures: the real excerpts of
// ../shared/corpus/real when present, generated text otherwise.
func harvestFixtures(t *testing.T) []harvesttest.Doc {
	t.Helper()
	docs, err := harvesttest.Fixtures(harvesttest.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// buildJhagraph builds the real binary for tests that run it as a process.
func buildJhagraph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "jhagraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// harvestArgs runs against the replay server at full speed.
func harvestArgs(srv *harvesttest.Server, dir string, extra ...string) []string {
	args := []string{"harvest", "--dir", dir, "--sru-url", srv.SRUURL(), "--rate", "1000", "--page-size", "3",
		"--backoff", "10ms", "--read-timeout", "2s"}
	return append(append(args, extra...), "32317", "22112")
}

// folderBytes maps every file in dir (the state file included) to its bytes.
func folderBytes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = data
	}
	return out
}

func sameFolder(t *testing.T, a, b string) {
	t.Helper()
	fa, fb := folderBytes(t, a), folderBytes(t, b)
	for name, data := range fa {
		if other, ok := fb[name]; !ok {
			t.Errorf("%s is in the uninterrupted run's folder only", name)
		} else if !bytes.Equal(data, other) {
			t.Errorf("%s differs between the uninterrupted and the killed-and-rerun folder:\n%s\n---\n%s", name, data, other)
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			t.Errorf("%s is in the killed-and-rerun folder only", name)
		}
	}
}

// killAt makes the server hold the nth file download of the next run half
// sent; held receives when it does.
func killAt(srv *harvesttest.Server, nth int) <-chan struct{} {
	held := make(chan struct{}, 1)
	var mu sync.Mutex
	n := 0
	srv.SetFault(func(r *http.Request, _ int) *harvesttest.Fault {
		if r.URL.Path == "/sru" {
			return nil
		}
		mu.Lock()
		n++
		hold := n == nth
		mu.Unlock()
		if !hold {
			return nil
		}
		return &harvesttest.Fault{Hold: func(ctx context.Context) {
			held <- struct{}{}
			<-ctx.Done()
		}}
	})
	return held
}

// killedRun starts the binary, waits until the server holds the 8th file
// download (the 4th document's XML complete, its metadata.xml half sent),
// kills the process with SIGKILL and returns its output.
func killedRun(t *testing.T, bin string, srv *harvesttest.Server, args []string, env []string) string {
	t.Helper()
	held := killAt(srv, 8)
	defer srv.SetFault(nil)
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-held:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the run never reached the 8th download:\n%s", out.String())
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the run was not killed by SIGKILL: %v\n%s", err, out.String())
	}
	return out.String()
}

func fileRequests(reqs []harvesttest.Request) (listing int, files []string) {
	for _, r := range reqs {
		if r.Path == "/sru" {
			listing++
		} else {
			files = append(files, r.Path)
		}
	}
	return listing, files
}

// TestHarvestKilledAndRerun runs the real binary: once uninterrupted, once
// killed with SIGKILL in the middle of a download and run again. The rerun
// fetches only what the killed run had not completed, and both folders end
// byte for byte the same, state file included.
func TestHarvestKilledAndRerun(t *testing.T) {
	bin := buildJhagraph(t)
	srv := harvesttest.New(harvestFixtures(t))
	defer srv.Close()
	env := append(os.Environ(), "NEO4J_URI=")

	whole := filepath.Join(t.TempDir(), "whole")
	cmd := exec.Command(bin, harvestArgs(srv, whole, "--no-ingest")...)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}
	if _, files := fileRequests(srv.Requests()); len(files) != 16 {
		t.Fatalf("uninterrupted run made %d file requests, want 16 (8 documents, 2 files each)", len(files))
	}

	dir := filepath.Join(t.TempDir(), "killed")
	out := killedRun(t, bin, srv, harvestArgs(srv, dir, "--no-ingest"), env)
	srv.Settle()
	srv.Requests()
	var st harvest.State
	data, err := os.ReadFile(filepath.Join(dir, harvest.StateFile))
	if err != nil {
		t.Fatalf("no state after the killed run: %v\n%s", err, out)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatalf("state after kill -9 does not parse: %v", err)
	}
	recorded := 0
	for _, d := range st.Documents {
		recorded += len(d.Files)
	}
	if recorded != 7 {
		t.Fatalf("the killed run's state records %d files, want the 7 completed before the kill", recorded)
	}

	rerun := exec.Command(bin, harvestArgs(srv, dir, "--no-ingest")...)
	rerun.Env = env
	if out, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	listing, files := fileRequests(srv.Requests())
	if listing != 3 || len(files) != 9 {
		t.Errorf("rerun made %d listing and %d file requests %v; want 3 and the 9 files not completed before the kill", listing, len(files), files)
	}
	if len(files) > 0 && !strings.HasSuffix(files[0], "/metadata/metadata.xml") {
		t.Errorf("rerun began with %s; want the metadata.xml whose download was killed", files[0])
	}
	sameFolder(t, whole, dir)

	// And a third run has nothing to fetch.
	again := exec.Command(bin, harvestArgs(srv, dir, "--no-ingest")...)
	again.Env = env
	if out, err := again.CombinedOutput(); err != nil || !strings.Contains(string(out), "0 new, 0 changed, 0 not modified, 8 unchanged") {
		t.Errorf("third run: %v\n%s", err, out)
	}
	if _, files := fileRequests(srv.Requests()); len(files) != 0 {
		t.Errorf("third run fetched %v", files)
	}
}

func TestHarvestCmdBadListingExitsNonZero(t *testing.T) {
	srv := harvesttest.New(harvestFixtures(t))
	defer srv.Close()
	srv.SetFault(func(r *http.Request, _ int) *harvesttest.Fault {
		return &harvesttest.Fault{Body: "<html><body>Service unavailable</body></html>", ContentType: "text/html"}
	})
	var stdout, stderr bytes.Buffer
	dir := filepath.Join(t.TempDir(), "kst")
	code := run(context.Background(), harvestArgs(srv, dir, "--no-ingest"), &stdout, &stderr)
	if code == 0 || !strings.Contains(stderr.String(), "jhagraph harvest: harvest: SRU listing "+srv.SRUURL()+"?") || !strings.Contains(stderr.String(), "an HTML page") {
		t.Errorf("exit %d, stderr %q: want a non-zero exit and an error naming the listing URL and the HTML page", code, stderr.String())
	}
}

func TestHarvestCmdFailedDocumentExitsNonZero(t *testing.T) {
	srv := harvesttest.New(harvestFixtures(t))
	defer srv.Close()
	gone := "/frbr/officielepublicaties/kst/32317/kst-32317-669/1/metadata/metadata.xml"
	srv.SetFault(func(r *http.Request, _ int) *harvesttest.Fault {
		if r.URL.Path == gone {
			return &harvesttest.Fault{Status: 404}
		}
		return nil
	})
	var stdout, stderr bytes.Buffer
	dir := filepath.Join(t.TempDir(), "kst")
	code := run(context.Background(), harvestArgs(srv, dir, "--no-ingest", "--quiet"), &stdout, &stderr)
	if code != 1 || !strings.Contains(stdout.String(), "FAIL kst-32317-669: kst-32317-669.metadata.xml: GET "+srv.URL+gone+": HTTP 404 Not Found") ||
		!strings.Contains(stdout.String(), "7 new, 0 changed, 0 not modified, 0 unchanged, 1 failed") ||
		!strings.Contains(stdout.String(), "not ingested (--no-ingest): 7 documents pending") {
		t.Errorf("exit %d, stdout:\n%s\nwant exit 1, the failure with its URL, the other 7 fetched and pending", code, stdout.String())
	}
}

func TestHarvestCmdDryRunAndHelp(t *testing.T) {
	srv := harvesttest.New(harvestFixtures(t))
	defer srv.Close()
	var stdout, stderr bytes.Buffer
	dir := filepath.Join(t.TempDir(), "kst")
	if code := run(context.Background(), harvestArgs(srv, dir, "--dry-run"), &stdout, &stderr); code != 0 {
		t.Fatalf("dry run exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "would fetch kst-32317-970.pdf (new)") || !strings.Contains(stdout.String(), "would fetch 16 files") {
		t.Errorf("dry run output:\n%s", stdout.String())
	}
	if _, err := os.Stat(dir); err == nil {
		t.Error("dry run created the folder")
	}
	stdout.Reset()
	if code := run(context.Background(), []string{"help"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "jhagraph harvest [--dir DIR]") {
		t.Errorf("help does not document harvest:\n%s", stdout.String())
	}
	if code := run(context.Background(), []string{"harvest"}, &stdout, &stderr); code == 0 || !strings.Contains(stderr.String(), "name at least one dossier") {
		t.Errorf("harvest without dossiers: exit %d, %s", code, stderr.String())
	}
}

// TestHarvestKilledAndRerunGraph is the kill test with ingest against the
// real Neo4j: the graph after a killed run and its rerun has the same nodes
// and relations, with the same properties, as after one uninterrupted run.
func TestHarvestKilledAndRerunGraph(t *testing.T) {
	cfg := graphtest.Config(t)
	bin := buildJhagraph(t)
	srv := harvesttest.New(harvestFixtures(t))
	defer srv.Close()
	env := os.Environ()

	// This test empties the test Neo4j: the API tests' fixture graph must
	// be built again by whichever test needs it next.
	dropFixture(t)
	t.Cleanup(func() { dropFixture(t) })
	graphtest.Wipe(t, cfg)
	whole := filepath.Join(t.TempDir(), "whole")
	cmd := exec.Command(bin, harvestArgs(srv, whole)...)
	cmd.Env = env
	start := time.Now()
	wholeOut, wholeErr := cmd.CombinedOutput()
	t.Logf("uninterrupted run with ingest (%s, exit %v):\n%s", time.Since(start).Round(time.Millisecond), wholeErr, wholeOut)
	want := graphtest.Dump(t, cfg)
	if !slices.ContainsFunc(want, func(s string) bool { return strings.Contains(s, `"kst-32317-682"`) }) {
		t.Fatalf("the uninterrupted run did not ingest kst-32317-682 (%v):\n%s", wholeErr, wholeOut)
	}

	graphtest.Wipe(t, cfg)
	dir := filepath.Join(t.TempDir(), "killed")
	killedRun(t, bin, srv, harvestArgs(srv, dir), env)
	rerun := exec.Command(bin, harvestArgs(srv, dir)...)
	rerun.Env = env
	rerunOut, rerunErr := rerun.CombinedOutput()
	if (wholeErr == nil) != (rerunErr == nil) {
		t.Errorf("uninterrupted run: %v, rerun: %v\n%s\n---\n%s", wholeErr, rerunErr, wholeOut, rerunOut)
	}
	got := graphtest.Dump(t, cfg)
	if !slices.Equal(got, want) {
		t.Errorf("graphs differ: %d facts after one run, %d after kill and rerun", len(want), len(got))
		for _, s := range want {
			if !slices.Contains(got, s) {
				t.Errorf("missing after kill and rerun: %s", s)
			}
		}
		for _, s := range got {
			if !slices.Contains(want, s) {
				t.Errorf("extra after kill and rerun: %s", s)
			}
		}
	}
	sameFolder(t, whole, dir)
}

// warnWatch is a stderr that closes seen when a line holding want is written.
type warnWatch struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
}

func (w *warnWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	had := strings.Contains(w.buf.String(), w.want)
	w.buf.Write(p)
	if !had && strings.Contains(w.buf.String(), w.want) {
		close(w.seen)
	}
	return len(p), nil
}

func (w *warnWatch) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestHarvestIngestWarmsUp: harvest writes on ingest's write path, a
// warm-up write of the first letter (rolled back, with a deadline of its
// own) before the letters' writes. A transaction of the test holds the
// harvested documents' keys, so the warm-up cannot finish within its
// deadline of 1s: harvest says so on stderr, and only then does the test
// let go, after which every document is written. Without the warm-up the
// letters' writes wait for the test, which waits for the warning in vain.
func TestHarvestIngestWarmsUp(t *testing.T) {
	cfg := graphtest.Config(t)
	docs := harvestFixtures(t)
	srv := harvesttest.New(docs)
	defer srv.Close()
	dropFixture(t)
	t.Cleanup(func() { dropFixture(t) })
	graphtest.Open(t) // empty, with the key constraints a held key blocks on

	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	hold, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range docs {
		keys = append(keys, d.ID)
	}
	if _, err := hold.Run(ctx, "UNWIND $keys AS k MERGE (:Document {key: k})", map[string]any{"keys": keys}); err != nil {
		t.Fatal(err)
	}
	released := false
	release := func() {
		if !released {
			released = true
			if err := hold.Rollback(ctx); err != nil {
				t.Error(err)
			}
		}
	}
	defer release()

	stderr := &warnWatch{want: "harvest: warning: the warm-up write (rolled back) failed after ", seen: make(chan struct{})}
	var stdout bytes.Buffer
	done := make(chan int, 1)
	dir := filepath.Join(t.TempDir(), "kst")
	go func() {
		done <- run(ctx, harvestArgs(srv, dir, "--warm-timeout", "1s", "--workers", "2"), &stdout, stderr)
	}()
	select {
	case <-stderr.seen:
	case <-time.After(90 * time.Second):
		t.Errorf("no warm-up before the writes: no warning of a warm-up that could not finish in 90s; stderr:\n%s", stderr.String())
	}
	release()
	var code int
	select {
	case code = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatalf("harvest did not end 3m after the keys were let go; stderr:\n%s", stderr.String())
	}
	t.Logf("exit %d\n%s\n%s", code, stderr.String(), stdout.String())
	if code != 0 || !strings.Contains(stdout.String(), fmt.Sprintf("ingested: %d documents, 0 failed", len(docs))) {
		t.Errorf("exit %d, want 0 and all %d documents ingested after the failed warm-up:\n%s", code, len(docs), stdout.String())
	}
	recs := graphtest.Query(t, cfg, "MATCH (d:Document) WHERE d.key IN $keys RETURN count(d) AS n", map[string]any{"keys": keys})
	if n, _ := recs[0].Get("n"); n != int64(len(docs)) {
		t.Errorf("%v of the %d harvested documents are in the graph", n, len(docs))
	}
}

// harvest takes the write flags of ingest (addWriteFlags) and checks them
// as ingest does, before it fetches anything.
func TestHarvestCmdChecksWriteFlags(t *testing.T) {
	for _, c := range []struct{ flag, value, want string }{
		{"--batch", "0", "--batch must be at least 1, got 0"},
		{"--warm-timeout", "0s", "--warm-timeout must be positive, got 0s"},
		{"--write-timeout", "-1s", "--write-timeout must be positive, got -1s"},
		{"--max-unavailable", "0", "--max-unavailable must be at least 1, got 0"},
	} {
		var stdout, stderr bytes.Buffer
		dir := filepath.Join(t.TempDir(), "kst")
		code := run(context.Background(), []string{"harvest", "--dir", dir, "--sru-url", "http://127.0.0.1:1/sru", c.flag, c.value, "32317"}, &stdout, &stderr)
		if code == 0 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%s %s: exit %d, stderr %q, want %q", c.flag, c.value, code, stderr.String(), c.want)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("%s %s: the folder was created", c.flag, c.value)
		}
	}
}
