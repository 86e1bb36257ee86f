// Package harvesttest is a local replay of repository.overheid.nl for the
// harvester's tests: an SRU 2.0 searchRetrieve endpoint in the vocabulary of
// ../../shared/sources/README.md §2 and the FRBR file URLs its records link,
// with faults injected on request. It never touches the internet.
package harvesttest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Doc is one Kamerstuk the server publishes.
type Doc struct {
	ID       string   // kst-32317-682
	Dossiers []string // dossiers it is listed under; the first is in its URLs
	Number   string   // ondernummer
	Title    string   // documenttitel
	// DossierTitle is the dossier's titel ("JBZ-Raad") when known.
	DossierTitle string
	Date         string // YYYY-MM-DD
	XML          []byte // the Kamerstuk XML; nil when only a PDF is published
	PDF          []byte
	Metadata     []byte // metadata.xml
	// Modified is owmskern modified and the enrichedData timestamp; change
	// it to publish a new version of the record.
	Modified string
}

// Fault replaces or damages one response.
type Fault struct {
	Status      int    // answer with this status and a short body
	RetryAfter  string // Retry-After header with Status
	Body        string // answer 200 with this body instead
	ContentType string // Content-Type with Body
	Truncate    bool   // declare the whole Content-Length, send half, hang up
	Cut         bool   // send the first half with a matching Content-Length
	// Stall sends the headers and the first bytes, then nothing for Stall
	// (or until the client goes away).
	Stall time.Duration
	// Trickle sends the body one byte per Trickle: never stalled, never
	// done in time.
	Trickle time.Duration
	// Hold sends the headers and half of the body, then calls Hold with the
	// request's context and hangs up when it returns.
	Hold func(ctx context.Context)
}

// Request is one request the server saw.
type Request struct {
	Path      string
	Query     url.Values
	Time      time.Time // when it arrived
	UserAgent string
	Header    http.Header
	Status    int
}

// Server is the replay server.
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	docs   []Doc
	reqs   []Request
	counts map[string]int
	fault  func(r *http.Request, nth int) *Fault
	busy   int        // handlers running, under mu
	idle   *sync.Cond // signalled when busy drops to 0
}

// New starts a server publishing docs.
func New(docs []Doc) *Server {
	s := &Server{docs: docs, counts: map[string]int{}}
	s.idle = sync.NewCond(&s.mu)
	// Unstarted, so that s.Server is set before a handler can read it.
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.Start()
	return s
}

// SRUURL is the SRU endpoint to give the harvester.
func (s *Server) SRUURL() string { return s.URL + "/sru" }

// SetFault installs f: for every request it is called with the request and
// how many requests for that path (this one included) the server has seen;
// a non-nil Fault is applied to the response.
func (s *Server) SetFault(f func(r *http.Request, nth int) *Fault) {
	s.mu.Lock()
	s.fault = f
	s.mu.Unlock()
}

// Update changes a published document.
func (s *Server) Update(id string, f func(*Doc)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.docs {
		if s.docs[i].ID == id {
			f(&s.docs[i])
			return
		}
	}
	panic("harvesttest: no document " + id)
}

// Requests returns the requests seen so far and forgets them.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.reqs
	s.reqs = nil
	return out
}

// Settle waits until no request is being answered: a request whose client
// was killed is in Requests once its handler has seen the client go.
func (s *Server) Settle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.busy > 0 {
		s.idle.Wait()
	}
}

// FileURL is where a document's manifestation is published.
func (s *Server) FileURL(d Doc, manifestation string) string {
	base := fmt.Sprintf("%s/frbr/officielepublicaties/kst/%s/%s/1/", s.URL, d.Dossiers[0], d.ID)
	switch manifestation {
	case "metadata":
		return base + "metadata/metadata.xml"
	case "html":
		return base + "html/" + d.ID + ".html"
	}
	return base + manifestation + "/" + d.ID + "." + manifestation
}

