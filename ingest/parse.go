package ingest

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The input format is plain text extracted from the published PDF:
//
//   - a new page starts with a line that begins with a single space (or a
//     form feed);
//   - paragraphs are separated by blank lines; a page break does not start a
//     new paragraph when the new page continues the sentence (lower-case
//     start, or the previous page ended in a hyphen or a comma);
//   - footnote bodies stand at the end of the page that carries their
//     markers, each starting with its number ("1 Verslag van ..."), possibly
//     continuing over lines;
//   - markers are digits glued to the preceding word or punctuation
//     ("Roemenië.1", "8 november jl.4").

// srcLine is one line of input.
type srcLine struct {
	text string // trimmed
	no   int    // 1-based line number
	page int    // 1-based page number
}

func (l srcLine) blank() bool { return l.text == "" }

// paraDraft is a paragraph before offsets are known.
type paraDraft struct {
	kind   ParaKind
	text   string
	level  int
	number string
	line   int
	page   int
	// markers: byte offsets of "[n]" in text.
	markers []draftMarker
}

type draftMarker struct {
	footnote   string
	start, end int // byte offsets in paraDraft.text
}

type rawNote struct {
	number int
	lines  []srcLine
	page   int
}

// Parse checks and normalises a letter. See Doc for what it produces.
func Parse(name string, data []byte) (*Doc, error) {
	if err := Check(name, data); err != nil {
		return nil, err
	}
	lines := splitLines(normaliseSource(string(data)))
	pages := groupPages(lines)
	body, notes := separateFootnotes(pages)

	var all []string
	for _, l := range lines {
		all = append(all, l.text)
	}
	j := newJoiner(all)

	groups := paragraphGroups(body)
	hdr, drafts, rest := parseHeader(groups, j)
	for _, g := range joinSplitSignatures(rest) {
		drafts = append(drafts, bodyDrafts(g, j)...)
	}
	noteDrafts := footnoteDrafts(notes, j)
	markFootnotes(drafts, notes)
	for i := range drafts {
		classify(&drafts[i])
	}
	doc := assemble(name, hdr, append(drafts, noteDrafts...))
	if len(doc.Paragraphs) == 0 {
		return nil, inputError(ErrEmpty, name, 0, "no text")
	}
	return doc, nil
}

// normaliseSource strips a byte-order mark, unifies line ends, composes
// characters (NFC), expands ligatures and turns odd spaces into plain ones.
func normaliseSource(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	for k := 0; k < len(sourceReplacements); k += 2 {
		if strings.Contains(s, sourceReplacements[k]) {
			return sourceReplacer.Replace(s)
		}
	}
	return s // nothing to replace: the replacer would copy it whole
}

var sourceReplacer = strings.NewReplacer(sourceReplacements...)

// sourceReplacements are the pairs of old and new strings of
// sourceReplacer.
var sourceReplacements = []string{
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\u00A0", " ", "\u2007", " ", "\u2009", " ", "\u202F", " ", "\u200B", "", "\t", " ",
	"\u00AD\n", "\u00AD\n", // a soft hyphen at a line end stays: the joiner always joins there
	"\u00AD", "",
}

// splitLines splits the text into lines and numbers the pages.
func splitLines(s string) []srcLine {
	raw := strings.Split(s, "\n")
	out := make([]srcLine, 0, len(raw))
	page := 0
	for i, r := range raw {
		start := i == 0
		if strings.HasPrefix(r, "\f") {
			r = strings.TrimLeft(r, "\f")
			start = true
		}
		if len(r) > 1 && r[0] == ' ' && r[1] != ' ' {
			start = true
		}
		if start {
			page++
		}
		out = append(out, srcLine{text: strings.TrimSpace(r), no: i + 1, page: max(page, 1)})
	}
	return out
}

func groupPages(lines []srcLine) [][]srcLine {
	var pages [][]srcLine
	for _, l := range lines {
		if len(pages) < l.page {
			pages = append(pages, nil)
		}
		pages[l.page-1] = append(pages[l.page-1], l)
	}
	return pages
}

