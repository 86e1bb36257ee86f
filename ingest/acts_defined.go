package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"jhagraph/graph"
)

// Names a letter gives an act itself. Real letters cite an act by number
// and then name it for the rest of the letter: "Richtlijn (EU) 2024/1712
// ... (hierna: «de Herzieningsrichtlijn» of «de herziene Europese Richtlijn
// mensenhandel»)", "richtlijn (EU) 2021/1883 (hierna: de Richtlijn), ook
// bekend als de Europese blauwe kaart (hierna: de blauwe kaart)". Each
// defined name, and the name after "ook bekend als", names the act cited
// last before it in the paragraph, and again wherever the letter uses it
// later. A bare type word ("(hierna: de Richtlijn)", "(hierna: het
// kaderbesluit)") is no name: it points back to the citation, as "de
// richtlijn" does anywhere, and names nothing.
// A name of another act found inside the definition ("Europese Richtlijn
// mensenhandel" in "herziene Europese Richtlijn mensenhandel") is part of
// the defined name, not a naming of that act.

var (
	definedNameRe = regexp.MustCompile(`\(\s*(?:hierna(?:\s+te\s+noemen)?|verder)\s*:?\s*([^()]{2,200})\)`)
	knownAsRe     = regexp.MustCompile(`\b(?:ook\s+)?bekend\s+als\s+((?:de|het)\s+)?([^,;:()]{3,80}?)\s*(?:\(|,|;|\.|$)`)
	// amendedRe ends the words before an act that the act being cited
	// amends, repeals or replaces.
	amendedRe = regexp.MustCompile(`(?i)(?:wijziging|intrekking|vervanging|herschikking)\s+van\s+(?:de\s+|het\s+)?$|(?:amending|repealing|replacing)\s+$`)
	// maxDefinitionGap is how far (bytes) a definition may stand after the
	// citation it names.
	maxDefinitionGap = 600
)

// actDefinitions records the names a letter defines for the acts it
// cites, and their later uses, as namings (MENTIONS with "ref").
func (x *extraction) actDefinitions(added map[[2]string]graph.Ref) {
	type defined struct {
		term string
		act  graph.Ref
		para int
		from int // byte offset in the paragraph after which uses count
	}
	var defs []defined
	var inDefs []Span // absolute rune spans of the definitions' brackets
	defActs := map[graph.Ref]bool{}
	_, hi := x.scanRange()
	x.acronymNamedActs(added)
	for i := range x.scannedParas() {
		pi := x.para(i)
		text := pi.str()
		if !strings.Contains(text, "hierna") && !strings.Contains(text, "bekend als") && !strings.Contains(text, "verder:") {
			continue
		}
		cites := pi.findActs()
		lastCite := func(before int) (actCite, bool) {
			var best actCite
			found := false
			for _, c := range cites {
				if amendedRe.MatchString(text[max(0, c.start-40):c.start]) {
					continue // "tot wijziging van Richtlijn 2011/36/EU": the act amended, not the one defined
				}
				if c.end <= before && before-c.end <= maxDefinitionGap && (!found || c.end > best.end) {
					best, found = c, true
				}
			}
			return best, found
		}
		name := func(act graph.Ref, s, e int) {
			x.relate(graph.RelMentions, x.docRef(), act, occurrence{para: i, span: Span{x.abs(i, s), x.abs(i, e)}, ref: text[s:e]}, true)
		}
		for _, m := range definedNameRe.FindAllStringSubmatchIndex(text, -1) {
			c, ok := lastCite(m[0])
			if !ok {
				// "een nieuwe Europese richtlijn voor ontneming en
				// confiscatie van vermogensbestanddelen (hierna:
				// Confiscatierichtlijn)": the act the words describe
				celex, ok := describedAct(text[:m[0]])
				if !ok {
					continue
				}
				c = actCite{celex: celex, suffix: "EU", end: m[0]}
			}
			act, ok := x.actEntity(c.celex, c.suffix, added)
			if !ok {
				continue
			}
			defActs[act] = true
			inDefs = append(inDefs, Span{x.abs(i, m[0]), x.abs(i, m[1])})
			// "ook bekend als de Europese blauwe kaart" between the
			// citation and the bracket names the act too
			if k := knownAsRe.FindStringSubmatchIndex(text[c.end:m[0]]); k != nil {
				name(act, c.end+k[4], c.end+k[5])
			}
			for _, t := range definedTerms(text, m[2], m[3]) {
				term := stripArticle(text[t[0]:t[1]])
				if actTypeWord(term) {
					continue // "(hierna: het kaderbesluit)": a word that points back, no name
				}
				name(act, t[0], t[1])
				defs = append(defs, defined{term: term, act: act, para: i, from: m[1]})
			}
		}
	}
	// later uses of a defined name
	for _, d := range defs {
		for i := d.para; i < hi; i++ {
			if !x.scanned(i) {
				continue
			}
			text := x.para(i).str()
			from := 0
			if i == d.para {
				from = d.from
			}
			for from < len(text) {
				k := strings.Index(text[from:], d.term)
				if k < 0 {
					break
				}
				s, e := from+k, from+k+len(d.term)
				from = e
				if !wordBoundary(text, s, e) || overlapsSpan(inDefs, Span{x.abs(i, s), x.abs(i, e)}) {
					continue
				}
				x.relate(graph.RelMentions, x.docRef(), d.act, occurrence{para: i, span: Span{x.abs(i, s), x.abs(i, e)}, ref: d.term}, true)
			}
		}
	}
	// names of other acts read inside a definition only
	for k, acc := range x.rels {
		if k.t != graph.RelMentions || k.to.Kind != graph.KindLegalAct || defActs[k.to] || acc.count != 1 || !overlapsSpan(inDefs, acc.first.span) {
			continue
		}
		delete(x.rels, k)
		used := false
		for k2 := range x.rels {
			if k2.to == k.to || k2.from == k.to {
				used = true
				break
			}
		}
		if !used {
			delete(x.entities, k.to)
		}
	}
}

