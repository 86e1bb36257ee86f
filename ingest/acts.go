package ingest

import (
	"fmt"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"jhagraph/graph"
)

// CELEX numbers of sector 3 (secondary legislation): "3", the year, a type
// letter and the number padded to four digits. L is a directive, R a
// regulation, D a decision, F a framework decision (and other third-pillar
// acts).
var celexRe = regexp.MustCompile(`^3([0-9]{4})([LRDF])([0-9]{4})$`)

var actTypeNames = map[byte]string{'L': "directive", 'R': "regulation", 'D': "decision", 'F': "framework decision"}

// actCite is an act citation found in text or in a reference string.
type actCite struct {
	celex      string
	typ        byte
	year, num  int
	suffix     string // the series as written, in English: EU, EC, EEC, JHA, CFSP, Euratom
	written    string // the citation as written
	start, end int    // byte offsets in the searched string
}

// The citation grammar. A typed citation is a type word — Dutch or
// English, alone or at the end of a compound ("Terugkeerrichtlijn",
// "Raadsbesluit"; "Beschikking", the Dutch word for a decision until 2009) — then optionally "(EU)" and "nr."/"No", then two numbers
// separated by "/" (the number may have one digit: "Verordening (EG) nr.
// 4/2009"; one of the two must read as a year), then optionally the series ("/EU", "/JBZ"). A bare
// citation has no type word and needs a series before or after the numbers;
// it counts only when the reference table knows the act.
const (
	actSeries  = `EU|EG|EC|EEG|EEC|JBZ|JHA|JAI|GBVB|CFSP|PESC|Euratom`
	actPrefix  = `\((?:EU|EG|EC|EEG|EEC)(?:,\s*Euratom)?\)`
	actNr      = `(?:[Nn][Rr]\.?|[Nn][oO]\.?|[Nn]°)`
	actNumbers = `(?:(` + actPrefix + `)\s*)?(` + actNr + `\s*)?([0-9]{1,4})/([0-9]{1,4})(?:/(` + actSeries + `))?`
)

var (
	actTypedRe = startsWith(`(?i:(kaderbesluit|framework\s+decision|richtlijn|directive|verordening|regulation|besluit|beschikking|decision))(?:en|s)?\s+(?:(?:van\s+de\s+Raad|of\s+the\s+Council)\s+)?` + actNumbers)
	actListRe  = regexp.MustCompile(`^(?:\s*,\s*|\s+(?:en|and|of|or)\s+)` + actNumbers)
	actBareRe  = startsWith(`(` + actPrefix + `)\s*(` + actNr + `\s*)?([0-9]{1,4})/([0-9]{1,4})|([0-9]{2,4})/([0-9]{1,4})/(` + actSeries + `)`)
)

// actTypeOf maps a type word to a CELEX type letter.
func actTypeOf(word string) byte {
	w := strings.ToLower(collapseSpace(word))
	switch {
	case strings.HasSuffix(w, "kaderbesluit"), w == "framework decision":
		return 'F'
	case strings.HasSuffix(w, "richtlijn"), w == "directive":
		return 'L'
	case strings.HasSuffix(w, "verordening"), w == "regulation":
		return 'R'
	default:
		return 'D'
	}
}

var seriesEnglish = map[string]string{
	"EU": "EU", "EG": "EC", "EC": "EC", "EEG": "EEC", "EEC": "EEC", "JBZ": "JHA", "JHA": "JHA",
	"JAI": "JHA", "GBVB": "CFSP", "CFSP": "CFSP", "PESC": "CFSP", "EURATOM": "Euratom",
}

// yearOf reads a year: four digits from 1952 to 2099, or two digits from 52
// to 99 (19xx; acts have four-digit years since 2000).
func yearOf(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	switch len(s) {
	case 2:
		return 1900 + n, n >= 52
	case 4:
		return n, n >= 1952 && n <= 2099
	}
	return 0, false
}

// interpretAct decides which of the two numbers is the year. Since 2015
// every act is numbered year/number ("(EU) 2024/1689"). Before, directives
// and decisions were year/number ("2011/98/EU") and regulations number/year
// ("(EU) nr. 604/2013"); "nr." always announces number/year.
func interpretAct(typ byte, a, b string, nr bool) (year, num int, ok bool) {
	ya, aYear := yearOf(a)
	yb, bYear := yearOf(b)
	na, _ := strconv.Atoi(a)
	nb, _ := strconv.Atoi(b)
	switch {
	case nr && bYear:
		year, num = yb, na
	case aYear && bYear && len(a) == 4 && len(b) == 4:
		if typ == 'R' && ya < 2015 {
			year, num = yb, na
		} else {
			year, num = ya, nb
		}
	case aYear && bYear:
		year, num = ya, nb
	case bYear:
		year, num = yb, na
	case aYear:
		year, num = ya, nb
	default:
		return 0, 0, false
	}
	return year, num, num > 0 && num <= 9999
}

// euNumbering corrects a reading of "nr." as number/year that the series
// rules out: an EU act whose first number is a year from 2015 on is in the
// single numbering (year/number) that began then, so "Verordening (EU) nr.
// 2016/1953" is act 1953 of 2016, not act 2016 of 1953, and "(EU) nr.
// 2022/2065" is act 2065 of 2022.
func euNumbering(series, a, b string, year, num int) (int, int) {
	if series != "EU" {
		return year, num
	}
	if ya, ok := yearOf(a); ok && len(a) == 4 && ya >= 2015 && ya != year {
		if nb, err := strconv.Atoi(b); err == nil && nb > 0 && nb <= 9999 {
			return ya, nb
		}
	}
	return year, num
}

func celexOf(typ byte, year, num int) string { return fmt.Sprintf("3%04d%c%04d", year, typ, num) }

