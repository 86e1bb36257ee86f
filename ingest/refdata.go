package ingest

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The curated reference data the ingester resolves against: EU legal acts,
// countries, EU bodies and Dutch officeholders, one tab-separated file each
// in refdata/ (see refdata/README.md for columns and sources). The files are
// embedded and parsed once, on first use; they are never changed at run
// time.
//
//go:embed refdata/*.tsv
var refFiles embed.FS

// refData is the parsed reference data.
type refData struct {
	acts      []actRecord
	countries []countryRecord
	orgs      []orgRecord
	terms     []officeTerm
	proposals []proposalRecord
}

// proposalRecord is a Commission proposal of refdata/proposals.tsv: its
// COM number and the act it became.
type proposalRecord struct {
	Year, Number int    // COM(Year) Number
	CELEX        string // the act adopted on it
	Source       string
	line         int
}

// reference returns the reference data. The embedded files are checked by
// TestRefData; a file that cannot be read at all is a build defect and
// panics.
var reference = sync.OnceValue(func() *refData {
	d, err := loadRefData(refFiles)
	if err != nil {
		panic("ingest: reference data: " + err.Error())
	}
	return d
})

// Columns of the reference files, in order.
var (
	actColumns     = []string{"celex", "type", "year", "number", "citation_en", "citation_nl", "title_en", "short_en", "short_nl", "aliases", "area", "in_force", "source"}
	countryColumns = []string{"iso2", "name_en", "name_nl", "member_state", "schengen", "adjectives_nl", "demonyms_nl", "other_names", "source"}
	orgColumns     = []string{"key", "acronym", "name_en", "name_nl", "type", "aliases", "source"}
	proposalCols   = []string{"com", "celex", "source"}
	termColumns    = []string{"name_signed", "full_name", "variants", "office", "start", "end", "cabinet", "party", "source", "note"}
)

// tsvRow is a line of a reference file: its line number and fields by
// column name.
type tsvRow struct {
	line   int
	fields map[string]string
}

func (r tsvRow) get(col string) string { return r.fields[col] }

