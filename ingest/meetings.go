package ingest

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"jhagraph/graph"
)

// Council meetings. The JHA Council is written "Raad Justitie en
// Binnenlandse Zaken", "JBZ-Raad", "JBZ-Raadsvergadering", "JBZ Raad",
// "Justice and Home Affairs Council", "JHA Council", optionally "informele"
// and "bijeenkomst van de", and is recognised only with its dates: "op 25 en
// 26 januari 2023 in Brussel", "van 4-5 december jl.", ", 25 en 26 januari",
// ", gehouden in Luxemburg op 9 en 10 juni 2016", " te Stockholm 25-27
// januari" (the place straight before the days), " gehouden op 27 en 28
// oktober 2011", " (Luxemburg) 10 en 11
// oktober 2024", " te Brussel van 12 en 13 maart 2015", " Luxemburg van 9
// en 10 juni" and " Luxemburg 9 en 10 juni" (a known place only), "12 &
// 13 juni", "op donderdag 12 en vrijdag 13 juni",
// "29/30 januari", and "13 14 oktober 2025" where a web page lost the dash
// of two days in a row. "Raad Justitie" or "Raad Binnenlandse Zaken" alone,
// with dates, is the meeting too (its Justice or Home Affairs part). An extraordinary
// Council may have its date apart from its name ("een extra JBZ-Raad
// ingelast op 9 november", "Op 9 november vond een buitengewone JBZ-Raad
// plaats"), and a document's title may name its meeting over several lines
// (splitTitleMeeting).
const meetingMonth = `januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october`

// It is tried only where a match can start (see startRe).
var meetingRe = startsWith(
	`(?:\b(?:(?P<inf>(?i:informele|informal))|(?P<formal>(?i:formele|formal)))\s+)?(?:(?P<meeting>(?i:bijeenkomst|vergadering))\s+van\s+de\s+)?` +
		`(?:Raad\s+(?:voor\s+|van\s+)?Justitie\s+en\s+Binnenlandse\s+Zaken|Raad\s+(?:Justitie|Binnenlandse\s+Zaken)|i?JBZ[-\s]?[Rr]aad(?:svergadering)?|JHA[-\s][Rr]aad|Justice\s+and\s+Home\s+Affairs\s+(?:\(JHA\)\s+)?Council|JHA\s+Council)` +
		meetingTail)

// meetingNeed is what the matches of a meeting regexp need (litNeed), as
// meetingNeeds keeps it: for meetingRe the Council's name and a month.
func meetingNeed(re *startRe) litNeed {
	if n, ok := meetingNeeds.Load(re); ok {
		return n.(litNeed)
	}
	n := needOf(re.re.String())
	meetingNeeds.Store(re, n)
	return n
}

var meetingNeeds sync.Map // *startRe → litNeed

// meetingBareRe is "de bijeenkomst van de Raad van 30 november–1 december
// 2009": "de Raad" alone names a meeting only so. It is tried only where
// the paragraph has "van de Raad".
var meetingBareRe = startsWith(
	`(?:\b(?:(?P<inf>(?i:informele|informal))|(?P<formal>(?i:formele|formal)))\s+)?(?P<meeting>(?i:bijeenkomst|vergadering))\s+van\s+de\s+(?P<bare>Raad)` +
		meetingTail)

// meetingTail is what follows a meeting's name: its dates, year and place.
const meetingTail = `(?:\s*\((?:i?JBZ(?:[-\s]?[Rr]aad)?|i?JHA|(?P<place>\p{Lu}[\p{L}-]+))\)){0,2}` +
	`(?:\s*,?\s+gehouden\s+(?:(?:in|te)\s+(?P<place>\p{Lu}[\p{L}-]+)\s+)?op\s+|\s+(?:in|te)\s+(?P<place>\p{Lu}[\p{L}-]+)\s+(?:(?:van|op)\s+)?|\s+(?P<bplace>\p{Lu}[\p{L}-]+)\s+(?:(?:van|op|d\.d\.)\s+)?|\s*,\s*|\s+(?:van|op|on|of|d\.d\.)\s+|\s+)` +
	meetingWeekday + `(?P<d1>[0-9]{1,2})(?:\s+(?P<m1>(?i:` + meetingMonth + `)))?` +
	`(?:,\s*[0-9]{1,2}(?:,\s*[0-9]{1,2})?\s+(?:en|and)\s+(?P<d2>[0-9]{1,2})|(?:\s*(?:-|–|—|/|&|en|and|tot\s+en\s+met|t/m)\s*` + meetingWeekday + `|(?P<sp>\s+))(?P<d2>[0-9]{1,2}))?` +
	`\s+(?P<m2>(?i:` + meetingMonth + `))\b` +
	`(?:\s+(?P<y>[0-9]{4})\b|\s+(?P<rel>` + meetingRel + `))?` +
	`(?:\s+(?:in|te)\s+(?P<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?`

// meetingRel is "jongstleden" or "aanstaande" written after a date without
// its year, as letters abbreviate them: "jl.", "jl", "j.l.", "a.s.", "as.",
// "a.s" (relativeMeeting reads which).
const meetingRel = `jl\.|jl\b|j\.l\.|jongstleden|a\.s\.|a\.s\b|as\.|aanstaande`

// relativeMeeting is the rel of a mention as "jl." (a date before the
// letter) or "a.s." (one after it), "" when it has none.
func relativeMeeting(rel string) string {
	switch {
	case rel == "":
		return ""
	case strings.HasPrefix(rel, "j"):
		return "jl."
	}
	return "a.s."
}

// weekdayNames are the days of the week in Dutch, as an alternation.
const weekdayNames = `maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag`

// meetingWeekday is the day of the week a letter may write before a day:
// "op donderdag 12 en vrijdag 13 juni", "van maandag 8 december".
const meetingWeekday = `(?:(?i:` + weekdayNames + `|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?`

// debateBeforeRe recognises, before a meeting's name, a debate or
// consultation of the Kamer named after the Council: "het AO JBZ-Raad op 11
// maart", "het commissiedebat JBZ-Raad van 8 juni", "het schriftelijk
// overleg JBZ-Raad", "het VAO JBZ-raad, 17 februari 2010" (the plenary
// follow-up of such a debate). They are not Council meetings, and the date
// is often the debate's. A debate "over de JBZ-Raad van 13 juni" names the
// meeting it is about, which stands.
var debateBeforeRe = regexp.MustCompile(`(?i)\b(?:AO|SO|VAO|VSO|WGO|tweeminutendebat|voortgezet\s+algemeen\s+overleg|algemeen\s+overleg|commissiedebat|plenair\s+debat|debat|notaoverleg|schriftelijk\s+overleg|mondeling\s+overleg|inbreng)\s+$`)