var noteStartRe = regexp.MustCompile(`^([0-9]{1,3}) \S`)

// separateFootnotes removes the footnote blocks at the ends of pages. A
// block starts after a blank line with the number of the next footnote; that
// footnote's marker must stand in the body text before it. Later lines that
// start with the following numbers start the following footnotes when their
// markers exist too; other lines continue the footnote before them.
func separateFootnotes(pages [][]srcLine) (body [][]srcLine, notes []rawNote) {
	next := 1
	prevBody := ""
	for _, page := range pages {
		start, found := -1, []rawNote(nil)
		for i := len(page) - 1; i >= 0; i-- {
			if i > 0 && !page[i-1].blank() {
				continue
			}
			m := noteStartRe.FindStringSubmatch(page[i].text)
			if m == nil || m[1] != strconv.Itoa(next) {
				continue
			}
			before := prevBody + " " + joinText(page[:i])
			if hasMarker(before, next) {
				start, found = i, splitNotes(page[i:], next, before)
				break
			}
		}
		if start < 0 {
			body = append(body, page)
			prevBody = joinText(page)
			continue
		}
		body = append(body, page[:start])
		prevBody = joinText(page[:start])
		notes = append(notes, found...)
		next += len(found)
	}
	return body, notes
}

func splitNotes(lines []srcLine, first int, before string) []rawNote {
	var notes []rawNote
	expect := first
	for _, l := range lines {
		if l.blank() {
			continue
		}
		if m := noteStartRe.FindStringSubmatch(l.text); m != nil && m[1] == strconv.Itoa(expect) &&
			(expect == first || hasMarker(before, expect)) {
			notes = append(notes, rawNote{number: expect, page: l.page})
			expect++
		}
		notes[len(notes)-1].lines = append(notes[len(notes)-1].lines, l)
	}
	return notes
}

func joinText(lines []srcLine) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		parts = append(parts, l.text)
	}
	return strings.Join(parts, " ")
}

func hasMarker(s string, n int) bool {
	num := strconv.Itoa(n)
	return findMarker(s, 0, num, true) >= 0 || findMarker(s, 0, num, false) >= 0
}

// findMarker returns the byte offset of footnote marker num in s at or
// after from, or -1. A marker is the number glued to a lower-case letter or
// to punctuation ("bevonden.2", "jl.4") and followed by white space,
// punctuation or the end. Strict matching refuses punctuation that follows a
// digit ("2023.6" could be a decimal); the loose pass accepts a full stop
// there.
func findMarker(s string, from int, num string, strict bool) int {
	for i := from; i <= len(s)-len(num); {
		k := strings.Index(s[i:], num)
		if k < 0 {
			return -1
		}
		at := i + k
		i = at + 1
		if at == 0 {
			continue
		}
		after := at + len(num)
		if after < len(s) {
			r, _ := utf8.DecodeRuneInString(s[after:])
			if unicode.IsDigit(r) || !(unicode.IsSpace(r) || strings.ContainsRune(".,;:)", r)) {
				continue
			}
		}
		prev, size := utf8.DecodeLastRuneInString(s[:at])
		if unicode.IsLower(prev) {
			if strict {
				return at
			}
			continue
		}
		if !strings.ContainsRune(".,;:)]”’\"'!?", prev) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:at-size])
		switch {
		case !unicode.IsDigit(before) && strict:
			return at
		case unicode.IsDigit(before) && !strict && prev == '.':
			return at
		}
	}
	return -1
}

// paragraphGroups splits body lines into paragraphs at blank lines. At a
// page break, the first line of the new page continues the previous
// paragraph when it starts in lower case or the previous paragraph ended in
// a hyphen or a comma.
func paragraphGroups(pages [][]srcLine) [][]srcLine {
	var groups [][]srcLine
	var cur []srcLine
	flush := func() {
		if len(cur) > 0 {
			groups = append(groups, cur)
			cur = nil
		}
	}
	for _, page := range pages {
		for i, l := range page {
			if l.blank() {
				flush()
				continue
			}
			if i == 0 && len(groups)+len(cur) > 0 {
				if cur == nil {
					cur = groups[len(groups)-1]
					groups = groups[:len(groups)-1]
				}
				if !continuesAcrossPage(cur[len(cur)-1].text, l.text) {
					flush()
				}
			}
			cur = append(cur, l)
		}
		flush()
	}
	return groups
}

