package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// A report cut off in mid-sentence: its last paragraph reads as a heading
// ("De Raad nam conclusies aan over de t"), but a heading at the end of the
// text heads nothing, so the title before it still heads an item and the
// cut paragraph is that item's text. A title whose first word is
// "Raadsconclusies" gives the item that format.
func TestAgendaCutOffLastParagraph(t *testing.T) {
	const head = " Nr. 991  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 oktober 2027 \n\n" +
		"Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 14 en 15 oktober 2027 te Luxemburg\n\n" +
		"Belangrijkste resultaten\n\nBinnenlandse Zaken\n\nVisumbeleid\n\n" +
		"De ministers bespraken de herziening van het visumbeleid met het oog op terugkeer.\n\n"
	const m = "jha-2027-10-14"
	for _, c := range []struct {
		name, tail string
		want       []wantItem
	}{
		{"cut", "Raadsconclusies over de aanpak van smokkel\n\nDe Raad nam conclusies aan over de t\n", []wantItem{
			{m + ":I.1", "I", "Binnenlandse Zaken", "Visumbeleid", "", "home-affairs", 1},
			{m + ":I.2", "I", "Binnenlandse Zaken", "Raadsconclusies over de aanpak van smokkel", "raadsconclusies", "home-affairs", 2},
		}},
		{"informal lunch cut", "Stand van zaken migratie\n\nTijdens de informele werklunch bes\n", []wantItem{
			{m + ":I.1", "I", "Binnenlandse Zaken", "Visumbeleid", "", "home-affairs", 1},
			{m + ":I.2", "I", "Binnenlandse Zaken", "Stand van zaken migratie", "", "home-affairs", 2},
		}},
		// a short heading at the end is no cut sentence: nothing follows
		// "Stand van zaken migratie", so it heads no item
		{"heading at the end", "Stand van zaken migratie\n\nOverige punten\n", []wantItem{
			{m + ":I.1", "I", "Binnenlandse Zaken", "Visumbeleid", "", "home-affairs", 1},
		}},
		// a cut sentence that is not the text's last paragraph is read as
		// a heading: "Terugkeer" heads no text and is no item
		{"not last", "Terugkeer\n\nDe ministers spraken over de t\n\nOverige punten\n", []wantItem{
			{m + ":I.1", "I", "Binnenlandse Zaken", "Visumbeleid", "", "home-affairs", 1},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := extractText(t, "kst-32317-991.txt", head+c.tail)
			checkItems(t, g, m, c.want)
		})
	}
}

