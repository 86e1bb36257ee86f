package ingest

import (
	"strconv"
	"strings"
	"time"
)

var months = map[string]int{
	"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
	"augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}

var englishMonths = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// monthNumber returns 1-12 for a Dutch or English month name, or 0.
func monthNumber(s string) int { return months[strings.ToLower(s)] }

// isoDate builds "YYYY-MM-DD" from year, month name and day, checking that
// the date exists.
func isoDate(year, month, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	m := monthNumber(month)
	if err1 != nil || err2 != nil || m == 0 {
		return "", false
	}
	t, ok := mkDate(y, m, d)
	if !ok {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// mkDate returns the date y-m-d at midnight UTC, and false when it does not
// exist (31 February).
func mkDate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
}

func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

func iso(t time.Time) string { return t.Format("2006-01-02") }

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }
