package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ErrFormat is the class of errors about a file whose format jhagraph reads
// but whose content is not a usable letter: XML that is not well-formed or not
// a Kamerstuk, a PDF that is encrypted, damaged or has no text layer, an HTML
// page with no letter in it, publisher metadata without the fields a letter
// needs.
var ErrFormat = errors.New("unreadable document")

// PDFText turns a PDF as published into plain text in the layout Parse reads
// (the layout of the seed letter: one line per printed line, pages separated
// by form feeds, page headers and page numbers dropped, footnotes at the foot
// of their page). It is part of the shell: it runs poppler's pdftotext (the
// one named by $PDFTOTEXT, else the one on PATH) with PDFReader's defaults.
//
// An encrypted PDF that needs a password, a damaged one (truncated, or not
// PDF after its header) and one without a text layer (a scan) give an *Error
// of class ErrFormat that names the file and says which.
func PDFText(name string, data []byte) (string, error) {
	return PDFReader{}.Text(context.Background(), name, data)
}

// PDFReader reads PDFs with poppler's pdftotext. The zero value is ready to
// use.
type PDFReader struct {
	// Pdftotext is the pdftotext binary; empty means $PDFTOTEXT, else
	// "pdftotext" looked up on PATH.
	Pdftotext string
	// Timeout bounds one run of pdftotext; zero means 30 seconds.
	Timeout time.Duration
}

// installHint says how to get pdftotext.
const installHint = "install poppler-utils (scripts/poppler.sh or `make poppler`; on Debian: apt-get install poppler-utils) or set PDFTOTEXT to pdftotext's path"

// ErrNoPdftotext is returned (wrapped) when pdftotext cannot be found or
// started; it is not an input error.
var ErrNoPdftotext = errors.New("pdftotext not found")

func (r PDFReader) binary() (string, error) {
	bin := r.Pdftotext
	if bin == "" {
		bin = os.Getenv("PDFTOTEXT")
	}
	if bin == "" {
		bin = "pdftotext"
	}
	path, err := exec.LookPath(bin)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %s", ErrNoPdftotext, bin, installHint)
	}
	return path, nil
}

// Text returns the text of the PDF data, read from the file name.
func (r PDFReader) Text(ctx context.Context, name string, data []byte) (string, error) {
	if err := checkPDF(name, data); err != nil {
		return "", err
	}
	bin, err := r.binary()
	if err != nil {
		return "", err
	}
	out, err := r.run(ctx, bin, name, data)
	if err != nil {
		return "", err
	}
	text, letters := layoutPDFText(out)
	if letters == 0 {
		return "", inputError(ErrFormat, name, 0, "no text layer (a scanned image?): pdftotext found no text on its %d page(s)", max(strings.Count(out, "\f"), 1))
	}
	return text, nil
}

var (
	pdfHeader = []byte("%PDF-")
	pdfEOF    = []byte("%%EOF")
)

// checkPDF refuses what is no PDF or visibly cut short before pdftotext
// runs: poppler rebuilds a truncated file's cross-reference table and reads
// what is left, which would make half a letter look like a whole one.
func checkPDF(name string, data []byte) error {
	if !bytes.HasPrefix(data, pdfHeader) {
		if i := bytes.Index(data[:min(len(data), 1024)], pdfHeader); i < 0 {
			return inputError(ErrFormat, name, 0, "not a PDF (no %%PDF- header)")
		}
	}
	tail := data[max(0, len(data)-2048):]
	if !bytes.Contains(tail, pdfEOF) {
		return inputError(ErrFormat, name, 0, "damaged PDF: truncated (no %%%%EOF at its end; %d bytes)", len(data))
	}
	return nil
}

