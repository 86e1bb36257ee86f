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
	// Batch is how many letters were handed to the writer with this one
	// (BatchWriter.WriteAll); 0 when written alone by Write.
	Batch int
}

// Files expands paths into the document files to ingest: a file is taken as
// given, a folder contributes every document file below it, in name order.
// A document file is X.txt, X.xml, X.html, X.htm or X.pdf, except the
// publisher-metadata files that stand beside documents (X.metadata.xml,
// X.atom.xml; X.meta and X.odata.json are not documents by their
// extension). A folder below that cannot be read is listed as it is, so that
// loading it fails with a message naming it while the readable letters go
// on; a path given that does not exist is an error.
func Files(paths []string) ([]string, error) { return files(paths, filepath.WalkDir) }

// files is Files with the folder walk given (tests give one that fails).
func files(paths []string, walk func(string, fs.WalkDirFunc) error) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("ingest: %s: %w", DisplayName(p), pathErr(err))
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = walk(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if d != nil && d.IsDir() && path != p {
					found = append(found, path) // reported by Load
					return fs.SkipDir
				}
				return err
			}
			if !d.IsDir() && IsDocumentFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest: %s: %w", DisplayName(p), pathErr(err))
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// pathErr is the error of a *fs.PathError without its path, which the
// message gives escaped (DisplayName).
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// metaSuffixes are the publisher-metadata files beside a document X.<ext>,
// in the order Load reads them: the first that states a field gives it.
var metaSuffixes = []string{".odata.json", ".atom.xml", ".metadata.xml", ".meta"}

// IsDocumentFile reports whether a file name is that of a document file
// Files picks: .txt, .xml, .html, .htm or .pdf, and not a metadata file.
func IsDocumentFile(path string) bool {
	name := strings.ToLower(filepath.Base(path))
	for _, s := range metaSuffixes {
		if strings.HasSuffix(name, s) {
			return false
		}
	}
	switch filepath.Ext(name) {
	case ".txt", ".xml", ".html", ".htm", ".pdf":
		return true
	}
	return false
}

// Load reads a document file in any format Read recognises, and the
// publisher's metadata beside it (X.odata.json, X.atom.xml, X.metadata.xml,
// X.meta for a document X.<ext>), and extracts its graph. The metadata files
// win over the metadata the document file carries itself, and a metadata
// file that describes another document than the file (another dossier and
// number, or another Tweede Kamer document number) is an *Error of class
// ErrFormat. It touches no database.
func Load(path string) (graph.DocumentGraph, error) {
	name := DisplayName(filepath.Base(path))
	data, err := readLimited(path)
	if err != nil {
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			// Files lists a folder it could not read in place of its letters.
			if _, err := os.ReadDir(path); err != nil {
				return graph.DocumentGraph{}, fmt.Errorf("folder %s could not be read, its letters are skipped: %w", DisplayName(path), pathErr(err))
			}
			return graph.DocumentGraph{}, fmt.Errorf("folder %s could not be read while its letters were listed; they are skipped", DisplayName(path))
		}
		return graph.DocumentGraph{}, err
	}
	l, err := Read(name, data)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	meta, err := sideMeta(path, l)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	doc, err := Parse(name, l.Text)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	return Extract(doc, meta)
}

// sideMeta reads the metadata files beside a document and lays them over
// the metadata the document carries.
func sideMeta(path string, l Letter) (Meta, error) {
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	meta := Meta{}
	for _, suf := range metaSuffixes {
		side := stem + suf
		b, err := os.ReadFile(side)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Meta{}, fmt.Errorf("%s: %w", DisplayName(side), pathErr(err))
		}
		sideName := DisplayName(filepath.Base(side))
		var m Meta
		if suf == ".meta" {
			m, err = ParseMeta(sideName, b)
		} else {
			m, err = ReadMeta(sideName, b)
		}
		if err != nil {
			return Meta{}, err
		}
		if err := matches(sideName, m, l); err != nil {
			return Meta{}, err
		}
		if err := matches(sideName, m, Letter{Name: l.Name, Meta: meta}); err != nil {
			return Meta{}, err // two metadata files of different documents
		}
		meta = meta.over(m)
	}
	return meta.over(l.Meta), nil
}

