package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
)

// The seed letter (../shared/corpus/kst-32317-867.txt) is built, in the
// test, into each published form from its own parsed paragraphs; every form
// must yield the same facts as the .txt. The builders are the fixtures: a
// copy of the letter in testdata would be a copy of the corpus.

// seedSource is one form of the seed letter: the file to ingest and the
// metadata files beside it.
type seedSource struct {
	name  string
	build func(t *testing.T, doc *Doc, seed []byte) map[string][]byte // file name -> content; the document file first in docFile
	file  string                                                      // the document file among them
}

// seedSources are the forms compared. A PDF rendered from the letter is
// one more entry, once PDFText reads PDFs.
var seedSources = []seedSource{
	{"txt (PDF extraction)", func(t *testing.T, _ *Doc, seed []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.txt": seed}
	}, "kst-32317-867.txt"},
	{"KOOP XML", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.xml": buildKOOPXML(doc)}
	}, "kst-32317-867.xml"},
	{"web page text (tweedekamer.nl)", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"brief.txt": buildTKPageText(doc)}
	}, "brief.txt"},
	{"web page text (officielebekendmakingen.nl) + OData metadata", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.txt": buildOBText(doc), "kst-32317-867.odata.json": buildOData(doc)}
	}, "kst-32317-867.txt"},
	{"officielebekendmakingen.nl HTML page", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.html": buildOBHTML(doc)}
	}, "kst-32317-867.html"},
}

// seedFacts are the facts compared across forms: the document's metadata,
// the signatories with their offices, and every relation of the kinds the
// issue names (acts, citations, meetings, agenda items, positions) as
// "TYPE from -> to", without evidence offsets (the texts differ in layout).
func seedFacts(g graph.DocumentGraph) []string {
	d := g.Document
	out := []string{"key " + d.Key, "dossier " + d.Dossier, "number " + d.Number, "date " + d.Date}
	for _, r := range g.Relations {
		out = append(out, fmt.Sprintf("%s %s -> %s%s", r.Type, r.From.ID(), r.To.ID(), propFacts(r)))
	}
	for _, e := range g.Entities {
		switch e.Kind {
		case graph.KindPosition, graph.KindAgendaItem, graph.KindCouncilMeeting:
			out = append(out, fmt.Sprintf("%s %s %s", e.Kind, e.Key, e.Name))
		}
	}
	sort.Strings(out)
	return out
}

func propFacts(r graph.Relation) string {
	var ks []string
	for _, k := range []string{"office", "order", "stance", "date"} {
		if v, ok := r.Props[k]; ok {
			ks = append(ks, fmt.Sprintf("%s=%v", k, v))
		}
	}
	if len(ks) == 0 {
		return ""
	}
	return " {" + strings.Join(ks, " ") + "}"
}

func TestSeedLetterSameFactsInEveryForm(t *testing.T) {
	_, seed := corpusLetterShared(t)
	doc, err := Parse("kst-32317-867.txt", seed)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i, src := range seedSources {
		t.Run(src.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range src.build(t, doc, seed) {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			g, err := Load(filepath.Join(dir, src.file))
			if err != nil {
				t.Fatal(err)
			}
			checkGraph(t, g)
			got := seedFacts(g)
			if len(signatoriesOf(g)) != 3 {
				t.Errorf("signatories %v, want three", signatoriesOf(g))
			}
			if i == 0 {
				want = got
				return
			}
			if len(g.Document.Discrepancies) > 0 {
				t.Errorf("discrepancies %+v", g.Document.Discrepancies)
			}
			diff(t, want, got)
		})
	}
}

// diff reports the facts only one side has.
func diff(t *testing.T, want, got []string) {
	t.Helper()
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	w, g := in(want), in(got)
	for _, x := range want {
		if !g[x] {
			t.Errorf("missing: %s", x)
		}
	}
	for _, x := range got {
		if !w[x] {
			t.Errorf("extra:   %s", x)
		}
	}
}