// run runs pdftotext -layout on data, written to a temporary file, and
// returns its output. pdftotext's errors become input errors of class
// ErrFormat; a run that exceeds the timeout is an error too.
func (r PDFReader) run(ctx context.Context, bin, name string, data []byte) (string, error) {
	f, err := os.CreateTemp("", "jhagraph-*.pdf")
	if err != nil {
		return "", fmt.Errorf("%s: reading PDF: %w", name, err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", fmt.Errorf("%s: reading PDF: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("%s: reading PDF: %w", name, err)
	}
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// -layout keeps each printed line with its hyphen and the vertical gaps
	// between paragraphs; the default mode joins hyphenated words itself
	// (losing real hyphens: "GVVA-" + "richtlijn" gives "GVVArichtlijn") and
	// runs paragraphs together.
	cmd := exec.CommandContext(ctx, bin, "-layout", "-enc", "UTF-8", "-eol", "unix", f.Name(), "-")
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "", fmt.Errorf("%s: pdftotext did not finish within %s", name, timeout)
	case ctx.Err() != nil:
		return "", fmt.Errorf("%s: reading PDF: %w", name, ctx.Err())
	}
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return "", fmt.Errorf("%s: running %s: %w (%w: %s)", name, bin, err, ErrNoPdftotext, installHint)
		}
		return "", pdftotextError(name, exit.ExitCode(), stderr.String(), bytes.Contains(data, []byte("/Encrypt")))
	}
	return stdout.String(), nil
}

// pdftotextError turns pdftotext's failure into an input error. Its exit
// codes: 1 the PDF could not be opened, 3 its permissions forbid copying
// text; its messages say why. encrypted says whether the file has an
// /Encrypt dictionary.
func pdftotextError(name string, code int, stderr string, encrypted bool) error {
	low := strings.ToLower(stderr)
	switch {
	case strings.Contains(low, "password"):
		return inputError(ErrFormat, name, 0, "encrypted PDF: it needs a password to be read")
	case encrypted && code == 1:
		return inputError(ErrFormat, name, 0, "encrypted PDF: poppler cannot decrypt it (%s)", firstLine(stderr))
	case code == 3 || strings.Contains(low, "copying of text") || strings.Contains(low, "not allowed"):
		return inputError(ErrFormat, name, 0, "encrypted PDF: its permissions forbid copying its text")
	}
	why := ""
	for line := range strings.Lines(stderr) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if why == "" || strings.Contains(strings.ToLower(why), "internal error") {
			why = line
		}
		if strings.Contains(line, "Couldn't") || strings.Contains(line, "Invalid") {
			why = line
			break
		}
	}
	if why == "" {
		why = "pdftotext exited with status " + strconv.Itoa(code)
	}
	return inputError(ErrFormat, name, 0, "damaged PDF: %s", why)
}

func firstLine(s string) string {
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return "no message"
}

var (
	// runningHeadRe is the running head of a Kamerstuk page ("Tweede Kamer,
	// vergaderjaar 2023–2024, 32 317, nr. 867"), with the page number before
	// or after it.
	runningHeadRe = regexp.MustCompile(`^(?:[0-9]{1,4}\s+)?(?:Tweede|Eerste) Kamer, vergaderjaar [0-9]{4}\s*[–-]\s*[0-9]{4}, [0-9]{2} ?[0-9]{3}(?:, [A-Z0-9-]+)?, nr\. [0-9A-Z]+(?:\s+[0-9]{1,4})?$`)
	// colophonRe is the foot of a Kamerstuk's first page ("kst-32317-867
	// ISSN 0921 - 7371 's-Gravenhage 2024").
	colophonRe = regexp.MustCompile(`^(?:kst|stb|stcrt|ah-tk|ah-ek|h-tk|h-ek)-[0-9A-Za-z-]+\s+ISSN\b`)
	// pageNumberRe is a page number standing alone: "2", "- 2 -", "2/5",
	// "Pagina 2 van 5".
	pageNumberRe = regexp.MustCompile(`^(?:-\s*)?(?:[Pp]agina\s+)?([0-9]{1,4})(?:\s*(?:/|van)\s*[0-9]{1,4})?(?:\s*-)?$`)
	// chamberNumberRe is the chamber line of a first page with the
	// chamber's number set beside it ("Tweede Kamer der Staten-Generaal   2").
	chamberNumberRe = regexp.MustCompile(`^((?:Tweede|Eerste) Kamer der Staten-Generaal)\s{2,}([12])$`)
	spaceRunRe      = regexp.MustCompile(`[ \t]{2,}`)
)

