package ingest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
)

// agendaLetter parses and extracts a letter of testdata/letters.
func agendaLetter(t *testing.T, name string) (*Doc, graph.DocumentGraph) {
	t.Helper()
	path := filepath.Join(repoRoot(t), "testdata", "letters", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseExtract(t, name, data)
}

type wantItem struct {
	key, section, sectionTitle, title, format, day string
	order                                          int
}

// checkItems checks that g holds exactly the items want under meeting, with
// their props and HAS_ITEM evidence (the heading line).
func checkItems(t *testing.T, g graph.DocumentGraph, meeting string, want []wantItem) {
	t.Helper()
	if n := countKind(g, graph.KindAgendaItem); n != len(want) {
		t.Errorf("%d agenda items, want %d", n, len(want))
	}
	for _, w := range want {
		e, ok := entity(g, graph.KindAgendaItem, w.key)
		if !ok {
			t.Errorf("no agenda item %s", w.key)
			continue
		}
		p := e.Props
		if e.Name != w.title || p["title"] != w.title || p["section"] != w.section || p["order"] != w.order ||
			p["meeting"] != meeting || propString(p, "format") != w.format || propString(p, "sectionTitle") != w.sectionTitle ||
			propString(p, "day") != w.day {
			t.Errorf("item %s: name %q props %v, want %+v", w.key, e.Name, p, w)
		}
		r, ok := relation(g, graph.RelHasItem, meeting, w.key)
		if !ok {
			t.Errorf("no HAS_ITEM %s -> %s", meeting, w.key)
			continue
		}
		if !strings.Contains(r.Evidence.Quote, w.title) || strings.Contains(r.Evidence.Quote, ".\n") {
			t.Errorf("HAS_ITEM %s evidence %q is not its heading", w.key, r.Evidence.Quote)
		}
	}
}

func TestRealLetterAgendaItems(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	const m = "jha-2024-01-25"
	checkItems(t, g, m, []wantItem{
		{m + ":I.1", "I", "Binnenlandse Zaken", "Strategische discussie over migratiebeleid", "werksessie", "home-affairs", 1},
		{m + ":I.2", "I", "Binnenlandse Zaken", "Kunstmatige intelligentie en rechtshandhaving", "werklunch", "home-affairs", 2},
		{m + ":I.3", "I", "Binnenlandse Zaken", "Strijd tegen georganiseerde criminaliteit", "werksessie", "home-affairs", 3},
		{m + ":II.1", "II", "Justitie", "Strijd tegen georganiseerde criminaliteit", "werksessie", "justice", 1},
		{m + ":II.2", "II", "Justitie", "Decriminalisering van sekswerk", "werklunch", "justice", 2},
		{m + ":II.3", "II", "Justitie", "Kleinschalige gevangenissen", "werksessie", "justice", 3},
	})
	r, _ := relation(g, graph.RelHasItem, m, m+":I.1")
	if r.Evidence.Quote != "1. Strategische discussie over migratiebeleid" {
		t.Errorf("HAS_ITEM I.1 evidence %q", r.Evidence.Quote)
	}
	for _, rel := range g.Relations {
		if rel.Type == graph.RelHasItem && rel.From.Key != m {
			t.Errorf("item %s under %s", rel.To.Key, rel.From.Key)
		}
	}
}

func TestRealLetterAgendaConcerns(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	const m = "jha-2024-01-25:"
	// The Netherlands stating its view ("Nederland heeft ... actief
	// meegedaan", "Nederland is van mening"), the Commission as the author
	// of a roadmap or the addressee of the cabinet's message, and "leden
	// van het Europees Parlement" who proposed something are parties, not
	// topics (partyMention; optional in the gold); the Netherlands as a
	// place ("Net zoals in Nederland", "voor jongeren in Nederland") is a
	// topic. The Eerste Kamer's letter on AI it cites (Kamerstukken II
	// 2021–2022, 35 913, B) is a reference, the BNC-fiche (22 112, nr.
	// 3842) a topic (referenceMention).
	want := map[string][]string{
		"I.1":  {"32001L0055", "UA"},
		"I.2":  {"32024R1689"},
		"I.3":  {"kst-22112-3842", "NL"},
		"II.1": {"empact", "eurojust", "jit", "kst-22112-3842"},
		"II.2": {"32011L0036", "BE", "SE"},
		"II.3": {"BE", "NL"},
	}
	got := map[string][]string{}
	for _, r := range g.Relations {
		if r.Type == graph.RelConcerns {
			item := strings.TrimPrefix(r.From.Key, m)
			got[item] = append(got[item], r.To.Key)
		}
	}
	for item, keys := range want {
		sort.Strings(keys)
		sort.Strings(got[item])
		if strings.Join(got[item], ",") != strings.Join(keys, ",") {
			t.Errorf("%s concerns %v, want %v", item, got[item], keys)
		}
	}
	// The Temporary Protection Directive is named without its number.
	r, ok := relation(g, graph.RelConcerns, m+"I.1", "32001L0055")
	if !ok || r.Props["ref"] != "Richtlijn Tijdelijke Bescherming" ||
		!strings.HasPrefix(r.Evidence.Quote, "Na het Raadsbesluit van 28 september 2023") {
		t.Errorf("I.1 CONCERNS TPD: %+v", r)
	}
	// A Kamerstuk cited in a footnote counts where its marker stands.
	if r, _ := relation(g, graph.RelConcerns, m+"I.3", "kst-22112-3842"); r.Props["footnote"] != "4" {
		t.Errorf("I.3 CONCERNS kst-22112-3842: %+v", r)
	}
}

func TestRealLetterMeetingDetails(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	e, ok := entity(g, graph.KindCouncilMeeting, "jha-2024-01-25")
	if !ok {
		t.Fatal("no meeting jha-2024-01-25")
	}
	want := map[string]any{"presidency": "BE", "informal": true, "place": "Brussel", "formation": "JHA",
		"startDate": "2024-01-25", "endDate": "2024-01-26"}
	for k, v := range want {
		if e.Props[k] != v {
			t.Errorf("jha-2024-01-25 %s = %v, want %v", k, e.Props[k], v)
		}
	}
	// The year written wrongly ("25 en 26 januari 2023") stays corrected.
	if r, _ := relation(g, graph.RelAnnotates, "kst-32317-867", "jha-2024-01-25"); r.Props["yearCorrected"] != true {
		t.Errorf("ANNOTATES props %v", r.Props)
	}
	// The letter names neither the presidency nor the formality of the
	// December meeting: the presidency comes from the rotation (Spain,
	// 2023H2), the formality stays unknown.
	if e, _ := entity(g, graph.KindCouncilMeeting, "jha-2023-12-04"); e.Props["presidency"] != "ES" || e.Props["informal"] != nil {
		t.Errorf("jha-2023-12-04 props %v: want presidency ES from the table and no informal", e.Props)
	}
}

func TestRealLetterItemAt(t *testing.T) {
	_, data := corpusLetter(t)
	doc, err := Parse("kst-32317-867.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	x := newExtraction(doc)
	x.key = "kst-32317-867"
	letter, _ := parseISO("2024-01-15")
	x.meetings(letter, true)
	para := func(prefix string) int {
		for i, p := range doc.Paragraphs {
			if strings.HasPrefix(p.Text, prefix) {
				return i
			}
		}
		t.Fatalf("no paragraph %q", prefix)
		return -1
	}
	for _, c := range []struct {
		prefix, item string
	}{
		{"Het kabinet verwelkomt de bespreking van dit onderwerp", "jha-2024-01-25:I.1"},
		{"1. Strategische discussie", "jha-2024-01-25:I.1"},
		{"= Werklunch", "jha-2024-01-25:I.2"},
		{"[3] Kamerstukken II 2021–2022", "jha-2024-01-25:I.2"},
		{"Het kabinet verwelkomt het initiatief", "jha-2024-01-25:II.1"},
		{"Nederland kent op dit moment", "jha-2024-01-25:II.3"},
		{"Op 30 december jl.", ""},
		{"II. Justitie", ""},
		{"Geannoteerde agenda van de informele", ""},
	} {
		key, ok := x.itemAt(para(c.prefix))
		if key != c.item || ok != (c.item != "") {
			t.Errorf("itemAt(%q) = %q, %v; want %q", c.prefix, key, ok, c.item)
		}
	}
	if _, ok := x.itemAt(-1); ok {
		t.Error("itemAt(-1) found an item")
	}
}

// A formal Council, an agenda without sections, items "1." with the format
// in brackets, a date without a year.
func TestAgendaWithoutSections(t *testing.T) {
	_, g := agendaLetter(t, "agenda-jbz-juni-2025.txt")
	const m = "jha-2025-06-12"
	checkItems(t, g, m, []wantItem{
		{m + ":0.1", "0", "", "Staat van Schengen", "gedachtewisseling", "", 1},
		{m + ":0.2", "0", "", "Tijdelijke bescherming van ontheemden uit Oekraïne", "beleidsdebat", "", 2},
		{m + ":0.3", "0", "", "Herziening van de Hulpverleningsrichtlijn (Richtlijn 2002/90/EG)", "algemene oriëntatie", "", 3},
		{m + ":0.4", "0", "", "Verordening ter voorkoming en bestrijding van seksueel misbruik van kinderen", "voortgangsrapportage", "", 4},
		{m + ":0.5", "0", "", "Raadsconclusies over toegang tot gegevens voor rechtshandhaving", "raadsconclusies", "", 5},
	})
	e, _ := entity(g, graph.KindCouncilMeeting, m)
	if e.Props["informal"] != false || e.Props["presidency"] != "PL" || e.Props["place"] != "Luxemburg" {
		t.Errorf("meeting props %v, want formal, presidency PL, Luxemburg", e.Props)
	}
	wantRelation(t, g, graph.RelAnnotates, "kst-32317-915", m, "the letter does not annotate jha-2025-06-12")
	wantRelation(t, g, graph.RelConcerns, m+":0.3", "32002L0090", "0.3 does not concern the directive in its title")
	wantRelation(t, g, graph.RelConcerns, m+":0.4", "kst-22112-3450", "0.4 does not concern the Kamerstuk of its footnote on the next page")
	noRelation(t, g, graph.RelConcerns, m+":0.1", "PL", "0.1 concerns Poland, named only as the presidency")
}

// A report with unnumbered sections, items "a)", formats as "Soort
// bespreking:" and "Doel:" labels and a bare format line.
func TestAgendaReportLayout(t *testing.T) {
	_, g := agendaLetter(t, "verslag-jbz-december-2024.txt")
	const m = "jha-2024-12-12"
	checkItems(t, g, m, []wantItem{
		{m + ":I.1", "I", "Binnenlandse Zaken", "Volledige toepassing van het Schengenacquis in Bulgarije en Roemenië", "besluitvorming", "home-affairs", 1},
		{m + ":I.2", "I", "Binnenlandse Zaken", "Herziening van de Hulpverleningsrichtlijn (Richtlijn 2002/90/EG)", "algemene oriëntatie", "home-affairs", 2},
		{m + ":I.3", "I", "Binnenlandse Zaken", "Terugkeer", "gedachtewisseling", "home-affairs", 3},
		{m + ":II.1", "II", "Gemengd Comité", "Situatie aan de buitengrenzen", "gedachtewisseling", "", 1},
		{m + ":III.1", "III", "Justitie", "Richtlijn seksueel misbruik van kinderen (Richtlijn 2011/93/EU)", "voortgangsrapportage", "justice", 1},
		{m + ":III.2", "III", "Justitie", "Toekomst van de justitiële samenwerking in strafzaken", "gedachtewisseling", "justice", 2},
	})
	wantRelation(t, g, graph.RelReportsOn, "kst-32317-899", m, "the letter does not report on jha-2024-12-12")
	e, _ := entity(g, graph.KindCouncilMeeting, m)
	if e.Props["presidency"] != "HU" {
		t.Errorf("presidency %v, want HU (the incoming Polish presidency is not the meeting's)", e.Props["presidency"])
	}
	if _, ok := e.Props["informal"]; ok {
		t.Errorf("informal %v, but the letter does not say", e.Props["informal"])
	}
	for _, key := range []string{"NO", "IS", "CH", "LI"} {
		if _, ok := relation(g, graph.RelConcerns, m+":II.1", key); !ok {
			t.Errorf("II.1 does not concern %s", key)
		}
	}
	noRelation(t, g, graph.RelConcerns, m+":II.1", "frontex", "II.1 concerns Frontex, named only as a speaker ('Frontex gaf een toelichting')")
}

// A letter that reports on one meeting and annotates another puts the items
// under the annotated one, and a presidency under the report's heading on
// the reported one.
func TestAgendaTwoMeetings(t *testing.T) {
	_, g := agendaLetter(t, "agenda-jbz-maart-2025.txt")
	for _, key := range []string{"jha-2025-03-13:I.1", "jha-2025-03-13:I.2", "jha-2025-03-13:II.1", "jha-2025-03-13:II.2"} {
		if _, ok := relation(g, graph.RelHasItem, "jha-2025-03-13", key); !ok {
			t.Errorf("no item %s", key)
		}
	}
	if e, _ := entity(g, graph.KindAgendaItem, "jha-2025-03-13:II.2"); e.Props["format"] != "lunchbespreking" {
		t.Errorf("\"= Lunchbespreking\" gives format %v, want lunchbespreking", e.Props["format"])
	}
	if e, _ := entity(g, graph.KindCouncilMeeting, "jha-2025-01-30"); e.Props["presidency"] != "PL" {
		t.Errorf("jha-2025-01-30 presidency %v, want PL", e.Props["presidency"])
	}
	if e, _ := entity(g, graph.KindCouncilMeeting, "jha-2025-03-13"); e.Props["presidency"] != "PL" {
		t.Errorf("jha-2025-03-13 presidency %v: its section names none, the rotation gives PL", e.Props["presidency"])
	}
}

func TestParseItemHeading(t *testing.T) {
	for _, c := range []struct {
		text          string
		order         int
		title, format string
		ok            bool
	}{
		{"1. Strategische discussie over migratiebeleid", 1, "Strategische discussie over migratiebeleid", "", true},
		{"2) Terugkeer (Beleidsdebat)", 2, "Terugkeer", "beleidsdebat", true},
		{"b) Herziening Richtlijn 2002/90/EG (Richtlijn 2002/90/EG)", 2, "Herziening Richtlijn 2002/90/EG (Richtlijn 2002/90/EG)", "", true},
		{"c. Europees aanhoudingsbevel = Gedachtewisseling", 3, "Europees aanhoudingsbevel", "gedachtewisseling", true},
		{"12. Diversen (Informatie van het voorzitterschap)[4]", 12, "Diversen", "informatie van het voorzitterschap", true},
		{"1. De lidstaten spreken hierover in juni.", 0, "", "", false},
		{"a) de lidstaten", 0, "", "", false},
		{"I. Binnenlandse Zaken", 0, "", "", false},
		// a format line read with the title line
		{"2. Grensbewaking (Gedeeltelijke) algemene oriëntatie", 2, "Grensbewaking", "algemene oriëntatie", true},
		{"3. Visumbeleid Stand van zaken", 3, "Visumbeleid", "stand van zaken", true},
		{"4. Publiek debat", 4, "Publiek debat", "", true}, // sentence case: the title's own word
		{"5. Asielopvang Gedachtewisseling", 5, "Asielopvang", "gedachtewisseling", true},
		{"6. Voortgang van de algemene oriëntatie", 6, "Voortgang van de algemene oriëntatie", "", true},
		{"a. Richtlijn bewijsverkrijging (e-evidence) (evt.) Algemene oriëntatie", 1, "Richtlijn bewijsverkrijging (e-evidence)", "algemene oriëntatie", true},
		// a qualifier in brackets before the title
		{"2. (Mogelijk) Verordening over de visumplicht", 2, "(Mogelijk) Verordening over de visumplicht", "", true},
		{"3. (zie hieronder)", 0, "", "", false},
	} {
		h, ok := parseItemHeading(Paragraph{Kind: ParaHeading, Text: c.text})
		if ok != c.ok || ok && (h.order != c.order || h.title != c.title || h.format != c.format) {
			t.Errorf("parseItemHeading(%q) = %+v, %v", c.text, h, ok)
		}
	}
}

func TestFormatLabel(t *testing.T) {
	for _, c := range []struct {
		text, format string
		ok           bool
	}{
		{"= Werksessie", "werksessie", true},
		{"Doel: Algemene oriëntatie", "algemene oriëntatie", true},
		{"Soort bespreking: Beleidsdebat", "beleidsdebat", true},
		{"Gedachtewisseling", "gedachtewisseling", true},
		{"= Lunchbespreking", "lunchbespreking", true},
		{"Doel: Algemene orientatie / Raadsconclusies", "algemene oriëntatie", true},
		{"= Aanneming van raadsconclusies", "aanneming van raadsconclusies", true},
		{"= Presentatie door de Commissie en gedachtewisseling", "presentatie door de commissie", true},
		{"Soort bespreking: Werksessies", "werksessie", true},
		{"= Iets nieuws", "iets nieuws", true},
		{"Binnenlandse Zaken", "", false},
		{"Europese havenalliantie", "", false},
		{"(Gedeeltelijke) algemene oriëntatie", "algemene oriëntatie", true}, // a qualifier in brackets
		{"= (evt.) Raadsconclusies", "raadsconclusies", true},
		{"(Lissabon) Verdrag", "", false},
	} {
		f, ok := formatLabel(c.text)
		if ok != c.ok || f != c.format {
			t.Errorf("formatLabel(%q) = %q, %v; want %q, %v", c.text, f, ok, c.format, c.ok)
		}
	}
}

func TestSections(t *testing.T) {
	s := newSection("I", "Binnenlandse Zaken (Home Affairs day)")
	if s.title != "Binnenlandse Zaken" || s.day != "home-affairs" {
		t.Errorf("section %+v", s)
	}
	if s := newSection("I", "Binnenlandse Zaken (13 juni)"); s.title != "Binnenlandse Zaken" || s.day != "home-affairs" {
		t.Errorf("section %+v", s)
	}
	if s := newSection("II", "Justitie"); s.day != "justice" {
		t.Errorf("section %+v", s)
	}
	if s := newSection("III", "Gemengd Comité"); s.day != "" || s.title != "Gemengd Comité" {
		t.Errorf("section %+v", s)
	}
	for n, r := range map[int]string{1: "I", 2: "II", 4: "IV", 9: "IX", 14: "XIV"} {
		if romanNumeral(n) != r || romanValue(r) != n {
			t.Errorf("roman %d %q", n, r)
		}
	}
	if romanValue("IIII") != 0 {
		t.Error("IIII is no numeral")
	}
}

// Items of real reports and agendas: unnumbered titles with their text,
// format lines and dash subtitles, a colon title, theme and usual section
// headings, and numbering that runs on across a sub-heading.
func TestUnnumberedAgendaItems(t *testing.T) {
	report := "32 317 JBZ-Raad\n\nNr. 999 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 20 maart 2014\n\n" +
		"Hierbij bied ik u het verslag aan van de JBZ-Raad van 3 en 4 maart 2014 in Brussel.\n\n" +
		"Verslag van de JBZ-Raad van 3 en 4 maart 2014\n\n" +
		"Immigratie en asiel\n\n" +
		"Migratiedruk\n\n" +
		"= stand van zaken\n\n" +
		"De Commissie gaf een overzicht. Veel lidstaten waren terughoudend.\n\n" +
		"Functioneren Schengenruimte\n\n" +
		"- 5e tweejaarlijkse rapportage over het functioneren van de Schengenruimte\n\n" +
		"= informatie van de Commissie\n\n" +
		"De Raad werd geïnformeerd.\n\n" +
		"Het nieuwe meerjarenbeleid op JBZ-terrein:\n\n" +
		"Er bleek brede overeenstemming te bestaan over het belang van implementatie.\n\n" +
		"Justitie\n\n" +
		"De Raad sprak over de toegang tot de rechter.\n"
	g := extractText(t, "kst-32317-999.txt", report)
	m := "jha-2014-03-03:"
	for key, want := range map[string][2]string{
		m + "I.1": {"Migratiedruk", "stand van zaken"},
		m + "I.2": {"Functioneren Schengenruimte", "informatie van de commissie"},
		m + "I.3": {"Het nieuwe meerjarenbeleid op JBZ-terrein", ""},
	} {
		e, ok := entity(g, graph.KindAgendaItem, key)
		if !ok {
			t.Errorf("no item %s", key)
			continue
		}
		if e.Props["title"] != want[0] || (want[1] != "" && e.Props["format"] != want[1]) || e.Props["sectionTitle"] != "Immigratie en asiel" {
			t.Errorf("%s: %v, want title %q format %q in section Immigratie en asiel", key, e.Props, want[0], want[1])
		}
	}
	for _, e := range g.Entities {
		if e.Kind == graph.KindAgendaItem && !strings.HasPrefix(e.Key, m+"I.") {
			t.Errorf("extra item %s %q: 'Justitie' is a section title with text, no item", e.Key, e.Name)
		}
	}

	// a bulleted list after a sentence that introduces the agenda's points;
	// a usual section title followed by its format is an item
	bullets := "32 317 JBZ-Raad\n\nNr. 998 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 30 maart 2020\n\n" +
		"Hierbij bied ik u het verslag aan van de JBZ-Raad van 13 maart 2020.\n\n" +
		"Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken 13 maart 2020 te Brussel\n\n" +
		"De overige punten op de agenda waren:\n\n  • migratie: follow-up van de extra JBZ-Raad;\n  • Raadsbijeenkomsten en COVID-19.\n\n" +
		"Migratie\n\n= stand van zaken\n\nDe Raad besprak de stand van zaken.\n"
	g = extractText(t, "kst-32317-998.txt", bullets)
	for key, title := range map[string]string{"jha-2020-03-13:0.1": "migratie: follow-up van de extra JBZ-Raad",
		"jha-2020-03-13:0.2": "Raadsbijeenkomsten en COVID-19", "jha-2020-03-13:0.3": "Migratie"} {
		if e, ok := entity(g, graph.KindAgendaItem, key); !ok || e.Props["title"] != title {
			t.Errorf("%s: %v %v, want title %q", key, ok, e.Props, title)
		}
	}

	agenda := "32 317 JBZ-Raad\n\nS BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 2 november 2010\n\n" +
		"Hierbij bied ik u de geannoteerde agenda van de Raad Justitie en Binnenlandse Zaken van 8–9 november 2010 aan.\n\n" +
		"Geannoteerde agenda van de Raad Justitie en Binnenlandse Zaken, 8–9 november 2010 te Brussel\n\n" +
		"Raad\n\n1. Goedkeuring van de agenda\n\nWetgevende besprekingen\n\n2. Goedkeuring van de A-puntenlijst\n\n" +
		"3. Wijziging van Verordening (EG) nr. 539/2001\n\n– vaststelling\n\nDe Raad zal instemming worden gevraagd.\n"
	g = extractText(t, "kst-32317-S.txt", agenda)
	e, ok := entity(g, graph.KindAgendaItem, "jha-2010-11-08:I.3")
	if !ok || e.Props["format"] != "vaststelling" || e.Props["sectionTitle"] != "Raad" {
		t.Errorf("I.3: %v %v, want format vaststelling in section Raad (the numbering runs on across 'Wetgevende besprekingen')", ok, e.Props)
	}
}

// extractText parses and extracts a letter given as text, and checks the
// graph's invariants.
func extractText(t *testing.T, name, text string) graph.DocumentGraph {
	t.Helper()
	return extractChecked(t, name, []byte(text))
}

// An agenda as a web page renders it: the title over three lines, the
// sections "I." and "II." rendered as list numbers "1." and "2." over items
// numbered from 1, and the format line read with the item's title.
func TestAgendaSplitTitleListNumbering(t *testing.T) {
	const text = "Geannoteerde agenda van de bijeenkomst\n\nvan de Raad Justitie en Binnenlandse Zaken,\n\n14 en 15 oktober 2027\n\n" +
		"1. Binnenlandse Zaken\n\n1. Grensbewaking\n(Gedeeltelijke) algemene oriëntatie\n\n" +
		"Het voorzitterschap wil een akkoord over de grensbewaking bereiken. Het kabinet steunt dat.\n\n" +
		"2. Justitie\n\n1. Digitale rechtspraak\nStand van zaken\n\nDe ministers bespreken de digitale rechtspraak.\n"
	doc, err := Parse("tk-2027D40001.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{Date: "2027-10-01", Title: "Geannoteerde agenda JBZ-Raad oktober 2027"})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	const m = "jha-2027-10-14"
	if _, ok := relation(g, graph.RelAnnotates, "tk-2027D40001", m); !ok {
		t.Fatalf("the title over three lines does not make the document annotate %s", m)
	}
	e, _ := entity(g, graph.KindCouncilMeeting, m)
	if e.Props["endDate"] != "2027-10-15" {
		t.Errorf("meeting props %v", e.Props)
	}
	checkItems(t, g, m, []wantItem{
		{m + ":I.1", "I", "Binnenlandse Zaken", "Grensbewaking", "algemene oriëntatie", "home-affairs", 1},
		{m + ":II.1", "II", "Justitie", "Digitale rechtspraak", "stand van zaken", "justice", 1},
	})
}

// Page furniture before the letter: the paragraph that offers the agenda
// ("Hierbij bieden wij u ... aan") still makes the meeting annotated, and
// an item printed as a title line (even one ending in a full stop) over a
// "= format" label is an item of an agenda without headings.
func TestAgendaAfterPageFurniture(t *testing.T) {
	const text = "Kamerstuk\n\nDatum publicatie Organisatie Vergaderjaar Dossier- en ondernummer Tweede Kamer 2027-2028 32317 nr. 990 U bent hier:\n\n" +
		"Hierbij bieden wij u de geannoteerde agenda aan van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken van 9 en 10 december 2027 in Brussel.\n\n" +
		"Verordening betreffende de digitale uitwisseling van strafvonnissen tussen lidstaten.\n\n= Algemene oriëntatie\n\n" +
		"Het voorzitterschap streeft naar een algemene oriëntatie. Nederland kan daarmee instemmen.\n"
	doc, err := Parse("kst-32317-990.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{Date: "2027-11-30"})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	const m = "jha-2027-12-09"
	if _, ok := relation(g, graph.RelAnnotates, "kst-32317-990", m); !ok {
		t.Fatalf("the offering paragraph after the page furniture does not make the letter annotate %s", m)
	}
	checkItems(t, g, m, []wantItem{
		{m + ":0.1", "0", "", "Verordening betreffende de digitale uitwisseling van strafvonnissen tussen lidstaten", "algemene oriëntatie", "", 1},
	})
}

// Layouts of agendas and reports, each with the items it must give.
func TestAgendaLayouts(t *testing.T) {
	const m = "jha-2027-12-09"
	for _, c := range []struct {
		name, file, text string
		want             []wantItem
	}{
		// Where an agenda numbers its sections, an unnumbered heading between a
		// section and its items ("Raad wetgevende besprekingen") is a sub-heading.
		{"SubheadingUnderNumberedSection", "kst-32317-991", " Nr. 991  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 30 november 2027 \n\n" +
			"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 9 en 10 december 2027.\n\n" +
			"Geannoteerde agenda van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 9–10 december 2027\n\n" +
			"I. Migratie en grenzen\n\nRaad niet-wetgevende besprekingen\n\n1. Toekomst van het terugkeerbeleid\n\n= Beleidsdebat\n\n" +
			"De ministers bespreken het terugkeerbeleid.\n\nII. Justitie\n\n1. Slachtofferrechten\n\n= Stand van zaken\n\nHet voorzitterschap informeert de Raad.\n", []wantItem{
			{m + ":I.1", "I", "Migratie en grenzen", "Toekomst van het terugkeerbeleid", "beleidsdebat", "home-affairs", 1},
			{m + ":II.1", "II", "Justitie", "Slachtofferrechten", "stand van zaken", "justice", 1},
		}},
		// A report's frame heading ("Belangrijkste resultaten") over its first item
		// is no section.
		{"FrameHeading", "kst-32317-992", " Nr. 992  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 december 2027 \n\n" +
			"Hierbij bied ik u het verslag aan van de JBZ-Raad van 9 en 10 december 2027.\n\n" +
			"Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 9 en 10 december 2027 te Brussel\n\n" +
			"Belangrijkste resultaten\n\nToekomst van het terugkeerbeleid\n\nDe ministers spraken over het terugkeerbeleid.\n\n" +
			"Slachtofferrechten\n\nHet voorzitterschap informeerde de Raad.\n", []wantItem{
			{m + ":0.1", "0", "", "Toekomst van het terugkeerbeleid", "", "", 1},
			{m + ":0.2", "0", "", "Slachtofferrechten", "", "", 2},
		}},
		// Items under day headings, written as titles ending in a colon; a colon
		// title is an item even where its words could title a section.
		{"DayHeadingsColonTitles", "kst-32317-993", " Nr. 993  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 december 2027 \n\n" +
			"Hierbij bied ik u het verslag aan van de JBZ-Raad van 9 en 10 december 2027.\n\n" +
			"Verslag van de JBZ-Raad van 9 en 10 december 2027\n\nDonderdag 9 december\n\nVisumbeleid:\n\nDe ministers spraken over visumvrijstellingen.\n\n" +
			"Migratie:\n\nDe Commissie gaf een overzicht van de aankomsten.\n\nVrijdag 10 december\n\nSlachtofferrechten:\n\nHet voorzitterschap informeerde de Raad.\n", []wantItem{
			{m + ":I.1", "I", "Donderdag 9 december", "Visumbeleid", "", "", 1},
			{m + ":I.2", "I", "Donderdag 9 december", "Migratie", "", "", 2},
			{m + ":II.1", "II", "Vrijdag 10 december", "Slachtofferrechten", "", "", 1},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse(c.file+".txt", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			g, err := Extract(doc, Meta{})
			if err != nil {
				t.Fatal(err)
			}
			checkGraph(t, g)
			checkItems(t, g, m, c.want)
		})
	}
}

// The split title says the meeting is informal.
func TestAgendaSplitTitleInformal(t *testing.T) {
	const text = "Geannoteerde agenda van de informele bijeenkomst\n\nvan de Raad Justitie en Binnenlandse Zaken,\n\n14 en 15 oktober 2027\n\n" +
		"1. Grensbewaking\n\nDe ministers spreken over grensbewaking.\n"
	doc, err := Parse("tk-2027D40002.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{Date: "2027-10-01"})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	e, ok := entity(g, graph.KindCouncilMeeting, "jha-2027-10-14")
	if !ok || e.Props["informal"] != true {
		t.Errorf("meeting %+v, want informal", e)
	}
}

// A country or body named under an item only as a speaker ("De Commissie
// gaf aan ...", "Ook benadrukte Italië ...") is not what the item concerns;
// one named otherwise under it is.
func TestAgendaItemSpeakersAreNoConcerns(t *testing.T) {
	g := extractText(t, "kst-32317-973.txt", " Nr. 973  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 12 maart 2026 \n\nVerslag van de JBZ-Raad van 5 en 6 maart 2026 te Brussel\n\n"+
		"1. Samenwerking met Tunesië\n\n= Gedachtewisseling\n\n"+
		"De Commissie gaf aan de samenwerking met Tunesië te willen verdiepen. Ook benadrukte Italië het belang van "+
		"terugkeer. Frontex zal de lidstaten ondersteunen bij de grensbewaking in Griekenland.\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	const it = "jha-2026-03-05:0.1"
	if _, ok := entity(g, graph.KindAgendaItem, it); !ok {
		t.Fatalf("no item %s", it)
	}
	for key, want := range map[string]bool{"TN": true, "european-commission": false, "IT": false, "frontex": false, "GR": true} {
		if _, ok := relation(g, graph.RelConcerns, it, key); ok != want {
			t.Errorf("%s concerns %s: %v, want %v", it, key, ok, want)
		}
	}
}

// The labels of a parliamentary document page ("Brief regering",
// "Onderdeel van zaak ...") are no agenda items, even under a heading that
// reads like a section.
func TestAgendaPageLabelsAreNoItems(t *testing.T) {
	g := extractText(t, "tk-2027D01234.txt", "Verslag JBZ-Raad 4 en 5 maart 2027\nJBZ-Raad\nBrief regering\n"+
		"Nummer: 2027D01234, datum: 2027-03-10, versie: 1\nDirecte link naar document (.pdf).\n"+
		"Gerelateerde personen:- Eerste ondertekenaar: D.M. van Weel, minister van Justitie en Veiligheid\n"+
		"- Verslag JBZ-Raad 4 en 5 maart 2027\nOnderdeel van kamerstukdossier 32317 -990 JBZ-Raad.\n"+
		"Onderdeel van zaak 2027Z00042:\n- Indiener: D.M. van Weel, minister van Justitie en Veiligheid\n"+
		"- Volgcommissie: vaste commissie voor Europese Zaken\n")
	for _, e := range g.Entities {
		if e.Kind == graph.KindAgendaItem {
			t.Errorf("agenda item %s %v", e.Key, e.Props["title"])
		}
	}
	if !pageFurnitureRe.MatchString("Onderdeel van zaak 2027Z00042") || pageFurnitureRe.MatchString("Briefwisseling met Marokko") {
		t.Error("pageFurnitureRe")
	}
}

// A list of usual section titles is a section title; so is a numbered
// heading that is only such a title over text and no numbered item.
func TestOnlySectionTitleList(t *testing.T) {
	for s, want := range map[string]bool{
		"Binnenlandse Zaken":                    true,
		"Binnenlandse Zaken, Asiel en Migratie": true,
		"Justitie / Binnenlandse Zaken":         true,
		"Migratie en terugkeer":                 false,
		"Binnenlandse Zaken, terugkeerbeleid":   false,
	} {
		if got := onlySectionTitle(s); got != want {
			t.Errorf("onlySectionTitle(%q) = %v, want %v", s, got, want)
		}
	}
	report := "32 317 JBZ-Raad\n\nNr. 997 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 20 oktober 2022\n\n" +
		"Verslag van de JBZ-Raad van 13 en 14 oktober 2022\n\n" +
		"1. Binnenlandse Zaken, Asiel en Migratie\n\n" +
		"Bij aanvang van de Raad stelden de ministers zonder debat een verordening over visa vast; België en Spanje lichtten een gezamenlijke verklaring toe.\n\n" +
		"De Minister van Justitie en Veiligheid,\n\nA. Voorbeeld\n"
	g := extractText(t, "kst-32317-997.txt", report)
	for _, e := range g.Entities {
		if e.Kind == graph.KindAgendaItem {
			t.Errorf("extra item %s %q: a numbered section title over text is no item", e.Key, e.Name)
		}
	}
}
