package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"jhagraph/graph"
)

// The general data of a BNC-fiche date the Commission document by a label
// of its own: "b) Datum ontvangst Commissiedocument" with the date on the
// next line ("28 november 2013") or after a colon on the same one. That
// date is the Commission's event for the document the fiche is about: its
// proposal, or, when the fiche's title names a document that proposes no
// act ("Mededeling ...", "Aanbeveling ..."), its publication. The label
// line is the only place many fiches give it; a fiche whose own sentences
// already date an event of the Commission on that day keeps that class.

// ficheReceiptRe is the label, anywhere in a paragraph (the general data
// are often run together into one); the date follows it.
var ficheReceiptRe = regexp.MustCompile(`(?i)\bdatum\s+(?:van\s+)?(?:ontvangst\s+)?commissiedocument(?:en)?\b\s*:?\s*`)

// ficheReceiptWord is a word every match of ficheReceiptRe holds, in lower
// case.
const ficheReceiptWord = "commissiedocument"

// containsFoldASCII reports whether s holds word, lower-case ASCII, in any
// case as (?i) matches it: an ASCII letter in either case, k also as the
// Kelvin sign and s as the long s. It allocates nothing.
func containsFoldASCII(s, word string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c|0x20 == word[0] || c == word[0] {
			if foldedAt(s, i, word) {
				return true
			}
		}
	}
	return false
}

// foldedAt reports whether s holds word at byte i (containsFoldASCII).
func foldedAt(s string, i int, word string) bool {
	for k := 0; k < len(word); k++ {
		if i >= len(s) {
			return false
		}
		c, w := s[i], word[k]
		if c < utf8.RuneSelf {
			if c != w && !('a' <= w && w <= 'z' && c == w-'a'+'A') {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == '\u212A' && w == 'k' || r == '\u017F' && w == 's') {
			return false
		}
		i += n
	}
	return true
}

// ficheTitleRe is the label of the fiche's title ("a) Titel voorstel")
// or the fiche's heading ("Fiche: Mededeling EU-Interne
// Veiligheidsstrategie", "Fiche 2: ..."): the title follows it.
var ficheTitleRe = regexp.MustCompile(`(?i)\btitel\s+voorstel\b\s*:?\s*|\bfiche(?:\s+[0-9]+)?\s*:\s*`)

// nonProposalTitleRe opens the title of a Commission document that
// proposes no act: it is published, not proposed
// (nonProposalNouns, and their English names).
var nonProposalTitleRe = regexp.MustCompile(`(?i)^\s*(?:` + nonProposalNouns + `|gezamenlijke\s+mededeling|communication|recommendation|report|joint\s+communication)\b`)

// leadingDate reads the date that text opens with ("28 november 2013",
// "12 september 2018 c) Nr. Commissiedocument ..."), settled against the
// letter's date; the date must be followed by the end of the text, a full
// stop or the next label, not by more words of a sentence.
func leadingDate(text string, letter time.Time, haveLetter bool) (string, bool) {
	t := strings.TrimSpace(text)
	ms := eventDateRe.FindAllStringSubmatchIndex(t)
	if len(ms) == 0 || ms[0][0] != 0 {
		return "", false
	}
	m := ms[0]
	if !receiptDateEndRe.MatchString(t[m[1]:]) {
		return "", false
	}
	get := func(g int) string { return submatch(t, m, g) }
	return eventDate(get(1), get(2), get(3), get(4), letter, haveLetter)
}

// receiptDateEndRe is what may follow the date of a receipt label: the end,
// a full stop, or the next label ("c) Nr. Commissiedocument", "Nr.
// Commissiedocument").
var receiptDateEndRe = regexp.MustCompile(`(?i)^\s*(?:\.?\s*$|\.\s|[•·]|[a-z0-9]{1,2}[.)]\s|nr\.?\s)`)

// ficheReceipt is the Commission document's date that a fiche's label in
// paragraph i gives, the paragraph that holds the date, and the event
// class; ok false when paragraph i holds no such label followed by a date
// (on the same line or as the next paragraph).
func (x *extraction) ficheReceipt(i int, letter time.Time, haveLetter bool) (date string, at int, class string, ok bool) {
	ps := x.doc.Paragraphs
	text := ps[i].Text
	if !containsFoldASCII(text, ficheReceiptWord) {
		return "", 0, "", false // the regexp would try every byte of the paragraph
	}
	for _, m := range ficheReceiptRe.FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		at = i
		if strings.TrimSpace(rest) == "" && i+1 < len(ps) {
			at, rest = i+1, ps[i+1].Text
		}
		if date, ok = leadingDate(rest, letter, haveLetter); ok {
			return date, at, x.ficheClass(i, m[0]), true
		}
	}
	return "", 0, "", false
}

// ficheClass is the class of the event of a fiche's Commission document,
// read from the fiche's title before its receipt label at byte off of
// paragraph i: publication for a document that proposes no act, else
// proposal.
func (x *extraction) ficheClass(i, off int) string {
	ps := x.doc.Paragraphs
	for k := i; k >= 0 && k >= i-12; k-- {
		text := ps[k].Text
		if k == i {
			text = text[:off]
		}
		ms := ficheTitleRe.FindAllStringIndex(text, -1)
		if len(ms) == 0 {
			continue
		}
		title := text[ms[len(ms)-1][1]:]
		if strings.TrimSpace(title) == "" && k < i {
			title = ps[k+1].Text
		}
		if nonProposalTitleRe.MatchString(title) {
			return "publication"
		}
		return "proposal"
	}
	return "proposal"
}

// ficheReceiptEvents adds to found the Commission's events that fiche
// labels date (ficheReceipt), unless the letter's sentences already date
// one of the Commission on that day.
func (x *extraction) ficheReceiptEvents(found map[graph.Ref]map[string]bool, firstOcc map[graph.Ref]occurrence, letter time.Time, haveLetter bool) {
	e, ok := orgEntity("european-commission")
	if !ok {
		return
	}
	for i := range x.scannedParas() {
		date, at, class, ok := x.ficheReceipt(i, letter, haveLetter)
		if !ok {
			continue
		}
		to := x.addEntity(e)
		dated := false
		for ev := range found[to] {
			dated = dated || strings.HasPrefix(ev, date+" ")
		}
		if dated {
			continue
		}
		if found[to] == nil {
			found[to] = map[string]bool{}
			p := x.doc.Paragraphs[at]
			firstOcc[to] = occurrence{para: at, span: p.Sentences[0]}
		}
		found[to][date+" "+class] = true
	}
}
