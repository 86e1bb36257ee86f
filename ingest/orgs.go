package ingest

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"jhagraph/graph"
)

// orgRecord is an EU institution or body, a JHA network or an
// international organisation of the reference data (refdata/organisations.tsv).
type orgRecord struct {
	Key     string // canonical acronym or name, as a slug: "coreper", "eu-lisa"
	Acronym string // "Coreper", "eu-LISA"; empty for the institutions known by name
	NameEN  string // "Committee of Permanent Representatives"
	NameNL  string // "Comité van Permanente Vertegenwoordigers", or empty
	Type    string // institution, agency, council-body, ep-committee, network, international, advisory
	Aliases []string
	Source  string
	line    int
}

// orgTable returns the organisations of the reference data, in file order.
func orgTable() []orgRecord { return reference().orgs }

// words are the names under which the body is found. A name matched
// with case ("CEPOL") does not hide one that spells it otherwise and is
// matched without ("Cepol", as Dutch letters write it).
func (o *orgRecord) words() []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range append([]string{o.Acronym, o.NameEN, o.NameNL}, o.Aliases...) {
		if w == "" {
			continue
		}
		k := strings.ToLower(w)
		if exactOrgWord(w) {
			k = "exact " + w
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, w)
	}
	return out
}

// name is the display name: the English name, with the acronym in brackets
// when the body is known by one ("Committee of Permanent Representatives
// (Coreper)").
func (o *orgRecord) name() string {
	if o.Acronym == "" || strings.Contains(o.NameEN, o.Acronym) || strings.Contains(o.NameEN, "(") {
		return o.NameEN
	}
	return o.NameEN + " (" + o.Acronym + ")"
}

