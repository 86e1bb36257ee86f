package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Proposals and the dates of names. A letter names an act still in the
// making by its Commission proposal ("Verordening Europese grens- en
// kustwacht COM (2015) 671", "COM(2011)319"): the proposal is the act it
// became (refdata/proposals.tsv); a proposal that was never adopted, or
// that the data do not know, is no act. And what a name means depends on
// when the letter was written:
//
//   - no letter names an act before it was proposed: "verordening tot
//     wijziging Schengengrenscode" in 2013 is not the amendment proposed
//     in 2021 (2024/1717), nor the codification proposed in 2015
//     (2016/399), but the code then in force (562/2006);
//   - a name of an act read as a proposal ("Fiche: Verordening Europese
//     Grens- en Kustwacht", "voorstel voor ...") in a letter written after
//     the act's successor was proposed and before it was adopted is that
//     successor: the fiche of 2018 is on the proposal that became
//     2019/1896, not on the regulation of 2016 it replaced.
//
// The successor of an act is the act the data name its revision
// ("herziene X") or the act that repealed it; proposal years come from
// refdata/proposals.tsv, so only acts whose proposals are known move.

// comCiteRe is a COM number as letters write it: "COM(2015) 671", "COM
// (2017) 793", "COM(2013)96", "COM/2015/0671". Group 1 or 2 is the year,
// group 3 the number.
var comCiteRe = regexp.MustCompile(`\bCOM ?(?:\( ?([12][0-9]{3}) ?\)|/([12][0-9]{3})/) ?0*([1-9][0-9]{0,3})\b`)

// comMoreRe continues a COM number with further numbers of the same year:
// "COM (2013) 95, 96 en 97", "COM(2018)631, 633, 634".
var comMoreRe = regexp.MustCompile(`^(?:, ?| en | and )0*([1-9][0-9]{0,3})\b`)

// proposalData are the lookups built from refdata/proposals.tsv.
type proposalData struct {
	act   map[[2]int]string // COM year and number -> CELEX
	first map[string]int    // CELEX -> year of its first proposal
}

var proposals = sync.OnceValue(func() *proposalData {
	d := &proposalData{act: map[[2]int]string{}, first: map[string]int{}}
	for _, p := range reference().proposals {
		d.act[[2]int{p.Year, p.Number}] = p.CELEX
		if y, ok := d.first[p.CELEX]; !ok || p.Year < y {
			d.first[p.CELEX] = p.Year
		}
	}
	return d
})

// proposalCite is an act named by the COM number of its proposal; start
// and end are rune offsets in the paragraph.
type proposalCite struct {
	celex, written string
	start, end     int
}

// findProposals finds the COM numbers in a paragraph whose proposals
// became acts of the reference data.
func findProposals(text string) []proposalCite {
	if !strings.Contains(text, "COM") {
		return nil
	}
	d := proposals()
	var out []proposalCite
	add := func(year, num string, s, e int) {
		y, _ := strconv.Atoi(year)
		n, _ := strconv.Atoi(num)
		if celex, ok := d.act[[2]int{y, n}]; ok {
			rs := utf8.RuneCountInString(text[:s])
			out = append(out, proposalCite{celex: celex, written: text[s:e], start: rs, end: rs + utf8.RuneCountInString(text[s:e])})
		}
	}
	for _, m := range comCiteRe.FindAllStringSubmatchIndex(text, -1) {
		var year string
		if m[2] >= 0 {
			year = text[m[2]:m[3]]
		} else {
			year = text[m[4]:m[5]]
		}
		add(year, text[m[6]:m[7]], m[0], m[1])
		for e := m[1]; ; {
			more := comMoreRe.FindStringSubmatchIndex(text[e:])
			if more == nil {
				break
			}
			add(year, text[e+more[2]:e+more[3]], e+more[2], e+more[3])
			e += more[1]
		}
	}
	return out
}

// actSuccession knows, per act, the act that succeeded it and the one it
// succeeded.
type actSuccession struct {
	next, prev map[string]string
}

