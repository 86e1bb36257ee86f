package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
)

// The cases a reader of unseen letters meets with the calendar of
// refdata/meetings.tsv, each with a near miss.

// calendarMeetings extracts sentence as a letter of letterDate and returns
// its council meetings as "key start end informal place presidency".
func calendarMeetings(t *testing.T, letterDate, sentence string) []string {
	t.Helper()
	g := extractWith(t, "kst-32317-998.txt", "Brief\n\n"+sentence+"\n", Meta{Date: letterDate})
	var out []string
	for _, e := range g.Entities {
		if e.Kind != graph.KindCouncilMeeting {
			continue
		}
		inf, _ := e.Props["informal"].(bool)
		out = append(out, fmt.Sprintf("%s %s %s %v %s %s", e.Key, propString(e.Props, "startDate"), propString(e.Props, "endDate"),
			inf, propString(e.Props, "place"), propString(e.Props, "presidency")))
	}
	sort.Strings(out)
	return out
}

// A two-day meeting named by its second day, or by its first, is the
// meeting keyed by its first day with both days; the day after it is no day
// of it.
func TestCalendarMeetingNamedByOneDay(t *testing.T) {
	for sentence, want := range map[string]string{
		// 9-10 June 2022 (kst-32317-760; Council main results)
		"Dit is besproken in de JBZ-Raad van 10 juni 2022.": "jha-2022-06-09 2022-06-09 2022-06-10 false  FR",
		"Dit is besproken in de JBZ-Raad van 9 juni 2022.":  "jha-2022-06-09 2022-06-09 2022-06-10 false  FR",
		// near miss: 11 June 2022 is no day of it and keeps its own day
		"Dit is besproken in de JBZ-Raad van 11 juni 2022.": "jha-2022-06-11 2022-06-11 2022-06-11 false  FR",
		// a row from the Council's record, not from a letter: 24-25 February 2011
		"Dit is besproken in de JBZ-Raad van 25 februari 2011.": "jha-2011-02-24 2011-02-24 2011-02-25 false  HU",
		// across a month: 30 November-1 December 2009, Swedish presidency
		"Dit is besproken in de JBZ-Raad van 1 december 2009.": "jha-2009-11-30 2009-11-30 2009-12-01 false  SE",
	} {
		if got := strings.Join(calendarMeetings(t, "2022-06-20", sentence), ","); got != want {
			t.Errorf("%q: %s, want %s", sentence, got, want)
		}
	}
}

// An informal meeting named by one of its days and its place is the
// meeting of the table, informal, at that place, with the presidency of its
// half-year; a day after it is another meeting.
func TestCalendarInformalMeetingByDayAndPlace(t *testing.T) {
	for sentence, want := range map[string]string{
		// Valletta, 26-27 January 2017 (Maltese presidency)
		"Op de informele JBZ-Raad van 27 januari 2017 in Valletta sprak het kabinet over de EOM.": "jha-2017-01-26 2017-01-26 2017-01-27 true Valletta MT",
		// Logroño, 20-21 July 2023 (Swedish Government; Spanish presidency)
		"Tijdens de informele JBZ-Raad te Logroño op 21 juli 2023 is gesproken over migratie.": "jha-2023-07-20 2023-07-20 2023-07-21 true Logroño ES",
		// Sopot, 18-20 July 2011: its third day
		"De informele JBZ-Raad van 20 juli 2011 in Sopot besprak Schengen.": "jha-2011-07-18 2011-07-18 2011-07-20 true Sopot PL",
		// near miss: the day after the Valletta meeting
		"Op de informele JBZ-Raad van 28 januari 2017 in Valletta sprak het kabinet over de EOM.": "jha-2017-01-28 2017-01-28 2017-01-28 true Valletta MT",
	} {
		if got := strings.Join(calendarMeetings(t, "2023-08-01", sentence), ","); got != want {
			t.Errorf("%q: %s, want %s", sentence, got, want)
		}
	}
}

