package ingest

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Meta is what a sidecar file says about a document. A sidecar is a text file
// "<letter base name without extension>.meta" beside the letter (for example
// kst-32317-867.meta beside kst-32317-867.txt) with "key: value" lines, "#"
// comments and blank lines. Keys are case-insensitive; each may occur once.
//
//	# Kamerstuk 32 317, nr. 867
//	dossier: 32317
//	number: 867
//	date: 2024-01-15
//	title: Brief van de ministers van Justitie en Veiligheid ...
//	kind: brief
//	addressee: Voorzitter van de Tweede Kamer der Staten-Generaal
//	url: https://zoek.officielebekendmakingen.nl/kst-32317-867.html
//
// Meta is also what the publisher's metadata in any other form says (KOOP
// metadata.xml, the header lines of a web page, Tweede Kamer OData or
// SyncFeed): see read.go. The publisher's metadata is authoritative: where
// the text is silent it fills in, and where the text says otherwise it wins
// and Extract records the disagreement as a graph.Discrepancy.
type Meta struct {
	Dossier, Number, Date, Title, Kind, Addressee, URL string

	// Dossiers are all the dossiers a document belongs to when there are
	// several (a Kamerstuk may be filed in two), Dossier first; nil when
	// there is only Dossier.
	Dossiers []string
	// DocNumber is the Tweede Kamer's document number ("2023D11165").
	DocNumber string
	// Key is the document's key when the publisher names one that is not
	// a Kamerstuk ("stcrt-2016-65451"); a Kamerstuk's key is built from
	// Dossier and Number.
	Key string
	// Signatories are the people who signed, in order, with the office
	// they signed in, as the publisher lists them.
	Signatories []Signatory
	// From names, per field ("date", "signatories", ...), the file and
	// form the value was read from: "kst-32317-867.odata.json (OData
	// Document)". Discrepancies and metadata evidence cite it.
	From map[string]string
}

// Signatory is a signatory as the publisher lists it.
type Signatory struct {
	Name   string // "D. Yeşilgöz-Zegerius"
	Office string // "Minister van Justitie en Veiligheid", as the publisher writes it
}

var (
	// A dossier is digits, optionally with a sub-dossier ("21501-20") or a
	// Roman numeral for a budget chapter ("36200-VI"). Spaces between digit
	// groups ("32 317") are dropped before the check.
	metaDossierRe = regexp.MustCompile(`^[0-9]{4,6}(?:-(?:[0-9]{1,3}|[IVXLC]{1,6}))?$`)
	// A number is digits, or one or two capitals for Eerste Kamer documents ("B"),
	// or digits and a small letter, the Eerste Kamer's numbering before 2000
	// ("62a", a preliminary report on Kamerstuk 62).
	metaNumberRe = regexp.MustCompile(`^(?:[0-9]{1,5}[a-z]?|[A-Z]{1,2})$`)
	metaDateRe   = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// ParseMeta reads a sidecar. Unknown keys, lines without a colon, empty or
// repeated keys, malformed dates, dossiers and numbers, and URLs that are not
// absolute http(s) URLs are errors naming the file and line.
func ParseMeta(name string, data []byte) (Meta, error) {
	var m Meta
	if err := Check(name, data); err != nil && !isEmptyErr(err) {
		return m, err
	}
	seen := map[string]int{}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		n := i + 1
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return Meta{}, inputError(ErrMeta, name, n, "not a \"key: value\" line: %q", line)
		}
		key := strings.ToLower(strings.TrimSpace(k))
		val := strings.TrimSpace(v)
		if prev, dup := seen[key]; dup {
			return Meta{}, inputError(ErrMeta, name, n, "key %q repeated (first on line %d)", key, prev)
		}
		seen[key] = n
		if val == "" {
			return Meta{}, inputError(ErrMeta, name, n, "key %q has no value", key)
		}
		if err := m.set(key, val); err != "" {
			return Meta{}, inputError(ErrMeta, name, n, "%s", err)
		}
		m.from(key, name+" (sidecar)")
	}
	return m, nil
}

func isEmptyErr(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Class == ErrEmpty
}