func continuesAcrossPage(prev, next string) bool {
	r, _ := firstRune(next)
	return unicode.IsLower(r) || endsWithHyphen(prev) || strings.HasSuffix(prev, ",")
}

var (
	chamberRe = regexp.MustCompile(`^(Tweede|Eerste) Kamer der Staten-Generaal$`)
	sessionRe = regexp.MustCompile(`^Vergaderjaar ([0-9]{4}\s*[–-]\s*[0-9]{4})$`)
	dossierRe = regexp.MustCompile(`^([0-9]{2}) ?([0-9]{3})(?:\s*-\s*([0-9]{1,3})|\s+([IVXLC]{1,6})\b)?(?:\s+(.+))?$`)
	numberRe  = regexp.MustCompile(`^Nr\.\s*([0-9]{1,5}|[A-Z]{1,2})\b\s*(.*)$`)
	// An Eerste Kamer letter's number is its letters alone: "FQ BRIEF VAN ...".
	letterNumberRe = regexp.MustCompile(`^([A-Z]{1,2}) (\p{Lu}{3,}\b.*)$`)
	addressRe      = regexp.MustCompile(`^Aan (?:de|het) (.+)$`)
	datelineRe     = regexp.MustCompile(`^(\p{Lu}[\p{L}'’ .-]{1,40}), ([0-9]{1,2}) ([a-z]+) ([0-9]{4})$`)
)

