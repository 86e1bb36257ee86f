package ingest

import (
	"path/filepath"
	"testing"

	"jhagraph/graph"
)

// Meetings as real letters name them, and the Kamer's debates that only
// carry a Council's name.
func TestFindMeetingsReal(t *testing.T) {
	for _, c := range []struct {
		text     string
		want     int // meetings found
		d1, m1   int
		d2, m2   int
		informal bool
		place    string
	}{
		{"het verslag aan van de informele Raad Justitie en Binnenlandse Zaken (iJBZ-Raad) op 22 en 23 juli 2025 in Kopenhagen.", 1, 22, 7, 23, 7, true, "Kopenhagen"},
		{"Tijdens de bijeenkomst van de Raad van 30 november–1 december 2009 is over dit onderwerp gesproken.", 1, 30, 11, 1, 12, false, ""},
		{"migratie: follow-up van extra JBZ-Raad van 4 maart jongstleden;", 1, 4, 3, 4, 3, false, ""},
		{"naar aanleiding van de toezegging gedaan tijdens het AO JBZ-Raad op 11 maart jl.", 0, 0, 0, 0, 0, false, ""},
		{"Tijdens het commissiedebat JBZ-Raad van 8 juni jl. heeft de minister toegezegd", 0, 0, 0, 0, 0, false, ""},
		// a consultation named after the Council with the Council's two
		// days names the meeting (meetings_usage.go, debateNamesCouncilDays)
		{"Inbreng schriftelijk overleg JBZ-Raad 7 en 8 juni 2021", 1, 7, 6, 8, 6, false, ""},
		{"Inbreng schriftelijk overleg JBZ-Raad 3 juni 2021", 0, 0, 0, 0, 0, false, ""},
		{"Passage uit het stenografisch verslag van het VAO JBZ-raad, 17 februari 2010: 3.", 0, 0, 0, 0, 0, false, ""},
		{"In het commissiedebat over de JBZ-Raad van 13 juni jl. is gesproken over", 1, 13, 6, 13, 6, false, ""},
		{"De Raad van State heeft op 12 maart geadviseerd; de Raad van 12 maart besloot", 0, 0, 0, 0, 0, false, ""},
		// extraordinary Councils with their dates apart from their names
		{"Het voorzitterschap heeft een extra JBZ-Raad ingelast op 17 februari over de grenssituatie.", 1, 17, 2, 17, 2, false, ""},
		{"Op 3 april vond een buitengewone JBZ-Raad plaats.", 1, 3, 4, 3, 4, false, ""},
		{"Er is een extra JBZ-Raad gehouden.", 0, 0, 0, 0, 0, false, ""},
		{"het verslag van de op 20 juli 2015 ingelaste Raad Justitie en Binnenlandse Zaken, gehouden in Brussel (Kamerstuk 32 317, nr. 320);", 1, 20, 7, 20, 7, false, "Brussel"},
		{"een extra JBZ-Raad ingelast op 17 februari, gehouden in de zomer", 1, 17, 2, 17, 2, false, ""},
		{"Tijdens het commissiedebat over de extra JBZ-Raad op 3 april", 1, 3, 4, 3, 4, false, ""},
		// the place before the dates, and the meeting word joined to the name
		{"het verslag van de Raad Justitie en Binnenlandse Zaken, gehouden in Luxemburg op 14 en 15 juni 2027", 1, 14, 6, 15, 6, false, "Luxemburg"},
		{"het verslag van de Informele Raad Justitie en Binnenlandse Zaken, gehouden in Valletta op 3 en 4 februari 2027", 1, 3, 2, 4, 2, true, "Valletta"},
		{"de geannoteerde agenda van de JBZ-Raadsvergadering van 2 oktober 2027", 1, 2, 10, 2, 10, false, ""},
		{"de Raad Justitie en Binnenlandse Zaken, gehouden in de zomer", 0, 0, 0, 0, 0, false, ""},
		{"JBZ Raad (Luxemburg) 14 en 15 oktober 2027 (Commissiedebat)", 1, 14, 10, 15, 10, false, "Luxemburg"},
		// a web page that lost the dash of a two-day meeting; other bare pairs are no range
		{"Geannoteerde agenda van de formele JBZ-Raad 13 14 oktober 2025 (Kamerstuk 32317, nr. 973)", 1, 13, 10, 14, 10, false, ""},
		{"de JBZ-Raad 13 15 oktober 2025", 0, 0, 0, 0, 0, false, ""},
		// the place between the name and the dates
		{"het verslag van de Raad Justitie en Binnenlandse Zaken te Brussel van 12 en 13 maart 2015 (Kamerstuk 32 317, nr. 278)", 1, 12, 3, 13, 3, false, "Brussel"},
		{"de JBZ-Raad in Luxemburg op 9 juni", 1, 9, 6, 9, 6, false, "Luxemburg"},
		// "Raad van Justitie en Binnenlandse Zaken" (kst-32317-480), with its dates only
		{"het verslag aan van de bijeenkomst van de informele Raad van Justitie en Binnenlandse Zaken van 6 en 7 juli te Tallinn.", 1, 6, 7, 7, 7, true, "Tallinn"},
		{"de Raad van Justitie en Binnenlandse Zaken heeft hierover gesproken", 0, 0, 0, 0, 0, false, ""},
		// an extraordinary Council convened: "om 27 februari een JBZ-Raad in te lassen" (kst-32317-746)
		{"Op 25 februari jl. besloot het Franse EU-Voorzitterschap om 27 februari een JBZ-Raad in te lassen over de situatie in Oekraïne.", 1, 27, 2, 27, 2, false, ""},
		{"Het voorzitterschap besloot om 27 februari een extra overleg in te lassen.", 0, 0, 0, 0, 0, false, ""},
		// a debate "over de JBZ-Raad op <day>": the debate's day, no meeting (kst-32317-543)
		{"die is gedaan tijdens het Algemeen Overleg over de informele JBZ-Raad op 6 februari jl.", 0, 0, 0, 0, 0, false, ""},
		{"Tijdens het overleg met de Kamer is de JBZ-Raad op 6 februari besproken", 1, 6, 2, 6, 2, false, ""},
		// three days listed
		{"over Informele JBZ-Raad van 24, 25 en 26 januari 2024 (algemeen)", 1, 24, 1, 26, 1, true, ""},
		{"over informele JBZ-Raad te Stockholm van 25, 26 en 27 januari 2023", 1, 25, 1, 27, 1, true, "Stockholm"},
		// "gehouden op" without a place
		{"met het verslag van de JBZ-Raad gehouden op 27 en 28 oktober 2011 (32 317, nr. 90);", 1, 27, 10, 28, 10, false, ""},
		{"de JBZ-Raad, gehouden op verzoek van het voorzitterschap", 0, 0, 0, 0, 0, false, ""},
	} {
		ms := findMeetings(c.text)
		if len(ms) != c.want {
			t.Errorf("%q: %d meetings %+v, want %d", c.text, len(ms), ms, c.want)
			continue
		}
		if c.want == 0 {
			continue
		}
		m := ms[0]
		if m.d1 != c.d1 || m.m1 != c.m1 || m.d2 != c.d2 || m.m2 != c.m2 || m.informal != c.informal || m.place != c.place {
			t.Errorf("%q: %+v, want %d/%d-%d/%d informal %v place %q", c.text, m, c.d1, c.m1, c.d2, c.m2, c.informal, c.place)
		}
	}
}