// cutOff: only the text's last paragraph, read as a heading, of four words
// or more that ends in a lower-case word.
func TestCutOff(t *testing.T) {
	for text, want := range map[string]bool{
		"De Raad nam conclusies aan die zien op de p": true,
		"Tijdens deze informele werklunch bes":        true,
		"Overige punten":                              false, // a heading
		"Stand van zaken Europol":                     false, // ends in a name
		"= Algemene oriëntatie":                       false, // a format label
		// a run-in topic before its cut text, ending in a name
		"Digitale rechtspraak: Enkele lidstaten hadden vragen bij de rol van Eurojust": true,
		"Samenwerking met derde landen: Marokko":                                       false, // a title with a subtitle
	} {
		doc, err := Parse("kst-32317-992.txt", []byte("Den Haag, 1 maart 2027\n\nDe ministers spraken over terugkeer.\n\n"+text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		x := newExtraction(doc)
		last := len(doc.Paragraphs) - 1
		if got := x.cutOff(last); got != want {
			t.Errorf("cutOff(%q) = %v, want %v (kind %v)", text, got, want, doc.Paragraphs[last].Kind)
		}
	}
}

// A format printed before a numbered item's title, with the session's
// number ("1. Werksessie I: Nieuwe ..."), is the item's format; a title
// with a colon whose first part is no format keeps it.
func TestLeadFormat(t *testing.T) {
	for in, want := range map[string][2]string{
		"1. Werksessie I: Nieuwe oplossingen voor terugkeer":            {"Nieuwe oplossingen voor terugkeer", "werksessie"},
		"2. Werklunch: Samenwerking met Tunesië":                        {"Samenwerking met Tunesië", "werklunch"},
		"3. Beleidsdebat 2: Toekomst van Europol":                       {"Toekomst van Europol", "beleidsdebat"},
		"4. Europese grens- en kustwacht: implementatie":                {"Europese grens- en kustwacht: implementatie", ""},
		"5. Migratiedruk: Trends en vooruitzichten in het Middenoosten": {"Migratiedruk: Trends en vooruitzichten in het Middenoosten", ""},
	} {
		h, ok := parseItemHeading(Paragraph{Kind: ParaHeading, Text: in})
		if !ok || h.title != want[0] || h.format != want[1] {
			t.Errorf("parseItemHeading(%q) = %+v %v, want title %q format %q", in, h, ok, want[0], want[1])
		}
	}
}

// A text copied line by line without blank lines: a numbered title line
// short of the wrap width before a capital is a paragraph of its own, as
// the PDF printed it; a numbered line that runs to the width is not.
func TestParagraphBreaksNumberedTitle(t *testing.T) {
	body := strings.Repeat("De ministers spraken over de samenwerking met derde landen op het terrein van terugkeer en\n", 8)
	lines := strings.Split("I. Binnenlandse Zaken\n1. Werksessie I: Nieuwe en innovatieve oplossingen voor terugkeer\n"+
		"In de eerste sessie blikte de Commissie vooruit op het aanstaande voorstel voor de herziening van\n"+body+
		"2. In de tweede sessie spraken de ministers over de samenwerking met derde landen op het terrein\nvan terugkeer.", "\n")
	out := strings.Join(paragraphBreaks(lines), "\n")
	if !strings.Contains(out, "voor terugkeer\n\nIn de eerste sessie") {
		t.Errorf("no paragraph break after the numbered title:\n%s", out)
	}
	if strings.Contains(out, "op het terrein\n\nvan terugkeer") {
		t.Errorf("a break inside a numbered sentence that runs to the width:\n%s", out)
	}
}

// In a report whose items are unnumbered, a numbered section heading ("I.
// Binnenlandse Zaken") is a section, never an item of its own, also where
// text follows it as it follows an item's title.
func TestAgendaNumberedSectionOverUnnumberedItems(t *testing.T) {
	g := extractText(t, "kst-32317-993.txt", " Nr. 993  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 oktober 2027 \n\n"+
		"Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 14 en 15 oktober 2027 te Luxemburg\n\n"+
		"I. Binnenlandse Zaken\n\nDe ministers van Binnenlandse Zaken kwamen op de eerste dag bijeen.\n\nStaat van Schengen\n\nDe ministers bespraken de staat van het Schengengebied.\n\n"+
		"II. Justitie\n\nDigitale rechtspraak\n\nDe ministers bespraken de digitalisering van de rechtspraak.\n")
	const m = "jha-2027-10-14"
	checkItems(t, g, m, []wantItem{
		{m + ":I.1", "I", "Binnenlandse Zaken", "Staat van Schengen", "", "home-affairs", 1},
		{m + ":II.1", "II", "Justitie", "Digitale rechtspraak", "", "justice", 1},
	})
	if _, ok := entity(g, graph.KindAgendaItem, m+":0.1"); ok {
		t.Error("the section heading is an item")
	}
}

// A report whose paragraphs open with their topics run in before a colon,
// cut off in the last one: that paragraph reads as a heading for its
// missing full stop, also where it ends in a name, and it is an item as
// the others are; it counts among the run-in paragraphs that make the
// section's paragraphs items.
func TestAgendaCutOffRunIn(t *testing.T) {
	const head = " Nr. 998  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 oktober 2027 \n\n" +
		"Verslag van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 14 en 15 oktober 2027 te Luxemburg\n\n" +
		"Belangrijkste resultaten\n\nJustitie\n\n" +
		"Digitale rechtspraak: de ministers bespraken de digitalisering van de rechtspraak in de lidstaten.\n\n"
	const m = "jha-2027-10-14"
	for _, c := range []struct {
		name, tail string
		want       []wantItem
	}{
		{"ends in a name", "Wederzijdse erkenning: Veel lidstaten hadden bezwaar tegen de rol die de Commissie\n", []wantItem{
			{m + ":I.1", "I", "Justitie", "Digitale rechtspraak", "", "justice", 1},
			{m + ":I.2", "I", "Justitie", "Wederzijdse erkenning", "", "justice", 2},
		}},
		{"ends in a cut word", "Wederzijdse erkenning: de Raad heeft afgesproken rekening te houden met grensoverschrijdende\n", []wantItem{
			{m + ":I.1", "I", "Justitie", "Digitale rechtspraak", "", "justice", 1},
			{m + ":I.2", "I", "Justitie", "Wederzijdse erkenning", "", "justice", 2},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := extractText(t, "kst-32317-998.txt", head+c.tail)
			checkItems(t, g, m, c.want)
		})
	}
}