// list splits a list field: items separated by " | ".
func (r tsvRow) list(col string) []string {
	v := r.fields[col]
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readTSV reads a reference file: a header line naming exactly the columns
// want, then one row per line with as many fields. Fields are trimmed.
func readTSV(fsys fs.FS, name string, want []string) ([]tsvRow, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) == 0 || strings.Join(strings.Split(lines[0], "\t"), ",") != strings.Join(want, ",") {
		return nil, fmt.Errorf("%s:1: header is not %s", name, strings.Join(want, ","))
	}
	var rows []tsvRow
	for i, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != len(want) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", name, i+2, len(f), len(want))
		}
		row := tsvRow{line: i + 2, fields: map[string]string{}}
		for j, c := range want {
			row.fields[c] = strings.TrimSpace(f[j])
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// loadRefData parses the four reference files of fsys (rooted above
// refdata/). Errors are structural (missing file, wrong columns, a number
// or boolean that does not parse); the content is checked by checkRefData.
func loadRefData(fsys fs.FS) (*refData, error) {
	d := &refData{}
	rows, err := readTSV(fsys, "refdata/acts.tsv", actColumns)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		year, err1 := strconv.Atoi(r.get("year"))
		num, err2 := strconv.Atoi(r.get("number"))
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("refdata/acts.tsv:%d: year or number is not a number", r.line)
		}
		d.acts = append(d.acts, actRecord{
			CELEX: r.get("celex"), Type: r.get("type"), Year: year, Number: num,
			CitationEN: r.get("citation_en"), CitationNL: r.get("citation_nl"), Title: r.get("title_en"),
			ShortEN: r.get("short_en"), ShortNL: r.get("short_nl"), Aliases: r.list("aliases"),
			Area: r.get("area"), InForce: r.get("in_force"), Source: r.get("source"), line: r.line,
		})
	}
	if rows, err = readTSV(fsys, "refdata/countries.tsv", countryColumns); err != nil {
		return nil, err
	}
	for _, r := range rows {
		member, err := strconv.ParseBool(r.get("member_state"))
		if err != nil {
			return nil, fmt.Errorf("refdata/countries.tsv:%d: member_state %q", r.line, r.get("member_state"))
		}
		d.countries = append(d.countries, countryRecord{
			Code: r.get("iso2"), Name: r.get("name_en"), NameNL: r.get("name_nl"), Member: member,
			Schengen: r.get("schengen"), Adjectives: r.list("adjectives_nl"), Demonyms: r.list("demonyms_nl"),
			Other: r.list("other_names"), Source: r.get("source"), line: r.line,
		})
	}
	if rows, err = readTSV(fsys, "refdata/organisations.tsv", orgColumns); err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.orgs = append(d.orgs, orgRecord{
			Key: r.get("key"), Acronym: r.get("acronym"), NameEN: r.get("name_en"), NameNL: r.get("name_nl"),
			Type: r.get("type"), Aliases: r.list("aliases"), Source: r.get("source"), line: r.line,
		})
	}
	if rows, err = readTSV(fsys, "refdata/officeholders.tsv", termColumns); err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.terms = append(d.terms, officeTerm{
			NameSigned: r.get("name_signed"), FullName: r.get("full_name"), Variants: r.list("variants"),
			Office: r.get("office"), Start: r.get("start"), End: r.get("end"), Cabinet: r.get("cabinet"),
			Party: r.get("party"), Source: r.get("source"), Note: r.get("note"), line: r.line,
		})
	}
	if rows, err = readTSV(fsys, "refdata/proposals.tsv", proposalCols); err != nil {
		return nil, err
	}
	for _, r := range rows {
		m := comNumberRe.FindStringSubmatch(r.get("com"))
		if m == nil {
			return nil, fmt.Errorf("refdata/proposals.tsv:%d: com %q is not written \"COM(YYYY) N\"", r.line, r.get("com"))
		}
		y, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[2])
		d.proposals = append(d.proposals, proposalRecord{Year: y, Number: n, CELEX: r.get("celex"), Source: r.get("source"), line: r.line})
	}
	return d, nil
}

// comNumberRe is a COM number as the reference data write it.
var comNumberRe = regexp.MustCompile(`^COM\(([0-9]{4})\) ([1-9][0-9]{0,3})$`)

var (
	isoCodeRe  = regexp.MustCompile(`^[A-Z]{2}$`)
	orgKeyRe   = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	repealedRe = regexp.MustCompile(`^repealed by (3[0-9]{4}[LRDF][0-9]{4})$`)
)

var (
	actTypeLetter = map[string]byte{"directive": 'L', "regulation": 'R', "decision": 'D', "framework decision": 'F'}
	schengenKinds = map[string]bool{"full": true, "no": true, "associated": true}
	orgTypes      = map[string]bool{"institution": true, "agency": true, "council-body": true, "ep-committee": true, "network": true, "international": true, "advisory": true}
)

