package ingest

import (
	"errors"
	"strings"
	"testing"

	"jhagraph/graph"
)

// The real letter kst-32317-867: the annotated agenda of the informal JHA
// Council of 25-26 January 2024, as extracted from the published PDF.
func realLetter(t *testing.T, name string) (*Doc, graph.DocumentGraph) {
	t.Helper()
	_, data := corpusLetter(t)
	return parseExtract(t, name, data)
}

func TestRealLetterDocument(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	d := g.Document
	if d.Key != "kst-32317-867" || d.Dossier != "32317" || d.Number != "867" {
		t.Errorf("key %q dossier %q number %q", d.Key, d.Dossier, d.Number)
	}
	if d.Date != "2024-01-15" {
		t.Errorf("date %q, want 2024-01-15", d.Date)
	}
	if d.Kind != "brief" {
		t.Errorf("kind %q, want brief", d.Kind)
	}
	wantTitle := "BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VOOR RECHTSBESCHERMING EN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID"
	if d.Title != wantTitle {
		t.Errorf("title %q", d.Title)
	}
	if d.Addressee != "Voorzitter van de Tweede Kamer der Staten-Generaal" {
		t.Errorf("addressee %q", d.Addressee)
	}
	for _, f := range []string{"date", "title", "kind", "addressee", "number"} {
		if _, ok := d.Evidence[f]; !ok {
			t.Errorf("no evidence for %s", f)
		}
	}
	if d.Evidence["date"].Quote != "Den Haag, 15 januari 2024" {
		t.Errorf("date evidence %q", d.Evidence["date"].Quote)
	}
}

// Without a sidecar and without a kst file name, the letter's own citations
// of 32 317 give its dossier.
func TestRealLetterDossierInferred(t *testing.T) {
	_, g := realLetter(t, "brief.txt")
	d := g.Document
	if d.Key != "kst-32317-867" || !d.DossierInferred {
		t.Fatalf("key %q inferred %v, want kst-32317-867 inferred", d.Key, d.DossierInferred)
	}
	if ev := d.Evidence["dossier"]; !strings.Contains(ev.Quote, "Kamerstuk 32 317") {
		t.Errorf("dossier evidence %q does not cite 32 317", ev.Quote)
	}
}

func TestRealLetterSignatories(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	want := []struct{ person, name, office, officeName string }{
		{"d-yesilgoz-zegerius", "D. Yeşilgöz-Zegerius", "minister-van-justitie-en-veiligheid", "Minister van Justitie en Veiligheid"},
		{"f-m-weerwind", "F.M. Weerwind", "minister-voor-rechtsbescherming", "Minister voor Rechtsbescherming"},
		{"e-van-der-burg", "E. van der Burg", "staatssecretaris-van-justitie-en-veiligheid", "Staatssecretaris van Justitie en Veiligheid"},
	}
	for i, w := range want {
		p, ok := entity(g, graph.KindPerson, w.person)
		if !ok || p.Name != w.name {
			t.Errorf("person %s: %+v", w.person, p)
		}
		o, ok := entity(g, graph.KindOffice, w.office)
		if !ok || o.Name != w.officeName {
			t.Errorf("office %s: %+v", w.office, o)
		}
		s, ok := relation(g, graph.RelSigned, w.person, "kst-32317-867")
		if !ok {
			t.Errorf("%s did not sign", w.person)
			continue
		}
		if s.Props["office"] != w.officeName || s.Props["order"] != i+1 {
			t.Errorf("SIGNED props %v", s.Props)
		}
		if !strings.HasSuffix(s.Evidence.Quote, "\n"+w.name) {
			t.Errorf("signature evidence %q", s.Evidence.Quote)
		}
		h, ok := relation(g, graph.RelHeldOffice, w.person, w.office)
		if !ok || h.Props["date"] != "2024-01-15" {
			t.Errorf("HELD_OFFICE %s -> %s: %v %v", w.person, w.office, ok, h.Props)
		}
	}
	if n := countKind(g, graph.KindPerson); n != 3 {
		t.Errorf("%d persons, want 3", n)
	}
}

