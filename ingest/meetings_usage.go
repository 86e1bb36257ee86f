package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Rules drawn from how the development letters refer to a JHA Council
// meeting (issue 12): the inventory is meetings_inventory_test.go, which
// TestMeetingUsageAudit (meetings_usage_test.go) multiplies into fictional
// letters.

// --- rules drawn from the inventory ------------------------------------------

// debateNamesCouncilDays reports whether a debate of the Kamer named after
// the Council ("het VAO JBZ-Raad", "het commissiedebat JBZ-Raad", "het
// schriftelijk overleg JBZ-Raad") is followed by the Council's days rather
// than its own day: a debate is held on one day, so two or more days
// ("van 10 en 11 maart", "d.d. 7-8 oktober 2019") are the meeting's, which
// the debate is about and the text mentions (the gold of h-tk-20152016-62-9
// and h-tk-20192020-9-4), and so is one day with its year on which a
// meeting of the calendar sat (refdata/meetings.tsv): the Kamer debates
// before the Council, not on its days. Another single day ("het AO
// JBZ-Raad van 6 december") stays the debate's.
func debateNamesCouncilDays(g map[string]string) bool {
	if g["d2"] != "" {
		return true
	}
	y, _ := strconv.Atoi(g["y"])
	d, _ := strconv.Atoi(g["d1"])
	if t, ok := mkDate(y, monthNumber(g["m2"]), d); ok && y > 0 {
		_, known := calendarMeetingAt(t)
		return known
	}
	return false
}

// sessionYearRe reads the parliamentary year a document without a date
// belongs to from its head or key: "vergaderjaar 2015-2016",
// "h-tk-20152016-62-9".
var sessionYearRe = regexp.MustCompile(`(?i)(?:vergaderjaar\s+([0-9]{4})\s*[–-]\s*([0-9]{4})|^(?:h|ah)-[te]k-([0-9]{4})([0-9]{4})-)`)