// corpusLetterShared is corpusLetter, also found through $JHAGRAPH_SHARED.
func corpusLetterShared(t *testing.T) (string, []byte) {
	t.Helper()
	path := filepath.Join(sharedDir(t), "corpus", "kst-32317-867.txt")
	return path, mustRead(t, path)
}

// --- builders -----------------------------------------------------------------

var markerRe = regexp.MustCompile(`\[([0-9]+)\]`)

func xmlEsc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func footnoteBodies(doc *Doc) map[string]string {
	m := map[string]string{}
	for _, f := range doc.Footnotes {
		m[f.Number] = f.Body
	}
	return m
}

// buildKOOPXML writes the letter as KOOP Kamerstuk XML, in the vocabulary
// of ../shared/sources/README.md §1: the head in kamerstukkop and dossier,
// stuknr/ondernummer, stuk/titel, the dateline as datumtekst/datum
// @isodatum, headings as kop/titel, paragraphs as al with their footnotes
// inline as noot (noot.nr, noot.al), and each signature as ondertekening
// (functie, naam/voornaam, naam/achternaam).
func buildKOOPXML(doc *Doc) []byte {
	notes := footnoteBodies(doc)
	h := doc.Header
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<officiele-publicatie>\n")
	b.WriteString("  <metadata><meta name=\"OVERHEIDop.externMetadataRecord\" scheme=\"\" content=\"https://zoek.officielebekendmakingen.nl/kst-32317-867/metadata.xml\"/></metadata>\n")
	b.WriteString("  <kamerstuk>\n    <kamerstukkop>\n      <tekstregel inhoud=\"kameraanduiding\">Tweede Kamer der Staten-Generaal</tekstregel>\n" +
		"      <tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2023–2024</tekstregel>\n    </kamerstukkop>\n")
	b.WriteString("    <dossier><dossiernummer><dossiernr>32 317</dossiernr></dossiernummer><titel>JBZ-Raad</titel></dossier>\n")
	b.WriteString("    <stuk>\n      <stuknr>Nr. <ondernummer>" + h.Number + "</ondernummer></stuknr>\n")
	b.WriteString("      <titel>" + xmlEsc(h.Title) + "</titel>\n      <algemeen>\n")
	inline := func(s string) string {
		var out strings.Builder
		last := 0
		for _, m := range markerRe.FindAllStringSubmatchIndex(s, -1) {
			out.WriteString(xmlEsc(s[last:m[0]]))
			n := s[m[2]:m[3]]
			out.WriteString(`<noot id="n` + n + `" type="voet"><noot.nr>` + n + `</noot.nr><noot.al>` + xmlEsc(notes[n]) + `</noot.al></noot>`)
			last = m[1]
		}
		out.WriteString(xmlEsc(s[last:]))
		return out.String()
	}
	inSluiting := false
	for _, p := range doc.Paragraphs {
		if p.Kind != ParaSignature && inSluiting {
			b.WriteString("        </tekst-sluiting>\n")
			inSluiting = false
		}
		switch p.Kind {
		case ParaAddressee, ParaBody:
			b.WriteString("        <al>" + inline(p.Text) + "</al>\n")
		case ParaDateline:
			b.WriteString(`        <datumtekst><datum isodatum="` + h.Date + `">` + xmlEsc(p.Text) + "</datum></datumtekst>\n")
		case ParaHeading:
			b.WriteString("        <kop><titel>" + inline(p.Text) + "</titel></kop>\n")
		case ParaSignature:
			if !inSluiting {
				b.WriteString("        <tekst-sluiting>\n")
				inSluiting = true
			}
			office, name, _ := strings.Cut(p.Text, "\n")
			init, last, _ := strings.Cut(name, " ")
			b.WriteString("          <ondertekening><functie>" + xmlEsc(office) + "</functie><naam><voornaam>" + xmlEsc(init) +
				"</voornaam><achternaam>" + xmlEsc(last) + "</achternaam></naam></ondertekening>\n")
		}
	}
	if inSluiting {
		b.WriteString("        </tekst-sluiting>\n")
	}
	b.WriteString("      </algemeen>\n    </stuk>\n  </kamerstuk>\n</officiele-publicatie>\n")
	return []byte(b.String())
}

