package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
)

// pdfGraph reads a PDF with PDFText, then Parse and Extract, as ingest does.
func pdfGraph(t testing.TB, name string, pdf []byte) (string, graph.DocumentGraph) {
	t.Helper()
	text, err := PDFText(name, pdf)
	if err != nil {
		t.Fatalf("PDFText: %v", err)
	}
	doc, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse of the PDF's text: %v", err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatalf("Extract of the PDF's text: %v", err)
	}
	return text, g
}

// facts lists a graph's facts as comparable lines: the document's fields
// (but not where it was read from), every entity with its names and
// properties, and every relation with its properties and the words of its
// evidence. Evidence offsets are left out: a PDF's text may differ from the
// .txt in its head lines, which shifts every offset after them.
func facts(g graph.DocumentGraph) []string {
	var out []string
	d := g.Document
	for _, f := range [][2]string{{"key", d.Key}, {"dossier", d.Dossier}, {"number", d.Number}, {"date", d.Date},
		{"kind", d.Kind}, {"title", d.Title}, {"addressee", d.Addressee}, {"dossierInferred", fmt.Sprint(d.DossierInferred)}} {
		out = append(out, "document "+f[0]+" = "+f[1])
	}
	for field, ev := range d.Evidence {
		out = append(out, "document evidence "+field+" = "+ev.Quote)
	}
	js := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	for _, e := range g.Entities {
		out = append(out, fmt.Sprintf("entity %s %q aliases=%s props=%s", e.Ref().ID(), e.Name, js(e.Aliases), js(e.Props)))
	}
	text := []rune(d.Text)
	for _, r := range g.Relations {
		props := r.Props
		if a, ok := props["anchorStart"].(int); ok {
			// The anchor's offsets, as the text they point at.
			props = maps.Clone(props)
			props["anchorStart"] = string(text[a:props["anchorEnd"].(int)])
			delete(props, "anchorEnd")
		}
		out = append(out, fmt.Sprintf("relation %s -[%s]-> %s props=%s evidence=%q", r.From.ID(), r.Type, r.To.ID(), js(props), r.Evidence.Quote))
	}
	sort.Strings(out)
	return out
}

// diffFacts returns the facts only in a and only in b.
func diffFacts(a, b []string) (onlyA, onlyB []string) {
	return factsMinus(a, b), factsMinus(b, a)
}

// factsMinus returns the facts of a that b does not hold, counting repeats.
func factsMinus(a, b []string) []string {
	inB := map[string]int{}
	for _, f := range b {
		inB[f]++
	}
	var out []string
	for _, f := range a {
		if inB[f] > 0 {
			inB[f]--
			continue
		}
		out = append(out, f)
	}
	return out
}

// countKinds counts a graph's entities by kind and relations by type.
func countKinds(g graph.DocumentGraph) map[string]int {
	n := map[string]int{}
	for _, e := range g.Entities {
		n["entity "+string(e.Kind)]++
	}
	for _, r := range g.Relations {
		n["relation "+string(r.Type)]++
	}
	return n
}

// TestPDFSeedLetterFacts renders the seed letter to PDF (as printed, with
// the first page's head as published, and reflowed by Chromium), reads it
// back with PDFText, and holds the facts Parse and Extract find in it
// against those they find in the .txt: document fields, every entity
// (signatories, offices, acts, Kamerstuk citations, meetings, agenda items,
// positions, countries, organisations) with its properties, and every
// relation with its properties and evidence quote.
func TestPDFSeedLetterFacts(t *testing.T) {
	seed := seedLetter(t)
	needPdftotext(t)
	needChromium(t)
	const name = "kst-32317-867.txt"
	want := extractChecked(t, name, seed)
	wantFacts := facts(want)
	if len(want.Entities) < 20 || len(want.Relations) < 40 {
		t.Fatalf("the .txt gives only %d entities and %d relations: the comparison would be weak", len(want.Entities), len(want.Relations))
	}

	for _, tc := range []struct {
		name string
		lay  pdfLayout
		// dossierLine: the PDF has the dossier line the .txt lost.
		dossierLine bool
	}{
		{"as-printed", pdfLayout{Head: seedHead}, false},
		{"as-published", pdfLayout{Head: seedHead, FirstPageHead: true}, true},
		{"reflowed", pdfLayout{Head: seedHead, FirstPageHead: true, Reflow: true}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pdf := letterPDF(t, name, string(seed), tc.lay)
			raw, err := PDFReader{}.run(context.Background(), "pdftotext", "kst-32317-867.pdf", pdf)
			if err != nil {
				t.Fatal(err)
			}
			// The furniture is in the PDF: each page after the first has
			// the running head and its number.
			if n := strings.Count(raw, seedHead.runningHead()); n < 4 || n != strings.Count(raw, "\f")-1 {
				t.Errorf("the PDF has the running head %d times on %d pages", n, strings.Count(raw, "\f"))
			}
			text, got := pdfGraph(t, "kst-32317-867.pdf", pdf)
			hyphens := 0
			for l := range strings.Lines(text) {
				if endsWithHyphen(strings.TrimSuffix(l, "\n")) {
					hyphens++
				}
			}
			if hyphens < 5 {
				t.Errorf("only %d lines of the PDF's text end in a hyphen: the typeset is not hyphenated", hyphens)
			}
			checkGraph(t, got)
			if n := pageCount(text); n < 5 {
				t.Errorf("the PDF's text has %d pages, want at least 5 (form feeds between pages)", n)
			}
			checkNoFurniture(t, text)
			gotFacts := facts(got)
			onlyTxt, onlyPDF := diffFacts(wantFacts, gotFacts)
			if tc.dossierLine {
				// The .txt lost the dossier line; the letter's citations of
				// 32 317 give its dossier (inferred). The PDF prints it, so
				// there the dossier is read, with its evidence.
				if got.Document.Dossier != "32317" || got.Document.DossierInferred {
					t.Errorf("dossier %q inferred=%v, want 32317 read from the dossier line", got.Document.Dossier, got.Document.DossierInferred)
				}
				onlyTxt = dropFacts(onlyTxt, "document dossierInferred = true")
				onlyPDF = dropFacts(onlyPDF, "document dossierInferred = false", "document evidence dossier = 32 317 JBZ-Raad")
			}
			for _, f := range onlyTxt {
				t.Errorf("only in the .txt: %s", f)
			}
			for _, f := range onlyPDF {
				t.Errorf("only in the PDF: %s", f)
			}
			t.Logf("%d pages, %d lines end in a hyphen; %d facts from the .txt, %d from the PDF; %d entities, %d relations; by kind %v",
				pageCount(text), hyphens, len(wantFacts), len(gotFacts), len(got.Entities), len(got.Relations), countKinds(got))
		})
	}
}

