// Package harvest keeps a local folder of Kamerstukken current from the
// SRU search API of repository.overheid.nl (KOOP), one or more dossiers at a
// time, and says which documents changed so that they can be ingested.
//
// Why SRU and not the Tweede Kamer's OData or SyncFeed: SRU is KOOP's own
// index of the officiële publicaties, and a record links every manifestation
// of a Kamerstuk (itemUrl manifestation=xml, pdf, metadata, ...). Only KOOP
// publishes the Kamerstuk XML (officiele-publicatie/kamerstuk, with dossier,
// number, datum@isodatum, ondertekening and noot as elements) and its
// metadata.xml; the Tweede Kamer serves the same letters as PDF or DOCX
// resources, from which dates and signatories must be read back out of
// layout. SRU also selects a dossier on the server (w.dossiernummer), so
// keeping dossier 32317 current costs one listing request per 1000 records,
// and each record carries change stamps (owmskern modified,
// datumTijdstipWijzigingExpression, enrichedData timestamp) that tell
// without downloading whether a file must be fetched again. OData
// (@odata.nextLink) can filter by dossier too but has no XML; SyncFeed
// (skiptoken) is a feed of every document of the Kamer, not of a dossier, and
// its Document, DocumentActor and Kamerstukdossier entities must be joined
// locally. Their signatories with Functie would be a useful addition as
// X.odata.json beside the files fetched here.
//
// The folder holds, per publication id X: X.xml (the Kamerstuk XML) or,
// when a record has no XML manifestation, X.pdf; X.metadata.xml (the
// record's itemUrl manifestation=metadata); and one state file,
// .harvest-state.json. Files and state are written atomically (a synced
// temporary file renamed over the old one), and the state records a file
// only after it is complete, so a run killed at any point leaves the folder
// as it was or with whole new files, and a rerun continues where it stopped.
//
// The package touches no database: Run returns the document files that
// changed since they were last ingested; the caller ingests them and calls
// MarkIngested.
package harvest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// DefaultSRUURL is KOOP's SRU endpoint.
const DefaultSRUURL = "https://repository.overheid.nl/sru"

// DefaultUserAgent names the project in every request.
const DefaultUserAgent = "jhagraph-harvest/1 (+https://github.com/jhagraph)"

// Options configure a harvest. Zero fields take the defaults named.
type Options struct {
	// SRUURL is the SRU endpoint (DefaultSRUURL).
	SRUURL string
	// Dir is the harvest folder; it is created if missing.
	Dir string
	// PageSize is maximumRecords per listing request (1000, as parlhist asks).
	PageSize int
	// Rate is the most requests started per second (2).
	Rate float64
	// UserAgent is sent with every request (DefaultUserAgent).
	UserAgent string
	// ConnectTimeout bounds connecting and the TLS handshake (10s).
	ConnectTimeout time.Duration
	// RequestTimeout bounds one attempt, headers and whole body (2m).
	RequestTimeout time.Duration
	// ReadTimeout is how long a body may send nothing before the attempt is
	// abandoned as stalled (30s).
	ReadTimeout time.Duration
	// Retries is how many times a failed request is tried again (5);
	// negative means never.
	Retries int
	// Backoff is the first wait before a retry when the server names none
	// (1s); it doubles per retry up to MaxBackoff (1m).
	Backoff, MaxBackoff time.Duration
	// MaxRetryAfter is the longest Retry-After honoured (10m); a server
	// asking for more ends the request with an error.
	MaxRetryAfter time.Duration
	// MaxBody is the largest body accepted (256 MiB).
	MaxBody int64
	// DryRun lists what would be fetched and writes nothing.
	DryRun bool
	// Log receives one line per listing page, fetch, retry and failure.
	Log io.Writer

	maxRetries int // Retries resolved by withDefaults
}

func (o Options) withDefaults() Options {
	if o.SRUURL == "" {
		o.SRUURL = DefaultSRUURL
	}
	if o.PageSize <= 0 {
		o.PageSize = 1000
	}
	if o.Rate <= 0 {
		o.Rate = 2
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 2 * time.Minute
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 30 * time.Second
	}
	switch {
	case o.Retries < 0:
		o.maxRetries = 0
	case o.Retries == 0:
		o.maxRetries = 5
	default:
		o.maxRetries = o.Retries
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = time.Minute
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 10 * time.Minute
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 256 << 20
	}
	return o
}

// Stats count the requests of a run (retries included).
type Stats struct {
	ListingRequests int
	FileRequests    int
	Retries         int
	Bytes           int64
}

// Report is the outcome of a run.
type Report struct {
	// Dossiers in the order asked, with numberOfRecords of each.
	Dossiers []DossierCount
	// Documents is the number of distinct documents listed.
	Documents int
	// New, Changed, NotModified and Unchanged count documents: first
	// fetched; fetched with different content; fetched again (new record
	// version) with the same content or a 304; not fetched at all.
	New, Changed, NotModified, Unchanged int
	// Planned is what a dry run would fetch.
	Planned []Planned
	// Failed are the documents that could not be brought up to date.
	Failed []Failure
	// Pending are the document files (X.xml or X.pdf) whose content is not
	// yet ingested, in name order: what changed, plus anything a killed or
	// failed run fetched and did not ingest.
	Pending []string
	Stats   Stats
}