func countKind(g graph.DocumentGraph, k graph.Kind) int {
	n := 0
	for _, e := range g.Entities {
		if e.Kind == k {
			n++
		}
	}
	return n
}

func TestRealLetterLegalActs(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	for celex, ref := range map[string]string{"32011L0098": "Richtlijn 2011/98/EU", "32011L0036": "richtlijn 2011/36/EU"} {
		r, ok := relation(g, graph.RelCites, "kst-32317-867", celex)
		if !ok {
			t.Errorf("does not cite %s", celex)
			continue
		}
		if r.Props["ref"] != ref {
			t.Errorf("%s ref %v, want %q", celex, r.Props["ref"], ref)
		}
		if !strings.Contains(r.Evidence.Quote, ref) {
			t.Errorf("%s evidence %q", celex, r.Evidence.Quote)
		}
	}
	// Named without a number.
	for celex, ref := range map[string]string{"32001L0055": "Richtlijn Tijdelijke Bescherming", "32024R1689": "AI-verordening", "32011L0098": "GVVA-richtlijn"} {
		r, ok := relation(g, graph.RelMentions, "kst-32317-867", celex)
		if !ok || r.Props["ref"] != ref {
			t.Errorf("MENTIONS %s: %v %v", celex, ok, r.Props)
		}
	}
	if r, _ := relation(g, graph.RelMentions, "kst-32317-867", "32001L0055"); r.Props["occurrences"] != 2 {
		t.Errorf("Temporary Protection Directive occurrences %v, want 2", r.Props["occurrences"])
	}
	// "mensenhandel richtlijn 2011/36/EU" is a citation, not also a mention.
	noRelation(t, g, graph.RelMentions, "kst-32317-867", "32011L0036", "2011/36/EU cited by number is also reported as a mention")
	if e, _ := entity(g, graph.KindLegalAct, "32011L0098"); e.Name != "Directive 2011/98/EU" || e.Props["type"] != "directive" {
		t.Errorf("act entity %+v", e)
	}
}

func TestRealLetterKamerstukken(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	want := map[string]struct {
		footnote    string
		occurrences int
		name        string
	}{
		"kst-32317-866":  {"1", 2, "Kamerstuk 32 317, nr. 866"},
		"kst-32317-865":  {"", 1, "Kamerstuk 32 317, nr. 865"},
		"kst-35913-B":    {"3", 1, "Kamerstuk 35 913, B"},
		"kst-22112-3842": {"4", 2, "Kamerstuk 22 112, nr. 3842"},
	}
	for key, w := range want {
		r, ok := relation(g, graph.RelCites, "kst-32317-867", key)
		if !ok {
			t.Errorf("does not cite %s", key)
			continue
		}
		if fn, _ := r.Props["footnote"].(string); fn != w.footnote {
			t.Errorf("%s footnote %q, want %q", key, fn, w.footnote)
		}
		if r.Props["occurrences"] != w.occurrences {
			t.Errorf("%s occurrences %v, want %d", key, r.Props["occurrences"], w.occurrences)
		}
		e, ok := entity(g, graph.KindDocument, key)
		if !ok || e.Name != w.name {
			t.Errorf("entity %s: %+v", key, e)
		}
	}
	r, _ := relation(g, graph.RelCites, "kst-32317-867", "kst-32317-866")
	if anchor, _ := r.Props["anchor"].(string); !strings.HasSuffix(anchor, "Roemenië.[1]") {
		t.Errorf("footnote 1 anchor %q", anchor)
	}
	if !strings.HasPrefix(r.Evidence.Quote, "Verslag van 15 december 2023") {
		t.Errorf("footnote evidence %q", r.Evidence.Quote)
	}
	if r, _ := relation(g, graph.RelCites, "kst-32317-867", "kst-32317-865"); !strings.Contains(r.Evidence.Quote, "hoofdlijnenakkoord") {
		t.Errorf("body citation evidence %q", r.Evidence.Quote)
	}
}