// A day of no meeting of the table (a one-day Council, which the table
// needs no row for, or a letter's slip) still gives a meeting keyed by its
// own day; so does a Council after the table's last row.
func TestCalendarDayOfNoMeeting(t *testing.T) {
	for sentence, want := range map[string]string{
		// the extraordinary Council of 14 September 2015: one day
		"Op 14 september 2015 vond een buitengewone JBZ-Raad plaats.": "jha-2015-09-14 2015-09-14 2015-09-14 false  LU",
		// a slip for 9-10 June 2022: 12 June is a Sunday of no meeting
		"Dit is besproken in de JBZ-Raad van 12 juni 2022.": "jha-2022-06-12 2022-06-12 2022-06-12 false  FR",
		// after the table: the June 2026 Council is not in it
		"Dit komt aan bod in de JBZ-Raad van 12 juni 2026.": "jha-2026-06-12 2026-06-12 2026-06-12 false  CY",
	} {
		if got := strings.Join(calendarMeetings(t, "2026-05-01", sentence), ","); got != want {
			t.Errorf("%q: %s, want %s", sentence, got, want)
		}
	}
	d, _ := parseISO("2026-06-12")
	if c, ok := calendarMeetingAt(d); ok {
		t.Errorf("calendarMeetingAt(2026-06-12) = %s, want no meeting", iso(c.start))
	}
}

// The calendar is complete from the Council's record as far as its
// sources go: every presidency from January 2009 to June 2026 has its
// informal meeting of JHA ministers in it and a formal Council of two days
// (save one), the first meeting is of 2009, and there are more than a
// hundred.
func TestCalendarCoversEveryPresidency(t *testing.T) {
	ms := meetingCalendar()
	terms, err := loadPresidencies()
	if err != nil {
		t.Fatal(err)
	}
	last := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, term := range terms {
		if term.start.After(last) {
			continue
		}
		informal, formal := 0, 0
		for _, m := range ms {
			if !m.start.Before(term.start) && !m.start.After(term.end) {
				if m.informal {
					informal++
				} else {
					formal++
				}
			}
		}
		// the Croatian presidency of 2020 held no formal Council of two
		// days: after Zagreb in January, the pandemic left an extraordinary
		// Council of 13 March and videoconferences (4-5 June, informal)
		if informal == 0 || (formal == 0 && iso(term.start) != "2020-01-01") {
			t.Errorf("the %s presidency from %s: %d informal and %d formal meetings of more than one day, want one of each at least",
				term.code, iso(term.start), informal, formal)
		}
	}
	if first := ms[0].start; first.Year() != 2009 {
		t.Errorf("first meeting %s, want 2009", iso(first))
	}
	if len(ms) < 100 {
		t.Errorf("%d meetings, want the complete calendar (at least 100)", len(ms))
	}
}

// A meeting's presidency is the one of presidencies.tsv for the half-year
// it starts in, 2009 included; a meeting named by its second day takes the
// presidency of its first.
func TestCalendarPresidencyFromTable(t *testing.T) {
	for sentence, want := range map[string]string{
		// Prague, 15-16 January 2009: Czech presidency (2009 is in the table)
		"Op de informele JBZ-Raad van 16 januari 2009 in Praag is gesproken over SIS II.": "jha-2009-01-15 2009-01-15 2009-01-16 true Praag CZ",
		// Stockholm, 15-17 July 2009: Swedish presidency, not the Czech one
		"De informele JBZ-Raad van 17 juli 2009 in Stockholm besprak het Stockholmprogramma.": "jha-2009-07-15 2009-07-15 2009-07-17 true Stockholm SE",
		// a country named near the meeting is not its presidency
		"Het Belgische voorzitterschap volgt na de JBZ-Raad van 1 december 2009.": "jha-2009-11-30 2009-11-30 2009-12-01 false  SE",
	} {
		if got := strings.Join(calendarMeetings(t, "2009-12-10", sentence), ","); got != want {
			t.Errorf("%q: %s, want %s", sentence, got, want)
		}
	}
}