// webBody writes the letter's paragraphs as a web page shows them: the
// footnote markers as digits glued to the text, the footnotes at the end,
// each signature as office and name lines.
func webBody(doc *Doc, sep string, wrap int) []string {
	var out []string
	for i, p := range doc.Paragraphs {
		switch p.Kind {
		case ParaMeta, ParaFootnote, ParaTitle:
			continue
		case ParaNumber: // "Nr. 867 BRIEF VAN ...", as the pages print it
			t := p.Text
			if i+1 < len(doc.Paragraphs) && doc.Paragraphs[i+1].Kind == ParaTitle {
				t += " " + doc.Paragraphs[i+1].Text
			}
			out = append(out, wrapLines(t, wrap)...)
		case ParaSignature:
			out = append(out, strings.Split(p.Text, "\n")...)
		default:
			t := markerRe.ReplaceAllString(p.Text, "$1")
			out = append(out, wrapLines(t, wrap)...)
		}
		if sep != "" || p.Kind == ParaFootnote {
			out = append(out, sep)
		}
	}
	for _, f := range doc.Footnotes {
		out = append(out, wrapLines(f.Number+" "+f.Body, wrap)...)
		if sep != "" {
			out = append(out, sep)
		}
	}
	return out
}

func wrapLines(s string, width int) []string {
	if width <= 0 {
		return []string{s}
	}
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			out = append(out, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

// buildTKPageText is the letter as copied from its tweedekamer.nl page (as
// kst-32317-682 of the real corpus shows it): the "Brief regering :
// <subject>" line, one line per printed line, continuation lines indented,
// a line of spaces between paragraphs, and the "Ondertekenaars" list at the
// end. (Copies without the lines of spaces, as kst-32317-564, lose a
// paragraph break where the letter's sentence has no final stop: the seed
// letter has one.)
func buildTKPageText(doc *Doc) []byte {
	lines := []string{"Brief regering : Geannoteerde agenda informele JBZ-Raad 25 en 26 januari 2024", "32 317 JBZ-Raad"}
	for _, l := range webBody(doc, "               ", 90) {
		if l != "" && !strings.HasPrefix(l, " ") && len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) != "" && !strings.HasSuffix(lines[len(lines)-1], ",") {
			l = "                  " + l // a continuation line
		}
		lines = append(lines, l)
	}
	lines = append(lines, "Ondertekenaars", "-")
	for i, p := range doc.Paragraphs {
		if p.Kind != ParaSignature {
			continue
		}
		office, name, _ := strings.Cut(p.Text, "\n")
		rel := "Mede ondertekenaar"
		if len(lines) > 0 && !strings.Contains(strings.Join(lines, "\n"), "Eerste ondertekenaar") {
			rel = "Eerste ondertekenaar"
		}
		_ = i
		lines = append(lines, rel, name+", "+strings.ToLower(office[3:4])+strings.TrimSuffix(office[4:], ",")+" -")
	}
	return []byte(strings.Join(lines, "\n") + "\n")
}

// buildOBText is the letter as copied from officielebekendmakingen.nl:
// paragraphs separated by blank lines, each signature on one line.
func buildOBText(doc *Doc) []byte {
	var lines []string
	lines = append(lines, "32 317 JBZ-Raad", "")
	for _, l := range webBody(doc, "", 0) {
		lines = append(lines, l, "")
	}
	// one-line signatures: "De Minister van ..., D. Name"
	s := strings.Join(lines, "\n")
	for _, p := range doc.Paragraphs {
		if p.Kind == ParaSignature {
			office, name, _ := strings.Cut(p.Text, "\n")
			s = strings.Replace(s, office+"\n\n"+name, office+" "+name, 1)
		}
	}
	return []byte(s)
}

// buildOData is the Tweede Kamer OData Document of the letter, with
// DocumentActor and Kamerstukdossier expanded, in the field names of
// ../shared/sources/README.md §3. The Id and document number are made up
// (marked so); the rest is the letter's.
func buildOData(doc *Doc) []byte {
	var actors []string
	first := true
	for _, p := range doc.Paragraphs {
		if p.Kind != ParaSignature {
			continue
		}
		office, name, _ := strings.Cut(p.Text, "\n")
		rel := "Mede ondertekenaar"
		if first {
			rel, first = "Eerste ondertekenaar", false
		}
		functie := strings.ToLower(office[3:4]) + strings.TrimSuffix(office[4:], ",")
		actors = append(actors, fmt.Sprintf(`{"ActorNaam": %q, "Functie": %q, "Relatie": %q, "ActorFractie": null}`, name, functie, rel))
	}
	return []byte(`{"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document",
"value": [{"Id": "00000000-0000-0000-0000-000000000867", "Soort": "Brief regering", "DocumentNummer": "2024D00000",
"Titel": "JBZ-Raad", "Onderwerp": "Geannoteerde agenda informele JBZ-Raad 25 en 26 januari 2024",
"Datum": "2024-01-15T00:00:00+01:00", "Volgnummer": 867, "Vergaderjaar": "2023-2024", "Verwijderd": false,
"DocumentActor": [` + strings.Join(actors, ",\n") + `],
"Kamerstukdossier": [{"Nummer": 32317, "Toevoeging": null, "Titel": "JBZ-Raad"}]}]}`)
}

// buildOBHTML is the letter as an officielebekendmakingen.nl page: the
// publication's metadata as <meta> in the head (the names of metadata.xml),
// site navigation, and the letter in div#broodtekst.stuk: a p per
// paragraph, headings as h2, each signature a p with a br, footnote
// references as sup, the footnotes in div.noot.
func buildOBHTML(doc *Doc) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="nl"><head><title>Kamerstuk 32317, nr. 867 | Overheid.nl</title>
<meta name="DC.identifier" content="kst-32317-867"><meta name="OVERHEIDop.dossiernummer" content="32317">
<meta name="OVERHEIDop.ondernummer" content="867"><meta name="OVERHEIDop.datumBrief" content="` + doc.Header.Date + `">
<meta name="OVERHEIDop.documenttitel" content="Geannoteerde agenda informele JBZ-Raad 25 en 26 januari 2024">
</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/zoeken">Zoeken</a></li></ul></nav>
<div id="content"><article><div id="broodtekst" class="stuk">
<p class="dossiernummer">32 317 JBZ-Raad</p>
`)
	for i, p := range doc.Paragraphs {
		t := xmlEsc(markerRe.ReplaceAllString(p.Text, "<sup>$1</sup>"))
		t = strings.NewReplacer("&lt;sup&gt;", "<sup>", "&lt;/sup&gt;", "</sup>").Replace(t)
		switch p.Kind {
		case ParaMeta, ParaFootnote, ParaTitle:
		case ParaNumber:
			if i+1 < len(doc.Paragraphs) && doc.Paragraphs[i+1].Kind == ParaTitle {
				t += " " + xmlEsc(doc.Paragraphs[i+1].Text)
			}
			b.WriteString("<h1>" + t + "</h1>\n")
		case ParaHeading:
			b.WriteString("<h2>" + t + "</h2>\n")
		case ParaSignature:
			b.WriteString("<p class=\"ondertekening\">" + strings.Replace(t, "\n", "<br/>", 1) + "</p>\n")
		default:
			b.WriteString("<p>" + t + "</p>\n")
		}
	}
	for _, f := range doc.Footnotes {
		b.WriteString(`<div class="noot" id="n` + f.Number + `"><p><sup>` + f.Number + `</sup> ` + xmlEsc(f.Body) + "</p></div>\n")
	}
	b.WriteString("</div></article></div><footer>Overheid.nl</footer></body></html>\n")
	return []byte(b.String())
}
