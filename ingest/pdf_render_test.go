package ingest

import (
	"context"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"

	"strings"
	"testing"
	"time"
)

// Test PDFs: a letter in the layout Parse reads, typeset as a Kamerstuk and
// printed to PDF by Chromium. Every Kamerstuk page after the first carries the
// running head "Tweede Kamer, vergaderjaar 2023–2024, 32 317, nr. 867" with
// the page number beside it (CSS @page margin boxes), the first page the
// chamber, session and dossier lines and the colophon at its foot, footnote
// markers are superscript and footnotes stand in a smaller type below a rule.
//
// Two layouts:
//   - as printed (the default): every page and line of the source stands as in
//     the source (the seed letter's pages and lines are those of the published
//     PDF), its line-end hyphens printed as they are, its footnotes at the foot
//     of their page;
//   - reflowed: Chromium breaks lines (justified, hyphenating at soft hyphens
//     placed where the source split words, and at real hyphens) and pages
//     itself, and the footnotes stand at the end of the letter, as Chromium
//     cannot set footnotes at page feet.

// kstHead is what a Kamerstuk prints about itself beyond the letter's text.
type kstHead struct {
	Chamber      string // "Tweede Kamer"
	Session      string // "2023–2024"
	Dossier      string // "32 317"
	DossierTitle string // "JBZ-Raad"
	Number       string // "867"
	Year         string // "2024", of the colophon
}

// seedHead is the head of the seed letter kst-32317-867, as published.
var seedHead = kstHead{Chamber: "Tweede Kamer", Session: "2023–2024", Dossier: "32 317", DossierTitle: "JBZ-Raad", Number: "867", Year: "2024"}

// pdfLayout says how letterHTML sets a letter.
type pdfLayout struct {
	Head kstHead
	// FirstPageHead prints the first page's chamber, session and dossier
	// lines and its colophon. The seed letter's text lost them; a PDF as
	// published has them.
	FirstPageHead bool
	// Reflow lets Chromium break lines and pages; see above.
	Reflow bool
}

const pdfCSS = `
@page { size: A4; margin: 16mm 24mm 14mm 24mm;
  @top-left { content: "%[1]s"; font: 8pt "DejaVu Serif", serif; vertical-align: middle; }
  @top-right { content: counter(page); font: 8pt "DejaVu Serif", serif; vertical-align: middle; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
html { font: 9pt/1.3 "DejaVu Serif", serif; }
body { margin: 0; }
.page { height: 265mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
.l { white-space: pre; min-height: 1.3em; }
.notes { margin-top: auto; padding-top: 2mm; border-top: 0.5pt solid black; width: 60mm; font-size: 7pt; }
.notes .l, .notes p { min-height: 1.25em; width: 162mm; }
.colophon { font-size: 7pt; margin-top: 4mm; }
.chamber { display: flex; justify-content: space-between; font-size: 12pt; }
.grid { display: grid; grid-template-columns: 30mm auto; }
.grid .l { min-height: 0; }
sup { font-size: 65%%; vertical-align: 0.6em; line-height: 0; }
.reflow .body p, .reflow .body .grid { margin: 0 0 1.3em 0; text-align: justify; hyphens: manual; width: 130mm; }
.reflow .body .h { font-style: italic; text-align: left; }
.reflow .body .sig { text-align: left; }
.reflow .notes p { margin: 0 0 1.25em 0; }
#footnotes { display: none; }
`

// runningHead is the head of every page after the first.
func (h kstHead) runningHead() string {
	return fmt.Sprintf("%s, vergaderjaar %s, %s, nr. %s", h.Chamber, h.Session, h.Dossier, h.Number)
}

