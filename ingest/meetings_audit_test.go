package ingest

import (
	"fmt"
	"strings"
	"testing"

	"jhagraph/graph"
)

// The meetings audit: every way the development letters name a JHA Council
// meeting (its name, the words and dates after it, its place), each in
// fictional sentences that annotate, report on or mention it, measured
// through the whole extraction. The forms are the ones the letters print
// (testdata/real/dev/letters, ../shared/corpus/real) and their grammatical
// variants; the negatives are what the gold (testdata/gold/README.md) says is
// no meeting: a debate or consultation of the Kamer named after the Council,
// a committee of the Eerste Kamer named after it, other Council
// configurations, Coreper, the European Council.

// auditNames are the names of the Council as letters write them; informal
// says the name calls the meeting informal, formal that it calls it formal.
var auditNames = []struct {
	name             string
	informal, formal bool
}{
	{"JBZ-Raad", false, false},
	{"JBZ-raad", false, false},
	{"JBZ Raad", false, false},
	{"JBZ-Raadsvergadering", false, false},
	{"Raad Justitie en Binnenlandse Zaken", false, false},
	{"Raad voor Justitie en Binnenlandse Zaken", false, false},
	{"Raad van Justitie en Binnenlandse Zaken", false, false},
	{"Raad Justitie en Binnenlandse Zaken (JBZ)", false, false},
	{"Raad Justitie en Binnenlandse Zaken (JBZ-Raad)", false, false},
	{"Raad Justitie en Binnenlandse Zaken (JBZ-raad)", false, false},
	{"bijeenkomst van de Raad Justitie en Binnenlandse Zaken", false, false},
	{"informele JBZ-Raad", true, false},
	{"informele Raad Justitie en Binnenlandse Zaken (iJBZ-Raad)", true, false},
	{"formele JBZ-Raad", false, true},
	{"formele Raad Justitie en Binnenlandse Zaken", false, true},
	{"Justice and Home Affairs Council", false, false},
	{"JHA Council", false, false},
	// the Home or Justice part named alone
	{"Raad Justitie", false, false},
	{"Raad Binnenlandse Zaken", false, false},
}

// auditDates are the words after the name: the days of a fictional meeting
// of 10 and 11 June 2027 (key jha-2027-06-10), as the letters write them,
// with the place they give (convention 32: a country gives none).
var auditDates = []struct {
	tail  string
	place string
	one   bool // names only the first day
}{
	{" van 10 en 11 juni 2027", "", false},
	{" op 10 en 11 juni 2027", "", false},
	{", 10 en 11 juni 2027", "", false},
	{" 10 en 11 juni 2027", "", false},
	{" van 10-11 juni 2027", "", false},
	{" van 10–11 juni 2027", "", false},
	{" van 10 – 11 juni 2027", "", false},
	{" 10-11 juni 2027", "", false},
	{",10-11 juni 2027", "", false},
	{" 10 11 juni 2027", "", false},
	{" d.d. 10-11 juni 2027", "", false},
	{" d.d. 10 en 11 juni 2027", "", false},
	{" van 10 tot en met 11 juni 2027", "", false},
	{" van 10 t/m 11 juni 2027", "", false},
	{" van 10/11 juni 2027", "", false},
	{" van 10 juni 2027", "", true},
	{" op 10 juni 2027", "", true},
	{" van 10 en 11 juni 2027 te Luxemburg", "Luxemburg", false},
	{" van 10 en 11 juni 2027 in Luxemburg", "Luxemburg", false},
	{" op 10 en 11 juni 2027 in Luxemburg", "Luxemburg", false},
	{", 10 en 11 juni 2027 te Luxemburg", "Luxemburg", false},
	{" te Luxemburg van 10 en 11 juni 2027", "Luxemburg", false},
	{" in Luxemburg op 10 en 11 juni 2027", "Luxemburg", false},
	{", gehouden in Luxemburg op 10 en 11 juni 2027", "Luxemburg", false},
	{" gehouden te Luxemburg op 10 en 11 juni 2027", "Luxemburg", false},
	{", gehouden op 10 en 11 juni 2027", "", false},
	{" (Luxemburg) 10 en 11 juni 2027", "Luxemburg", false},
	{" (Luxemburg) van 10 en 11 juni 2027", "Luxemburg", false},
	{" Luxemburg van 10 en 11 juni 2027", "Luxemburg", false},
	{" op 10 en 11 juni 2027 in Denemarken", "", false},
	{" op donderdag 10 en vrijdag 11 juni 2027", "", false},
	{" van donderdag 10 juni tot en met vrijdag 11 juni 2027", "", false},
	{" op donderdag 10 juni 2027", "", true},
	{" on 10 and 11 June 2027", "", false},
	{" of 10-11 June 2027", "", false},
}

