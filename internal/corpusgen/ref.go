package corpusgen

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Reference is the reference data the generator draws from: the tables of
// ingest/refdata (acts.tsv, officeholders.tsv, countries.tsv,
// organisations.tsv), read by LoadReference.
type Reference struct {
	Acts      []Act
	Holders   []Holder
	Countries []Country
	Orgs      []Org
}

// Act is an EU legal act of acts.tsv.
type Act struct {
	CELEX   string // "32011L0098"
	Type    byte   // CELEX type letter: L directive, R regulation, D decision, F framework decision
	Year    int
	Number  int
	Council bool      // a Council-only act ("Council Directive ...")
	ShortNL string    // usual Dutch short name, "" when unusable in running text
	Area    string    // asylum, migration, borders, police, ...
	Adopted time.Time // from the official title ("of 13 December 2011"), else 1 January of the next year
	Prefix  string    // "(EU)", "(EG)" of the official citation, "" when none
	Series  string    // "EU", "EG", "JBZ" of a pre-2015 citation, "" when none
}

// Holder is one term of office of officeholders.tsv.
type Holder struct {
	Name   string    // as signed: "D. Yeşilgöz-Zegerius"
	Office string    // "Minister van Justitie en Veiligheid"
	Start  time.Time // first day
	End    time.Time // first day no longer in office; zero while in office
}

// Country is a country of countries.tsv.
type Country struct {
	Code   string // ISO 3166-1 alpha-2
	NameNL string
	Member bool
}

// Org is an EU body of organisations.tsv.
type Org struct {
	Key  string
	Name string // the form letters use: the acronym, else the Dutch name
}

// LoadReference reads the four tables from fsys (the folder ingest/refdata).
func LoadReference(fsys fs.FS) (*Reference, error) {
	ref := &Reference{}
	read := func(name string, row func(map[string]string) error) error {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("corpusgen: %w", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var header []string
		line := 0
		for sc.Scan() {
			line++
			t := strings.TrimRight(sc.Text(), "\r")
			if t == "" {
				continue
			}
			f := strings.Split(t, "\t")
			if header == nil {
				header = f
				continue
			}
			m := make(map[string]string, len(header))
			for i, h := range header {
				if i < len(f) {
					m[h] = strings.TrimSpace(f[i])
				}
			}
			if err := row(m); err != nil {
				return fmt.Errorf("corpusgen: %s:%d: %w", name, line, err)
			}
		}
		return sc.Err()
	}
	for _, table := range []struct {
		name string
		row  func(map[string]string) error
	}{
		{"acts.tsv", func(m map[string]string) error {
			a, err := parseAct(m)
			if err != nil {
				return err
			}
			ref.Acts = append(ref.Acts, a)
			return nil
		}},
		{"officeholders.tsv", func(m map[string]string) error {
			h := Holder{Name: m["name_signed"], Office: m["office"]}
			var err error
			if h.Start, err = time.Parse(time.DateOnly, m["start"]); err != nil {
				return err
			}
			if m["end"] != "" {
				if h.End, err = time.Parse(time.DateOnly, m["end"]); err != nil {
					return err
				}
			}
			ref.Holders = append(ref.Holders, h)
			return nil
		}},
		{"countries.tsv", func(m map[string]string) error {
			ref.Countries = append(ref.Countries, Country{Code: m["iso2"], NameNL: m["name_nl"], Member: m["member_state"] == "true"})
			return nil
		}},
		{"organisations.tsv", func(m map[string]string) error {
			name := m["acronym"]
			if name == "" {
				name = m["name_nl"]
			}
			if name != "" {
				ref.Orgs = append(ref.Orgs, Org{Key: m["key"], Name: name})
			}
			return nil
		}},
	} {
		if err := read(table.name, table.row); err != nil {
			return nil, err
		}
	}
	if len(ref.Acts) == 0 || len(ref.Holders) == 0 {
		return nil, fmt.Errorf("corpusgen: reference data without acts or office holders")
	}
	ref.cleanShortNames()
	return ref, nil
}

var (
	celexRe    = regexp.MustCompile(`^3([0-9]{4})([LRDF])([0-9]{4})$`)
	adoptedRe  = regexp.MustCompile(`\bof ([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{4})\b`)
	prefixRe   = regexp.MustCompile(`\((EU|EG|EEG)\)`)
	seriesRe   = regexp.MustCompile(`/(EU|EG|EEG|JBZ)\b`)
	englishMon = map[string]time.Month{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
		"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}
)

func parseAct(m map[string]string) (Act, error) {
	c := celexRe.FindStringSubmatch(m["celex"])
	if c == nil {
		return Act{}, fmt.Errorf("bad CELEX %q", m["celex"])
	}
	a := Act{CELEX: m["celex"], Type: c[2][0], Area: m["area"], ShortNL: m["short_nl"]}
	a.Year, _ = strconv.Atoi(c[1])
	a.Number, _ = strconv.Atoi(c[3])
	a.Council = strings.HasPrefix(m["citation_en"], "Council ")
	a.Adopted = time.Date(a.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	if d := adoptedRe.FindStringSubmatch(m["title_en"]); d != nil {
		day, _ := strconv.Atoi(d[1])
		y, _ := strconv.Atoi(d[3])
		a.Adopted = time.Date(y, englishMon[d[2]], day, 0, 0, 0, 0, time.UTC)
	}
	if p := prefixRe.FindStringSubmatch(m["citation_nl"]); p != nil {
		a.Prefix = "(" + p[1] + ")"
	}
	if s := seriesRe.FindStringSubmatch(m["citation_nl"]); s != nil {
		a.Series = s[1]
	}
	return a, nil
}

// cleanShortNames drops short names that would confuse a reader (and the
// extractor): names with brackets ("Schengenevaluatieverordening (2013)"),
// names that contain another act's name ("wijziging Europol-verordening
// (2022)" contains "Europol-verordening"), and names that start with a
// capital-free qualifier shared by a recast.
func (r *Reference) cleanShortNames() {
	names := make([]string, len(r.Acts))
	for i, a := range r.Acts {
		names[i] = strings.ToLower(a.ShortNL)
	}
	for i := range r.Acts {
		a := &r.Acts[i]
		n := names[i]
		if n == "" || strings.ContainsAny(n, "(),") || strings.Count(n, " ") > 3 {
			a.ShortNL = ""
			continue
		}
		for j, o := range names {
			if j != i && o != "" && o != n && strings.Contains(n, o) {
				a.ShortNL = ""
				break
			}
		}
	}
	// An act whose name another act's name contains is named by number only,
	// so that "herziene GVVA-richtlijn" never reads as "GVVA-richtlijn".
	for i := range r.Acts {
		n := names[i]
		if n == "" {
			continue
		}
		for j, o := range names {
			if j != i && o != n && strings.Contains(o, n) {
				r.Acts[i].ShortNL = ""
				break
			}
		}
	}
	sort.SliceStable(r.Acts, func(i, j int) bool { return r.Acts[i].CELEX < r.Acts[j].CELEX })
}

// holdersOn returns the terms that cover day d, in table order.
func (r *Reference) holdersOn(d time.Time) []Holder {
	var out []Holder
	for _, h := range r.Holders {
		if !d.Before(h.Start) && (h.End.IsZero() || d.Before(h.End)) {
			out = append(out, h)
		}
	}
	return out
}