// letterHTML typesets a letter (text in the layout Parse reads) as a
// Kamerstuk page by page.
func letterHTML(t testing.TB, name, text string, lay pdfLayout) string {
	t.Helper()
	doc, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("letterHTML: %v", err)
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>` + html.EscapeString(name) + `</title><style>`)
	fmt.Fprintf(&b, pdfCSS, lay.Head.runningHead())
	b.WriteString("</style></head><body>\n")
	if lay.Reflow {
		reflowHTML(&b, doc, text, lay)
	} else {
		printedHTML(&b, doc, text, lay)
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func (lay pdfLayout) writeFirstHead(b *strings.Builder) {
	if !lay.FirstPageHead {
		return
	}
	h := lay.Head
	fmt.Fprintf(b, "<div class=chamber><span>%s der Staten-Generaal</span><span>2</span></div>\n", html.EscapeString(h.Chamber))
	fmt.Fprintf(b, "<div class=l>Vergaderjaar %s</div><div class=l></div>\n", html.EscapeString(h.Session))
	fmt.Fprintf(b, "<div class=grid><div class=l>%s</div><div class=l>%s</div></div><div class=l></div>\n", html.EscapeString(h.Dossier), html.EscapeString(h.DossierTitle))
}

func (lay pdfLayout) colophon(b *strings.Builder, key string) {
	if lay.FirstPageHead {
		fmt.Fprintf(b, "<div class=colophon>%s ISSN 0921 - 7371 ’s-Gravenhage %s</div>\n", html.EscapeString(key), html.EscapeString(lay.Head.Year))
	}
}

func (h kstHead) key() string {
	return "kst-" + strings.ReplaceAll(h.Dossier, " ", "") + "-" + h.Number
}

// supMarkers returns, for each source line index, the byte ranges of the
// footnote markers on it, found as Parse finds them: in number order and
// reading order, strict matches first.
func supMarkers(lines []srcLine, notes map[int]bool, numbers []string) map[int][][2]int {
	out := map[int][][2]int{}
	li, pos := 0, 0
	for _, num := range numbers {
		found := false
		for _, strict := range []bool{true, false} {
			for i := li; i < len(lines) && !found; i++ {
				if notes[i] {
					continue
				}
				from := 0
				if i == li {
					from = pos
				}
				if k := findMarker(lines[i].text, from, num, strict); k >= 0 {
					out[i] = append(out[i], [2]int{k, k + len(num)})
					li, pos, found = i, k+len(num), true
				}
			}
			if found {
				break
			}
		}
	}
	return out
}

// lineHTML escapes a line and sets its markers superscript.
func lineHTML(s string, marks [][2]int) string {
	var b strings.Builder
	at := 0
	for _, m := range marks {
		b.WriteString(html.EscapeString(s[at:m[0]]))
		b.WriteString("<sup>" + s[m[0]:m[1]] + "</sup>")
		at = m[1]
	}
	b.WriteString(html.EscapeString(s[at:]))
	return b.String()
}

// printedHTML sets every page and line as the source has them.
func printedHTML(b *strings.Builder, doc *Doc, text string, lay pdfLayout) {
	lines := splitLines(normaliseSource(text))
	// The footnote area of a page runs from its first footnote's line to
	// the page's end.
	noteFrom := map[int]int{} // page -> first line number of its footnotes
	var numbers []string
	for _, p := range doc.Paragraphs {
		if p.Kind != ParaFootnote {
			continue
		}
		numbers = append(numbers, p.Number)
		if l, ok := noteFrom[p.Page]; !ok || p.Line < l {
			noteFrom[p.Page] = p.Line
		}
	}
	notes := map[int]bool{}
	for i, l := range lines {
		if from, ok := noteFrom[l.page]; ok && l.no >= from {
			notes[i] = true
		}
	}
	marks := supMarkers(lines, notes, numbers)
	for i := 0; i < len(lines); {
		page := lines[i].page
		b.WriteString("<section class=page>\n")
		if page == 1 {
			lay.writeFirstHead(b)
		}
		inNotes := false
		for ; i < len(lines) && lines[i].page == page; i++ {
			l := lines[i]
			if notes[i] && !inNotes {
				b.WriteString("<div class=notes>\n")
				inNotes = true
			}
			// "Nr. 867 BRIEF VAN ..." and the capitals that continue the
			// title: the number in the left column, the title beside it.
			if page == 1 && numberRe.MatchString(l.text) {
				m := numberRe.FindStringSubmatch(l.text)
				title := []string{html.EscapeString(strings.TrimSpace(m[2]))}
				for i+1 < len(lines) && isUpperLine(lines[i+1].text) {
					i++
					title = append(title, html.EscapeString(lines[i].text))
				}
				fmt.Fprintf(b, "<div class=grid><div class=l>Nr. %s</div><div>%s</div></div>\n", m[1], strings.Join(title, "<br>"))
				continue
			}
			fmt.Fprintf(b, "<div class=l>%s</div>\n", lineHTML(l.text, marks[i]))
		}
		if inNotes {
			b.WriteString("</div>\n")
		}
		if page == 1 {
			if !inNotes {
				b.WriteString("<div style='margin-top:auto'></div>")
			}
			lay.colophon(b, lay.Head.key())
		}
		b.WriteString("</section>\n")
	}
}

var softWordRe = regexp.MustCompile(`[\p{L}\p{M}]+`)

// splitWords returns the words the source split at line ends as they were
// split ("onderhandelingsre" + "sultaat"), by the joined word, where the
// joined word is in the parsed text.
func splitWords(lines []srcLine, docText string) map[string]int {
	out := map[string]int{}
	for i := 0; i+1 < len(lines); i++ {
		a, next := lines[i].text, lines[i+1].text
		if !strings.HasSuffix(a, "-") || next == "" {
			continue
		}
		w := trailingLetters(strings.TrimSuffix(a, "-"))
		tail := leadingLetters(next)
		if len(w) < 2 || len(tail) < 2 || strings.Contains(docText, w+"-"+tail) {
			continue
		}
		if strings.Contains(docText, w+tail) {
			out[w+tail] = len(w)
		}
	}
	return out
}

// reflowHTML sets the parsed paragraphs as flowing text: Chromium breaks
// the lines, and a script fills pages with whole paragraphs (a paragraph
// never breaks across pages), each page's footnotes at its foot.
func reflowHTML(b *strings.Builder, doc *Doc, text string, lay pdfLayout) {
	soft := splitWords(splitLines(normaliseSource(text)), doc.Text)
	body := func(s string) string {
		s = html.EscapeString(s)
		s = softWordRe.ReplaceAllStringFunc(s, func(w string) string {
			if k, ok := soft[w]; ok {
				return w[:k] + "&shy;" + w[k:]
			}
			return w
		})
		return markerTagRe.ReplaceAllString(s, "<sup>$1</sup>")
	}
	noteNumbers := func(s string) string {
		var ns []string
		for _, m := range markerTagRe.FindAllStringSubmatch(s, -1) {
			ns = append(ns, m[1])
		}
		return strings.Join(ns, " ")
	}
	b.WriteString("<div class=reflow>\n<section class=page><div class=body>\n")
	lay.writeFirstHead(b)
	b.WriteString("</div><div class=notes></div>")
	lay.colophon(b, lay.Head.key())
	b.WriteString("</section>\n<div id=flow>\n")
	var notes []string
	for i := 0; i < len(doc.Paragraphs); i++ {
		p := doc.Paragraphs[i]
		switch p.Kind {
		case ParaNumber:
			title := ""
			if i+1 < len(doc.Paragraphs) && doc.Paragraphs[i+1].Kind == ParaTitle {
				i++
				title = html.EscapeString(doc.Paragraphs[i].Text)
			}
			fmt.Fprintf(b, "<div class=grid><div class=l>%s</div><div>%s</div></div>\n", html.EscapeString(p.Text), title)
		case ParaFootnote:
			num := p.Number
			notes = append(notes, fmt.Sprintf("<p data-n=%s>%s %s</p>", num, num, body(strings.TrimPrefix(p.Text, "["+num+"] "))))
		case ParaSignature:
			fmt.Fprintf(b, "<p class=sig>%s</p>\n", strings.ReplaceAll(html.EscapeString(p.Text), "\n", "<br>"))
		case ParaHeading:
			fmt.Fprintf(b, "<p class=h data-notes=\"%s\">%s</p>\n", noteNumbers(p.Text), body(p.Text))
		default:
			fmt.Fprintf(b, "<p data-notes=\"%s\">%s</p>\n", noteNumbers(p.Text), body(p.Text))
		}
	}
	b.WriteString("</div>\n<div id=footnotes>\n" + strings.Join(notes, "\n") + "\n</div>\n</div>\n")
	b.WriteString(paginateJS)
}

// paginateJS moves the paragraphs of #flow into pages: onto the current
// page with the footnotes their markers call for, or, when that overflows
// the page, onto a new one.
const paginateJS = `<script>
(() => {
  const root = document.querySelector('.reflow');
  const notes = {};
  for (const n of document.querySelectorAll('#footnotes p')) notes[n.dataset.n] = n;
  let page = root.querySelector('.page');
  const newPage = () => {
    const s = document.createElement('section');
    s.className = 'page';
    s.innerHTML = '<div class=body></div><div class=notes></div>';
    root.insertBefore(s, document.getElementById('flow'));
    return s;
  };
  const place = (pg, el) => {
    pg.querySelector('.body').appendChild(el);
    const added = [];
    for (const n of (el.dataset.notes || '').split(' ').filter(Boolean)) {
      added.push(notes[n]);
      pg.querySelector('.notes').appendChild(notes[n]);
    }
    return added;
  };
  for (const el of [...document.getElementById('flow').children]) {
    const added = place(page, el);
    if (page.scrollHeight > page.clientHeight + 1 && page.querySelector('.body').children.length > 1) {
      page = newPage();
      place(page, el);
    }
  }
  for (const pg of root.querySelectorAll('.page')) {
    if (!pg.querySelector('.notes').children.length) pg.querySelector('.notes').style.borderTop = 'none';
  }
  document.getElementById('flow').remove();
  document.getElementById('footnotes').remove();
})();
</script>
`

var markerTagRe = regexp.MustCompile(`\[([0-9]{1,3})\]`)

// needTool returns the path of a program the test needs. When it is
// missing, the test fails under `make test` and CI (JHAGRAPH_TEST_NEO4J or
// CI set) and is skipped under a plain `go test`, with how to install it.
func needTool(t testing.TB, env, def, install string) string {
	t.Helper()
	bin := os.Getenv(env)
	if bin == "" {
		bin = def
	}
	path, err := exec.LookPath(bin)
	if err == nil {
		return path
	}
	msg := fmt.Sprintf("%s not found (%v): run %s, or set %s", bin, err, install, env)
	if os.Getenv("JHAGRAPH_TEST_NEO4J") != "" || os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func needChromium(t testing.TB) string {
	return needTool(t, "CHROMIUM", "/usr/bin/chromium", "`make chromium` (scripts/chromium.sh)")
}

func needPdftotext(t testing.TB) {
	needTool(t, "PDFTOTEXT", "pdftotext", "`make poppler` (scripts/poppler.sh)")
}

// printPDF prints an HTML page to PDF with headless Chromium.
func printPDF(t testing.TB, page string) []byte {
	t.Helper()
	chromium := needChromium(t)
	dir := t.TempDir()
	in, out := filepath.Join(dir, "letter.html"), filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(in, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--print-to-pdf="+out, "--no-pdf-header-footer", "file://"+in)
	cmd.WaitDelay = 5 * time.Second
	log, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium --print-to-pdf: %v\n%s", err, log)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("chromium wrote no PDF: %v\n%s", err, log)
	}
	return data
}

// letterPDF renders a letter to PDF.
func letterPDF(t testing.TB, name, text string, lay pdfLayout) []byte {
	t.Helper()
	return printPDF(t, letterHTML(t, name, text, lay))
}

// pageCount is the number of pages pdftotext output has.
func pageCount(text string) int { return strings.Count(strings.TrimRight(text, "\n"), "\f") + 1 }

// seedLetter reads the seed letter kst-32317-867.txt from the shared corpus:
// ../shared/corpus beside the repository, or $JHAGRAPH_SHARED/corpus (for
// a worktree that is not beside shared/). It skips the test when neither is
// there, as corpusLetter does.
func seedLetter(t testing.TB) []byte {
	t.Helper()
	dir := filepath.Join(filepath.Dir(pdfPackageDir(t)), "..", "shared", "corpus")
	if env := os.Getenv("JHAGRAPH_SHARED"); env != "" {
		dir = filepath.Join(env, "corpus")
	}
	data, err := os.ReadFile(filepath.Join(dir, "kst-32317-867.txt"))
	if err != nil {
		t.Skipf("the seed letter is not available (%s; set JHAGRAPH_SHARED to the shared folder): %v", dir, err)
	}
	return data
}

func pdfPackageDir(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the test source")
	}
	return filepath.Dir(file)
}