// committeeBeforeRe is the committee of the Eerste Kamer named after the
// Council, before the name: "de vaste commissie voor Immigratie & Asiel /
// JBZ-Raad op 26 maart 2024" is the committee's meeting, no Council's.
var committeeBeforeRe = regexp.MustCompile(`(?i)\basiel\s*/\s*$`)

// debateOverRe is a debate of the Kamer about a Council, before the
// Council's name: in "het Algemeen Overleg over de informele JBZ-Raad op 6
// februari" the day ("op") is the debate's; "over de JBZ-Raad van 13 juni"
// gives the meeting's.
var debateOverRe = regexp.MustCompile(`(?i)\b(?:AO|SO|VAO|WGO|algemeen\s+overleg|commissiedebat|plenair\s+debat|debat|notaoverleg|schriftelijk\s+overleg|mondeling\s+overleg)\s+over\s+(?:de|het)\s+$`)

// heldInRe reads the place right after an extraordinary meeting's name:
// ", gehouden in Brussel".
var heldInRe = regexp.MustCompile(`^\s*,?\s+gehouden\s+(?:in|te)\s+(\p{Lu}[\p{L}-]+)`)

// takesPlaceRe reads where a meeting takes place from the words after it:
// "vindt plaats in Luxemburg", "zal plaatsvinden in Brussel".
var takesPlaceRe = regexp.MustCompile(`^\s*,?\s*(?:(?:vindt|vond|zal|zullen|wordt|werd)\s+(?:[\p{L}-]+\s+){0,4}?(?:plaatsvinden|plaats|gehouden)|plaatsvindt|plaatsvond)\s+(?:in|te)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`)

// meetingPlaces are the places a JHA Council meets: Brussels and Luxembourg
// for formal meetings, the presidency's country for informal ones.
var meetingPlaces = map[string]bool{
	"Brussel": true, "Brussels": true, "Luxemburg": true, "Luxembourg": true, "Stockholm": true, "Praag": true,
	"Prague": true, "Madrid": true, "Valladolid": true, "Boedapest": true, "Budapest": true, "Warschau": true,
	"Warsaw": true, "Kopenhagen": true, "Copenhagen": true, "Lissabon": true, "Lisbon": true, "Rome": true,
	"Parijs": true, "Paris": true, "Berlijn": true, "Berlin": true, "Wenen": true, "Vienna": true, "Athene": true,
	"Athens": true, "Zagreb": true, "Ljubljana": true, "Tallinn": true, "Riga": true, "Vilnius": true,
	"Helsinki": true, "Bratislava": true, "Sofia": true, "Boekarest": true, "Bucharest": true, "Nicosia": true,
	"Valletta": true, "Dublin": true, "Amsterdam": true, "Den Haag": true, "Leuven": true, "Gent": true,
	"Antwerpen": true, "Brugge": true, "Innsbruck": true, "Sopot": true, "Lille": true, "Cardiff": true,
	// informal meetings outside the capitals (refdata/meetings.tsv)
	"Toledo": true, "Gödöllő": true, "Milaan": true, "Milan": true, "Logroño": true, "Brdo": true, "Lefkosia": true,
}

// meetingRole is what a document does with a meeting.
type meetingRole int

const (
	roleMentions meetingRole = iota
	roleAnnotates
	roleReportsOn
)

// meetingMention is a council meeting named in a paragraph.
type meetingMention struct {
	start, end     int // byte offsets in the paragraph
	placeStart     int // byte offset of the place, or -1
	informal       bool
	formal         bool // written "formele JBZ-Raad"
	d1, m1, d2, m2 int
	year           int    // written year, or 0
	rel            string // "jl." / "a.s." when written instead of a year
	place          string
	written        string
}

func findMeetings(s string) []meetingMention {
	if c := uncapitalised(s); c != s {
		ms := findMeetings(c) // same byte offsets
		for k := range ms {
			ms[k].written = strings.TrimSpace(s[ms[k].start:ms[k].end])
		}
		return ms
	}
	ministers := strings.Contains(s, "ministers") // meetings_usage.go
	if !strings.Contains(s, "aad") && !strings.Contains(s, "Council") && !ministers {
		return nil // no "Raad", "raad", "Council" or "ministers"
	}
	var out []meetingMention
	folded := ""
	for _, re := range []*startRe{meetingRe, meetingBareRe, meetingMinistersRe} {
		if re == meetingBareRe && !strings.Contains(s, "van de Raad") || re == meetingMinistersRe && !ministers {
			continue
		}
		if folded == "" {
			folded = foldForGuard(s)
		}
		if !meetingNeed(re).holds(folded) {
			continue // most paragraphs that name a Raad name no JHA Council with a month
		}
		out = append(out, findMeetingsWith(re, s)...)
	}
	if strings.Contains(s, "extra") || strings.Contains(s, "buitengewone") || strings.Contains(s, "ingelast") || strings.Contains(s, "in te lassen") {
		out = append(out, findExtraMeetings(s, out)...)
	}
	out = append(out, findBackMeetings(s, out)...) // hook acts3: "de Raad van 18 mei jl." after the JHA Council (meetings_anaphor.go)
	if len(out) > 1 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	}
	return out
}

// uncapitalised writes a line printed in capitals as a sentence is
// written, so that its meeting reads as in running text: "VERSLAG VAN DE
// BIJEENKOMST VAN ... DE RAAD JUSTITIE EN BINNENLANDSE ZAKEN, 27 EN 28 MAART
// 2017 TE BRUSSEL" is "Verslag van de Bijeenkomst van ... de Raad Justitie
// en Binnenlandse Zaken, 27 en 28 maart 2017 te Brussel": words in
// lower case, but for the function words and months, with a capital; "JBZ"
// and "JHA" stay. s itself is returned when it has a lower-case letter or
// names no Council, or when lower case would change its length in bytes.
func uncapitalised(s string) string {
	if !strings.Contains(s, "RAAD") && !strings.Contains(s, "COUNCIL") {
		return s
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return s
		}
	}
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return s
	}
	b := []byte(lower)
	for i := 0; i < len(b); {
		if !isWordByte(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && isWordByte(b[j]) {
			j++
		}
		w := string(b[i:j])
		switch {
		case w == "jbz" || w == "ijbz" || w == "jha" || w == "ijha":
			copy(b[i:j], strings.ToUpper(w))
			if w[0] == 'i' {
				b[i] = 'i'
			}
		case uncapitalisedLower[w] || monthNumber(w) > 0:
		case b[i] >= 'a' && b[i] <= 'z':
			b[i] -= 'a' - 'A'
		}
		i = j
	}
	return string(b)
}

