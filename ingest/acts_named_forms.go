package ingest

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Acts named in the forms a letter uses while the act is still in the
// making, or next to its number (issue 12, docs/stances.md does not apply:
// see testdata/gold/README.md, "Acts"). Four general forms:
//
//   - the working title: a name "Richtlijn versterking van het vermoeden
//     van onschuld", "Verordening tot instelling van het X", "Algemene
//     verordening X" or "Kaderbesluit inzake X" is written shorter while
//     the act is negotiated: the type word and the subject alone
//     ("Richtlijn vermoeden van onschuld", "Verordening X"); and a name
//     is written as one compound even when its subject holds an elliptic
//     coordination ("Europese grens- en kustwachtverordening" of
//     "Verordening Europese grens- en kustwacht"); a form two acts would
//     share names neither (actFormVariants);
//   - the proposal by its acronym: "het ETIAS-voorstel", "ETIAS: Voorstel
//     voor een verordening ...", "het voorstel voor een ... systeem
//     (ETIAS)" name the act the data call "ETIAS-verordening", where one
//     act has that acronym; a bare system name ("ETIAS", "Eurodac") stays
//     no act (proposalAcronymNames);
//   - a footnote's number glued to the name's last word
//     ("kustwachtverordening2") does not hide the name (footnotedNames);
//   - the act in force (actInForce): a name of an act that a successor of
//     the same name repealed, in a letter written in a later year than the
//     successor's, is the successor ("de Europese
//     grens-en kustwachtverordening" in 2021 is 2019/1896, not the 2016
//     regulation it repealed); and a name read as the law that applies
//     ("conform de", "op grond van de", "krachtens de") in a letter of a
//     year before the act's own is the act it succeeded ("conform de
//     Frontex-verordening" in 2015 is the regulation of 2004). A plain
//     name that an act shares with its recast ("herschikte", "herziene")
//     stays with the older act, as the reference data decide.

// formTypeWords are the type words a working title opens with.
var formTypeWords = map[string]string{"richtlijn": "Richtlijn", "verordening": "Verordening", "kaderbesluit": "Kaderbesluit"}

// formActionNouns open a working title's subject with what the act does:
// "versterking van", "(tot) instelling van", "oprichting".
var formActionNouns = map[string]bool{"versterking": true, "instelling": true, "oprichting": true, "invoering": true,
	"totstandbrenging": true, "vaststelling": true}

// formPreps join a type word to its subject: "Kaderbesluit inzake X".
var formPreps = map[string]bool{"inzake": true, "betreffende": true, "over": true}

// actFormVariants returns, per act, the working-title forms of its names
// (see above) that no other act's names give.
func actFormVariants(acts []actRecord) []phrase {
	owners := map[string]map[string]bool{}
	texts := map[string]string{}
	var order []string
	for i := range acts {
		for _, n := range acts[i].allNames() {
			if strings.ContainsAny(n, "()") {
				continue
			}
			for _, v := range workingTitles(n) {
				k := squash(v)
				if owners[k] == nil {
					owners[k] = map[string]bool{}
					texts[k] = v
					order = append(order, k)
				}
				owners[k][acts[i].CELEX] = true
			}
		}
	}
	var out []phrase
	for _, k := range order {
		if len(owners[k]) != 1 {
			continue
		}
		for celex := range owners[k] {
			out = append(out, phrase{text: texts[k], target: celex})
		}
	}
	return out
}

// workingTitles are the shorter forms of one name.
func workingTitles(name string) []string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return nil
	}
	var out []string
	typ, rest := "", f[1:]
	if t, ok := formTypeWords[strings.ToLower(f[0])]; ok {
		typ = t
	} else if t, ok := formTypeWords[strings.ToLower(f[1])]; ok && strings.EqualFold(f[0], "algemene") && len(f) >= 3 {
		typ, rest = t, f[2:] // "Algemene verordening gegevensbescherming"
		out = append(out, typ+" "+strings.Join(rest, " "))
	}
	if typ == "" {
		return nil
	}
	short := rest
	if len(short) > 1 && (strings.EqualFold(short[0], "tot") || strings.EqualFold(short[0], "ter")) && formActionNouns[strings.ToLower(short[1])] {
		short = short[1:]
	}
	switch {
	case len(short) > 1 && formActionNouns[strings.ToLower(short[0])]:
		short = short[1:]
		if len(short) > 1 && strings.EqualFold(short[0], "van") {
			short = short[1:]
		}
	case len(short) > 1 && formPreps[strings.ToLower(short[0])]:
		short = short[1:]
	}
	if len(short) > 1 && (strings.EqualFold(short[0], "de") || strings.EqualFold(short[0], "het")) {
		short = short[1:]
	}
	if len(short) < len(rest) && len(short) > 0 && !nameStopWords[strings.ToLower(short[0])] {
		out = append(out, typ+" "+strings.Join(short, " "))
	}
	for i, subj := range [][]string{rest, short} {
		if c, ok := compoundTitle(subj, strings.ToLower(typ)); ok && (i == 0 || len(short) < len(rest)) {
			out = append(out, c)
		}
	}
	return out
}