func TestRealLetterMeetings(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	jan, ok := entity(g, graph.KindCouncilMeeting, "jha-2024-01-25")
	if !ok {
		t.Fatal("no meeting jha-2024-01-25")
	}
	for k, v := range map[string]any{"formation": "JHA", "informal": true, "startDate": "2024-01-25", "endDate": "2024-01-26", "place": "Brussel"} {
		if jan.Props[k] != v {
			t.Errorf("jha-2024-01-25 %s = %v, want %v", k, jan.Props[k], v)
		}
	}
	if jan.Name != "JHA Council (informal), 25–26 January 2024" {
		t.Errorf("name %q", jan.Name)
	}
	a, ok := relation(g, graph.RelAnnotates, "kst-32317-867", "jha-2024-01-25")
	if !ok {
		t.Fatal("letter does not annotate jha-2024-01-25")
	}
	if a.Props["yearCorrected"] != true || a.Props["writtenYear"] != 2023 {
		t.Errorf("ANNOTATES props %v, want yearCorrected and writtenYear 2023", a.Props)
	}
	noRelation(t, g, graph.RelMentions, "kst-32317-867", "jha-2024-01-25", "the annotated meeting is also a mere mention")
	dec, ok := entity(g, graph.KindCouncilMeeting, "jha-2023-12-04")
	if !ok || dec.Props["endDate"] != "2023-12-05" || dec.Props["informal"] != nil {
		t.Errorf("jha-2023-12-04: %+v", dec)
	}
	m, ok := relation(g, graph.RelMentions, "kst-32317-867", "jha-2023-12-04")
	if !ok || m.Props["ref"] != "JBZ-Raad van 4-5 december jl." {
		t.Errorf("MENTIONS jha-2023-12-04: %v %v", ok, m.Props)
	}
	if n := countKind(g, graph.KindCouncilMeeting); n != 2 {
		t.Errorf("%d meetings, want 2 (Antwerpen is no Council meeting)", n)
	}
}

func TestRealLetterCountriesAndOrganisations(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	for _, code := range []string{"RO", "BG", "BE", "NL", "AT", "UA", "SE"} {
		if _, ok := relation(g, graph.RelMentions, "kst-32317-867", code); !ok {
			t.Errorf("country %s not mentioned", code)
		}
	}
	if e, _ := entity(g, graph.KindCountry, "RO"); e.Props["memberState"] != true {
		t.Errorf("RO %+v", e)
	}
	if e, _ := entity(g, graph.KindCountry, "UA"); e.Props["memberState"] != false {
		t.Errorf("UA %+v", e)
	}
	if r, _ := relation(g, graph.RelMentions, "kst-32317-867", "RO"); !strings.Contains(r.Evidence.Quote, "Roemenië") {
		t.Errorf("RO evidence %q", r.Evidence.Quote)
	}
	for _, org := range []string{"ep", "coreper", "libe", "european-commission", "council-of-the-eu", "eurojust", "empact", "jit"} {
		if _, ok := relation(g, graph.RelMentions, "kst-32317-867", org); !ok {
			t.Errorf("organisation %s not mentioned", org)
		}
	}
	// "Europees Parlement (EP)" is one mention; "Commissiedebat" is no Commission.
	if r, _ := relation(g, graph.RelMentions, "kst-32317-867", "ep"); r.Props["occurrences"] != 5 {
		t.Errorf("EP occurrences %v, want 5", r.Props["occurrences"])
	}
	if r, _ := relation(g, graph.RelMentions, "kst-32317-867", "european-commission"); r.Props["occurrences"] != 3 {
		t.Errorf("Commission occurrences %v, want 3", r.Props["occurrences"])
	}
}

