package ingest

import (
	"fmt"
	"sync"
	"time"

	"jhagraph/graph"
)

// The presidency of the Council of the EU rotates every half-year in the
// order the Council fixed (Council Decision 2007/5/EC, Council Decision
// 2009/908/EU and, from July 2017, Council Decision (EU) 2016/1316).
// refdata/presidencies.tsv lists the presidencies from 2009 to 2026, one
// half-year a row with its source; a
// meeting's presidency is the one of the half-year in which it starts.

// presidencyTerm is one half-year's presidency.
type presidencyTerm struct {
	start, end time.Time
	code       string // ISO 3166 alpha-2
}

var presidencyColumns = []string{"half", "start", "end", "iso2", "name_en", "source"}

// presidencyTable is the parsed refdata/presidencies.tsv, read once.
var presidencyTable = sync.OnceValue(func() []presidencyTerm {
	terms, err := loadPresidencies()
	if err != nil {
		panic("ingest: reference data: " + err.Error())
	}
	return terms
})

// loadPresidencies reads the table and checks it: dates that parse, each
// half-year starting the day after the one before ends, a member state's
// code of the countries table, a source on every row.
func loadPresidencies() ([]presidencyTerm, error) {
	rows, err := readTSV(refFiles, "refdata/presidencies.tsv", presidencyColumns)
	if err != nil {
		return nil, err
	}
	var out []presidencyTerm
	for _, r := range rows {
		s, ok1 := parseISO(r.get("start"))
		e, ok2 := parseISO(r.get("end"))
		if !ok1 || !ok2 || e.Before(s) {
			return nil, fmt.Errorf("refdata/presidencies.tsv:%d: start %q, end %q", r.line, r.get("start"), r.get("end"))
		}
		if len(out) > 0 && !out[len(out)-1].end.AddDate(0, 0, 1).Equal(s) {
			return nil, fmt.Errorf("refdata/presidencies.tsv:%d: %s does not follow the half-year before", r.line, r.get("half"))
		}
		c, ok := countryIndex().byCode[r.get("iso2")]
		if !ok || !c.Member {
			return nil, fmt.Errorf("refdata/presidencies.tsv:%d: %q is no member state of countries.tsv", r.line, r.get("iso2"))
		}
		if r.get("source") == "" {
			return nil, fmt.Errorf("refdata/presidencies.tsv:%d: no source", r.line)
		}
		out = append(out, presidencyTerm{start: s, end: e, code: c.Code})
	}
	return out, nil
}

// presidencyOn is the country that holds the Council presidency on day d,
// when the table covers it.
func presidencyOn(d time.Time) (string, bool) {
	for _, t := range presidencyTable() {
		if !d.Before(t.start) && !d.After(t.end) {
			return t.code, true
		}
	}
	return "", false
}

// tablePresidencies sets every council meeting's "presidency" from the
// table, by the meeting's first day: the rotation is fact, and a country
// named near the meeting ("het inkomende Poolse voorzitterschap", "de
// Russische invasie") is not. Meetings outside the table keep what the
// letter says.
func (x *extraction) tablePresidencies() {
	for ref, e := range x.entities {
		if ref.Kind != graph.KindCouncilMeeting {
			continue
		}
		if s, ok := parseISO(propString(e.Props, "startDate")); ok {
			if code, ok := presidencyOn(s); ok {
				x.setProp(ref, "presidency", code)
			}
		}
	}
}

// namedPresidency is the country of the one presidency the letter named by
// its adjective before the sentence ("Het Zweedse voorzitterschap zal zijn
// werkprogramma presenteren. … Het voorzitterschap wil …"): where neither
// the meeting nor the letter's date places a bare "het voorzitterschap"
// (a letter older than the table, or meetings of several presidencies), the
// presidency the text introduced is the one it goes on about. Two
// presidencies named ("het Zweedse en het inkomende Spaanse") leave it open.
func (sc *sentenceCtx) namedPresidency() (graph.Ref, bool) {
	var found graph.Ref
	for p := 0; p <= sc.para && p < len(sc.x.paras); p++ {
		pi := sc.x.paras[p]
		ms := sc.idx.paragraph(sc.x, p)
		for k, t := range pi.toks {
			if p == sc.para && t.start >= sc.toks[0].start {
				break
			}
			if k == 0 || t.lower != "voorzitterschap" {
				continue
			}
			for _, m := range ms {
				if m.ref.Kind != graph.KindCountry || m.end != pi.toks[k-1].end {
					continue
				}
				if found.Key != "" && found != m.ref {
					return graph.Ref{}, false
				}
				found = m.ref
			}
		}
	}
	return found, found.Key != ""
}