// auditLetter is a fictional letter of the given date whose body is text.
func auditLetter(date, text string) string {
	return "32 317 JBZ-Raad\n\nNr. 990 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, " + date + "\n\n" + text + "\n"
}

// auditRelations are the sentences that annotate, report on or mention the
// meeting named by %s, with the letter's date.
var auditRelations = []struct {
	rel  graph.RelType
	date string
	text string
}{
	{graph.RelAnnotates, "27 mei 2027", "Hierbij bieden wij u de geannoteerde agenda aan van de %s.\n\nDe minister van Justitie en Veiligheid zal hieraan deelnemen."},
	{graph.RelReportsOn, "18 juni 2027", "Hierbij ontvangt u het verslag van de %s.\n\nDe Raad bereikte een algemene oriëntatie over de terugkeerverordening."},
	{graph.RelMentions, "18 juni 2027", "Hierbij informeer ik u over de stand van zaken van de terugkeerverordening.\n\nZoals besproken tijdens de %s blijft het kabinet kritisch over dit voorstel."},
}

// meetingRels lists the relations from the document to council meetings as
// "TYPE key".
func meetingRels(g graph.DocumentGraph, doc string) []string {
	var out []string
	for _, r := range g.Relations {
		if r.From.Key == doc && r.To.Kind == graph.KindCouncilMeeting {
			out = append(out, string(r.Type)+" "+r.To.Key)
		}
	}
	return out
}

func TestMeetingsAudit(t *testing.T) {
	total, failed := 0, map[string]int{}
	for _, n := range auditNames {
		for _, d := range auditDates {
			if strings.HasPrefix(d.tail, " on ") || strings.HasPrefix(d.tail, " of ") {
				if !strings.Contains(n.name, "Council") {
					continue
				}
			}
			for _, r := range auditRelations {
				total++
				mention := n.name + d.tail
				text := auditLetter(r.date, fmt.Sprintf(r.text, mention))
				g := extractWith(t, "kst-32317-990.txt", text, Meta{})
				want := string(r.rel) + " jha-2027-06-10"
				rels := meetingRels(g, "kst-32317-990")
				ok := len(rels) == 1 && rels[0] == want
				if ok {
					e, _ := entity(g, graph.KindCouncilMeeting, "jha-2027-06-10")
					wantEnd := "2027-06-11"
					if d.one {
						wantEnd = "2027-06-10"
					}
					ok = e.Props["endDate"] == wantEnd && (e.Props["informal"] == true) == n.informal &&
						(e.Props["informal"] == false) == n.formal && propString(e.Props, "place") == d.place
					if !ok {
						t.Errorf("%s %q: facts %v", r.rel, mention, e.Props)
					}
				} else {
					t.Errorf("%s %q: relations %v, want [%s]", r.rel, mention, rels, want)
				}
				if !ok {
					failed[d.tail]++
					failed[n.name]++
				}
			}
		}
	}
	if len(failed) > 0 {
		t.Logf("%d cases; failures by form: %v", total, failed)
	}
}

// A meeting named by one day of a two-day meeting of the calendar
// (refdata/meetings.tsv: 12 and 13 June 2025) is that meeting, in every
// relation; so is the day of its Home or Justice part.
func TestMeetingsAuditOneDay(t *testing.T) {
	for _, mention := range []string{
		"JBZ-Raad van 13 juni 2025",
		"JBZ-Raad van 12 juni 2025",
		"JBZ-Raad op vrijdag 13 juni 2025",
		"Raad Justitie en Binnenlandse Zaken van 13 juni 2025 (Binnenlandse Zakendag)",
		"Raad Binnenlandse Zaken van 13 juni 2025",
		"JBZ-Raad in Luxemburg op 13 juni 2025",
	} {
		for _, r := range []struct {
			rel        graph.RelType
			date, text string
		}{
			{graph.RelAnnotates, "2 juni 2025", "Hierbij bieden wij u de geannoteerde agenda aan van de %s.\n\nDe minister zal hieraan deelnemen."},
			{graph.RelReportsOn, "20 juni 2025", "Hierbij ontvangt u het verslag van de %s.\n\nDe Raad bereikte een akkoord."},
			{graph.RelMentions, "20 juni 2025", "Hierbij informeer ik u over de terugkeerverordening.\n\nZoals besproken tijdens de %s blijft het kabinet kritisch."},
		} {
			g := extractWith(t, "kst-32317-990.txt", auditLetter(r.date, fmt.Sprintf(r.text, mention)), Meta{})
			if rels := meetingRels(g, "kst-32317-990"); len(rels) != 1 || rels[0] != string(r.rel)+" jha-2025-06-12" {
				t.Errorf("%s %q: relations %v, want [%s jha-2025-06-12]", r.rel, mention, rels, r.rel)
			}
		}
	}
}

