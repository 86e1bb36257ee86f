package ingest

import (
	"slices"
)

// Conventions settled by a second annotation (docs/stances.md, "Conventions
// settled by a second annotation (gold9)"), read where the cue table and
// read() alone do not:
//
//   - 3: "zoekt naar" is an aim, like "streeft naar": a commitment of
//     whoever seeks (its row is at the end of the cue table); an
//     infinitive of purpose ("het initiatief om … te zoeken naar") is the
//     aim of what it qualifies, no one's position;
//   - 6: "gaf aan / geeft aan … te + infinitive" is an announced
//     intention, a commitment of any actor (its row is at the end of the
//     cue table), unless the infinitive carries a stance of its own ("gaf
//     aan belang te hechten aan", "geeft aan van mening te verschillen"),
//     which is then read instead.

// intentionDef reports whether d is the row of an announced intention in
// the simple present or past: "gaf aan … te".
func intentionDef(d *cueDef) bool {
	return d.stance == stCommit && d.obj == objGap && d.pattern == "geeft|geven|gaf|gaven aan … te"
}

// seekDef reports whether d is the row of seeking: "zoekt naar".
func seekDef(d *cueDef) bool {
	return d.stance == stCommit && d.pattern == "zoekt|zoeken|zocht|zochten … naar"
}

// conventionHits adjusts the cues found in the sentence: "zoeken naar" as
// an infinitive of purpose is no cue (purposeSeek); an announced
// intention ("gaf aan … te") whose infinitive is itself a stance cue
// ("gaf aan belang te hechten aan", "van mening te verschillen") yields to
// that cue, which the intention had hidden by taking its "te"; so does one
// whose infinitive is a state ("gaf aan klaar te staan om zijn voorstellen
// te steunen") to the stance in its clause.
func (sc *sentenceCtx) conventionHits(hits []cueHit) []cueHit {
	hits = slices.DeleteFunc(hits, sc.purposeSeek)
	for hi := 0; hi < len(hits); hi++ {
		h := hits[hi]
		if !intentionDef(h.def) {
			continue
		}
		from := h.fixed[1] + 1 // after "aan"
		te := h.last()
		// a state, not an undertaking: "gaf aan klaar te staan om …",
		// "geeft aan bereid te zijn …": any stance in its clause
		state := te+1 < len(sc.toks) && stateInfinitives[sc.toks[te+1].lower]
		end := clauseEndToken(sc.rs, sc.toks, te, false)
		var inner []cueHit
		for _, g := range findCues(sc.rs, sc.toks[from:]) {
			for k := range g.fixed {
				g.fixed[k] += from
			}
			if modalOnly(sc.toks, g) {
				continue // "gaf aan het voorstel te willen intrekken": the intention's own verb
			}
			if g.first() <= te+1 || state && g.first() <= end {
				inner = append(inner, g)
			}
		}
		if len(inner) == 0 {
			continue
		}
		// the inner cues replace the intention; an original hit they
		// overlap goes too
		out := make([]cueHit, 0, len(hits)+len(inner))
		for k, o := range hits {
			if k == hi || overlapsAny(o, inner) {
				continue
			}
			out = append(out, o)
		}
		out = append(out, inner...)
		slices.SortStableFunc(out, func(a, b cueHit) int { return a.first() - b.first() })
		return out
	}
	return hits
}

// stateInfinitives are infinitives of a state after "te": "klaar te
// staan", "bereid te zijn", "betrokken te blijven".
var stateInfinitives = map[string]bool{"staan": true, "zijn": true, "blijven": true}

// modalOnly reports whether every fixed word of g is a modal verb
// ("willen", "zullen", "kunnen").
func modalOnly(toks []token, g cueHit) bool {
	for _, j := range g.fixed {
		if !infinitiveModals[toks[j].lower] && !auxInfinitives[toks[j].lower] {
			return false
		}
	}
	return true
}

// overlapsAny reports whether a fixed token of h is one of any of hs.
func overlapsAny(h cueHit, hs []cueHit) bool {
	for _, g := range hs {
		for _, j := range h.fixed {
			if slices.Contains(g.fixed, j) {
				return true
			}
		}
	}
	return false
}

// purposeSeek reports whether h is "zoeken naar" as an infinitive of
// purpose ("het initiatief om … te zoeken naar een oplossing"): the aim of
// what it qualifies, no one's position, and no cue that cuts the subject
// of the one before.
func (sc *sentenceCtx) purposeSeek(h cueHit) bool {
	if seekDef(h.def) {
		f := h.first()
		if f < 1 || sc.toks[f-1].lower != "te" {
			return false
		}
		// "om (samen) te zoeken naar": not "lijkt te zoeken naar"
		for k := f - 2; k >= 0 && k >= f-6; k-- {
			if sc.toks[k].lower == "om" {
				return true
			}
			if runesAny(sc.rs[sc.toks[k].end:sc.toks[k+1].start], ",;:") {
				break
			}
		}
	}
	return false
}

// timeWords may make up a time phrase: "vanaf 2027", "per 1 januari",
// "met ingang van volgend jaar".
var timeWords = map[string]bool{"vanaf": true, "per": true, "in": true, "na": true, "voor": true, "vóór": true,
	"met": true, "ingang": true, "van": true, "uiterlijk": true, "eind": true, "begin": true, "medio": true,
	"volgend": true, "komend": true, "jaar": true, "het": true}

// conventionSubject sets the subject of an announced intention whose gap
// holds no object, only "om" and a time ("heeft aangegeven om vanaf 2027
// te willen toetsen of lidstaten … voldoen"): what follows its infinitive,
// in its clause (convention 6).
func (sc *sentenceCtx) conventionSubject(r *posReading, h cueHit) {
	toks := sc.toks
	if h.def.stance != stCommit || h.def.obj != objGap || len(h.fixed) < 2 || toks[h.last()].lower != "te" {
		return
	}
	g0, te := h.fixed[len(h.fixed)-2]+1, h.last()
	if g0 >= te || toks[g0].lower != "om" {
		return
	}
	for j := g0 + 1; j < te; j++ {
		if w := toks[j].lower; !timeWords[w] && !isDigits(w) && months[w] == 0 {
			return // an object in the gap: "om het voorstel te steunen"
		}
	}
	v := te + 1
	for v < len(toks) && infinitiveModals[toks[v].lower] {
		v++ // "te willen toetsen"
	}
	end := clauseEndToken(sc.rs, toks, v, false)
	if v+1 > end {
		return
	}
	if s := trimSubject(sc.text(v+1, end)); s != "" {
		r.subject, r.subjects, r.span = s, sc.refsIn(v+1, end), [2]int{v + 1, end}
	}
}

// hedgeVerbs are the forms of "lijken" by which a writer hedges a report.
var hedgeVerbs = map[string]bool{"lijkt": true, "leek": true, "lijken": true, "leken": true}

// writerHedge returns the token after the writer's hedge "lijkt" at token
// n when "te" follows it ("dat er brede steun [lijkt] te bestaan voor"),
// else n: the hedge is the reporter's, and the stance it hedges keeps its
// class (convention 7).
func (sc *sentenceCtx) writerHedge(n int) int {
	if n+1 < len(sc.toks) && hedgeVerbs[sc.toks[n].lower] && sc.toks[n+1].lower == "te" {
		return n + 1
	}
	return n
}
