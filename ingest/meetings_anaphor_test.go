package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// "de Raad" with a date after the JHA Council's name is a meeting of that
// Council; elsewhere, after the co-legislators, in an act's title, or as
// what the Council did on a day, it is none (fictional paragraphs).
func TestBackMeetings(t *testing.T) {
	for s, want := range map[string]string{
		"Hierbij bieden wij u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2027. Tevens ontvangt u het verslag van de Raad van 20 mei jl.": "de Raad van 20 mei jl.",
		"In de Raad Justitie en Binnenlandse Zaken van 3 maart 2027 werd teruggeblikt op de Raad van 27 en 28 januari 2027.":                               "de Raad van 27 en 28 januari 2027",
		"De JBZ-Raad van 12 juni besprak de uitkomsten van de Raad van 4 mei a.s. niet.":                                                                   "de Raad van 4 mei a.s.",
		// no JHA Council named before
		"Het verslag van de Raad van 20 mei jl. is u eerder toegezonden.":                        "",
		"Tijdens de Landbouwraad werd verwezen naar de steun die de Raad van 14 maart toezegde.": "",
		// an act's authors and date, and the Council acting on a day
		"De JBZ-Raad van 12 juni 2027 sprak over Verordening (EU) 2027/12 van het Europees Parlement en de Raad van 20 mei 2027.": "",
		"De JBZ-Raad van 12 juni 2027 besprak het besluit dat de Raad op 20 mei 2027 aannam.":                                     "",
		"De JBZ-Raad van 12 juni 2027 besprak Richtlijn 2027/7/EU van de Raad van 20 mei 2027.":                                   "",
	} {
		var got []string
		for _, mm := range findMeetings(s) {
			if backMention(mm) {
				got = append(got, mm.written)
			}
		}
		if strings.Join(got, " | ") != want {
			t.Errorf("findMeetings(%q), de Raad = %q, want %q", s, got, want)
		}
	}
}

// The report sent along is mentioned, not reported on: the letter offers
// the agenda of the meeting it names in full.
func TestBackMeetingIsMentioned(t *testing.T) {
	const text = "Den Haag, 1 juni 2027\n\nHierbij bieden wij u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2027. Tevens ontvangt u hierbij het verslag van de Raad van 20 mei jl.\n"
	doc, err := Parse("kst-99001-2.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{Date: "2027-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	rels := map[string]graph.RelType{}
	for _, r := range g.Relations {
		if r.To.Kind == graph.KindCouncilMeeting {
			rels[r.To.Key] = r.Type
		}
	}
	if rels["jha-2027-06-12"] != graph.RelAnnotates || rels["jha-2027-05-20"] != graph.RelMentions {
		t.Errorf("meetings %v, want jha-2027-06-12 annotated and jha-2027-05-20 mentioned", rels)
	}
}