// What names no JHA Council meeting: a debate or consultation of the Kamer
// named after the Council with one day (the debate's; with two days it
// names the Council's days, a mention: meetings_usage.go), the committee of the
// Eerste Kamer named after it, other Council configurations, Coreper, the
// European Council, and a meeting named by its month or its order alone
// (the gold keys a meeting by its first day; a month gives none).
func TestMeetingsAuditNegatives(t *testing.T) {
	for _, sentence := range []string{
		"Tijdens het AO JBZ-Raad van 3 juni 2027 heeft de minister toegezegd de Kamer te informeren.",
		"Tijdens het commissiedebat JBZ-Raad op 3 juni 2027 is hierover gesproken.",
		"Tijdens het Commissiedebat JBZ-Raad Luxemburg van 3 juni 2027 is hierover gesproken.",
		"In het schriftelijk overleg JBZ-Raad van 3 juni 2027 stelden de leden vragen.",
		"Passage uit het verslag van het VAO JBZ-raad, 3 juni 2027.",
		"Zoals toegezegd tijdens het Algemeen Overleg over de informele JBZ-Raad op 3 juni jl. stuur ik u deze brief.",
		"De vaste commissie voor Immigratie & Asiel / JBZ-Raad op 3 juni 2027 sprak over de terugkeer.",
		"Verslag van de vergadering van de commissie voor Immigratie en Asiel/JBZ-Raad van 3 juni 2027.",
		"Zoals besproken tijdens de Raad Algemene Zaken van 10 juni 2027 blijft het kabinet kritisch.",
		"Zoals besproken tijdens de Raad Buitenlandse Zaken van 10 en 11 juni 2027 blijft het kabinet kritisch.",
		"Zoals besproken tijdens de Europese Raad van 24 en 25 juni 2027 blijft het kabinet kritisch.",
		"Zoals besproken in Coreper van 10 juni 2027 blijft het kabinet kritisch.",
		"De Raad van State adviseerde op 10 juni 2027 negatief.",
		"Het gesprek hierover wordt voortgezet tijdens de informele JBZ-Raad in juli.",
		"Ten behoeve van de JBZ-Raad van juni a.s. zal de Commissie haar voorstellen indienen.",
		"Het voorzitterschap heeft de bespreking verdaagd tot de JBZ-raad in juni.",
		"Dit actieplan is in de laatste JBZ-Raad besproken.",
		"Dat zal tijdens de eerstvolgende JBZ-Raad niet gebeuren.",
		"Op de informele JBZ Raad van juli 2027 is een voldoende mate van consensus bereikt.",
		"Voorafgaand aan de JBZ-Raad organiseert Nederland op 10 juni een ontbijtbijeenkomst van de kopgroep.",
	} {
		g := extractWith(t, "kst-32317-990.txt", auditLetter("18 juni 2027", "Hierbij informeer ik u over de terugkeerverordening.\n\n"+sentence), Meta{})
		if rels := meetingRels(g, "kst-32317-990"); len(rels) != 0 {
			t.Errorf("%q: relations %v, want none", sentence, rels)
		}
	}
}

