package ingest

import (
	"strings"
	"testing"
	"testing/fstest"

	"jhagraph/graph"
)

// The calendar gives the meeting a day belongs to, named by its second day
// or its first; a day of no meeting it knows stays as it is.
func TestCalendarMeetingAt(t *testing.T) {
	for day, want := range map[string]string{
		"2018-12-07": "2018-12-06", // the JHA Council of 6-7 December 2018
		"2016-10-14": "2016-10-13",
		"2009-12-01": "2009-11-30", // across a month
		"2011-07-20": "2011-07-18", // the third day of Sopot 2011
		"2018-12-06": "2018-12-06", // its first day
		"2016-05-20": "",           // a one-day meeting
		"2018-12-08": "",           // the day after
		"2018-12-05": "",           // the day before
	} {
		d, _ := parseISO(day)
		c, ok := calendarMeetingAt(d)
		got := ""
		if ok {
			got = iso(c.start)
		}
		if got != want {
			t.Errorf("calendarMeetingAt(%s) = %q, want %q", day, got, want)
		}
	}
}

// A letter that names a two-day meeting by its second day mentions the
// meeting keyed by its first day; a one-day meeting keeps its day.
func TestMeetingNamedBySecondDay(t *testing.T) {
	meetings := func(sentence string) []string {
		t.Helper()
		g := extractWith(t, "kst-32317-559.txt", "Brief\n\n"+sentence+"\n", Meta{Date: "2019-06-11"})
		var out []string
		for _, e := range g.Entities {
			if e.Kind == graph.KindCouncilMeeting {
				out = append(out, e.Key+" "+propString(e.Props, "startDate")+" "+propString(e.Props, "endDate"))
			}
		}
		return out
	}
	if got := meetings("Er was een politiek akkoord in de JBZ-Raad van 7 december 2018."); strings.Join(got, ",") != "jha-2018-12-06 2018-12-06 2018-12-07" {
		t.Errorf("second day: %v", got)
	}
	if got := meetings("Dit is besproken in de JBZ-Raad van 20 mei 2016."); strings.Join(got, ",") != "jha-2016-05-20 2016-05-20 2016-05-20" {
		t.Errorf("one-day meeting: %v", got)
	}
}

// The table is checked: keys of the first day, meetings of two to eight
// days that do not overlap, a source on each row.
func TestMeetingCalendarChecks(t *testing.T) {
	head := strings.Join(calendarColumns, "\t") + "\n"
	for name, body := range map[string]string{
		"key":      "jha-2018-12-07\t2018-12-06\t2018-12-07\tno\tBrussels\tconsilium\n",
		"one day":  "jha-2018-12-06\t2018-12-06\t2018-12-06\tno\tBrussels\tconsilium\n",
		"overlap":  "jha-2018-12-06\t2018-12-06\t2018-12-07\tno\t\tconsilium\njha-2018-12-07\t2018-12-07\t2018-12-08\tno\t\tconsilium\n",
		"source":   "jha-2018-12-06\t2018-12-06\t2018-12-07\tno\tBrussels\t\n",
		"informal": "jha-2018-12-06\t2018-12-06\t2018-12-07\tinformal\tBrussels\tconsilium\n",
	} {
		fsys := fstest.MapFS{"refdata/meetings.tsv": {Data: []byte(head + body)}}
		if _, err := loadMeetingCalendar(fsys); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	ok := fstest.MapFS{"refdata/meetings.tsv": {Data: []byte(head + "jha-2018-12-06\t2018-12-06\t2018-12-07\tno\t\tconsilium\n" +
		"jha-2023-07-20\t2023-07-20\t2023-07-21\tyes\tLogroño\tregeringen.se\n")}}
	if ms, err := loadMeetingCalendar(ok); err != nil || len(ms) != 2 || ms[0].informal || ms[0].place != "" || !ms[1].informal || ms[1].place != "Logroño" {
		t.Errorf("a good table: %v, %v", ms, err)
	}
}