// parseHeader reads the letter's head from the first paragraph groups: the
// chamber and session lines, the dossier line, "Nr. 867" with the title, the
// addressee and the dateline. It stops at the first line that is none of
// these, or after the dateline, and returns the groups that follow.
func parseHeader(groups [][]srcLine, j *joiner) (Header, []paraDraft, [][]srcLine) {
	h := Header{DossierPara: -1, NumberPara: -1, TitlePara: -1, AddresseePara: -1, DatelinePara: -1}
	var drafts []paraDraft
	add := func(kind ParaKind, text string, l srcLine) int {
		drafts = append(drafts, paraDraft{kind: kind, text: text, line: l.no, page: l.page})
		return len(drafts) - 1
	}
	dateline := func(l srcLine) bool {
		d := datelineRe.FindStringSubmatch(l.text)
		iso, ok := isoDate(d[4], d[3], d[2])
		if ok {
			h.Place, h.Date = d[1], iso
			h.DatelinePara = add(ParaDateline, l.text, l)
		}
		return ok
	}
	var title []string
	var titleLine srcLine
	flushTitle := func() {
		if len(title) > 0 {
			h.Title = j.join(title)
			h.TitlePara = add(ParaTitle, h.Title, titleLine)
			h.Kind = documentKind(h.Title)
			title = nil
		}
	}
groups:
	for gi, g := range groups {
		for li, l := range g {
			t := l.text
			if len(title) > 0 && isUpperLine(t) {
				title = append(title, t)
				continue
			}
			flushTitle()
			switch {
			case chamberRe.MatchString(t):
				h.Chamber = t
				add(ParaMeta, t, l)
			case h.Chamber != "" && h.Session == "" && (t == "1" || t == "2"):
				add(ParaMeta, t, l)
			case sessionRe.MatchString(t):
				h.Session = strings.Join(strings.Fields(sessionRe.FindStringSubmatch(t)[1]), "")
				add(ParaMeta, collapseSpace(t), l)
			case h.NumberPara < 0 && h.DossierPara < 0 && dossierRe.MatchString(t) && !isDateStart(t):
				d := dossierRe.FindStringSubmatch(t)
				h.Dossier = d[1] + d[2]
				if d[3] != "" {
					h.Dossier += "-" + d[3]
				} else if d[4] != "" {
					h.Dossier += "-" + d[4]
				}
				h.DossierTitle = d[5]
				h.DossierPara = add(ParaDossier, collapseSpace(t), l)
			case h.NumberPara < 0 && h.DossierPara >= 0 && dossierRe.MatchString(t) && !isDateStart(t):
				// a Kamerstuk filed in several dossiers: "32 317 JBZ-Raad", "25 295 Infectieziektenbestrijding"
				d := dossierRe.FindStringSubmatch(t)
				h.MoreDossiers = append(h.MoreDossiers, dossierOf(d[1], d[2], d[3], d[4]))
				add(ParaDossier, collapseSpace(t), l)
			case h.NumberPara < 0 && h.DossierPara >= 0 && letterNumberRe.MatchString(t) && isUpperLine(letterNumberRe.FindStringSubmatch(t)[2]):
				n := letterNumberRe.FindStringSubmatch(t)
				h.Number = n[1]
				h.NumberPara = add(ParaNumber, n[1], l)
				title, titleLine = []string{n[2]}, l
			case h.NumberPara < 0 && numberRe.MatchString(t):
				n := numberRe.FindStringSubmatch(t)
				h.Number = n[1]
				h.NumberPara = add(ParaNumber, "Nr. "+n[1], l)
				if rest := strings.TrimSpace(n[2]); rest != "" {
					title, titleLine = []string{rest}, l
				}
			case h.AddresseePara < 0 && addressRe.MatchString(t):
				k := li + 1
				for k < len(g) && !datelineRe.MatchString(g[k].text) {
					k++
				}
				text := j.join(linesText(g[li:k]))
				h.Addressee = addressRe.FindStringSubmatch(text)[1]
				h.AddresseePara = add(ParaAddressee, text, l)
				if k < len(g) && dateline(g[k]) {
					return h, drafts, remaining(groups, gi, k+1)
				}
				if k < len(g) {
					return h, drafts, remaining(groups, gi, k)
				}
				continue groups
			case datelineRe.MatchString(t):
				if dateline(l) {
					return h, drafts, remaining(groups, gi, li+1)
				}
				return h, drafts, remaining(groups, gi, li)
			default:
				return h, drafts, remaining(groups, gi, li)
			}
		}
		flushTitle()
	}
	flushTitle()
	return h, drafts, nil
}

// remaining returns the groups from line li of group gi on.
func remaining(groups [][]srcLine, gi, li int) [][]srcLine {
	rest := groups[gi+1:]
	if li < len(groups[gi]) {
		rest = append([][]srcLine{groups[gi][li:]}, rest...)
	}
	return rest
}

func linesText(ls []srcLine) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.text
	}
	return out
}

func isDateStart(t string) bool {
	f := strings.Fields(t)
	return len(f) > 1 && monthNumber(f[1]) > 0
}

// isUpperLine reports whether the letters of t are (almost) all capitals,
// as in a printed title.
func isUpperLine(t string) bool {
	var up, low int
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up >= 3 && low*10 <= up
}

// documentKind names the kind of document from its title: "BRIEF VAN ..." is
// a "brief", "VERSLAG VAN ..." a "verslag", "GEANNOTEERDE AGENDA ..." a
// "geannoteerde agenda".
func documentKind(title string) string {
	t := strings.ToLower(title)
	for _, k := range []string{"geannoteerde agenda", "verslag van een schriftelijk overleg", "verslag van een commissiedebat"} {
		if strings.HasPrefix(t, k) {
			return k
		}
	}
	if f := strings.Fields(t); len(f) > 0 {
		return strings.Trim(f[0], ",.:;")
	}
	return ""
}

// officeListTail continues an office whose portfolio is a list: "Minister
// voor Immigratie, Integratie en Asiel", "Minister van Onderwijs, Cultuur en
// Wetenschap", "Minister van Volkshuisvesting, Ruimtelijke Ordening en
// Milieubeheer". A piece after a comma is one or more capitalised words
// (optionally "en" and more), never a name's initials ("G. B. M. Leers").
const officeListTail = `(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*(?:\s+en\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)?)*`

