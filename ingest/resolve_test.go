package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

func TestResolveActRef(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// CELEX numbers.
		{"32011L0098", "32011L0098"},
		{"celex:32011l0098", "32011L0098"},
		{"CELEX:32024R1689", "32024R1689"},
		{"32099L0001", "32099L0001"}, // unknown but well-formed
		// Directives, Dutch and English, with and without series.
		{"2011/98/EU", "32011L0098"},
		{"Richtlijn 2011/98/EU", "32011L0098"},
		{"Directive 2011/98/EU", "32011L0098"},
		{"richtlijn 2011/98", "32011L0098"},
		{"mensenhandel richtlijn 2011/36/EU", "32011L0036"},
		{"Directive 2001/55/EC", "32001L0055"},
		{"Council Directive 2001/55/EC", "32001L0055"},
		{"Richtlijn 2001/55/EG", "32001L0055"},
		{"Richtlijn 95/46/EG", "31995L0046"},
		{"Directive 95/46/EC", "31995L0046"},
		{"Richtlijn (EU) 2016/680", "32016L0680"},
		{"Directive (EU) 2024/1233", "32024L1233"},
		{"Terugkeerrichtlijn 2008/115/EG", "32008L0115"},
		// Regulations before and after 2015.
		{"Verordening (EU) nr. 604/2013", "32013R0604"},
		{"Verordening (EU) Nr. 604/2013", "32013R0604"},
		{"Regulation (EU) No 604/2013", "32013R0604"},
		{"Verordening (EG) nr. 343/2003", "32003R0343"},
		{"Regulation (EC) No 810/2009", "32009R0810"},
		{"Verordening (EU) 2024/1689", "32024R1689"},
		{"Regulation (EU) 2024/1689", "32024R1689"},
		{"Verordening (EU) 2016/399", "32016R0399"},
		{"Verordening (EEG) nr. 1612/68", "31968R1612"},
		{"(EU) 2024/1689", "32024R1689"},
		{"(EU) nr. 604/2013", "32013R0604"},
		// Framework decisions and decisions.
		{"Kaderbesluit 2002/584/JBZ", "32002F0584"},
		{"Framework Decision 2002/584/JHA", "32002F0584"},
		{"Council Framework Decision 2002/584/JHA", "32002F0584"},
		{"Besluit 2008/615/JBZ", "32008D0615"},
		{"Decision 2008/615/JHA", "32008D0615"},
		{"2002/584/JBZ", "32002F0584"},
		// Names the reference table knows.
		{"GVVA-richtlijn", "32011L0098"},
		{"gvva richtlijn", "32011L0098"},
		{"de GVVA-richtlijn", "32011L0098"},
		{"Single Permit Directive", "32011L0098"},
		{"the Single Permit Directive", "32011L0098"},
		{"Richtlijn Tijdelijke Bescherming", "32001L0055"},
		{"richtlijn tijdelijke bescherming", "32001L0055"},
		{"Temporary Protection Directive", "32001L0055"},
		{"AI-verordening", "32024R1689"},
		{"AI Act", "32024R1689"},
		{"Verordening artificiële intelligentie", "32024R1689"},
		{"verordening artificiele intelligentie", "32024R1689"},
		{"Dublinverordening", "32013R0604"},
		{"Prüm-besluit", "32008D0615"},
		{"Prum-besluit", "32008D0615"},
		{"AVG", "32016R0679"},
		{"Verordening asiel- en migratiebeheer", "32024R1351"},
		{"herziene GVVA-richtlijn", "32024L1233"},
		{"Mensenhandelrichtlijn", "32011L0036"},
		{"mensenhandel richtlijn", "32011L0036"},
	}
	for _, tt := range tests {
		got, ok := ResolveActRef(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ResolveActRef(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestResolveActRefRejects(t *testing.T) {
	for _, in := range []string{
		"", "hello", "2011/98", // no series: which kind of act?
		"2010/13/EU",                // bare number of an act the table does not know
		"32011X0098", "62014CJ0362", // not sector 3 legislation
		"Richtlijn 2011/98/EU en Richtlijn 2011/36/EU", // two acts
		"avg", // acronyms match with case
		"Kamerstuk 32 317, nr. 866",
		"Eurodac-verordening", // shared by the 2013 and 2024 regulations
	} {
		if got, ok := ResolveActRef(in); ok {
			t.Errorf("ResolveActRef(%q) = %q, want not resolved", in, got)
		}
	}
}

func TestLegalAct(t *testing.T) {
	e, ok := LegalAct("32011L0098")
	if !ok || e.Kind != graph.KindLegalAct || e.Key != "32011L0098" || e.Name != "Directive 2011/98/EU" {
		t.Fatalf("LegalAct(32011L0098) = %+v", e)
	}
	for k, v := range map[string]any{"celex": "32011L0098", "type": "directive", "year": 2011, "number": 98, "shortName": "Single Permit Directive"} {
		if e.Props[k] != v {
			t.Errorf("prop %s = %v, want %v", k, e.Props[k], v)
		}
	}
	if !strings.HasPrefix(e.Props["title"].(string), "Directive 2011/98/EU of the European Parliament and of the Council of 13 December 2011") {
		t.Errorf("title %v", e.Props["title"])
	}
	if !contains(e.Aliases, "GVVA-richtlijn") || !contains(e.Aliases, "Richtlijn 2011/98/EU") {
		t.Errorf("aliases %v", e.Aliases)
	}
	names := map[string]string{
		"32013R0604": "Regulation (EU) No 604/2013",
		"32024R1689": "Regulation (EU) 2024/1689",
		"32002F0584": "Framework Decision 2002/584/JHA",
		"32008D0615": "Decision 2008/615/JHA",
		"31995L0046": "Directive 95/46/EC",
		"32017R1939": "Regulation (EU) 2017/1939",
		"32003R0343": "Regulation (EC) No 343/2003",
		// Not in the table: built from the number.
		"32010L0013": "Directive 2010/13/EU",
		"32005R0001": "Regulation (EC) No 1/2005",
		"32019D0001": "Decision (EU) 2019/1",
		"31991L0477": "Directive 91/477/EEC",
	}
	for celex, want := range names {
		e, ok := LegalAct(celex)
		if !ok || e.Name != want {
			t.Errorf("LegalAct(%s).Name = %q, want %q", celex, e.Name, want)
		}
	}
	if e, _ := LegalAct("32010L0013"); e.Props["title"] != nil || e.Props["year"] != 2010 {
		t.Errorf("unknown act %+v", e)
	}
	for _, bad := range []string{"", "2011/98/EU", "32011X0098", "31900L0001", "32011L0000"} {
		if _, ok := LegalAct(bad); ok {
			t.Errorf("LegalAct(%q) ok", bad)
		}
	}
}

// The reference table is consistent: CELEX numbers well-formed and unique,
// titles starting with the citation the number implies, every name resolving
// to its own act.
func TestActTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range actTable {
		if seen[r.CELEX] {
			t.Errorf("%s twice", r.CELEX)
		}
		seen[r.CELEX] = true
		e, ok := LegalAct(r.CELEX)
		if !ok {
			t.Errorf("%s: not a CELEX number", r.CELEX)
			continue
		}
		if !strings.Contains(r.Title, numberOf(e.Name)) {
			t.Errorf("%s: title %q does not carry number %q", r.CELEX, r.Title, numberOf(e.Name))
		}
		if r.Source == "" {
			t.Errorf("%s: no source note", r.CELEX)
		}
		for _, n := range r.names() {
			if got, ok := ResolveActRef(n); !ok || got != r.CELEX {
				t.Errorf("name %q of %s resolves to %q, %v", n, r.CELEX, got, ok)
			}
		}
	}
	if len(actTable) < 25 {
		t.Errorf("%d acts, want at least 25", len(actTable))
	}
}

// numberOf returns the "2011/98" or "604/2013" part of a citation.
func numberOf(citation string) string {
	f := strings.Fields(citation)
	n := f[len(f)-1]
	if i := strings.LastIndex(n, "/"); strings.Count(n, "/") == 2 {
		n = n[:i]
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestResolveKstRef(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kst-32317-866", "kst-32317-866"},
		{"KST-32317-866", "kst-32317-866"},
		{"kst-35913-b", "kst-35913-B"},
		{"kst-21501-20-1234", "kst-21501-20-1234"},
		{"Kamerstuk 32 317, nr. 866", "kst-32317-866"},
		{"Kamerstuk 32317, nr. 866", "kst-32317-866"},
		{"(Kamerstuk 32 317, nr. 866).", ""},
		{"32317, nr. 866", "kst-32317-866"},
		{"32 317, nr. 866", "kst-32317-866"},
		{"Kamerstukken II 2023–2024, 22 112, nr. 3842", "kst-22112-3842"},
		{"Kamerstukken II 2023-2024, 22 112, nr. 3842", "kst-22112-3842"},
		{"Kamerstukken II 2023/24, 22 112, nr. 3842", "kst-22112-3842"},
		{"Kamerstukken II 2021–2022, 35 913, B", "kst-35913-B"},
		{"Kamerstukken I 2021/22, 35 913, B.", "kst-35913-B"},
		{"Kamerstuk 21 501-20, nr. 2100", "kst-21501-20-2100"},
		{"Kamerstukken II 2024/25, 36 600 VI, nr. 7", "kst-36600-VI-7"},
		{"Kamerstuk 32 317, nrs. 865 en 866", ""}, // two documents
		{"hello", ""},
		{"32317", ""},
		{"kst-32317", ""},
		{"2011/98/EU", ""},
	}
	for _, tt := range tests {
		got, ok := ResolveKstRef(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ResolveKstRef(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestFindKsts(t *testing.T) {
	s := "zie Kamerstuk 32 317, nrs. 865 en 866 en Kamerstukken II 2023/24, 22 112, nr. 3842; Kamerstuk 36 200 VI, nr. 5."
	var keys []string
	for _, c := range findKsts(s) {
		keys = append(keys, c.key)
	}
	want := "kst-32317-865 kst-32317-866 kst-22112-3842 kst-36200-VI-5"
	if strings.Join(keys, " ") != want {
		t.Errorf("keys %v, want %s", keys, want)
	}
	if n := graph.KstName("36200-VI", "5"); n != "Kamerstuk 36 200 VI, nr. 5" {
		t.Errorf("kstName %q", n)
	}
	if n := graph.KstName("21501-20", "1234"); n != "Kamerstuk 21 501-20, nr. 1234" {
		t.Errorf("kstName %q", n)
	}
}

func TestFindActs(t *testing.T) {
	s := "Richtlijnen 2011/95/EU en 2013/33/EU, de Dublinverordening (EU) nr. 604/2013, (2011/98/EU), " +
		"Verordening (EU) 2024/1351 en (EU) 2024/1348, Raadsbesluit van 28 september 2023, Kamerstukken II 2023/24 en 2010/13/EU."
	var got []string
	for _, c := range findActs(s) {
		got = append(got, c.celex+"="+c.written)
	}
	want := []string{
		"32011L0095=Richtlijnen 2011/95/EU", "32013L0033=2013/33/EU", "32013R0604=verordening (EU) nr. 604/2013",
		"32011L0098=2011/98/EU", "32024R1351=Verordening (EU) 2024/1351", "32024R1348=(EU) 2024/1348",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("findActs:\n got %v\nwant %v", got, want)
	}
}

func TestReferenceEntities(t *testing.T) {
	es := ReferenceEntities()
	count := map[graph.Kind]int{}
	seen := map[graph.Ref]bool{}
	for i, e := range es {
		count[e.Kind]++
		if seen[e.Ref()] {
			t.Errorf("%s twice", e.Ref().ID())
		}
		seen[e.Ref()] = true
		if i > 0 && (es[i-1].Kind > e.Kind || es[i-1].Kind == e.Kind && es[i-1].Key >= e.Key) {
			t.Errorf("not sorted at %s", e.Ref().ID())
		}
	}
	members := 0
	for _, c := range countryTable {
		if c.Member {
			members++
		}
	}
	if count[graph.KindLegalAct] != len(actTable) || count[graph.KindCountry] < 47 || members != 27 || count[graph.KindOrganisation] < 16 {
		t.Errorf("counts %v, %d member states", count, members)
	}
}
