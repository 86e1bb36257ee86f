package ingest

import (
	"fmt"
	"io/fs"
	"sort"
	"sync"
	"time"
)

// A JHA Council meeting often lasts two days, and letters name it by either
// one: "de JBZ-Raad van 7 december 2018" is the meeting of 6 and 7 December,
// whose key is its first day. refdata/meetings.tsv lists the formal Councils
// and the informal meetings of JHA ministers of more than one day from 2009,
// each with where its days are stated (the Council's or the presidency's own
// record, or a real letter that names both days); a meeting named by any
// one of its days is that meeting, with its first and last day. A day of no
// meeting of the table (a one-day Council, which needs no row, a Council the
// table lacks, or a letter's slip) keeps the day the letter names.

// calendarMeeting is a meeting of more than one day: its days, whether it
// is an informal meeting of JHA ministers, and its place as its sources
// state it (English, as the Council writes it; "" where none does). The
// extractor takes only the days: the formality and place of a meeting are
// what the letter says.
type calendarMeeting struct {
	start, end time.Time
	informal   bool
	place      string
}

var calendarColumns = []string{"key", "start", "end", "informal", "place", "source"}

// meetingCalendar is the parsed refdata/meetings.tsv, sorted by start, read
// once.
var meetingCalendar = sync.OnceValue(func() []calendarMeeting {
	ms, err := loadMeetingCalendar(refFiles)
	if err != nil {
		panic("ingest: reference data: " + err.Error())
	}
	return ms
})

// loadMeetingCalendar reads the table and checks it: dates that parse, an
// end one to seven days after the start, the key "jha-<start>", informal
// "yes" or "no", no two meetings overlapping, a source on every row.
func loadMeetingCalendar(fsys fs.FS) ([]calendarMeeting, error) {
	rows, err := readTSV(fsys, "refdata/meetings.tsv", calendarColumns)
	if err != nil {
		return nil, err
	}
	var out []calendarMeeting
	for _, r := range rows {
		s, ok1 := parseISO(r.get("start"))
		e, ok2 := parseISO(r.get("end"))
		if !ok1 || !ok2 || !e.After(s) || e.Sub(s) > days(7) {
			return nil, fmt.Errorf("refdata/meetings.tsv:%d: start %q, end %q: not a meeting of two to eight days", r.line, r.get("start"), r.get("end"))
		}
		if r.get("key") != "jha-"+iso(s) {
			return nil, fmt.Errorf("refdata/meetings.tsv:%d: key %q is not jha-<start>", r.line, r.get("key"))
		}
		inf := r.get("informal")
		if inf != "yes" && inf != "no" {
			return nil, fmt.Errorf("refdata/meetings.tsv:%d: informal %q, want yes or no", r.line, inf)
		}
		if r.get("source") == "" {
			return nil, fmt.Errorf("refdata/meetings.tsv:%d: no source", r.line)
		}
		out = append(out, calendarMeeting{start: s, end: e, informal: inf == "yes", place: r.get("place")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start.Before(out[j].start) })
	for i := 1; i < len(out); i++ {
		if !out[i].start.After(out[i-1].end) {
			return nil, fmt.Errorf("refdata/meetings.tsv: the meetings of %s and %s overlap", iso(out[i-1].start), iso(out[i].start))
		}
	}
	return out, nil
}

// calendarMeetingAt returns the meeting of the table that day is any day
// of.
func calendarMeetingAt(day time.Time) (calendarMeeting, bool) {
	ms := meetingCalendar()
	i := sort.Search(len(ms), func(i int) bool { return !ms[i].end.Before(day) })
	if i < len(ms) && !ms[i].start.After(day) {
		return ms[i], true
	}
	return calendarMeeting{}, false
}