func TestRealLetterNormalisation(t *testing.T) {
	doc, _ := realLetter(t, "kst-32317-867.txt")
	for _, s := range []string{"onderhandelingsresultaat", "Asiel- en migratiepact", "JBZ-Raad", "AI-verordening",
		"bijeenkomst", "samenwerkingen", "geavanceerde", "verordening eind maart", "wet- en regelgeving",
		"Kennis- en expertise", "niet-coöperatieve", "publiek-private", "rechtshandhaving en justitiële"} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	for _, s := range []string{"onderhandelingsre-", "bijeen-", "samenwer-", "geavan-", "veror-", "  ", "\n \n"} {
		if strings.Contains(doc.Text, s) {
			t.Errorf("text still has %q", s)
		}
	}
	if len(doc.Footnotes) != 6 || len(doc.Markers) != 6 {
		t.Fatalf("%d footnotes, %d markers, want 6 and 6", len(doc.Footnotes), len(doc.Markers))
	}
	for i, f := range doc.Footnotes {
		if f.Marker != i || doc.Markers[i].Footnote != f.Number {
			t.Errorf("footnote %s tied to marker %d", f.Number, f.Marker)
		}
		if doc.Quote(f.Span) != f.Body {
			t.Errorf("footnote %s span does not quote its body", f.Number)
		}
		if doc.Paragraphs[f.Para].Text != "["+f.Number+"] "+f.Body {
			t.Errorf("footnote paragraph %q", doc.Paragraphs[f.Para].Text)
		}
	}
	m := doc.Markers[0]
	if got := doc.Quote(Span{m.Start - len([]rune("Roemenië.")), m.End}); got != "Roemenië.[1]" {
		t.Errorf("marker 1 stands after %q", got)
	}
	if !strings.HasPrefix(doc.Footnotes[0].Body, "Verslag van 15 december 2023") {
		t.Errorf("footnote 1 %q", doc.Footnotes[0].Body)
	}
	if got := doc.Quote(doc.Markers[5].Span); got != "[6]" || !strings.HasSuffix(doc.Quote(Span{0, doc.Markers[5].End}), "9 oktober 2023.[6]") {
		t.Errorf("marker 6 %q", got)
	}
	// Paragraph spans and sentences quote the text; sentences keep
	// abbreviations and initials inside.
	for i, p := range doc.Paragraphs {
		if doc.Quote(p.Span) != p.Text {
			t.Errorf("paragraph %d span does not quote its text", i)
		}
		for _, s := range p.Sentences {
			q := doc.Quote(s)
			if strings.HasSuffix(q, " nr.") || strings.HasSuffix(q, " o.a.") || strings.HasSuffix(q, " d.d.") {
				t.Errorf("sentence ends at an abbreviation: %q", q)
			}
		}
	}
	kinds := map[ParaKind]int{}
	for _, p := range doc.Paragraphs {
		kinds[p.Kind]++
	}
	if kinds[ParaSignature] != 3 || kinds[ParaFootnote] != 6 || kinds[ParaTitle] != 1 || kinds[ParaDateline] != 1 {
		t.Errorf("paragraph kinds %v", kinds)
	}
	var items []string
	for _, p := range doc.Paragraphs {
		if p.Kind == ParaHeading && p.Level <= 2 && p.Number != "" {
			items = append(items, p.Number)
		}
	}
	if strings.Join(items, " ") != "I 1 2 3 II 1 2 3" {
		t.Errorf("numbered headings %v, want two sections of three items", items)
	}
}

