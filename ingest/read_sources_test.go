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

// seedSources are the forms compared. The PDFs are printed by Chromium
// (pdf_render_test.go) with running heads, page numbers and footnotes at the
// foot of their page, once with the seed's own lines and once reflowed with
// words hyphenated at line ends.
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
	{"KOOP XML + metadata.xml", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.xml": buildKOOPXML(doc), "kst-32317-867.metadata.xml": buildMetadataXML(doc)}
	}, "kst-32317-867.xml"},
	{"OpenTK page text + SyncFeed metadata", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.txt": buildOpenTKText(doc), "kst-32317-867.atom.xml": buildAtom(doc)}
	}, "kst-32317-867.txt"},
	{"officielebekendmakingen.nl HTML page", func(t *testing.T, doc *Doc, _ []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.html": buildOBHTML(doc)}
	}, "kst-32317-867.html"},
	{"PDF as printed", func(t *testing.T, _ *Doc, seed []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.pdf": letterPDF(t, "kst-32317-867.txt", string(seed), pdfLayout{Head: seedHead})}
	}, "kst-32317-867.pdf"},
	{"PDF reflowed and hyphenated", func(t *testing.T, _ *Doc, seed []byte) map[string][]byte {
		return map[string][]byte{"kst-32317-867.pdf": letterPDF(t, "kst-32317-867.txt", string(seed), pdfLayout{Head: seedHead, Reflow: true})}
	}, "kst-32317-867.pdf"},
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
			for _, r := range g.Relations {
				if r.Type == graph.RelSigned && r.Evidence.End == 0 {
					t.Errorf("%s signed with the metadata as evidence, though the text has the signature block", r.From.Key)
				}
			}
			if i == 0 {
				// The baseline holds what a reader verifies by eye
				// (../shared/corpus/README.md): two directives cited by
				// number, two JHA Council meetings, six agenda items.
				count := map[string]int{}
				for _, f := range got {
					switch {
					case strings.HasPrefix(f, "CITES kst-32317-867 -> celex:"):
						count["acts"]++
					case strings.HasPrefix(f, "CouncilMeeting "):
						count["meetings"]++
					case strings.HasPrefix(f, "AgendaItem "):
						count["items"]++
					case strings.HasPrefix(f, "Position "):
						count["positions"]++
					}
				}
				if count["acts"] < 2 || count["meetings"] < 2 || count["items"] != 6 || count["positions"] == 0 {
					t.Errorf("baseline facts %v", count)
				}
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

// signers lists the seed letter's signature blocks as (office line, name).
func signers(doc *Doc) [][2]string {
	var out [][2]string
	for _, p := range doc.Paragraphs {
		if p.Kind == ParaSignature {
			office, name, _ := strings.Cut(p.Text, "\n")
			out = append(out, [2]string{office, name})
		}
	}
	return out
}

// buildMetadataXML is the letter's KOOP metadata.xml (metadata_gegevens):
// identifier, dossier, number, datumBrief and the indieners (names only).
func buildMetadataXML(doc *Doc) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
  <metadata name="DC.identifier" scheme="OVERHEIDop.KamerstukID" content="kst-32317-867"/>
  <metadata name="OVERHEIDop.dossiernummer" scheme="" content="32317"/>
  <metadata name="OVERHEIDop.ondernummer" scheme="" content="867"/>
  <metadata name="OVERHEIDop.dossiertitel" scheme="" content="JBZ-Raad"/>
  <metadata name="OVERHEIDop.datumBrief" scheme="DCTERMS.W3CDTF" content="` + doc.Header.Date + `"/>
`)
	for _, s := range signers(doc) {
		b.WriteString(`  <metadata name="OVERHEIDop.indiener" scheme="" content="` + xmlEsc(s[1]) + `"/>` + "\n")
	}
	b.WriteString("</metadata_gegevens>\n")
	return []byte(b.String())
}

// buildOpenTKText is the letter as copied from its OpenTK page: the
// navigation bar, title, kind, "Nummer: ..., datum: ..." (the document
// number is made up), link lines, "Gerelateerde personen:" with the
// signatories, the case with its submitters and agenda listing, "Preview
// document", then the document with blank lines between paragraphs.
func buildOpenTKText(doc *Doc) []byte {
	lines := []string{"[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] [geschenken] [kamerleden] [kamerstukdossiers] [open vragen]",
		"[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] [wat is dit?]", "",
		"Geannoteerde agenda informele JBZ-Raad 25 en 26 januari 2024", "", "JBZ-Raad", "", "Brief regering", "",
		"Nummer: 2024D00000, datum: " + doc.Header.Date + ", bijgewerkt: 2024-02-19 10:56, versie: 1", "",
		"Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site, officiële HTML versie (kst-32317-867).", ""}
	for i, s := range signers(doc) {
		rel := "Mede ondertekenaar"
		if i == 0 {
			rel = "Eerste ondertekenaar"
		}
		prefix := "- "
		if i == 0 {
			prefix = "Gerelateerde personen:- "
		}
		lines = append(lines, prefix+rel+": "+s[1]+", "+strings.ToLower(s[0][3:4])+strings.TrimSuffix(s[0][4:], ","))
	}
	lines = append(lines, "Onderdeel van kamerstukdossier 32317 -867 JBZ-Raad.", "", "Onderdeel van zaak 2024Z00000:",
		"- Indiener: "+signers(doc)[0][1]+", minister van Justitie en Veiligheid",
		"- 2024-01-24 10:00: JBZ-Raad 25-26 januari 2024 (Commissiedebat), vaste commissie voor Justitie en Veiligheid",
		"Preview document (🔗 origineel)", "", "")
	for _, l := range webBody(doc, "", 0) {
		lines = append(lines, l, "")
	}
	return []byte(strings.Join(lines, "\n"))
}

// buildAtom is a SyncFeed page with the letter's document, its actors and
// its dossier, joined by GUID (the GUIDs and the document number are made
// up).
func buildAtom(doc *Doc) []byte {
	entry := func(id, term, content string) string {
		return `<entry><title>` + id + `</title><id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/` + id + `</id>` +
			`<updated>2024-01-16T10:00:00Z</updated><category term="` + term + `"/><content type="application/xml">` + content + `</content></entry>` + "\n"
	}
	const ns = `xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"`
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom"><title>Document</title>` + "\n")
	b.WriteString(entry("00000000-0000-0000-0000-00000000d867", "Document", `<document `+ns+` id="00000000-0000-0000-0000-00000000d867" tk:verwijderd="false">`+
		`<soort>Brief regering</soort><documentNummer>2024D00000</documentNummer><titel>JBZ-Raad</titel>`+
		`<onderwerp>Geannoteerde agenda informele JBZ-Raad 25 en 26 januari 2024</onderwerp><datum>`+doc.Header.Date+`T00:00:00+01:00</datum>`+
		`<volgnummer>867</volgnummer><kamerstukdossier ref="00000000-0000-0000-0000-000000032317"/></document>`))
	b.WriteString(entry("00000000-0000-0000-0000-000000032317", "Kamerstukdossier", `<kamerstukdossier `+ns+` id="00000000-0000-0000-0000-000000032317">`+
		`<titel>JBZ-Raad</titel><nummer>32317</nummer></kamerstukdossier>`))
	for i, s := range signers(doc) {
		rel := "Mede ondertekenaar"
		if i == 0 {
			rel = "Eerste ondertekenaar"
		}
		id := fmt.Sprintf("00000000-0000-0000-0000-0000000000a%d", i)
		b.WriteString(entry(id, "DocumentActor", `<documentActor `+ns+` id="`+id+`"><document ref="00000000-0000-0000-0000-00000000d867"/>`+
			`<actorNaam>`+xmlEsc(s[1])+`</actorNaam><functie>`+xmlEsc(strings.ToLower(s[0][3:4])+strings.TrimSuffix(s[0][4:], ","))+`</functie>`+
			`<relatie>`+rel+`</relatie></documentActor>`))
	}
	b.WriteString("</feed>\n")
	return []byte(b.String())
}
