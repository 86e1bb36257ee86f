package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/term"

	"jhagraph/graph"
	"jhagraph/ingest"
)

// fictionalMarker is the file that marks a folder (and everything below it)
// as holding invented letters: testdata/ has one. Their keys are real
// Kamerstuk keys, so `ingest` refuses them unless told --fictional, and no
// graph a person reads shows invented content under a real key by mistake.
const fictionalMarker = "FICTIONAL"

// ingestLetter is the --json object for one letter.
type ingestLetter struct {
	Type        string `json:"type"` // "letter"
	File        string `json:"file"`
	Key         string `json:"key,omitempty"`
	Status      string `json:"status"` // "written", "unchanged" or "failed"
	Entities    int    `json:"entities,omitempty"`
	Relations   int    `json:"relations,omitempty"`
	Removed     int    `json:"removed,omitempty"`
	Error       string `json:"error,omitempty"`
	Unavailable bool   `json:"unavailable,omitempty"` // failed because Neo4j could not be reached
}

// ingestSummary is the --json object that ends a run, and what the text
// summary says.
type ingestSummary struct {
	Type           string          `json:"type"` // "summary"
	Total          int             `json:"total"`
	Read           int             `json:"read"`
	Written        int             `json:"written"`
	Unchanged      int             `json:"unchanged"`
	Failed         int             `json:"failed"`
	Left           int             `json:"left"` // not ingested because the run stopped
	Entities       int             `json:"entities"`
	Relations      int             `json:"relations"`
	ElapsedMS      int64           `json:"elapsed_ms"`
	LettersPerSec  float64         `json:"letters_per_second"`
	Batches        int             `json:"batches"` // write statements the letters were handed to Neo4j in
	batchShare     float64         // sums 1/batch size over the letters handed to the writer
	batched        int             // letters handed to the writer
	Stopped        string          `json:"stopped,omitempty"` // why the run stopped early
	Failures       []ingestFailure `json:"failures"`
	elapsed        time.Duration
	stoppedByNeo4j bool
}

type ingestFailure struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func ingestCmd(ctx context.Context, args []string, stdout, stderr io.Writer) (failed bool, err error) {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	w := writeOptions{Cmd: "ingest"}
	fs.IntVar(&w.Workers, "workers", 1, "letters read, extracted and written at once (reports stay in file order)")
	asJSON := fs.Bool("json", false, "one JSON object per letter on stdout, then a summary object")
	fictional := fs.Bool("fictional", false, "ingest letters from folders marked "+fictionalMarker+" (test letters under real Kamerstuk keys)")
	cpuProfile := fs.String("cpuprofile", "", "write a Go CPU profile of the run to this file (go tool pprof)")
	if err := addWriteFlags(fs, &w); err != nil {
		return false, err
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, nil // the usage is printed
		}
		return false, err
	}
	if err := w.check(); err != nil {
		return false, err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		return false, errors.New("name at least one letter file or folder")
	}
	files, err := ingest.Files(paths)
	if err != nil {
		return false, err
	}
	if len(files) == 0 {
		return false, fmt.Errorf("no letters (*.txt) in %s", strings.Join(paths, ", "))
	}
	if marked := fictionalFiles(files); len(marked) > 0 {
		if !*fictional {
			return false, fmt.Errorf("refusing %d letters from folders marked fictional (%s): their content is invented under real Kamerstuk keys; pass --fictional to ingest them anyway (tests)",
				len(marked), strings.Join(marked, ", "))
		}
		fmt.Fprintf(stderr, "jhagraph ingest: warning: ingesting letters from folders marked fictional (%s): invented content under real Kamerstuk keys\n",
			strings.Join(marked, ", "))
	}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return false, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return false, err
		}
		defer func() {
			pprof.StopCPUProfile()
			if cerr := f.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("--cpuprofile: %w", cerr)
			}
		}()
	}
	st, err := w.openStore(ctx)
	if err != nil {
		return false, err
	}
	defer st.Close(context.Background())

	prog := newProgress(stderr, len(files))
	// Every letter's line goes to stdout unless it is the terminal a
	// progress line is drawn on: there, only failures.
	everyLine := *asJSON || !isTerminal(stdout) || !prog.tty
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	sum := ingestSummary{Type: "summary", Total: len(files), Failures: []ingestFailure{}}
	tick := time.NewTicker(500 * time.Millisecond)
	stopTick := make(chan struct{})
	tickDone := make(chan struct{})
	go func() {
		defer close(tickDone)
		for {
			select {
			case <-tick.C:
				prog.tick()
			case <-stopTick:
				return
			}
		}
	}()
	start := time.Now()
	w.Above = prog.above
	_, runErr := storeLetters(ctx, st, files, w, stderr, func(r ingest.Result) {
		sum.Read++
		if r.Batch > 0 {
			sum.batchShare += 1 / float64(r.Batch)
			sum.batched++
		} else if r.Err == nil {
			sum.batchShare++
			sum.batched++
		}
		l := ingestLetter{Type: "letter", File: r.File, Key: r.Key}
		if r.Err != nil {
			sum.Failed++
			l.Status, l.Error = "failed", r.Err.Error()
			l.Unavailable = errors.Is(r.Err, graph.ErrUnavailable)
			sum.Failures = append(sum.Failures, ingestFailure{File: r.File, Error: l.Error})
		} else {
			l.Status = "written"
			if r.Stats.Unchanged {
				l.Status = "unchanged"
				sum.Unchanged++
			} else {
				sum.Written++
			}
			l.Entities, l.Relations, l.Removed = r.Stats.Entities, r.Stats.Relations, r.Stats.Removed
			sum.Entities += r.Stats.Entities
			sum.Relations += r.Stats.Relations
		}
		if everyLine || r.Err != nil {
			prog.above(func() {
				if *asJSON {
					_ = enc.Encode(l)
					return
				}
				if r.Err != nil {
					fmt.Fprintf(stdout, "FAIL %s: %s\n", showPath(r.File), oneLine(l.Error))
					return
				}
				fmt.Fprintf(stdout, "ok   %s  %s  %s: %d entities, %d relations, %d stale relations removed\n",
					r.Key, showPath(r.File), l.Status, r.Stats.Entities, r.Stats.Relations, r.Stats.Removed)
			})
		}
		prog.step(r.Err != nil)
	})
	tick.Stop()
	close(stopTick)
	<-tickDone
	prog.finish()
	sum.elapsed = time.Since(start)
	sum.ElapsedMS = sum.elapsed.Milliseconds()
	sum.LettersPerSec = float64(int(perSecond(sum.Read, sum.elapsed)*10+0.5)) / 10
	sum.Left = sum.Total - sum.Read
	sum.Batches = int(sum.batchShare + 0.5)
	var stopped *ingest.StoppedError
	switch {
	case errors.As(runErr, &stopped):
		sum.Stopped = runErr.Error()
		sum.stoppedByNeo4j = true
	case runErr != nil:
		sum.Stopped = runErr.Error()
	}
	if *asJSON {
		if err := enc.Encode(sum); err != nil {
			return false, err
		}
	} else {
		writeSummary(stdout, sum)
	}
	if runErr != nil {
		return false, runErr
	}
	return sum.Failed > 0, nil
}