// dropFacts removes the named facts from fs, each once, and nothing else.
func dropFacts(fs []string, drop ...string) []string {
	var out []string
	for _, f := range fs {
		keep := true
		for i, d := range drop {
			if f == d {
				keep = false
				drop = append(drop[:i:i], drop[i+1:]...)
				break
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// wantFormatError checks that err is an *Error of class ErrFormat naming
// the file and saying what.
func wantFormatError(t *testing.T, err error, file, what string) {
	t.Helper()
	var ie *Error
	if !errors.As(err, &ie) || !errors.Is(err, ErrFormat) {
		t.Fatalf("got %v (%T), want an *ingest.Error of class ErrFormat", err, err)
	}
	if ie.File != file || !strings.Contains(err.Error(), what) || !strings.HasPrefix(err.Error(), file+": ") {
		t.Errorf("error %q, want it to name %s and say %q", err, file, what)
	}
}

// checkNoFurniture checks that no running head, colophon or page number is
// left in a PDF's text: no page (after the first, which carries the
// chamber's number "2" in its head) starts or ends with its number.
func checkNoFurniture(t *testing.T, text string) {
	t.Helper()
	for _, furniture := range []string{"Tweede Kamer, vergaderjaar", "ISSN 0921"} {
		if strings.Contains(text, furniture) {
			t.Errorf("page furniture %q left in the text", furniture)
		}
	}
	for i, page := range strings.Split(text, "\f") {
		lines := strings.Split(strings.TrimSpace(page), "\n")
		no := strconv.Itoa(i + 1)
		if i > 0 && (lines[0] == no || lines[len(lines)-1] == no) {
			t.Errorf("page %d keeps its page number: %q ... %q", i+1, lines[0], lines[len(lines)-1])
		}
	}
}

// TestLayoutPDFText holds the page clean-up against pdftotext -layout
// output written out by hand: running heads with the page number before or
// after them, page numbers alone at the top or foot of a page, the first
// page's colophon and chamber number, soft hyphens, indentation and gaps.
func TestLayoutPDFText(t *testing.T) {
	out := "   Tweede Kamer der Staten-Generaal                              2\n" +
		"   Vergaderjaar 2023–2024\n\n\n" +
		"   32 317                  JBZ-Raad\n\n" +
		"   Nr. 867                 BRIEF VAN DE MINISTER\n\n" +
		"   Den Haag, 15 januari 2024\n\n\n\n" +
		"   De onderhandelings\u00ad\u2010\n" +
		"   resultaten zijn er.1 Het ka\u00adbinet   steunt dit.\n\n" +
		"   1 Kamerstuk 32 317, nr. 866.\n\n" +
		"   kst-32317-867\n   ISSN 0921 - 7371\n" + // not on one line: kept
		"   kst-32317-867 ISSN 0921 - 7371 ’s-Gravenhage 2024\n\f" +
		"   Tweede Kamer, vergaderjaar 2023–2024, 32 317, nr. 867                 2\n\n" +
		"   verder op pagina twee, met 3\n" +
		"   3\n\n" +
		"                                  - 2 -\n\f" +
		"   3     Eerste Kamer, vergaderjaar 2023–2024, 36 123, A, nr. 4\n" +
		"   Pagina drie.\n\n\n" +
		"                          3/3\n\f"
	got, letters := layoutPDFText(out)
	want := "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2023–2024\n\n32 317 JBZ-Raad\n\n" +
		"Nr. 867 BRIEF VAN DE MINISTER\n\nDen Haag, 15 januari 2024\n\n" +
		"De onderhandelings\u00ad\nresultaten zijn er.1 Het kabinet steunt dit.\n\n" +
		"1 Kamerstuk 32 317, nr. 866.\n\nkst-32317-867\nISSN 0921 - 7371\n" +
		"\fverder op pagina twee, met 3\n3\n" +
		"\fPagina drie.\n"
	if got != want {
		t.Errorf("layoutPDFText:\n%s\nwant:\n%s", got, want)
	}
	if letters == 0 {
		t.Error("no letters counted")
	}
	if _, n := layoutPDFText("\f\f  \n 1 \n\f"); n != 0 {
		t.Errorf("%d letters on pages with no text", n)
	}
	// What Parse makes of it: the word split at the soft hyphen joined,
	// the footnote tied to its marker, three pages.
	doc := mustParse(t, "x.txt", []byte(got))
	if !strings.Contains(doc.Text, "De onderhandelingsresultaten zijn er.[1]") || len(doc.Footnotes) != 1 || doc.Footnotes[0].Marker < 0 {
		t.Errorf("Parse of the PDF's text: %q, footnotes %+v", doc.Text, doc.Footnotes)
	}
	if doc.Header.Dossier != "32317" || doc.Header.Number != "867" || doc.Header.Date != "2024-01-15" {
		t.Errorf("head %+v", doc.Header)
	}
	page3 := 0
	for _, p := range doc.Paragraphs {
		if p.Text == "Pagina drie." {
			page3 = p.Page
		}
	}
	if page3 != 3 {
		t.Errorf("\"Pagina drie.\" on page %d, want 3", page3)
	}
	// Heads and feet no pattern knows, found by their repeating.
	words := []string{"een", "twee", "drie", "vier", "vijf"}
	var pages []string
	want = ""
	for i, w := range words {
		pages = append(pages, fmt.Sprintf("   Ministerie van Justitie en Veiligheid\n   Ons kenmerk 50123%d\n\n   Tekst van pagina %s,\n   en de regel na %s.\n\n   Vertrouwelijk, blad %d\n", i, w, w, i+1))
		if i > 0 {
			want += "\f"
		}
		want += fmt.Sprintf("Tekst van pagina %s,\nen de regel na %s.\n", w, w)
	}
	got, _ = layoutPDFText(strings.Join(pages, "\f") + "\f")
	if got != want {
		t.Errorf("repeated heads and feet:\n%s\nwant:\n%s", got, want)
	}
	// Three pages are too few to tell a head by its repeating.
	got, _ = layoutPDFText(strings.Join(pages[:3], "\f"))
	if !strings.Contains(got, "Ons kenmerk 501231") {
		t.Errorf("a line repeated on three pages was dropped:\n%s", got)
	}
}

// TestPDFReaderErrors: no pdftotext, and one that hangs, give errors that
// say so, and are no input errors.
func TestPDFReaderErrors(t *testing.T) {
	pdf := encryptedPDF("Open brief", "", "eigenaar", -4)
	_, err := PDFReader{Pdftotext: filepath.Join(t.TempDir(), "pdftotext")}.Text(context.Background(), "a.pdf", pdf)
	if !errors.Is(err, ErrNoPdftotext) || errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "scripts/poppler.sh") {
		t.Errorf("without pdftotext: %v", err)
	}
	hang := filepath.Join(t.TempDir(), "pdftotext")
	if err := os.WriteFile(hang, []byte("#!/bin/sh\nexec sleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = PDFReader{Pdftotext: hang, Timeout: 200 * time.Millisecond}.Text(context.Background(), "a.pdf", pdf)
	if err == nil || !strings.Contains(err.Error(), "a.pdf: pdftotext did not finish within 200ms") || errors.Is(err, ErrFormat) {
		t.Errorf("a hanging pdftotext: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("a hanging pdftotext was stopped after %s", d)
	}
}

// BenchmarkReadPDF reads the seed letter printed to PDF (as published, 7
// pages): PDFText alone, and PDFText, Parse and Extract together. It
// reports milliseconds per letter.
func BenchmarkReadPDF(b *testing.B) {
	needPdftotext(b)
	pdf := letterPDF(b, "kst-32317-867.txt", string(seedLetter(b)), pdfLayout{Head: seedHead, FirstPageHead: true})
	b.Run("PDFText", func(b *testing.B) {
		b.SetBytes(int64(len(pdf)))
		for b.Loop() {
			if _, err := PDFText("kst-32317-867.pdf", pdf); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/letter")
	})
	b.Run("PDFText+Parse+Extract", func(b *testing.B) {
		for b.Loop() {
			text, err := PDFText("kst-32317-867.pdf", pdf)
			if err != nil {
				b.Fatal(err)
			}
			doc := mustParse(b, "kst-32317-867.pdf", []byte(text))
			if _, err := Extract(doc, Meta{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/letter")
	})
}