// isWordByte is a byte of a word for uncapitalised: a letter, or a byte of
// a letter outside ASCII.
func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// uncapitalisedLower are the words a capitalised line writes in lower case
// in running text: articles, prepositions, conjunctions, the words of a
// meeting's dates and place.
var uncapitalisedLower = map[string]bool{
	"de": true, "het": true, "een": true, "van": true, "en": true, "te": true, "in": true, "op": true,
	"voor": true, "over": true, "met": true, "aan": true, "tot": true, "bij": true, "d": true, "gehouden": true,
	"jl": true, "a": true, "s": true, "informele": true, "formele": true, "bijeenkomst": true, "vergadering": true,
	"and": true, "of": true, "on": true, "the": true, "informal": true, "formal": true,
}

// An extraordinary Council is often written with its date apart from its
// name: "een extra JBZ-Raad ingelast op 9 november", "Op 9 november vond
// een buitengewone JBZ-Raad plaats", "besloot het voorzitterschap om 27
// februari een JBZ-Raad in te lassen".
const (
	extraName = `(?:extra|buitengewone|ingelaste)\s+(?:bijeenkomst\s+van\s+de\s+)?(?:i?JBZ[-\s]?[Rr]aad|Raad\s+(?:voor\s+|van\s+)?Justitie\s+en\s+Binnenlandse\s+Zaken)(?:\s*\((?:i?JBZ(?:[-\s]?[Rr]aad)?)\))?`
	extraDate = `(?P<d1>[0-9]{1,2})(?:\s*(?:-|–|en)\s*(?P<d2>[0-9]{1,2}))?\s+(?P<m2>(?i:` + meetingMonth + `))\b(?:\s+(?P<y>[0-9]{4})\b|\s+(?P<rel>` + meetingRel + `))?`
)

var (
	extraAfterRe  = regexp.MustCompile(`(?i)\b` + extraName + `\s+(?:(?:is|werd|wordt|zal)\s+)?(?:ingelast|bijeengeroepen|georganiseerd|gehouden)?\s*(?:op|van)\s+` + extraDate)
	extraBeforeRe = regexp.MustCompile(`\b[Oo]p\s+` + extraDate + `\s+(?:(?:vond|vindt|is|werd|wordt|zal|heeft|hebben)\s+)?(?:er\s+)?(?:een\s+)?` + extraName)
	// "om 27 februari een JBZ-Raad in te lassen": the name needs no
	// "extra", the verb says it
	extraConveneRe = regexp.MustCompile(`\b(?:[Oo]m|[Oo]p)\s+` + extraDate + `\s+(?:een\s+)?(?:(?:extra|buitengewone)\s+)?(?:i?JBZ[-\s]?[Rr]aad|Raad\s+(?:voor\s+|van\s+)?Justitie\s+en\s+Binnenlandse\s+Zaken)\s+in\s+te\s+lassen\b`)
)

// findExtraMeetings finds the extraordinary Councils of s that the names
// with dates (have) left out.
func findExtraMeetings(s string, have []meetingMention) []meetingMention {
	var out []meetingMention
	for _, re := range []*regexp.Regexp{extraAfterRe, extraBeforeRe, extraConveneRe} {
		names := re.SubexpNames()
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			overlaps := false
			for _, h := range append(have, out...) {
				if m[0] < h.end && h.start < m[1] {
					overlaps = true
				}
			}
			if overlaps || debateBeforeRe.MatchString(s[max(0, m[0]-40):m[0]]) {
				continue
			}
			g := map[string]string{}
			for i, n := range names {
				if n != "" && m[2*i] >= 0 {
					g[n] = s[m[2*i]:m[2*i+1]]
				}
			}
			mm := meetingMention{start: m[0], end: m[1], placeStart: -1, rel: relativeMeeting(g["rel"]), written: strings.TrimSpace(s[m[0]:m[1]])}
			mm.d1, _ = strconv.Atoi(g["d1"])
			mm.d2 = mm.d1
			if g["d2"] != "" {
				mm.d2, _ = strconv.Atoi(g["d2"])
			}
			mm.m2 = monthNumber(g["m2"])
			mm.m1 = mm.m2
			if g["y"] != "" {
				mm.year, _ = strconv.Atoi(g["y"])
			}
			if mm.d1 < 1 || mm.d1 > 31 || mm.d2 < 1 || mm.d2 > 31 || mm.m2 == 0 {
				continue
			}
			// "de op 20 juli 2015 ingelaste Raad ..., gehouden in Brussel"
			if pl := heldInRe.FindStringSubmatchIndex(s[m[1]:]); pl != nil && meetingPlaces[s[m[1]+pl[2]:m[1]+pl[3]]] {
				mm.place, mm.placeStart = s[m[1]+pl[2]:m[1]+pl[3]], m[1]+pl[2]
			}
			out = append(out, mm)
		}
	}
	return out
}

func findMeetingsWith(re *startRe, s string) []meetingMention {
	var out []meetingMention
	names := re.re.SubexpNames()
	for _, m := range re.FindAllStringSubmatchIndex(s) {
		g := map[string]string{}
		gs := map[string]int{}
		for i, n := range names {
			if n != "" && m[2*i] >= 0 {
				g[n] = s[m[2*i]:m[2*i+1]]
				gs[n] = m[2*i]
			}
		}
		if debateBeforeRe.MatchString(s[max(0, m[0]-40):m[0]]) && !debateNamesCouncilDays(g) {
			continue // "het AO JBZ-Raad van 11 maart": a debate of the Kamer, named after the Council (meetings_usage.go)
		}
		if committeeBeforeRe.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue // "de commissie voor Immigratie & Asiel / JBZ-Raad op 26 maart": a committee of the Eerste Kamer
		}
		if debateOverRe.MatchString(s[max(0, m[0]-60):m[0]]) && strings.HasSuffix(strings.TrimRight(s[m[0]:gs["d1"]], " "), " op") && !debateNamesCouncilDays(g) {
			continue // "het Algemeen Overleg over de informele JBZ-Raad op 6 februari": the debate's day
		}
		mm := meetingMention{start: m[0], end: m[1], placeStart: -1, informal: g["inf"] != "", formal: g["formal"] != "", rel: relativeMeeting(g["rel"])}
		mm.d1, _ = strconv.Atoi(g["d1"])
		mm.m2 = monthNumber(g["m2"])
		mm.m1 = mm.m2
		if g["m1"] != "" {
			mm.m1 = monthNumber(g["m1"])
		}
		mm.d2 = mm.d1
		if g["d2"] != "" {
			mm.d2, _ = strconv.Atoi(g["d2"])
			if g["sp"] != "" && (mm.d2 != mm.d1+1 || g["m1"] != "") {
				continue // "13 14 oktober" is a two-day meeting whose dash was lost; other bare pairs are no range
			}
		}
		if g["y"] != "" {
			mm.year, _ = strconv.Atoi(g["y"])
		}
		if p := g["bplace"]; p != "" {
			// "de JBZ-Raad Luxemburg van 9 en 10 juni": a word between
			// the name and the dates is a place only when it is one
			if !meetingPlaces[p] {
				continue
			}
			mm.place, mm.placeStart = p, gs["bplace"]
		}
		if p := g["place"]; p != "" {
			if meetingPlaces[p] {
				mm.place, mm.placeStart = p, gs["place"]
			} else if first, _, _ := strings.Cut(p, " "); meetingPlaces[first] {
				mm.place, mm.placeStart = first, gs["place"]
				mm.end = gs["place"] + len(first)
			} else {
				mm.end = strings.LastIndex(s[:gs["place"]], " in ")
				if mm.end < 0 {
					mm.end = strings.LastIndex(s[:gs["place"]], " te ")
				}
			}
		}
		if mm.end <= mm.start {
			mm.end = m[1]
		}
		if mm.place == "" {
			// "De JBZ-Raad van 8 en 9 juni vindt plaats in Luxemburg."
			if pl := takesPlaceRe.FindStringSubmatchIndex(s[m[1]:]); pl != nil {
				p := s[m[1]+pl[2] : m[1]+pl[3]]
				if first, _, _ := strings.Cut(p, " "); !meetingPlaces[p] && meetingPlaces[first] {
					p = first
				}
				if meetingPlaces[p] {
					mm.place, mm.placeStart = p, m[1]+pl[2]
				}
			}
		}
		mm.written = strings.TrimSpace(s[mm.start:mm.end])
		if mm.d1 < 1 || mm.d1 > 31 || mm.d2 < 1 || mm.d2 > 31 || mm.m1 == 0 || mm.m2 == 0 {
			continue
		}
		out = append(out, mm)
	}
	return out
}