// A date without a year takes the year the letter implies: "a.s." and an
// annotated agenda's meeting are ahead of the letter, "jl." and a reported
// meeting behind it, however the letter abbreviates the word.
func TestMeetingsAuditRelative(t *testing.T) {
	for _, name := range []string{"JBZ-Raad", "Raad Justitie en Binnenlandse Zaken", "informele JBZ-Raad", "JBZ-Raad (Luxemburg)"} {
		for _, r := range auditRelations {
			tails := []string{" van 10 en 11 juni", " op 10-11 juni", " van donderdag 10 en vrijdag 11 juni"}
			if r.rel == graph.RelAnnotates {
				tails = append(tails, " van 10 en 11 juni a.s.", " van 10 en 11 juni aanstaande", " van 10 en 11 juni a.s", " van 10 en 11 juni as. in Luxemburg")
			} else {
				tails = append(tails, " van 10 en 11 juni jl.", " van 10 en 11 juni jongstleden", " van 10 en 11 juni jl", " van 10 en 11 juni j.l.", " van 10 en 11 juni jl. te Luxemburg")
			}
			for _, tail := range tails {
				text := auditLetter(r.date, fmt.Sprintf(r.text, name+tail))
				g := extractWith(t, "kst-32317-990.txt", text, Meta{})
				want := string(r.rel) + " jha-2027-06-10"
				if rels := meetingRels(g, "kst-32317-990"); len(rels) != 1 || rels[0] != want {
					t.Errorf("%s %q: relations %v, want [%s]", r.rel, name+tail, rels, want)
				}
			}
		}
	}
	// "a.s." after a report's date is the next year's meeting: the
	// abbreviation decides, whatever its spelling
	for _, c := range []struct{ date, tail, want string }{
		{"18 juni 2027", " van 10 en 11 juni a.s.", "jha-2028-06-10"},
		{"18 juni 2027", " van 10 en 11 juni as.", "jha-2028-06-10"},
		{"18 juni 2027", " van 10 en 11 juni a.s", "jha-2028-06-10"},
		{"18 juni 2027", " van 10 en 11 juni aanstaande", "jha-2028-06-10"},
		{"2 juni 2027", " van 10 en 11 juni jl.", "jha-2026-06-10"},
		{"2 juni 2027", " van 10 en 11 juni jl", "jha-2026-06-10"},
		{"2 juni 2027", " van 10 en 11 juni j.l.", "jha-2026-06-10"},
		{"2 juni 2027", " van 10 en 11 juni", "jha-2027-06-10"},
	} {
		text := auditLetter(c.date, "Hierbij informeer ik u over de terugkeerverordening.\n\nDit kwam aan de orde in de JBZ-Raad"+c.tail+".")
		g := extractWith(t, "kst-32317-990.txt", text, Meta{})
		if rels := meetingRels(g, "kst-32317-990"); len(rels) != 1 || rels[0] != "MENTIONS "+c.want {
			t.Errorf("%s %q: relations %v, want [MENTIONS %s]", c.date, c.tail, rels, c.want)
		}
	}
}