// findActs returns the act citations in s: typed ones (with lists: "Richtlijnen
// 2011/95/EU en 2013/33/EU"), then bare ones the reference table knows.
func findActs(s string) []actCite {
	if !strings.Contains(s, "/") {
		return nil // every citation has a slash
	}
	var out []actCite
	var taken [][2]int
	for _, m := range actTypedRe.FindAllStringSubmatchIndex(s) {
		typ := actTypeOf(s[m[2]:m[3]])
		if c, ok := typedCite(s, typ, m, 4); ok {
			c.start, c.end = m[0], m[1]
			c.written = s[m[0]:m[1]]
			out = append(out, c)
		}
		end := m[1]
		for {
			l := actListRe.FindStringSubmatchIndex(s[end:])
			if l == nil {
				break
			}
			for i := range l {
				if l[i] >= 0 {
					l[i] += end
				}
			}
			if l[2] < 0 && l[4] < 0 && l[10] < 0 {
				// a list item needs "(EU)", "nr." or a series ("en 2023/24"
				// is no act), or the reference table must know it as an act
				// of the list's type: "Regulations (EU) 2018/1726, 2019/817
				// and 2019/818"
				if c, ok := knownCite(typ, s[l[6]:l[7]], s[l[8]:l[9]], false, ""); ok && boundaryAfter(s, l[1]) {
					c.start, c.end = l[6], l[1]
					c.written = s[c.start:c.end]
					out = append(out, c)
					end = l[1]
					continue
				}
				break
			}
			if c, ok := typedCite(s, typ, l, 2); ok {
				c.start = firstSet(l[2], l[4], l[6])
				c.end = l[1]
				c.written = s[c.start:c.end]
				out = append(out, c)
			}
			end = l[1]
		}
		taken = append(taken, [2]int{m[0], end})
	}
	for _, m := range actBareRe.FindAllStringSubmatchIndex(s) {
		if overlaps(taken, m[0], m[1]) || !boundaryAfter(s, m[1]) {
			continue
		}
		var c actCite
		var ok bool
		if m[2] >= 0 {
			c, ok = barePrefixed(s[m[2]:m[3]], s[m[6]:m[7]], s[m[8]:m[9]], m[4] >= 0)
		} else {
			c, ok = bareSeries(s[m[10]:m[11]], s[m[12]:m[13]], s[m[14]:m[15]])
			if !ok {
				c, ok = bracketedSeries(s[:m[0]], s[m[10]:m[11]], s[m[12]:m[13]], s[m[14]:m[15]])
			}
		}
		if ok {
			c.start, c.end, c.written = m[0], m[1], s[m[0]:m[1]]
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func firstSet(xs ...int) int {
	for _, x := range xs {
		if x >= 0 {
			return x
		}
	}
	return -1
}

func overlaps(spans [][2]int, a, b int) bool {
	for _, s := range spans {
		if a < s[1] && s[0] < b {
			return true
		}
	}
	return false
}

// boundaryAfter reports whether a citation may end at byte i of s: not in the
// middle of a number or word.
func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r := []rune(s[i:min(len(s), i+4)])[0]
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// typedCite reads the numbers group of a typed citation: submatch pairs from
// index g of m are prefix, nr, a, b, series.
func typedCite(s string, typ byte, m []int, g int) (actCite, bool) {
	get := func(k int) string {
		if m[g+2*k] < 0 {
			return ""
		}
		return s[m[g+2*k]:m[g+2*k+1]]
	}
	if !boundaryAfter(s, m[1]) {
		return actCite{}, false
	}
	prefix, nr, a, b, series := get(0), get(1), get(2), get(3), get(4)
	year, num, ok := interpretAct(typ, a, b, nr != "")
	if !ok {
		return actCite{}, false
	}
	year, num = euNumbering(seriesName(prefix, series), a, b, year, num)
	c := actCite{celex: celexOf(typ, year, num), typ: typ, year: year, num: num, suffix: seriesName(prefix, series)}
	return c, true
}

// barePrefixed resolves "(EU) 2024/1689" (the single numbering since 2015)
// or "(EU) nr. 604/2013" (a regulation before 2015) through the reference
// table.
func barePrefixed(prefix, a, b string, nr bool) (actCite, bool) {
	idx := actIndex()
	if y, ok := yearOf(a); ok && y >= 2015 && len(a) == 4 && (!nr || seriesName(prefix, "") == "EU") {
		n, _ := strconv.Atoi(b)
		if r, ok := idx.byYearNum[fmt.Sprintf("%d/%d", y, n)]; ok {
			return actCite{celex: r.CELEX, typ: r.CELEX[5], year: y, num: n, suffix: seriesName(prefix, "")}, true
		}
		return actCite{}, false
	}
	return knownCite('R', a, b, nr, seriesName(prefix, ""))
}

// typeBeforeBracketRe ends the words before a bracketed citation with a
// word for an act, alone or at the end of a compound: "de
// vuurwapenrichtlijn (91/477/EEG)", "de Dublinverordening (604/2013/EU)".
var typeBeforeBracketRe = regexp.MustCompile(`(?i)(kaderbesluit|richtlijn|verordening|besluit|directive|regulation|decision)\s*\(\s*$`)

// bracketedSeries reads a citation "NN/NNN/SERIES" in brackets right after a
// word for an act as a typed citation of that type, whether or not the
// reference table knows the act: the word says what it is.
func bracketedSeries(before, a, b, series string) (actCite, bool) {
	m := typeBeforeBracketRe.FindStringSubmatch(before)
	if m == nil {
		return actCite{}, false
	}
	typ := actTypeOf(m[1])
	year, num, ok := interpretAct(typ, a, b, false)
	if !ok {
		return actCite{}, false
	}
	return actCite{celex: celexOf(typ, year, num), typ: typ, year: year, num: num, suffix: seriesName("", series)}, true
}

// bareSeries resolves "2011/98/EU" (a directive or decision before 2015)
// through the reference table.
func bareSeries(a, b, series string) (actCite, bool) {
	for _, typ := range []byte{'L', 'D', 'F'} {
		if c, ok := knownCite(typ, a, b, false, seriesName("", series)); ok {
			return c, true
		}
	}
	return actCite{}, false
}

func knownCite(typ byte, a, b string, nr bool, series string) (actCite, bool) {
	y, n, ok := interpretAct(typ, a, b, nr)
	if !ok {
		return actCite{}, false
	}
	c := celexOf(typ, y, n)
	if _, known := actIndex().byCELEX[c]; !known {
		return actCite{}, false
	}
	return actCite{celex: c, typ: typ, year: y, num: n, suffix: series}, true
}

func seriesName(prefix, series string) string {
	if series != "" {
		return seriesEnglish[strings.ToUpper(series)]
	}
	p := strings.Trim(prefix, "()")
	if i := strings.Index(p, ","); i >= 0 {
		p = p[:i]
	}
	return seriesEnglish[strings.ToUpper(strings.TrimSpace(p))]
}

// actIndexes are the read-only lookups built from the reference acts.
type actIndexes struct {
	byCELEX   map[string]*actRecord
	byYearNum map[string]*actRecord // "2024/1689" for acts since 2015
	names     *actNameIndex         // names and nicknames -> CELEX
}

var actIndex = sync.OnceValue(func() *actIndexes {
	acts := actTable()
	idx := &actIndexes{byCELEX: map[string]*actRecord{}, byYearNum: map[string]*actRecord{}}
	for i := range acts {
		r := &acts[i]
		if !celexRe.MatchString(r.CELEX) {
			continue // reported by checkRefData
		}
		idx.byCELEX[r.CELEX] = r
		if r.Year >= 2015 {
			idx.byYearNum[fmt.Sprintf("%d/%d", r.Year, r.Number)] = r
		}
	}
	idx.names = newActNameIndex(acts)
	return idx
})

// isAcronym reports whether a name is written in capitals only ("AVG",
// "DSA"): such names match with case.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// ResolveActRef resolves a reference to an EU legal act in any common form
// to its CELEX number: a CELEX number ("32011L0098", "CELEX:32011L0098"), a
// citation by number, Dutch or English, before or after the 2015 numbering
// ("Richtlijn 2011/98/EU", "Directive 2001/55/EC", "richtlijn 2011/98",
// "Verordening (EU) nr. 604/2013", "Regulation (EU) 2024/1689", "Kaderbesluit
// 2002/584/JBZ"), a bare number the reference data know ("2011/98/EU",
// "(EU) 2024/1689"), or a name they know, with or without an article
// ("GVVA-richtlijn", "de Richtlijn Tijdelijke Bescherming", "Single Permit
// Directive", "AI-verordening", "Terugkeerrichtlijnen"; case, diacritics,
// spaces and hyphens do not matter), also slightly misspelt
// ("Terugkeerrichtljn", "Dublinverodening": see actNameIndex). A string
// naming more than one act, a bare number without its series ("2011/98")
// and a bare number of an act the data do not know are not resolved: the
// type of act cannot be told.
func ResolveActRef(s string) (celex string, ok bool) {
	s = collapseSpace(norm.NFC.String(s))
	s = strings.TrimRight(s, ".,;")
	if s == "" {
		return "", false
	}
	if c := strings.ToUpper(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "CELEX:"), "celex:"))); celexRe.MatchString(c) {
		if _, ok := LegalAct(c); ok {
			return c, true
		}
		return "", false
	}
	found := map[string]bool{}
	for _, c := range findActs(s) {
		found[c.celex] = true
	}
	if len(found) == 1 {
		for c := range found {
			return c, true
		}
	}
	if len(found) > 1 {
		return "", false
	}
	return actIndex().names.lookup(stripArticle(s))
}

