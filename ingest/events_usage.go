package ingest

import (
	"regexp"
	"slices"
	"strings"

	"jhagraph/graph"
)

// Rules drawn from how the development letters write a dated event (issue
// 12): the inventory is events_inventory_test.go, which TestEventUsageAudit
// (events_usage_test.go) puts into fictional sentences.

// The rules the usage audit asked for. usageFirstCues are read before the
// cue table of events.go (eventCues): they are narrower than the cues they
// precede ("keurde ... goed" is a decision, "keurde het onderhandelingsmandaat
// goed" a mandate). usageLastCues are read when no cue of that table
// classified the clause.
var usageFirstCues = []struct {
	class string
	re    guardedRe
}{
	// the mandate in the past of a separable verb and in the future:
	// "het onderhandelingsmandaat ... vaststelde", "keurde het mandaat ...
	// goed", "zal het mandaat ... vaststellen"
	{"mandate", guard(`(?i)\b(?:onderhandelings)?mandaat\b[^;:]*\b(?:vaststelde|vaststelden|goedkeurde|goedkeurden|vaststellen|goedkeuren|verlenen)\b|` +
		`\bkeurden?\b[^;:]*\b(?:onderhandelings)?mandaat\b[^;:]*\bgoed\b`)},
	// the general approach in the past of a separable verb, and agreed on:
	// "een algemene oriëntatie ... vaststelde", "is een algemene oriëntatie
	// ... overeengekomen"
	{"general-approach", guard(`(?i)\balgemene\s+ori[eë]ntatie\b[^;:]*\b(?:vaststelde|vaststelden|aannam|aannamen|overeengekomen)\b`)},
}

var usageLastCues = []struct {
	class string
	re    guardedRe
}{
	// a proposal whose verb closes a subordinate clause or comes in the
	// future: "dat de Commissie ... een voorstel ... deed", "zal ... een
	// voorstel presenteren"
	{"proposal", guard(`(?i)\bvoorstel(?:len)?\b[^;:]*\b(?:deed|deden|indiende|indienden)\b|` +
		`\b(?:zal|zullen)\b[^;:]*\bvoorstel(?:len)?\b[^;:]*\b(?:presenteren|publiceren|doen|indienen|uitbrengen)\b|` +
		`\bvoorstel(?:len)?\b[^;:]*\b(?:zal|zullen)\s+(?:presenteren|publiceren|doen|indienen|uitbrengen)\b`)},
	// one body's consent, its noun and verb apart: "heeft Coreper
	// overeenstemming over X bereikt", "bereikte overeenstemming", "zal ...
	// een akkoord ... bereiken" (not "om ... een akkoord te bereiken")
	{"agreement", guard(`(?i)\b(?:overeenstemming|akkoord)\b[^;:]{0,120}?\b(?:bereikt|bereikte|bereikten)\b|\b(?:bereikte|bereikten)\b[^;:]*\b(?:overeenstemming|akkoord)\b|` +
		`\b(?:zal|zullen)\b[^;:]*\b(?:overeenstemming|akkoord)\b[^;:]*\bbereiken\b|\b(?:overeenstemming|akkoord)\b[^;:]*\b(?:zal|zullen)\s+bereiken\b`)},
	// the steps a body is expected to take on a day: "zal ... aannemen"
	{"adoption", guard(`(?i)\b(?:zal|zullen)\b[^;:]*\b(?:aannemen|vaststellen)\b`)},
	{"decision", guard(`(?i)\b(?:zal|zullen)\b[^;:]*\b(?:besluiten|goedkeuren)\s*(?:[.,;:]|$)`)},
	// "dat de richtlijn op 1 juli van toepassing werd"
	{"entry-into-application", guard(`(?i)\bvan\s+toepassing\s+(?:werd|werden)\b`)},
}

// usagePublishedDocRe is the first document the Commission publishes that
// a clause names, and usagePublishVerbRe a verb that publishes it: a
// clause that names such a document before any proposal and publishes it
// is a publication ("heeft de Commissie op 3 maart jl. een aanbeveling ...
// uitgebracht", "Er werd ... een mededeling ... gepubliceerd").
var (
	usagePublishedDocRe = guard(`(?i)\b(?:de|het|een|haar|zijn)\s+(?:[\p{L}-]+e\s+)?\p{L}*` + publishedDocs + `[0-9]*\b`)
	usagePublishVerbRe  = guard(`(?i)\b(?:gepubliceerd|gepresenteerd|uitgebracht|bekendgemaakt|uitbracht|uitbrachten|publiceerde|publiceerden|presenteerde|presenteerden|publiceren|presenteren|uitbrengen)\b|\bbracht(?:en)?\b[^;:]*\buit\b`)
	usageProposalRe     = regexp.MustCompile(`(?i)\bvoorstel(?:len)?\b`)
)

