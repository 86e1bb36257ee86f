package corpusgen

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout: a letter is composed as blocks (the head, paragraphs, headings,
// signature blocks, forced page breaks) and laid out the way text comes out
// of the published PDF (testdata/letters/README.md):
//
//   - every line of running text ends with a space, except a line that ends
//     in a hyphen and the last line of a page;
//   - a new page starts with a line that begins with a single space;
//   - long words are split at line ends ("samenwer-" / "kingen"); real
//     hyphens may end a line too ("JBZ-" / "Raad", "wet-" / "en");
//   - footnote markers are glued to the word or full stop before them
//     ("gedeeld.1"); the footnotes stand at the end of the page that carries
//     their markers, each starting with its number.

type blockKind int

const (
	blockPara      blockKind = iota // running text, may continue on the next page
	blockHeading                    // a heading or "= Werksessie" label, kept whole
	blockLines                      // preformatted lines kept together (head, signature)
	blockPageBreak                  // the next block starts a new page
)

// markerSep glues a footnote marker to its word in composed text; layout
// removes it and writes the number alone.
const markerSep = "\x00"

type block struct {
	kind  blockKind
	text  string   // blockPara, blockHeading
	lines []string // blockLines
	notes []note   // footnotes whose markers stand in this block, in order
}

type note struct {
	num  int
	text string
}

// laidLine is a line with the footnotes whose markers it carries.
type laidLine struct {
	text  string
	notes []note
}

type layout struct {
	rng    *rand.Rand
	width  int // characters per line
	height int // lines per page, footnotes included
}

type page struct {
	body  []string
	notes []note
	used  int // lines used, footnote area included
}

// render lays out blocks into the letter's text.
func (l *layout) render(blocks []block) string {
	var pages []*page
	cur := &page{}
	newPage := func() {
		if len(cur.body) > 0 {
			pages = append(pages, cur)
		}
		cur = &page{}
	}
	noteLines := func(ns []note, first bool) int {
		n := 0
		for _, x := range ns {
			n += len(l.wrap(strconv.Itoa(x.num)+" "+x.text, l.width)) + 1 // a blank line before each
		}
		return n
	}
	place := func(lines []laidLine) {
		if len(cur.body) > 0 {
			cur.body = append(cur.body, "")
			cur.used++
		}
		for _, ln := range lines {
			cur.body = append(cur.body, ln.text)
			cur.used++
			if len(ln.notes) > 0 {
				cur.used += noteLines(ln.notes, len(cur.notes) == 0)
				cur.notes = append(cur.notes, ln.notes...)
			}
		}
	}
	cost := func(lines []laidLine) int {
		n := len(lines)
		if len(cur.body) > 0 {
			n++
		}
		for _, ln := range lines {
			n += noteLines(ln.notes, false)
		}
		return n
	}
	for _, b := range blocks {
		var lines []laidLine
		switch b.kind {
		case blockPageBreak:
			newPage()
			continue
		case blockLines:
			for _, t := range b.lines {
				lines = append(lines, laidLine{text: t})
			}
		default:
			lines = l.laidText(b)
		}
		if cur.used+cost(lines) <= l.height {
			place(lines)
			continue
		}
		if b.kind == blockPara && len(cur.body) > 0 {
			// Split where the parser sees the paragraph go on: the new page
			// starts in lower case, or the page ends in a hyphen or a comma.
			split := -1
			for k := len(lines) - 1; k >= 2; k-- {
				if len(lines)-k < 2 || cur.used+cost(lines[:k]) > l.height {
					continue
				}
				first, _ := utf8.DecodeRuneInString(lines[k].text)
				prev := strings.TrimRight(lines[k-1].text, " ")
				if unicode.IsLower(first) || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, ",") {
					split = k
					break
				}
			}
			if split > 0 {
				place(lines[:split])
				newPage()
				for _, ln := range lines[split:] {
					cur.body = append(cur.body, ln.text)
					cur.used++
					if len(ln.notes) > 0 {
						cur.used += noteLines(ln.notes, len(cur.notes) == 0)
						cur.notes = append(cur.notes, ln.notes...)
					}
				}
				continue
			}
		}
		newPage()
		place(lines)
	}
	newPage()

	var out strings.Builder
	for _, p := range pages {
		var all []string
		all = append(all, p.body...)
		for _, n := range p.notes {
			all = append(all, "")
			all = append(all, l.wrap(strconv.Itoa(n.num)+" "+n.text, l.width)...)
		}
		for i, t := range all {
			if i == 0 {
				t = " " + t
			}
			out.WriteString(t)
			if t != "" && i < len(all)-1 && !strings.HasSuffix(t, "-") {
				out.WriteByte(' ')
			}
			out.WriteByte('\n')
		}
	}
	return out.String()
}