// DossierCount is one dossier's numberOfRecords.
type DossierCount struct {
	Dossier string
	Records int
}

// Planned is one file a dry run would fetch.
type Planned struct {
	ID, File, URL, Reason string
}

// Failure is a document that could not be fetched.
type Failure struct {
	ID  string
	Err error
}

func (f Failure) Error() string { return f.ID + ": " + f.Err.Error() }

// Harvester runs harvests into one folder.
type Harvester struct {
	opts   Options
	stats  Stats
	client *client
	state  *State
	unlock func()
}

// New checks the options and prepares a harvester.
func New(opts Options) (*Harvester, error) {
	opts = opts.withDefaults()
	if opts.Dir == "" {
		return nil, errors.New("harvest: no folder given")
	}
	if _, err := pageURL(opts.SRUURL, "1", 1, 1); err != nil {
		return nil, fmt.Errorf("harvest: %w", err)
	}
	h := &Harvester{opts: opts}
	h.client = newClient(opts, &h.stats, h.log)
	return h, nil
}

// Close releases the folder and idle connections.
func (h *Harvester) Close() {
	if h.unlock != nil {
		h.unlock()
		h.unlock = nil
	}
	h.client.close()
}

func (h *Harvester) log(format string, args ...any) {
	if h.opts.Log != nil {
		fmt.Fprintf(h.opts.Log, format+"\n", args...)
	}
}

// Run lists every dossier, fetches what is new or changed, and reports the
// document files to ingest. A listing that is not an SRU response ends the
// run with an error before anything is fetched; a document that cannot be
// fetched is reported in Failed and the others go on.
func (h *Harvester) Run(ctx context.Context, dossiers []string) (Report, error) {
	var rep Report
	h.stats = Stats{}
	if len(dossiers) == 0 {
		return rep, errors.New("harvest: name at least one dossier")
	}
	for _, d := range dossiers {
		if !dossierPattern.MatchString(d) {
			return rep, fmt.Errorf("harvest: %q is not a dossier number (like 32317 or 36800-XXII)", d)
		}
	}
	if !h.opts.DryRun {
		if err := os.MkdirAll(h.opts.Dir, 0o755); err != nil {
			return rep, fmt.Errorf("harvest: %w", err)
		}
		if h.unlock == nil {
			unlock, err := lockDir(h.opts.Dir)
			if err != nil {
				return rep, fmt.Errorf("harvest: %w", err)
			}
			h.unlock = unlock
		}
		if err := removePartials(h.opts.Dir); err != nil {
			return rep, fmt.Errorf("harvest: %w", err)
		}
	}
	st, err := loadState(h.opts.Dir)
	if err != nil {
		return rep, fmt.Errorf("harvest: %w", err)
	}
	h.state = st

	// List first: a listing that is wrong stops the run before any file.
	var recs []record
	seen := map[string]int{}
	for _, d := range dossiers {
		list, n, err := h.list(ctx, d)
		rep.Stats = h.stats
		if err != nil {
			return rep, fmt.Errorf("harvest: %w", err)
		}
		rep.Dossiers = append(rep.Dossiers, DossierCount{Dossier: d, Records: n})
		for _, r := range list {
			// A Kamerstuk of several dossiers is listed under each; one
			// record of it is enough (the later version, if they differ).
			if i, ok := seen[r.ID]; ok {
				if r.Version > recs[i].Version {
					recs[i] = r
				}
				continue
			}
			seen[r.ID] = len(recs)
			recs = append(recs, r)
		}
	}
	rep.Documents = len(recs)

	failed := map[string]bool{}
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			rep.Stats = h.stats
			return rep, err
		}
		out, err := h.document(ctx, r, &rep)
		if err != nil {
			if ctx.Err() != nil {
				rep.Stats = h.stats
				return rep, ctx.Err()
			}
			failed[r.ID] = true
			rep.Failed = append(rep.Failed, Failure{ID: r.ID, Err: err})
			h.log("FAIL %s: %v", r.ID, err)
			continue
		}
		switch out {
		case outNew:
			rep.New++
		case outChanged:
			rep.Changed++
		case outNotModified:
			rep.NotModified++
		default:
			rep.Unchanged++
		}
	}
	rep.Stats = h.stats
	if h.opts.DryRun {
		return rep, nil
	}
	rep.Pending = h.pending(failed)
	return rep, nil
}

type outcome int

const (
	outUnchanged   outcome = iota
	outNotModified         // fetched again: 304, or the same bytes
	outChanged
	outNew
)

// want is one file a record asks for.
type want struct {
	role, manifestation, name, url string
	check                          func(string, []byte) error
}

