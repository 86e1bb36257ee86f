package ingest

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
)

// proxy forwards TCP connections to the test Neo4j and can cut them all
// (Neo4j killed: connections reset, new ones refused) or freeze them (Neo4j
// stopped with SIGSTOP: connections accepted, nothing answered).
type proxy struct {
	ln       net.Listener
	upstream string
	mu       sync.Mutex
	conns    []net.Conn
	frozen   chan struct{} // closed while traffic flows
}

func newProxy(t *testing.T, upstream string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, upstream: upstream, frozen: make(chan struct{})}
	close(p.frozen)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.serve(c)
		}
	}()
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) flowing() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.frozen
}

func (p *proxy) serve(c net.Conn) {
	<-p.flowing()
	u, err := net.Dial("tcp", p.upstream)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns = append(p.conns, c, u)
	p.mu.Unlock()
	pipe := func(dst, src net.Conn) {
		buf := make([]byte, 32<<10)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				<-p.flowing()
				if _, werr := dst.Write(buf[:n]); werr != nil {
					break
				}
			}
			if err != nil {
				break
			}
		}
		dst.Close()
		src.Close()
	}
	go pipe(u, c)
	go pipe(c, u)
}

// cut closes the listener and every connection.
func (p *proxy) cut() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// freeze stops all traffic; connections stay open.
func (p *proxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frozen = make(chan struct{})
}

func (p *proxy) addr() string { return "bolt://" + p.ln.Addr().String() }

// stopLetters writes n copies of a test letter under their own keys, and
// after the third an empty letter (a bad letter, not a connection failure).
func stopLetters(t *testing.T, n int) []string {
	t.Helper()
	src, err := os.ReadFile("../testdata/letters/kst-32317-870.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var files []string
	for i := 1; i <= n; i++ {
		f := filepath.Join(dir, "kst-32317-"+itoa2(i)+".txt")
		if err := os.WriteFile(f, dropNumber(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		if i == 3 {
			f := filepath.Join(dir, "kst-32317-"+itoa2(i)+"a.txt")
			if err := os.WriteFile(f, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	return files
}

// When Neo4j goes away, RunWith stops after MaxUnavailable letters in a row
// could not be written, with a *StoppedError that counts what is left, and
// quickly: a refused connection costs no retries, a silent Neo4j one write
// deadline and then a ping per letter. A bad letter in between is an
// ordinary failure that neither counts nor breaks the run.
func TestRunWithStopsWhenNeo4jGoesAway(t *testing.T) {
	cfg := graphtest.Config(t)
	graphtest.Open(t) // an empty graph with its schema
	upstream := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	for _, fault := range []string{"killed", "hung"} {
		t.Run(fault, func(t *testing.T) {
			p := newProxy(t, upstream)
			c := cfg
			c.URI = p.addr()
			c.WriteTimeout = 5 * time.Second
			ctx := context.Background()
			st, err := graph.Open(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close(ctx)
			files := stopLetters(t, 10)
			var reports []Result
			var faulted time.Time
			failed, err := RunWith(ctx, st, files, RunOptions{MaxUnavailable: 3, PingTimeout: 300 * time.Millisecond, Batch: 1}, func(r Result) {
				reports = append(reports, r)
				if len(reports) == 2 { // two letters written, then Neo4j goes
					faulted = time.Now()
					if fault == "killed" {
						p.cut()
					} else {
						p.freeze()
					}
				}
			})
			took := time.Since(faulted)
			var stopped *StoppedError
			if !errors.As(err, &stopped) {
				t.Fatalf("err %v, want a *StoppedError", err)
			}
			t.Logf("%s: stopped %s after the fault: %v", fault, took.Round(time.Millisecond), err)
			// Reported: 2 written, the 3rd fails for want of Neo4j, the bad
			// letter fails for what it is, then two more for want of Neo4j.
			if len(reports) != 6 || failed != 4 {
				t.Fatalf("%d reports, %d failed, want 6 and 4: %+v", len(reports), failed, reports)
			}
			for i, r := range reports {
				unavailable := errors.Is(r.Err, graph.ErrUnavailable)
				switch {
				case i < 2 && r.Err != nil:
					t.Errorf("letter %d: %v", i, r.Err)
				case i == 3 && (r.Err == nil || unavailable || !errors.Is(r.Err, ErrEmpty)):
					t.Errorf("the empty letter: %v", r.Err)
				case (i == 2 || i > 3) && !unavailable:
					t.Errorf("letter %d after the fault: %v, want ErrUnavailable", i, r.Err)
				}
			}
			if stopped.Failures != 3 || stopped.Left != len(files)-6 {
				t.Errorf("stopped after %d failures with %d left, want 3 and %d", stopped.Failures, stopped.Left, len(files)-6)
			}
			// No hang: killed answers with refusals, so the three failures
			// take less than three write deadlines; hung costs one 5s write
			// deadline (+2s grace for Neo4j's own answer) and two 300ms
			// pings. The bounds are far from the usual times (under 1s and
			// about 6s) so that a loaded machine does not fail them; what
			// they catch is waiting for every letter's deadline.
			if limit := map[string]time.Duration{"killed": 3 * c.WriteTimeout, "hung": 6 * c.WriteTimeout}[fault]; took > limit {
				t.Errorf("took %s to stop, want under %s", took, limit)
			}
		})
	}
}
