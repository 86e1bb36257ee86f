package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// "de Raad" with a date, after a paragraph has named the JHA Council, is a
// meeting of that Council: "Hierbij bieden wij u de geannoteerde agenda aan
// van de Raad Justitie en Binnenlandse Zaken van 8 en 9 juni. Tevens
// ontvangt u het verslag van de Raad van 18 mei jl." names the Council of
// 18 May. "de Raad" alone names no meeting elsewhere (an act's date,
// "Verordening ... van het Europees Parlement en de Raad van 12 oktober
// 2017", or another configuration's Council in a letter about it), so
// only a paragraph that named the JHA Council before reads it, and not after "en" (the co-legislators) or within an act's name.

// councilBackRe is "de Raad van 18 mei jl.", "de Raad van 3 en 4 maart
// 2027" ("de Raad op 8 december" is what the Council did that day: an
// event, no naming of a meeting): group 1 the first day, 2 the last, 3 the month, 4 the year, 5 the
// relative word.
var councilBackRe = regexp.MustCompile(`\b[Dd]e\s+Raad\s+van\s+([0-9]{1,2})(?:\s*(?:-|–|en)\s*([0-9]{1,2}))?\s+((?i:` + meetingMonth + `))\b` +
	`(?:\s+([0-9]{4})\b|\s+(` + meetingRel + `))?`)

// councilBackBeforeRe ends the words before "de Raad" where the Council is
// a co-legislator or an act's author: "het Europees Parlement en de Raad",
// "Richtlijn 2011/95/EU van".
var councilBackBeforeRe = regexp.MustCompile(`(?i)(?:\ben|\b(?:richtlijn|verordening|besluit|kaderbesluit|beschikking)\b[^.;:]*\bvan|[0-9]/[0-9]+(?:/\p{Lu}+)?\s+van)\s*$`)

// jhaCouncilNameRe is the JHA Council's name, with or without dates.
var jhaCouncilNameRe = regexp.MustCompile(`Raad\s+(?:voor\s+|van\s+)?Justitie\s+en\s+Binnenlandse\s+Zaken|i?JBZ[-\s]?[Rr]aad|JHA[-\s][Rr]aad|Justice\s+and\s+Home\s+Affairs\s+Council|JHA\s+Council`)

// findBackMeetings returns the meetings "de Raad" with a date names after
// the JHA Council's name in paragraph s; have are the meetings found
// already.
func findBackMeetings(s string, have []meetingMention) []meetingMention {
	if !strings.Contains(s, "e Raad van ") {
		return nil // most paragraphs: no "de Raad van"
	}
	first := jhaCouncilNameRe.FindStringIndex(s)
	if first == nil || !strings.Contains(s[first[1]:], "e Raad van ") {
		return nil
	}
	var out []meetingMention
	for _, m := range councilBackRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < first[1] || councilBackBeforeRe.MatchString(s[max(0, m[0]-80):m[0]]) {
			continue
		}
		overlap := false
		for _, h := range have {
			if m[0] < h.end && h.start < m[1] {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		mm := meetingMention{start: m[0], end: m[1], placeStart: -1}
		mm.d1, _ = strconv.Atoi(s[m[2]:m[3]])
		mm.d2 = mm.d1
		if m[4] >= 0 {
			mm.d2, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		mm.m1 = monthNumber(s[m[6]:m[7]])
		mm.m2 = mm.m1
		if m[8] >= 0 {
			mm.year, _ = strconv.Atoi(s[m[8]:m[9]])
		}
		if m[10] >= 0 {
			mm.rel = relativeMeeting(s[m[10]:m[11]])
		}
		mm.written = strings.TrimSpace(s[mm.start:mm.end])
		if mm.d1 < 1 || mm.d1 > 31 || mm.d2 < mm.d1 || mm.d2 > 31 || mm.m1 == 0 {
			continue
		}
		out = append(out, mm)
	}
	return out
}

// backMention reports whether a mention is "de Raad" with a date
// (findBackMeetings): another meeting than the one the letter offers its
// agenda or report of, which it names in full; the letter only mentions it
// ("Tevens ontvangt u het verslag van de Raad van 18 mei jl.": a report
// sent along as a Kamerstuk of its own).
func backMention(mm meetingMention) bool {
	return len(mm.written) > 12 && strings.EqualFold(mm.written[:12], "de raad van ")
}