// set stores one value, returning a message when it is not acceptable.
func (m *Meta) set(key, val string) string {
	switch key {
	case "dossier":
		d := strings.Join(strings.Fields(val), "")
		if !metaDossierRe.MatchString(d) {
			return "dossier " + quote(val) + " is not a dossier number (digits, e.g. 32317 or 21501-20)"
		}
		m.Dossier = d
	case "number":
		if !metaNumberRe.MatchString(val) {
			return "number " + quote(val) + " is not a document number (digits, a capital such as B, or digits and a letter such as 62a)"
		}
		m.Number = val
	case "date":
		if !metaDateRe.MatchString(val) {
			return "date " + quote(val) + " is not YYYY-MM-DD"
		}
		if _, err := time.Parse("2006-01-02", val); err != nil {
			return "date " + quote(val) + " is not a calendar date"
		}
		m.Date = val
	case "title":
		m.Title = val
	case "kind":
		m.Kind = val
	case "addressee":
		m.Addressee = val
	case "url":
		u, err := url.Parse(val)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return "url " + quote(val) + " is not an absolute http(s) URL"
		}
		m.URL = val
	default:
		return "unknown key " + quote(key) + " (known: dossier, number, date, title, kind, addressee, url)"
	}
	return ""
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// from records where field's value was read.
func (m *Meta) from(field, source string) {
	if m.From == nil {
		m.From = map[string]string{}
	}
	m.From[field] = source
}

// source is where field's value was read, or "the publisher's metadata".
func (m *Meta) source(field string) string {
	if s := m.From[field]; s != "" {
		return s
	}
	return "the publisher's metadata"
}

// empty reports whether m says nothing.
func (m *Meta) empty() bool {
	return m.Dossier == "" && m.Number == "" && m.Date == "" && m.Title == "" && m.Kind == "" &&
		m.Addressee == "" && m.URL == "" && m.DocNumber == "" && m.Key == "" && len(m.Signatories) == 0
}

// hasDossier reports whether m names dossier, as Dossier or among Dossiers.
func (m *Meta) hasDossier(dossier string) bool {
	return m.Dossier == dossier || slices.Contains(m.Dossiers, dossier)
}

// over returns m with the fields that o leaves empty filled in from o: m
// wins where both speak.
func (m Meta) over(o Meta) Meta {
	r := m
	fill := func(field string, dst *string, v string) {
		if *dst == "" && v != "" {
			*dst = v
			r.from(field, o.source(field))
		}
	}
	r.From = map[string]string{}
	for k, v := range m.From {
		r.From[k] = v
	}
	fill("dossier", &r.Dossier, o.Dossier)
	fill("number", &r.Number, o.Number)
	fill("date", &r.Date, o.Date)
	fill("title", &r.Title, o.Title)
	fill("kind", &r.Kind, o.Kind)
	fill("addressee", &r.Addressee, o.Addressee)
	fill("url", &r.URL, o.URL)
	fill("docNumber", &r.DocNumber, o.DocNumber)
	fill("key", &r.Key, o.Key)
	if len(r.Dossiers) == 0 && len(o.Dossiers) > 0 && (r.Dossier == "" || r.Dossier == o.Dossiers[0]) {
		r.Dossiers = o.Dossiers
	}
	if len(r.Signatories) == 0 && len(o.Signatories) > 0 {
		r.Signatories = o.Signatories
		r.from("signatories", o.source("signatories"))
	}
	return r
}

// normDossier writes a dossier as keys do: "32 317" is "32317", "36 200 VI"
// and "36200-VI" are "36200-VI". It returns "" when s is not a dossier.
func normDossier(s string) string {
	f := strings.Fields(strings.ReplaceAll(s, "-", " "))
	if len(f) == 0 {
		return ""
	}
	d := ""
	for i, p := range f {
		if i > 0 && strings.Trim(p, "0123456789") != "" || i > 0 && len(d) >= 5 {
			d += "-" + strings.Join(f[i:], "-")
			break
		}
		d += p
	}
	if !metaDossierRe.MatchString(d) {
		return ""
	}
	return d
}

// adoptedLater reports whether a report's own date of adoption, its stamp
// "Vastgesteld 8 juni 2031" (stamp, giving text), comes after the
// publisher's date pub. A report does not exist before it is adopted: an
// earlier date of the publisher is that of an earlier stage (a Tweede
// Kamer document registered when the committee's questions were put), and
// the stamp is the document's date.
func adoptedLater(pub, text, stamp string) bool {
	return pub != "" && text > pub && metaDateRe.MatchString(text) && strings.HasPrefix(stamp, "Vastgesteld ")
}