// matches checks that a metadata file describes the document l: where
// both name a Kamerstuk (dossier and number) or a Tweede Kamer document
// number, they must be the same, and so must the file name's key.
func matches(sideName string, m Meta, l Letter) error {
	stem := strings.TrimSuffix(l.Name, filepath.Ext(l.Name))
	fileDossier, fileNumber, _ := parseKstKey(stem)
	fileKey, _ := otherDocKey(stem)
	mismatch := func(what, side, doc string) error {
		return inputError(ErrFormat, sideName, 0, "does not match its document %s: it describes %s %s, the document is %s", l.Name, what, side, doc)
	}
	if m.Number != "" && m.Dossier != "" {
		key := kstKey(m.Dossier, m.Number)
		if l.Meta.Number != "" && l.Meta.Dossier != "" && !sameKst(m, l.Meta.Dossier, l.Meta.Number) {
			return mismatch("Kamerstuk", key, kstKey(l.Meta.Dossier, l.Meta.Number))
		}
		if fileNumber != "" && !sameKst(m, fileDossier, fileNumber) {
			return mismatch("Kamerstuk", key, stem)
		}
	}
	if m.DocNumber != "" {
		if l.Meta.DocNumber != "" && l.Meta.DocNumber != m.DocNumber {
			return mismatch("Tweede Kamer document", m.DocNumber, l.Meta.DocNumber)
		}
		if strings.HasPrefix(fileKey, "tk-") && fileKey != "tk-"+m.DocNumber {
			return mismatch("Tweede Kamer document", m.DocNumber, stem)
		}
	}
	return nil
}

// sameKst reports whether metadata m names Kamerstuk dossier/number (in any
// of its dossiers).
func sameKst(m Meta, dossier, number string) bool {
	return m.Number == number && m.hasDossier(dossier)
}

// readLimited reads a file, refusing one larger than MaxSize before reading
// it, with its real size. It never reads more than MaxSize+1 bytes (a file
// that grows, a pipe): Check refuses what is over MaxSize.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", DisplayName(path), pathErr(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > MaxSize {
		return nil, tooLarge(DisplayName(filepath.Base(path)), info.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", DisplayName(filepath.Base(path)), err)
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
	// Batch is how many letters at most go into one write transaction when
	// the Writer is a BatchWriter; 0 means DefaultBatch, 1 writes each
	// letter in a transaction of its own. Letters are then read and
	// extracted by Workers goroutines and written by one, which takes the
	// letters already extracted, in file order, up to Batch of them (and
	// MaxBatchBytes of text), so that a batch is as large as the writes are
	// slow. A letter Neo4j refuses fails alone (BatchWriter's contract).
	Batch int
	// Warm, when set, is called once with the first letter that was read
	// and extracted, before any is written (WarmWriter).
	Warm func(g graph.DocumentGraph)
}

// BatchWriter is a Writer that can write several letters in one
// transaction. stats[i] and errs[i] are gs[i]'s; a letter is either written
// whole or not at all, and one that Neo4j refuses must not fail the others
// (*graph.Store is one).
type BatchWriter interface {
	Writer
	WriteAll(ctx context.Context, gs []graph.DocumentGraph) (stats []graph.WriteStats, errs []error)
}