// usageAgentRe is the agent of a passive, "door de Rekenkamer"; usageDeadlineRe
// a day before which something must happen, "uiterlijk op".
var (
	usageAgentRe      = regexp.MustCompile(`(?i)\bdoor\s+(?:de|het)\s+(\p{L}+(?:\s+\p{L}+)?)`)
	usageInfPublishRe = regexp.MustCompile(`(?i)\b(?:publiceren|presenteren|uitbrengen)\b`)
	usageDeadlineRe   = regexp.MustCompile(`(?i)\buiterlijk\b`)
)

// usageByCommission reports whether a clause that publishes a document may
// be the Commission's publishing: its passive's agent, if any, is the
// Commission ("Het rapport werd ... uitgebracht door de Rekenkamer" is
// not), and a future publication has a day, not a deadline ("Uiterlijk op
// 1 juni zal de Commissie een verslag uitbrengen" is an obligation).
func usageByCommission(clause string) bool {
	for _, m := range usageAgentRe.FindAllStringSubmatch(clause, -1) {
		if !strings.HasPrefix(m[1], "Commissie") && !strings.HasPrefix(m[1], "Europese Commissie") {
			return false
		}
	}
	return !(usageInfPublishRe.MatchString(clause) && usageDeadlineRe.MatchString(clause))
}

// usageCue classifies a clause by usageFirstCues (first) or the rules read
// after the cue table (first false).
func usageCue(clause, folded string, first bool) string {
	if first {
		for _, c := range usageFirstCues {
			if c.re.matchFolded(clause, folded) {
				return c.class
			}
		}
		return ""
	}
	if usagePublishVerbRe.matchFolded(clause, folded) && (usagePublishedDocRe.lits == nil || usagePublishedDocRe.mayMatch(folded)) {
		if loc := usagePublishedDocRe.re.FindStringIndex(clause); loc != nil && usageByCommission(clause) {
			if p := usageProposalRe.FindStringIndex(clause); p == nil || p[0] > loc[0] {
				return "publication"
			}
		}
	}
	for _, c := range usageLastCues {
		if c.re.matchFolded(clause, folded) {
			return usageUnlessNegated(c.class, clause)
		}
	}
	return ""
}

// usageNegatedRe negates the step of a clause: "geen akkoord bereikt",
// "heeft niet ingestemd" (not "de niet-bindende aanbeveling").
var usageNegatedRe = regexp.MustCompile(`(?i)(?:^|\s)(?:geen|niet)(?:[\s,;]|$)`)

// usageUnlessNegated is class, or "" when class is a step a body takes
// (stepEvents) and the clause negates it: "Er is op 3 maart geen akkoord
// bereikt" dates no agreement. (What a law does is not negated so: "vinden
// vanaf 1 juli geen controles meer plaats" is the end of checks.)
func usageUnlessNegated(class, clause string) string {
	if stepEvents[class] && (strings.Contains(clause, "geen") || strings.Contains(clause, "niet") || strings.Contains(clause, "Geen") ||
		strings.Contains(clause, "Niet")) && usageNegatedRe.MatchString(clause) {
		return ""
	}
	return class
}

// usageAgentlessRe is a clause in the passive without its agent that
// publishes or presents a proposal or a communication: "Op 3 maart werd
// een voorstel tot wijziging van X gepresenteerd", "is een mededeling
// gepubliceerd". Only the Commission proposes acts and publishes
// communications; usageOwnActorRe names someone else who might have.
var (
	usageAgentlessRe = regexp.MustCompile(`(?i)\b(?:werd|werden|is|zijn|wordt|worden)\b[^;:]*\b(?:gepresenteerd|gepubliceerd|ingediend|uitgebracht|gedaan|bekendgemaakt)\b|\b(?:gepresenteerd|gepubliceerd|ingediend|uitgebracht|gedaan|bekendgemaakt)\s+(?:werd|werden|is|zijn|wordt|worden)\b`)
	// usageSubordinateRe opens a subordinate clause: what stands before it
	// ("Het kabinet meldt dat ...") is the main clause's.
	usageSubordinateRe = regexp.MustCompile(`(?i)\b(?:dat|nadat|omdat|toen|zodat)\s`)
	usageOwnActorRe    = regexp.MustCompile(`(?i)\bdoor\s+(?:de|het|een)\b|\b(?:kabinet|regering|minister|staatssecretaris|Kamer|Nederland|voorzitterschap|lidsta(?:at|ten)|Parlement|Raad)\b`)
	usageCommDocRe     = regexp.MustCompile(`(?i)\b(?:voorstel(?:len)?|mededeling|werkprogramma)\b`)
	usageAuthorRe      = regexp.MustCompile(`(?i)\bvoorstel(?:len)?\s+van\s+(?:de|het)\s+$`)
)

