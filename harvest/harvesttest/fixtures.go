package harvesttest

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"jhagraph/internal/pdftest"
)

// The fixtures are constructed: no real Kamerstuk XML, metadata.xml of a
// Kamerstuk or SRU response envelope is available on these machines. They
// are built in the documented vocabulary (sources README §1-2) around the
// real text of ../../shared/corpus/real/<id>.txt and the facts of its .meta
// sidecar (dossier, number, date, title).

// FromCorpus builds a published document from the real excerpt and sidecar
// of id in dir (../../shared/corpus/real). With pdfOnly it publishes a PDF
// of the text and no XML.
func FromCorpus(dir, id string, pdfOnly bool) (Doc, error) {
	text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		return Doc{}, err
	}
	metaText, err := os.ReadFile(filepath.Join(dir, id+".meta"))
	if err != nil {
		return Doc{}, err
	}
	meta := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(metaText))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok {
			meta[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	for _, k := range []string{"dossier", "number", "date", "title"} {
		if meta[k] == "" {
			return Doc{}, fmt.Errorf("%s.meta: no %s", id, k)
		}
	}
	d := Doc{
		ID: id, Dossiers: []string{meta["dossier"]}, Number: meta["number"], Title: meta["title"],
		Date: meta["date"], Modified: meta["date"] + "T12:00:00.000000+01:00",
	}
	paras := Paragraphs(string(text))
	titel, datum := heading(string(text))
	d.DossierTitle = dossierTitle(string(text), d.Dossiers[0])
	if pdfOnly {
		lines := []string{strings.TrimSpace(groupDossier(d.Dossiers[0]) + " " + d.DossierTitle), "Nr. " + d.Number}
		if titel != "" {
			lines = append(lines, titel)
		}
		lines = append(lines, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
		if datum != "" {
			lines = append(lines, datum)
		}
		d.PDF = PDF(append(lines, paras...))
	} else {
		d.XML = kamerstukXML(d, titel, datum, paras)
	}
	d.Metadata = MetadataXML(d)
	return d, nil
}

// Paragraphs splits an excerpt into its paragraphs, from the line after
// the addressee on when there is one: an indented line, or one after a
// line that does not end a sentence, continues a paragraph (the two layouts
// of the excerpts); whitespace is collapsed.
func Paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if i := strings.Index(text, "Aan de Voorzitter"); i >= 0 {
		if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
			text = text[i+j+1:]
		}
	}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		f := strings.Join(strings.Fields(l), " ")
		switch {
		case f == "":
		case strings.HasPrefix(f, "Den Haag, ") && len(out) == 0:
			// the date line; KamerstukXML writes it as datumtekst
		case len(out) > 0 && (l[0] == ' ' || l[0] == '\t' || !strings.ContainsAny(out[len(out)-1][len(out[len(out)-1])-1:], ".:;?!")):
			out[len(out)-1] += " " + f
		default:
			out = append(out, f)
		}
	}
	return out
}

// heading returns the letter's own heading ("BRIEF VAN DE MINISTER ...",
// up to the addressee line) and date line ("Den Haag, 24 maart
// 2021") when the excerpt has them.
func heading(text string) (titel, datum string) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		f := strings.Join(strings.Fields(l), " ")
		if titel == "" && strings.HasPrefix(f, "BRIEF VAN ") {
			titel = f
			for _, c := range lines[i+1:] {
				cf := strings.Join(strings.Fields(c), " ")
				if cf == "" || strings.HasPrefix(cf, "Aan de ") || strings.HasPrefix(cf, "Den Haag, ") {
					break
				}
				titel += " " + cf
			}
		}
		if datum == "" && strings.HasPrefix(f, "Den Haag, ") {
			datum = f
		}
	}
	return titel, datum
}

// dossierTitle is the dossier's title from the excerpt's line "32 317
// JBZ-Raad", or "".
func dossierTitle(text, dossier string) string {
	prefix := groupDossier(dossier) + " "
	for _, l := range strings.Split(text, "\n") {
		if f := strings.Join(strings.Fields(l), " "); strings.HasPrefix(f, prefix) {
			return strings.TrimPrefix(f, prefix)
		}
	}
	return ""
}

// groupDossier writes 32317 as the XML does, "32 317".
func groupDossier(d string) string {
	num, rest, _ := strings.Cut(d, "-")
	if len(num) > 3 {
		num = num[:len(num)-3] + " " + num[len(num)-3:]
	}
	if rest != "" {
		return num + " " + rest
	}
	return num
}

// KamerstukXML is an OEP officiele-publicatie with a kamerstuk: dossier,
// stuk (stuknr, datumtekst/datum@isodatum) and the paragraphs as al.
func KamerstukXML(d Doc, paras []string) []byte { return kamerstukXML(d, "", "", paras) }

