package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"jhagraph/harvest"
	"jhagraph/ingest"
)

const harvestUsage = `usage: jhagraph harvest [flags] DOSSIER...

Keeps the Kamerstukken of each DOSSIER (32317, 22112, 36800-XXII, ...)
current in one folder from KOOP's SRU API (repository.overheid.nl): per
document X.xml (else X.pdf) and X.metadata.xml, plus .harvest-state.json.
A rerun fetches only what is new or changed, and continues a run that was
killed. Then it ingests the documents that changed (NEO4J_* as for ingest).

flags:
`

// harvestCmd runs `jhagraph harvest`. It reports failed when any document
// could not be fetched or ingested (the others are kept).
func harvestCmd(ctx context.Context, args []string, stdout, stderr io.Writer) (failed bool, err error) {
	fs := flag.NewFlagSet("harvest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, harvestUsage)
		fs.PrintDefaults()
	}
	sruURL := os.Getenv("JHAGRAPH_SRU_URL")
	if sruURL == "" {
		sruURL = harvest.DefaultSRUURL
	}
	var o harvest.Options
	fs.StringVar(&o.Dir, "dir", "data/kst", "harvest folder (created if missing)")
	fs.StringVar(&o.SRUURL, "sru-url", sruURL, "SRU endpoint (env JHAGRAPH_SRU_URL)")
	fs.BoolVar(&o.DryRun, "dry-run", false, "list what would be fetched (listing requests only); write and ingest nothing")
	noIngest := fs.Bool("no-ingest", false, "fetch only; the changed documents stay pending for the next run")
	fs.Float64Var(&o.Rate, "rate", 2, "at most this many requests per second")
	fs.IntVar(&o.PageSize, "page-size", 1000, "records per SRU listing request (maximumRecords)")
	retries := fs.Int("retries", 5, "retries per request on 429, 5xx, connection errors and truncated bodies")
	fs.DurationVar(&o.Backoff, "backoff", time.Second, "first wait before a retry when the server sends no Retry-After (doubles per retry, at most 1m)")
	fs.DurationVar(&o.MaxRetryAfter, "max-wait", 10*time.Minute, "longest Retry-After honoured")
	fs.DurationVar(&o.ConnectTimeout, "connect-timeout", 10*time.Second, "connect and TLS handshake timeout")
	fs.DurationVar(&o.RequestTimeout, "timeout", 2*time.Minute, "overall timeout of one request")
	fs.DurationVar(&o.ReadTimeout, "read-timeout", 30*time.Second, "a body that sends nothing this long is abandoned and retried")
	fs.StringVar(&o.UserAgent, "user-agent", harvest.DefaultUserAgent, "User-Agent of every request")
	w := writeOptions{Cmd: "harvest"}
	fs.IntVar(&w.Workers, "workers", 1, "letters read and extracted at once for the ingest")
	if err := addWriteFlags(fs, &w); err != nil {
		return false, err
	}
	quiet := fs.Bool("quiet", false, "no line per listing page and file, only failures and the summary")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, nil
		}
		return false, err
	}
	if err := w.check(); err != nil {
		return false, err
	}
	dossiers := fs.Args()
	if len(dossiers) == 0 {
		fs.Usage()
		return false, errors.New("name at least one dossier (e.g. 32317)")
	}
	o.Retries = *retries
	if *retries == 0 {
		o.Retries = -1
	}
	if !*quiet {
		o.Log = stdout
	}
	h, err := harvest.New(o)
	if err != nil {
		return false, err
	}
	defer h.Close()
	start := time.Now()
	rep, err := h.Run(ctx, dossiers)
	if err != nil {
		return false, err
	}
	if *quiet { // otherwise the log has shown them as they happened
		for _, f := range rep.Failed {
			fmt.Fprintf(stdout, "FAIL %v\n", f)
		}
	}
	var counts []string
	for _, d := range rep.Dossiers {
		counts = append(counts, fmt.Sprintf("%s: %d records", d.Dossier, d.Records))
	}
	s := rep.Stats
	if o.DryRun {
		fmt.Fprintf(stdout, "dry run: %s; %d documents; would fetch %d files; %d listing requests; %s\n",
			strings.Join(counts, ", "), rep.Documents, len(rep.Planned), s.ListingRequests, time.Since(start).Round(time.Millisecond))
		return len(rep.Failed) > 0, nil
	}
	fmt.Fprintf(stdout, "harvest: %s; %d documents: %d new, %d changed, %d not modified, %d unchanged, %d failed; %d listing + %d file requests, %d retries, %d bytes; %s\n",
		strings.Join(counts, ", "), rep.Documents, rep.New, rep.Changed, rep.NotModified, rep.Unchanged, len(rep.Failed),
		s.ListingRequests, s.FileRequests, s.Retries, s.Bytes, time.Since(start).Round(time.Millisecond))
	failed = len(rep.Failed) > 0
	if len(rep.Pending) == 0 {
		return failed, nil
	}
	if *noIngest {
		fmt.Fprintf(stdout, "not ingested (--no-ingest): %d documents pending\n", len(rep.Pending))
		return failed, nil
	}
	ingestFailed, err := ingestHarvested(ctx, h, rep.Pending, w, stdout, stderr)
	return failed || ingestFailed, err
}

// ingestHarvested ingests the changed documents on ingest's write path
// (storeLetters: a warm-up, then batches) and marks those that went in, so
// that a document that failed is tried again on the next run.
func ingestHarvested(ctx context.Context, h *harvest.Harvester, paths []string, w writeOptions, stdout, stderr io.Writer) (failed bool, err error) {
	st, err := w.openStore(ctx)
	if err != nil {
		return false, err
	}
	defer st.Close(context.Background())
	var ok []string
	n, err := storeLetters(ctx, st, paths, w, stderr, func(r ingest.Result) {
		if r.Err != nil {
			fmt.Fprintf(stdout, "FAIL %s: %v\n", r.File, r.Err)
			return
		}
		ok = append(ok, r.File)
		fmt.Fprintf(stdout, "ok   %s  %s  %d entities, %d relations written, %d stale relations removed\n",
			r.Key, r.File, r.Stats.Entities, r.Stats.Relations, r.Stats.Removed)
	})
	if merr := h.MarkIngested(ok); merr != nil && err == nil {
		err = merr
	}
	if err != nil {
		return false, err
	}
	fmt.Fprintf(stdout, "ingested: %d documents, %d failed\n", len(ok), n)
	return n > 0, nil
}
