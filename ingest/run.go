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
	files, err := Files(paths)
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("ingest: no letters (*.txt) in %s", strings.Join(paths, ", "))
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		res := Result{File: f}
		g, err := Load(f)
		if err == nil {
			res.Key = g.Document.Key
			res.Stats, err = w.Write(ctx, g)
		}
		if err != nil {
			res.Err = err
			failed++
		}
		report(res)
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