// resolvedMeeting is a mention with its dates settled.
type resolvedMeeting struct {
	start, end    time.Time
	yearCorrected bool
	writtenYear   int
}

// resolveMeeting settles the year of a meeting. A written year stands
// unless the document's role makes it impossible: an annotated agenda
// announces a meeting that has not yet happened, a report looks back on one
// that has; then the year is corrected by one when that makes it possible.
// "jl." is the last such date before the letter, "a.s." the next one after
// it; a date without a year is the nearest occurrence that fits the role.
func resolveMeeting(mm meetingMention, role meetingRole, letter time.Time, haveLetter bool) (resolvedMeeting, bool) {
	r, ok := resolveMeetingDays(mm, role, letter, haveLetter)
	if ok {
		r = calendarRangeStart(r) // "25-27 januari" of the meeting of 26-27 January (meetings_usage.go)
	}
	if ok && r.start.Equal(r.end) {
		// "de JBZ-Raad van 7 december 2018": the second day of the
		// meeting of 6 and 7 December, and "van 6 december" its first
		// day: the meeting has the table's days (meetings_calendar.go)
		if c, known := calendarMeetingAt(r.start); known {
			r.start, r.end = c.start, c.end
		}
	}
	return r, ok
}

// resolveMeetingDays settles the days of a meeting as the letter names them.
func resolveMeetingDays(mm meetingMention, role meetingRole, letter time.Time, haveLetter bool) (resolvedMeeting, bool) {
	build := func(y int) (resolvedMeeting, bool) {
		sy := y
		if mm.m1 > mm.m2 { // "30 december en 1 januari 2024": the meeting starts the year before
			sy = y - 1
		}
		s, ok1 := mkDate(sy, mm.m1, mm.d1)
		e, ok2 := mkDate(y, mm.m2, mm.d2)
		return resolvedMeeting{start: s, end: e}, ok1 && ok2 && !e.Before(s) && e.Sub(s) <= days(7)
	}
	fits := func(r resolvedMeeting) bool {
		switch role {
		case roleAnnotates:
			return !r.start.Before(letter.Add(-days(7))) && !r.start.After(letter.Add(days(365)))
		case roleReportsOn:
			return !r.end.After(letter.Add(days(1))) && !r.end.Before(letter.Add(-days(365)))
		}
		return true
	}
	if mm.year > 0 {
		r, ok := build(mm.year)
		if !ok {
			return r, false
		}
		if !haveLetter || fits(r) {
			return r, true
		}
		for _, y := range []int{mm.year + 1, mm.year - 1} {
			if c, ok := build(y); ok && fits(c) {
				c.yearCorrected, c.writtenYear = true, mm.year
				return c, true
			}
		}
		return r, true
	}
	if !haveLetter {
		return resolvedMeeting{}, false
	}
	var best resolvedMeeting
	found := false
	for _, y := range []int{letter.Year() - 1, letter.Year(), letter.Year() + 1} {
		c, ok := build(y)
		if !ok {
			continue
		}
		switch {
		case mm.rel == "jl.":
			ok = c.start.Before(letter)
		case mm.rel != "":
			ok = !c.start.Before(letter)
		default:
			ok = fits(c)
		}
		if ok && (!found || distance(c.start, letter) < distance(best.start, letter)) {
			best, found = c, true
		}
	}
	return best, found
}

func distance(a, b time.Time) time.Duration {
	if a.After(b) {
		return a.Sub(b)
	}
	return b.Sub(a)
}

// meetingEntity is the CouncilMeeting entity of a resolved meeting.
func meetingEntity(r resolvedMeeting, informal bool, place string) graph.Entity {
	name := "JHA Council"
	if informal {
		name += " (informal)"
	}
	name += ", " + dateRange(r.start, r.end)
	props := map[string]any{"formation": "JHA", "startDate": iso(r.start), "endDate": iso(r.end)}
	if informal {
		props["informal"] = true
	}
	if place != "" {
		props["place"] = place
	}
	return graph.Entity{Kind: graph.KindCouncilMeeting, Key: "jha-" + iso(r.start), Name: name, Props: props}
}

// dateRange writes "25–26 January 2024", "30 November–1 December 2022",
// "8 June 2023".
func dateRange(s, e time.Time) string {
	switch {
	case s.Equal(e):
		return fmt.Sprintf("%d %s %d", s.Day(), englishMonths[s.Month()], s.Year())
	case s.Month() == e.Month() && s.Year() == e.Year():
		return fmt.Sprintf("%d–%d %s %d", s.Day(), e.Day(), englishMonths[e.Month()], e.Year())
	case s.Year() == e.Year():
		return fmt.Sprintf("%d %s–%d %s %d", s.Day(), englishMonths[s.Month()], e.Day(), englishMonths[e.Month()], e.Year())
	}
	return fmt.Sprintf("%d %s %d–%d %s %d", s.Day(), englishMonths[s.Month()], s.Year(), e.Day(), englishMonths[e.Month()], e.Year())
}