// document brings one document's files up to date with its record.
func (h *Harvester) document(ctx context.Context, r record, rep *Report) (outcome, error) {
	docM := "xml"
	if r.Items[docM] == "" {
		docM = "pdf"
	}
	if r.Items[docM] == "" {
		return 0, errors.New("the SRU record has no itemUrl manifestation=\"xml\" or \"pdf\"")
	}
	if r.Items["metadata"] == "" {
		return 0, errors.New("the SRU record has no itemUrl manifestation=\"metadata\"")
	}
	docCheck := checkPDF
	if docM == "xml" {
		docCheck = checkXML("officiele-publicatie")
	}
	wants := []want{
		{roleDocument, docM, r.ID + "." + docM, r.Items[docM], docCheck},
		{roleMetadata, "metadata", r.ID + ".metadata.xml", r.Items["metadata"], checkXML("metadata_gegevens")},
	}
	ds := h.state.Documents[r.ID]
	isNew := ds == nil
	if isNew {
		ds = &DocState{Files: map[string]FileState{}}
	}
	out := outUnchanged
	for _, w := range wants {
		cur, have := ds.Files[w.role]
		ok := have && cur.Name == w.name && cur.URL == w.url && intact(h.opts.Dir, cur)
		if ok && cur.Version == r.Version {
			continue
		}
		reason := "new"
		switch {
		case !have:
		case cur.Name != w.name || cur.URL != w.url:
			reason = "moved to " + w.url
		case !ok:
			reason = "missing or altered here"
		default:
			reason = "record changed"
		}
		if h.opts.DryRun {
			rep.Planned = append(rep.Planned, Planned{ID: r.ID, File: w.name, URL: w.url, Reason: reason})
			h.log("would fetch %s (%s) %s", w.name, reason, w.url)
			continue
		}
		var cond conditional
		if ok {
			cond = conditional{etag: cur.ETag, lastModified: cur.LastModified}
		}
		resp, err := h.client.get(ctx, download, w.url, cond, w.check)
		if err != nil {
			return 0, fmt.Errorf("%s: GET %s: %w", w.name, w.url, err)
		}
		next := cur
		if resp.notModified {
			next.Version = r.Version
			if resp.etag != "" {
				next.ETag = resp.etag
			}
			if resp.lastModified != "" {
				next.LastModified = resp.lastModified
			}
			out = max(out, outNotModified)
			h.log("304  %s not modified", w.name)
		} else {
			if err := writeAtomic(h.opts.Dir, w.name, resp.body); err != nil {
				return 0, fmt.Errorf("%s: %w", w.name, err)
			}
			next = FileState{
				Name: w.name, Manifestation: w.manifestation, URL: w.url, Version: r.Version,
				ETag: resp.etag, LastModified: resp.lastModified,
				SHA256: sha(resp.body), Size: int64(len(resp.body)),
			}
			switch {
			case isNew:
				out = outNew
			case have && cur.Name == next.Name && cur.SHA256 == next.SHA256:
				out = max(out, outNotModified)
			default:
				out = max(out, outChanged)
			}
			h.log("got  %s (%s, %d bytes)", w.name, reason, len(resp.body))
		}
		if have && cur.Name != next.Name {
			// The record now offers XML where it had only a PDF (or the
			// other way round): the old file goes, so that the folder
			// holds one document file per id. It goes before the state
			// forgets it: a run killed in between finds the state naming
			// a file that is missing, and fetches again.
			if err := os.Remove(filepath.Join(h.opts.Dir, cur.Name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return 0, err
			}
		}
		ds.Files[w.role] = next
		h.state.Documents[r.ID] = ds
		if err := h.state.save(h.opts.Dir); err != nil {
			return 0, fmt.Errorf("%s: %w", StateFile, err)
		}
	}
	if out == outNotModified && isNew {
		out = outNew
	}
	return out, nil
}

// pending lists the document files whose content differs from what was
// last ingested, leaving out documents that failed in this run.
func (h *Harvester) pending(failed map[string]bool) []string {
	var out []string
	for id, d := range h.state.Documents {
		fp := d.fingerprint()
		if fp == "" || fp == d.Ingested || failed[id] {
			continue
		}
		out = append(out, filepath.Join(h.opts.Dir, d.Files[roleDocument].Name))
	}
	sort.Strings(out)
	return out
}

// MarkIngested records that the document files at paths (as Run's Pending
// gave them) are ingested with their current content.
func (h *Harvester) MarkIngested(paths []string) error {
	if h.state == nil || len(paths) == 0 {
		return nil
	}
	byPath := map[string]*DocState{}
	for _, d := range h.state.Documents {
		if f, ok := d.Files[roleDocument]; ok {
			byPath[filepath.Join(h.opts.Dir, f.Name)] = d
		}
	}
	for _, p := range paths {
		d, ok := byPath[filepath.Clean(p)]
		if !ok {
			return fmt.Errorf("harvest: %s is not a harvested document", p)
		}
		d.Ingested = d.fingerprint()
	}
	return h.state.save(h.opts.Dir)
}
