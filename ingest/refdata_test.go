package ingest

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// The embedded reference data are well-formed: every row has its columns,
// a CELEX number that agrees with its type, year and number, citations that
// cite it, ISO codes, dates, a source; no name belongs to two entries.
func TestRefData(t *testing.T) {
	d, err := loadRefData(refFiles)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range checkRefData(d) {
		t.Error(p)
	}
	if len(d.acts) < 123 || len(d.countries) < 74 || len(d.orgs) < 45 || len(d.terms) < 30 {
		t.Errorf("%d acts, %d countries, %d organisations, %d terms; want at least 123, 74, 45, 30",
			len(d.acts), len(d.countries), len(d.orgs), len(d.terms))
	}
	// The parsed records carry what the files say.
	a, ok := actIndex().byCELEX["32001L0055"]
	if !ok || a.Type != "directive" || a.Year != 2001 || a.Number != 55 || a.ShortNL != "Richtlijn tijdelijke bescherming" ||
		a.CitationNL != "Richtlijn 2001/55/EG" || !contains(a.Aliases, "TPD") || a.Area != "asylum" || a.InForce != "yes" {
		t.Errorf("32001L0055: %+v", a)
	}
	if r := actIndex().byCELEX["32011L0098"]; r == nil || r.repealedBy() != "32024L1233" {
		t.Errorf("32011L0098 repealed by %v", r)
	}
	c := countryIndex().byCode["RO"]
	if c == nil || c.NameNL != "Roemenië" || !c.Member || c.Schengen != "full" || !contains(c.Adjectives, "Roemeense") || !contains(c.Demonyms, "Roemenen") {
		t.Errorf("RO: %+v", c)
	}
	o := orgIndex().byKey["coreper"]
	if o == nil || o.Acronym != "Coreper" || o.Type != "council-body" || !contains(o.Aliases, "COREPER") {
		t.Errorf("coreper: %+v", o)
	}
	var notes int
	for _, tm := range d.terms {
		if tm.Note != "" {
			notes++
		}
	}
	if notes < 10 {
		t.Errorf("%d terms with a note; the 10th column is not read", notes)
	}
}

