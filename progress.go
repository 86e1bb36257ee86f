package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress shows how far a bulk ingest is: on a terminal one line, redrawn
// in place; elsewhere (a log file, a pipe) a plain line now and then, so that
// a log shows progress without a line per redraw.
type progress struct {
	mu        sync.Mutex
	w         io.Writer
	tty       bool          // redraw in place
	width     func() int    // the terminal's width, for a tty
	every     time.Duration // between plain lines
	now       func() time.Time
	start     time.Time
	lastPlain time.Time
	total     int
	done      int
	failed    int
	drawn     bool // a redrawn line is on the screen
}

// newProgress writes to w, redrawing in place when w is a terminal (and TERM
// is not "dumb").
func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, every: 10 * time.Second, now: time.Now, total: total}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && os.Getenv("TERM") != "dumb" {
		p.tty = true
		p.width = func() int {
			if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
				return w
			}
			return 80
		}
	}
	p.start = p.now()
	p.lastPlain = p.start
	return p
}

// line is the progress in words:
// "ingest: 120/500 letters (24%), 35.2 letters/s, ETA 11s, 2 failed".
func (p *progress) line() string {
	el := p.now().Sub(p.start)
	var b strings.Builder
	fmt.Fprintf(&b, "ingest: %d/%d letters (%d%%)", p.done, p.total, percent(p.done, p.total))
	rate := perSecond(p.done, el)
	if rate > 0 && rate < 1 {
		fmt.Fprintf(&b, ", %.2f letters/s", rate)
	} else {
		fmt.Fprintf(&b, ", %.1f letters/s", rate)
	}
	if rate > 0 && p.done < p.total {
		eta := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
		fmt.Fprintf(&b, ", ETA %s", roundDuration(eta))
	} else if p.done < p.total {
		b.WriteString(", ETA unknown")
	}
	fmt.Fprintf(&b, ", %d failed, %s elapsed", p.failed, roundDuration(el))
	return b.String()
}

// step records one letter done.
func (p *progress) step(failed bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if failed {
		p.failed++
	}
	p.show(false)
}

// tick redraws the line (the rate and ETA change while a letter is slow).
func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.show(false)
}

// show draws the line on a terminal, or writes a plain line when the last
// was at least p.every ago (always when force is set).
func (p *progress) show(force bool) {
	if p.tty {
		l := p.line()
		if w := p.width(); len(l) >= w {
			l = l[:max(w-1, 0)]
		}
		fmt.Fprintf(p.w, "\r\x1b[K%s", l)
		p.drawn = true
		return
	}
	if now := p.now(); force || now.Sub(p.lastPlain) >= p.every {
		p.lastPlain = now
		fmt.Fprintln(p.w, p.line())
	}
}

// above prints with fn (to any stream) so that its output stays above the
// progress line.
func (p *progress) above(fn func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
	fn()
	if p.tty {
		p.show(false)
	}
}

// finish clears the line from a terminal; the summary says the rest.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func percent(n, total int) int {
	if total == 0 {
		return 100
	}
	return n * 100 / total
}

func perSecond(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// roundDuration rounds to what a person reads: 850ms, 12s, 3m4s.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond)
	case d < 10*time.Second:
		return d.Round(100 * time.Millisecond)
	default:
		return d.Round(time.Second)
	}
}
