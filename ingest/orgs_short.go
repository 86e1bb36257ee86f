package ingest

import (
	"sort"
	"strings"

	"jhagraph/graph"
)

// Short forms of EU bodies (issue 12): "de EC" (the Commission), "de CIE"
// (the Commission in Council reports: "de Commissie (CIE)", then "de
// CIE"), "de ER" (the European Council). They are organisation mentions
// like the names of refdata/organisations.tsv, read here and only here: the
// positions' actors take them from the mentions (mentionIndex), so that a
// document's organisations and the bodies holding its positions agree.
//
// A short form is a name only as a word of its own, after "de" or opening a
// sentence ("De EC steunt …"), never inside another word or an identifier
// ("2008/115/EC", "EC-verdrag", "ER-conclusies"), and only where the
// letter makes it unambiguous: it names the body in full ("Commissie", for
// "CIE" any "Commiss…" word such as "Commissaris"; "Europese Raad"), or the
// context does: "de CIE" in a Council report (the letter reports on a
// Council meeting), "de ER van februari" (a European Council named by its
// month).
var orgShortForms = map[string]struct{ key, full string }{
	"EC":  {"european-commission", "Commissie"},
	"CIE": {"european-commission", "Commiss"},
	"ER":  {"european-council", "Europese Raad"},
}

// shortForm is a short form found in a paragraph; dated: a month follows
// ("de ER van februari", "ER februari").
type shortForm struct {
	m     match
	form  string
	dated bool
}

// findShortForms finds the short forms standing as names in a paragraph:
// after "de", opening a sentence, or (ER) before a month.
func findShortForms(p []rune, toks []token) []shortForm {
	var out []shortForm
	for k, t := range toks {
		sf, ok := orgShortForms[t.text]
		if !ok {
			continue
		}
		// not glued to the words around it: "2008/115/EC", "ER-conclusies"
		if t.start > 0 && !isSpaceRune(p[t.start-1]) && p[t.start-1] != '(' && p[t.start-1] != '"' ||
			t.end < len(p) && (p[t.end] == '-' || p[t.end] == '/' || p[t.end] == '.' && t.end+1 < len(p) && !isSpaceRune(p[t.end+1])) {
			continue
		}
		article := k > 0 && toks[k-1].lower == "de" && spaced(p, toks[k-1], t)
		opening := k == 0 || strings.ContainsAny(string(p[toks[k-1].end:t.start]), ".!?")
		n := k + 1
		if n < len(toks) && toks[n].lower == "van" {
			n++
		}
		dated := n < len(toks) && months[toks[n].lower] > 0 && t.text == "ER"
		if !article && !opening && !dated {
			continue // "Voorbereiding ER februari": the month makes it a name
		}
		out = append(out, shortForm{m: match{target: sf.key, start: t.start, end: t.end, n: 1}, form: t.text, dated: dated})
	}
	return out
}

// isSpaceRune is the white space that may part a short form from the word
// before or after it. It is narrower than unicode.IsSpace (spaced, orgs.go):
// after normaliseSource (parse.go) the two still differ on rare spaces such
// as U+2002-U+2006, U+3000, U+2028 and a vertical tab, which this one reads
// as glue.
func isSpaceRune(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' }

// shortForms returns the short forms of paragraph pi that the letter makes
// unambiguous (above), as organisation mentions.
func (x *extraction) shortForms(pi *paraInfo) []match {
	fs := findShortForms(pi.runes, pi.toks)
	var out []match
	for _, f := range fs {
		if x.shortFormHolds(f) {
			out = append(out, f.m)
		}
	}
	return out
}

func (x *extraction) shortFormHolds(f shortForm) bool {
	if f.dated {
		return true
	}
	if f.form == "CIE" && x.reportsOnCouncil() {
		return true
	}
	return strings.Contains(x.str(0, len(x.text)), orgShortForms[f.form].full)
}

// reportsOnCouncil reports whether the letter reports on a Council meeting.
func (x *extraction) reportsOnCouncil() bool {
	doc := x.docRef()
	for k := range x.rels {
		if k.t == graph.RelReportsOn && k.from == doc {
			return true
		}
	}
	return false
}

// orgMentions are the organisation mentions of paragraph pi: the names of
// the reference data and the rules of findOrgs, and the short forms, in
// reading order.
func (x *extraction) orgMentions(pi *paraInfo) []match {
	ms := pi.orgs()
	sfs := x.shortForms(pi)
	if len(sfs) == 0 {
		return ms
	}
	out := append(append([]match(nil), ms...), sfs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// tokenAt returns the index of the token that starts at rune offset start,
// or -1.
func tokenAt(toks []token, start int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if k < len(toks) && toks[k].start == start {
		return k
	}
	return -1
}
