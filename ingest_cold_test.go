package main

import (
	"bytes"
	"context"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// The first ingest after Neo4j starts: Neo4j plans the write statement on
// its first use, which on a busy machine has taken 30-56 s, longer than a
// write's deadline. The warm-up (a rolled back write of the first letter,
// with a deadline of its own) takes that, so every letter is written under
// a short write deadline, and the graph is the one a warm Neo4j gets:
// nothing half-written, nothing missing.
func TestIngestRightAfterNeo4jStarts(t *testing.T) {
	n := startFaultNeo4j(t)
	n.use(t)
	dir := t.TempDir()
	const letters = 60
	if code := run(context.Background(), []string{"gen", strconv.Itoa(letters), dir, "--seed", "17"}, io.Discard, io.Discard); code != 0 {
		t.Fatal("jhagraph gen failed")
	}
	ingest := func(stdout, stderr io.Writer) int {
		return run(context.Background(), []string{"ingest", "--json", "--workers", "2", "--batch", "10", "--write-timeout", "5s", dir}, stdout, stderr)
	}

	// A fresh start: nothing planned.
	n.script("stop")
	n.start()
	n.wipe()
	var out, stderr bytes.Buffer
	if code := ingest(&out, &stderr); code != 0 {
		t.Fatalf("the first ingest after a start: exit %d\n%s\n%s", code, stderr.String(), out.String())
	}
	_, sum := parseRun(t, out.String())
	if sum.Written != letters || sum.Failed != 0 {
		t.Errorf("the first ingest after a start: %+v", sum)
	}
	if m := regexp.MustCompile(`ingest: Neo4j took \S+ to plan the write statement[^\n]*`).FindString(stderr.String()); m != "" {
		t.Log(m)
	} else {
		t.Log("the warm-up took under 2s (a quiet machine)")
	}
	cold := n.snapshot()

	// The same letters on the Neo4j that has planned the statement.
	warm := n.ingestAfresh(letters, func(stdout io.Writer) int { return ingest(stdout, io.Discard) })
	if d := diffLines(cold, warm); d != "" {
		t.Errorf("the graph of the first ingest after a start differs from a warm Neo4j's (%d and %d nodes and relations):\n%s",
			len(cold), len(warm), d)
	}
}