// meetingRoleIn decides the role of a meeting named at byte offset at of a
// sentence: a heading that starts "Geannoteerde agenda" or "Verslag", or a
// sentence of the letter's opening paragraph that offers the agenda or the
// report ("Hierbij bieden wij ... de geannoteerde agenda aan van ..."), makes
// the meeting the document's subject; the keyword nearest before the meeting
// decides which role.
func meetingRoleIn(sentence string, at int, opening, heading bool) meetingRole {
	if heading {
		lower := strings.ToLower(sentence)
		switch {
		case strings.HasPrefix(lower, "geannoteerde agenda"), strings.HasPrefix(lower, "annotated agenda"):
			return roleAnnotates
		case kamerRecordRe.MatchString(lower): // meetings_usage.go
			return roleMentions
		case strings.HasPrefix(lower, "verslag"), strings.HasPrefix(lower, "report"), outcomeHeading(lower): // meetings_usage.go
			return roleReportsOn
		}
		return roleMentions
	}
	if !opening {
		return roleMentions
	}
	before := strings.ToLower(sentence[:min(at, len(sentence))])
	a := max(strings.LastIndex(before, "geannoteerde agenda"), strings.LastIndex(before, "annotated agenda"))
	r := max(strings.LastIndex(before, "verslag"), strings.LastIndex(before, "report"))
	switch {
	case a < 0 && r < 0:
		return roleMentions
	case questionedDocument(before[:max(a, r)]), kamerRecordAbout(before, a, r): // meetings_usage.go
		return roleMentions
	case a > r:
		return roleAnnotates
	}
	return roleReportsOn
}

// kamerProcedureRe is the kind or title of a record of a procedure of the
// Kamer: "Verslag van een schriftelijk overleg", "Verslag van een algemeen
// overleg", "Verslag van een commissiedebat", "Inbreng voor het schriftelijk
// overleg", "Inbreng verslag schriftelijk overleg".
var kamerProcedureRe = regexp.MustCompile(`(?i)^(?:verslag\s+van\s+een\s+(?:schriftelijk|algemeen|notaoverleg|wetgevingsoverleg|commissiedebat)|inbreng\s+(?:voor\s+)?(?:het\s+)?(?:verslag\s+(?:van\s+(?:een|het)\s+)?)?schriftelijk\s+overleg|lijst\s+van\s+vragen)`)

func kamerProcedure(s string) bool { return kamerProcedureRe.MatchString(strings.TrimSpace(s)) }

// --- meetings as the later passes see them ----------------------------------

// placedMeeting is a council meeting named in a paragraph, resolved to the
// CouncilMeeting entity that x.meetings made of it.
type placedMeeting struct {
	ref  graph.Ref
	span Span // absolute rune span of the mention
	mm   meetingMention
}

// meetingsIn returns the meetings named in paragraph i that x.meetings
// resolved, in text order. The slice is shared: callers do not modify it.
func (x *extraction) meetingsIn(i int) []placedMeeting {
	if x.placed != nil {
		return x.placed[i]
	}
	return x.placedIn(i)
}

// settleMeetings keeps the meetings each paragraph names, once x.meetings
// has made every CouncilMeeting and the relations that decide between
// them: nothing later changes what meetingsIn returns.
func (x *extraction) settleMeetings() {
	x.mergeMeetingDays()
	placed := make([][]placedMeeting, len(x.doc.Paragraphs))
	for i := range placed {
		placed[i] = x.placedIn(i)
	}
	x.placed, x.layout = placed, nil
	x.accountMeetings()
}

// accountMeetings makes a meeting the document only mentions one it reports
// on where a sentence gives an account of what was said or decided there
// (convention 31, meetingAccount): the relation is settled, so the mention
// goes.
func (x *extraction) accountMeetings() {
	letter, ok := parseISO(x.date)
	if !ok || x.procedure {
		return
	}
	for i, pms := range x.placed {
		for _, pm := range pms {
			mk := relKey{graph.RelMentions, x.docRef(), pm.ref}
			if _, ok := x.rels[mk]; !ok {
				continue
			}
			if end, ok := parseISO(propString(x.entities[pm.ref].Props, "endDate")); !ok || end.After(letter) {
				continue
			}
			s := x.doc.sentenceAt(i, pm.span.Start)
			sentence := x.str(s.Start, s.End)
			at := len(x.str(s.Start, pm.span.Start))
			end := at + len(x.str(pm.span.Start, pm.span.End))
			if meetingAccount(sentence, at, end, x.accountAfter(i, s.End)) { // meetings_usage.go
				x.retypeRelation(mk, graph.RelReportsOn)
			}
		}
	}
}

// retypeRelation gives the relation k the type t, joining it with one of
// that type the entities already have.
func (x *extraction) retypeRelation(k relKey, t graph.RelType) {
	nk := k
	nk.t = t
	x.rekeyRelation(k, nk)
}

// rekeyRelation files the relation k under the key nk, joining it with
// the relation nk already names: the earliest occurrence stays first, the
// counts add up, and the sticky properties carry over.
func (x *extraction) rekeyRelation(k, nk relKey) {
	acc := x.rels[k]
	delete(x.rels, k)
	acc.key = nk
	if cur, ok := x.rels[nk]; ok {
		if less3(acc.pos, cur.pos) {
			cur.first, cur.pos = acc.first, acc.pos
		}
		cur.count += acc.count
		for sk, sv := range acc.sticky {
			cur.setSticky(sk, sv)
		}
		return
	}
	x.rels[nk] = acc
}

func (x *extraction) placedIn(i int) []placedMeeting {
	if !x.scanned(i) {
		return nil
	}
	var out []placedMeeting
	for _, mm := range x.paras[i].findMeetings() {
		if ref, ok := x.meetingFor(mm); ok {
			out = append(out, placedMeeting{ref: ref, span: Span{x.abs(i, mm.start), x.abs(i, mm.end)}, mm: mm})
		}
	}
	return out
}