// officeTitle is an office as a signature writes it: "Minister van
// Justitie en Veiligheid", "Staatssecretaris van Onderwijs, Cultuur en
// Wetenschap", "Minister-President", and the prime minister's two offices
// as he signs them: "Minister-President, Minister van Algemene Zaken".
const officeTitle = `(?:[Mm]inister-[Pp]resident(?:,\s+[Mm]inister\s+van\s+\p{Lu}[^,]+?)?|[Mm]inister|[Ss]taats?secretaris|[Vv]icepremier)(?:\s+(?:van|voor)\s+[^,]+?` + officeListTail + `)?`

var (
	officeLineRe = regexp.MustCompile(`^(?:De |de |Het |het )?(` + officeTitle + `)` + actingMark + `,$`)
	// bareOfficeLineRe is an office line without the comma, as the
	// name-first signature prints it under the name (nameFirstSignature).
	bareOfficeLineRe = regexp.MustCompile(`^(?:De |de |Het |het )?(` + officeTitle + `)` + actingMark + `$`)
	// oneLineSigRe is a signature on one line, as web pages print it:
	// "De Minister van Buitenlandse Zaken, A.G. Koenders".
	oneLineSigRe = regexp.MustCompile(`^((?:De |de |Het |het )?` + officeTitle + actingMark + `,)\s+(\S.*)$`)
	// officeStartRe is the first line of an office that a printed page
	// wraps: "De Minister van Binnenlandse Zaken en" / "Koninkrijksrelaties,",
	// "De Staatssecretaris van Onderwijs, Cultuur" / "en Wetenschap," or, at
	// a comma of the portfolio, "De Staatssecretaris van Volksgezondheid," /
	// "Welzijn en Sport,".
	officeStartRe = regexp.MustCompile(`^(?:De |de |Het |het )?(?:[Mm]inister|[Ss]taats?secretaris)\s+(?:van|voor)\s+\p{Lu}[^.;:]*[^.;:]$`)
	// nameLineRe is a signed name: initials (a double one hyphenated:
	// "M-F. Agema") or a given name, a surname, possibly after academic
	// titles ("mr. drs. C.A. van der Maat").
	nameLineRe = regexp.MustCompile(`^(?:(?i:mr|drs|dr|prof|ir|ing)\.\s?)*(?:(?:\p{Lu}\p{Ll}?(?:-\p{Lu}\p{Ll}?)?\.\s?)+\s*)?` + surnameParticles + `\p{Lu}[\p{L}\p{M}'’]+(?:[-\s]` + surnameParticles + `\p{Lu}[\p{L}\p{M}'’]*){0,4}$`)
)

// actingMark is the mark of an acting holder after the office: "De
// Minister van Buitenlandse Zaken a.i.,". The office is the same.
const actingMark = `(?:\s+(?:a\.\s?i\.|ad interim))?`

// surnameParticles are the small words a Dutch surname may carry before a
// capitalised part ("van der Wal-Zeggelink", "Van Veldhoven-van der Meer").
// Every other word of a name is capitalised, so that the rest of a sentence
// wrapped after an office with a list portfolio ("… de Staatssecretaris van
// Volksgezondheid," / "Welzijn en Sport zullen hieraan deelnemen.") is no
// name. The words are nameParticleWords' line column (stances.go).
var surnameParticles = lineParticles()

// lineParticles returns the pattern of any number of name-line particles,
// each followed by white space.
func lineParticles() string {
	var words []string
	for _, p := range nameParticleWords {
		if p.line {
			words = append(words, regexp.QuoteMeta(p.word))
		}
	}
	return `(?:(?:` + strings.Join(words, "|") + `)\s+)*`
}