// layoutPDFText turns pdftotext -layout output into the layout Parse reads
// and counts its letters. Pages (ended by form feeds) keep their printed
// lines, trimmed, runs of spaces collapsed, control characters dropped;
// running heads, page numbers, the first page's colophon and any other line
// that heads or foots most pages go; runs of blank lines become one, none
// at the start or end of a page; pages after the first start with a form
// feed.
func layoutPDFText(out string) (string, int) {
	pages := strings.Split(out, "\f")
	if n := len(pages); n > 1 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	lines := make([][]string, len(pages))
	for pi, page := range pages {
		lines[pi] = pageLines(page, pi+1)
	}
	dropRepeated(lines)
	var b strings.Builder
	letters := 0
	for pi, page := range lines {
		if pi > 0 {
			b.WriteByte('\f')
		}
		for _, l := range page {
			for _, r := range l {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String(), letters
}

// dropRepeated removes the running heads and feet no pattern knows: a line
// that, its digits aside, stands first (or last) on at least three pages
// and on at least half of the pages after the first ("Ons kenmerk 5012345",
// "Datum 15 januari 2024"). Two lines deep at each end.
func dropRepeated(pages [][]string) {
	if len(pages) < 4 {
		return
	}
	shape := func(l string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return r
		}, l)
	}
	need := max(3, len(pages)/2)
	for range 2 {
		for _, end := range []func([]string) int{
			func([]string) int { return 0 },
			func(ls []string) int { return len(ls) - 1 },
		} {
			count := map[string]int{}
			for _, ls := range pages[1:] {
				if len(ls) > 0 {
					count[shape(ls[end(ls)])]++
				}
			}
			for pi, ls := range pages {
				if len(ls) == 0 {
					continue
				}
				i := end(ls)
				if count[shape(ls[i])] >= need {
					pages[pi] = squeezeBlank(trimBlank(append(ls[:i:i], ls[i+1:]...)))
				}
			}
		}
	}
}

// pageLines returns the lines of page number no as Parse reads them.
func pageLines(page string, no int) []string {
	var lines []string
	for l := range strings.SplitSeq(page, "\n") {
		l = strings.TrimSpace(strings.Map(pdfRune, l))
		if m := chamberNumberRe.FindStringSubmatch(l); m != nil {
			lines = append(lines, m[1], m[2])
			continue
		}
		lines = append(lines, softHyphens(spaceRunRe.ReplaceAllString(l, " ")))
	}
	// Page furniture stands first or last on the page: drop it from both
	// ends until a line of the letter comes.
	isFurniture := func(l string) bool {
		if runningHeadRe.MatchString(l) || colophonRe.MatchString(l) {
			return true
		}
		if m := pageNumberRe.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n == no || n == no-1
		}
		return false
	}
	for {
		lines = trimBlank(lines)
		switch {
		case len(lines) > 0 && isFurniture(lines[0]):
			lines = lines[1:]
		case len(lines) > 0 && isFurniture(lines[len(lines)-1]):
			lines = lines[:len(lines)-1]
		default:
			return squeezeBlank(lines)
		}
	}
}

// softHyphens keeps a soft hyphen only where it broke the line: some
// typesetters (Chromium among them) write a word broken at a soft hyphen as
// U+00AD followed by the hyphen they print, and keep U+00AD where the word was
// not broken. A soft hyphen at the end of a line tells Parse that the word
// was split by the typesetter, whatever the letters around it.
func softHyphens(l string) string {
	if !strings.ContainsRune(l, '\u00AD') {
		return l
	}
	end := ""
	for _, suffix := range []string{"\u00AD-", "\u00AD\u2010", "\u00AD"} {
		if strings.HasSuffix(l, suffix) {
			l, end = strings.TrimSuffix(l, suffix), "\u00AD"
			break
		}
	}
	return strings.ReplaceAll(l, "\u00AD", "") + end
}

// pdfRune maps a no-break space to a space and drops control characters
// other than the tab (a glyph without a Unicode mapping may come out as
// one), which Check would count against the text.
func pdfRune(r rune) rune {
	switch {
	case r == '\u00A0' || r == '\t':
		return ' '
	case r < 0x20 || (r >= 0x7F && r <= 0x9F):
		return -1
	}
	return r
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// squeezeBlank turns runs of blank lines into one.
func squeezeBlank(lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if l == "" && i > 0 && lines[i-1] == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}
