package ingest

import (
	"path/filepath"
	"testing"

	"jhagraph/graph"
)

// A report's "Belangrijkste resultaten" heading over a list of results is
// the report's frame, no unnumbered item (real reports of 2011 in the
// development set); the reports' meetings are still found.
func TestAgendaFrameHeadingIsNoItem(t *testing.T) {
	for name, meeting := range map[string]string{"tk-2012D01594": "jha-2011-12-13", "tk-2011D22827": "jha-2011-04-11", "tk-2011D37843": "jha-2011-06-09"} {
		g, err := Load(filepath.Join(repoRoot(t), "testdata", "real", "dev", "letters", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := entity(g, graph.KindCouncilMeeting, meeting); !ok {
			t.Errorf("%s: no meeting %s", name, meeting)
		}
		for _, e := range g.Entities {
			if e.Kind == graph.KindAgendaItem && e.Props["title"] == "Belangrijkste resultaten" {
				t.Errorf("%s: %s: the frame heading 'Belangrijkste resultaten' is an item", name, e.Key)
			}
		}
	}
	for _, h := range []string{"Belangrijkste resultaten", "Samenvatting:", "Inleiding"} {
		if !frameHeading(h) {
			t.Errorf("frameHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"Resultaten van de Raad over migratie", "Migratie:"} {
		if frameHeading(h) {
			t.Errorf("frameHeading(%q) = true", h)
		}
	}
}

// "Vrij verkeer (lunch)": a bracketed "lunch" is the item's format, not
// part of its title (kst-32317-179); "lunchbespreking" stays itself.
func TestLunchFormat(t *testing.T) {
	if !isFormat("lunch") || normaliseFormat("Lunch") != "lunch" || normaliseFormat("lunchbespreking") != "lunchbespreking" {
		t.Errorf("lunch formats: %v %q %q", isFormat("lunch"), normaliseFormat("Lunch"), normaliseFormat("lunchbespreking"))
	}
	if isFormat("lunchpauze") {
		t.Error("'lunchpauze' is a format")
	}
	g, err := Load(filepath.Join(repoRoot(t), "testdata", "real", "dev", "letters", "kst-32317-179.txt"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := entity(g, graph.KindAgendaItem, "jha-2013-06-06:I.4")
	if !ok || e.Props["title"] != "Vrij verkeer" || e.Props["format"] != "lunch" {
		t.Errorf("I.4: %v %v, want title 'Vrij verkeer', format lunch", ok, e.Props)
	}
}

// A title with a colon ("Europese grens- en kustwacht: implementatie") heads
// an item; a page's data line ("Nummer: 2015D46360, datum: ...") does not
// (kst-32317-464).
func TestColonTitleIsNoDataLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Europese grens- en kustwacht: implementatie":             false,
		"Migratiebeleid: implementatie":                           false,
		"Nummer: 2015D46360, datum: 2015-12-03, bijgewerkt: 2024": true,
		"Datum: 8 juni 2017":                                      true,
		"Terugkeerbeleid":                                         false,
	} {
		if got := dataLine(line); got != want {
			t.Errorf("dataLine(%q) = %v, want %v", line, got, want)
		}
	}
	g, err := Load(filepath.Join(repoRoot(t), "testdata", "real", "dev", "letters", "kst-32317-464.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for key, title := range map[string]string{"jha-2017-03-27:I.2": "Europese grens- en kustwacht: implementatie",
		"jha-2017-03-27:I.4": "Terugkeerbeleid", "jha-2017-03-27:I.5": "Migratiebeleid: implementatie"} {
		if e, ok := entity(g, graph.KindAgendaItem, key); !ok || e.Props["title"] != title {
			t.Errorf("%s: %v %v, want title %q", key, ok, e.Props, title)
		}
	}
}