// definedTerms splits the words of a definition ("«de Herzieningsrichtlijn»
// of «de herziene Europese Richtlijn mensenhandel»", "de Richtlijn") into
// its names: byte spans in text, quotes left out, the article kept.
func definedTerms(text string, s, e int) [][2]int {
	var out [][2]int
	part := text[s:e]
	start := 0
	emit := func(a, b int) {
		for a < b {
			r, n := utf8.DecodeRuneInString(part[a:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(part[:b])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			b -= n
		}
		if utf8.RuneCountInString(part[a:b]) >= 3 {
			out = append(out, [2]int{s + a, s + b})
		}
	}
	for i := 0; i < len(part); {
		if strings.HasPrefix(part[i:], " of ") || strings.HasPrefix(part[i:], ", ") || strings.HasPrefix(part[i:], "; ") {
			emit(start, i)
			if part[i] == ' ' {
				i += len(" of ")
			} else {
				i += 2
			}
			start = i
			continue
		}
		i++
	}
	emit(start, len(part))
	return out
}

// actTypeWord reports whether a name is a bare type word ("Richtlijn",
// "Verordening"): it names the act where it is defined, not wherever the
// word recurs.
func actTypeWord(s string) bool {
	f := strings.Fields(s)
	return len(f) == 1 && typeWords[strings.ToLower(f[0])]
}

var typeWords = map[string]bool{"richtlijn": true, "verordening": true, "besluit": true, "kaderbesluit": true,
	"raadsbesluit": true, "directive": true, "regulation": true, "decision": true, "wet": true, "voorstel": true}

// wordBoundary reports whether text[s:e] stands as whole words.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return boundaryAfter(text, e)
}

// describedRe is an act described by its type and subject right before a
// definition: "richtlijn voor ontneming en confiscatie van
// vermogensbestanddelen", "verordening betreffende de Europese grens- en
// kustwacht". Group 1 is the type word, group 2 the subject.
var describedRe = regexp.MustCompile(`(?i)\b(richtlijn|verordening)\s+(?:voor|betreffende|inzake|over|ter|tot|inzake|met\s+betrekking\s+tot)\s+([^().;:]{3,200}?)\s*$`)

// describedAct returns the act of the reference data that the words before
// a definition describe: an act of the type named whose Dutch short name's
// words (its type word left out) all stand in the subject; only when one
// act fits, and the newest when an act and the one it replaced both fit
// (the words describe the act a letter defines anew, not the act it
// replaces).
func describedAct(before string) (string, bool) {
	m := describedRe.FindStringSubmatch(before)
	if m == nil {
		return "", false
	}
	typ := map[string]string{"richtlijn": "directive", "verordening": "regulation"}[strings.ToLower(m[1])]
	subject := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(foldDiacritics(m[2])), func(r rune) bool { return !unicode.IsLetter(r) }) {
		subject[w] = true
	}
	var fits []actRecord
	for _, r := range actTable() {
		if r.Type != typ || r.ShortNL == "" {
			continue
		}
		var words []string
		for _, w := range strings.FieldsFunc(strings.ToLower(foldDiacritics(r.ShortNL)), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !typeWords[w] && !describedStop[w] {
				words = append(words, w)
			}
		}
		all := len(words) >= 2
		for _, w := range words {
			all = all && subject[w]
		}
		if all {
			fits = append(fits, r)
		}
	}
	if len(fits) == 0 {
		return "", false
	}
	newest := fits[0]
	for _, r := range fits[1:] {
		if r.Year > newest.Year {
			newest = r
		}
	}
	for _, r := range fits {
		if r.CELEX != newest.CELEX && r.repealedBy() != newest.CELEX && !strings.Contains(r.Source, newest.CELEX) {
			return "", false // two acts fit, neither replacing the other
		}
	}
	return newest.CELEX, true
}

// describedStop are words of a short name that say nothing of its subject.
var describedStop = map[string]bool{"de": true, "het": true, "en": true, "van": true, "voor": true, "over": true, "inzake": true,
	"betreffende": true, "ter": true, "tot": true, "in": true, "op": true, "eu": true, "europese": true}