// A two-day meeting referred to by its second day is the same meeting.
func TestMeetingByOneDay(t *testing.T) {
	text := "32 317 JBZ-Raad\n\nNr. 997 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 27 juni 2024\n\n" +
		"Hierbij ontvangt u het verslag van de JBZ-Raad van 13 en 14 juni 2024 in Luxemburg.\n\n" +
		"Tijdens de JBZ-Raad van 14 juni jl. bereikte de Raad een algemene oriëntatie.\n"
	g := extractWith(t, "kst-32317-997.txt", text, Meta{})
	var keys []string
	for _, e := range g.Entities {
		if e.Kind == "CouncilMeeting" {
			keys = append(keys, e.Key)
		}
	}
	if len(keys) != 1 || keys[0] != "jha-2024-06-13" {
		t.Errorf("meetings %v, want only jha-2024-06-13", keys)
	}
	for _, r := range g.Relations {
		if r.To.Key == "jha-2024-06-14" || r.From.Key == "jha-2024-06-14" {
			t.Errorf("relation %s to the one-day meeting", r.Type)
		}
	}
}

// The publisher's title names the meeting a web page's agenda annotates;
// an opening sentence copied from the letter before, offering the agenda
// of the previous meeting, then only mentions that meeting, and "hieraan"
// after it is the title's meeting.
func TestPublisherTitleMeeting(t *testing.T) {
	const body = "Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de Raad Justitie en Binnenlandse Zaken (JBZ-Raad) van 13-14 oktober a.s. in Luxemburg. De minister van Justitie en Veiligheid zal hieraan deelnemen.\n\nOp de agenda staat het solidariteitsmechanisme.\n"
	extract := func(title, text string) map[string]string {
		t.Helper()
		g := extractWith(t, "kst-32317-978.txt", text, Meta{Dossier: "32317", Number: "978", Date: "2025-11-24", Title: title})
		out := map[string]string{}
		for _, r := range g.Relations {
			if r.To.Kind == graph.KindCouncilMeeting {
				out[string(r.Type)+" "+r.From.Key] = r.To.Key
			}
		}
		return out
	}
	got := extract("Geannoteerde agenda van de formele JBZ-Raad, 8-9 december 2025", body)
	if got["ANNOTATES kst-32317-978"] != "jha-2025-12-08" || got["MENTIONS kst-32317-978"] != "jha-2025-10-13" ||
		got["ATTENDS minister-van-justitie-en-veiligheid"] != "jha-2025-12-08" {
		t.Errorf("title against a copied opening: %v", got)
	}
	// a title that is no agenda, or that the text itself names, changes nothing
	for _, title := range []string{"Verslag van de formele JBZ-Raad, 8-9 december 2025", "JBZ-Raad"} {
		if got := extract(title, body); got["ANNOTATES kst-32317-978"] != "jha-2026-10-13" {
			t.Errorf("title %q: %v, want the opening's meeting annotated", title, got)
		}
	}
	// the title a line of the text: read there, as any heading; nothing is
	// demoted to a mention
	withTitle := "Geannoteerde agenda van de formele JBZ-Raad, 8-9 december 2025\n\n" + body
	if got := extract("Geannoteerde agenda van de formele JBZ-Raad, 8-9 december 2025", withTitle); got["MENTIONS kst-32317-978"] != "" {
		t.Errorf("title in the text: %v", got)
	}
}