// compoundTitle writes a subject of two to four words with an elliptic
// coordination ("Europese grens- en kustwacht") as one compound with the
// type word: "Europese grens- en kustwachtverordening". Subjects without
// one are compounded by actNameVariants already.
func compoundTitle(subj []string, typ string) (string, bool) {
	if len(subj) < 3 || len(subj) > 4 {
		return "", false
	}
	elliptic := false
	for i, w := range subj {
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(w, "-") && i+2 < len(subj) && (subj[i+1] == "en" || subj[i+1] == "of"):
			elliptic = true
			if strings.IndexFunc(strings.TrimSuffix(w, "-"), func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				return "", false
			}
		case (lw == "en" || lw == "of") && i > 0 && strings.HasSuffix(subj[i-1], "-"):
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || nameStopWords[lw]:
			return "", false
		}
	}
	if !elliptic {
		return "", false
	}
	return strings.Join(subj, " ") + typ, true
}

// proposalAcronymRe finds a proposal named by an acronym: "ETIAS-voorstel"
// (group 1), "ETIAS: Voorstel voor een verordening" (group 2), "voorstel
// voor een ... (ETIAS)" (group 3), "het voorstel over ETIAS" (group 4).
var proposalAcronymRe = regexp.MustCompile(`\b(\p{Lu}[\p{Lu}0-9]{1,9})-(?:verordenings|richtlijn)?voorstel\b` +
	`|\b(\p{Lu}[\p{Lu}0-9]{1,9}):\s+[Vv]oorstel\s+(?:voor|tot)\b` +
	`|\b[Vv]oorstel\s+(?:voor|over|inzake|betreffende)\s[^.;:()]{0,200}\(\s*(\p{Lu}[\p{Lu}0-9]{1,9})\s*\)` +
	`|\b[Vv]oorstel\s+(?:voor|over|inzake|betreffende)\s+(?:de\s+|het\s+|een\s+)?(\p{Lu}[\p{Lu}0-9]{1,9})\b(?:[^-]|$)`)

// proposalAcronyms maps an acronym to the one act the data name "ACR-verordening",
// "ACR-richtlijn" or "ACR-kaderbesluit" (with or without further words);
// an acronym of two acts maps to "".
func proposalAcronyms(acts []actRecord) map[string]string {
	out := map[string]string{}
	for i := range acts {
		for _, n := range acts[i].allNames() {
			f := strings.Fields(n)
			if len(f) == 0 {
				continue
			}
			stem, typ, ok := strings.Cut(f[0], "-")
			if !ok || !isAcronym(stem) || formTypeWords[strings.ToLower(typ)] == "" {
				continue
			}
			if o, had := out[stem]; had && o != acts[i].CELEX {
				out[stem] = ""
			} else {
				out[stem] = acts[i].CELEX
			}
		}
	}
	return out
}

// proposalAcronymNames finds the proposals a paragraph names by acronym,
// as matches over its runes.
func (ix *actNameIndex) proposalAcronymNames(p []rune, toks []token) []match {
	proposal, acronym := false, false
	acts := acronymActTable()
	for _, t := range toks {
		if !proposal && strings.Contains(t.lower, "voorstel") {
			proposal = true
		}
		if !acronym {
			if c, _ := firstRune(t.text); unicode.IsUpper(c) {
				stem, _, _ := strings.Cut(t.text, "-")
				acronym = acts[stem] != ""
			}
		}
	}
	if !proposal || !acronym {
		return nil
	}
	s := string(p)
	var out []match
	for _, m := range proposalAcronymRe.FindAllStringSubmatchIndex(s, -1) {
		for g := 1; g <= 4; g++ {
			a, b := m[2*g], m[2*g+1]
			if a < 0 {
				continue
			}
			celex := acronymActTable()[s[a:b]]
			if celex == "" {
				break
			}
			end := m[1]
			if g >= 2 {
				end = b
			}
			if g == 1 {
				a = m[0]
			}
			start := utf8.RuneCountInString(s[:a])
			out = append(out, match{target: celex, start: start, end: start + utf8.RuneCountInString(s[a:end])})
			break
		}
	}
	return out
}