// writeOptions tune storeLetters, the write path of ingest and harvest.
type writeOptions struct {
	Cmd            string // the command, at the start of its lines on stderr
	Workers        int    // letters read and extracted at once
	Batch          int    // letters written in one transaction at most
	MaxUnavailable int    // ingest.RunOptions.MaxUnavailable
	WarmTimeout    time.Duration
	WriteTimeout   time.Duration // a write's deadline, named on stderr when the warm-up is slow
	// Above, when set, runs what writes to stderr (a progress line is
	// drawn again below it).
	Above func(func())
}

// storeLetters writes the letters files to st, in batches, and calls
// report for each in file order (ingest.RunWith, whose count of failed
// letters it returns). Neo4j plans the write
// statement on its first use after a start, which on a busy machine can
// take longer than a write's deadline: a rolled back write of the first
// letter, with a deadline of its own (WarmTimeout), does it before the
// letters' writes. A warm-up that fails or is slow is said on stderr.
func storeLetters(ctx context.Context, st *graph.Store, files []string, o writeOptions, stderr io.Writer, report func(ingest.Result)) (failed int, err error) {
	above := o.Above
	if above == nil {
		above = func(f func()) { f() }
	}
	warm := func(g graph.DocumentGraph) {
		took, err := st.WarmUp(ctx, g, o.WarmTimeout)
		above(func() {
			switch {
			case err != nil:
				fmt.Fprintf(stderr, "%s: warning: the warm-up write (rolled back) failed after %s; the letters are written all the same: %s\n",
					o.Cmd, roundDuration(took), oneLine(err.Error()))
			case took >= slowWarm:
				fmt.Fprintf(stderr, "%s: Neo4j took %s to plan the write statement (a rolled back write of the first letter, before the letters' writes with their deadline of %s)\n",
					o.Cmd, roundDuration(took), o.WriteTimeout)
			}
		})
	}
	return ingest.RunWith(ctx, st, files, ingest.RunOptions{Workers: o.Workers, MaxUnavailable: o.MaxUnavailable,
		Batch: o.Batch, Warm: warm}, report)
}