// "a.s." and "jl." count from the letter a sentence cites, else from the
// document's date.
func TestRelativeAnchor(t *testing.T) {
	doc, _ := mkDate(2009, 11, 24)
	for _, c := range []struct {
		before string
		want   string
	}{
		{"– de brief van de minister van Justitie d.d. 12 oktober 2009 met de geannoteerde agenda voor de bijeenkomst van de ", "2009-10-12"},
		{"de brief d.d. 7 oktober 2009 en de brief d.d. 20 mei 2009 over de ", "2009-05-20"},
		{"de geannoteerde agenda van de ", "2009-11-24"},
		{"de brief d.d. 31 februari 2009 over de ", "2009-11-24"}, // no date
	} {
		got, ok := relativeAnchor(c.before, doc, true)
		if !ok || iso(got) != c.want {
			t.Errorf("relativeAnchor(%q) = %s, %v; want %s", c.before, iso(got), ok, c.want)
		}
	}
	text := "Verslag van een algemeen overleg\n\nDe vaste commissie heeft op 15 oktober 2009 overleg gevoerd over:\n\n– de brief van de minister van Justitie d.d. 12 oktober 2009 met de geannoteerde agenda voor de bijeenkomst van de Raad Justitie en Binnenlandse Zaken van 23 oktober a.s. te Luxemburg (23 490, nr. 573);\n"
	doc2, err := Parse("kst-23490-583.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc2, Meta{Dossier: "23490", Number: "583", Date: "2009-11-24", Kind: "Verslag van een algemeen overleg"})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range g.Entities {
		if e.Kind == graph.KindCouncilMeeting {
			keys = append(keys, e.Key)
		}
		if e.Kind == graph.KindAgendaItem {
			t.Errorf("a record of a Kamer procedure has no agenda items: %v", e.Key)
		}
	}
	if len(keys) != 1 || keys[0] != "jha-2009-10-23" {
		t.Errorf("meetings %v, want [jha-2009-10-23]", keys)
	}
}

