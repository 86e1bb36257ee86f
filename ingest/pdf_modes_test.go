package ingest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
)

// Why pdftotext -layout: the seed letter printed to PDF and read in each of
// pdftotext's modes, through the same page clean-up, Parse and Extract. The
// word accuracy is the longest common subsequence of the words of Parse's
// text from the PDF and from the .txt, over the words of the longer; a
// paragraph break counts as a word.

// wordAccuracy returns LCS(a, b) / max(len(a), len(b)) over the words and
// paragraph breaks of a and b.
func wordAccuracy(a, b string) float64 {
	x := strings.Fields(strings.ReplaceAll(a, "\n\n", " ¶ "))
	y := strings.Fields(strings.ReplaceAll(b, "\n\n", " ¶ "))
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			switch {
			case x[i] == y[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(y)]) / float64(max(len(x), len(y)))
}

// pdftotextMode runs pdftotext with the mode's flags and cleans its pages
// as PDFText does.
func pdftotextMode(t testing.TB, pdf []byte, flags ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", append(flags, "-enc", "UTF-8", path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %v: %v", flags, err)
	}
	text, _ := layoutPDFText(string(out))
	return text
}

func TestPDFTextModes(t *testing.T) {
	seed := seedLetter(t)
	needPdftotext(t)
	needChromium(t)
	want := mustParse(t, "kst-32317-867.txt", seed)
	wantFacts := facts(mustExtract(t, want))
	for _, lay := range []struct {
		name string
		lay  pdfLayout
	}{{"as printed", pdfLayout{Head: seedHead}}, {"reflowed", pdfLayout{Head: seedHead, Reflow: true}}} {
		pdf := letterPDF(t, "kst-32317-867.txt", string(seed), lay.lay)
		acc := map[string]float64{}
		for _, mode := range []struct {
			name  string
			flags []string
		}{{"-layout", []string{"-layout"}}, {"default", nil}, {"-raw", []string{"-raw"}}} {
			text := pdftotextMode(t, pdf, mode.flags...)
			doc, err := Parse("kst-32317-867.pdf", []byte(text))
			if err != nil {
				t.Errorf("%s, %s: %v", lay.name, mode.name, err)
				continue
			}
			g, err := Extract(doc, Meta{})
			if err != nil {
				t.Errorf("%s, %s: %v", lay.name, mode.name, err)
				continue
			}
			onlyTxt, onlyPDF := diffFacts(wantFacts, facts(g))
			acc[mode.name] = wordAccuracy(want.Text, doc.Text)
			t.Logf("%s, pdftotext %-8s word accuracy %.4f, %2d paragraphs (the .txt %d), facts: %3d of %d the same, %2d only from the PDF",
				lay.name, mode.name, acc[mode.name], len(doc.Paragraphs), len(want.Paragraphs), len(wantFacts)-len(onlyTxt), len(wantFacts), len(onlyPDF))
			if mode.name == "-layout" && (acc[mode.name] != 1 || len(onlyTxt)+len(onlyPDF) > 0) {
				t.Errorf("%s, -layout: word accuracy %.4f, %d facts differ: want the .txt's text and facts", lay.name, acc[mode.name], len(onlyTxt)+len(onlyPDF))
			}
		}
		for m, a := range acc {
			if a > acc["-layout"] {
				t.Errorf("%s: pdftotext %s (word accuracy %.4f) reads the letter better than -layout (%.4f)", lay.name, m, a, acc["-layout"])
			}
		}
	}
}

func mustExtract(t testing.TB, doc *Doc) graph.DocumentGraph {
	t.Helper()
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}