// DefaultBatch is RunOptions.Batch when that is 0, and MaxBatchBytes the
// text a batch holds at most (beyond its first letter).
const (
	DefaultBatch  = 50
	MaxBatchBytes = 8 << 20
)

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
		return 0, fmt.Errorf("ingest: no letters (*.txt, *.xml, *.html, *.pdf) in %s", strings.Join(paths, ", "))
	}
	if opts.Start != nil {
		opts.Start(files)
	}
	maxUnavailable := orDefault(opts.MaxUnavailable, DefaultMaxUnavailable)
	pingTimeout := orDefault(opts.PingTimeout, DefaultPingTimeout)
	pinger, _ := w.(Pinger)
	batch := opts.Batch
	if batch == 0 {
		batch = DefaultBatch
	}
	if bw, ok := w.(BatchWriter); ok && batch > 1 {
		return runBatched(ctx, bw, pinger, files, opts, batch, maxUnavailable, pingTimeout, report)
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel (deferred below, so run first): no write outlives the run
	defer cancel()

	// suspect is set when a write failed for want of Neo4j and cleared by
	// one that succeeded; while it is set, a letter is written only after
	// Neo4j answered a ping.
	var suspect atomic.Bool
	var warm sync.Once
	one := func(f string) Result {
		res := Result{File: f}
		g, err := Load(f)
		if err == nil {
			res.Key = g.Document.Key
			if opts.Warm != nil {
				warm.Do(func() { opts.Warm(g) })
			}
			if suspect.Load() {
				err = pingFirst(ctx, pinger, pingTimeout)
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
	// Workers take files in order; each result goes to its slot, and the
	// results are reported in file order as soon as all before them are in.
	results := inOrder(ctx, &wg, len(files), opts.Workers, nil, func(i int) Result { return one(files[i]) })
	t := tally{max: maxUnavailable, report: report}
	for i := range files {
		var res Result
		select {
		case res = <-results[i]:
		case <-ctx.Done():
			return t.failed, ctx.Err()
		}
		if err := t.add(ctx, res, len(files)-i-1); err != nil {
			return t.failed, err
		}
	}
	return t.failed, nil
}

// inOrder has workers goroutines (at least one, at most n) call do(i) for
// i from 0 to n-1, taking the indexes in order, and returns the slots their
// results go to, one per index, for the caller to take in order. When ahead
// is not nil, an index is handed out only once a place in ahead was taken
// (the caller frees it). The goroutines are counted in wg and stop when ctx
// ends.
func inOrder[T any](ctx context.Context, wg *sync.WaitGroup, n, workers int, ahead chan struct{}, do func(i int) T) []chan T {
	workers = min(max(workers, 1), n)
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	next := make(chan int)
	wg.Add(1 + workers)
	go func() {
		defer wg.Done()
		defer close(next)
		for i := range n {
			if ahead != nil {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					return
				}
			}
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
				results[i] <- do(i)
			}
		}()
	}
	return results
}

// orDefault is v, or def when v is not positive (an option left at zero).
func orDefault[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// tally reports a run's results in file order and counts them: the letters
// that failed, and those in a row that failed for want of Neo4j.
type tally struct {
	failed, inRow int
	max           int // MaxUnavailable
	report        func(Result)
}

// add reports res, a letter with left letters after it. The error it
// returns ends the run: the run was interrupted (res did not fail for what
// is in it, so it is not reported), or max letters in a row have failed for
// want of Neo4j (a *StoppedError).
func (t *tally) add(ctx context.Context, res Result, left int) error {
	if res.Err != nil && ctx.Err() != nil {
		return ctx.Err() // interrupted, not a failure of the letter
	}
	if res.Err != nil {
		t.failed++
	}
	t.report(res)
	switch {
	case res.Err == nil:
		t.inRow = 0
	case errors.Is(res.Err, graph.ErrUnavailable):
		t.inRow++
	}
	if t.inRow >= t.max && left > 0 {
		return &StoppedError{Failures: t.inRow, Left: left, Err: res.Err}
	}
	return nil
}

// pingFirst is the check before a write once one has failed for want of
// Neo4j: nil when Neo4j answers a ping within timeout (or there is no
// Pinger, or ctx has ended), else the error the letters fail with unwritten.
func pingFirst(ctx context.Context, pinger Pinger, timeout time.Duration) error {
	if pinger == nil {
		return nil
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := pinger.Ping(pctx); err != nil && ctx.Err() == nil {
		return fmt.Errorf("not written: %w (no answer to a ping within %s): %w", graph.ErrUnavailable, timeout, err)
	}
	return nil
}

// runBatched is RunWith for a BatchWriter: Workers goroutines read and
// extract letters ahead of the one that writes them in batches, in file
// order.
func runBatched(ctx context.Context, w BatchWriter, pinger Pinger, files []string, opts RunOptions, batch, maxUnavailable int,
	pingTimeout time.Duration, report func(Result)) (failed int, err error) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel (deferred below, so run first): no read outlives the run
	defer cancel()

	type loaded struct {
		g   graph.DocumentGraph
		err error
	}
	// Extraction runs at most this many letters ahead of the writes, so
	// that a large run does not hold every letter's graph at once.
	ahead := make(chan struct{}, min(max(opts.Workers, 1), len(files))+2*batch)
	results := inOrder(ctx, &wg, len(files), opts.Workers, ahead, func(i int) loaded {
		g, err := Load(files[i])
		return loaded{g, err}
	})

	suspect := false // a write failed for want of Neo4j; ping before the next
	warmed := opts.Warm == nil
	t := tally{max: maxUnavailable, report: report}
	for i := 0; i < len(files); {
		// The next letter in file order, then those already extracted
		// after it, up to a batch.
		var got []loaded
		size := 0
		for j := i; j < len(files) && len(got) < batch; j++ {
			var l loaded
			if len(got) == 0 {
				select {
				case l = <-results[j]:
				case <-ctx.Done():
					return t.failed, ctx.Err()
				}
			} else {
				ready := false
				select {
				case l = <-results[j]:
					ready = true
				default:
				}
				if !ready {
					break
				}
				if l.err == nil && size+len(l.g.Document.Text) > MaxBatchBytes {
					results[j] <- l // the next batch's first
					break
				}
			}
			if l.err == nil {
				size += len(l.g.Document.Text)
			}
			got = append(got, l)
		}
		res := make([]Result, len(got))
		var gs []graph.DocumentGraph
		var at []int
		for k, l := range got {
			res[k] = Result{File: files[i+k], Key: l.g.Document.Key, Err: l.err}
			if l.err == nil {
				gs, at = append(gs, l.g), append(at, k)
			}
		}
		if len(gs) > 0 {
			if !warmed {
				warmed = true
				opts.Warm(gs[0])
			}
			var perr error
			if suspect {
				perr = pingFirst(ctx, pinger, pingTimeout)
			}
			if perr != nil {
				for _, k := range at {
					res[k].Err = perr
				}
			} else {
				stats, errs := w.WriteAll(ctx, gs)
				suspect = false
				for n, k := range at {
					res[k].Stats, res[k].Err, res[k].Batch = stats[n], errs[n], len(gs)
					if errors.Is(errs[n], graph.ErrUnavailable) {
						suspect = true
					}
				}
			}
		}
		for k, r := range res {
			<-ahead
			if err := t.add(ctx, r, len(files)-i-k-1); err != nil {
				return t.failed, err
			}
		}
		i += len(got)
	}
	return t.failed, nil
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