// meetingFor finds the CouncilMeeting entity of a mention by its days: the
// meeting that starts on the mention's first day and ends on its last. When
// several years fit (a date without a year), the one in the written year,
// else one the document annotates or reports on, else the first by key wins.
// It reads what x.meetings decided instead of deciding again, so that a
// corrected year stays corrected.
func (x *extraction) meetingFor(mm meetingMention) (graph.Ref, bool) {
	var cands []graph.Ref
	spans := x.meetingSpans()
	for _, m := range spans {
		if int(m.s.Month()) == mm.m1 && m.s.Day() == mm.d1 && int(m.e.Month()) == mm.m2 && m.e.Day() == mm.d2 {
			cands = append(cands, m.ref)
		}
	}
	if len(cands) == 0 {
		for _, m := range spans {
			if rangeHolds(m.s, m.e, mm) { // meetings_usage.go
				cands = append(cands, m.ref)
			}
		}
	}
	if len(cands) == 0 && mm.d1 == mm.d2 && mm.m1 == mm.m2 {
		// "de JBZ-Raad van 14 juni": one day of a two-day meeting
		for _, m := range spans {
			if dayWithin(m.s, m.e, mm.m1, mm.d1, mm.year) {
				cands = append(cands, m.ref)
			}
		}
	}
	if len(cands) == 0 {
		return graph.Ref{}, false
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].Key < cands[j].Key })
	if len(cands) == 1 {
		return cands[0], true
	}
	if mm.year > 0 {
		for _, c := range cands {
			if en, _ := parseISO(propString(x.entities[c].Props, "endDate")); en.Year() == mm.year {
				return c, true
			}
		}
	}
	for _, c := range cands {
		for _, t := range []graph.RelType{graph.RelAnnotates, graph.RelReportsOn} {
			if _, ok := x.rels[relKey{t, x.docRef(), c}]; ok {
				return c, true
			}
		}
	}
	return cands[0], true
}

// subjectMeetings returns the meetings the document annotates and those it
// reports on, each in reading order of their first mention.
func (x *extraction) subjectMeetings() (annotates, reportsOn []graph.Ref) {
	var accs []*relAcc
	for k, acc := range x.rels {
		if k.from == x.docRef() && (k.t == graph.RelAnnotates || k.t == graph.RelReportsOn) {
			accs = append(accs, acc)
		}
	}
	sort.Slice(accs, func(i, j int) bool {
		if accs[i].pos != accs[j].pos {
			return less3(accs[i].pos, accs[j].pos)
		}
		return accs[i].key.to.Key < accs[j].key.to.Key
	})
	for _, acc := range accs {
		if acc.key.t == graph.RelAnnotates {
			annotates = append(annotates, acc.key.to)
		} else {
			reportsOn = append(reportsOn, acc.key.to)
		}
	}
	return annotates, reportsOn
}

// subjectMeeting is the meeting the document is about: the first it
// annotates, else the first it reports on.
func (x *extraction) subjectMeeting() (graph.Ref, bool) {
	a, r := x.subjectMeetings()
	if len(a) > 0 {
		return a[0], true
	}
	if len(r) > 0 {
		return r[0], true
	}
	return graph.Ref{}, false
}

func propString(props map[string]any, k string) string {
	s, _ := props[k].(string)
	return s
}

// setProp sets a property of an entity of the extraction.
func (x *extraction) setProp(ref graph.Ref, k string, v any) {
	e, ok := x.entities[ref]
	if !ok {
		return
	}
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	e.Props[k] = v
}

// formalMeetings marks a meeting the letter calls formal ("de formele
// JBZ-Raad") with informal: false, unless another mention calls it informal.
// A meeting nothing qualifies keeps no "informal" property: unknown.
func (x *extraction) formalMeetings() {
	formal := map[graph.Ref]bool{}
	for i := range x.doc.Paragraphs {
		for _, pm := range x.meetingsIn(i) {
			if pm.mm.formal {
				formal[pm.ref] = true
			}
		}
	}
	for ref := range formal {
		if e := x.entities[ref]; e != nil && e.Props["informal"] != true {
			x.setProp(ref, "informal", false)
		}
	}
}

// meetingSpan is a CouncilMeeting and its first and last day.
type meetingSpan struct {
	ref  graph.Ref
	s, e time.Time
}

// meetingSpans lists the CouncilMeetings whose start and end dates parse,
// in no order.
func (x *extraction) meetingSpans() []meetingSpan {
	var out []meetingSpan
	for ref, e := range x.entities {
		if ref.Kind != graph.KindCouncilMeeting {
			continue
		}
		s, ok1 := parseISO(propString(e.Props, "startDate"))
		en, ok2 := parseISO(propString(e.Props, "endDate"))
		if ok1 && ok2 {
			out = append(out, meetingSpan{ref, s, en})
		}
	}
	return out
}

// dayWithin reports whether day d of month m (of year y, when not 0) falls
// within the days [s, e] of a meeting.
func dayWithin(s, e time.Time, m, d, y int) bool {
	for t := s; !t.After(e); t = t.AddDate(0, 0, 1) {
		if int(t.Month()) == m && t.Day() == d && (y == 0 || t.Year() == y) {
			return true
		}
	}
	return false
}

// mergeMeetingDays makes a meeting named by one of its later days ("de
// JBZ-Raad van 14 juni" of the meeting of 13 and 14 June) the same meeting:
// the one-day CouncilMeeting is dropped and its relations go to the meeting
// whose days hold it.
func (x *extraction) mergeMeetingDays() {
	all := x.meetingSpans()
	sort.Slice(all, func(i, j int) bool { return all[i].ref.Key < all[j].ref.Key })
	for _, one := range all {
		if !one.s.Equal(one.e) {
			continue
		}
		for _, m := range all {
			if m.ref == one.ref || !m.s.Before(one.s) || m.e.Before(one.s) {
				continue
			}
			x.moveRelations(one.ref, m.ref)
			if src, dst := x.entities[one.ref], x.entities[m.ref]; src != nil && dst != nil {
				for k, v := range src.Props {
					if _, ok := dst.Props[k]; !ok && k != "startDate" && k != "endDate" {
						dst.Props[k] = v
					}
				}
			}
			delete(x.entities, one.ref)
			break
		}
	}
}

// moveRelations points every relation of from at to instead, joining it
// with one to already has.
func (x *extraction) moveRelations(from, to graph.Ref) {
	for k := range x.rels {
		if k.from != from && k.to != from {
			continue
		}
		nk := k
		if nk.from == from {
			nk.from = to
		}
		if nk.to == from {
			nk.to = to
		}
		x.rekeyRelation(k, nk)
	}
}

// titleMeeting is a meeting named by a title printed over several lines.
type titleMeeting struct {
	mm   meetingMention
	res  resolvedMeeting
	role meetingRole
	occ  occurrence
}

