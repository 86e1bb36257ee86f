package harvest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// record is what the harvest needs from one SRU record: the publication id,
// the change stamps and the item URLs per manifestation.
type record struct {
	ID       string
	Position int
	// Version joins the record's change stamps (owmskern modified,
	// tpmeta datumTijdstipWijzigingExpression, enrichedData timestamp):
	// when it is what the state holds, the files are not fetched again.
	Version string
	Items   map[string]string // manifestation -> itemUrl
}

// sruResponse is an SRU 2.0 searchRetrieveResponse (namespace
// http://docs.oasis-open.org/ns/search-ws/sruResponse) in the vocabulary of
// repository.overheid.nl (sources README §2). encoding/xml matches local
// names, so the prefixes the server uses (sru:, gzd:, dcterms:,
// overheidwetgeving:) do not matter.
type sruResponse struct {
	NumberOfRecords    string      `xml:"numberOfRecords"`
	NextRecordPosition string      `xml:"nextRecordPosition"`
	Records            []sruRecord `xml:"records>record"`
	Diagnostics        []struct {
		URI     string `xml:"uri"`
		Details string `xml:"details"`
		Message string `xml:"message"`
	} `xml:"diagnostics>diagnostic"`
}

type sruRecord struct {
	RecordPosition string `xml:"recordPosition"`
	GZD            struct {
		Meta struct {
			Kern struct {
				Identifier string `xml:"identifier"`
				Modified   string `xml:"modified"`
			} `xml:"owmskern"`
			TP struct {
				Publicatienaam string `xml:"publicatienaam"`
				Expression     string `xml:"datumTijdstipWijzigingExpression"`
			} `xml:"tpmeta"`
		} `xml:"originalData>meta"`
		Enriched struct {
			ItemURLs []struct {
				Manifestation string `xml:"manifestation,attr"`
				URL           string `xml:",chardata"`
			} `xml:"itemUrl"`
			Timestamp string `xml:"timestamp"`
		} `xml:"enrichedData"`
	} `xml:"recordData>gzd"`
}

// dossierPattern is a Kamerstuk dossier number as SRU's w.dossiernummer
// holds it: digits, optionally a toevoeging ("36800-XXII").
var dossierPattern = regexp.MustCompile(`^[0-9]{1,6}(-[0-9A-Za-z]{1,8})?$`)

// idPattern is a publication id that is safe as a file name
// (kst-32317-867, kst-36800-XXII-12, kst-32317-760-h1).
var idPattern = regexp.MustCompile(`^[a-z]{2,8}(-[0-9A-Za-z]{1,12}){1,5}$`)

// Query is the CQL for one dossier's Kamerstukken (as parlhist's
// kamerdossier.py asks for them).
func Query(dossier string) string {
	d := dossier
	if strings.Contains(d, "-") {
		d = `"` + d + `"`
	}
	return "c.product-area==officielepublicaties AND w.dossiernummer==" + d + " AND w.publicatienaam=Kamerstuk"
}

// pageURL is the searchRetrieve request for one page.
func pageURL(base, dossier string, start, size int) (string, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("SRU URL %q is not an http(s) URL", base)
	}
	q := u.Query()
	q.Set("operation", "searchRetrieve")
	q.Set("query", Query(dossier))
	q.Set("startRecord", strconv.Itoa(start))
	q.Set("maximumRecords", strconv.Itoa(size))
	q.Set("httpAccept", "application/xml")
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// list reads every page of a dossier's records, following startRecord until
// numberOfRecords records are read.
func (h *Harvester) list(ctx context.Context, dossier string) ([]record, int, error) {
	var out []record
	start, total := 1, -1
	for {
		u, err := pageURL(h.opts.SRUURL, dossier, start, h.opts.PageSize)
		if err != nil {
			return nil, 0, err
		}
		var page sruResponse
		_, err = h.client.get(ctx, listing, u, conditional{}, func(ct string, body []byte) error {
			p, err := parseSRU(ct, body)
			page = p
			return err
		})
		if err != nil {
			return nil, 0, fmt.Errorf("SRU listing %s: %w", u, err)
		}
		n, err := strconv.Atoi(strings.TrimSpace(page.NumberOfRecords))
		if err != nil || n < 0 {
			return nil, 0, fmt.Errorf("SRU listing %s: numberOfRecords %q is not a count of records", u, page.NumberOfRecords)
		}
		if total >= 0 && n != total {
			return nil, 0, fmt.Errorf("SRU listing %s: numberOfRecords changed from %d to %d while paging; run again", u, total, n)
		}
		total = n
		if len(page.Records) > h.opts.PageSize {
			return nil, 0, fmt.Errorf("SRU listing %s: %d records on a page of at most %d", u, len(page.Records), h.opts.PageSize)
		}
		for i, r := range page.Records {
			rec, err := r.record()
			if err != nil {
				return nil, 0, fmt.Errorf("SRU listing %s: record %d of the page: %w", u, i+1, err)
			}
			out = append(out, rec)
		}
		h.log("list %s: records %d-%d of %d", dossier, start, start+len(page.Records)-1, total)
		if start-1+len(page.Records) >= total {
			break
		}
		if len(page.Records) == 0 {
			return nil, 0, fmt.Errorf("SRU listing %s: no records at startRecord %d although numberOfRecords is %d", u, start, total)
		}
		next := start + len(page.Records)
		if p, err := strconv.Atoi(strings.TrimSpace(page.NextRecordPosition)); err == nil && p > start {
			next = p
		}
		start = next
	}
	if len(out) != total {
		return nil, 0, fmt.Errorf("SRU listing of dossier %s: read %d records, numberOfRecords says %d", dossier, len(out), total)
	}
	return out, total, nil
}