func TestExtractNeedsKey(t *testing.T) {
	doc, err := Parse("notitie.txt", []byte("Den Haag, 3 april 2024\n\nHierbij ontvangt u een overzicht.\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Extract(doc, Meta{})
	if !errors.Is(err, ErrNoKey) {
		t.Fatalf("err %v, want ErrNoKey", err)
	}
	for _, s := range []string{"notitie.txt", "notitie.meta", "dossier:", "number:"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not mention %q", err, s)
		}
	}
	g, err := Extract(doc, Meta{Dossier: "32317", Number: "999"})
	if err != nil || g.Document.Key != "kst-32317-999" || g.Document.Date != "2024-04-03" {
		t.Errorf("with sidecar: %v %+v", err, g.Document)
	}
}

func TestExtractConflicts(t *testing.T) {
	doc, err := Parse("kst-32317-868.txt", []byte(" Nr. 867  BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\nTekst.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Extract(doc, Meta{}); !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "file name") {
		t.Errorf("number 867 in the text, 868 in the file name: %v", err)
	}
	doc, _ = Parse("brief.txt", []byte(" Nr. 867  BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\nTekst.\n"))
	// The publisher's date wins; the text's is kept as a discrepancy with
	// its evidence.
	g, err := Extract(doc, Meta{Dossier: "32317", Date: "2024-01-16", From: map[string]string{"date": "brief.meta (sidecar)"}})
	if err != nil || g.Document.Date != "2024-01-16" || len(g.Document.Discrepancies) != 1 {
		t.Fatalf("date disagreement: %v %+v", err, g.Document)
	}
	if d := g.Document.Discrepancies[0]; d.Field != "date" || d.Publisher != "2024-01-16" || d.Text != "2024-01-15" ||
		d.Source != "brief.meta (sidecar)" || d.Evidence.Quote != "Den Haag, 15 januari 2024" || d.Evidence.Doc != "kst-32317-867" {
		t.Errorf("discrepancy %+v", d)
	}
	checkGraph(t, g)
	// A publisher that names another number than the file does is refused.
	doc, _ = Parse("kst-32317-868.txt", []byte(" Nr. 867  BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\nTekst.\n"))
	if _, err := Extract(doc, Meta{Dossier: "32317", Number: "869"}); !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "file name") {
		t.Errorf("publisher number 869, file name 868: %v", err)
	}
	g, err = Extract(doc, Meta{Dossier: "32317", Number: "868"})
	if err != nil || g.Document.Key != "kst-32317-868" || len(g.Document.Discrepancies) != 1 || g.Document.Discrepancies[0].Field != "number" {
		t.Errorf("publisher and file name say 868, the text 867: %v %+v", err, g.Document)
	}
	doc, _ = Parse("brief.txt", []byte(" Nr. 867  BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\nTekst.\n"))
	g, err = Extract(doc, Meta{Dossier: "32317", Title: "Geannoteerde agenda", Kind: "geannoteerde agenda"})
	if err != nil || g.Document.Title != "Geannoteerde agenda" || g.Document.Evidence["title"].Quote != "" {
		t.Errorf("sidecar title: %v %+v", err, g.Document)
	}
}

// Answers to Kamervragen are published in the Aanhangsel van de Handelingen
// without a dossier or a Nr.; a file named by that publication's identifier
// is keyed by it, and a malformed identifier is no key.
func TestExtractAanhangselKey(t *testing.T) {
	text := []byte("Antwoord van minister Voorbeeld (Justitie en Veiligheid) (ontvangen 12 maart 2024)\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n")
	for name, want := range map[string]string{
		"ah-tk-20232024-1234.txt": "ah-tk-20232024-1234",
		"ah-ek-20232024-7.txt":    "ah-ek-20232024-7",
		"ah-tk-2023-1234.txt":     "",
		"ah-xx-20232024-1234.txt": "",
		"ek-20240312-verslag.txt": "ek-20240312-verslag", // an Eerste Kamer page without a Nr.
		"ek-20241312-verslag.txt": "",                    // no date
	} {
		doc, err := Parse(name, text)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Extract(doc, Meta{})
		if want == "" {
			if !errors.Is(err, ErrNoKey) {
				t.Errorf("%s: err %v, want ErrNoKey", name, err)
			}
			continue
		}
		if err != nil || g.Document.Key != want || g.Document.Date != "2024-03-12" {
			t.Errorf("%s: %v, key %q date %q, want %s of 2024-03-12", name, err, g.Document.Key, g.Document.Date, want)
		}
	}
}
