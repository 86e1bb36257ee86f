package ingest

import (
	"reflect"
	"strings"
	"testing"
)

// A COM number is the act its proposal became; one never adopted, or
// unknown to the data, is no act.
func TestFindProposals(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"EU-voorstel: Verordening Europese grens- en kustwacht COM (2015) 671, het EU-voorstel", []string{"32016R1624"}},
		{"interoperabiliteit (grenzen en visa) COM (2017) 793 en (politie) COM (2017) 794", []string{"32019R0817", "32019R0818"}},
		{"richtlijnvoorstel opvang COM(2011)320 en procedures COM(2011)319", []string{"32013L0033", "32013L0032"}},
		{"Document COM/2016/0731 final", []string{"32018R1240"}},
		{"Migratievoorstellen COM(2018)631, 633, 634", []string{"32019R1896", "32021R2303"}}, // 634, the return recast, was never adopted
		{"Slimme Grenzen COM (2013) 95, 96 en 97", nil},                                      // withdrawn: no acts
		{"herziening terugkeerrichtlijn COM (2018) 634 final", nil},                          // never adopted
		{"Verordening Europese grens- en kustwacht COM(2015)6711", nil},                      // a footnote glued to the number: not read
		{"de mededeling COM(2016) 120 over Schengen", nil},                                   // a communication
		{"the COMMISSION (2015) 671", nil},                                                   // no COM number
		{"COM (2024) 567 en later COM(2020) 612", []string{"32025R1534", "32024R1356"}},
	} {
		var got []string
		for _, p := range findProposals(c.text) {
			got = append(got, p.celex)
			if r := []rune(c.text); string(r[p.start:p.end]) != p.written {
				t.Errorf("%q: span %d-%d is %q, written %q", c.text, p.start, p.end, string(r[p.start:p.end]), p.written)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("findProposals(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// What a name means depends on when the letter was written.
func TestDatedActName(t *testing.T) {
	for _, c := range []struct {
		target, before string
		year           int
		want           string
		ok             bool
	}{
		// the fiche of 2018 is on the successor's proposal (COM(2018) 631)
		{"32016R1624", "Fiche: ", 2018, "32019R1896", true},
		{"32016R1624", "• de brief inzake fiche: ", 2019, "32019R1896", true},
		// in 2016 the same title is the 2016 regulation's proposal
		{"32016R1624", "EU-voorstel: ", 2016, "32016R1624", true},
		// not read as a proposal: the act in force
		{"32016R1624", "de taken onder de ", 2018, "32016R1624", true},
		// after the successor was adopted, a new proposal is not that
		// successor's proposal; but the successor of the same name, adopted
		// in 2019, repealed the 2016 regulation: in 2021 its name is the
		// act in force (actInForce, acts_named_forms.go)
		{"32016R1624", "voorstel tot wijziging van de ", 2021, "32019R1896", true},
		// the recast Eurodac proposal in the amended version of 2020
		{"32013R0603", "Fiche: Gewijzigd voorstel voor ", 2020, "32024R1358", true},
		// a proposal sentence ended before the name does not count
		{"32013R0603", "Fiche: zie boven. Daarnaast werkt de ", 2020, "32013R0603", true},
		// no act is named before it was proposed: the 2021 amendment of the
		// Schengen Borders Code in 2013 is the code it amends
		{"32024R1717", "– verordening tot ", 2013, "32006R0562", true},
		{"32016R0399", "de ", 2013, "32006R0562", true},
		{"32016R0399", "de ", 2015, "32016R0399", true},
		{"32016R0399", "de ", 2003, "", false}, // before the first code was proposed: no act
		{"32024R1717", "– verordening tot ", 2022, "32024R1717", true},
		// the 2016 Procedure Regulation proposal, in 2016
		{"32024R1348", "Fiche: ", 2016, "32024R1348", true},
		// the date unknown: as named
		{"32024R1717", "", 0, "32024R1717", true},
		// an act without proposals in the data never moves
		{"32008L0115", "Fiche: ", 2018, "32008L0115", true},
		// a name bracketed right after the act's number is that act, even
		// in a sentence about a proposal; without the number it is the
		// proposal's act
		{"32011L0095", "steunde het compromisvoorstel over Richtlijn 2011/95/EU (", 2023, "32011L0095", true},
		{"32011L0095", "steunde het compromisvoorstel over de ", 2023, "32024R1347", true},
	} {
		got, ok := datedActName(c.target, []rune(c.before), c.year)
		if got != c.want || ok != c.ok {
			t.Errorf("datedActName(%s, %q, %d) = %s, %v; want %s, %v", c.target, c.before, c.year, got, ok, c.want, c.ok)
		}
	}
}

// Extract: the COM number names the act; the date picks the act a shared
// name means.
func TestExtractProposalsAndDatedNames(t *testing.T) {
	named := func(text string) []string {
		t.Helper()
		g := extractText(t, "kst-22112-9999.txt", text)
		var out []string
		for _, r := range g.Relations {
			if r.Type == "MENTIONS" && r.To.Kind == "LegalAct" {
				out = append(out, r.To.Key)
			}
		}
		return out
	}
	head := func(date string) string {
		return "Tweede Kamer der Staten-Generaal\n\n22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie\n\nNr. 9999 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nDen Haag, " + date + "\n\n"
	}
	if got := named(head("12 oktober 2018") + "Fiche: Verordening Europese Grens- en Kustwacht (Kamerstuk 22 112, nr. 2715)\n"); !reflect.DeepEqual(got, []string{"32019R1896"}) {
		t.Errorf("2018 fiche: %v, want [32019R1896]", got)
	}
	if got := named(head("3 februari 2016") + "Verordening Europese grens- en kustwacht COM (2015) 671\n"); !reflect.DeepEqual(got, []string{"32016R1624"}) {
		t.Errorf("2016 proposal: %v, want [32016R1624]", got)
	}
	if got := named(head("3 februari 2016") + "De mededeling COM(2016) 120 en het voorstel COM (2018) 634.\n"); len(got) != 0 {
		t.Errorf("no acts: %v", got)
	}
}

// A slash joins the words of an act's name ("Entry/Exit System"); in
// other dictionaries it still separates them.
func TestSlashJoinsActNames(t *testing.T) {
	r := []rune("1. (Mogelijk) Verordening over de geleidelijke invoering van het Entry/Exit System (EES)")
	if ms := actIndex().names.scan(r, tokenize(r)); len(ms) != 1 || ms[0].target != "32025R1534" {
		t.Errorf("act names: %v, want 32025R1534", ms)
	}
	d := newPhraseDict([]phrase{{text: "Entry Exit", target: "x"}}, false)
	r = []rune("het Entry/Exit System")
	if ms := d.scan(r, tokenize(r)); len(ms) != 0 {
		t.Errorf("plain dictionary joins over a slash: %v", ms)
	}
	d.slash = true
	if ms := d.scan(r, tokenize(r)); len(ms) != 1 {
		t.Errorf("slash dictionary: %v, want one match", ms)
	}
	r = []rune("het Entry / Exit System")
	if ms := d.scan(r, tokenize(r)); len(ms) != 0 {
		t.Errorf("a spaced slash is no join: %v", ms)
	}
}

// A title in capitals writes "NO": "Regulations (EU) NO 515/2014, (EU)
// 2016/399".
func TestActCiteUpperNo(t *testing.T) {
	var got []string
	for _, c := range findActs("amending Regulations (EU) NO 515/2014, (EU) 2016/399, (EU) 2016/794 and (EU) 2016/1624") {
		got = append(got, c.celex)
	}
	if want := []string{"32014R0515", "32016R0399", "32016R0794", "32016R1624"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findActs = %v, want %v", got, want)
	}
	if cs := findActs("NO 515/2014 without a type word"); len(cs) != 0 {
		t.Errorf("a bare NO number is no citation: %v", cs)
	}
}

// A citation bracketed right after a name says which act of the name's line
// of succession the letter means; a bracketed act of another line, or one
// not right after the name, changes nothing.
func TestBracketedLineage(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"de Schengengrenscode (Verordening 562/2006) wat betreft", "32016R0399", "32006R0562"},
		{"de Schengengrenscode (Verordening (EG) nr. 562/2006)", "32016R0399", "32006R0562"},
		{"de Schengengrenscode (Verordening (EU) 2016/399)", "32006R0562", "32016R0399"},
		{"de Schengengrenscode (Richtlijn 2011/98/EU)", "32016R0399", "32016R0399"},
		{"de Schengengrenscode, zie ook Verordening 562/2006", "32016R0399", "32016R0399"},
	} {
		end := strings.Index(c.text, "code") + len("code")
		if got := bracketedLineage(c.name, c.text, end, findActs(c.text)); got != c.want {
			t.Errorf("bracketedLineage(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
