package ingest

import (
	"testing"

	"jhagraph/graph"
)

// A transposition deadline is the expiry of the period to transpose an
// act: a label line, "uiterlijk op <date> omgezet", "vóór <date> ... te
// hebben omgezet". A transposition that happened, or a date before which
// something else happens, is none.
func TestTranspositionDeadlineCue(t *testing.T) {
	for s, want := range map[string]string{
		"Uiterste implementatiedatum: 17 juli 2021":                                                                 "expiry",
		"De richtlijn moet uiterlijk op 17 juli 2021 omgezet zijn.":                                                 "expiry",
		"Vóór 15 augustus 2010 dienen de lidstaten het kaderbesluit in nationale wetgeving te hebben omgezet.":      "expiry",
		"De lidstaten moeten de richtlijn omzetten; de omzettingstermijn eindigt op 2 augustus 2026.":               "expiry",
		"De richtlijn is op 1 mei 2020 omgezet in nationaal recht.":                                                 "",
		"Voor 1 januari 2020 heeft de Raad het voorstel besproken.":                                                 "",
		"Uiterlijk op 1 juni 2024 zal de Commissie een verslag uitbrengen over de uitvoering van deze verordening.": "",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// A label line under an act's title dates that act; a label line under a
// paragraph that names two acts dates neither.
func TestTranspositionLabelLine(t *testing.T) {
	events := func(text string) map[string][]string {
		t.Helper()
		g := extractWith(t, "kst-21109-259.txt", text, Meta{Dossier: "21109", Number: "259", Date: "2023-02-03"})
		out := map[string][]string{}
		for _, r := range g.Relations {
			if evs, ok := r.Props["events"].([]string); ok && r.To.Kind == graph.KindLegalAct {
				out[r.To.Key] = evs
			}
		}
		return out
	}
	head := "21 109 Uitvoering EU-Richtlijnen\n\nNr. 259 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nDen Haag, 3 februari 2023\n\nHierbij bied ik u het overzicht aan.\n\nBZK\n\n"
	got := events(head + "RICHTLIJN (EU) 2019/1024 VAN HET EUROPEES PARLEMENT EN DE RAAD van 20 juni 2019 inzake open data en het hergebruik van overheidsinformatie\n\nUiterste implementatiedatum: 17 juli 2021\n\nDe achterstand wordt ingelopen.\n")
	if evs := got["32019L1024"]; len(evs) != 1 || evs[0] != "2021-07-17 expiry" {
		t.Errorf("2019/1024 events %v, want the transposition deadline 2021-07-17 expiry", got)
	}
	got = events(head + "Richtlijn (EU) 2019/1024 en Richtlijn (EU) 2019/1937 vragen om wetgeving.\n\nUiterste implementatiedatum: 17 juli 2021\n\nDe achterstand wordt ingelopen.\n")
	for celex, evs := range got {
		for _, e := range evs {
			if e == "2021-07-17 expiry" {
				t.Errorf("%s dated by a label under two acts: %v", celex, evs)
			}
		}
	}
}

// A date that follows a meeting named inside the sentence's object ("de
// uitkomsten van de Visegradgroepbijeenkomst ... op 29 april jl.") is the
// meeting's day, no event of the sentence; a publication dated in its own
// clause still is one.
func TestOfMeetingDate(t *testing.T) {
	for _, before := range []string{
		"Tsjechië presenteerde de uitkomsten van de Visegradgroepbijeenkomst van landbouwministers op ",
		"Polen lichtte de conclusies toe van de ministeriële conferentie in Warschau van ",
	} {
		if !ofMeetingDateBeforeRe.MatchString(before) {
			t.Errorf("%q: the date is the meeting's", before)
		}
	}
	for _, before := range []string{
		"Tsjechië presenteerde op ",
		"De Commissie heeft het verslag van de bijeenkomst, dat op ",
		"De Commissie publiceerde haar mededeling op ",
	} {
		if ofMeetingDateBeforeRe.MatchString(before) {
			t.Errorf("%q: no meeting's date", before)
		}
	}
}

// The JHA Council's approval dated by its meeting ("de goedkeuring van de
// verklaring van de JBZ-Raad op 6 december 2018") is an adoption by the
// Council configuration; the meeting's date without an approval, or a
// meeting of two days, dates nothing.
func TestCouncilApprovalAtMeeting(t *testing.T) {
	events := func(sentence string) []string {
		t.Helper()
		text := "32 317 JBZ-Raad\n\nNr. 543 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nDen Haag, 22 februari 2019\n\n" + sentence + "\n"
		g := extractWith(t, "kst-32317-543.txt", text, Meta{Dossier: "32317", Number: "543", Date: "2019-02-22"})
		var out []string
		for _, r := range g.Relations {
			if evs, ok := r.Props["events"].([]string); ok && r.To.Key == "jha-council" {
				out = append(out, evs...)
			}
		}
		return out
	}
	if got := events("Zij verwelkomden de goedkeuring van de verklaring van de JBZ-Raad op 6 december 2018 betreffende de bestrijding van antisemitisme."); len(got) != 1 || got[0] != "2018-12-06 adoption" {
		t.Errorf("events of the JHA Council %v, want 2018-12-06 adoption", got)
	}
	for _, s := range []string{
		"Tijdens de JBZ-Raad op 6 december 2018 is gesproken over de verklaring.",
		"Zij verwelkomden de goedkeuring van de verklaring van de JBZ-Raad van 6 en 7 december 2018.",
	} {
		if got := events(s); len(got) != 0 {
			t.Errorf("%q: events of the JHA Council %v, want none", s, got)
		}
	}
}