// kamerstukXML is KamerstukXML with the stuk's titel and the date line as
// the letter has them ("" leaves the titel out, writes the ISO date).
func kamerstukXML(d Doc, titel, datum string, paras []string) []byte {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<officiele-publicatie xml:lang="nl"><metadata><meta name="OVERHEIDop.externMetadataRecord" scheme="" content="https://repository.overheid.nl/frbr/officielepublicaties/kst/%s/%s/1/metadata/metadata.xml"/></metadata>`+"\n", e(d.Dossiers[0]), e(d.ID))
	b.WriteString(`<kamerstuk><kamerstukkop><tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamerstukkop>` + "\n")
	for _, ds := range d.Dossiers {
		fmt.Fprintf(&b, "<dossier><dossiernummer><dossiernr>%s</dossiernr></dossiernummer>", e(groupDossier(ds)))
		if d.DossierTitle != "" && ds == d.Dossiers[0] {
			fmt.Fprintf(&b, "<titel>%s</titel>", e(d.DossierTitle))
		}
		b.WriteString("</dossier>\n")
	}
	fmt.Fprintf(&b, "<stuk><stuknr>Nr. <ondernummer>%s</ondernummer></stuknr>", e(d.Number))
	if titel != "" {
		fmt.Fprintf(&b, "<titel>%s</titel>", e(titel))
	}
	dateText := d.Date
	if after, ok := strings.CutPrefix(datum, "Den Haag, "); ok {
		dateText = after
	}
	fmt.Fprintf(&b, `<algemeen><al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al><datumtekst>Den Haag, <datum isodatum="%s">%s</datum></datumtekst>`+"\n", e(d.Date), e(dateText))
	for _, p := range paras {
		fmt.Fprintf(&b, "<al>%s</al>\n", e(p))
	}
	b.WriteString("</algemeen></stuk></kamerstuk></officiele-publicatie>\n")
	return []byte(b.String())
}

// MetadataXML is the KOOP metadata.xml of d (metadata_gegevens).
func MetadataXML(d Doc) []byte {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString("<metadata_gegevens>\n")
	row := func(name, scheme, content string) {
		fmt.Fprintf(&b, "  <metadata name=\"%s\" scheme=\"%s\" content=\"%s\" />\n", e(name), e(scheme), e(content))
	}
	row("DC.identifier", "OVERHEIDop.KamerstukID", d.ID)
	row("DC.title", "", d.Title)
	row("DC.type", "OVERHEIDop.Parlementair", "Kamerstuk")
	row("DC.creator", "OVERHEID.StatenGeneraal", "Tweede Kamer der Staten-Generaal")
	for _, ds := range d.Dossiers {
		row("OVERHEIDop.dossiernummer", "", ds)
	}
	if d.DossierTitle != "" {
		row("OVERHEIDop.dossiertitel", "", d.DossierTitle)
	}
	row("OVERHEIDop.ondernummer", "", d.Number)
	row("OVERHEIDop.documenttitel", "", d.Title)
	row("OVERHEIDop.datumBrief", "", d.Date)
	row("DCTERMS.issued", "DCTERMS.W3CDTF", d.Date)
	row("DCTERMS.available", "DCTERMS.W3CDTF", d.Date)
	b.WriteString("</metadata_gegevens>\n")
	return []byte(b.String())
}

// PDF is a one-page PDF 1.4 with lines of text in Helvetica (WinAnsi), long
// lines wrapped: a small whole PDF with a text layer.
func PDF(lines []string) []byte {
	var content bytes.Buffer
	content.WriteString("BT /F1 10 Tf 56 790 Td 13 TL\n")
	for _, l := range lines {
		for _, w := range wrap(l, 95) {
			content.WriteString("(")
			for _, r := range w {
				switch {
				case r == '(' || r == ')' || r == '\\':
					content.WriteByte('\\')
					content.WriteByte(byte(r))
				case r < 256:
					content.WriteByte(byte(r))
				default:
					content.WriteByte('?')
				}
			}
			content.WriteString(") '\n")
		}
	}
	content.WriteString("ET\n")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	return pdftest.Build(objs, "")
}

func wrap(s string, width int) []string {
	var out []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(s) {
		if n > 0 && n+1+len([]rune(w)) > width {
			out = append(out, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len([]rune(w))
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// CorpusDir is ../shared/corpus/real relative to the repository root, or
// $JHAGRAPH_SHARED/corpus/real when that is set (a checkout in a worktree
// elsewhere); "" when neither exists.
func CorpusDir() string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dirs := []string{filepath.Join(root, "..", "shared", "corpus", "real")}
	if s := os.Getenv("JHAGRAPH_SHARED"); s != "" {
		dirs = append([]string{filepath.Join(s, "corpus", "real")}, dirs...)
	}
	for _, d := range dirs {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return ""
}

// Fixtures are eight published Kamerstukken: seven with XML, one
// (kst-32317-970) only as PDF, and kst-22112-4246 listed under dossier 32317
// as well. Their text and facts come from the real excerpts in corpus
// (CorpusDir); with corpus "", from generated text under the same ids.
func Fixtures(corpus string) ([]Doc, error) {
	ids := []string{"kst-32317-564", "kst-32317-621", "kst-32317-669", "kst-32317-682", "kst-32317-970",
		"kst-22112-4031", "kst-22112-4050", "kst-22112-4246"}
	var docs []Doc
	for _, id := range ids {
		pdfOnly := id == "kst-32317-970"
		var d Doc
		if corpus != "" {
			var err error
			if d, err = FromCorpus(corpus, id, pdfOnly); err != nil {
				return nil, err
			}
		} else {
			parts := strings.Split(id, "-")
			d = Doc{ID: id, Dossiers: []string{parts[1]}, Number: parts[2], Title: "Document " + parts[2],
				Date: "2021-03-24", Modified: "2021-03-24T12:00:00.000000+01:00"}
			paras := []string{"Gegenereerde tekst van " + id + "."}
			if pdfOnly {
				d.PDF = PDF(paras)
			} else {
				d.XML = KamerstukXML(d, paras)
			}
			d.Metadata = MetadataXML(d)
		}
		if id == "kst-22112-4246" {
			d.Dossiers = append(d.Dossiers, "32317")
		}
		docs = append(docs, d)
	}
	return docs, nil
}
