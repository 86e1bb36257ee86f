package ingest

import (
	"regexp"
	"strings"
	"sync"

	"jhagraph/graph"
)

// countryRecord is a country of the reference data (refdata/countries.tsv):
// ISO 3166-1 alpha-2 code, English and Dutch names, EU membership and
// Schengen status, and the words that name it in Dutch and English letters:
// adjectives (inflected and not), demonyms, other names.
type countryRecord struct {
	Code       string
	Name       string // English
	NameNL     string
	Member     bool
	Schengen   string // full, no, associated
	Adjectives []string
	Demonyms   []string
	Other      []string
	Source     string
	line       int
}

// countryTable returns the countries of the reference data, in file order.
func countryTable() []countryRecord { return reference().countries }

// netherlandsRef is the Netherlands as a country reference: the country of
// the cabinet that writes the letters.
func netherlandsRef() graph.Ref { return graph.Ref{Kind: graph.KindCountry, Key: "NL"} }

// allWords are all the names, adjectives and demonyms of the country.
func (c *countryRecord) allWords() []string {
	out := []string{c.NameNL, c.Name}
	out = append(out, c.Adjectives...)
	out = append(out, c.Demonyms...)
	return append(out, c.Other...)
}

// foreignAdjective reports whether word is the adjective of a country other
// than the Netherlands ("Oekraïense", "Duitse", "Belgische"): the title it
// qualifies ("de Duitse minister Dekker") is no Dutch officeholder's,
// whatever the surname.
func foreignAdjective(word string) bool {
	for _, c := range countryTable() {
		if c.Code == "NL" {
			continue
		}
		for _, a := range c.Adjectives {
			if strings.EqualFold(a, word) {
				return true
			}
		}
	}
	return false
}

// nationalityAdjective reports whether t has the shape of an inflected
// adjective of nationality: a capital and the ending "-se" ("Britse",
// "Maltese", "Franse") or "-sche" ("Belgische", "Tsjechische"). A shape, not
// the table (foreignAdjective): it also takes "Nederlandse" and adjectives
// the table lacks.
func nationalityAdjective(t token) bool {
	return startsUpper(t.text) && (strings.HasSuffix(t.lower, "se") || strings.HasSuffix(t.lower, "sche"))
}

// countryCommonWords are words of the data that are also common Dutch words
// or first names, and so are not read as countries: "Frans" (a first name),
// "Pool" (a pole), "Noor", "Let" ("Let op"), "Est", "Fin", and the English
// "Jordan" (a first name).
var countryCommonWords = map[string]bool{"Frans": true, "Pool": true, "Noor": true, "Let": true, "Est": true, "Fin": true, "Jordan": true}

// countryStops are phrases that contain a country word but name no country:
// "Latijns-Amerikaanse" is not the United States, "Noord-Afrikaanse" no
// country at all.
var countryStops = []string{
	"Latijns-Amerikaanse", "Latijns-Amerika", "Zuid-Amerikaanse", "Midden-Amerikaanse", "Noord-Amerikaanse",
	"Zuid-Amerika", "Noord-Amerika", "Midden-Amerika", "Noord-Afrika", "Noord-Afrikaanse", "Zuid-Afrika",
	"Zuid-Afrikaanse", "West-Afrika", "West-Afrikaanse", "Oost-Europa", "Oost-Europese", "West-Europa",
	"West-Europese", "Latin America", "Latin American", "South America", "South American", "North America",
	"North American", "Central America", "Central American", "North Africa", "North African", "South Africa",
	"South African", "West Africa", "West African",
}

type countryIndexes struct {
	byCode map[string]*countryRecord
	words  *phraseDict
}

// countryIndex finds countries by their words, with case and as whole
// words, so "Nederlandse" is the Netherlands but "Schengenlanden" is
// nothing; diacritics do not matter.
var countryIndex = sync.OnceValue(func() *countryIndexes {
	idx := &countryIndexes{byCode: map[string]*countryRecord{}}
	countries := countryTable()
	var ps []phrase
	for i := range countries {
		c := &countries[i]
		idx.byCode[c.Code] = c
		for _, w := range c.allWords() {
			if !countryCommonWords[w] {
				ps = append(ps, phrase{text: w, target: c.Code, exact: true})
			}
		}
	}
	for _, w := range countryStops {
		ps = append(ps, phrase{text: w, exact: true})
	}
	idx.words = newPhraseDict(ps, false)
	return idx
})

