package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"jhagraph/ingest"
)

// The test letters are fictional under real keys: ingest refuses them
// before it touches a database, naming the marked folder and the way out.
func TestIngestRefusesFictionalLetters(t *testing.T) {
	t.Setenv("NEO4J_URI", "") // refused before any connection is tried
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"ingest", "testdata/letters"}, &stdout, &stderr)
	if code == 0 {
		t.Fatalf("ingest of testdata/letters exited 0:\n%s", stdout.String())
	}
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"refusing", "marked fictional", abs, "--fictional"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("message lacks %q:\n%s", want, stderr.String())
		}
	}
	// A letter from a marked folder given on its own is refused too.
	stderr.Reset()
	if code := run(context.Background(), []string{"ingest", "testdata/letters/" + firstLetter(t)}, &stdout, &stderr); code == 0 ||
		!strings.Contains(stderr.String(), "marked fictional") {
		t.Errorf("a single fictional letter: exit %d, %s", code, stderr.String())
	}
}

// copyFirstLetter copies firstLetter into dir under its own name (a
// letter's file name is its source, so the copy is the letter the fixture
// graph holds) and returns the name.
func copyFirstLetter(t *testing.T, dir string) string {
	t.Helper()
	name := firstLetter(t)
	data, err := os.ReadFile("testdata/letters/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// --json writes one object per letter, in file order, then a summary whose
// counts add up, with the failures named by file.
func TestIngestJSON(t *testing.T) {
	fixtureStore(t) // the fixture graph, which holds the letter copied below (the
	// same name: a letter's file name is its source, so the copy is unchanged)
	dir := t.TempDir()
	name := copyFirstLetter(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "zz-empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"ingest", "--json", dir}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d with a failed letter, want 1; stderr:\n%s", code, stderr.String())
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not a JSON object per line: %q: %v", sc.Text(), err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 {
		t.Fatalf("%d JSON objects, want 2 letters and a summary: %v", len(lines), lines)
	}
	a, b, sum := lines[0], lines[1], lines[2]
	if a["type"] != "letter" || a["file"] != filepath.Join(dir, name) || a["status"] != "unchanged" ||
		a["key"] == "" || a["relations"].(float64) == 0 {
		t.Errorf("first letter (already in the graph): %v", a)
	}
	if b["type"] != "letter" || b["status"] != "failed" || !strings.Contains(b["error"].(string), "empty") || b["unavailable"] != nil {
		t.Errorf("empty letter: %v", b)
	}
	if sum["type"] != "summary" || sum["total"] != 2.0 || sum["read"] != 2.0 || sum["written"] != 0.0 ||
		sum["unchanged"] != 1.0 || sum["failed"] != 1.0 || sum["left"] != 0.0 {
		t.Errorf("summary: %v", sum)
	}
	fails, _ := sum["failures"].([]any)
	if len(fails) != 1 || fails[0].(map[string]any)["file"] != filepath.Join(dir, "zz-empty.txt") {
		t.Errorf("summary failures: %v", sum["failures"])
	}
	if _, ok := sum["elapsed_ms"].(float64); !ok {
		t.Errorf("summary without elapsed_ms: %v", sum)
	}
}

// The text output: a line per letter when stdout is not a terminal, a
// summary with the failures listed, a file name with a newline quoted.
func TestIngestTextSummary(t *testing.T) {
	fixtureStore(t)
	dir := t.TempDir()
	copyFirstLetter(t, dir)
	evil := filepath.Join(dir, "zz\nok   kst-1-1  forged.txt")
	if err := os.WriteFile(evil, []byte("\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	code := run(context.Background(), []string{"ingest", dir}, &stdout, io.Discard)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	out := stdout.String()
	for _, want := range []string{
		"ok   ", "unchanged: ", // the letter's line
		"FAIL \"" + dir + "/zz\\nok   kst-1-1  forged.txt\": ", // quoted, on one line
		"ingest: 2 letters read: 0 written, 1 unchanged, 1 failed;",
		"letters/s, 1 write batches of 1.0 letters on average\nfailed:\n  \"",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\nok   kst-1-1  forged.txt") {
		t.Errorf("a file name forged a line:\n%s", out)
	}
}

func TestProgressLine(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	p := newProgress(&buf, 500)
	p.now = func() time.Time { return now }
	p.start, p.lastPlain = now, now
	if got := p.line(); got != "ingest: 0/500 letters (0%), 0.0 letters/s, ETA unknown, 0 failed, 0s elapsed" {
		t.Errorf("at the start: %q", got)
	}
	now = now.Add(4 * time.Second)
	for i := range 120 {
		p.step(i%60 == 0)
	}
	if got := p.line(); got != "ingest: 120/500 letters (24%), 30.0 letters/s, ETA 13s, 2 failed, 4s elapsed" {
		t.Errorf("after 120 letters in 4s: %q", got)
	}
	if buf.Len() != 0 {
		t.Errorf("a plain line before 10s: %q", buf.String())
	}
	now = now.Add(6 * time.Second)
	p.tick()
	if got := buf.String(); got != "ingest: 120/500 letters (24%), 12.0 letters/s, ETA 32s, 2 failed, 10s elapsed\n" {
		t.Errorf("plain line after 10s: %q", got)
	}
}

// On a terminal the line is redrawn in place, and lines printed meanwhile
// appear above it.
func TestProgressRedrawsOnATerminal(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	p := newProgress(&buf, 2)
	p.tty, p.width = true, func() int { return 40 }
	p.now = func() time.Time { return now }
	p.start = now
	now = now.Add(time.Second)
	p.step(false)
	p.above(func() { buf.WriteString("FAIL x\n") })
	p.finish()
	want := "\r\x1b[Kingest: 1/2 letters (50%), 1.0 letters/\r\x1b[KFAIL x\n\r\x1b[Kingest: 1/2 letters (50%), 1.0 letters/\r\x1b[K"
	if buf.String() != want {
		t.Errorf("terminal output\n got %q\nwant %q", buf.String(), want)
	}
}

func TestReingestChangesNothing(t *testing.T) {
	ctx := context.Background()
	var stdout bytes.Buffer
	graphUnchangedBy(t, "re-ingest", func() {
		if code := run(ctx, append([]string{"ingest", "--fictional"}, letters(t)...), &stdout, io.Discard); code != 0 {
			t.Fatalf("re-ingest exit %d:\n%s", code, stdout.String())
		}
	})
	if !strings.Contains(stdout.String(), "0 stale relations removed") || !strings.Contains(stdout.String(), ": 0 written, ") ||
		!strings.Contains(stdout.String(), " unchanged, 0 failed") {
		t.Errorf("ingest output:\n%s", stdout.String())
	}
}

func TestBadFilesWriteNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/letters/" + firstLetter(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string][]byte{
		"empty.txt":    {},
		"binary.txt":   append([]byte("Nr. 1 BRIEF\x00\x01\x02"), bytes.Repeat([]byte{0, 0xff, 0x10}, 200)...),
		"latin1.txt":   append(good[:len(good)/2:len(good)/2], []byte("Roemeni\xeb en Belgi\xeb")...),
		"huge.txt":     bytes.Repeat([]byte("Nr. 9 BRIEF VAN DE MINISTER\n"), (ingest.MaxSize/28)+10),
		"kst-1-1.meta": []byte("dossier: abc\n"),
		"kst-1-1.txt":  good,
	}
	for name, data := range bad {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout bytes.Buffer
	graphUnchangedBy(t, "bad files", func() {
		if code := run(ctx, []string{"ingest", dir}, &stdout, io.Discard); code == 0 {
			t.Errorf("ingest of bad files exited 0:\n%s", stdout.String())
		}
	})
	for _, name := range []string{"empty.txt", "binary.txt", "latin1.txt", "huge.txt", "kst-1-1"} {
		if !strings.Contains(stdout.String(), "FAIL "+filepath.Join(dir, name)) {
			t.Errorf("no failure line naming %s:\n%s", name, stdout.String())
		}
	}
}

// graphUnchangedBy fails the test when do changes the fixture graph's
// counts of nodes (per kind) and relations (per type).
func graphUnchangedBy(t *testing.T, what string, do func()) {
	t.Helper()
	st := fixtureStore(t)
	ctx := context.Background()
	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	do()
	after, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("%s changed the graph:\nbefore %v\nafter  %v", what, before, after)
	}
}
