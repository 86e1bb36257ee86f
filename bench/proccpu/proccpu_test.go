package proccpu

import (
	"os"
	"testing"
	"time"
)

func TestParseStatCountsFieldsAfterTheCommandName(t *testing.T) {
	// A command name with spaces and a parenthesis; utime 250, stime 75 ticks.
	line := "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 75 0 0 20 0 40 0 100 0 0\n"
	d, err := parseStat(line)
	if err != nil {
		t.Fatal(err)
	}
	if d != 3250*time.Millisecond {
		t.Fatalf("parseStat = %v, want 3.25s", d)
	}
	if _, err := parseStat("4242 (java) S 1 2"); err == nil {
		t.Fatal("a short line parsed")
	}
}

func TestUsedGrowsWithWork(t *testing.T) {
	before, err := Used(0)
	if err != nil {
		t.Fatal(err)
	}
	same, err := Used(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if same < before {
		t.Fatalf("Used(self) %v < Used(0) %v read just before", same, before)
	}
	x := 0
	for start := time.Now(); time.Since(start) < 300*time.Millisecond; {
		x++
	}
	after, _ := Used(0)
	if after <= before {
		t.Fatalf("CPU time did not grow over 300 ms of spinning: %v -> %v (%d)", before, after, x)
	}
}