// The record of a committee debate named after a Council has no agenda
// items, though its headings name the meeting.
func TestProcedureHasNoAgenda(t *testing.T) {
	text := "Verslag van een commissiedebat, gehouden op 18 januari 2024, over Informele JBZ-Raad van 24, 25 en 26 januari 2024 (algemeen)\n\nJBZ-Raad\n\nVerslag van een commissiedebat\n\nDe vaste commissie voor Justitie en Veiligheid heeft op 18 januari 2024 overleg gevoerd over de informele JBZ-Raad.\n"
	doc, err := Parse("kst-32317-871.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"Verslag van een commissiedebat", ""} {
		g, err := Extract(doc, Meta{Dossier: "32317", Number: "871", Date: "2024-02-19", Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		items, meetings := 0, 0
		for _, e := range g.Entities {
			switch e.Kind {
			case graph.KindAgendaItem:
				items++
			case graph.KindCouncilMeeting:
				meetings++
				if e.Key != "jha-2024-01-24" || e.Props["endDate"] != "2024-01-26" {
					t.Errorf("kind %q: meeting %v", kind, e)
				}
			}
		}
		if items != 0 || meetings != 1 {
			t.Errorf("kind %q: %d agenda items, %d meetings; want 0, 1", kind, items, meetings)
		}
	}
}

// A later sentence of the opening that reports on "deze bijeenkomst" makes
// the meeting named last before it the report's subject (kst-32317-746).
func TestReportsOnLater(t *testing.T) {
	text := "Op 25 februari jl. besloot het voorzitterschap om 27 februari een JBZ-Raad in te lassen. Met deze brief doen wij uw Kamer verslag over deze bijeenkomst."
	ms := findMeetings(text)
	if len(ms) != 1 || !reportsOnLater(text, ms, 0) {
		t.Errorf("%q: %+v, want one meeting reported on", text, ms)
	}
	text = "Op 27 februari 2022 vond een buitengewone JBZ-Raad plaats. Met deze brief informeren wij uw Kamer over de JBZ-Raad van 3 en 4 maart 2022."
	if ms := findMeetings(text); len(ms) != 2 || reportsOnLater(text, ms, 0) || reportsOnLater(text, ms, 1) {
		t.Errorf("%q: %+v, want two meetings, none reported on by an anaphor", text, ms)
	}
	g, err := Load(filepath.Join(repoRoot(t), "testdata", "real", "dev", "letters", "kst-32317-746.txt"))
	if err != nil {
		t.Fatal(err)
	}
	wantRelation(t, g, graph.RelReportsOn, "kst-32317-746", "jha-2022-02-27", "kst-32317-746 does not report on the extraordinary Council of 27 February 2022")
}

// The title's facts of a meeting (informal, its place) go to the meeting the
// text names by overlapping days; a title meeting on other days lends
// nothing.
func TestTitleMeetingFacts(t *testing.T) {
	text := "32 317 JBZ-Raad\n\nNr. 818 VERSLAG VAN EEN COMMISSIEDEBAT\n\nVastgesteld 9 februari 2023\n\n" +
		"De vaste commissie voor Justitie en Veiligheid heeft op 24 januari 2023 overleg gevoerd over:\n\n" +
		"de brief van de Minister van Justitie en Veiligheid d.d. 16 januari 2023 inzake geannoteerde agenda JBZ-Raad 26 en 27 januari (Kamerstuk 32 317, nr. 803);\n"
	facts := func(title string) (informal any, place any) {
		t.Helper()
		g := extractWith(t, "kst-32317-818.txt", text, Meta{Dossier: "32317", Number: "818", Date: "2023-02-09", Title: title, Kind: "verslag van een commissiedebat"})
		for _, e := range g.Entities {
			if e.Kind == "CouncilMeeting" && e.Key == "jha-2023-01-26" {
				return e.Props["informal"], e.Props["place"]
			}
		}
		t.Fatalf("no meeting jha-2023-01-26 in %+v", g.Entities)
		return nil, nil
	}
	if inf, pl := facts("Verslag van een commissiedebat, gehouden op 24 januari 2023, over informele JBZ-Raad te Stockholm van 25, 26 en 27 januari 2023"); inf != true || pl != "Stockholm" {
		t.Errorf("informal %v, place %v: want the title's informal meeting in Stockholm", inf, pl)
	}
	if inf, pl := facts("Verslag van een commissiedebat over de informele JBZ-Raad te Stockholm van 9 en 10 maart 2023"); inf == true || pl == "Stockholm" {
		t.Errorf("informal %v, place %v: the title names another meeting", inf, pl)
	}
}
