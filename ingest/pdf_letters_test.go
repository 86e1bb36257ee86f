package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPDFTestLetters prints the team's test letters to PDF, reflowed (the
// harder layout: Chromium breaks the lines and pages), and holds the facts
// read back from each against those of its .txt, with its sidecar where it
// has one. The running head names a dossier and number of their own: the
// letters are fictional, and their heads carry no dossier line. All 14
// letters gave their .txt's facts when this test was written.
func TestPDFTestLetters(t *testing.T) {
	needPdftotext(t)
	needChromium(t)
	letters, err := filepath.Glob(filepath.Join(filepath.Dir(pdfPackageDir(t)), "testdata", "letters", "*.txt"))
	if err != nil || len(letters) < 4 {
		t.Fatalf("want test letters, found %d (%v)", len(letters), err)
	}
	// Each letter costs a Chromium run (2-4 s): by default one letter of
	// each kind; JHAGRAPH_PDF_LETTERS=all prints them all.
	if os.Getenv("JHAGRAPH_PDF_LETTERS") != "all" {
		some := map[string]bool{"agenda-jbz-maart-2025": true, "bnc-pact-uitvoering": true, "kst-32317-870": true,
			"standpunten-jbz-juni-2025": true, "verslag-jbz-december-2024": true}
		letters = slices.DeleteFunc(letters, func(p string) bool { return !some[strings.TrimSuffix(filepath.Base(p), ".txt")] })
		if len(letters) != len(some) {
			t.Fatalf("found %d of the %d letters this test prints", len(letters), len(some))
		}
	}
	head := kstHead{Chamber: "Tweede Kamer", Session: "2024–2025", Dossier: "99 999", Number: "1", Year: "2025"}
	for _, path := range letters {
		base := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(base, func(t *testing.T) {
			data := mustRead(t, path)
			var meta Meta
			if b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".meta"); err == nil {
				if meta, err = ParseMeta(base+".meta", b); err != nil {
					t.Fatal(err)
				}
			}
			doc := mustParse(t, base+".txt", data)
			want, err := Extract(doc, meta)
			if err != nil {
				t.Fatal(err)
			}
			pdf := letterPDF(t, base+".txt", string(data), pdfLayout{Head: head, Reflow: true})
			text, err := PDFText(base+".pdf", pdf)
			if err != nil {
				t.Fatal(err)
			}
			pdoc := mustParse(t, base+".pdf", []byte(text))
			got, err := Extract(pdoc, meta)
			if err != nil {
				t.Fatal(err)
			}
			onlyTxt, onlyPDF := diffFacts(facts(want), facts(got))
			for _, f := range onlyTxt {
				t.Errorf("only in the .txt: %.300s", f)
			}
			for _, f := range onlyPDF {
				t.Errorf("only in the PDF: %.300s", f)
			}
			t.Logf("%d pages, %d facts, word accuracy %.4f", pageCount(text), len(facts(got)), wordAccuracy(doc.Text, pdoc.Text))
		})
	}
}