var filePath = regexp.MustCompile(`^/frbr/officielepublicaties/kst/[^/]+/([^/]+)/1/(xml|pdf|metadata)/([^/]+)$`)

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	arrived := time.Now()
	s.mu.Lock()
	s.busy++
	s.counts[r.URL.Path]++
	nth := s.counts[r.URL.Path]
	fault := s.fault
	docs := append([]Doc(nil), s.docs...)
	s.mu.Unlock()
	rec := &statusRecorder{ResponseWriter: w, status: 200}
	defer func() {
		s.mu.Lock()
		s.reqs = append(s.reqs, Request{Path: r.URL.Path, Query: r.URL.Query(), Time: arrived,
			UserAgent: r.UserAgent(), Header: r.Header.Clone(), Status: rec.status})
		if s.busy--; s.busy == 0 {
			s.idle.Broadcast()
		}
		s.mu.Unlock()
	}()
	var f *Fault
	if fault != nil {
		f = fault(r, nth)
	}
	if f != nil && f.Status != 0 {
		if f.RetryAfter != "" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		http.Error(rec, http.StatusText(f.Status), f.Status)
		return
	}
	if f != nil && f.Body != "" {
		w.Header().Set("Content-Type", f.ContentType)
		rec.Write([]byte(f.Body))
		return
	}
	var body []byte
	var ctype, etag, modified string
	if r.URL.Path == "/sru" {
		page, err := s.listing(docs, r.URL.Query())
		if err != nil {
			http.Error(rec, err.Error(), http.StatusBadRequest)
			return
		}
		body, ctype = page, "application/xml;charset=UTF-8"
	} else if m := filePath.FindStringSubmatch(r.URL.Path); m != nil {
		var d *Doc
		for i := range docs {
			if docs[i].ID == m[1] {
				d = &docs[i]
			}
		}
		if d == nil {
			http.NotFound(rec, r)
			return
		}
		switch m[2] {
		case "xml":
			body, ctype = d.XML, "application/xml"
		case "pdf":
			body, ctype = d.PDF, "application/pdf"
		case "metadata":
			body, ctype = d.Metadata, "application/xml"
		}
		if body == nil {
			http.NotFound(rec, r)
			return
		}
		sum := sha256.Sum256(body)
		etag = `"` + hex.EncodeToString(sum[:8]) + `"`
		if t, err := time.Parse("2006-01-02", d.Modified[:min(10, len(d.Modified))]); err == nil {
			modified = t.UTC().Format(http.TimeFormat)
		}
	} else {
		http.NotFound(rec, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	if etag != "" {
		h.Set("ETag", etag)
		if modified != "" {
			h.Set("Last-Modified", modified)
		}
		if r.Header.Get("If-None-Match") == etag {
			rec.WriteHeader(http.StatusNotModified)
			return
		}
	}
	switch {
	case f == nil:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		rec.Write(body)
	case f.Truncate:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		rec.Write(body[:len(body)/2])
		// returning now makes net/http close the connection short
	case f.Cut:
		h.Set("Content-Length", strconv.Itoa(len(body)/2))
		rec.Write(body[:len(body)/2])
	case f.Stall > 0:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		rec.Write(body[:min(len(body), 64)])
		rec.Flush()
		select {
		case <-time.After(f.Stall):
			rec.Write(body[min(len(body), 64):])
		case <-r.Context().Done():
		}
	case f.Trickle > 0:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		for i := range body {
			if _, err := rec.Write(body[i : i+1]); err != nil {
				return
			}
			rec.Flush()
			select {
			case <-time.After(f.Trickle):
			case <-r.Context().Done():
				return
			}
		}
	case f.Hold != nil:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		rec.Write(body[:len(body)/2])
		rec.Flush()
		f.Hold(r.Context())
	default:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		rec.Write(body)
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

var dossierQuery = regexp.MustCompile(`w\.dossiernummer=="?([0-9A-Za-z-]+)"?`)

// listing answers a searchRetrieve request: the records of the dossier the
// CQL names, startRecord and maximumRecords as SRU pages them.
func (s *Server) listing(docs []Doc, q url.Values) ([]byte, error) {
	m := dossierQuery.FindStringSubmatch(q.Get("query"))
	if m == nil || !strings.Contains(q.Get("query"), "w.publicatienaam=Kamerstuk") {
		return nil, fmt.Errorf("query %q is not a dossier query", q.Get("query"))
	}
	start, err1 := strconv.Atoi(q.Get("startRecord"))
	size, err2 := strconv.Atoi(q.Get("maximumRecords"))
	if err1 != nil || err2 != nil || start < 1 || size < 1 {
		return nil, fmt.Errorf("bad startRecord/maximumRecords")
	}
	var hits []Doc
	for _, d := range docs {
		for _, ds := range d.Dossiers {
			if ds == m[1] {
				hits = append(hits, d)
				break
			}
		}
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
<sru:version>2.0</sru:version>
`)
	fmt.Fprintf(&b, "<sru:numberOfRecords>%d</sru:numberOfRecords>\n<sru:records>\n", len(hits))
	end := min(len(hits), start-1+size)
	for i := start - 1; i < end; i++ {
		s.writeRecord(&b, hits[i], i+1)
	}
	b.WriteString("</sru:records>\n")
	if end < len(hits) {
		fmt.Fprintf(&b, "<sru:nextRecordPosition>%d</sru:nextRecordPosition>\n", end+1)
	}
	b.WriteString("</sru:searchRetrieveResponse>\n")
	return []byte(b.String()), nil
}

func (s *Server) writeRecord(b *strings.Builder, d Doc, pos int) {
	e := html.EscapeString
	dossier := d.Dossiers[0]
	fmt.Fprintf(b, `<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema><sru:recordPacking>xml</sru:recordPacking><sru:recordData>
<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">
<gzd:originalData><overheidwetgeving:meta>
<owmskern><dcterms:identifier>%s</dcterms:identifier><dcterms:title>%s</dcterms:title><dcterms:language>nl</dcterms:language><dcterms:type scheme="OVERHEIDop.Parlementair">Kamerstuk</dcterms:type><dcterms:creator scheme="OVERHEID.StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator><dcterms:modified>%s</dcterms:modified></owmskern>
<owmsmantel><dcterms:available>%s</dcterms:available><dcterms:date>%s</dcterms:date><dcterms:issued>%s</dcterms:issued></owmsmantel>
<tpmeta><overheidwetgeving:product-area>officielepublicaties</overheidwetgeving:product-area><overheidwetgeving:content-area>officielepublicaties/kst/%s</overheidwetgeving:content-area>`,
		e(d.ID), e(d.Title), e(d.Modified[:min(10, len(d.Modified))]), e(d.Date), e(d.Date), e(d.Date), e(dossier))
	for _, ds := range d.Dossiers {
		fmt.Fprintf(b, "<overheidwetgeving:dossiernummer>%s</overheidwetgeving:dossiernummer>", e(ds))
	}
	fmt.Fprintf(b, `<overheidwetgeving:ondernummer>%s</overheidwetgeving:ondernummer><overheidwetgeving:documenttitel>%s</overheidwetgeving:documenttitel><overheidwetgeving:publicatienaam>Kamerstuk</overheidwetgeving:publicatienaam><overheidwetgeving:subrubriek scheme="OVERHEIDop.KamerstukTypen">Brief</overheidwetgeving:subrubriek><overheidwetgeving:datumTijdstipWijzigingExpression>%s</overheidwetgeving:datumTijdstipWijzigingExpression></tpmeta>
</overheidwetgeving:meta></gzd:originalData>
<gzd:enrichedData>`, e(d.Number), e(d.Title), e(d.Modified))
	main := "pdf"
	if d.XML != nil {
		main = "xml"
	}
	fmt.Fprintf(b, "<gzd:url>%s</gzd:url><gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/%s.html</gzd:preferredUrl>", e(s.FileURL(d, main)), e(d.ID))
	for _, m := range []string{"html", "metadata", "pdf", "xml"} {
		if (m == "xml" && d.XML == nil) || (m == "pdf" && d.PDF == nil) {
			continue
		}
		fmt.Fprintf(b, `<gzd:itemUrl manifestation="%s">%s</gzd:itemUrl>`, m, e(s.FileURL(d, m)))
	}
	fmt.Fprintf(b, "<gzd:timestamp>%s</gzd:timestamp></gzd:enrichedData>\n</gzd:gzd></sru:recordData><sru:recordPosition>%d</sru:recordPosition></sru:record>\n", e(d.Modified), pos)
}