// bodyDrafts turns one paragraph group into drafts: signature blocks (an
// office line ending in a comma followed by a name line, or both on one
// line as web pages print them, possibly several in a row) and the joined
// paragraphs of the lines around them; a group without a signature is one
// joined paragraph.
func bodyDrafts(g []srcLine, j *joiner) []paraDraft {
	sigAt := func(i int) (string, int) {
		if i+1 < len(g) && mayHoldOffice(g[i+1].text) {
			if name, office := collapseSpace(g[i].text), collapseSpace(g[i+1].text); nameFirstSignature(name, office) {
				return name + "\n" + office, 2
			}
		}
		if !mayHoldOffice(g[i].text) {
			return "", 0
		}
		office := collapseSpace(g[i].text)
		if officeLineRe.MatchString(office) && i+1 < len(g) {
			if name := collapseSpace(g[i+1].text); nameLineRe.MatchString(name) {
				return office + "\n" + name, 2
			}
		}
		if m := oneLineSigRe.FindStringSubmatch(office); m != nil && nameLineRe.MatchString(m[2]) && !singleWord(m[2]) {
			return m[1] + "\n" + m[2], 1
		}
		// An office wrapped over two lines, then the name: the joined
		// office must be one the reference data know, so that a sentence
		// broken after "de Minister van ..." is none.
		if i+2 < len(g) {
			if joined, ok := wrappedOffice(office, g[i+1].text); ok {
				if name := collapseSpace(g[i+2].text); nameLineRe.MatchString(name) && !singleWord(name) {
					return joined + "\n" + name, 3
				}
			}
		}
		return "", 0
	}
	var out []paraDraft
	var body []srcLine
	flush := func() {
		if len(body) > 0 {
			out = append(out, paraDraft{kind: ParaBody, text: j.join(linesText(body)), line: body[0].no, page: body[0].page})
			body = nil
		}
	}
	signed := false
	for i := 0; i < len(g); {
		if text, n := sigAt(i); n > 0 {
			flush()
			out = append(out, paraDraft{kind: ParaSignature, text: text, line: g[i].no, page: g[i].page})
			signed = true
			i += n
			continue
		}
		body = append(body, g[i])
		i++
	}
	if !signed {
		return []paraDraft{{kind: ParaBody, text: j.join(linesText(g)), line: g[0].no, page: g[0].page}}
	}
	flush()
	return out
}

// nameFirstSignature reports whether a name line and the office line under
// it are a signature in the house style of 2026, which puts the name first
// and the office under it without a comma ("Heleen Herbert" / "Minister van
// Economische Zaken en Klimaat"). The office must be one the reference data
// know and the name have initials or a given name, so that a line naming an
// office under a heading is none.
func nameFirstSignature(name, office string) bool {
	if !nameLineRe.MatchString(name) || singleWord(name) {
		return false
	}
	m := bareOfficeLineRe.FindStringSubmatch(office)
	return m != nil && knownOffice(m[1])
}

// singleWord reports whether a name is one word without initials
// ("Cultuur"): the rest of a wrapped line, never a signed name, which has
// initials or a given name.
func singleWord(name string) bool {
	return !strings.ContainsAny(name, ". ")
}

// wrappedOffice joins the first line of an office that a page wraps
// (officeStartRe: "De Minister van Binnenlandse Zaken en") and the next
// line ("Koninkrijksrelaties,") when together they are an office line
// whose office the reference data know.
func wrappedOffice(first, next string) (string, bool) {
	if !officeStartRe.MatchString(first) {
		return "", false
	}
	joined := first + " " + collapseSpace(next)
	if m := officeLineRe.FindStringSubmatch(joined); m == nil || !knownOffice(m[1]) {
		return "", false
	}
	return joined, true
}

// knownOffice reports whether the reference data know an office
// ("Minister van Binnenlandse Zaken en Koninkrijksrelaties"), its title
// written in either case and the state secretary's possibly misspelt.
func knownOffice(office string) bool {
	_, ok := personIndex().offices[slug(officeSpelling(capitalise(collapseSpace(office))))]
	return ok
}

