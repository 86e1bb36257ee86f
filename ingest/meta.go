package ingest

import (
	"net/url"
	"regexp"
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
// A sidecar is authoritative where the text is silent; where it contradicts
// the text on the dossier, the number or the date, Extract reports a conflict.
type Meta struct{ Dossier, Number, Date, Title, Kind, Addressee, URL string }

var (
	// A dossier is digits, optionally with a sub-dossier ("21501-20") or a
	// Roman numeral for a budget chapter ("36200-VI"). Spaces between digit
	// groups ("32 317") are dropped before the check.
	metaDossierRe = regexp.MustCompile(`^[0-9]{4,6}(?:-(?:[0-9]{1,3}|[IVXLC]{1,6}))?$`)
	// A number is digits, or one or two capitals for Eerste Kamer documents ("B").
	metaNumberRe = regexp.MustCompile(`^(?:[0-9]{1,5}|[A-Z]{1,2})$`)
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
			return "number " + quote(val) + " is not a document number (digits, or a capital such as B)"
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