// acronymTypeRe is an act written out with its acronym in brackets before
// its type word: "de Europese Grens- en Kustwacht (EGKW) Verordening".
// Group 1 is the acronym, group 2 the type word.
var acronymTypeRe = regexp.MustCompile(`\((\p{Lu}{2,8}[0-9]?)\)\s+([Vv]erordening|[Rr]ichtlijn)\b`)

// acronymNamedActs names the acts written out with their acronym in
// brackets before the type word, when the reference data know the act as
// "<acronym>-<type word>" ("EGKW-verordening"). The naming's span runs from
// the bracket to the type word.
func (x *extraction) acronymNamedActs(added map[[2]string]graph.Ref) {
	for i := range x.scannedParas() {
		text := x.para(i).str()
		if strings.Contains(text, " Verordening") || strings.Contains(text, " Richtlijn") {
			for _, m := range spelledTypeRe.FindAllStringSubmatchIndex(text, -1) {
				celex, start, ok := spelledAct(text[:m[2]], strings.ToLower(text[m[2]:m[3]]))
				if !ok {
					continue
				}
				if act, ok := x.actEntity(celex, "", added); ok {
					x.relate(graph.RelMentions, x.docRef(), act, occurrence{para: i, span: Span{x.abs(i, start), x.abs(i, m[1])}, ref: text[start:m[1]]}, true)
				}
			}
		}
		if !strings.Contains(text, ") ") {
			continue
		}
		for _, m := range acronymTypeRe.FindAllStringSubmatchIndex(text, -1) {
			name := text[m[2]:m[3]] + "-" + strings.ToLower(text[m[4]:m[5]])
			celex, ok := actIndex().names.lookup(name)
			if !ok {
				continue
			}
			act, ok := x.actEntity(celex, "", added)
			if !ok {
				continue
			}
			x.relate(graph.RelMentions, x.docRef(), act, occurrence{para: i, span: Span{x.abs(i, m[0]), x.abs(i, m[1])}, ref: text[m[0]:m[1]]}, true)
		}
	}
}

// spelledTypeRe is a capitalised type word after a capitalised word: the
// end of an act's name spelt out ("Europese Grens- en Kustwacht
// Verordening").
var spelledTypeRe = regexp.MustCompile(`\p{Lu}[\p{L}-]*\s+(Verordening|Richtlijn)\b`)

// acronymActs maps "<acronym>-<type word>" names of the reference data
// ("EGKW-verordening") to their acts.
func acronymActs() map[string]string {
	out := map[string]string{}
	for _, r := range actTable() {
		for _, n := range r.allNames() {
			if m := acronymActNameRe.FindStringSubmatch(n); m != nil {
				if celex, ok := actIndex().names.lookup(n); ok {
					out[m[1]+"-"+strings.ToLower(m[2])] = celex
				}
			}
		}
	}
	return out
}

var acronymActNameRe = regexp.MustCompile(`^(\p{Lu}{2,6})-(verordening|richtlijn)$`)

// spelledAct finds an act whose acronym the capitalised words at the end
// of before spell out: "Europese Grens- en Kustwacht" before "Verordening"
// spells EGKW (a compound gives the initials of its parts: Kust-wacht).
// It returns the act and the byte offset where its name starts.
func spelledAct(before, typ string) (string, int, bool) {
	words := spelledWordRe.FindAllStringIndex(before, -1)
	acts := acronymActs()
	// the longest run of words ending at before's end, from a capital
	for k := max(0, len(words)-6); k < len(words); k++ {
		if words[len(words)-1][1] != len(strings.TrimRight(before, " ")) {
			return "", 0, false
		}
		first := before[words[k][0]:words[k][1]]
		if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) {
			continue
		}
		var ws []string
		for _, w := range words[k:] {
			ws = append(ws, before[w[0]:w[1]])
		}
		if len(ws) < 2 {
			continue
		}
		for acr, celex := range acts {
			name, t, _ := strings.Cut(acr, "-")
			if t == typ && spells(ws, name) {
				return celex, words[k][0], true
			}
		}
	}
	return "", 0, false
}

var spelledWordRe = regexp.MustCompile(`[\p{L}-]+`)

// spells reports whether words spell acronym: each word that is not "en",
// "van", "de" or "het" starts with the acronym's next letter and may give
// further letters of it from its fourth letter on, in order (a compound:
// "Kustwacht" gives K and W); every letter and every word is used.
func spells(words []string, acronym string) bool {
	acr := []rune(strings.ToLower(acronym))
	var match func(wi, k int) bool
	match = func(wi, k int) bool {
		for wi < len(words) && (words[wi] == "en" || words[wi] == "van" || words[wi] == "de" || words[wi] == "het") {
			wi++
		}
		if wi == len(words) {
			return k == len(acr)
		}
		lw := []rune(strings.ToLower(words[wi]))
		if k >= len(acr) || lw[0] != acr[k] {
			return false
		}
		k++
		for j := 3; ; j++ {
			if match(wi+1, k) {
				return true
			}
			// take the next letter of the acronym from further in the word
			for j < len(lw) && (k >= len(acr) || lw[j] != acr[k]) {
				j++
			}
			if j >= len(lw) {
				return false
			}
			k++
		}
	}
	return match(0, 0)
}