// mayHoldOffice is a cheap test before the office patterns: the line names
// a minister, state secretary or deputy prime minister.
func mayHoldOffice(line string) bool {
	return strings.Contains(line, "inister") || strings.Contains(line, "taatssecretaris") || strings.Contains(line, "taatsecretaris") || strings.Contains(line, "icepremier")
}

// joinSplitSignatures joins an office line and the name line that a blank
// line separates ("De minister van Veiligheid en Justitie," / "" /
// "I. W. Opstelten"), or a name line and the office under it, into one
// group, so that they read as one signature.
func joinSplitSignatures(groups [][]srcLine) [][]srcLine {
	out := make([][]srcLine, 0, len(groups))
	for i := 0; i < len(groups); i++ {
		g := groups[i]
		if len(g) == 1 && i+1 < len(groups) && len(groups[i+1]) == 1 && mayHoldOffice(g[0].text) &&
			officeLineRe.MatchString(collapseSpace(g[0].text)) && nameLineRe.MatchString(collapseSpace(groups[i+1][0].text)) {
			out = append(out, []srcLine{g[0], groups[i+1][0]})
			i++
			continue
		}
		// The name-first block with a blank line between name and office
		// ("Heleen Herbert" / "" / "Minister van Economische Zaken en
		// Klimaat"), as a page copy puts one after every line.
		if len(g) == 1 && i+1 < len(groups) && len(groups[i+1]) == 1 && mayHoldOffice(groups[i+1][0].text) &&
			nameFirstSignature(collapseSpace(g[0].text), collapseSpace(groups[i+1][0].text)) {
			out = append(out, []srcLine{g[0], groups[i+1][0]})
			i++
			continue
		}
		// An office wrapped over two lines that a blank line parts, as a
		// page copied without blank lines gets one after a short line
		// ("De Minister van Sociale Zaken en" / "Werkgelegenheid," /
		// "H.G.J. Kamp"): the group goes on with the next.
		if last := collapseSpace(g[len(g)-1].text); i+1 < len(groups) && len(groups[i+1]) >= 2 &&
			mayHoldOffice(last) && !officeLineRe.MatchString(last) {
			next := groups[i+1]
			if _, ok := wrappedOffice(last, next[0].text); ok && nameLineRe.MatchString(collapseSpace(next[1].text)) {
				joined := append(append([]srcLine(nil), g...), next...)
				out = append(out, joined)
				i++
				continue
			}
		}
		out = append(out, g)
	}
	return out
}

func footnoteDrafts(notes []rawNote, j *joiner) []paraDraft {
	out := make([]paraDraft, 0, len(notes))
	for _, n := range notes {
		num := strconv.Itoa(n.number)
		text := j.join(linesText(n.lines))
		text = strings.TrimSpace(strings.TrimPrefix(text, num))
		out = append(out, paraDraft{kind: ParaFootnote, text: "[" + num + "] " + text, number: num, line: n.lines[0].no, page: n.page})
	}
	return out
}

// markFootnotes finds each footnote's marker in the running text, in number
// order and in reading order, on or before the footnote's page, and writes it
// as "[n]".
func markFootnotes(drafts []paraDraft, notes []rawNote) {
	pi, pos := 0, 0
	for _, n := range notes {
		num := strconv.Itoa(n.number)
		qi, at := -1, -1
		for _, strict := range []bool{true, false} {
			for i := pi; i < len(drafts) && drafts[i].page <= n.page; i++ {
				if drafts[i].kind != ParaBody {
					continue
				}
				from := 0
				if i == pi {
					from = pos
				}
				if k := findMarker(drafts[i].text, from, num, strict); k >= 0 {
					qi, at = i, k
					break
				}
			}
			if qi >= 0 {
				break
			}
		}
		if qi < 0 {
			continue
		}
		d := &drafts[qi]
		label := "[" + num + "]"
		d.text = d.text[:at] + label + d.text[at+len(num):]
		d.markers = append(d.markers, draftMarker{footnote: num, start: at, end: at + len(label)})
		pi, pos = qi, at+len(label)
	}
}