var successions = sync.OnceValue(func() *actSuccession {
	s := &actSuccession{next: map[string]string{}, prev: map[string]string{}}
	for old, rev := range actIndex().names.revised {
		s.next[old] = rev
	}
	for _, a := range actTable() {
		if by := a.repealedBy(); by != "" {
			if _, ok := s.next[a.CELEX]; !ok {
				s.next[a.CELEX] = by
			}
		}
	}
	// the predecessor of an act is the one of the acts it succeeded that
	// shares a name with it or with an act after it ("Frontex Regulation
	// (2004)" and the 2019/1896 alias "Frontex Regulation"; the Eurosur
	// Regulation, also repealed by 2019/1896, shares none), else the oldest
	bases := actBases()
	sharesName := func(old, rev string) bool { return sharesBaseIn(bases, s.next, old, rev) }
	named := map[string]bool{} // the predecessor chosen shares a name
	for old, rev := range s.next {
		cur, ok := s.prev[rev]
		share := sharesName(old, rev)
		if !ok || share && !named[rev] || share == named[rev] && old < cur {
			s.prev[rev] = old
			named[rev] = share
		}
	}
	return s
})

// datedActName returns the act that a name of target means in a letter
// of the given year (0: unknown), read after the text before on its
// line (read only when it matters); ok is false when the name can mean no
// act then.
func datedActName(target string, before []rune, year int) (string, bool) {
	if year == 0 || endsInBracket(before) && numberBracketRe.MatchString(string(before)) {
		return target, true // "Richtlijn 2011/95/EU (Kwalificatierichtlijn)": the name of the act cited by number
	}
	d, s := proposals(), successions()
	for steps, first := 0, 0; ; steps++ {
		var ok bool
		if first, ok = d.first[target]; !ok || year >= first {
			break
		}
		prev, had := s.prev[target]
		if !had || steps > 8 { // no predecessor, or a cycle in the data
			return "", false
		}
		target = prev // "Schengengrenscode" in 2013: not 2016/399 (proposed 2015) but 562/2006
	}
	if next, ok := s.next[target]; ok {
		if first, known := d.first[next]; known && first <= year {
			if r, ok := actIndex().byCELEX[next]; ok && year <= r.Year && readAsProposal(string(before)) {
				return next, true
			}
		}
	}
	return actInForce(target, string(before), year), true // hook acts3: the act in force (acts_named_forms.go)
}

// numberBracketRe ends the words before a name bracketed right after an
// act's number: "Richtlijn 2011/95/EU (", "Verordening (EU) 2024/1347 (".
var numberBracketRe = regexp.MustCompile(`[0-9]{2,4}/[0-9]{1,4}(?:/\p{Lu}+)?\s*\(\s*$`)

// endsInBracket reports whether rs ends in "(" and white space as \s
// reads it: what numberBracketRe needs, tested before the regexp.
func endsInBracket(rs []rune) bool {
	for i := len(rs) - 1; i >= 0; i-- {
		switch rs[i] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			return rs[i] == '('
		}
	}
	return false
}

// readAsProposal reports whether the text before a name, back to the
// start of its sentence or list item, presents it as a proposal: "Fiche:",
// "(gewijzigd) voorstel voor", "EU-voorstel:", "proposal for".
func readAsProposal(before string) bool {
	if i := strings.LastIndexAny(before, ".;•\n"); i >= 0 {
		before = before[i+1:]
	}
	if len(before) > 120 {
		before = before[len(before)-120:]
	}
	l := strings.ToLower(before)
	return strings.Contains(l, "voorstel") || strings.Contains(l, "fiche") || strings.Contains(l, "proposal")
}

// bracketCiteRe is what stands between a name and the citation bracketed
// right after it: "de Schengengrenscode (Verordening 562/2006)".
var bracketCiteRe = regexp.MustCompile(`^\s*\(\s*$`)

// bracketedLineage returns the act a name names when the letter cites an act
// by number in a bracket right after it ("de Schengengrenscode (Verordening
// 562/2006)" in 2016): when the cited act and the act the name was read as
// are one line of succession (one repealed or revised the other), the number
// says which of them the letter means; otherwise target stays. end is the
// byte offset in text where the name ends; cites are text's citations.
func bracketedLineage(target, text string, end int, cites []actCite) string {
	for _, c := range cites {
		if c.start < end || c.celex == target || !bracketCiteRe.MatchString(text[end:c.start]) {
			continue
		}
		if sameLineage(target, c.celex) {
			return c.celex
		}
		break
	}
	return target
}

// sameLineage reports whether one of the acts succeeded the other, directly
// or through acts between them.
func sameLineage(a, b string) bool {
	s := successions()
	follows := func(from, to string) bool {
		for steps := 0; steps < 8; steps++ {
			next, ok := s.next[from]
			if !ok {
				return false
			}
			if next == to {
				return true
			}
			from = next
		}
		return false
	}
	return follows(a, b) || follows(b, a)
}