// splitTitleMeeting reads the meeting a document's title names when the
// title is printed over several short lines at the head of the document,
// none of which names it alone: "Geannoteerde agenda van de bijeenkomst" /
// "van de Raad Justitie en Binnenlandse Zaken," / "8 en 9 december 2025".
// The lines are read together, up to the first line that is a sentence or
// a numbered heading; the title must start as a heading that gives the
// document's role does ("Geannoteerde agenda", "Verslag").
func (x *extraction) splitTitleMeeting(letter time.Time, haveLetter bool) *titleMeeting {
	var joined strings.Builder
	var starts []int // byte offset in joined of each line
	var paras []int
	for i, p := range x.doc.Paragraphs {
		if i > 6 || len(paras) >= 4 || (p.Kind != ParaHeading && p.Kind != ParaBody) {
			break
		}
		t := strings.TrimSpace(p.Text)
		if len(t) > 90 || strings.HasSuffix(t, ".") || numberedLineRe.MatchString(t) {
			break
		}
		if joined.Len() > 0 {
			joined.WriteByte(' ')
		}
		starts, paras = append(starts, joined.Len()), append(paras, i)
		joined.WriteString(p.Text)
	}
	if len(paras) < 2 {
		return nil
	}
	s := joined.String()
	role := meetingRoleIn(s, 0, false, true)
	if role == roleMentions {
		return nil
	}
	for _, mm := range findMeetings(s) {
		first, last := 0, 0
		for k, st := range starts {
			if st <= mm.start {
				first = k
			}
			if st < mm.end {
				last = k
			}
		}
		if first == last {
			return nil // named on one line: read there
		}
		r, ok := resolveMeeting(mm, role, letter, haveLetter)
		if !ok {
			return nil
		}
		at := x.abs(paras[first], mm.start-starts[first])
		end := x.abs(paras[last], mm.end-starts[last])
		mm.placeStart = -1 // offsets of the joined title, not of a paragraph
		return &titleMeeting{mm: mm, res: r, role: role, occ: occurrence{para: paras[first], span: Span{at, end}, ref: mm.written}}
	}
	return nil
}

// numberedLineRe is a line that starts with a number or a Roman numeral:
// an agenda's section or item, no part of a title.
var numberedLineRe = regexp.MustCompile(`^(?:[0-9]+|[IVX]+|[a-z])[.)]\s`)

// offerRe starts a paragraph that offers the letter's content: "Hierbij
// bieden wij u ... aan", "Hiermee zend ik u", "Bijgaand treft u".
var offerRe = regexp.MustCompile(`^(?:Hierbij|Hiermee|Bijgaand|Met deze brief)\b`)

// publisherTitleMeeting reads the meeting the publisher's title of the
// document names as annotated ("Geannoteerde agenda van de formele
// JBZ-Raad, 8-9 december 2025", the title of a web page whose furniture
// the reader took off) when the text itself never names that meeting. The
// title is what the document is: an opening sentence that offers the agenda
// of another meeting ("de geannoteerde agenda ... van 13-14 oktober a.s.",
// copied from the letter before) then names a meeting the document only
// mentions. ok is false when the title names no such meeting.
func (x *extraction) publisherTitleMeeting(letter time.Time, haveLetter bool) (mm meetingMention, r resolvedMeeting, o occurrence, ok bool) {
	if x.title == "" || x.procedure || meetingRoleIn(x.title, 0, false, true) != roleAnnotates {
		return mm, r, o, false
	}
	for i := range x.doc.Paragraphs {
		if strings.TrimSpace(x.doc.Paragraphs[i].Text) == strings.TrimSpace(x.title) {
			return mm, r, o, false // the title is a line of the text: read there
		}
	}
	ms := findMeetings(x.title)
	if len(ms) != 1 {
		return mm, r, o, false
	}
	mm = ms[0]
	if r, ok = resolveMeeting(mm, roleAnnotates, letter, haveLetter); !ok {
		return mm, r, o, false
	}
	o = occurrence{para: -1, ref: mm.written, meta: &graph.Evidence{Doc: x.key, Quote: "title: " + x.title}}
	return mm, r, o, true
}

// citedLetterRe is a letter cited with its date: "de brief van de minister
// van Justitie d.d. 12 oktober 2009 met de geannoteerde agenda".
var citedLetterRe = regexp.MustCompile(`(?i)\bd\.d\.\s+([0-9]{1,2})\s+(` + meetingMonth + `)\s+([0-9]{4})\b`)

// relativeAnchor is the date a meeting's "a.s." or "jl." counts from: the
// date of a letter cited before it in the same sentence ("de brief ... d.d.
// 12 oktober 2009 met de geannoteerde agenda ... voor de bijeenkomst van de
// Raad ... van 23 oktober a.s.": the 23rd after that letter, not after the
// record that lists it), else the document's own date.
func relativeAnchor(before string, letter time.Time, haveLetter bool) (time.Time, bool) {
	ms := citedLetterRe.FindAllStringSubmatch(before, -1)
	if len(ms) == 0 {
		return letter, haveLetter
	}
	m := ms[len(ms)-1]
	d, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[3])
	if t, ok := mkDate(y, monthNumber(m[2]), d); ok {
		return t, true
	}
	return letter, haveLetter
}

// reportAnaphorRe is a later sentence of a letter's opening that makes the
// meeting named before it the report's subject: "Met deze brief doen wij
// uw Kamer verslag over deze bijeenkomst", "verslag van deze Raad".
var reportAnaphorRe = regexp.MustCompile(`(?i)\bverslag\s+(?:over|van)\s+deze\s+(?:bijeenkomst|vergadering|raad|jbz-raad)\b`)

// reportsOnLater reports whether, in paragraph text, the meeting mention k
// of ms is the last meeting named before a sentence that reports on "deze
// bijeenkomst".
func reportsOnLater(text string, ms []meetingMention, k int) bool {
	loc := reportAnaphorRe.FindStringIndex(text[min(ms[k].end, len(text)):])
	if loc == nil {
		return false
	}
	at := ms[k].end + loc[0]
	return k+1 >= len(ms) || ms[k+1].start > at
}

// shareOverlapFacts gives meetings whose days overlap the same facts: "de
// informele JBZ-Raad te Stockholm van 25, 26 en 27 januari" and "de
// JBZ-Raad van 26 en 27 januari" are one meeting, named by different days,
// so both are informal and in Stockholm. merged holds the facts per key
// ("jha-" and the first day).
func shareOverlapFacts(spans []resolvedMeeting, merged map[string]*meetingMention) {
	for i, a := range spans {
		for _, b := range spans[i+1:] {
			ka, kb := "jha-"+iso(a.start), "jha-"+iso(b.start)
			if ka == kb || a.start.After(b.end) || b.start.After(a.end) {
				continue
			}
			ma, mb := merged[ka], merged[kb]
			if ma == nil || mb == nil {
				continue
			}
			inf := ma.informal || mb.informal
			ma.informal, mb.informal = inf, inf
			p := firstOf(ma.place, mb.place)
			ma.place, mb.place = firstOf(ma.place, p), firstOf(mb.place, p)
		}
	}
}