// exactOrgWord reports whether a name of a body matches only with case:
// acronyms ("EP", "CATS", "FRA"), short names with capitals inside ("CoE",
// "IntCen"), "eu-LISA", and "Europese Raad" (the European Council; "de
// Europese raad" is no name).
func exactOrgWord(w string) bool {
	if isAcronym(w) || strings.Contains(w, "LISA") || strings.HasPrefix(w, "Europese Raad") {
		return true
	}
	rs := []rune(w)
	if len(rs) <= 6 {
		for _, r := range rs[1:] {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// orgStops name bodies that are not in the reference data but contain
// words the rules below would take for one.
var orgStops = []string{
	"Raad van State", "Raad voor de rechtspraak", "Raad voor Vreemdelingenzaken",
	"Raad voor de Kinderbescherming", "Raad voor Strafrechtstoepassing en Jeugdbescherming",
	"Commissie Meijers", "Commissie van Venetië",
}

// orgNotInText are bodies of the reference data whose names are not read as
// mentions of the body: "de JBZ-Raad" and "de Raad Justitie en Binnenlandse
// Zaken" in a letter are a Council meeting (meetings.go), which the graph
// has as a CouncilMeeting; the names are stop phrases, so that their "Raad"
// is not read as the Council either. The body is still reference data
// (ReferenceEntities), found by search under all its names.
var orgNotInText = map[string]bool{"jha-council": true}

type orgIndexes struct {
	byKey map[string]*orgRecord
	words *phraseDict
	// shadowed holds the names that spell another name of the same body
	// in a different number of words ("HvJ EU" beside "HvJEU"): a phrase
	// dictionary keeps one entry per spelling.
	shadowed *phraseDict
}

var orgIndex = sync.OnceValue(func() *orgIndexes {
	idx := &orgIndexes{byKey: map[string]*orgRecord{}}
	orgs := orgTable()
	var ps, shadowed []phrase
	words := map[string]int{} // spelling -> number of words
	add := func(p phrase) {
		toks := tokenize([]rune(p.text))
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(t.fold)
		}
		k := b.String()
		if !p.exact {
			k = strings.ToLower(k)
		}
		if n, ok := words[k]; ok && n != len(toks) {
			shadowed = append(shadowed, p)
			return
		}
		words[k] = len(toks)
		ps = append(ps, p)
	}
	for _, w := range orgStops {
		add(phrase{text: w, exact: true})
	}
	for i := range orgs {
		o := &orgs[i]
		idx.byKey[o.Key] = o
		target := o.Key
		if orgNotInText[o.Key] {
			target = ""
		}
		for _, w := range o.words() {
			add(phrase{text: w, target: target, exact: exactOrgWord(w)})
		}
	}
	idx.words = newPhraseDict(ps, false)
	idx.shadowed = newPhraseDict(shadowed, false)
	return idx
})

func orgEntity(key string) (graph.Entity, bool) {
	o, ok := orgIndex().byKey[key]
	if !ok {
		return graph.Entity{}, false
	}
	name := o.name()
	e := graph.Entity{Kind: graph.KindOrganisation, Key: o.Key, Name: name, Aliases: uniqueStrings(o.words(), name),
		Props: map[string]any{"type": o.Type, "sourceNote": o.Source}}
	if o.Acronym != "" {
		e.Props["acronym"] = o.Acronym
	}
	if o.NameNL != "" {
		e.Props["nameNl"] = o.NameNL
	}
	return e, true
}

// findOrgs finds EU bodies in a paragraph: names from the table, "de
// Commissie" as the European Commission and "de Raad" as the Council of the
// EU. An abbreviation in brackets right after a name ("Europees Parlement
// (EP)") is the same mention.
func findOrgs(p []rune, toks []token) []match {
	idx := orgIndex()
	dict := idx.words
	var out []match
	for i := 0; i < len(toks); {
		m, ok := dict.longest(p, toks, i)
		if s, sok := idx.shadowed.longest(p, toks, i); sok && (!ok || s.n > m.n) {
			m, ok = s, true
		}
		if !ok {
			m, ok = orgRule(p, toks, i)
		}
		if !ok {
			m, ok = commissionerRule(p, toks, i)
		}
		if !ok {
			i++
			continue
		}
		i += m.n
		if m.target == "" || orgInActName(p, m) {
			continue
		}
		out = append(out, m)
		i = skipBracketed(p, toks, i, m.target, dict)
	}
	return out
}

// skipBracketed skips "(EP)" after "Europees Parlement" when the bracketed
// words name the same target.
func skipBracketed(p []rune, toks []token, i int, target string, dict *phraseDict) int {
	if i >= len(toks) || strings.TrimSpace(string(p[toks[i-1].end:toks[i].start])) != "(" {
		return i
	}
	m, ok := dict.longest(p, toks, i)
	if !ok || m.target != target {
		return i
	}
	end := m.end
	if end < len(p) && p[end] == ')' {
		return i + m.n
	}
	return i
}

// orgRule reads "de Commissie" as the European Commission and "de Raad" as
// the Council of the EU, unless a name or formation follows ("de Commissie
// Meijers", "de Raad Justitie en Binnenlandse Zaken", "de Raad van State",
// "de Raad voor de rechtspraak").
func orgRule(p []rune, toks []token, i int) (match, bool) {
	t := toks[i].text
	if (t != "Commissie" && t != "Raad") || i == 0 {
		return match{}, false
	}
	prev := toks[i-1]
	// "de Commissie", and without article after a preposition of
	// direction: "richting Commissie en Europees parlement"; "de nieuwe
	// Commissie", "de voltallige Raad": an adjective between (as the
	// positions' actors read it)
	adjective := i >= 2 && prev.text == prev.lower && actorAdjective(prev) && toks[i-2].lower == "de" && spaced(p, toks[i-2], prev)
	if (prev.text != "de" && prev.text != "De" && !bareOrgPreps[prev.lower] && !adjective) || !spaced(p, prev, toks[i]) {
		return match{}, false
	}
	if i+1 < len(toks) && spaced(p, toks[i], toks[i+1]) {
		next := toks[i+1].text
		switch {
		case startsUpper(next):
			return match{}, false
		case next == "voor" && t == "Raad":
			return match{}, false
		case (next == "van" || next == "voor") && i+2 < len(toks) && spaced(p, toks[i+1], toks[i+2]) && startsUpper(toks[i+2].text):
			return match{}, false
		}
	}
	target := "european-commission"
	if t == "Raad" {
		target = "council-of-the-eu"
	}
	return match{target: target, start: toks[i].start, end: toks[i].end, n: 1}, true
}

// commissionerRule reads a European Commissioner as a mention of the
// Commission: "Eurocommissaris voor Binnenlandse Zaken", "EU-commissaris
// Jansen", "de Europese Commissaris", "Commissaris Jansen meldde". A
// commissaris of another kind ("de Hoge Commissaris voor de Vluchtelingen",
// "de Commissaris van de Koning", "de commissaris van politie") is not.
func commissionerRule(p []rune, toks []token, i int) (match, bool) {
	t := toks[i]
	hit := match{target: "european-commission", start: t.start, end: t.end, n: 1}
	switch t.lower {
	case "eurocommissaris", "eurocommissarissen":
		return hit, true
	case "commissievoorzitter":
		// "Commissievoorzitter Von der Leyen"
		if i+1 < len(toks) && spaced(p, t, toks[i+1]) && startsUpper(toks[i+1].text) {
			return hit, true
		}
		return match{}, false
	case "commissaris", "commissarissen":
	default:
		return match{}, false
	}
	if i > 0 {
		prev := toks[i-1]
		switch {
		case prev.text == "EU" && joinable(p, prev, t), prev.lower == "europese" && spaced(p, prev, t):
			return hit, true
		case prev.lower == "hoge" || prev.lower == "hoog":
			return match{}, false
		}
	}
	// "de Commissaris", "De nieuwe Commissaris, Tonio Borg,", "De Maltese
	// Commissaris": the title with a capital after the article, an
	// adjective or a nationality, as the positions' actors read it; not
	// "de Commissaris van de Koning", "de Commissaris voor de
	// Mensenrechten"
	if t.text == "Commissaris" && i > 0 && spaced(p, toks[i-1], t) {
		j := i - 1 // back over at most two adjectives to the article
		// a nationality in its "-se" form only: this reading never took
		// "Belgische" ("-sche"), and a test of whether it should is still
		// to be written
		for j > 0 && i-j <= 2 && (toks[j].text == toks[j].lower && actorAdjective(toks[j]) ||
			nationalityAdjective(toks[j]) && strings.HasSuffix(toks[j].lower, "se")) {
			j--
		}
		titled := toks[j].lower == "de"
		if k := i + 1; titled && !(k+1 < len(toks) && (toks[k].lower == "van" || toks[k].lower == "voor") &&
			(toks[k+1].lower == "de" || commissarisNotName[toks[k+1].lower])) {
			return hit, true
		}
	}
	// "Commissaris Jansen": a capitalised name right after.
	if i+1 < len(toks) && spaced(p, t, toks[i+1]) && startsUpper(toks[i+1].text) && !commissarisNotName[toks[i+1].lower] {
		return hit, true
	}
	// "de Commissaris voor Migratie, Binnenlandse Zaken en Burgerschap": a
	// capitalised portfolio after "voor" ("de Hoge Commissaris voor de
	// Vluchtelingen", "de Commissaris voor de Mensenrechten" have "de")
	if i+2 < len(toks) && toks[i+1].lower == "voor" && spaced(p, t, toks[i+1]) && spaced(p, toks[i+1], toks[i+2]) &&
		startsUpper(toks[i+2].text) && !commissarisNotName[toks[i+2].lower] {
		return hit, true
	}
	return match{}, false
}

// commissarisNotName are capitalised words after "Commissaris" (or
// "Commissaris voor") that make it no European Commissioner.
var commissarisNotName = map[string]bool{"koning": true, "koningin": true, "mensenrechten": true, "politie": true}

// bareOrgPreps may stand before "Commissie" or "Raad" without an article.
var bareOrgPreps = map[string]bool{"richting": true, "tussen": true}

// spaced reports whether only white space stands between tokens a and b.
func spaced(p []rune, a, b token) bool {
	gap := p[a.end:b.start]
	if len(gap) == 0 {
		return false
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// actNameBeforeRe ends the words of an act's name before a body's name
// ("Verordening Europese Grens- en Kustwacht", "de verordening betreffende
// de Europese grens- en kustwacht", "een verordening inzake een ..."), and
// actNameAfterRe opens them after it ("Europese Grens- en Kustwacht (EGKW)
// Verordening").
var (
	actNameBeforeRe = regexp.MustCompile(`(?i)\b(?:verordening|richtlijn)(?:\s+(?:betreffende|inzake|over|voor))?(?:\s+(?:de|het|een))?\s+$`)
	actNameAfterRe  = regexp.MustCompile(`(?i)^\s*(?:\(\p{Lu}+\)\s*)?-?(?:verordening|richtlijn)\b`)
)

// bodyWordRe is a word that says a name is a body's: "EU-Asielagentschap"
// names the agency even inside "Verordening EU-Asielagentschap".
var bodyWordRe = regexp.MustCompile(`(?i)agentschap|agency|bureau|office|autoriteit|authority|parlement|parliament|commissie|commission|raad\b|council|hof\b|court|comit[eé]|committee|netwerk|network|centrum|centre|eenheid|unit\b`)

// orgInActName reports whether a body's name m stands inside the name of
// an act the reference data know by it ("Verordening Europese Grens- en
// Kustwacht" is 2016/1624): there it names the act, not the body. Names of
// bodies that no act is named after are never inside one, and a name that
// says it is a body's ("Verordening EU-Asielagentschap") names the body
// wherever it stands.
func orgInActName(p []rune, m match) bool {
	if bodyWordRe.MatchString(string(p[m.start:m.end])) {
		return false
	}
	before := string(p[max(0, m.start-40):m.start])
	after := string(p[m.end:min(len(p), m.end+20)])
	if !actNameBeforeRe.MatchString(before) && !actNameAfterRe.MatchString(after) {
		return false
	}
	name := string(p[m.start:m.end])
	ix := actIndex().names
	for _, typ := range []string{"Verordening ", "Richtlijn "} {
		if _, ok := ix.lookup(typ + name); ok {
			return true
		}
	}
	return false
}