var (
	romanHeadRe  = regexp.MustCompile(`^([IVX]{1,5})\.\s+\S`)
	numberHeadRe = regexp.MustCompile(`^([0-9]{1,2})\.\s+\S`)
	trailMarkRe  = regexp.MustCompile(`(?:\[[0-9]+\])+$`)
	enumeratorRe = regexp.MustCompile(`^(?:[IVX]{1,5}|[0-9]{1,2})\.\s+`)
)

// classify decides whether a body paragraph is a heading: a short single
// sentence that does not end in punctuation and starts with a capital or a
// number ("Europese havenalliantie", "I. Binnenlandse Zaken", "1. Strategische
// discussie over migratiebeleid", "= Werksessie").
func classify(d *paraDraft) {
	if d.kind != ParaBody {
		return
	}
	// the regexps only where they may match: ReplaceAllString copies the
	// text whole even where they do not
	t := d.text
	if strings.HasSuffix(t, "]") {
		t = trailMarkRe.ReplaceAllString(t, "")
	}
	title := t
	if t != "" && strings.IndexByte("IVX0123456789", t[0]) >= 0 {
		title = enumeratorRe.ReplaceAllString(t, "")
	}
	n := utf8.RuneCountInString(t)
	if strings.HasPrefix(t, "=") && n <= 100 {
		d.kind, d.level = ParaHeading, 3
		return
	}
	last := lastRune(t)
	if n == 0 || n > 250 || strings.ContainsRune(".;:,!?", last) || len(splitSentences([]rune(title))) > 1 {
		return
	}
	first, _ := firstRune(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return
	}
	d.kind, d.level = ParaHeading, 1
	if m := romanHeadRe.FindStringSubmatch(t); m != nil {
		d.number = m[1]
	} else if m := numberHeadRe.FindStringSubmatch(t); m != nil {
		d.level, d.number = 2, m[1]
	}
}

// assemble lays the paragraphs out in Text and computes every offset.
func assemble(name string, h Header, drafts []paraDraft) *Doc {
	doc := &Doc{Name: name, Header: h}
	var b strings.Builder
	size := 0
	for _, d := range drafts {
		size += len(d.text) + 2
	}
	b.Grow(size)
	pos := 0
	var runes []rune // of d.text, reused
	for i, d := range drafts {
		if i > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		runes = runes[:0]
		for _, r := range d.text {
			runes = append(runes, r)
		}
		p := Paragraph{Kind: d.kind, Span: Span{pos, pos + len(runes)}, Text: d.text, Level: d.level,
			Number: d.number, Line: d.line, Page: d.page}
		switch d.kind {
		case ParaBody:
			for _, s := range splitSentences(runes) {
				p.Sentences = append(p.Sentences, Span{pos + s.Start, pos + s.End})
			}
		case ParaFootnote:
			label := utf8.RuneCountInString("[" + d.number + "] ")
			body := Span{pos + label, p.End}
			p.Sentences = []Span{body}
			doc.Footnotes = append(doc.Footnotes, Footnote{Number: d.number, Body: string(runes[label:]),
				Span: body, Para: i, Marker: -1, Line: d.line})
		default:
			p.Sentences = []Span{p.Span}
		}
		for _, m := range d.markers {
			s := pos + utf8.RuneCountInString(d.text[:m.start])
			doc.Markers = append(doc.Markers, Marker{Footnote: m.footnote, Span: Span{s, s + utf8.RuneCountInString(d.text[m.start:m.end])}, Para: i})
		}
		doc.Paragraphs = append(doc.Paragraphs, p)
		b.WriteString(d.text)
		pos = p.End
	}
	doc.Text = b.String()
	for mi, m := range doc.Markers {
		for fi := range doc.Footnotes {
			if doc.Footnotes[fi].Number == m.Footnote {
				doc.Footnotes[fi].Marker = mi
			}
		}
	}
	return doc
}

// baseName is the file name without directories.
func baseName(name string) string { return filepath.Base(filepath.ToSlash(name)) }
