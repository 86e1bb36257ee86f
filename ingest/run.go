package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"jhagraph/graph"
)

// Writer stores one document's graph atomically; *graph.Store satisfies it.
type Writer interface {
	Write(ctx context.Context, g graph.DocumentGraph) (graph.WriteStats, error)
}

// Result is the outcome of ingesting one file.
type Result struct {
	File  string
	Key   string
	Stats graph.WriteStats
	Err   error
}

// Files expands paths into the letter files to ingest: a file is taken as
// given, a folder contributes every *.txt file below it, in name order.
func Files(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".txt") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// Load reads a letter and its sidecar (if any) and extracts its graph. It
// touches no database.
func Load(path string) (graph.DocumentGraph, error) {
	data, err := readLimited(path)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	name := filepath.Base(path)
	var meta Meta
	side := strings.TrimSuffix(path, filepath.Ext(path)) + ".meta"
	if b, err := os.ReadFile(side); err == nil {
		if meta, err = ParseMeta(filepath.Base(side), b); err != nil {
			return graph.DocumentGraph{}, err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return graph.DocumentGraph{}, fmt.Errorf("%s: %w", side, err)
	}
	doc, err := Parse(name, data)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	return Extract(doc, meta)
}

// readLimited reads a file, refusing one larger than MaxSize before reading
// it, with its real size. It never reads more than MaxSize+1 bytes (a file
// that grows, a pipe): Check refuses what is over MaxSize.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > MaxSize {
		return nil, tooLarge(filepath.Base(path), info.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return data, nil
}

// Run ingests every letter under paths, one transaction per document, and
// calls report after each. One bad document does not stop the others; Run
// returns how many failed.
func Run(ctx context.Context, w Writer, paths []string, report func(Result)) (failed int, err error) {
	return RunWith(ctx, w, paths, RunOptions{}, report)
}

// RunOptions tune Run.
type RunOptions struct {
	// Workers is how many letters are read, extracted and written at once
	// (each write is its own transaction); 0 or 1 is one at a time. Reports
	// come in file order whatever the number.
	Workers int
	// MaxUnavailable is how many letters in a row may fail because Neo4j
	// cannot be reached (graph.ErrUnavailable) before the run stops with a
	// *StoppedError; 0 means DefaultMaxUnavailable. Letters that fail for
	// what is in them neither count nor break the run of failures.
	MaxUnavailable int
	// PingTimeout bounds the check that Neo4j answers, made before each
	// letter's write once a write has failed for want of Neo4j, so that a
	// Neo4j that hangs costs one write deadline and then a ping per letter
	// rather than a deadline per letter; 0 means DefaultPingTimeout.
	PingTimeout time.Duration
	// Start, when set, is called once with the letter files, in the order
	// they are reported, before the first is read.
	Start func(files []string)
}

// DefaultMaxUnavailable and DefaultPingTimeout are the defaults of
// RunOptions.MaxUnavailable and RunOptions.PingTimeout.
const (
	DefaultMaxUnavailable = 3
	DefaultPingTimeout    = 3 * time.Second
)

// Pinger is a Writer that can say whether its database answers; RunWith
// uses it after a failed write (*graph.Store is one).
type Pinger interface {
	Ping(ctx context.Context) error
}

// StoppedError ends a run that met MaxUnavailable letters in a row that
// could not be written because Neo4j was unavailable. Letters written before
// stay written; running the same ingest again completes the job.
type StoppedError struct {
	Failures int   // the letters in a row that failed for want of Neo4j
	Left     int   // letters after them, not ingested
	Err      error // the last of those failures
}

func (e *StoppedError) Error() string {
	return fmt.Sprintf("stopped: Neo4j unavailable (%d letters in a row could not be written; last: %v); "+
		"%d letters left: run the same ingest again once Neo4j is back", e.Failures, e.Err, e.Left)
}

func (e *StoppedError) Unwrap() error { return e.Err }

// RunWith is Run with options: with several workers, letters are loaded and
// written concurrently and reported in file order, as Run reports them. It
// stops with a *StoppedError when Neo4j goes away (see MaxUnavailable), and
// returns only once no letter is being written any more.
func RunWith(ctx context.Context, w Writer, paths []string, opts RunOptions, report func(Result)) (failed int, err error) {
	files, err := Files(paths)
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("ingest: no letters (*.txt) in %s", strings.Join(paths, ", "))
	}
	if opts.Start != nil {
		opts.Start(files)
	}
	maxUnavailable := opts.MaxUnavailable
	if maxUnavailable <= 0 {
		maxUnavailable = DefaultMaxUnavailable
	}
	pingTimeout := opts.PingTimeout
	if pingTimeout <= 0 {
		pingTimeout = DefaultPingTimeout
	}
	pinger, _ := w.(Pinger)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel (deferred below, so run first): no write outlives the run
	defer cancel()

	// suspect is set when a write failed for want of Neo4j and cleared by
	// one that succeeded; while it is set, a letter is written only after
	// Neo4j answered a ping.
	var suspect atomic.Bool
	one := func(f string) Result {
		res := Result{File: f}
		g, err := Load(f)
		if err == nil {
			res.Key = g.Document.Key
			if suspect.Load() && pinger != nil {
				pctx, pcancel := context.WithTimeout(ctx, pingTimeout)
				if perr := pinger.Ping(pctx); perr != nil && ctx.Err() == nil {
					err = fmt.Errorf("not written: %w (no answer to a ping within %s): %w", graph.ErrUnavailable, pingTimeout, perr)
				}
				pcancel()
			}
			if err == nil {
				res.Stats, err = w.Write(ctx, g)
				switch {
				case err == nil:
					suspect.Store(false)
				case errors.Is(err, graph.ErrUnavailable):
					suspect.Store(true)
				}
			}
		}
		res.Err = err
		return res
	}
	workers := min(max(opts.Workers, 1), len(files))
	// Workers take files in order; each result goes to its slot, and the
	// results are reported in file order as soon as all before them are in.
	results := make([]chan Result, len(files))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	next := make(chan int)
	wg.Add(1 + workers)
	go func() {
		defer wg.Done()
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- one(files[i])
			}
		}()
	}
	inRow := 0
	for i := range files {
		var res Result
		select {
		case res = <-results[i]:
		case <-ctx.Done():
			return failed, ctx.Err()
		}
		if res.Err != nil && ctx.Err() != nil {
			return failed, ctx.Err() // interrupted, not a failure of the letter
		}
		if res.Err != nil {
			failed++
		}
		report(res)
		switch {
		case res.Err == nil:
			inRow = 0
		case errors.Is(res.Err, graph.ErrUnavailable):
			inRow++
		}
		if inRow >= maxUnavailable && i+1 < len(files) {
			return failed, &StoppedError{Failures: inRow, Left: len(files) - i - 1, Err: res.Err}
		}
	}
	return failed, nil
}

// WriteJSON writes a document graph as indented JSON, with the normalised
// text that its evidence offsets point into.
func WriteJSON(w io.Writer, g graph.DocumentGraph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		graph.DocumentGraph
		Text string `json:"text"`
	}{g, g.Document.Text})
}