// checkRefData finds what is wrong: the test above can fail.
func TestCheckRefDataFindsErrors(t *testing.T) {
	row := func(fields ...string) string { return strings.Join(fields, "\t") + "\n" }
	header := func(cols []string) string { return row(cols...) }
	fsys := fstest.MapFS{
		"refdata/acts.tsv": {Data: []byte(header(actColumns) +
			row("32011L0098", "regulation", "2011", "98", "Directive 2011/98/EU", "Richtlijn 2011/98/EU", "Directive of 13 December 2011 ...", "Single Permit Directive", "GVVA-richtlijn", "", "labour-migration", "yes", "EUR-Lex") +
			row("32011L0036", "directive", "2012", "36", "Directive 2011/36/EU", "Richtlijn 2011/36/EU", "Directive 2011/36/EU of ...", "Anti-Trafficking Directive", "Mensenhandelrichtlijn", "GVVA richtlijn", "trafficking", "repealed by 39999L9999", "") +
			row("3201L0036", "directive", "2011", "36", "Directive 2011/36/EU", "Richtlijn 2011/36/EU", "x", "A", "B", "", "trafficking", "yes", "EUR-Lex"))},
		"refdata/countries.tsv": {Data: []byte(header(countryColumns) +
			row("NL", "Netherlands", "Nederland", "true", "full", "Nederlands | Nederlandse", "Nederlander", "Dutch", "ISO") +
			row("nl", "Holland", "Holland", "maybe?", "sometimes", "Hollands", "Nederlander", "", ""))},
		"refdata/organisations.tsv": {Data: []byte(header(orgColumns) +
			row("Coreper", "Coreper", "Committee of Permanent Representatives", "", "council body", "", "consilium"))},
		"refdata/officeholders.tsv": {Data: []byte(header(termColumns) +
			row("A. Een", "Anna Een", "Een", "Minister van Justitie en Veiligheid", "2020-01-01", "2022-01-01", "X", "P", "src", "") +
			row("B. Twee", "Bert Twee", "Een", "Minister van Justitie en Veiligheid", "2021-06-01", "2021-02-30", "X", "P", "", ""))},
		"refdata/proposals.tsv": {Data: []byte(header(proposalCols) +
			row("COM(2010) 379", "32011L0098", "EUR-Lex") +
			row("COM(2013) 1", "32011L0036", "") +
			row("COM(2010) 379", "32099L0001", "EUR-Lex"))},
	}
	_, err := loadRefData(fsys)
	if err == nil || !strings.Contains(err.Error(), "countries.tsv:3: member_state") {
		t.Fatalf("loadRefData: %v", err)
	}
	fsys["refdata/countries.tsv"].Data = []byte(strings.Replace(string(fsys["refdata/countries.tsv"].Data), "maybe?", "false", 1))
	d, err := loadRefData(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(checkRefData(d), "\n")
	for _, want := range []string{
		`acts.tsv:2: type "regulation" does not match CELEX 32011L0098`,
		`acts.tsv:3: year 2012 does not match CELEX 32011L0036`,
		`acts.tsv:3: in_force "repealed by 39999L9999"`,
		`acts.tsv:3: no source`,
		`acts.tsv:3: name "GVVA richtlijn" is also a name of 32011L0098`,
		`acts.tsv:4: celex "3201L0036" is not a sector 3 CELEX number`,
		`acts.tsv:2: title does not carry the number 2011/98`,
		`countries.tsv:3: iso2 "nl" is not two capitals`,
		`countries.tsv:3: schengen "sometimes"`,
		`countries.tsv:3: no source`,
		`countries.tsv:3: word "Nederlander" is also a word of NL`,
		`countries.tsv: 1 member states, want 27`,
		`organisations.tsv:2: key "Coreper" is not a slug`,
		`organisations.tsv:2: type "council body"`,
		`officeholders.tsv:3: end "2021-02-30" is not a date`,
		`officeholders.tsv:3: no source`,
		`officeholders.tsv:3: name "Een" is also a name of A. Een`,
		`officeholders.tsv:3: B. Twee overlaps A. Een as Minister van Justitie en Veiligheid`,
		`proposals.tsv:3: COM(2013) 1 is later than the act 32011L0036 it became`,
		`proposals.tsv:3: no source`,
		`proposals.tsv:4: celex 32099L0001 is not in acts.tsv`,
		`proposals.tsv:4: COM(2010) 379 twice`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("checkRefData does not report %q; it reports:\n%s", want, got)
		}
	}
	fsys["refdata/proposals.tsv"].Data = []byte(header(proposalCols) + row("COM 2010/379", "32011L0098", "EUR-Lex"))
	if _, err := loadRefData(fsys); err == nil || !strings.Contains(err.Error(), `proposals.tsv:2: com "COM 2010/379" is not written`) {
		t.Errorf("bad COM number: %v", err)
	}
	// A file with a missing column is refused whole.
	fsys["refdata/acts.tsv"].Data = []byte(header(actColumns) + "32011L0098\tdirective\n")
	if _, err := loadRefData(fsys); err == nil || !strings.Contains(err.Error(), "acts.tsv:2: 2 fields, want 13") {
		t.Errorf("short row: %v", err)
	}
	fsys["refdata/acts.tsv"].Data = []byte("celex\ttype\n")
	if _, err := loadRefData(fsys); err == nil || !strings.Contains(err.Error(), "acts.tsv:1: header") {
		t.Errorf("bad header: %v", err)
	}
}

// The presidency table covers 2009 to 2026 without gaps (loadPresidencies
// checks the sequence) and gives the half-years the letters name.
func TestPresidencyTable(t *testing.T) {
	terms, err := loadPresidencies()
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) != 36 {
		t.Errorf("%d half-years, want 36 (2009-2026)", len(terms))
	}
	for day, want := range map[string]string{"2009-06-04": "CZ", "2009-12-31": "SE", "2010-01-01": "ES", "2010-11-08": "BE", "2015-12-03": "LU", "2016-06-30": "NL", "2017-07-01": "EE",
		"2020-03-13": "HR", "2024-01-25": "BE", "2025-07-22": "DK", "2026-12-31": "IE"} {
		d, _ := parseISO(day)
		if got, ok := presidencyOn(d); !ok || got != want {
			t.Errorf("presidency on %s: %q, want %s", day, got, want)
		}
	}
	if _, ok := presidencyOn(time.Date(2008, 12, 31, 0, 0, 0, 0, time.UTC)); ok {
		t.Error("a presidency before the table")
	}
}