// checkRefData checks the content of the reference data and returns every
// problem found: malformed or duplicate keys, CELEX numbers that disagree
// with their type, year and number, citations without the act's number,
// ISO codes, dates and terms, a name given to two entries, a row without a
// source.
func checkRefData(d *refData) []string {
	var errs []string
	bad := func(file string, line int, format string, args ...any) {
		errs = append(errs, fmt.Sprintf("refdata/%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
	}
	// claim gives each of names to owner in seen (under its key), and
	// reports one (a "name" or a "word", as noun says) that another owner
	// already has.
	claim := func(file string, line int, noun string, names []string, key func(string) string, owner string, seen map[string]string) {
		for _, n := range names {
			k := key(n)
			if other, ok := seen[k]; ok && other != owner {
				bad(file, line, "%s %q is also a %s of %s", noun, n, noun, other)
			}
			seen[k] = owner
		}
	}

	// Acts.
	celexes := map[string]bool{}
	for _, a := range d.acts {
		celexes[a.CELEX] = true
	}
	seenAct := map[string]bool{}
	actNames := map[string]string{} // squashed name -> CELEX
	for _, a := range d.acts {
		m := celexRe.FindStringSubmatch(a.CELEX)
		switch {
		case m == nil:
			bad("acts.tsv", a.line, "celex %q is not a sector 3 CELEX number", a.CELEX)
			continue
		case seenAct[a.CELEX]:
			bad("acts.tsv", a.line, "celex %s twice", a.CELEX)
		}
		seenAct[a.CELEX] = true
		if actTypeLetter[a.Type] != m[2][0] {
			bad("acts.tsv", a.line, "type %q does not match CELEX %s", a.Type, a.CELEX)
		}
		if y, _ := strconv.Atoi(m[1]); y != a.Year {
			bad("acts.tsv", a.line, "year %d does not match CELEX %s", a.Year, a.CELEX)
		}
		if n, _ := strconv.Atoi(m[3]); n != a.Number {
			bad("acts.tsv", a.line, "number %d does not match CELEX %s", a.Number, a.CELEX)
		}
		for _, c := range []string{a.CitationEN, a.CitationNL} {
			if got, ok := ResolveActRef(c); !ok || got != a.CELEX {
				bad("acts.tsv", a.line, "citation %q does not cite %s (reads %q)", c, a.CELEX, got)
			}
		}
		if !strings.Contains(a.Title, citedNumber(a)) {
			bad("acts.tsv", a.line, "title does not carry the number %s", citedNumber(a))
		}
		if a.ShortEN == "" || a.ShortNL == "" || a.Area == "" {
			bad("acts.tsv", a.line, "short_en, short_nl or area empty")
		}
		if a.InForce != "yes" && a.InForce != "no" {
			if r := repealedRe.FindStringSubmatch(a.InForce); r == nil || !celexes[r[1]] {
				bad("acts.tsv", a.line, "in_force %q is not yes, no or \"repealed by <CELEX in the table>\"", a.InForce)
			}
		}
		if a.Source == "" {
			bad("acts.tsv", a.line, "no source")
		}
		claim("acts.tsv", a.line, "name", a.allNames(), squash, a.CELEX, actNames)
	}

	// Proposals: an act of the table, adopted no earlier than proposed,
	// and no COM number twice.
	seenCOM := map[[2]int]bool{}
	for _, p := range d.proposals {
		k := [2]int{p.Year, p.Number}
		a := actRecordOf(d.acts, p.CELEX)
		switch {
		case a == nil:
			bad("proposals.tsv", p.line, "celex %s is not in acts.tsv", p.CELEX)
		case p.Year > a.Year:
			bad("proposals.tsv", p.line, "COM(%d) %d is later than the act %s it became", p.Year, p.Number, p.CELEX)
		}
		if seenCOM[k] {
			bad("proposals.tsv", p.line, "COM(%d) %d twice", p.Year, p.Number)
		}
		seenCOM[k] = true
		if p.Source == "" {
			bad("proposals.tsv", p.line, "no source")
		}
	}

	// Countries.
	seenCode := map[string]bool{}
	countryWords := map[string]string{}
	members := 0
	for _, c := range d.countries {
		if !isoCodeRe.MatchString(c.Code) {
			bad("countries.tsv", c.line, "iso2 %q is not two capitals", c.Code)
		}
		if seenCode[c.Code] {
			bad("countries.tsv", c.line, "iso2 %s twice", c.Code)
		}
		seenCode[c.Code] = true
		if c.Member {
			members++
		}
		if !schengenKinds[c.Schengen] {
			bad("countries.tsv", c.line, "schengen %q", c.Schengen)
		}
		if c.Name == "" || c.NameNL == "" || len(c.Adjectives) == 0 {
			bad("countries.tsv", c.line, "name or adjectives empty")
		}
		if c.Source == "" {
			bad("countries.tsv", c.line, "no source")
		}
		claim("countries.tsv", c.line, "word", c.allWords(), func(w string) string { return strings.ToLower(foldDiacritics(w)) }, c.Code, countryWords)
	}
	if members != 27 {
		errs = append(errs, fmt.Sprintf("refdata/countries.tsv: %d member states, want 27", members))
	}

	// Organisations.
	seenOrg := map[string]bool{}
	orgWords := map[string]string{}
	for _, o := range d.orgs {
		if !orgKeyRe.MatchString(o.Key) {
			bad("organisations.tsv", o.line, "key %q is not a slug", o.Key)
		}
		if seenOrg[o.Key] {
			bad("organisations.tsv", o.line, "key %s twice", o.Key)
		}
		seenOrg[o.Key] = true
		if !orgTypes[o.Type] {
			bad("organisations.tsv", o.line, "type %q", o.Type)
		}
		if o.NameEN == "" {
			bad("organisations.tsv", o.line, "no English name")
		}
		if o.Source == "" {
			bad("organisations.tsv", o.line, "no source")
		}
		claim("organisations.tsv", o.line, "name", o.words(), squash, o.Key, orgWords)
	}

	// Officeholders.
	personOf := map[string]string{} // slug of a name or variant -> name_signed
	full := map[string]string{}
	for _, t := range d.terms {
		if t.NameSigned == "" || t.FullName == "" || t.Office == "" || t.Cabinet == "" {
			bad("officeholders.tsv", t.line, "name_signed, full_name, office or cabinet empty")
		}
		if t.Source == "" {
			bad("officeholders.tsv", t.line, "no source")
		}
		start, err := time.Parse(time.DateOnly, t.Start)
		if err != nil {
			bad("officeholders.tsv", t.line, "start %q is not a date", t.Start)
		}
		if t.End != "" {
			end, err := time.Parse(time.DateOnly, t.End)
			if err != nil {
				bad("officeholders.tsv", t.line, "end %q is not a date", t.End)
			} else if !end.After(start) {
				bad("officeholders.tsv", t.line, "term ends %s before it starts %s", t.End, t.Start)
			}
		}
		if f, ok := full[t.NameSigned]; ok && f != t.FullName {
			bad("officeholders.tsv", t.line, "full_name %q differs from %q on another row", t.FullName, f)
		}
		full[t.NameSigned] = t.FullName
		claim("officeholders.tsv", t.line, "name", append([]string{t.NameSigned, t.FullName}, t.Variants...), func(n string) string { return slug(stripTitles(n)) }, t.NameSigned, personOf)
	}
	// A ministry has one minister at a time (state secretaries may be two).
	for i, a := range d.terms {
		for _, b := range d.terms[i+1:] {
			if a.Office != b.Office || !strings.HasPrefix(a.Office, "Minister ") || a.NameSigned == b.NameSigned {
				continue
			}
			if termsOverlap(a, b) {
				bad("officeholders.tsv", b.line, "%s overlaps %s as %s", b.NameSigned, a.NameSigned, a.Office)
			}
		}
	}
	return errs
}

// citedNumber is how an act's title writes its number: "2011/98/EU",
// "No 604/2013", "2024/1689", "95/46/EC".
func citedNumber(a actRecord) string {
	f := strings.Fields(a.CitationEN)
	n := f[len(f)-1]
	if i := strings.LastIndex(n, "/"); strings.Count(n, "/") == 2 {
		n = n[:i]
	}
	return n
}

// termsOverlap reports whether two terms share a day ([start, end), open
// end).
func termsOverlap(a, b officeTerm) bool {
	aEnd, bEnd := a.End, b.End
	if aEnd == "" {
		aEnd = "9999-12-31"
	}
	if bEnd == "" {
		bEnd = "9999-12-31"
	}
	return a.Start < bEnd && b.Start < aEnd
}

// actRecordOf returns the act of acts with the CELEX number, or nil.
func actRecordOf(acts []actRecord, celex string) *actRecord {
	for i := range acts {
		if acts[i].CELEX == celex {
			return &acts[i]
		}
	}
	return nil
}