// laidText wraps a paragraph or heading and finds the lines of its markers.
func (l *layout) laidText(b block) []laidLine {
	var out []laidLine
	ni := 0
	for _, t := range l.wrap(b.text, l.width) {
		ln := laidLine{text: t}
		for strings.Contains(ln.text, markerSep) {
			ln.text = strings.Replace(ln.text, markerSep, "", 1)
			if ni < len(b.notes) {
				ln.notes = append(ln.notes, b.notes[ni])
				ni++
			}
		}
		out = append(out, ln)
	}
	if ni < len(b.notes) && len(out) > 0 { // cannot happen: every note has a marker
		out[len(out)-1].notes = append(out[len(out)-1].notes, b.notes[ni:]...)
	}
	return out
}

// wrap breaks text into lines of at most width characters (a longer word
// stands alone). A token that starts with a digit stays on the line of the
// word before it, so that no line starts with a number (which the parser
// would take for a footnote); long lower-case words are split with a hyphen
// to fill the line; a line may end after a real hyphen.
func (l *layout) wrap(text string, width int) []string {
	toks := glueNumbers(strings.Fields(text))
	var lines []string
	var cur []string
	curLen := 0
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
	}
	for _, t := range toks {
		n := runeLen(t)
		need := n
		if curLen > 0 {
			need++
		}
		if curLen+need <= width {
			cur = append(cur, t)
			curLen += need
			continue
		}
		room := width - curLen - 1
		if curLen == 0 {
			room = width
		}
		if head, tail, ok := splitWord(t, room); ok && room >= 4 && l.rng.IntN(4) > 0 {
			cur = append(cur, head)
			flush()
			cur, curLen = []string{tail}, runeLen(tail)
			continue
		}
		flush()
		cur, curLen = []string{t}, n
	}
	flush()
	return lines
}

// glueNumbers joins a token that starts with a digit to the one before it
// with a no-break marker, so that wrap never starts a line with it.
func glueNumbers(toks []string) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if len(out) > 0 && unicode.IsDigit(r) {
			out[len(out)-1] += "\u00a0" + t
			continue
		}
		out = append(out, t)
	}
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], "\u00a0", " ")
	}
	return out
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

var (
	// hyphenKeep are first parts that the extractor keeps hyphenated at a
	// line end ("niet-", "publiek-"); words are not split after them.
	hyphenKeep = map[string]bool{"niet": true, "ex": true, "oud": true, "vice": true, "non": true,
		"publiek": true, "sociaal": true, "politiek": true, "civiel": true, "financieel": true,
		"juridisch": true, "bestuurlijk": true, "medisch": true, "technisch": true}
	// conjunctions after a line-end hyphen make a suspended compound ("wet- en").
	conjunctions = map[string]bool{"en": true, "of": true, "tot": true, "dan": true, "noch": true}
)

func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyàáâäèéêëïíîòóôöüúû", r)
}

// splitWord splits token t so that the head with its hyphen takes at most
// room characters: a lower-case word of at least eight letters, between a
// vowel and a consonant followed by a vowel ("onderhandelingsre-sultaat"),
// or after a real hyphen that the extractor keeps ("JBZ-" / "Raad",
// "EU-" / "lidstaten").
func splitWord(t string, room int) (head, tail string, ok bool) {
	rs := []rune(t)
	if strings.ContainsRune(t, ' ') { // glued to a number: "van 4-5"
		return "", "", false
	}
	if i := strings.IndexRune(t, '-'); i > 0 && i < len(t)-1 {
		hr := []rune(t[:i])
		tr := []rune(t[i+1:])
		if len(hr)+1 <= room && len(tr) > 0 && (unicode.IsUpper(hr[len(hr)-1]) || unicode.IsUpper(tr[0]) || unicode.IsDigit(tr[0])) {
			return t[:i+1], t[i+1:], true
		}
		return "", "", false
	}
	// the word: lower-case letters, then at most one punctuation mark
	end := len(rs)
	if end > 0 && strings.ContainsRune(".,;:", rs[end-1]) {
		end--
	}
	if end < 8 {
		return "", "", false
	}
	for _, r := range rs[:end] {
		if !unicode.IsLower(r) {
			return "", "", false
		}
	}
	for k := min(end-3, room-1); k >= 3; k-- {
		if !isVowel(rs[k-1]) || isVowel(rs[k]) || !isVowel(rs[k+1]) {
			continue
		}
		if rs[k-1] == 'i' && rs[k] == 'j' { // the digraph ij stays whole
			continue
		}
		h, tl := string(rs[:k]), string(rs[k:])
		if hyphenKeep[h] || conjunctions[strings.TrimRight(tl, ".,;:")] {
			continue
		}
		return h + "-", tl, true
	}
	return "", "", false
}