// formNames adds to out, the names scan found, the proposals named by
// acronym and the names with a footnote's number glued to them that no
// name found covers.
func (ix *actNameIndex) formNames(p []rune, toks []token, out []match) []match {
	for _, m := range append(ix.proposalAcronymNames(p, toks), ix.footnotedNames(p, toks)...) {
		free := true
		for _, o := range out {
			if m.start < o.end && o.start < m.end {
				free = false
				break
			}
		}
		if free {
			out = append(out, m)
		}
	}
	return out
}

// inForceCueRe ends the words before a name that read it as the law that
// applies: "conform de", "op grond van de", "krachtens de", "ingevolge
// de", "overeenkomstig de", "op basis van de", "volgens de".
var inForceCueRe = regexp.MustCompile(`(?i)\b(?:conform|krachtens|ingevolge|overeenkomstig|volgens|op\s+grond\s+van|op\s+basis\s+van|onder)\s+(?:de|het)\s+(?:huidige\s+|geldende\s+|bestaande\s+)?(?:Europese\s+|EU-)?$`)

// actInForce moves a name's act along its line of succession to the act
// in force in a letter of the given year (see above). before is the text
// before the name on its line.
func actInForce(target, before string, year int) string {
	if year == 0 {
		return target
	}
	ix, s := actIndex(), successions()
	for steps := 0; steps < 8; steps++ {
		next, ok := s.next[target]
		if !ok || ix.names.revised[target] == next {
			break
		}
		r, known := ix.byCELEX[next]
		if !known || r.Year >= year || !sharesBase(target, next) {
			break
		}
		target = next
	}
	back := func(t string) (string, bool) {
		r, known := ix.byCELEX[t]
		prev, had := s.prev[t]
		if !known || r.Year <= year || !had || ix.names.revised[prev] == t || !sharesBase(prev, t) {
			return "", false
		}
		return prev, true
	}
	// the cue is read only when there is a step back to take
	if _, ok := back(target); !ok || !inForceCueRe.MatchString(before) {
		return target
	}
	for steps := 0; steps < 8; steps++ {
		prev, ok := back(target)
		if !ok {
			break
		}
		target = prev
	}
	return target
}

// sharesBase reports whether two acts of one line have a name in common
// once qualifiers are dropped ("EGKW-verordening (2016)" and
// "EGKW-verordening"), directly or through the acts that followed the
// later one.
func sharesBase(old, rev string) bool {
	return sharesBaseIn(actBases(), successions().next, old, rev)
}

// sharesBaseIn is sharesBase over the given name bases and successors
// (successions builds its own while it is being made).
func sharesBaseIn(bases map[string]map[string]bool, next map[string]string, old, rev string) bool {
	for steps := 0; rev != "" && steps < 8; steps++ {
		for k := range bases[old] {
			if bases[rev][k] {
				return true
			}
		}
		rev = next[rev]
	}
	return false
}

// acronymActTable is proposalAcronyms of the reference acts, built once.
var acronymActTable = sync.OnceValue(func() map[string]string { return proposalAcronyms(actTable()) })

// actBases are, per act, its names without qualifiers, squashed.
var actBases = sync.OnceValue(nameBases)

// nameBases are the names of each reference act without their qualifiers,
// squashed.
func nameBases() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, a := range actTable() {
		set := map[string]bool{}
		for _, n := range a.allNames() {
			if k := squash(collapseSpace(qualifierRe.ReplaceAllString(n, " "))); k != "" {
				set[k] = true
			}
		}
		out[a.CELEX] = set
	}
	return out
}

// footnotedNames finds the names whose last word carries a footnote's
// number ("de Europese grens- en kustwachtverordening2", a note marker
// glued to the word as letters copied from a page print it): the digits
// read as spaces, the names end there.
func (ix *actNameIndex) footnotedNames(p []rune, toks []token) []match {
	var cut []int // token indexes ending in a type word and one or two digits
	for k, t := range toks {
		l := t.lower
		n := len(l)
		if n < 9 || l[n-1] < '0' || l[n-1] > '9' {
			continue
		}
		d := 1
		if l[n-2] >= '0' && l[n-2] <= '9' {
			d = 2
		}
		w := l[:n-d]
		if strings.HasSuffix(w, "verordening") || strings.HasSuffix(w, "richtlijn") || strings.HasSuffix(w, "besluit") {
			cut = append(cut, k)
		}
	}
	if len(cut) == 0 {
		return nil
	}
	q := slices.Clone(p)
	ends := map[int]bool{}
	for _, k := range cut {
		e := toks[k].end
		for e > toks[k].start && unicode.IsDigit(q[e-1]) {
			q[e-1] = ' '
			e--
		}
		ends[e] = true
	}
	var out []match
	for _, m := range ix.dict.scan(q, tokenize(q)) {
		if ends[m.end] {
			out = append(out, m)
		}
	}
	return out
}