// sessionAnchor is the middle of the parliamentary year a document without
// a date belongs to (1 March of its second calendar year: the year runs
// from September to September), read from its head or key; a meeting
// named without a year is the one nearest to it.
func (x *extraction) sessionAnchor() (time.Time, bool) {
	for _, s := range []string{x.doc.Header.Session, x.key} {
		if s == "" {
			continue
		}
		if x.doc.Header.Session == s {
			s = "vergaderjaar " + s
		}
		m := sessionYearRe.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		a, b := firstOf(m[1], m[3]), firstOf(m[2], m[4])
		ya, _ := strconv.Atoi(a)
		yb, _ := strconv.Atoi(b)
		if yb != ya+1 {
			continue
		}
		return time.Date(yb, time.March, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// meetingAnchor is the date a meeting named without a year counts from:
// the date of a letter cited before it in the same sentence for a mention
// or a date with "a.s."/"jl." ("de brief ... d.d. 16 januari 2027 inzake
// geannoteerde agenda JBZ-Raad 26 en 27 januari": the agenda is sent days
// before its meeting, the report weeks after, so the cited letter's date is
// nearer to the meeting than the record that lists it), else the letter's
// own date, else the middle of its parliamentary year (a record of the
// Handelingen prints no date; "jl." and "a.s." then say nothing).
func (x *extraction) meetingAnchor(mm meetingMention, role meetingRole, before string, letter time.Time, haveLetter bool) (meetingMention, time.Time, bool) {
	if mm.rel != "" || role == roleMentions {
		if t, ok := relativeAnchor(before, letter, haveLetter); ok && (!haveLetter || !t.Equal(letter)) {
			return mm, t, true
		}
	}
	if haveLetter {
		return mm, letter, true
	}
	if t, ok := x.sessionAnchor(); ok {
		mm.rel = ""
		return mm, t, true
	}
	return mm, letter, haveLetter
}

// calendarRangeStart moves the first day of a range of days to the first
// day of the calendar's meeting it holds: "de informele JBZ-Raad te
// Stockholm 25-27 januari" counts the evening before the meeting of 26 and
// 27 January (refdata/meetings.tsv), which keys it by its first Council day
// (the gold of h-tk-20222023-51-5 and kst-32317-818). The range must end
// on the meeting's last day and start at most two days before its first.
func calendarRangeStart(r resolvedMeeting) resolvedMeeting {
	if !r.start.Before(r.end) {
		return r
	}
	if c, known := calendarMeetingAt(r.end); known && c.end.Equal(r.end) && c.start.After(r.start) && c.start.Sub(r.start) <= days(2) {
		r.start = c.start
	}
	return r
}

// rangeHolds reports whether the meeting of days [s, e] is the one a range
// of days written mm names by calendarRangeStart: the same last day, the
// first at most two days after the written one.
func rangeHolds(s, e time.Time, mm meetingMention) bool {
	if mm.d1 == mm.d2 && mm.m1 == mm.m2 || int(e.Month()) != mm.m2 || e.Day() != mm.d2 {
		return false
	}
	for k := 1; k <= 2; k++ {
		if d := s.AddDate(0, 0, -k); int(d.Month()) == mm.m1 && d.Day() == mm.d1 {
			return true
		}
	}
	return false
}

// questionedDocumentRe ends the words before "geannoteerde agenda" or
// "verslag" in a letter's opening when the agenda or report is what
// questions, answers or remarks are about, not what the letter offers:
// "Hierbij ontvangt u de antwoorden op de vragen van de commissie over de
// geannoteerde agenda van de JBZ-Raad ...", "Bent u bekend met het verslag
// van ...". The letter then only mentions the meeting (testdata/gold
// README: annotates is the letter that is the agenda).
var questionedDocumentRe = regexp.MustCompile(`(?i)(?:\b(?:vragen|vraag|antwoorden|antwoord|beantwoording|reactie|opmerkingen|inbreng)\b[^.;:?]{0,160}?\s(?:over|op|uit|inzake|bij|betreffende|aangaande|omtrent)|\bbekend\s+met|\bkennis\s*genomen\s+van)\s+(?:de|het)\s+(?:aangevulde\s+|eerdere\s+)?$`)

// questionedDocument reports whether lead, the lower-case words of a
// sentence before its "geannoteerde agenda" or "verslag", makes that agenda
// or report the topic of questions or answers (questionedDocumentRe).
func questionedDocument(lead string) bool {
	if !strings.Contains(lead, "vra") && !strings.Contains(lead, "antwoord") && !strings.Contains(lead, "reactie") &&
		!strings.Contains(lead, "opmerking") && !strings.Contains(lead, "inbreng") && !strings.Contains(lead, "bekend") && !strings.Contains(lead, "kennis") {
		return false
	}
	return questionedDocumentRe.MatchString(lead)
}

// kamerRecordRe is a "verslag" that is the Kamer's record of its own
// procedure, named after the Council: "het verslag van het schriftelijk
// overleg JBZ-Raad van 12 en 13 maart", "Verslag van een commissiedebat
// over de JBZ-Raad van ...". The letter that offers or is such a record
// reports on no Council meeting.
var kamerRecordRe = regexp.MustCompile(`(?i)^verslag\s+(?:van|uit)\s+(?:een|het)\s+(?:schriftelijk\s+overleg|algemeen\s+overleg|commissiedebat|notaoverleg|wetgevingsoverleg|mondeling\s+overleg|plenair\s+debat|tweeminutendebat|VAO|VSO|AO|SO)\b`)

// kamerRecordAbout reports whether the "verslag" at r of the lower-case
// words before a meeting in a letter's opening is the Kamer's record of a
// procedure (kamerRecordRe), and the agenda at a, if any, is what that
// record is about ("het verslag van een schriftelijk overleg over de
// geannoteerde agenda van ..."), not a second document offered with it.
func kamerRecordAbout(before string, a, r int) bool {
	if r < 0 || !kamerRecordRe.MatchString(before[r:]) {
		return false
	}
	if a < r {
		return true
	}
	between := before[r:a]
	return !strings.ContainsAny(between, ",;") && !strings.Contains(between, " alsmede ") && !strings.Contains(between, " aan ") && !strings.Contains(between, " en de ")
}

// kamerRecordHead reports whether the document's first line is the title
// of a record of a procedure of the Kamer ("Verslag van een commissiedebat,
// gehouden op ..., over JBZ-Raad van ...", "Verslag van een schriftelijk
// overleg over ..."), where the publisher's metadata does not say so: the
// record mentions the Councils it names.
func (x *extraction) kamerRecordHead() bool {
	for _, p := range x.doc.Paragraphs {
		if p.Kind == ParaBody || p.Kind == ParaHeading {
			return kamerProcedure(p.Text)
		}
	}
	return false
}

// meetingMinistersRe is an informal meeting named after its ministers, with
// its dates: "de informele bijeenkomst van JBZ-ministers in Riga op 29 en
// 30 januari", "de bijeenkomst van de ministers van Justitie en
// Binnenlandse Zaken van 10 en 11 juni". Only a gathering ("bijeenkomst",
// "vergadering") of the ministers is a meeting: "de brief van de ministers
// van Justitie en Binnenlandse Zaken van 12 maart" is a letter.
var meetingMinistersRe = startsWith(
	`(?:\b(?:(?P<inf>(?i:informele|informal))|(?P<formal>(?i:formele|formal)))\s+)?(?P<meeting>(?i:bijeenkomst|vergadering|ministersbijeenkomst))\s+van\s+(?:de\s+)?(?:EU-)?(?:JBZ-ministers|ministers\s+van\s+Justitie\s+en\s+(?:van\s+)?Binnenlandse\s+Zaken|ministers\s+van\s+Justitie\s+en\s+Binnenlandse\s+Zaken\s+van\s+de\s+EU)` +
		meetingTail)

// Convention 31 (testdata/gold/README.md) names a letter "answering the
// Kamer's request 'hetgeen … is besproken tijdens de JBZ-Raad van …'" as a
// report on that meeting: the request for what was discussed or decided at
// a meeting, written before it ("verzocht uw Kamer mij om informatie over
// hetgeen is besproken tijdens de JBZ-Raad van ...", "U vroeg mij wat er in
// de JBZ-Raad van ... is besproken"), with the letter saying in the same
// paragraph that it answers it ("Via deze brief voldoe ik aan dit
// verzoek"). A request the letter defers ("Daarover informeer ik u later")
// is no account.
var (
	accountRequestRe    = regexp.MustCompile(`(?i)\b(?:verzocht|verzoekt|verzochten|vroeg|vroegen|vraagt|gevraagd|verzoek)\b[^.?!]{0,200}?\b(?:(?:wat|hetgeen|datgene\s+wat|welke\s+afspraken|welke\s+besluiten)\b[^.?!]{0,100}?\s(?:is|zijn|werd|werden|wordt)\s+(?:besproken|gesproken|besloten|afgesproken|overeengekomen|gemaakt|genomen)\s+(?:in|tijdens|op|bij)|(?:wat|hetgeen|hoe)\s+(?:er\s+)?(?:in|tijdens|op|bij))\s+de\s+$`)
	accountComplianceRe = regexp.MustCompile(`(?i)\b(?:voldoe\s+ik\s+|voldoen\s+(?:wij|we)\s+(?:hierbij\s+|hiermee\s+|graag\s+)?aan|(?:hieronder|hierna|in\s+deze\s+brief)\s+ga(?:an)?\s+(?:ik|wij|we)\s+(?:graag\s+)?(?:nader\s+)?in\s+op|(?:wordt|is)\s+(?:hiermee|hierbij)\s+voldaan\s+aan|kom\s+(?:ik|wij|we)\s+(?:hierbij\s+|hiermee\s+)?tegemoet\s+aan|ga\s+(?:ik|wij|we)\s+(?:hieronder|hierna|in\s+deze\s+brief)\s+(?:graag\s+)?in\s+op|informeer\s+(?:ik|wij|we)\s+u\s+(?:hierbij|hieronder|in\s+deze\s+brief))\b`)
)

// requestedAccount reports whether before, the words of a sentence before
// a past meeting, asks for an account of it and after, the rest of its
// paragraph, says the letter gives it.
func requestedAccount(before, after string) bool {
	return strings.Contains(after, " ") && accountRequestRe.MatchString(before) && accountComplianceRe.MatchString(after)
}

// accountAfter is the text after a sentence ending at rune offset end of
// paragraph i: the rest of the paragraph, or, where the sentence ends it,
// the next paragraph of text (the answer under a question of the Kamer:
// "Vraag 2 Wat is er tijdens de JBZ-Raad van ... besproken?" / "Tijdens de
// JBZ-Raad heeft de Commissie ... gepresenteerd.").
func (x *extraction) accountAfter(i, end int) string {
	rest := x.str(end, x.doc.Paragraphs[i].End)
	if strings.TrimSpace(rest) != "" || !strings.HasSuffix(strings.TrimSpace(x.str(x.doc.Paragraphs[i].Start, end)), "?") {
		return rest
	}
	for j := i + 1; j < len(x.doc.Paragraphs) && j <= i+2; j++ {
		if p := x.doc.Paragraphs[j]; p.Kind == ParaBody {
			return x.str(p.Start, p.End)
		}
	}
	return rest
}

// accountPerfectRe is an account told in the perfect, as answers to the
// Kamer's questions tell it: "heeft de Commissie haar voorstel
// gepresenteerd", "hebben de lidstaten hun steun uitgesproken", "Nederland
// heeft gepleit voor", "is een akkoord bereikt". Only a verb of what was
// said or decided counts; "is gesproken over" names a topic.
var accountPerfectRe = regexp.MustCompile(`\b(?:(?:heeft|hebben)\s+` + accountActor + `|` + accountActor + `\s+(?:heeft|hebben))\s+(?:[\p{L}-]+\s+){0,8}?` + accountParticiple + `\b|\b(?:is|zijn|werd|werden)\s+(?:een\s+)?(?:(?:politiek|voorlopig|algemeen)\s+)?(?:akkoord|overeenstemming|algemene\s+oriëntatie|raadsconclusies|conclusies)\s+(?:[\p{L}-]+\s+){0,3}?(?:bereikt|aangenomen|vastgesteld)\b`)

// accountParticiple is the participle of a verb of what a participant said
// or of an outcome (accountVerb in the perfect).
const accountParticiple = `(?:bereikt|gestemd|ingestemd|aangenomen|gesteund|gepresenteerd|toegelicht|benadrukt|gepleit|opgeroepen|geuit|uitgesproken|gedeeld|aangegeven|vastgesteld|goedgekeurd)`

// askedAboutMeetingRe is a question of what was said or decided at the
// meeting named right after it, as the Kamer's questions write it: "Wat is
// er tijdens de ...", "Welke afspraken zijn er op de ... gemaakt", "Wat was
// de inzet van Nederland tijdens de ..." (accountAskedRe reads "wat er in
// de ...").
var askedAboutMeetingRe = regexp.MustCompile(`(?i)\b(?:wat|hoe|welke\s+(?:afspraken|besluiten|conclusies|standpunten))\s+(?:is|zijn|was|waren|werd|werden|heeft|hebben)\s+(?:er\s+)?(?:[\p{L}-]+\s+){0,5}?(?:in|tijdens|op|bij)\s+de\s+$`)

// outcomeHeadingRe starts a heading that titles an account of a meeting's
// outcome, as "Verslag" does (convention 30: "Uitkomsten JBZ-Raad 14
// september 2015" is a title over the report): "Uitkomsten", "Uitkomst
// van", "Resultaten", "Belangrijkste resultaten", "Terugblik op".
var outcomeHeadingRe = regexp.MustCompile(`^(?:belangrijkste\s+)?(?:uitkomsten|uitkomst|resultaten|resultaat)\s+(?:van\s+(?:de\s+)?)?|^terugblik\s+(?:op\s+)?(?:de\s+)?`)

// outcomeHeading reports whether lower, a heading in lower case, titles
// the outcome of the meeting it names.
func outcomeHeading(lower string) bool {
	return (strings.HasPrefix(lower, "uitkomst") || strings.HasPrefix(lower, "result") || strings.HasPrefix(lower, "belangrijkste") || strings.HasPrefix(lower, "terugblik")) &&
		outcomeHeadingRe.MatchString(lower)
}
