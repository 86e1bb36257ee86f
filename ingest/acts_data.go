package ingest

import (
	"regexp"
	"strings"
)

// actRecord is one EU legal act of the reference data (refdata/acts.tsv).
type actRecord struct {
	CELEX      string // sector 3 CELEX number: "32011L0098"
	Type       string // directive, regulation, decision, framework decision
	Year       int
	Number     int
	CitationEN string // "Directive 2011/98/EU", "Council Regulation (EU) No 1053/2013"
	CitationNL string // "Richtlijn 2011/98/EU", "Verordening (EU) nr. 1053/2013"
	Title      string // the official English title
	ShortEN    string // "Single Permit Directive"
	ShortNL    string // "GVVA-richtlijn"
	// Aliases are further names and acronyms under which letters refer to
	// the act. No name is given to two acts: where an act and its recast
	// share a nickname, the plain nickname is the older act's and the
	// recast has a qualified one ("herziene GVVA-richtlijn").
	Aliases []string
	Area    string // asylum, migration, borders, ...
	InForce string // yes, no, or "repealed by <CELEX>"
	Source  string // where the facts were checked
	line    int
}

// actTable returns the acts of the reference data, in file order.
func actTable() []actRecord { return reference().acts }

// allNames are the short names and aliases of the act as written in the
// data.
func (r *actRecord) allNames() []string {
	return append([]string{r.ShortEN, r.ShortNL}, r.Aliases...)
}

var qualifierRe = regexp.MustCompile(`\s*\([^)]*\)\s*`)

// matchNames are the names under which the act is found in text and by
// ResolveActRef: its short names and aliases; a name with a qualifier in
// brackets ("Eurodac Regulation (recast)", "Insolvency Regulation
// (recast)") is a display name, found without its brackets only when no
// other act has that name (unique says so).
func (r *actRecord) matchNames(unique func(name string) bool) []string {
	var out []string
	for _, n := range r.allNames() {
		if !strings.ContainsAny(n, "()") {
			out = append(out, n)
			continue
		}
		if base := collapseSpace(qualifierRe.ReplaceAllString(n, " ")); base != "" && unique(base) {
			out = append(out, base)
		}
	}
	return out
}

// repealedBy returns the CELEX number of the act that repealed this one.
func (r *actRecord) repealedBy() string {
	if m := repealedRe.FindStringSubmatch(r.InForce); m != nil {
		return m[1]
	}
	return ""
}

// displayName is the act's citation without the enacting institution:
// "Directive 2011/98/EU", "Regulation (EU) No 604/2013", "Decision
// 2008/615/JHA", "Framework Decision 2002/584/JHA".
func (r *actRecord) displayName() string {
	n := r.CitationEN
	for _, p := range []string{"Council ", "Commission "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}