// parseSRU checks that body is an SRU searchRetrieveResponse and decodes it.
// XML that does not parse is retryable (a body cut short); anything else
// that is not an SRU response is final.
func parseSRU(contentType string, body []byte) (sruResponse, error) {
	var page sruResponse
	root, err := xmlRoot(contentType, body)
	if err != nil {
		return page, err
	}
	if root != "searchRetrieveResponse" {
		return page, fmt.Errorf("root element <%s>, not an SRU <searchRetrieveResponse>", root)
	}
	if err := xml.Unmarshal(body, &page); err != nil {
		return page, retryable{fmt.Errorf("SRU response does not parse: %v", err)}
	}
	if len(page.Diagnostics) > 0 {
		d := page.Diagnostics[0]
		msg := strings.TrimSpace(d.Message + " " + d.Details)
		return page, fmt.Errorf("SRU diagnostic %s: %s", strings.TrimSpace(d.URI), msg)
	}
	return page, nil
}

// record checks one SRU record and takes what the harvest needs.
func (r sruRecord) record() (record, error) {
	id := strings.TrimSpace(r.GZD.Meta.Kern.Identifier)
	if id == "" {
		return record{}, errors.New("no gzd/originalData/meta/owmskern/identifier")
	}
	if !idPattern.MatchString(id) {
		return record{}, fmt.Errorf("identifier %q is not a publication id (like kst-32317-867)", id)
	}
	pos, _ := strconv.Atoi(strings.TrimSpace(r.RecordPosition))
	rec := record{ID: id, Position: pos, Items: map[string]string{}}
	for _, it := range r.GZD.Enriched.ItemURLs {
		m, raw := strings.TrimSpace(it.Manifestation), strings.TrimSpace(it.URL)
		if m == "" || raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return record{}, fmt.Errorf("%s: itemUrl manifestation=%q %q is not an http(s) URL", id, m, raw)
		}
		rec.Items[m] = raw
	}
	rec.Version = strings.Join([]string{
		strings.TrimSpace(r.GZD.Meta.Kern.Modified),
		strings.TrimSpace(r.GZD.Meta.TP.Expression),
		strings.TrimSpace(r.GZD.Enriched.Timestamp),
	}, "|")
	return rec, nil
}

// xmlRoot returns the local name of body's root element. An HTML page (by
// Content-Type or by its first tag) is a final error; XML that breaks off
// before its root element is retryable.
func xmlRoot(contentType string, body []byte) (string, error) {
	if isHTML(contentType, body) {
		return "", fmt.Errorf("an HTML page (Content-Type %q), not XML: %s", contentType, snippet(body))
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return "", retryable{errors.New("no XML element in the body (empty or cut short)")}
		}
		if err != nil {
			return "", retryable{fmt.Errorf("XML does not parse: %v", err)}
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// wellFormed reads the whole document: XML cut short does not parse.
func wellFormed(body []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(body))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if depth != 0 || roots == 0 {
				return retryable{errors.New("XML ends before its root element is closed (cut short)")}
			}
			return nil
		}
		if err != nil {
			return retryable{fmt.Errorf("XML does not parse: %v", err)}
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

func isHTML(contentType string, body []byte) bool {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(contentType)), "text/html") {
		return true
	}
	head := strings.ToLower(string(bytes.TrimSpace(body[:min(len(body), 512)])))
	head = strings.TrimPrefix(head, "\ufeff")
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// snippet is the start of a body for an error message.
func snippet(body []byte) string {
	s := strings.Join(strings.Fields(string(body[:min(len(body), 120)])), " ")
	if len(body) > 120 {
		s += "…"
	}
	return strconv.Quote(s)
}

// checkXML accepts a complete XML document whose root element is want.
func checkXML(want string) func(string, []byte) error {
	return func(ct string, body []byte) error {
		root, err := xmlRoot(ct, body)
		if err != nil {
			return err
		}
		if root != want {
			return fmt.Errorf("root element <%s>, want <%s>", root, want)
		}
		return wellFormed(body)
	}
}

// checkPDF accepts a complete PDF: it starts with %PDF- and has its %%EOF
// marker near the end (a PDF cut short has none).
func checkPDF(ct string, body []byte) error {
	if isHTML(ct, body) {
		return fmt.Errorf("an HTML page (Content-Type %q), not a PDF: %s", ct, snippet(body))
	}
	if !bytes.HasPrefix(body, []byte("%PDF-")) {
		return fmt.Errorf("not a PDF (no %%PDF- header): %s", snippet(body))
	}
	if !bytes.Contains(body[max(0, len(body)-1024):], []byte("%%EOF")) {
		return retryable{errors.New("PDF has no %%EOF marker at its end (cut short)")}
	}
	return nil
}