// usageTargets corrects what an event concerns (events.go, after
// eventTargets): the body named as the author of a proposal ("over de
// positie van de Raad ten aanzien van het voorstel van de Europese
// Commissie") is no party to an agreement, decision or adoption on it; a
// proposal or communication published in the passive with no agent and
// nothing else to concern is the Commission's event (testdata/gold/README.md,
// "Events of an act without a node go to the body that acts").
func (x *extraction) usageTargets(ev datedEvent, tos []graph.Ref, named []mention) []graph.Ref {
	if ev.class != "proposal" && ev.class != "publication" && len(tos) > 1 {
		kept := tos[:0:0]
		for _, to := range tos {
			author := false
			for _, m := range named {
				if m.to == to && to.Kind == graph.KindOrganisation && usageAuthorRe.MatchString(x.str(max(0, m.span.Start-24), m.span.Start)) {
					author = true
				}
			}
			if !author {
				kept = append(kept, to)
			}
		}
		tos = kept
	}
	if (ev.class != "proposal" && ev.class != "publication") || ev.clause.End == 0 {
		return tos
	}
	if len(tos) > 0 {
		return x.usageAuthorOverContext(ev, tos, named)
	}
	commissionNamed := slices.ContainsFunc(named, func(m mention) bool {
		return m.to.Kind == graph.KindOrganisation && m.to.Key == "european-commission"
	})
	if !x.usageAgentless(ev, commissionNamed) {
		return tos
	}
	if e, ok := orgEntity("european-commission"); ok {
		return []graph.Ref{x.addEntity(e)}
	}
	return tos
}

// usageAgentless reports whether the clause of ev publishes or presents a
// proposal or communication in the passive without an agent or another
// actor (usageAgentlessRe, usageOwnActorRe), read after the subordinating
// word that opens it ("Het kabinet meldt dat ...").
//
// Any document will do when the sentence names the Commission outside
// that clause: "De Commissie gaf een toelichting op de strategie, die op 4
// december werd gepubliceerd".
func (x *extraction) usageAgentless(ev datedEvent, commissionNamed bool) bool {
	clause := x.str(ev.clause.Start, ev.clause.End)
	if loc := usageSubordinateRe.FindStringIndex(clause); loc != nil {
		clause = clause[loc[1]:]
	}
	return usageAgentlessRe.MatchString(clause) && !usageOwnActorRe.MatchString(clause) && (commissionNamed || usageCommDocRe.MatchString(clause))
}

// usageRevisedRe ends the words before the act a proposal revises: "een
// voorstel tot herziening van", "tot aanpassing van de".
var usageRevisedRe = regexp.MustCompile(`(?i)\b(?:herziening|wijziging|aanpassing|herschikking|vervanging|intrekking)\s+van\s+(?:de\s+|het\s+)?$`)

// usageDocOfRe ends the words before an act that a published document is
// of: "haar evaluatie van de", "het verslag van".
var usageDocOfRe = regexp.MustCompile(`(?i)\p{L}*` + publishedDocs + `[0-9]*\s+van\s+(?:de\s+|het\s+)?$`)

// usageAuthorOverContext: a proposal or publication whose sentence names
// the Commission in the date's clause but no act, whose acts came from the
// sentences before or the heading ("Het kabinet steunt X. Op 3 maart
// bracht de Commissie een aanbeveling over de uitvoering van deze richtlijn
// uit"), is the Commission's event: what its document is about or amends
// is not what was published.
func (x *extraction) usageAuthorOverContext(ev datedEvent, tos []graph.Ref, named []mention) []graph.Ref {
	inClause := func(m mention) bool { return m.span.Start >= ev.clause.Start && m.span.End <= ev.clause.End }
	var commission *graph.Ref
	for _, m := range named {
		if !inClause(m) {
			continue
		}
		if m.to.Kind == graph.KindLegalAct {
			before := x.str(max(ev.clause.Start, m.span.Start-40), m.span.Start)
			if !usageDocOfRe.MatchString(before) && !(ev.class == "proposal" && usageRevisedRe.MatchString(before)) {
				return tos // the clause names its act ("haar evaluatie van X" is of the document, not X's)
			}
		}
		if m.to.Kind == graph.KindOrganisation && m.to.Key == "european-commission" {
			to := m.to
			commission = &to
		}
	}
	if commission == nil {
		if ev.class != "proposal" || !x.usageAgentless(ev, false) {
			return tos
		}
		// "Het kabinet steunt X. Op 3 maart werd een voorstel tot wijziging
		// van deze richtlijn gepresenteerd": the Commission's proposal
		e, ok := orgEntity("european-commission")
		if !ok {
			return tos
		}
		to := x.addEntity(e)
		commission = &to
	}
	for _, to := range tos {
		if to.Kind != graph.KindLegalAct {
			return tos
		}
	}
	return []graph.Ref{*commission}
}