// stripArticle removes a leading article: "de", "het", "the".
func stripArticle(s string) string {
	for _, art := range []string{"de ", "het ", "the "} {
		if len(s) > len(art) && strings.EqualFold(s[:len(art)], art) {
			return s[len(art):]
		}
	}
	return s
}

// LegalAct returns the reference entity for a CELEX number: for an act in
// the reference data its citation name, official title, short names and
// nicknames, area, status and source; for another well-formed sector 3
// CELEX number a minimal entity built from the number ("Directive
// 2011/99/EU"). ok is false for a string that is not such a CELEX number.
func LegalAct(celex string) (graph.Entity, bool) {
	return legalAct(celex, "")
}

// legalAct builds the entity; series, when known from the citation, names
// an act the data do not know.
func legalAct(celex, series string) (graph.Entity, bool) {
	typ, year, num, ok := parseCelex(celex)
	if !ok {
		return graph.Entity{}, false
	}
	r, known := actIndex().byCELEX[celex]
	name := citationName(typ, year, num, series)
	if known {
		name = r.displayName()
	}
	e := graph.Entity{Kind: graph.KindLegalAct, Key: celex, Name: name, Props: map[string]any{
		"celex": celex, "type": actTypeNames[typ], "year": year, "number": num,
		"source": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex,
	}}
	aliases := []string{dutchCitation(name)}
	if known {
		e.Props["title"] = r.Title
		e.Props["shortName"] = r.ShortEN
		e.Props["shortNameNl"] = r.ShortNL
		e.Props["area"] = r.Area
		e.Props["inForce"] = r.InForce == "yes"
		if by := r.repealedBy(); by != "" {
			e.Props["repealedBy"] = by
		}
		e.Props["sourceNote"] = r.Source
		aliases = append([]string{r.CitationNL, r.CitationEN}, aliases...)
		aliases = append(aliases, r.allNames()...)
	}
	e.Aliases = uniqueStrings(aliases, name)
	return e, true
}

// parseCelex reads a sector 3 CELEX number of an act from 1952 to 2099.
func parseCelex(celex string) (typ byte, year, num int, ok bool) {
	m := celexRe.FindStringSubmatch(celex)
	if m == nil {
		return 0, 0, 0, false
	}
	year, _ = strconv.Atoi(m[1])
	num, _ = strconv.Atoi(m[3])
	typ = m[2][0]
	if year < 1952 || year > 2099 || num == 0 {
		return 0, 0, 0, false
	}
	return typ, year, num, true
}

// citationName writes the standard English citation of an act from its
// number: "Directive 2011/98/EU", "Regulation (EU) No 604/2013",
// "Regulation (EU) 2024/1689", "Framework Decision 2002/584/JHA".
func citationName(typ byte, year, num int, series string) string {
	word := map[byte]string{'L': "Directive", 'R': "Regulation", 'D': "Decision", 'F': "Framework Decision"}[typ]
	if year >= 2015 {
		return fmt.Sprintf("%s (EU) %d/%d", word, year, num)
	}
	if series == "" || series == "Euratom" {
		switch {
		case typ == 'F':
			series = "JHA"
		case year >= 2010:
			series = "EU"
		case year >= 1993:
			series = "EC"
		default:
			series = "EEC"
		}
	}
	if typ == 'R' {
		return fmt.Sprintf("Regulation (%s) No %d/%d", series, num, year)
	}
	if year < 2000 {
		return fmt.Sprintf("%s %02d/%d/%s", word, year%100, num, series)
	}
	return fmt.Sprintf("%s %d/%d/%s", word, year, num, series)
}

var dutchCitationReplacer = strings.NewReplacer(
	"Framework Decision ", "Kaderbesluit ", "Directive ", "Richtlijn ", "Regulation ", "Verordening ",
	"Decision ", "Besluit ", " No ", " nr. ", "/EC", "/EG", "/EEC", "/EEG", "/JHA", "/JBZ", "(EC)", "(EG)", "(EEC)", "(EEG)",
)

// dutchCitation is the Dutch form of a citation: "Richtlijn 2011/98/EU",
// "Verordening (EU) nr. 604/2013", "Kaderbesluit 2002/584/JBZ".
func dutchCitation(name string) string { return dutchCitationReplacer.Replace(name) }

