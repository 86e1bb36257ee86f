package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// presidency is the member state that holds the Council presidency for a
// half-year, with the Dutch adjective letters use ("het Belgische
// voorzitterschap") and the city where it hosts the informal JHA Council,
// written as Dutch letters write it.
type presidency struct {
	Code, Adjective, Venue string
}

// presidencies maps year*2+half (half 0: January–June, 1: July–December) to
// the presidency. The rotation is public (Council decisions 2007/5/EC and
// (EU) 2016/1316). Venues are the cities of the informal JHA meetings, or
// the capital where a letter would name that (Gödöllő, Milan and Logroño are
// written as the capital here).
var presidencies = map[int]presidency{
	2010*2 + 0: {"ES", "Spaanse", "Madrid"}, 2010*2 + 1: {"BE", "Belgische", "Brussel"},
	2011*2 + 0: {"HU", "Hongaarse", "Boedapest"}, 2011*2 + 1: {"PL", "Poolse", "Sopot"},
	2012*2 + 0: {"DK", "Deense", "Kopenhagen"}, 2012*2 + 1: {"CY", "Cypriotische", "Nicosia"},
	2013*2 + 0: {"IE", "Ierse", "Dublin"}, 2013*2 + 1: {"LT", "Litouwse", "Vilnius"},
	2014*2 + 0: {"GR", "Griekse", "Athene"}, 2014*2 + 1: {"IT", "Italiaanse", "Rome"},
	2015*2 + 0: {"LV", "Letse", "Riga"}, 2015*2 + 1: {"LU", "Luxemburgse", "Luxemburg"},
	2016*2 + 0: {"NL", "Nederlandse", "Amsterdam"}, 2016*2 + 1: {"SK", "Slowaakse", "Bratislava"},
	2017*2 + 0: {"MT", "Maltese", "Valletta"}, 2017*2 + 1: {"EE", "Estse", "Tallinn"},
	2018*2 + 0: {"BG", "Bulgaarse", "Sofia"}, 2018*2 + 1: {"AT", "Oostenrijkse", "Innsbruck"},
	2019*2 + 0: {"RO", "Roemeense", "Boekarest"}, 2019*2 + 1: {"FI", "Finse", "Helsinki"},
	2020*2 + 0: {"HR", "Kroatische", "Zagreb"}, 2020*2 + 1: {"DE", "Duitse", "Berlijn"},
	2021*2 + 0: {"PT", "Portugese", "Lissabon"}, 2021*2 + 1: {"SI", "Sloveense", "Ljubljana"},
	2022*2 + 0: {"FR", "Franse", "Lille"}, 2022*2 + 1: {"CZ", "Tsjechische", "Praag"},
	2023*2 + 0: {"SE", "Zweedse", "Stockholm"}, 2023*2 + 1: {"ES", "Spaanse", "Madrid"},
	2024*2 + 0: {"BE", "Belgische", "Brussel"}, 2024*2 + 1: {"HU", "Hongaarse", "Boedapest"},
	2025*2 + 0: {"PL", "Poolse", "Warschau"}, 2025*2 + 1: {"DK", "Deense", "Kopenhagen"},
	2026*2 + 0: {"CY", "Cypriotische", "Nicosia"}, 2026*2 + 1: {"IE", "Ierse", "Dublin"},
}

// First and last years of the corpus.
const (
	FirstYear = 2010
	LastYear  = 2026
)

func presidencyOn(d time.Time) presidency {
	half := 0
	if d.Month() >= time.July {
		half = 1
	}
	return presidencies[d.Year()*2+half]
}

// Meeting is a JHA Council meeting of the generated calendar.
type Meeting struct {
	Start, End time.Time
	Informal   bool
	Place      string // as letters write it: "Brussel", "Luxemburg", "Kopenhagen"
	Presidency string // ISO code of the presidency
	Agenda     []AgendaItem
}

// Key is the meeting's canonical key in the graph: "jha-2024-01-25".
func (m Meeting) Key() string { return "jha-" + m.Start.Format(time.DateOnly) }

// AgendaItem is one item of a meeting's agenda.
type AgendaItem struct {
	Section int    // 1: Binnenlandse Zaken, 2: Justitie
	Order   int    // 1-based within the section
	Title   string // "Stand van zaken asiel- en migratiepact"
	Format  string // "Werksessie", "Beleidsdebat", ...
	Topic   string // what the item is about, in running text
	Act     string // CELEX of the act the item is about, or ""
}

// calendar builds the JHA Council meetings of 2010–2026: per year an informal
// meeting under each presidency (January/February and July, in the
// presidency's country) and formal meetings in March (Brussels), June and
// October (Luxembourg) and December (Brussels); a year may skip the March or
// the October meeting: four to six meetings a year. Meetings take two days,
// Thursday and Friday, or one, the Thursday.
func calendar(rng *rand.Rand) []Meeting {
	var out []Meeting
	for y := FirstYear; y <= LastYear; y++ {
		type slot struct {
			month      time.Month
			informal   bool
			place      string
			skipChance float64
		}
		slots := []slot{
			{time.January, true, "", 0},
			{time.March, false, "Brussel", 0.2},
			{time.June, false, "Luxemburg", 0},
			{time.July, true, "", 0},
			{time.October, false, "Luxemburg", 0.3},
			{time.December, false, "Brussel", 0},
		}
		for _, s := range slots {
			if rng.Float64() < s.skipChance {
				continue
			}
			month := s.month
			if s.informal && s.month == time.January && rng.IntN(3) == 0 {
				month = time.February
			}
			// A Thursday between the 5th and the 24th.
			d := time.Date(y, month, 5+rng.IntN(14), 0, 0, 0, 0, time.UTC)
			for d.Weekday() != time.Thursday {
				d = d.AddDate(0, 0, 1)
			}
			m := Meeting{Start: d, End: d, Informal: s.informal, Place: s.place}
			switch r := rng.IntN(10); {
			case r < 7:
				m.End = d.AddDate(0, 0, 1)
			case r < 8:
				// a one-day meeting on the Friday would share its day with
				// a real two-day Council (ingest/refdata/meetings.tsv),
				// which the extractor keys by the Thursday: keep the
				// Thursday
				m.End = m.Start
			}
			p := presidencyOn(m.Start)
			m.Presidency = p.Code
			if m.Informal {
				m.Place = p.Venue
			}
			out = append(out, m)
		}
	}
	return out
}

// dutchMonths are the month names Dutch letters write.
var dutchMonths = [...]string{"", "januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// dutchDate writes "15 januari 2024".
func dutchDate(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), dutchMonths[d.Month()], d.Year())
}

// meetingDays writes the days of a meeting as letters do: "25 en 26
// januari", "25-26 januari", "13 juni" (no year).
func meetingDays(m Meeting, dash bool) string {
	if m.Start.Equal(m.End) {
		return fmt.Sprintf("%d %s", m.Start.Day(), dutchMonths[m.Start.Month()])
	}
	sep := " en "
	if dash {
		sep = "-"
	}
	return fmt.Sprintf("%d%s%d %s", m.Start.Day(), sep, m.End.Day(), dutchMonths[m.End.Month()])
}
