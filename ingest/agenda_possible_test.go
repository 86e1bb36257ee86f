package ingest

import "testing"

// An item that may be dropped ("1. (evt.) Voorstel ...") is an item with
// its title after the note; a qualifier in words ("(Mogelijk)") stays in the
// title; a dash line with a printed class is the item's format.
func TestPossibleItemHeading(t *testing.T) {
	for text, want := range map[string]string{
		"1. \t(evt.) Voorstel voor een verordening van het Europees Parlement en\nde Raad betreffende de vaststelling van een evaluatie- en\nmonitoringsmechanisme": "Voorstel voor een verordening van het Europees Parlement en de Raad betreffende de vaststelling van een evaluatie- en monitoringsmechanisme",
		"2. (ev.) Raadsconclusies over Schengen":                  "Raadsconclusies over Schengen",
		"1. (Mogelijk) Verordening over de invoering van het EES": "(Mogelijk) Verordening over de invoering van het EES",
	} {
		h, ok := parseItemHeading(Paragraph{Kind: ParaBody, Text: text})
		if !ok || h.title != want {
			t.Errorf("%q: %+v %v, want title %q", text, h, ok, want)
		}
	}
	for _, text := range []string{"1. (evt.) het voorstel wordt besproken", "1. (evt.)"} {
		if h, ok := parseItemHeading(Paragraph{Kind: ParaBody, Text: text}); ok {
			t.Errorf("%q: item %+v, want none (no title after the note)", text, h)
		}
	}
	if f, ok := formatLabel("- Openstaande kwesties"); !ok || f != "openstaande kwesties" {
		t.Errorf("'- Openstaande kwesties': %q %v, want the format 'openstaande kwesties'", f, ok)
	}
	if f, ok := formatLabel("- Openstaande kwesties rond de termijnen zijn besproken"); ok {
		t.Errorf("a dash sentence read as the format %q", f)
	}
}

// A member state named among the member states that took a view is a
// speaker, no topic of the item; a third country listed so is a topic.
func TestMemberAmongSpeakers(t *testing.T) {
	for before, want := range map[string]bool{
		"waarvan een groter aantal andere lidstaten, waaronder ": true,
		"Enkele delegaties, onder meer ":                         true,
		"lidstaten, waaronder Nederland, Oostenrijk en ":         true,
		"samenwerking met derde landen, waaronder ":              false,
		"de situatie in de lidstaten van de Unie, zoals ":        false,
	} {
		if got := memberAmongRe.MatchString(before); got != want {
			t.Errorf("%q: %v, want %v", before, got, want)
		}
	}
}