// uniqueStrings returns the strings of ss in order without duplicates
// (ignoring case) and without skip.
func uniqueStrings(ss []string, skip string) []string {
	seen := map[string]bool{strings.ToLower(skip): true}
	var out []string
	for _, s := range ss {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// actNameIndex finds acts by name. Every short name and alias of the
// reference data is a name, found case- and diacritics-insensitively
// (acronyms such as "AVG" with case), with or without hyphens and spaces
// ("GVVA-richtlijn", "GVVA richtlijn"), and so are its compound forms
// ("Richtlijn tijdelijke bescherming" as "Tijdelijke beschermingsrichtlijn")
// and its plurals, as whole words ("Terugkeerrichtlijnen", "Return
// Directives"; "de Opvangrichtlijn en ..." is no plural). ResolveActRef also
// ignores punctuation ("Citizens' Rights Directive") and knows the short
// acronyms that are not read in running text ("QR", "LED").
//
// A name not found as written may be misspelt: a run of up to four words
// (of at least eight letters once spaces and hyphens are dropped) is read
// as the name nearest to it when its edit distance (Damerau-Levenshtein,
// a transposition counting one) is at most 1, or 2 for names of 14 letters
// or more, and no other act's name is as near; for a compound name the part
// before its act word must be near on its own (one edit from five letters,
// two from fourteen, none below: "EUCA-verordening" is neither the EUAA- nor
// the EUDA-verordening). Such a run must look like the name of an act: start
// with a capital or end in a word for an act ("-richtlijn", "-verordening",
// "-besluit", "Directive", "Regulation", "Decision", "-code", itself possibly
// misspelt), and hold no number or Roman numeral ("Rome IV-verordening" is
// no misspelling). Acronyms, names with a number or a Roman numeral ("Dublin
// II", "Rome I") and names under eight letters are found only as written:
// one letter makes another act of them. The Schengen acquis is a body of
// law, not an act, and is no name here: "Schengenaqcuis" stays a word.
type actNameIndex struct {
	dict      *phraseDict
	plurals   *phraseDict       // plural forms, as whole words only: "Opvangrichtlijn en" is no plural
	acronyms  map[string]string // short acronyms found only by ResolveActRef ("QR", "LED")
	squashed  map[string]string // names but acronyms, squashed, for ResolveActRef
	fuzzy     [][]fuzzyName     // by length of the squashed name
	fuzzySets [][]uint32        // the set of each name of fuzzy, for a quick test
	// fuzzyPop[l][q] is the index in fuzzy[l], sorted by the size of the
	// names' letter sets, of the first name whose set has q letters or
	// more: setDistance is at least the difference of two sets' sizes
	fuzzyPop [][28]int32
	// revised maps an act to its revision when the data name the revision
	// "herziene X" / "herschikte X" after a name X of the act
	// ("herziene Mensenhandelrichtlijn": 32011L0036 -> 32024L1712).
	revised map[string]string
	// punct are the names with a comma or an apostrophe between their words
	// ("Richtlijn hulp bij illegale binnenkomst, doortocht en verblijf",
	// "Citizens' Rights Directive"), and their plurals: the dictionaries
	// join words across spaces and hyphens only; keyed by their first word.
	punct map[string][]punctName
	// typeFirst are the names with the type word first ("kaderbesluit
	// EAB"), read in text only (typeFirstVariant)
	typeFirst *phraseDict
}

// punctName is a name read word by word with the punctuation between its
// words: gaps[k] stands before words[k] ("" for spaces or a hyphen, ","
// or "'").
type punctName struct {
	words, gaps []string
	target      string
}

// punctGap is the punctuation of the text between two words, without
// spaces and hyphens, a typographic apostrophe as a straight one.
func punctGap(gap []rune) string {
	var b strings.Builder
	for _, r := range gap {
		switch r {
		case ' ', '\n', '-', '\u2010', '\u2011':
		case '’':
			b.WriteRune('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// newPunctName reads a name with a comma or an apostrophe between its
// words; ok is false for other names.
func newPunctName(name, target string) (punctName, bool) {
	rs := []rune(name)
	toks := tokenize(rs)
	pn := punctName{target: target}
	has := false
	for k, t := range toks {
		g := ""
		if k > 0 {
			g = punctGap(rs[toks[k-1].end:t.start])
			switch g {
			case "":
			case ",", "'":
				has = true
			default:
				return punctName{}, false
			}
		}
		pn.words = append(pn.words, t.lower)
		pn.gaps = append(pn.gaps, g)
	}
	return pn, has && len(toks) > 1
}

// bracketedAcronymAt reads a compound name whose acronym stands in
// brackets after the words it abbreviates: "Passenger Name Record
// (PNR)-richtlijn" is the PNR-richtlijn. The match is the acronym and the
// type word.
func (ix *actNameIndex) bracketedAcronymAt(p []rune, toks []token, i int) (match, bool) {
	if i+1 >= len(toks) || toks[i].start == 0 || p[toks[i].start-1] != '(' || !isAcronym(toks[i].text) {
		return match{}, false
	}
	if string(p[toks[i].end:toks[i+1].start]) != ")-" {
		return match{}, false
	}
	t, ok := ix.dict.lookup(toks[i].text + "-" + toks[i+1].text)
	if !ok {
		return match{}, false
	}
	return match{target: t, start: toks[i].start, end: toks[i+1].end, n: 2}, true
}

// punctAt returns the longest name of ix.punct at token i: its words in
// order, with the same punctuation between them (spaces and one hyphen
// where it has none).
func (ix *actNameIndex) punctAt(p []rune, toks []token, i int) (match, bool) {
	var best match
	found := false
	for _, pn := range ix.punct[toks[i].lower] {
		n := len(pn.words)
		if i+n > len(toks) || (found && n <= best.n) {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			t := toks[i+k]
			ok = t.lower == pn.words[k]
			if ok && k > 0 {
				prev := toks[i+k-1]
				if pn.gaps[k] == "" {
					ok = joinable(p, prev, t)
				} else {
					ok = punctGap(p[prev.end:t.start]) == pn.gaps[k]
				}
			}
		}
		if ok {
			best, found = match{target: pn.target, start: toks[i].start, end: toks[i+n-1].end, n: n}, true
		}
	}
	return best, found
}

// addPunct files a name with punctuation between its words under its first
// word.
func (ix *actNameIndex) addPunct(pn punctName) {
	if ix.punct == nil {
		ix.punct = map[string][]punctName{}
	}
	ix.punct[pn.words[0]] = append(ix.punct[pn.words[0]], pn)
}

type fuzzyName struct {
	key    []rune // squashed name
	bag    letterBag
	set    uint32 // the letters of bag present, one bit each
	stem   []rune // the name before its act word ("dublin" of "dublinverordening"), or nil
	suffix []rune // the act word, or nil
	target string
}

const (
	fuzzyMinLen  = 8  // names this long tolerate one edit
	fuzzyMinLen2 = 14 // and this long two
	fuzzyMaxRun  = 4  // words read as one name
)

// textStopAcronyms are acronyms of acts that stand for other things in
// running text ("LED" lighting, a "QR-code"); ResolveActRef still knows
// them.
var textStopAcronyms = map[string]bool{"LED": true}

// actSuffixes are the words a compound act name ends in.
var actSuffixes = []string{"richtlijn", "verordening", "besluit", "directive", "regulation", "decision", "code"}

func newActNameIndex(acts []actRecord) *actNameIndex {
	ix := &actNameIndex{acronyms: map[string]string{}, squashed: map[string]string{}}
	// owner: squashed plain name -> CELEX; bases: squashed name without
	// its bracketed qualifier -> CELEX, or "" when two acts have it.
	owner, bases := map[string]string{}, map[string]string{}
	for i := range acts {
		for _, n := range acts[i].allNames() {
			base := collapseSpace(qualifierRe.ReplaceAllString(n, " "))
			if base == n {
				owner[squash(n)] = acts[i].CELEX
				continue
			}
			k := squash(base)
			if o, ok := bases[k]; ok && o != acts[i].CELEX {
				bases[k] = ""
			} else {
				bases[k] = acts[i].CELEX
			}
		}
	}
	unique := func(celex string) func(string) bool {
		return func(name string) bool {
			_, plain := owner[squash(name)]
			return !plain && bases[squash(name)] == celex
		}
	}
	var phrases, plurals []phrase
	taken := map[string]bool{}
	addPlural := func(text, celex string) {
		if k := squash(text); !taken[k] {
			if o, ok := owner[k]; !ok || o == celex {
				taken[k] = true
				plurals = append(plurals, phrase{text: text, target: celex})
				if pn, ok := newPunctName(text, celex); ok {
					ix.addPunct(pn)
				}
			}
		}
	}
	add := func(text, celex string) {
		k := squash(text)
		if o, ok := owner[k]; (ok && o != celex) || taken[k] || k == "" {
			return // another act's name, or already there
		}
		taken[k] = true
		if !isAcronym(text) {
			ix.squashed[k] = celex
		}
		if isAcronym(text) && (len([]rune(k)) < 3 || textStopAcronyms[text]) {
			ix.acronyms[text] = celex
			return
		}
		phrases = append(phrases, phrase{text: text, target: celex, exact: isAcronym(text)})
		if pn, ok := newPunctName(text, celex); ok {
			ix.addPunct(pn)
		}
	}
	for i := range acts {
		r := &acts[i]
		names := r.matchNames(unique(r.CELEX))
		for _, n := range names {
			add(n, r.CELEX)
			if fuzzyCandidate(n) {
				k := []rune(squash(n))
				f := fuzzyName{key: k, bag: bagOf(k), target: r.CELEX}
				f.set = f.bag.set()
				for _, suf := range actSuffixes {
					if sr := []rune(suf); len(k) > len(sr) && string(k[len(k)-len(sr):]) == suf {
						f.stem, f.suffix = k[:len(k)-len(sr)], sr
						break
					}
				}
				for len(ix.fuzzy) <= len(k) {
					ix.fuzzy = append(ix.fuzzy, nil)
				}
				ix.fuzzy[len(k)] = append(ix.fuzzy[len(k)], f)
			}
		}
		for _, n := range names {
			for _, v := range actNameVariants(n) {
				add(v, r.CELEX)
			}
		}
		for _, n := range names {
			for _, v := range describedNameVariants(n) {
				add(v, r.CELEX)
			}
		}
		for _, n := range names {
			if !isAcronym(n) {
				for _, v := range actNamePlurals(n) {
					addPlural(v, r.CELEX)
				}
			}
		}
	}
	for _, v := range actFormVariants(acts) { // hook acts3: working titles (acts_named_forms.go)
		add(v.text, v.target)
	}
	// the type word first ("het kaderbesluit EAB", "de verordening
	// Eurodac"), only where one act has it
	typeFirst := map[string]map[string]bool{}
	for i := range acts {
		for _, n := range acts[i].matchNames(unique(acts[i].CELEX)) {
			if v, ok := typeFirstVariant(n); ok {
				if typeFirst[v] == nil {
					typeFirst[v] = map[string]bool{}
				}
				typeFirst[v][acts[i].CELEX] = true
			}
		}
	}
	var firsts []phrase
	for v, targets := range typeFirst {
		if _, named := owner[squash(v)]; len(targets) == 1 && !named {
			for celex := range targets {
				firsts = append(firsts, phrase{text: v, target: celex})
			}
		}
	}
	firsts = append(firsts, agencyRegulationNames(acts, owner)...)
	// apart from the names: ResolveActRef and the organisations pass
	// (orgInActName) do not read them; "Verordening Europol" names the body too
	ix.typeFirst = newPhraseDict(firsts, true) // compounding: one key may have several word counts
	ix.dict = newPhraseDict(phrases, true)
	ix.dict.slash = true // "verordening over de geleidelijke invoering van het Entry/Exit System"
	// the plurals compound as the names do ("Prüm-besluiten" and
	// "Prümbesluiten", "Eurodacverordeningen"), but the ending must belong
	// to the last word (pluralWord): "de Opvangrichtlijn en ..." is no plural
	ix.plurals = newPhraseDict(plurals, true)
	ix.plurals.slash = true // "Entry/Exit System Regulations"
	ix.fuzzySets = make([][]uint32, len(ix.fuzzy))
	ix.fuzzyPop = make([][28]int32, len(ix.fuzzy))
	for l, names := range ix.fuzzy {
		// by the size of their letter sets: nearest reads only the names
		// whose set size is within the tolerance of the run's
		sort.SliceStable(names, func(a, b int) bool { return bits.OnesCount32(names[a].set) < bits.OnesCount32(names[b].set) })
		for k, f := range names {
			ix.fuzzySets[l] = append(ix.fuzzySets[l], f.set)
			for q := bits.OnesCount32(f.set) + 1; q < len(ix.fuzzyPop[l]); q++ {
				ix.fuzzyPop[l][q] = int32(k + 1)
			}
		}
	}
	ix.revised = revisions(acts)
	return ix
}

// revisionWords qualify the name of an act as its revision.
var revisionWords = map[string]bool{"herziene": true, "herschikte": true, "gewijzigde": true, "revised": true, "recast": true}

// revisions finds, for each act, the act the data name "herziene X" or
// "herschikte X" after one of its names X.
func revisions(acts []actRecord) map[string]string {
	byName := map[string]string{}
	for i := range acts {
		for _, n := range acts[i].allNames() {
			byName[squash(n)] = acts[i].CELEX
		}
	}
	out := map[string]string{}
	for i := range acts {
		for _, n := range acts[i].allNames() {
			f := strings.Fields(n)
			if len(f) < 2 || !revisionWords[strings.ToLower(f[0])] {
				continue
			}
			if old, ok := byName[squash(strings.Join(f[1:], " "))]; ok && old != acts[i].CELEX {
				out[old] = acts[i].CELEX
			}
		}
	}
	return out
}

// reviseMatches retargets a name that a revision word qualifies ("de
// herziene Europese Richtlijn mensenhandel", "de Xverordening
// (herschikking)") to the revision.
func (ix *actNameIndex) reviseMatches(p []rune, toks []token, out []match) {
	k := 0
	for mi := range out {
		m := &out[mi]
		rev, ok := ix.revised[m.target]
		if !ok {
			continue
		}
		for k < len(toks) && toks[k].start < m.start {
			k++
		}
		// "(voorstel) herziening (van (de)) X": the revision proposed
		j := k - 1
		if j >= 2 && (toks[j].lower == "de" || toks[j].lower == "het") && toks[j-1].lower == "van" {
			j -= 2
		} else if j >= 1 && toks[j].lower == "van" {
			j-- // "de herziening van verordening Brussel II-bis"
		}
		// within the name's sentence: "... over deze herziening.
		// Verordening Brussel II-bis betreft ..." names the act in force
		if j >= 0 && toks[j].lower == "herziening" && !strings.ContainsAny(string(p[toks[j].end:m.start]), ".;:!?") {
			m.target = rev
			continue
		}
		// "X (herschikking)" / "X (recast)": the recast
		if e := k + m.n; e+1 < len(toks) && (toks[e].lower == "herschikking" || toks[e].lower == "recast") &&
			strings.TrimSpace(string(p[m.end:toks[e].start])) == "(" && strings.HasPrefix(string(p[toks[e].end:]), ")") {
			m.target = rev
			continue
		}
		// up to two words before the name: "herziene (Europese)"; "een
		// nieuwe X" of an act the data know a revision of is that revision
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if revisionWords[toks[j].lower] || toks[j].lower == "nieuwe" {
				m.target = rev
				break
			}
			if w := toks[j].lower; w != "europese" && w != "eu" {
				break
			}
		}
	}
}

// isNumeral reports whether a word is a number or a Roman numeral ("II",
// "2", "bis"): words that tell acts apart, never misspellings. It is
// ^(?:[IVX]+|[0-9]+|bis|ter)$, written out: it runs on every word.
func isNumeral(w string) bool {
	if w == "" {
		return false
	}
	if w == "bis" || w == "ter" {
		return true
	}
	roman, digits := true, true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == 'I' || c == 'V' || c == 'X':
			digits = false
		case c >= '0' && c <= '9':
			roman = false
		default:
			return false
		}
	}
	return roman || digits
}

// fuzzyCandidate reports whether a name may be found misspelt.
func fuzzyCandidate(name string) bool {
	if isAcronym(name) || len([]rune(squash(name))) < fuzzyMinLen {
		return false
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if isNumeral(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// nameStopWords may not stand in the words of a "Richtlijn ..." name that
// is turned into a compound.
var nameStopWords = map[string]bool{"van": true, "de": true, "het": true, "inzake": true, "betreffende": true,
	"op": true, "in": true, "en": true, "voor": true, "tot": true, "over": true, "ter": true, "met": true}

// pluralWord reports whether the last word of a plural name carries its
// ending: "richtlijnen", "Directives", not a word "en" or "s" after a
// singular name.
func pluralWord(lower string) bool { return lower != "en" && lower != "s" }

// actNamePlurals are the plurals of a name: "Terugkeerrichtlijnen",
// "Return Directives".
func actNamePlurals(name string) []string {
	var out []string
	lower := strings.ToLower(name)
	for _, s := range []string{"richtlijn", "verordening", "besluit"} {
		if strings.HasSuffix(lower, s) {
			out = append(out, name+"en")
		}
	}
	for _, s := range []string{"directive", "regulation", "decision"} {
		if strings.HasSuffix(lower, s) {
			out = append(out, name+"s")
		}
	}
	return out
}

// actNameVariants are the compound forms of a name "Richtlijn ..." or
// "Verordening ..." and one or two plain words: "Richtlijn tijdelijke
// bescherming" is also "Tijdelijke beschermingsrichtlijn".
func actNameVariants(name string) []string {
	var out []string
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 {
		return out
	}
	head := strings.ToLower(f[0])
	if head != "richtlijn" && head != "verordening" {
		return out
	}
	for _, w := range f[1:] {
		if nameStopWords[strings.ToLower(w)] || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return out
		}
	}
	rest := strings.Join(f[1:], " ")
	out = append(out, rest+head)
	if !strings.HasSuffix(rest, "s") {
		out = append(out, rest+"s"+head)
	}
	return out
}

// agencyRegulationNames name an agency's regulation by the agency's full
// name: "de verordening betreffende het Europees Ondersteuningsbureau voor
// asielzaken" is the regulation the data name "EASO-verordening" after an
// acronym or short name of that body ("verordening over Frontex"). Where a
// body's acronyms name several acts, they must be one line of succession,
// and the name is its latest act (a letter older than its proposal reaches
// the earlier ones: datedActName).
func agencyRegulationNames(acts []actRecord, owner map[string]string) []phrase {
	byStem := map[string]string{} // acronym -> CELEX of "ACR-verordening"
	for i := range acts {
		for _, n := range acts[i].allNames() {
			lower := strings.ToLower(n)
			if stem, ok := strings.CutSuffix(lower, "-verordening"); ok && stem != "" && !strings.ContainsAny(stem, " -") {
				byStem[stem] = acts[i].CELEX
			}
		}
	}
	next := revisions(acts) // the line of succession, as successions reads it
	for i := range acts {
		if by := acts[i].repealedBy(); by != "" {
			if _, ok := next[acts[i].CELEX]; !ok {
				next[acts[i].CELEX] = by
			}
		}
	}
	var out []phrase
	for _, o := range orgTable() {
		if o.Type != "agency" {
			continue
		}
		var line []string
		for _, a := range append([]string{o.Acronym}, o.Aliases...) {
			if c, ok := byStem[strings.ToLower(a)]; ok && !slices.Contains(line, c) {
				line = append(line, c)
			}
		}
		target, ok := latestOfLine(line, next)
		if !ok {
			continue
		}
		for _, n := range append([]string{o.NameNL, o.NameEN}, o.Aliases...) {
			if n == "" {
				continue
			}
			// one word ("Frontex", "EASO") only after a preposition: alone it
			// is a name with the type word first (typeFirstVariant)
			short := isAcronym(n) || len(strings.Fields(n)) < 2
			for _, p := range []string{"", "betreffende ", "inzake ", "over ", "tot oprichting van ", "tot instelling van "} {
				if short && p == "" {
					continue
				}
				for _, art := range []string{"", "de ", "het ", "een "} {
					if short && art != "" {
						continue
					}
					v := "verordening " + p + art + n
					if _, named := owner[squash(v)]; !named {
						out = append(out, phrase{text: v, target: target})
					}
				}
			}
		}
	}
	return out
}

// latestOfLine returns the act of acts that succeeds all the others, when
// they are one line of succession.
func latestOfLine(acts []string, next map[string]string) (string, bool) {
	if len(acts) == 0 {
		return "", false
	}
	for _, last := range acts {
		all := true
		for _, a := range acts {
			found := a == last
			for cur, steps := a, 0; !found && cur != "" && steps < 8; steps++ {
				cur = next[cur]
				found = cur == last
			}
			all = all && found
		}
		if all {
			return last, true
		}
	}
	return "", false
}

// typeFirstVariant is the form with the type word first of a compound
// name whose stem names a thing: an acronym ("EAB-kaderbesluit": "kaderbesluit
// EAB", "GVVA-richtlijn": "richtlijn GVVA") or a capitalised word joined by
// a hyphen ("Eurodac-verordening": "verordening Eurodac", "Prüm-besluit":
// "besluit Prüm"). A stem that is a common word ("Terugkeerrichtlijn",
// "Opvangrichtlijn") has no such form: "de richtlijn terugkeer" is not how
// letters write it.
func typeFirstVariant(name string) (string, bool) {
	if strings.ContainsAny(name, " ") {
		return "", false
	}
	lower := strings.ToLower(name)
	for _, suf := range []string{"kaderbesluit", "richtlijn", "verordening", "besluit"} {
		if !strings.HasSuffix(lower, suf) {
			continue
		}
		if suf == "besluit" {
			return "", false // "het besluit Europol te versterken" is a decision taken
		}
		stem := name[:len(name)-len(suf)]
		hyphen := strings.HasSuffix(stem, "-")
		stem = strings.TrimSuffix(stem, "-")
		first, _ := firstRune(stem)
		if stem == "" || strings.ContainsAny(stem, "-0123456789") {
			return "", false
		}
		if isAcronym(stem) && len([]rune(stem)) >= 2 || hyphen && unicode.IsUpper(first) {
			return suf + " " + stem, true
		}
		return "", false
	}
	return "", false
}

// describedPreps join the type word of a name to its subject when a letter
// writes the name out as a description: "de verordening betreffende de
// Europese grens- en kustwacht" for "Verordening Europese grens- en
// kustwacht".
var describedPreps = []string{"betreffende", "inzake", "over"}

// describedNameVariants are the described forms of a name "Richtlijn X" or
// "Verordening X" whose subject X has at least two words and opens with no
// preposition or article: the type word, optionally its authors ("van het
// Europees Parlement en de Raad", "van de Raad"), "betreffende", "inzake"
// or "over", optionally "de" or "het", then X.
func describedNameVariants(name string) []string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return nil
	}
	head := strings.ToLower(f[0])
	if head != "richtlijn" && head != "verordening" || nameStopWords[strings.ToLower(f[1])] {
		return nil
	}
	rest := strings.Join(f[1:], " ")
	var out []string
	for _, by := range describedAuthors {
		for _, p := range describedPreps {
			for _, art := range []string{"", "de ", "het "} {
				out = append(out, f[0]+" "+by+p+" "+art+rest)
			}
		}
	}
	return out
}

// describedAuthors may stand between the type word and the subject in a
// title as the Official Journal and the fiches write it: "Richtlijn van
// het Europees Parlement en de Raad betreffende procedurele waarborgen voor
// kinderen ...".
var describedAuthors = []string{"", "van het Europees Parlement en de Raad ", "van de Raad "}

// scan finds the acts named in a paragraph: names as written first, then
// misspelt names among the words left.
func (ix *actNameIndex) scan(p []rune, toks []token) []match {
	out := ix.dict.scan(p, toks)
	covered := make([]bool, len(toks))
	k := 0
	for _, m := range out {
		for k < len(toks) && toks[k].start < m.start {
			k++
		}
		for j := k; j < k+m.n && j < len(toks); j++ {
			covered[j] = true
		}
	}
	n := len(out)
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		// a name with the type word first ends with its stem: "de richtlijn
		// ICT-beveiliging" is no ICT-richtlijn
		if m, ok := ix.typeFirst.longest(p, toks, i); ok && !anyCovered(covered[i:i+m.n]) &&
			(m.end >= len(p) || p[m.end] != '-' && !unicode.IsLetter(p[m.end])) {
			out = append(out, m)
			i += m.n - 1
			continue
		}
		if m, ok := ix.bracketedAcronymAt(p, toks, i); ok && !anyCovered(covered[i:i+m.n]) {
			out = append(out, m)
			i += m.n - 1
			continue
		}
		if m, ok := ix.punctAt(p, toks, i); ok && !anyCovered(covered[i:i+m.n]) {
			out = append(out, m)
			i += m.n - 1
			continue
		}
		if m, ok := ix.plurals.longest(p, toks, i); ok && !anyCovered(covered[i:i+m.n]) && pluralWord(toks[i+m.n-1].lower) {
			out = append(out, m)
			i += m.n - 1
			continue
		}
		if m, ok := ix.fuzzyAt(p, toks, i, covered); ok {
			out = append(out, m)
			i += m.n - 1
		}
	}
	out = ix.formNames(p, toks, out) // hook acts3: proposals by acronym, titles after numbers (acts_named_forms.go)
	if len(out) > n {
		sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	}
	if len(ix.revised) > 0 {
		ix.reviseMatches(p, toks, out)
	}
	return out
}

func anyCovered(c []bool) bool {
	for _, b := range c {
		if b {
			return true
		}
	}
	return false
}

// fuzzyAt reads a misspelt name starting at token i: of the runs of one to
// fuzzyMaxRun words, the one nearest to a name (fewer words on a tie).
func (ix *actNameIndex) fuzzyAt(p []rune, toks []token, i int, covered []bool) (match, bool) {
	if r, _ := firstRune(toks[i].text); unicode.IsDigit(r) {
		return match{}, false
	}
	capital := startsUpper(toks[i].text)
	var best match
	bestDist, found := 0, false
	var buf [64]rune
	run := buf[:0]
	for n := 1; n <= fuzzyMaxRun && i+n <= len(toks); n++ {
		j := i + n - 1
		if covered[j] || (n > 1 && !joinable(p, toks[j-1], toks[j])) {
			break
		}
		if isNumeral(toks[j].text) {
			break // "Rome IV-verordening" is no misspelling of another act
		}
		run = appendSquashed(run, toks[j].lower) // squash of the token's text
		if len(run) > len(ix.fuzzy)+1 {
			break // longer than any name by more than two letters, as longer runs are
		}
		if len(run) < fuzzyMinLen-1 || !(capital || hasActSuffix(run)) {
			continue
		}
		target, d, ok := ix.nearest(run)
		if ok && (!found || d < bestDist) {
			best, bestDist, found = match{target: target, start: toks[i].start, end: toks[j].end, n: n}, d, true
		}
	}
	return best, found
}

// lookup resolves a whole string to an act by name, as written, as a short
// acronym, or misspelt.
func (ix *actNameIndex) lookup(s string) (string, bool) {
	if t, ok := ix.dict.lookup(s); ok {
		return t, true
	}
	if toks := tokenize([]rune(s)); len(toks) > 0 && pluralWord(toks[len(toks)-1].lower) {
		if t, ok := ix.plurals.lookup(s); ok {
			return t, true
		}
	}
	if t, ok := ix.acronyms[strings.TrimSpace(s)]; ok {
		return t, true
	}
	if t, ok := ix.squashed[squash(s)]; ok && !isAcronym(s) {
		return t, true
	}
	rs := []rune(s)
	toks := tokenize(rs)
	if len(toks) == 0 || len(toks) > fuzzyMaxRun {
		return "", false
	}
	for k := 1; k < len(toks); k++ {
		if !joinable(rs, toks[k-1], toks[k]) {
			return "", false
		}
	}
	for _, t := range toks {
		if isNumeral(t.text) {
			return "", false
		}
	}
	run := []rune(squash(s))
	if !startsUpper(toks[0].text) && !hasActSuffix(run) {
		return "", false
	}
	t, _, ok := ix.nearest(run)
	return t, ok
}

// nearest returns the act whose name is nearest to the squashed run within
// the tolerated distance, unless two acts are as near. For a compound name
// ("Dublinverordening") the part before the act word must be near too:
// "Dublin IV-verordening" is not the Dublinverordening, and a stem under
// five letters ("EUAA-verordening") must be exact.
func (ix *actNameIndex) nearest(run []rune) (target string, dist int, ok bool) {
	best, tie := fuzzyTolerance(fuzzyMinLen2)+1, false
	var bag letterBag
	haveBag := false
	set := letterSet(run)
	setSize := bits.OnesCount32(set)
	for l := max(0, len(run)-2); l <= len(run)+2 && l < len(ix.fuzzy); l++ {
		// Every name of bucket l has l letters: the same tolerance.
		max := fuzzyTolerance(l)
		if max == 0 || max < abs(l-len(run)) {
			continue
		}
		pop, lo, hi := &ix.fuzzyPop[l], 0, len(ix.fuzzySets[l])
		if q := setSize - max; q >= len(pop) {
			lo = hi
		} else if q > 0 {
			lo = int(pop[q])
		}
		if q := setSize + max + 1; q < len(pop) {
			hi = int(pop[q])
		}
		for k := lo; k < hi; k++ {
			cset := ix.fuzzySets[l][k]
			if setDistance(set, cset) > max {
				continue
			}
			if !haveBag {
				bag, haveBag = bagOf(run), true
			}
			c := &ix.fuzzy[l][k]
			if !bagWithin(&bag, &c.bag, max) {
				continue
			}
			d := editDistance(run, c.key, max)
			if d > max || d > best || !stemNear(run, *c) {
				continue
			}
			switch {
			case d < best:
				best, target, tie = d, c.target, false
			case c.target != target:
				tie = true
			}
		}
	}
	if target == "" || tie {
		return "", 0, false
	}
	return target, best, true
}

// stemNear reports whether the part of run before its act word is near
// the stem of c: the run's act word is its tail nearest to c's.
func stemNear(run []rune, c fuzzyName) bool {
	if c.suffix == nil {
		return true
	}
	bestTail, bestD := -1, 2
	for _, l := range []int{len(c.suffix), len(c.suffix) - 1, len(c.suffix) + 1} {
		if l >= len(run) {
			continue
		}
		if d := editDistance(run[len(run)-l:], c.suffix, 1); d < bestD {
			bestTail, bestD = l, d
		}
	}
	if bestTail < 0 {
		return false
	}
	tol := 0
	switch n := len(c.stem); {
	case n >= fuzzyMinLen2:
		tol = 2
	case n >= 5:
		tol = 1
	}
	return editDistance(run[:len(run)-bestTail], c.stem, tol) <= tol
}

// fuzzyTolerance is the edit distance tolerated for a name of n letters.
func fuzzyTolerance(n int) int {
	switch {
	case n >= fuzzyMinLen2:
		return 2
	case n >= fuzzyMinLen:
		return 1
	}
	return 0
}

// hasActSuffix reports whether a squashed run ends in a word for an act,
// possibly misspelt by one edit, after at least three letters of its own.
// Most runs end in three letters that no such word ends in: actSuffixTails
// rules them out first.
func hasActSuffix(run []rune) bool {
	n := len(run)
	if n < 6 {
		return false // every word for an act has four letters or more
	}
	may := actSuffixTails()[tailClass(run[n-3])][tailClass(run[n-2])][tailClass(run[n-1])]
	for i, s := range actSuffixRunes() {
		if may&(1<<i) == 0 {
			continue
		}
		for l := len(s) - 1; l <= len(s)+1; l++ {
			if n >= l+3 && within1(run[n-l:], s) {
				return true
			}
		}
	}
	return false
}

// tailClass is the class of a rune in actSuffixTails: a to z, or 26 for
// any other.
func tailClass(r rune) int {
	if r >= 'a' && r <= 'z' {
		return int(r - 'a')
	}
	return 26
}

// actSuffixTails holds the last three letters (by tailClass) of every
// string one edit or none from a word for an act, with a bit for each word
// (of actSuffixes) it is near: a run does not end in a word whose bit its
// last three letters lack.
var actSuffixTails = sync.OnceValue(func() *[27][27][27]uint8 {
	t := new([27][27][27]uint8)
	const any = -1
	var bit uint8
	classes := func(r rune) []int { // what a letter of a pattern stands for
		if r == any {
			out := make([]int, 27)
			for i := range out {
				out[i] = i
			}
			return out
		}
		return []int{tailClass(r)}
	}
	mark := func(v []rune) {
		if len(v) < 3 {
			return
		}
		v = v[len(v)-3:]
		for _, a := range classes(v[0]) {
			for _, b := range classes(v[1]) {
				for _, c := range classes(v[2]) {
					t[a][b][c] |= bit
				}
			}
		}
	}
	for i, s := range actSuffixRunes() {
		bit = 1 << i
		mark(s)
		for k := 0; k <= len(s); k++ {
			mark(slices.Concat(s[:k], []rune{any}, s[k:])) // an insertion
			if k < len(s) {
				mark(slices.Concat(s[:k], []rune{any}, s[k+1:])) // a substitution
				mark(slices.Concat(s[:k], s[k+1:]))              // a deletion
			}
			if k+1 < len(s) {
				v := slices.Clone(s)
				v[k], v[k+1] = v[k+1], v[k] // a transposition
				mark(v)
			}
		}
	}
	return t
})

var actSuffixRunes = sync.OnceValue(func() [][]rune {
	out := make([][]rune, len(actSuffixes))
	for i, s := range actSuffixes {
		out[i] = []rune(s)
	}
	return out
})

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
