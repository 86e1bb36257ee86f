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

// readLimited reads a file, refusing one larger than MaxSize before reading it.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return data, nil // Check reports a file over MaxSize
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
}

// RunWith is Run with options: with several workers, letters are loaded and
// written concurrently and reported in file order, as Run reports them.
func RunWith(ctx context.Context, w Writer, paths []string, opts RunOptions, report func(Result)) (failed int, err error) {
	files, err := Files(paths)
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("ingest: no letters (*.txt) in %s", strings.Join(paths, ", "))
	}
	one := func(f string) Result {
		res := Result{File: f}
		g, err := Load(f)
		if err == nil {
			res.Key = g.Document.Key
			res.Stats, err = w.Write(ctx, g)
		}
		res.Err = err
		return res
	}
	workers := min(max(opts.Workers, 1), len(files))
	if workers == 1 {
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return failed, err
			}
			res := one(f)
			if res.Err != nil {
				failed++
			}
			report(res)
		}
		return failed, nil
	}
	// Workers take files in order; each result goes to its slot, and the
	// results are reported in file order as soon as all before them are in.
	results := make([]chan Result, len(files))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	next := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-done:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				results[i] <- one(files[i])
			}
		}()
	}
	for i := range files {
		select {
		case res := <-results[i]:
			if res.Err != nil {
				failed++
			}
			report(res)
		case <-ctx.Done():
			return failed, ctx.Err()
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
