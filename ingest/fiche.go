package ingest

import (
	"strings"

	"jhagraph/graph"
)

// BNC-fiches judge a Commission proposal on competence, subsidiarity and
// proportionality: "Nederlandse positie ten aanzien van de bevoegdheid:
// positief", "Het oordeel van het kabinet over de subsidiariteit is
// positief", "Het kabinet beoordeelt de proportionaliteit als positief met
// kanttekeningen". Each judgement is a position of the cabinet: positive
// is support, negative oppose, positive with caveats reserved.

// competenceWords are what a fiche judges, with the subject they give.
var competenceWords = map[string]string{
	"bevoegdheid": "de bevoegdheid", "subsidiariteit": "de subsidiariteit", "proportionaliteit": "de proportionaliteit",
	"subsidiariteitsoordeel": "de subsidiariteit", "proportionaliteitsoordeel": "de proportionaliteit",
	"bevoegdheidsoordeel": "de bevoegdheid", "subsidiariteitstoets": "de subsidiariteit",
}

// judgementWords mark a sentence as a judgement.
var judgementWords = map[string]bool{"oordeel": true, "positie": true, "beoordeelt": true, "beoordeeld": true,
	"beoordeling": true, "oordeelt": true, "acht": true, "standpunt": true, "subsidiariteitsoordeel": true,
	"proportionaliteitsoordeel": true, "bevoegdheidsoordeel": true}

// judgements reads the fiche judgements of the sentence: one position per
// aspect judged ("Het oordeel over bevoegdheid en subsidiariteit is
// positief" judges two). A judgement needs an aspect, "positief" or
// "negatief", and a word of judging or a colon ("Subsidiariteitsoordeel:
// positief").
func (sc *sentenceCtx) judgements() []posReading {
	toks := sc.toks
	var aspects []int
	verdict, judged := -1, false
	for k, t := range toks {
		if _, ok := competenceWords[t.lower]; ok {
			aspects = append(aspects, k)
		}
		if judgementWords[t.lower] {
			judged = true
		}
		if (t.lower == "positief" || t.lower == "negatief") && verdict < 0 {
			verdict = k
		}
	}
	if len(aspects) == 0 || verdict < 0 {
		return nil
	}
	if !judged {
		for _, k := range aspects {
			if toks[k].end < len(sc.rs) && sc.rs[toks[k].end] == ':' {
				judged = true
			}
		}
	}
	if !judged {
		return nil
	}
	// the verdict must belong to the aspects: in one clause with them
	lo, hi := aspects[0], aspects[len(aspects)-1]
	if verdict < lo {
		lo = verdict
	}
	if verdict > hi {
		hi = verdict
	}
	for k := lo + 1; k <= hi; k++ {
		if strings.ContainsAny(string(sc.rs[toks[k-1].end:toks[k].start]), ";.") {
			return nil
		}
	}
	st := stSupport
	if toks[verdict].lower == "negatief" {
		st = stOppose
	}
	negated := verdict > 0 && negators[toks[verdict-1].lower]
	if negated {
		st = st.negated()
	}
	base := st
	cue := toks[verdict].text
	// "positief met kanttekeningen", "positief, met een kanttekening",
	// "overwegend positief", "deels positief"
	end := clauseEndToken(sc.rs, toks, verdict, false)
	for k := verdict + 1; k <= end+3 && k < len(toks); k++ {
		if strings.HasPrefix(toks[k].lower, "kanttekening") || toks[k].lower == "kritische" || toks[k].lower == "zorgpunten" {
			st, cue = stReserved, sc.text(verdict, k)
			break
		}
	}
	if verdict > 0 && (toks[verdict-1].lower == "deels" || toks[verdict-1].lower == "overwegend" || toks[verdict-1].lower == "gedeeltelijk") {
		st, cue = stReserved, sc.text(verdict-1, verdict)
	}
	nl := netherlandsRef()
	actor := posActor{t0: -1, t1: -1, refs: []graph.Ref{nl}, words: "het kabinet", cabinet: true, implicit: true}
	for _, c := range sc.actorCandidates() {
		if c.cabinet {
			actor = c
			actor.words = lowerFirst(c.words)
			break
		}
	}
	var out []posReading
	seen := map[string]bool{}
	for _, k := range aspects {
		subj := competenceWords[toks[k].lower]
		if seen[subj] {
			continue
		}
		seen[subj] = true
		r := posReading{stanceReading: stanceReading{stance: st, base: base, negated: negated, cue: cue},
			actor: actor, subject: subj, first: verdict, cueEnd: verdict, span: [2]int{k, k}}
		if st == stReserved {
			r.base = stSupport
		}
		out = append(out, r)
	}
	return out
}

// judgementHeading reports whether a heading line is a fiche's judgement
// ("Nederlandse positie ten aanzien van de bevoegdheid: positief"), read
// as running text.
func judgementHeading(text string) bool {
	l := strings.ToLower(text)
	if !strings.Contains(l, "positief") && !strings.Contains(l, "negatief") {
		return false
	}
	for w := range competenceWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// ficheSection reads a section heading of a BNC-fiche, printed as a heading
// or as a short line of its own ("c) Eerste inschatting van krachtenveld"):
// ok when the line is one, others when the section describes the proposal
// or the views of others rather than the cabinet's.
func ficheSection(text string) (others, ok bool) {
	if len(text) > 160 || len(strings.Fields(text)) > 12 || strings.HasSuffix(text, ".") {
		return false, false
	}
	l := strings.ToLower(text)
	switch {
	case strings.Contains(l, "krachtenveld"), strings.Contains(l, "essentie voorstel"), strings.Contains(l, "algemene gegevens"),
		strings.Contains(l, "inhoud voorstel"), strings.Contains(l, "samenvatting voorstel"):
		return true, true
	case strings.Contains(l, "nederlandse positie"), strings.Contains(l, "standpunt kabinet"), strings.Contains(l, "beoordeling"),
		strings.Contains(l, "nederlands beleid"), strings.Contains(l, "inzet ten aanzien"), strings.Contains(l, "implicaties"):
		return false, true
	}
	return false, false
}
