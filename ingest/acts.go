package ingest

import (
	"fmt"
	"regexp"
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
// "Raadsbesluit") — then optionally "(EU)" and "nr."/"No", then two numbers
// separated by "/", then optionally the series ("/EU", "/JBZ"). A bare
// citation has no type word and needs a series before or after the numbers;
// it counts only when the reference table knows the act.
const (
	actSeries  = `EU|EG|EC|EEG|EEC|JBZ|JHA|JAI|GBVB|CFSP|PESC|Euratom`
	actPrefix  = `\((?:EU|EG|EC|EEG|EEC)(?:,\s*Euratom)?\)`
	actNr      = `(?:[Nn][Rr]\.?|[Nn]o\.?|[Nn]°)`
	actNumbers = `(?:(` + actPrefix + `)\s*)?(` + actNr + `\s*)?([0-9]{2,4})/([0-9]{1,4})(?:/(` + actSeries + `))?`
)

var (
	actTypedRe = regexp.MustCompile(`(?i:(kaderbesluit|framework\s+decision|richtlijn|directive|verordening|regulation|besluit|decision))(?:en|s)?\s+(?:(?:van\s+de\s+Raad|of\s+the\s+Council)\s+)?` + actNumbers)
	actListRe  = regexp.MustCompile(`^(?:\s*,\s*|\s+(?:en|and|of|or)\s+)` + actNumbers)
	actBareRe  = regexp.MustCompile(`(` + actPrefix + `)\s*(` + actNr + `\s*)?([0-9]{2,4})/([0-9]{1,4})|([0-9]{2,4})/([0-9]{1,4})/(` + actSeries + `)`)
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

// yearOf reads a year: four digits from 1952 to 2099, or two digits (19xx).
func yearOf(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	switch len(s) {
	case 2:
		return 1900 + n, true
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

func celexOf(typ byte, year, num int) string { return fmt.Sprintf("3%04d%c%04d", year, typ, num) }

// findActs returns the act citations in s: typed ones (with lists: "Richtlijnen
// 2011/95/EU en 2013/33/EU"), then bare ones the reference table knows.
func findActs(s string) []actCite {
	if !strings.Contains(s, "/") {
		return nil // every citation has a slash
	}
	var out []actCite
	var taken [][2]int
	for _, m := range actTypedRe.FindAllStringSubmatchIndex(s, -1) {
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
				break // a list item needs "(EU)", "nr." or a series: "en 2023/24" is no act
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
	for _, m := range actBareRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(taken, m[0], m[1]) || !boundaryAfter(s, m[1]) {
			continue
		}
		var c actCite
		var ok bool
		if m[2] >= 0 {
			c, ok = barePrefixed(s[m[2]:m[3]], s[m[6]:m[7]], s[m[8]:m[9]], m[4] >= 0)
		} else {
			c, ok = bareSeries(s[m[10]:m[11]], s[m[12]:m[13]], s[m[14]:m[15]])
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
	c := actCite{celex: celexOf(typ, year, num), typ: typ, year: year, num: num, suffix: seriesName(prefix, series)}
	return c, true
}

// barePrefixed resolves "(EU) 2024/1689" (the single numbering since 2015)
// or "(EU) nr. 604/2013" (a regulation before 2015) through the reference
// table.
func barePrefixed(prefix, a, b string, nr bool) (actCite, bool) {
	idx := actIndex()
	if y, ok := yearOf(a); ok && y >= 2015 && len(a) == 4 && !nr {
		n, _ := strconv.Atoi(b)
		if r, ok := idx.byYearNum[fmt.Sprintf("%d/%d", y, n)]; ok {
			return actCite{celex: r.CELEX, typ: r.CELEX[5], year: y, num: n, suffix: seriesName(prefix, "")}, true
		}
		return actCite{}, false
	}
	return knownCite('R', a, b, nr, seriesName(prefix, ""))
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

// actIndexes are the read-only lookups built from actTable.
type actIndexes struct {
	byCELEX   map[string]*actRecord
	byYearNum map[string]*actRecord // "2024/1689" for acts since 2015
	names     *phraseDict           // names and nicknames -> CELEX
	citation  map[string]string     // CELEX -> "Directive 2011/98/EU"
}

var actIndex = sync.OnceValue(func() *actIndexes {
	idx := &actIndexes{byCELEX: map[string]*actRecord{}, byYearNum: map[string]*actRecord{}, citation: map[string]string{}}
	var phrases []phrase
	for i := range actTable {
		r := &actTable[i]
		m := celexRe.FindStringSubmatch(r.CELEX)
		if m == nil {
			panic("ingest: bad CELEX in reference table: " + r.CELEX)
		}
		idx.byCELEX[r.CELEX] = r
		y, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[3])
		if y >= 2015 {
			idx.byYearNum[fmt.Sprintf("%d/%d", y, n)] = r
		}
		if c := titleCitationRe.FindStringSubmatch(r.Title); c != nil {
			idx.citation[r.CELEX] = c[1]
		}
		for _, name := range r.names() {
			phrases = append(phrases, phrase{text: name, target: r.CELEX, exact: isAcronym(name)})
		}
	}
	idx.names = newPhraseDict(phrases, true)
	return idx
})

// names are the names under which the act is found: its nicknames and its
// short name, unless that carries a qualifier in brackets ("Eurodac
// Regulation (2013)").
func (r *actRecord) names() []string {
	if strings.ContainsAny(r.Short, "()") {
		return r.Names
	}
	return append([]string{r.Short}, r.Names...)
}

var titleCitationRe = regexp.MustCompile(`^(?:Council |Commission )?((?:Framework )?(?:Directive|Regulation|Decision) (?:\((?:EU|EC|EEC)\) )?(?:No )?[0-9]+/[0-9]+(?:/(?:EU|EC|EEC|JHA))?)`)

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
// 2002/584/JBZ"), a bare number the reference table knows ("2011/98/EU",
// "(EU) 2024/1689"), or a name it knows ("GVVA-richtlijn", "Single Permit
// Directive", "AI-verordening"; case, diacritics, spaces and hyphens do not
// matter). A string naming more than one act, a bare number without its
// series ("2011/98") and a bare number of an act the table does not know are
// not resolved: the type of act cannot be told.
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
	name := s
	for _, art := range []string{"de ", "De ", "het ", "Het ", "the ", "The "} {
		name = strings.TrimPrefix(name, art)
	}
	return actIndex().names.lookup(name)
}

// LegalAct returns the reference entity for a CELEX number: for an act in
// the reference table its citation name, official title, short names and
// nicknames; for another well-formed sector 3 CELEX number a minimal entity
// built from the number ("Directive 2011/99/EU"). ok is false for a string
// that is not such a CELEX number.
func LegalAct(celex string) (graph.Entity, bool) {
	return legalAct(celex, "")
}

// legalAct builds the entity; series, when known from the citation, names
// an act the table does not know.
func legalAct(celex, series string) (graph.Entity, bool) {
	m := celexRe.FindStringSubmatch(celex)
	if m == nil {
		return graph.Entity{}, false
	}
	year, _ := strconv.Atoi(m[1])
	num, _ := strconv.Atoi(m[3])
	typ := m[2][0]
	if year < 1952 || year > 2099 || num == 0 {
		return graph.Entity{}, false
	}
	idx := actIndex()
	name := idx.citation[celex]
	if name == "" {
		name = citationName(typ, year, num, series)
	}
	e := graph.Entity{Kind: graph.KindLegalAct, Key: celex, Name: name, Props: map[string]any{
		"celex": celex, "type": actTypeNames[typ], "year": year, "number": num,
		"source": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex,
	}}
	aliases := []string{dutchCitation(name)}
	if r, ok := idx.byCELEX[celex]; ok {
		e.Props["title"] = r.Title
		e.Props["shortName"] = r.Short
		aliases = append(aliases, r.Short)
		aliases = append(aliases, r.Names...)
	}
	e.Aliases = uniqueStrings(aliases, name)
	return e, true
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