// titleMeetingFacts gives a meeting the text names the facts the
// document's title states for it under other days: the title "Verslag van
// een commissiedebat ... over informele JBZ-Raad te Stockholm van 25, 26 en
// 27 januari 2023" and the text's "JBZ-Raad 26 en 27 januari" are one
// meeting, informal and in Stockholm. The title adds no meeting of its own
// here (publisherTitleMeeting reads an annotated one).
func (x *extraction) titleMeetingFacts(spans []resolvedMeeting, merged map[string]*meetingMention, letter time.Time, haveLetter bool) {
	if x.title == "" || len(spans) == 0 || !strings.Contains(x.title, "aad") && !strings.Contains(x.title, "ouncil") {
		return
	}
	for _, mm := range findMeetings(x.title) {
		if !mm.informal && mm.place == "" {
			continue
		}
		r, ok := resolveMeeting(mm, roleMentions, letter, haveLetter)
		if !ok {
			continue
		}
		for _, sp := range spans {
			if sp.start.After(r.end) || r.start.After(sp.end) {
				continue
			}
			if m := merged["jha-"+iso(sp.start)]; m != nil {
				m.informal = m.informal || mm.informal
				m.place = firstOf(m.place, mm.place)
			}
		}
	}
}

// Convention 31 (testdata/gold/README.md): a letter that tells what was
// said or decided at a past meeting reports on it, whatever its occasion;
// naming the meeting without such an account ("zoals besproken tijdens de
// JBZ-Raad van ...") only mentions it. An account is a clause in the past
// whose subject is the Council, its members or the Dutch delegation and
// whose verb tells a discussion or an outcome, in the sentence that names
// the meeting as when it happened ("Tijdens de JBZ-Raad van 5 juni bereikte
// de Raad een akkoord") or in the sentence right after a question of what
// was discussed there ("U vroeg mij wat er in de JBZ-Raad van 5 juni is
// besproken. De lidstaten waren het erover eens dat ...").

// accountActor is who takes part in a Council's discussion.
const accountActor = `(?:[Dd]e\s+(?:Raad|lidstaten|meeste\s+lidstaten|ministers|Europese\s+Commissie|Commissie|voorzitter|voorzitterschap|[\p{L}]+e\s+voorzitterschap)|(?:[Ee]en\s+)?(?:aantal|groot\s+aantal|meerderheid\s+van\s+de|enkele|veel|alle|andere)\s+lidstaten|Nederland|[Hh]et\s+kabinet|(?:[Dd]e\s+)?[Mm]inister(?:\s+van\s+[\p{L}\s]+?)?|ik|wij)`

// accountVerb is a past verb of what a participant said or of an outcome.
// A verb that only names the topic ("besprak", "sprak over", "wisselde van
// gedachten over") gives no account: the meeting is mentioned.
const accountVerb = `(?:bereikte|bereikten|stemde|stemden|nam|namen|steunde|steunden|presenteerde|presenteerden|lichtte|lichtten|benadrukte|benadrukten|pleitte|pleitten|riep|riepen|uitte|uitten|deelde|deelden|wisselde|wisselden|waren\s+het|was\s+het|kwam|kwamen|gaf|gaven)`

var (
	// "Tijdens de JBZ-Raad van 5 juni jl. bereikte de Raad": the verb
	// right after the meeting, then its subject
	accountInvertedRe = regexp.MustCompile(`^[^.;:]{0,25}?\s` + accountVerb + `\s+` + accountActor + `\b`)
	// "..., waar de lidstaten hun steun uitten": subject then verb
	accountClauseRe = regexp.MustCompile(`\b` + accountActor + `\s+(?:[\p{L}]+\s+){0,3}?` + accountVerb + `\b`)
	// a question of what was said at the meeting: "wat er in de JBZ-Raad
	// van 5 juni is besproken", "hoe de discussie ... is verlopen"
	accountAskedRe = regexp.MustCompile(`(?i)\b(?:wat|hoe)\s+(?:er\s+)?(?:in|tijdens|op)\s+de\s+$`)
	// "zoals besproken tijdens", "in aanloop naar", "voorafgaand aan":
	// the meeting only named
	accountNamedRe   = regexp.MustCompile(`(?i)\b(?:zoals|conform|aanloop|voorafgaand|voorbereiding|vooruitlopend|na\s+afloop|in\s+de\s+marge|marge)\b`)
	accountSubjectRe = regexp.MustCompile(`^\s*(?:[Dd]e\s+)?$`)
	accountOwnVerbRe = regexp.MustCompile(`^\s*(?:\([^)]*\)\s*)?(?:bereikte|nam|keurde|stelde|stemde)\b`)
	accountWhenRe    = regexp.MustCompile(`(?i)\b(?:tijdens|in|op)\s+de\s+$`)
	accountFutureRe  = regexp.MustCompile(`(?i)\b(?:zal|zullen|wordt\s+verwacht|verwacht|gaat|gaan)\b`)
)

// meetingAccount reports whether the sentence naming a meeting at byte
// offsets [at, end) gives an account of its discussion or outcome (after is
// the rest of the paragraph after the sentence).
func meetingAccount(sentence string, at, end int, after string) bool {
	if at > len(sentence) || end > len(sentence) || end < at {
		return false
	}
	before, rest := sentence[:at], sentence[end:]
	if accountNamedRe.MatchString(before) || accountFutureRe.MatchString(sentence) {
		return false
	}
	if requestedAccount(before, after) { // meetings_usage.go
		return true
	}
	if accountAskedRe.MatchString(before) || askedAboutMeetingRe.MatchString(before) { // meetings_usage.go
		next := strings.TrimSpace(after)
		if i := strings.IndexAny(next, ".?!"); i >= 0 {
			next = next[:i]
		}
		return accountClauseRe.MatchString(next) || accountPerfectRe.MatchString(next) // meetings_usage.go
	}
	if accountSubjectRe.MatchString(before) {
		// "De JBZ-Raad van 5 juni jl. bereikte een akkoord": the meeting
		// itself the subject of the account
		return accountOwnVerbRe.MatchString(rest)
	}
	if !accountWhenRe.MatchString(before) {
		return false
	}
	// "Nederland stemde tijdens de JBZ-Raad van 5 juni in met ...": the
	// account in the clause before the meeting
	clause := before
	if i := strings.LastIndexAny(clause, ",;"); i >= 0 {
		clause = clause[i+1:]
	}
	if accountClauseRe.MatchString(clause) {
		return true
	}
	// the rest of the sentence after the meeting's name and dates
	if i := strings.IndexAny(rest, ",;"); i >= 0 && i < 80 {
		return accountInvertedRe.MatchString(rest) || accountClauseRe.MatchString(rest[i:])
	}
	return accountInvertedRe.MatchString(rest)
}