// countryEntity returns the Country entity of an ISO code.
func countryEntity(code string) (graph.Entity, bool) {
	c, ok := countryIndex().byCode[code]
	if !ok {
		return graph.Entity{}, false
	}
	return graph.Entity{Kind: graph.KindCountry, Key: c.Code, Name: c.Name,
		Aliases: uniqueStrings(c.allWords(), c.Name),
		Props: map[string]any{"iso": c.Code, "memberState": c.Member, "schengen": c.Schengen,
			"nameNl": c.NameNL, "sourceNote": c.Source}}, true
}

// countryCities are names a country shares with its capital, where Council
// meetings and summits are held: "de Raad, gehouden in Luxemburg", "9 en 10
// oktober te Luxemburg" and "JBZ-Raad (Luxemburg)" name the city.
var countryCities = map[string]bool{"Luxemburg": true, "Luxembourg": true}

// meetingCues are words (lower case, as part of a token) that make a city
// reading of countryCities likely when one stands within a few words before
// "in", "te" or "(" and the name: a meeting, a summit, a session.
var meetingCues = []string{"raad", "vergadering", "bijeenkomst", "gehouden", "top", "conferentie", "comité", "zitting", "overleg", "meeting", "council", "held"}

// findCountries finds the countries a paragraph names, without the
// capitals that share a country's name where they are a meeting's place.
func findCountries(p []rune, toks []token) []match {
	ms := countryIndex().words.scan(p, toks)
	out := ms[:0:0]
	for _, m := range ms {
		if m.n == 1 && countryCities[string(p[m.start:m.end])] && meetingPlace(p, toks, m.start) {
			continue
		}
		out = append(out, m)
	}
	if len(out) == len(ms) {
		return ms
	}
	return out
}

// meetingPlace reports whether the word at rune offset start follows "in",
// "te" or an opening bracket, with a meeting cue at most twelve words before
// or, in the same sentence, three words after ("vond op 28 oktober 2014 in
// Luxemburg de Milieuraad plaats"); or follows the year of a meeting's date
// with a cue before ("Verslag Formele Gezondheidsraad EPSCO 22 juni 2012
// Luxemburg", a title line).
func meetingPlace(p []rune, toks []token, start int) bool {
	i := 0
	for i < len(toks) && toks[i].start < start {
		i++
	}
	if i == 0 {
		return false
	}
	gap := strings.TrimSpace(string(p[toks[i-1].end:start]))
	prev := toks[i-1].lower
	afterYear := gap == "" && isYearToken(prev)
	if gap != "(" && !(gap == "" && (prev == "in" || prev == "te" || prev == "at")) && !afterYear {
		return false
	}
	cue := func(t token) bool {
		for _, c := range meetingCues {
			if strings.Contains(t.lower, c) {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-13; k-- {
		if cue(toks[k]) {
			return true
		}
	}
	if afterYear {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if strings.ContainsAny(string(p[toks[k-1].end:toks[k].start]), ".;:") {
			break
		}
		if cue(toks[k]) {
			return true
		}
	}
	return false
}

// isYearToken reports whether a token is a year from 1950 to 2099.
func isYearToken(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") && s[2] >= '5' || strings.HasPrefix(s, "20")) && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// councilNameBeforeRe ends the words before a place written right after a
// Council's name: "het Commissiedebat JBZ-Raad Luxemburg van 9 en 10 juni".
var councilNameBeforeRe = regexp.MustCompile(`(?i)(?:JBZ-Raad|JBZ-raad|Raad\s+Justitie\s+en\s+Binnenlandse\s+Zaken|JHA\s+Council)\s+$`)

// councilPlace reports whether span is a city where the Council meets
// written right after a Council's name ("JBZ-Raad Luxemburg"), as debates
// of the Kamer are named: the meeting's place, no mention of the country.
func (x *extraction) councilPlace(span Span) bool {
	if !meetingPlaces[x.str(span.Start, span.End)] {
		return false
	}
	return councilNameBeforeRe.MatchString(x.str(max(0, span.Start-45), span.Start))
}