// Convention 31: a letter on another occasion that tells what was said or
// decided at a past meeting reports on it; naming the meeting, its topic or
// its future only mentions it.
func TestMeetingsAuditAccount(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     graph.RelType
	}{
		{"Tijdens de JBZ-Raad van 10 en 11 juni 2027 bereikten de lidstaten een akkoord over de opvang.", graph.RelReportsOn},
		{"Tijdens de JBZ-Raad van 10 juni jl. bereikte de Raad een algemene oriëntatie.", graph.RelReportsOn},
		{"In de JBZ-Raad van 10 en 11 juni 2027 steunde een meerderheid van de lidstaten het voorstel.", graph.RelReportsOn},
		{"Op de informele JBZ-Raad van 10 en 11 juni 2027 benadrukte de minister het belang van terugkeer.", graph.RelReportsOn},
		{"Tijdens de JBZ-Raad van 10 juni jl., waar de Commissie haar voorstel presenteerde, bleek weinig steun.", graph.RelReportsOn},
		{"Nederland stemde tijdens de JBZ-Raad van 10 en 11 juni 2027 in met de verordening.", graph.RelReportsOn},
		{"De JBZ-Raad van 10 en 11 juni 2027 nam de conclusies aan.", graph.RelReportsOn},
		{"U vroeg mij wat er in de JBZ-Raad van 10 juni jl. is besproken over de opvang. De lidstaten waren het erover eens dat de opvang beter moet.", graph.RelReportsOn},
		// no account: named, a topic only, the future, a question unanswered
		{"Zoals besproken tijdens de JBZ-Raad van 10 en 11 juni 2027 bereikten de lidstaten eerder een akkoord.", graph.RelMentions},
		{"De JBZ-Raad van 10 en 11 juni 2027 besprak de instrumentalisering van migranten.", graph.RelMentions},
		{"Tijdens de JBZ-Raad van 10 en 11 juni 2027 spraken de ministers over de opvang.", graph.RelMentions},
		{"Eerder sprak de JBZ-Raad van 10 en 11 juni 2027 over de toetreding.", graph.RelMentions},
		{"Tijdens de JBZ-Raad van 10 en 11 juni 2027 stond het voorstel op de agenda.", graph.RelMentions},
		{"Naar verwachting zal de Raad tijdens de JBZ-Raad van 10 en 11 juni 2027 een akkoord bereiken.", graph.RelMentions},
		{"In aanloop naar de JBZ-Raad van 10 en 11 juni 2027 steunde Nederland het voorstel.", graph.RelMentions},
		{"U vroeg mij wat er in de JBZ-Raad van 10 juni jl. is besproken over de opvang. Daarover informeer ik u later.", graph.RelMentions},
	} {
		g := extractWith(t, "kst-32317-990.txt", auditLetter("18 juni 2027", "Hierbij informeer ik u over de terugkeerverordening.\n\n"+c.sentence), Meta{})
		want := string(c.want) + " jha-2027-06-10"
		if rels := meetingRels(g, "kst-32317-990"); len(rels) != 1 || rels[0] != want {
			t.Errorf("%q: relations %v, want [%s]", c.sentence, rels, want)
		}
	}
	// a meeting after the letter has no account yet
	g := extractWith(t, "kst-32317-990.txt", auditLetter("2 juni 2027", "Hierbij informeer ik u over de terugkeerverordening.\n\nTijdens de JBZ-Raad van 10 en 11 juni 2027 bereikten de lidstaten een akkoord."), Meta{})
	if rels := meetingRels(g, "kst-32317-990"); len(rels) != 1 || rels[0] != "MENTIONS jha-2027-06-10" {
		t.Errorf("a meeting after the letter: relations %v, want a mention", rels)
	}
}

// A line printed in capitals names its meeting as running text does; a
// capitalised line naming the Kamer's committee has none.
func TestMeetingsAuditCapitals(t *testing.T) {
	for _, c := range []struct {
		line           string
		d1, d2, m, y   int
		informal       bool
		place, written string
	}{
		{"VERSLAG VAN DE BIJEENKOMST VAN DE RAAD JUSTITIE EN BINNENLANDSE ZAKEN, 10 EN 11 JUNI 2027 TE BRUSSEL", 10, 11, 6, 2027, false, "Brussel", "BIJEENKOMST VAN DE RAAD JUSTITIE EN BINNENLANDSE ZAKEN, 10 EN 11 JUNI 2027 TE BRUSSEL"},
		{"GEANNOTEERDE AGENDA VAN DE INFORMELE JBZ-RAAD VAN 10-11 JUNI 2027 TE WARSCHAU", 10, 11, 6, 2027, true, "Warschau", "INFORMELE JBZ-RAAD VAN 10-11 JUNI 2027 TE WARSCHAU"},
		{"VERSLAG JBZ-RAAD 10 EN 11 JUNI 2027", 10, 11, 6, 2027, false, "", "JBZ-RAAD 10 EN 11 JUNI 2027"},
		{"BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN ASIEL/JBZ-RAAD", 0, 0, 0, 0, false, "", ""},
		{"VERSLAG VAN HET AO JBZ-RAAD VAN 10 JUNI 2027", 0, 0, 0, 0, false, "", ""},
	} {
		ms := findMeetings(c.line)
		if c.d1 == 0 {
			if len(ms) != 0 {
				t.Errorf("%q: %+v, want none", c.line, ms)
			}
			continue
		}
		if len(ms) != 1 || ms[0].d1 != c.d1 || ms[0].d2 != c.d2 || ms[0].m2 != c.m || ms[0].year != c.y ||
			ms[0].informal != c.informal || ms[0].place != c.place || ms[0].written != c.written {
			t.Errorf("%q: %+v", c.line, ms)
		}
	}
	if got := uncapitalised("Verslag van de JBZ-RAAD van 10 juni"); got != "Verslag van de JBZ-RAAD van 10 juni" {
		t.Errorf("a line with lower case changed: %q", got)
	}
}