// addWriteFlags defines the flags of the write path that ingest and
// harvest share.
func addWriteFlags(fs *flag.FlagSet, o *writeOptions) error {
	defTimeout, err := envDuration("NEO4J_WRITE_TIMEOUT", graph.DefaultWriteTimeout)
	if err != nil {
		return err
	}
	fs.DurationVar(&o.WriteTimeout, "write-timeout", defTimeout, "deadline of one write (a batch of letters): connecting, the transaction, its retries ($NEO4J_WRITE_TIMEOUT sets the default)")
	fs.IntVar(&o.Batch, "batch", ingest.DefaultBatch, "letters written in one transaction at most (1: one transaction per letter); a letter Neo4j refuses still fails alone")
	fs.DurationVar(&o.WarmTimeout, "warm-timeout", defaultWarmTimeout, "deadline of the warm-up that has Neo4j plan the write statement before the first write (rolled back; slow after a Neo4j start)")
	fs.IntVar(&o.MaxUnavailable, "max-unavailable", ingest.DefaultMaxUnavailable, "stop after this many letters in a row fail because Neo4j cannot be reached")
	return nil
}

// check says which of the shared write flags is out of range.
func (o writeOptions) check() error {
	switch {
	case o.WriteTimeout <= 0:
		return fmt.Errorf("--write-timeout must be positive, got %s", o.WriteTimeout)
	case o.Batch <= 0:
		return fmt.Errorf("--batch must be at least 1, got %d", o.Batch)
	case o.WarmTimeout <= 0:
		return fmt.Errorf("--warm-timeout must be positive, got %s", o.WarmTimeout)
	case o.MaxUnavailable <= 0:
		return fmt.Errorf("--max-unavailable must be at least 1, got %d", o.MaxUnavailable)
	}
	return nil
}

// openStore opens the Neo4j of NEO4J_* with the write deadline of o.
func (o writeOptions) openStore(ctx context.Context) (*graph.Store, error) {
	cfg := neo4jConfig()
	cfg.WriteTimeout = o.WriteTimeout
	return openStore(ctx, cfg)
}

// defaultWarmTimeout is the deadline of the warm-up write (--warm-timeout),
// and slowWarm how long it must take to be worth a line on stderr.
const (
	defaultWarmTimeout = 5 * time.Minute
	slowWarm           = 2 * time.Second
)

// writeSummary ends a run's text output:
//
//	ingest: 30 letters read: 27 written, 2 unchanged, 1 failed; 1204 entities, 2210 relations
//	ingest: 1.4s, 21.4 letters/s
//	failed:
//	  testdata/x.txt: x.txt: empty
func writeSummary(w io.Writer, s ingestSummary) {
	fmt.Fprintf(w, "ingest: %d letters read: %d written, %d unchanged, %d failed; %d entities, %d relations",
		s.Read, s.Written, s.Unchanged, s.Failed, s.Entities, s.Relations)
	if s.Left > 0 {
		fmt.Fprintf(w, "; %d of %d letters not ingested", s.Left, s.Total)
	}
	fmt.Fprintf(w, "\ningest: %s, %.1f letters/s", roundDuration(s.elapsed), s.LettersPerSec)
	if s.Batches > 0 {
		fmt.Fprintf(w, ", %d write batches of %.1f letters on average", s.Batches, float64(s.batched)/float64(s.Batches))
	}
	fmt.Fprintln(w)
	if len(s.Failures) > 0 {
		fmt.Fprintln(w, "failed:")
		for _, f := range s.Failures {
			fmt.Fprintf(w, "  %s: %s\n", showPath(f.File), oneLine(f.Error))
		}
	}
}

// fictionalFiles returns the folders marked fictional that hold any of
// files (each once, in the order met).
func fictionalFiles(files []string) []string {
	marked := map[string]string{} // folder -> the marked folder at or above it, or ""
	var out []string
	seen := map[string]bool{}
	var find func(dir string) string
	find = func(dir string) string {
		if m, ok := marked[dir]; ok {
			return m
		}
		m := ""
		if _, err := os.Stat(filepath.Join(dir, fictionalMarker)); err == nil {
			m = dir
		} else if parent := filepath.Dir(dir); parent != dir {
			m = find(parent)
		}
		marked[dir] = m
		return m
	}
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			continue
		}
		if m := find(filepath.Dir(abs)); m != "" && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// showPath prints a file name as it is unless it holds a control character
// (a newline would forge a line of the report); then it is quoted.
func showPath(p string) string {
	if strings.IndexFunc(p, unicode.IsControl) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// oneLine keeps an error message on its line.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// envDuration reads a Go duration ("45s", "2m") from the environment, or
// returns def when the variable is unset.
func envDuration(name string, def time.Duration) (time.Duration, error) {
	v := os.Getenv(name)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s=%q is not a positive duration (e.g. 30s, 2m)", name, v)
	}
	return d, nil
}
