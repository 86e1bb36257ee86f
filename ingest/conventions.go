package ingest

import (
	"slices"
	"strings"

	"jhagraph/graph"
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
//     which is then read instead; "om" and a time in its gap take the
//     subject after the infinitive; "te agenderen" is an effort;
//   - 7: "lijkt … te" is the writer's hedge: "er lijkt steun te bestaan
//     voor X", the chair's "dat er geen meerderheid lijkt te bestaan die
//     erkent dat Y" are the member states' (writerHedge);
//   - 8: the chair's "conclusie dat … brede consensus (in de Raad), X" is
//     the member states' support on X;
//   - 9 (and 10's subject): a stance verb closing a relative clause with
//     its own actor ("het non-paper dat Nederland … heeft opgesteld", "de
//     zorg die enkele organisaties … hebben uitgesproken dat Y"), "zoals
//     aanbevolen door X", the aside "X, gesteund door Y, …";
//   - 1: a stance coordinated after a Council speaker's report is the
//     speaker's, not its audience's (coordinatedSubject).
//
// The cue rows are in one block at the end of the cue table (stances.go);
// read() (positions.go) calls conventionHits, conventionActor,
// coordinatedSubject and conventionSubject, delegationsPrep writerHedge.

// The patterns of the conventions' rows that intentionDef, seekDef and
// asideRow recognise, written once for the cue table and the tests.
const (
	intentionPattern = "geeft|geven|gaf|gaven aan … te"
	seekPattern      = "zoekt|zoeken|zocht|zochten … naar"
	asidePattern     = "gesteund|ondersteund door"
)

// intentionDef reports whether d is the row of an announced intention in
// the simple present or past: "gaf aan … te".
func intentionDef(d *cueDef) bool {
	return d.stance == stCommit && d.obj == objGap && d.pattern == intentionPattern
}

// seekDef reports whether d is the row of seeking: "zoekt naar".
func seekDef(d *cueDef) bool {
	return d.stance == stCommit && d.pattern == seekPattern
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
	hits = slices.DeleteFunc(hits, func(h cueHit) bool { return asideRow(h.def) && !sc.asideBacking(h) })
	hits = slices.DeleteFunc(hits, sc.kamerRequestAnswer)
	hits = sc.gold11Hits(hits)
	hits = sc.thatIntention(hits)
	for k := 0; k < len(hits); k++ {
		if !relativeRow(hits[k].def) {
			continue
		}
		st, ok := sc.relativeStance(hits[k])
		if !ok {
			// no relative stance: the cues it hid stand ("dat Nederland
			// zich tegen het voorstel heeft uitgesproken")
			h := hits[k]
			hits = slices.Delete(hits, k, k+1)
			var hidden []cueHit
			for _, g := range sc.cuesFrom(h.first() + 1) {
				if g.first() <= h.last() && !overlapsAny(g, hits) {
					hidden = append(hidden, g)
				}
			}
			if len(hidden) > 0 {
				hits = append(hits, hidden...)
				slices.SortStableFunc(hits, func(a, b cueHit) int { return a.first() - b.first() })
			}
			k--
			continue
		}
		if st != hits[k].def.stance {
			d := *hits[k].def // "de steun die X heeft uitgesproken"
			d.stance = st
			hits[k].def = &d
		}
	}
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
		for _, g := range sc.cuesFrom(from) {
			if modalOnly(sc.toks, g) {
				continue // "gaf aan het voorstel te willen intrekken": the intention's own verb
			}
			if g.first() <= te+1 || state && g.first() <= end {
				inner = append(inner, g)
			}
		}
		if len(inner) == 0 {
			if te+1 < len(sc.toks) && sc.toks[te+1].lower == "agenderen" {
				// "gaf ik aan de problematiek in Europa te agenderen": an
				// effort to put a topic on the agenda, as "de insteek is
				// dit thema te agenderen" is, not the business of a
				// meeting (the promise flag's procedure test)
				d := *h.def
				d.flags &^= promise
				hits[hi].def = &d
			}
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

// cuesFrom returns the cues of the sentence's tokens from token from on,
// indexed in the whole sentence.
func (sc *sentenceCtx) cuesFrom(from int) []cueHit {
	hs := findCues(sc.rs, sc.toks[from:])
	for i := range hs {
		fixed := make([]int, len(hs[i].fixed))
		for k, j := range hs[i].fixed {
			fixed[k] = j + from
		}
		hs[i].fixed = fixed
	}
	return hs
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

// conventionSubject sets the subject where a convention says what it is:
// a relative clause's stance is on its antecedent, an uttered concern on
// its dat-clause (conventions 9 and 10: "de zorg die X heeft uitgesproken
// dat Y" is X's concern on Y, and "deel de zorg (die …) dat Y" shares it on
// Y); see also intentionSubject.
func (sc *sentenceCtx) conventionSubject(r *posReading, h cueHit) {
	toks := sc.toks
	if strings.HasPrefix(h.def.pattern, "zoals ") && !r.negated {
		// "zoals aanbevolen door X": the agent's words are the participle
		// only; a hedge or condition in the clause it qualifies is the
		// writer's ("De hervatting betreft vooralsnog …")
		r.stance, r.hedge, r.conditional, r.condition = r.base, "", false, ""
		if from := r.actor.t1; strings.TrimSpace(r.subject) == "" && h.first() == 0 && from > h.last() && from < len(toks) {
			// "Zoals bepleit door Nederland [wordt de termijn verlengd]"
			end := clauseEndToken(sc.rs, toks, from, false)
			sc.subjectSpan(r, from, end)
		}
		return
	}
	if asideRow(h.def) {
		// "X, gesteund door Y, [met een plan komt om …]": the rest of
		// the clause after the aside
		for k := max(h.last()+1, r.actor.t1); k < len(toks); k++ {
			if runesAny(sc.rs[toks[k-1].end:toks[k].start], ",") {
				end := clauseEndToken(sc.rs, toks, k, false)
				sc.subjectSpan(r, k, end)
				break
			}
		}
		return
	}
	if relativeRow(h.def) {
		if s, e, ok := sc.restrictiveAntecedent(h.first()); ok {
			r.subject, r.subjects, r.span = sc.text(s, e), uniqueRefs(sc.refsIn(s, e)), [2]int{s, e}
		}
		if d := h.last() + 1; d < len(toks) && toks[d].lower == "dat" && r.stance != stInformational {
			end := clauseEndToken(sc.rs, toks, d, false)
			sc.subjectSpan(r, d, end)
		}
		return
	}
	if h.def.flags&delegations != 0 && strings.HasPrefix(h.def.pattern, "conclusie|") && r.subject == "" {
		// "op basis van brede consensus [in de Raad], [X] gestalte kan
		// krijgen": where the consensus was is no subject; X is
		n := sc.delegationsPrep(h)
		if n < len(toks) && (toks[n].lower == "in" || toks[n].lower == "binnen") {
			for n++; n < len(toks) && !runesAny(sc.rs[toks[n-1].end:toks[n].start], ","); n++ {
			}
		}
		if end := clauseEndToken(sc.rs, toks, h.last(), false); n <= end {
			sc.subjectSpan(r, n, end)
		}
		return
	}
	if h.def.flags&delegations != 0 && toks[h.last()].lower == "meerderheid" && r.subject == "" {
		// "geen meerderheid (lijkt te bestaan) [die erkent dat] Y": Y
		n := sc.delegationsPrep(h)
		end := clauseEndToken(sc.rs, toks, h.last(), false)
		if n+2 <= end && relativePronouns[toks[n].lower] {
			for d := n + 1; d < end; d++ {
				if toks[d].lower == "dat" {
					sc.subjectSpan(r, d+1, end)
					break
				}
			}
		}
		return
	}
	if h.def.flags&nounObject != 0 && h.last()+1 < len(toks) && relativePronouns[toks[h.last()+1].lower] && slices.Contains(sc.cueStarts, h.last()+1) {
		// "deel de zorg [die X hebben uitgesproken] dat Y": Y, past the
		// relative clause that cut the subject
		end := clauseEndToken(sc.rs, toks, h.last(), false)
		for d := h.last() + 2; d < end; d++ {
			if toks[d].lower == "dat" && finiteAux[toks[d-1].lower] || d >= 2 && toks[d].lower == "dat" && finiteAux[toks[d-2].lower] {
				sc.subjectSpan(r, d+1, end)
				break
			}
		}
		return
	}
	switch {
	case h.def.pattern == thatIntentionPattern:
		sc.intentionThatSubject(r, h)
		return
	case readDef(h.def), chanceDef(h.def):
		sc.firstGapSubject(r, h)
		return
	case h.def.pattern == adviseTePattern, h.def.pattern == adviseAanPattern:
		sc.adviceSubject(r, h)
		return
	case citedReadDef(h.def):
		sc.citedSubject(r, h)
		return
	case h.def.pattern == advisesAgainstPattern:
		sc.advisedAgainstSubject(r, h)
		return
	}
	sc.ripeOpinion(r, h)
	sc.intentionSubject(r, h)
}

// subjectSpan sets r's subject to the words of tokens s to e (trimmed),
// the entities they name, and their span.
func (sc *sentenceCtx) subjectSpan(r *posReading, s, e int) {
	r.subject, r.subjects, r.span = trimSubject(sc.text(s, e)), uniqueRefs(sc.refsIn(s, e)), [2]int{s, e}
}

// finiteAux are the finite forms of "hebben" that close a relative
// clause's verb cluster ("die X hebben uitgesproken").
var finiteAux = map[string]bool{"heeft": true, "hebben": true, "had": true, "hadden": true}

// intentionSubject sets the subject of an announced intention whose gap
// holds no object, only "om" and a time ("heeft aangegeven om vanaf 2027
// te willen toetsen of lidstaten … voldoen"): what follows its infinitive,
// in its clause (convention 6).
func (sc *sentenceCtx) intentionSubject(r *posReading, h cueHit) {
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

// relativeRow reports whether d is a row of convention 9: a stance verb
// closing a relative clause ("dat Nederland … heeft opgesteld").
func relativeRow(d *cueDef) bool {
	return d.obj == objGap && strings.HasPrefix(d.pattern, "dat|die … ")
}

// utteredNouns are the antecedents of "die X heeft uitgesproken / geuit"
// that make it a stance, by class; another ("de wens die …") is none.
var utteredNouns = map[string]stance{"zorg": stConcern, "zorgen": stConcern, "bezorgdheid": stConcern,
	"twijfel": stConcern, "twijfels": stConcern, "kritiek": stConcern, "steun": stSupport}

// documentHeads are the antecedents of "dat X heeft opgesteld": a
// non-paper ("non-paper" is "non" "paper").
var documentHeads = map[string]bool{"paper": true, "nonpaper": true, "non-paper": true}

// relativeStance reports whether the relative-clause cue h stands: right
// after the antecedent that fits its verb, and with nothing in its gap but
// its actor (a name or a noun phrase, co-actors "samen met …", an aside
// between commas, adverbs): "dat de Commissie het voorstel heeft gesteund"
// holds an object of its own, a "dat" that opens no relative clause. It
// returns the class, which for "uitgesproken" the antecedent gives.
func (sc *sentenceCtx) relativeStance(h cueHit) (stance, bool) {
	toks := sc.toks
	k := h.first()
	if k == 0 || runesAny(sc.rs[toks[k-1].end:toks[k].start], ";:") {
		return "", false
	}
	head := toks[k-1].lower
	st := h.def.stance
	switch st {
	case stInformational:
		if !documentHeads[head] {
			return "", false
		}
	case stConcern:
		var ok bool
		if st, ok = utteredNouns[head]; !ok {
			return "", false
		}
	}
	if _, _, ok := sc.restrictiveAntecedent(k); !ok {
		return "", false
	}
	end := h.fixed[1] // the gap is (k, end)
	depth := false    // inside an aside between commas
	for j := k + 1; j < end; j++ {
		if j > k+1 && runesAny(sc.rs[toks[j-1].end:toks[j].start], ",") {
			depth = !depth
		}
		if w := toks[j].lower; relativePronouns[w] || subordinators[w] {
			return "", false // a clause of its own inside the gap
		}
		if w := toks[j].lower; determiners[w] && j > k+1 && !depth && !actorPreps[toks[j-1].lower] {
			return "", false // a second noun phrase: an object of the clause's own
		}
	}
	return st, true
}

// coordinatedSubject returns, for a verb coordinated after "en" whose
// nearest actor is the object of the first verb ("De Commissie informeerde
// [de Raad] over … en riep op tot …"), the subject of the sentence: its
// first actor, opening it without a preposition, in one clause with the
// cue (no comma, "dat" or relative pronoun between). A Council speaker's
// report and the stance beside it are the speaker's (convention 1).
func (sc *sentenceCtx) coordinatedSubject(a posActor, actors []posActor) (posActor, bool) {
	if len(actors) == 0 {
		return posActor{}, false
	}
	c := actors[0]
	if c.t0 > 1 || c.prep != "" || c.pronoun || c.t1 >= a.t0 || c.key() == a.key() {
		return posActor{}, false
	}
	for k := c.t1; k < a.t0; k++ {
		if w := sc.toks[k].lower; relativePronouns[w] || subordinators[w] || k > c.t1 && runesAny(sc.rs[sc.toks[k-1].end:sc.toks[k].start], ",;:") {
			return posActor{}, false
		}
	}
	return c, true
}

// groupOpeners open a group without a node: "enkele organisaties",
// "verschillende ngo's", "een aantal lidstaten".
var groupOpeners = map[string]bool{"enkele": true, "verschillende": true, "diverse": true, "meerdere": true,
	"vele": true, "sommige": true, "andere": true, "een": true}

// relativeActor returns the actor of a relative clause's stance: the one
// read (a) when it stands in the clause, else a group without a node, its
// words the clause's gap ("de zorg die [enkele organisaties, waaronder de
// UNHCR,] hebben uitgesproken"); never an actor outside the clause ("Ik
// deel de zorg die …").
func (sc *sentenceCtx) relativeActor(h cueHit, a posActor, ok bool) (posActor, bool) {
	s, e := h.first()+1, h.fixed[1]-1
	if ok && a.t0 >= s && a.t1 <= e+1 {
		return a, true
	}
	if s > e || !groupOpeners[sc.toks[s].lower] || e-s > 10 {
		return posActor{}, false
	}
	w := trimSubject(sc.text(s, e))
	if w == "" {
		return posActor{}, false
	}
	return posActor{t0: s, t1: e + 1, words: w}, true
}

// asideRow reports whether d is the row of a participle aside with its
// agent: ", gesteund door X,".
func asideRow(d *cueDef) bool {
	return d.stance == stSupport && d.pattern == asidePattern
}

// asideBacking reports whether the participle h stands in an aside between
// commas right after a noun phrase ("de Europese Commissie, [gesteund door
// ons kabinet], met …"), not in a passive ("wordt gesteund door") nor
// closing the clause.
func (sc *sentenceCtx) asideBacking(h cueHit) bool {
	toks := sc.toks
	k := h.first()
	if k == 0 || !runesAny(sc.rs[toks[k-1].end:toks[k].start], ",") {
		return false
	}
	end := clauseEndToken(sc.rs, toks, h.last(), true) // the aside's closing comma
	return end > h.last() && end+1 < len(toks) && runesAny(sc.rs[toks[end].end:toks[end+1].start], ",")
}

// conventionActor returns the actor of a cue of the conventions' rows, a
// (found: ok) otherwise: a relative clause's actor stands inside it
// (relativeActor), a participle aside's is its agent ("gesteund door [ons
// kabinet]").
func (sc *sentenceCtx) conventionActor(h cueHit, actors []posActor, a posActor, ok bool) (posActor, bool) {
	switch {
	case relativeRow(h.def):
		return sc.relativeActor(h, a, ok)
	case strings.HasPrefix(h.def.pattern, "met … ") && strings.HasSuffix(h.def.pattern, " kennisgenomen van") && len(h.fixed) > 3:
		// "Met zorg hebben [de leden] kennisgenomen van": the subject
		// right after the fronted manner's finite verb
		v := h.fixed[len(h.fixed)-3]
		for _, c := range actors {
			if c.t0 == v+1 && c.prep == "" && c.t1 <= h.fixed[len(h.fixed)-2] {
				return c, true
			}
		}
		return a, ok
	case asideRow(h.def):
		for _, c := range actors {
			if c.t0 == h.last()+1 || c.t0 == h.last() && c.prep == "door" {
				c.prep = ""
				return c, true
			}
		}
		if k := h.last() + 1; k+1 < len(sc.toks) && sc.toks[k].lower == "ons" && sc.toks[k+1].lower == "kabinet" {
			// a member of parliament's "ons kabinet": the cabinet
			return sc.cabinetActor(k, k+2), true
		}
		return posActor{}, false
	}
	if c, found := sc.officeholder(h); found && (!ok || a.t0 >= c.t0) {
		// "De directeur van Frontex riep [de lidstaten] op …": the
		// officeholder's body, not the object (convention 23)
		return c, true
	}
	if c, found := sc.officeholderBefore(h); found {
		// "Hij riep de lidstaten op": the officeholder of the sentence
		// before
		return c, true
	}
	if ok {
		if c, found := sc.clausePronounSubject(h, actors); found && a.t0 > c.t0 && a.t0 < h.last() {
			return c, true
		}
	}
	return a, ok
}

// clausePronounSubject returns the subject pronoun of the dat-clause that
// holds cue h before it ("gaf aan dat [zij] de lidstaten zal
// ondersteunen"): in the order of a subordinate clause the subject stands
// before the finite verb, so a noun phrase after "zal" is its object, not
// an inverted subject (convention 11).
func (sc *sentenceCtx) clausePronounSubject(h cueHit, actors []posActor) (posActor, bool) {
	toks := sc.toks
	f := h.first()
	for p := f - 1; p >= 1 && p >= f-12; p-- {
		if runesAny(sc.rs[toks[p].end:toks[p+1].start], ",;:") {
			break
		}
		if w := toks[p].lower; relativePronouns[w] || subordinators[w] {
			break // a clause of its own between: "dat zij moet zorgen [dat] de lidstaten … steunen"
		}
		if toks[p-1].lower != "dat" || !backPronouns[toks[p].lower] || toks[p].lower == "het" {
			continue
		}
		// the pronoun points back to the reporter: the nearest actor
		// before "dat" that no preposition introduces
		for k := len(actors) - 1; k >= 0; k-- {
			if c := actors[k]; c.t1 <= p-1 && c.prep == "" && !c.pronoun {
				c.t0, c.t1 = p, p+1 // where it stands in the clause
				return c, true
			}
		}
		break
	}
	return posActor{}, false
}

// Conventions settled by the held-out second annotation (docs/stances.md,
// "Conventions settled by the held-out second annotation (gold10)"):
//
//   - 11: "gaf aan / heeft aangegeven / liet weten dat zij … zal + verb"
//     is an announced intention, commit of any actor (thatIntention);
//   - 13: a stance cited from another document is optional, so reading it
//     by its own cue (or not) is right; the members' reaction with an
//     evaluative manner ("lezen met instemming dat …") is theirs, on the
//     cited content (rows below, citedSubject);
//   - 15: "heeft … met zorg gelezen", "kritisch kennisgenomen van", "Met
//     zorg hebben X kennisgenomen van": the class of the manner (the rows
//     below; "heeft met zorg kennisgenomen" is the cue table's);
//   - 16: "adviseert X … te", "raadt aan … te", "beveelt aan … te" is
//     support, "adviseert negatief over", "raadt … af" oppose;
//   - 17: an opinion that a process is complete or ripe is satisfied
//     (ripeOpinion; "acht … rijp voor / binnen bereik", rows below);
//   - 18: "beschouwt / ziet X als een kans" is welcome of X;
//   - 19: answering a request of the Kamer is correspondence
//     (kamerRequestAnswer).
//
// Convention 14 needs no rule of its own: a presidency's "zet in op /
// streeft naar het bereiken van" is read by the cue table's aims.

// The patterns of the rows of conventions 15 ("gelezen" with an
// evaluative manner, whose object stands before the manner), 16 and 18,
// and of convention 11's "liet weten dat", written once for the rows and
// the readers of their subjects.
const (
	concernManners        = "zorg|bezorgdheid|verbazing|teleurstelling|verontrusting|twijfel|scepsis|argwaan|ongerustheid"
	welcomeManners        = "waardering|instemming|genoegen|tevredenheid|blijdschap"
	readConcernPattern    = hasV + " … met … " + concernManners + " gelezen"
	readMixedPattern      = hasV + " … met … gemengde gevoelens gelezen"
	readCriticalRead      = hasV + " … kritisch gelezen"
	readWelcomePattern    = hasV + " … met … " + welcomeManners + " gelezen"
	adviseTePattern       = "adviseert|adviseren|adviseerde|adviseerden … te"
	adviseAanPattern      = "raadt|raden|raadde|raadden|beveelt|bevelen|beval|bevalen aan … te"
	advisesAgainstPattern = "raadt|raden|raadde|raadden … af"
	chancePattern         = "beschouwt|beschouwen|beschouwde|beschouwden|ziet|zien|zag|zagen|zie|beschouw … als een belangrijke|grote|echte|unieke|goede|nieuwe|reële|mooie|extra kans"
	chanceBarePattern     = "beschouwt|beschouwen|beschouwde|beschouwden|ziet|zien|zag|zagen|zie|beschouw … als een kans"
	tellPattern           = "laat|laten|liet|lieten … weten dat"
)

// conventionCues are the cue rows of the conventions (gold10Cues,
// gold11Cues); the cue compiler (stances.go) adds them to the cue table's.
var conventionCues = slices.Concat(gold10Cues, gold11Cues)

// gold10Cues are the cue rows of conventions 13, 15, 16, 17 and 18.
var gold10Cues = []cueDef{
	// 15: reading with an evaluative manner
	{stance: stConcern, pattern: readConcernPattern, obj: objGap, gap: 8, flags: closedGap},
	{stance: stConcern, pattern: readMixedPattern, obj: objGap, gap: 8, flags: closedGap},
	{stance: stConcern, pattern: readCriticalRead, obj: objGap, gap: 8, flags: closedGap},
	{stance: stConcern, pattern: hasV + " … kritisch kennisgenomen van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stWelcome, pattern: readWelcomePattern, obj: objGap, gap: 8, flags: closedGap},
	// the manner fronted: "Met zorg hebben de leden … kennisgenomen van";
	// the present "nemen met zorg kennis van"
	{stance: stConcern, pattern: "met … " + concernManners + " " + hasV + " … kennisgenomen van", obj: objAfter, gap: 8},
	{stance: stConcern, pattern: "met … gemengde gevoelens " + hasV + " … kennisgenomen van", obj: objAfter, gap: 8},
	{stance: stWelcome, pattern: "met … " + welcomeManners + " " + hasV + " … kennisgenomen van", obj: objAfter, gap: 8},
	{stance: stConcern, pattern: "neemt|nemen|nam|namen … met … " + concernManners + " kennis van", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "neemt|nemen|nam|namen … kritisch kennis van", obj: objAfter, gap: 3, flags: strictGap},
	// 13 with 15: members reading a cited stance with an evaluative manner
	// react to it: "De leden lezen met instemming dat het kabinet … steunt"
	// is their welcome, on the cited content (the cited stance itself is
	// optional, read by its own cue)
	{stance: stConcern, pattern: "lezen|leest|lazen|las … met … " + concernManners + " … dat", obj: objAfter, gap: 6, flags: closedGap},
	{stance: stConcern, pattern: "lezen|leest|lazen|las … met … gemengde gevoelens … dat", obj: objAfter, gap: 6, flags: closedGap},
	{stance: stWelcome, pattern: "lezen|leest|lazen|las … met … " + welcomeManners + " … dat", obj: objAfter, gap: 6, flags: closedGap},
	{stance: stConcern, pattern: hasV + " … met … " + concernManners + " gelezen dat", obj: objAfter, gap: 6},
	{stance: stWelcome, pattern: hasV + " … met … " + welcomeManners + " gelezen dat", obj: objAfter, gap: 6},
	// 17: a process judged ready by an evaluative predicate: "acht het
	// voorstel rijp voor besluitvorming", "acht een akkoord binnen bereik"
	{stance: stSatisfied, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden … rijp voor", obj: objGap, gap: 8, flags: closedGap},
	{stance: stSatisfied, pattern: "acht|achten|achtte|achtten … binnen bereik", obj: objGap, gap: 8, flags: closedGap},
	// 16: advice names a course the adviser backs: "adviseert de Raad de
	// onderhandelingen te openen", "raadt aan de bepaling te schrappen"
	{stance: stSupport, pattern: adviseTePattern, obj: objGap, gap: 12, flags: closedGap | lastGap},
	{stance: stSupport, pattern: adviseAanPattern, obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: hasV + " … geadviseerd|aanbevolen|aangeraden om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "adviseert|adviseren|adviseerde|adviseerden … positief over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "adviseert|adviseren|adviseerde|adviseerden … negatief over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: advisesAgainstPattern, obj: objGap, gap: 8, flags: closedGap},
	// 18: greeting something as a chance: "beschouwt dit als een kans"
	{stance: stWelcome, pattern: chanceBarePattern, obj: objGap, gap: 8, flags: closedGap},
	{stance: stWelcome, pattern: chancePattern, obj: objGap, gap: 8, flags: closedGap},
}

// chanceDef reports whether d is a row of convention 18.
func chanceDef(d *cueDef) bool {
	return d.pattern == chancePattern || d.pattern == chanceBarePattern
}

// readDef reports whether d is a row of convention 15 whose object stands
// in its first gap ("hebben [het wetsvoorstel] met zorg gelezen").
func readDef(d *cueDef) bool {
	switch d.pattern {
	case readConcernPattern, readMixedPattern, readCriticalRead, readWelcomePattern:
		return true
	}
	return false
}

// thatIntentionPattern marks a report read as an announced intention
// (convention 11).
const thatIntentionPattern = "geeft aan dat zij … zal"

// backPronouns are the subjects of a dat-clause that point back to the
// reporting actor.
var backPronouns = map[string]bool{"zij": true, "hij": true, "ze": true, "het": true}

// willAux are the finite verbs of an undertaking in a subordinate clause:
// "dat zij … zal afronden", "gaat versnellen".
var willAux = map[string]bool{"zal": true, "zullen": true, "gaat": true, "gaan": true}

// intentionReport reports whether h is a report by a verb of announcing
// ("gaf aan dat", "heeft aangegeven dat", "liet weten dat").
func intentionReport(sc *sentenceCtx, h cueHit) bool {
	if h.def.stance != stInformational || h.def.flags&reporting == 0 || sc.toks[h.last()].lower != "dat" {
		return false
	}
	for _, j := range h.fixed {
		if w := sc.toks[j].lower; w == "aan" || w == "aangegeven" || w == "weten" {
			return true
		}
	}
	return false
}

// thatIntention reads convention 11: a report whose dat-clause has a
// pronoun pointing back to the reporter as its subject and "zal / zullen /
// gaat + infinitive" closing it ("De Commissie gaf aan dat zij de
// evaluatie volgend jaar zal afronden") is that actor's announced
// intention: commit (a negation in it, a refusal: oppose), subject the
// words between the pronoun and the verb. Another subject ("dat de
// lidstaten … zullen"), a passive ("zal worden") or a stance cue in the
// clause leaves the report as it was; the exclusions of a promise
// (attending, procedure, "naar verwachting", correspondence with
// parliament) hold through the promise flag.
func (sc *sentenceCtx) thatIntention(hits []cueHit) []cueHit {
	hits = sc.markThatIntention(append(hits, sc.tellHits(hits)...))
	// "liet weten dat" is a cue only as an announced intention: as a
	// report it yields to what its clause says
	return slices.DeleteFunc(hits, func(h cueHit) bool { return h.def.pattern == tellPattern })
}

// tellDef is "liet weten dat", a verb of saying like "gaf aan dat", found
// by tellHits for convention 11 only (no row of the cue table: elsewhere
// it stays no cue).
var tellDef = cueDef{stance: stInformational, pattern: tellPattern, obj: objClause, gap: 3, flags: reporting | opinionOnly}

// tellHits returns "laat / liet … weten dat" (the subject may stand in
// between: "liet de Commissie weten dat") where no cue holds its words.
func (sc *sentenceCtx) tellHits(hits []cueHit) []cueHit {
	toks := sc.toks
	var out []cueHit
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower != "weten" || toks[k+1].lower != "dat" {
			continue
		}
		for v := k - 1; v >= 0 && v >= k-4; v-- {
			if tellVerbs[toks[v].lower] {
				h := cueHit{def: &tellDef, fixed: []int{v, k, k + 1}}
				if !overlapsAny(h, hits) {
					out = append(out, h)
				}
				break
			}
		}
	}
	return out
}

// tellVerbs are the forms of "laten" in "liet weten".
var tellVerbs = map[string]bool{"laat": true, "laten": true, "liet": true, "lieten": true}

// markThatIntention turns the first report of an announced intention in
// hits into a commitment (thatIntention).
func (sc *sentenceCtx) markThatIntention(hits []cueHit) []cueHit {
	toks := sc.toks
	for hi := range hits {
		h := hits[hi]
		if !intentionReport(sc, h) {
			continue
		}
		p := h.last() + 1
		q, ok := sc.backSubject(h)
		if !ok {
			continue
		}
		end := clauseEndToken(sc.rs, toks, p, false)
		m := -1
		for k := q; k <= end; k++ {
			if willAux[toks[k].lower] {
				m = k
				break
			}
		}
		if m < 0 || m == end || end-m > 2 {
			continue
		}
		verbs := true
		for k := m + 1; k <= end; k++ {
			if w := toks[k].lower; !strings.HasSuffix(w, "en") || w == "worden" || w == "zijn" {
				verbs = false
			}
		}
		if !verbs {
			continue
		}
		other := false
		for k, g := range hits {
			if k != hi && g.first() > h.last() && g.first() <= end && g.def.pattern != willV {
				other = true
			}
		}
		if other {
			continue
		}
		d := *h.def
		d.stance, d.obj, d.flags, d.pattern, d.negAs = stCommit, objAfter, promise, thatIntentionPattern, ""
		for k := q; k < m; k++ {
			if negators[toks[k].lower] {
				d.stance = stOppose // "dat zij het voorstel niet zal indienen": a refusal
			}
		}
		hits[hi].def = &d
		slices.SortStableFunc(hits, func(a, b cueHit) int { return a.first() - b.first() })
		// the bare "zal" of the clause is part of the intention
		return slices.DeleteFunc(hits, func(g cueHit) bool { return g.def.pattern == willV && g.first() > h.last() && g.first() <= end })
	}
	return hits
}

// intentionThatSubject sets the subject of an announced intention in a
// dat-clause: the words between the pronoun and "zal".
func (sc *sentenceCtx) intentionThatSubject(r *posReading, h cueHit) {
	toks := sc.toks
	q, ok := sc.backSubject(h)
	if !ok {
		return
	}
	for m := q; m < len(toks); m++ {
		if willAux[toks[m].lower] {
			if m > q {
				sc.subjectSpan(r, q, trimAdverbialsEnd(toks, q, m-1))
			} else {
				end := clauseEndToken(sc.rs, toks, q, false)
				sc.subjectSpan(r, m+1, end)
			}
			return
		}
	}
}

// backSubject returns the token after the subject of the dat-clause that
// report h opens when that subject is the reporter: a pronoun pointing
// back ("dat zij", "dat het" not as an article) or the reporter's own
// name ("De Commissie gaf aan dat de Commissie …").
func (sc *sentenceCtx) backSubject(h cueHit) (int, bool) {
	toks := sc.toks
	p := h.last() + 1
	if p+2 >= len(toks) {
		return 0, false
	}
	if backPronouns[toks[p].lower] {
		if toks[p].lower == "het" {
			// "dat het [de verlenging] zal steunen", not "dat het voorstel
			// … zal verschijnen": "het" as an article
			n := toks[p+1].lower
			if !determiners[n] && !functionWords[n] && !negators[n] && !willAux[n] && cueAdverbAt(toks, p+1) == 0 && !isDigits(n) {
				return 0, false
			}
		}
		return p + 1, true
	}
	s := p
	if determiners[toks[s].lower] {
		s++ // "dat [de] Commissie"
	}
	for _, m := range sc.ments {
		if m.t0 != s && m.t0 != p {
			continue
		}
		for _, b := range sc.ments {
			if b.t1 <= h.first() && b.ref == m.ref {
				return m.t1, true // the reporter named again
			}
		}
	}
	return 0, false
}

// firstGapSubject sets the subject to the cue's first gap, past its actor:
// "hebben [het wetsvoorstel] met zorg gelezen", "beschouwt [dit] als een
// belangrijke kans"; "dit" is the sentence before.
func (sc *sentenceCtx) firstGapSubject(r *posReading, h cueHit) {
	s, e := h.fixed[0]+1, h.fixed[1]-1
	if r.actor.t0 >= s && r.actor.t1-1 <= e && r.actor.t1 > r.actor.t0 {
		s = r.actor.t1
	}
	if s > e {
		return
	}
	if e == s && anaphoricWords[sc.toks[s].lower] {
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject, r.subjects, r.span = sc.toks[s].text, prevText, uniqueRefs(prevRefs), [2]int{s, e}
			return
		}
	}
	sc.subjectSpan(r, s, e)
}

// ripeWords judge a process finished, stable or ready (convention 17):
// "is afgerond", "een stabiele positie", "rijp voor".
var ripeWords = map[string]bool{"afgerond": true, "voltooid": true, "uitonderhandeld": true, "stabiel": true,
	"stabiele": true, "rijp": true}

// unripeWords make a clause a wish or a forecast, not a judgement that
// the process is complete: "moeten worden afgerond", "zal worden
// afgerond", "nog niet rijp".
var unripeWords = map[string]bool{"moet": true, "moeten": true, "zal": true, "zullen": true, "zou": true, "zouden": true,
	"kan": true, "kunnen": true, "niet": true, "geen": true, "nog": true, "nooit": true, "onvoldoende": true, "wordt": true, "worden": true}

// ripeOpinion reads convention 17: an opinion whose dat-clause judges a
// process complete, stable or ready ("is van mening dat de besprekingen
// zijn afgerond", "dat een akkoord binnen bereik is") judges an outcome
// good: satisfied, not support.
func (sc *sentenceCtx) ripeOpinion(r *posReading, h cueHit) {
	if h.def.obj != objClause || r.stance != stSupport || r.base != stSupport || r.negated || sc.toks[h.last()].lower != "dat" {
		return
	}
	toks := sc.toks
	end := clauseEndToken(sc.rs, toks, h.last()+1, false)
	ripe := false
	for k := h.last() + 1; k <= end && k < len(toks); k++ {
		w := toks[k].lower
		if unripeWords[w] {
			return
		}
		if ripeWords[w] || w == "bereik" && toks[k-1].lower == "binnen" {
			ripe = true
		}
	}
	if ripe {
		r.stance, r.base = stSatisfied, stSatisfied
	}
}

// kamerRequests are what the Kamer sends that a reply answers: "uw
// schrijven", "het verzoek van de commissie".
var kamerRequests = map[string]bool{"schrijven": true, "brief": true, "verzoek": true, "vraag": true, "vragen": true,
	"uitnodiging": true, "verzoeken": true}

// kamerRequestAnswer reports whether h answers a request of the Kamer
// ("reageren wij graag positief op uw schrijven", "op het verzoek van de
// vaste commissie"): correspondence, no position (convention 19); a
// motion's substance ("steunt de motie die verzoekt om …") is no request
// of this kind, and answering yes ("kan ik bevestigend antwoorden op")
// agrees with what was asked.
func (sc *sentenceCtx) kamerRequestAnswer(h cueHit) bool {
	if sc.replyToKamer(h) {
		sc.kamerReply = true // no fallback reading of the clause either
		return true
	}
	return false
}

// replyToKamer reports whether h's object is a request of the Kamer that
// the sentence answers (kamerRequestAnswer).
func (sc *sentenceCtx) replyToKamer(h cueHit) bool {
	toks := sc.toks
	n := h.last() + 1
	for n < len(toks) && (toks[n].lower == "graag" || cueAdverbAt(toks, n) > 0) {
		n += max(1, cueAdverbAt(toks, n)) // "steunt graag het verzoek"
	}
	if h.def.obj != objAfter || h.def.stance == stAgree || n+1 >= len(toks) || !kamerRequests[toks[n+1].lower] {
		return false
	}
	kamer := false
	switch toks[n].lower {
	case "uw":
		kamer = true
	case "het", "de":
		if n+3 < len(toks) && toks[n+2].lower == "van" {
			end := min(len(toks)-1, n+6)
			for k := n + 3; k <= end; k++ {
				if w := toks[k].lower; w == "commissie" && toks[k-1].lower != "europese" || w == "kamer" {
					kamer = true
				}
			}
		}
	}
	if !kamer {
		return false
	}
	// a reply: a verb of reacting, a letter answered, or a request for a
	// letter, an appraisal, a briefing ("om een appreciatie van …"); not
	// "steunt uw verzoek om een onderzoek", a policy request
	if w := toks[n+1].lower; w == "schrijven" || w == "brief" || w == "uitnodiging" {
		return true
	}
	for _, j := range h.fixed {
		if strings.HasPrefix(toks[j].lower, "reage") {
			return true
		}
	}
	for k := n + 2; k < len(toks) && k <= n+12 && !runesAny(sc.rs[toks[k-1].end:toks[k].start], ",;:"); k++ {
		if replyNouns[toks[k].lower] && (toks[k-1].lower == "een" || toks[k-1].lower == "om") {
			return true
		}
	}
	return false
}

// replyNouns are what a request of the Kamer asks to be sent: "om een
// appreciatie", "om een reactie".
var replyNouns = map[string]bool{"appreciatie": true, "reactie": true, "kabinetsreactie": true, "brief": true,
	"overzicht": true, "toelichting": true, "verslag": true, "beantwoording": true, "kabinetsappreciatie": true,
	"update": true, "stand": true, "informatie": true}

// addressees open the addressee of advice ("adviseert [de lidstaten] de
// richtlijn … om te zetten"): the one advised, not what is advised.
var addressees = map[string]bool{"lidstaten": true, "raad": true, "regering": true, "kabinet": true, "commissie": true,
	"kamer": true, "partijen": true, "landen": true, "minister": true, "staatssecretaris": true, "instellingen": true}

// adviceSubject sets the subject of "adviseert X … te" and "raadt aan …
// te": the gap before "te", past the addressee and without the particle
// of a separable verb ("adviseert de Raad [de onderhandelingen] te
// openen", "adviseert de lidstaten [de richtlijn tijdig] om te zetten",
// "raadt aan [de regels] af te schaffen").
func (sc *sentenceCtx) adviceSubject(r *posReading, h cueHit) {
	toks := sc.toks
	s, e := h.fixed[len(h.fixed)-2]+1, h.last()-1 // the gap before "te"
	if r.actor.t0 >= s && r.actor.t1-1 <= e && r.actor.t1 > r.actor.t0 {
		s = r.actor.t1
	}
	if s+1 < e && (toks[s].lower == "de" || toks[s].lower == "het") && addressees[toks[s+1].lower] {
		s += 2
	} else {
		for _, m := range sc.ments {
			if m.t0 == s && m.t1 <= e {
				s = m.t1
				break
			}
		}
	}
	if e > s && (separableParticles[toks[e].lower] || toks[e].lower == "om") {
		// the particle of a separable verb (stances_paradigm.go), or
		// "om": "om te zetten"
		e--
	}
	if s > e || toks[s].lower == "om" {
		return // "adviseert om … te": the table's reading
	}
	sc.subjectSpan(r, s, trimAdverbialsEnd(toks, s, e))
}

// advisedAgainstSubject sets the subject of "raadt … af": the gap ("raadt
// [het amendement] af"), or, when the gap holds only the addressee, the
// te-infinitive's object after "af" ("raadt de Kamer af [het amendement]
// aan te nemen").
func (sc *sentenceCtx) advisedAgainstSubject(r *posReading, h cueHit) {
	toks := sc.toks
	s, e := h.first()+1, h.last()-1
	if r.actor.t0 >= s && r.actor.t1-1 <= e && r.actor.t1 > r.actor.t0 {
		s = r.actor.t1
	}
	if s+1 == e && (toks[s].lower == "de" || toks[s].lower == "het") && addressees[toks[s+1].lower] {
		s = e + 1
	}
	if s <= e {
		return // the gap is what is advised against (objGap)
	}
	end := clauseEndToken(sc.rs, toks, h.last(), false)
	te := -1
	for k := h.last() + 1; k <= end; k++ {
		if toks[k].lower == "te" {
			te = k
			break
		}
	}
	if te < 0 {
		return
	}
	f, l := h.last()+1, te-1
	if toks[f].lower == "om" {
		f++
	}
	if l > f && (separableParticles[toks[l].lower] || toks[l].lower == "om") {
		l--
	}
	if f <= l {
		sc.subjectSpan(r, f, l)
	}
}

// citedReadDef reports whether d is a row of reading a cited stance with
// a manner ("lezen met instemming dat", "hebben met zorg gelezen dat").
func citedReadDef(d *cueDef) bool {
	return d.obj == objAfter && strings.HasSuffix(d.pattern, " dat") &&
		(strings.HasPrefix(d.pattern, "lezen|") || strings.HasSuffix(d.pattern, " gelezen dat"))
}

// citedSubject sets the subject of a reaction to a cited stance: the
// content of its dat-clause, without the cited actor and the verb the
// clause closes with when that verb is a cue of its own ("lezen met
// instemming dat het kabinet [de verlenging van het mandaat] steunt").
func (sc *sentenceCtx) citedSubject(r *posReading, h cueHit) {
	s := h.last() + 1
	if s >= len(sc.toks) {
		return
	}
	e := clauseEndToken(sc.rs, sc.toks, s, false)
	for _, c := range sc.cands {
		if c.t0 == s && c.prep == "" && c.t1 <= e {
			s = c.t1
			break
		}
	}
	for _, k := range sc.cueStarts {
		if k > s && k <= e {
			e = k - 1
			break
		}
	}
	if s <= e {
		sc.subjectSpan(r, s, e)
	}
}

// Conventions settled by the annotators of held-out parts M and N
// (docs/stances.md, "Conventions settled by the annotators of held-out
// parts M and N (gold11)"):
//
//   - 20: "wijst erop dat" takes its class from its dat-clause: negative
//     words or a risk make a warning (concern), a requirement or a
//     condition a caveat (reserved), neither a fact pointed out (no
//     position) (pointOutClass); the perfect "heeft erop gewezen dat" is
//     the same cue (rows below);
//   - 22: "in grote lijnen" is a hedge, as "op hoofdlijnen" (init below);
//   - 23: an officeholder opening the sentence ("De directeur van
//     Frontex riep … op") is the body it speaks for where the reference
//     data has its node, and so is "Hij" opening the next (officeholder,
//     officeholderBefore);
//   - 24: "spreekt X aan op Y", "heeft X aangesproken op Y" is concern on
//     Y (rows below);
//   - 26: "dankt X voor Y" is welcome of Y when Y has content, whoever
//     thanks; thanks for an effort without its aim are courtesy
//     (thanksContent).
//
// Conventions 21, 25, 27 and 28 need no rule of their own: an opinion
// with "moet" is the opinion reading's reserved; "neemt X serieus"
// (optional) has no cue; "X, waaronder <country>" is held by the country
// (the group has no node); a motion's "verzoekt de regering" is the
// Kamer's support (debate.go, parliament.go).

// pointOutRows are the patterns of "wijst erop dat" (the cue table's and
// the perfect's below).
var pointOutRows = map[string]bool{
	"wijst|wijzen|wees|wezen erop dat":    true,
	"wijst|wijzen|wees|wezen er … op dat": true,
	hasV + " … erop gewezen dat":          true,
	hasV + " … er … op gewezen dat":       true,
	"wijst|wijzen|wees|wezen … erop dat":  true,
}

// warningWords make a point made a warning (convention 20): "dat er geen
// zicht is op", "dat het risico groot is".
var warningWords = map[string]bool{"geen": true, "niet": true, "onvoldoende": true, "risico": true,
	"risico's": true, "risicos": true, "gevaar": true, "gevaren": true, "zorgen": true, "zorg": true,
	"nooit": true, "onwenselijk": true, "ontoereikend": true, "bezwaarlijk": true}

// caveatWords make a point made a caveat (convention 20): a requirement
// ("moet", "dient", "is vereist", "is nodig"), a norm that applies ("dat
// bij de terugkeer de waarborgen van de richtlijn gelden", "van
// toepassing is") or a condition ("mits", "alleen … als").
var caveatWords = map[string]bool{"moet": true, "moeten": true, "dient": true, "dienen": true, "mits": true,
	"indien": true, "tenzij": true, "voorwaarde": true, "voorwaarden": true, "vereist": true, "verplicht": true,
	"noodzakelijk": true, "nodig": true, "geldt": true, "gelden": true, "toepassing": true}

// pointOutClass returns the class of "wijst erop dat" by its dat-clause
// (convention 20): concern for negative words or a risk, tried first;
// reserved for a requirement or a condition; ok false for a fact pointed
// out, no position.
func (sc *sentenceCtx) pointOutClass(h cueHit) (stance, bool) {
	toks := sc.toks
	s := h.last() + 1
	if s >= len(toks) {
		return "", false
	}
	end := clauseEndToken(sc.rs, toks, s, false)
	caveat, only := false, false
	for k := s; k <= end; k++ {
		w := toks[k].lower
		if warningWords[w] {
			return stConcern, true
		}
		if caveatWords[w] {
			caveat = true
		}
		if w == "alleen" || w == "slechts" {
			only = true
		}
		if only && (w == "als" || w == "wanneer" || w == "indien") {
			caveat = true
		}
	}
	if caveat {
		return stReserved, true
	}
	return "", false
}

// thanksPattern is the cue table's row of thanks for what others brought
// about ("bedankte de lidstaten voor de voortgang").
const thanksPattern = "bedankt|bedankte|bedankten|dankt|dankte|dankten … voor de|het voortgang|inzet|steun|resultaat|resultaten|akkoord|toezegging|toezeggingen"

// thanksRow reports whether d is a row of thanks with content.
func thanksRow(d *cueDef) bool {
	return d.stance == stWelcome && (d.pattern == thanksPattern || d.pattern == thanksMorePattern)
}

// thanksMorePattern adds the plural and first person, a contribution and
// efforts to the table's row of thanks.
const thanksMorePattern = "danken|bedanken|dank|bedank|dankt|bedankt|dankte|bedankte|dankten|bedankten … voor de|het|haar|zijn|hun bijdrage|bijdragen|inspanningen|inspanning"

// effortAims open the aim or the file of an effort: "de inzet om …",
// "de inzet bij de onderhandelingen over …".
var effortAims = map[string]bool{"om": true, "bij": true, "voor": true, "ten": true, "op": true, "in": true,
	"rond": true, "inzake": true, "aan": true, "met": true, "tot": true}

// thanksContent reports whether the thanks h are for something with
// content (convention 26): progress, a result, a contribution or an
// effort with its aim ("voor de inzet om de gevolgen te beperken");
// thanks for an effort or efforts without one ("voor de inzet", "voor
// hun inspanningen van de afgelopen maanden") are courtesy, no position.
func (sc *sentenceCtx) thanksContent(h cueHit) bool {
	toks := sc.toks
	n := toks[h.last()].lower
	if n != "inzet" && n != "inspanningen" && n != "inspanning" && n != "bijdrage" && n != "bijdragen" {
		return true
	}
	k := h.last() + 1
	if k < len(toks) && !runesAny(sc.rs[toks[k-1].end:toks[k].start], ",;:") {
		if w := toks[k].lower; effortAims[w] {
			return true
		}
	}
	return false
}

// gold11Hits adjusts the cues of conventions 20 and 26 (conventionHits).
func (sc *sentenceCtx) gold11Hits(hits []cueHit) []cueHit {
	out := hits[:0]
	for _, h := range hits {
		switch {
		case pointOutRows[h.def.pattern]:
			st, ok := sc.pointOutClass(h)
			if !ok {
				continue // a fact pointed out
			}
			if st != h.def.stance {
				d := *h.def
				d.stance = st
				h.def = &d
			}
		case thanksRow(h.def):
			if !sc.thanksContent(h) {
				continue
			}
			if h.def.flags&thirdParty != 0 {
				d := *h.def // whoever thanks for content welcomes it
				d.flags &^= thirdParty
				h.def = &d
			}
		}
		out = append(out, h)
	}
	return out
}

// gold11Cues are the cue rows of conventions 20, 24 and 26; conventionCues
// holds them.
var gold11Cues = []cueDef{
	// 20: the perfect of "wijst erop dat"
	{stance: stReserved, pattern: hasV + " … erop gewezen dat", obj: objAfter, gap: 8, flags: closedGap},
	{stance: stReserved, pattern: hasV + " … er … op gewezen dat", obj: objAfter, gap: 6, flags: closedGap},
	// its addressee or the subject after the verb: "wees de Commissie
	// erop dat", "wijst het kabinet erop dat"
	{stance: stReserved, pattern: "wijst|wijzen|wees|wezen … erop dat", obj: objAfter, gap: 5, flags: closedGap},
	// 24: holding someone to account
	{stance: stConcern, pattern: "spreekt|spreken|sprak|spraken … aan op", obj: objAfter, gap: 8, flags: closedGap},
	{stance: stConcern, pattern: hasV + " … aangesproken op", obj: objAfter, gap: 10, flags: closedGap},
	// with a modal: what is undertaken is only to speak, the stance is
	// the concern ("zal de Commissie aanspreken op de vertraging")
	{stance: stConcern, pattern: "zal|zullen|wil|willen|gaat|gaan … aanspreken op", obj: objAfter, gap: 10, flags: closedGap},
	// 26: thanks for a contribution or efforts with their aim
	{stance: stWelcome, pattern: thanksMorePattern, obj: objAfter, gap: 4, flags: strictGap},
}

// officeTitles are the officeholders who speak for the body they head
// (convention 23): "de secretaris-generaal van de Raad van Europa", "de
// directeur van Frontex", "de Hoge Commissaris van de VN voor de
// vluchtelingen".
var officeTitles = map[string]bool{"secretaris-generaal": true, "directeur": true, "directeur-generaal": true,
	"uitvoerend directeur": true, "hoge commissaris": true, "voorzitter": true, "president": true,
	"secretaris generaal": true, "directeur generaal": true} // the hyphen is no token

// presidedBodies are the bodies whose chair is no body's voice but the
// presidency's ("de voorzitter van de Raad") or parliament's.
var presidedBodies = map[string]bool{"council-of-the-eu": true, "jha-council": true, "coreper": true, "cosi": true,
	"scifa": true, "cats": true, "libe": true, "femm": true, "juri": true}

// officeOrgs are the bodies an officeholder names without their own name
// in the text ("de Hoge Commissaris van de VN voor de vluchtelingen" is
// UNHCR): the positions pass adds their node (positions.go).
var officeOrgs = map[string]bool{"unhcr": true}

// unNames are the United Nations' names after "de Hoge Commissaris van".
var unNames = map[string]bool{"vn": true, "verenigde": true}

// officeholder returns the body an officeholder who opens the sentence
// speaks for, where the reference data has its node (convention 23): "De
// secretaris-generaal van de Raad van Europa riep … op" is the Council of
// Europe, "De Hoge Commissaris van de VN voor de vluchtelingen" UNHCR; the
// cue must stand in the same clause (no comma, subordinator or relative
// pronoun between). Without a node ("de voorzitter van de Eurogroep", "de
// Hoge Vertegenwoordiger") the officeholder keeps the words, and a chair
// of the Council or of a committee is no body's voice.
func (sc *sentenceCtx) officeholder(h cueHit) (posActor, bool) {
	toks := sc.toks
	c, ok := sc.officeholderPhrase(h.first())
	if !ok {
		return posActor{}, false
	}
	end := c.t1 - 1
	for j := end + 1; j < h.first(); j++ {
		if w := toks[j].lower; relativePronouns[w] || subordinators[w] || runesAny(sc.rs[toks[j-1].end:toks[j].start], ",;:") {
			return posActor{}, false
		}
	}
	if h.first() > end+1 && runesAny(sc.rs[toks[end].end:toks[end+1].start], ",;:") {
		return posActor{}, false
	}
	return c, true
}

// officeholderBefore returns the body of an officeholder who opens the
// sentence before, as the subject of its verb, for "Hij / Zij" opening
// this one ("De directeur van Frontex sprak de Raad toe. Hij riep de
// lidstaten op …"): the same actor (convention 23).
//
// "Zij" takes a singular verb ("Zij steunt", not "Zij steunden": a plural
// antecedent), and the cue stands in the pronoun's clause ("Hij zei dat
// Nederland … steunt" is Nederland's).
func (sc *sentenceCtx) officeholderBefore(h cueHit) (posActor, bool) {
	toks := sc.toks
	if sc.si == 0 || len(toks) < 2 || toks[0].lower != "hij" && toks[0].lower != "zij" || h.first() < 1 {
		return posActor{}, false
	}
	if toks[0].lower == "zij" && strings.HasSuffix(toks[1].lower, "en") {
		return posActor{}, false
	}
	for j := 1; j <= h.first() && j < len(toks); j++ {
		if w := toks[j].lower; j < h.first() && (relativePronouns[w] || subordinators[w]) || runesAny(sc.rs[toks[j-1].end:toks[j].start], ",;:") {
			return posActor{}, false
		}
	}
	prev := sc.sentenceBefore(sc.si - 1)
	c, ok := prev.officeholderPhrase(len(prev.toks))
	if !ok || c.t1 >= len(prev.toks) || runesAny(prev.rs[prev.toks[c.t1-1].end:prev.toks[c.t1].start], ",;:") {
		return posActor{}, false
	}
	return posActor{t0: 0, t1: 1, refs: c.refs, words: sc.toks[0].text, pronoun: true}, true
}

// officeholderPhrase returns the officeholder phrase that opens the
// sentence before token limit, as the body it speaks for (officeholder).
func (sc *sentenceCtx) officeholderPhrase(limit int) (posActor, bool) {
	toks := sc.toks
	t := 0
	if len(toks) > 0 && (toks[0].lower == "de" || toks[0].lower == "het") {
		t = 1
	}
	if t+3 >= len(toks) || t+2 >= limit {
		return posActor{}, false
	}
	k := t + 1
	if officeTitles[toks[t].lower+" "+toks[t+1].lower] {
		k = t + 2
	} else if !officeTitles[toks[t].lower] {
		return posActor{}, false
	}
	if toks[k].lower != "van" {
		return posActor{}, false
	}
	var ref graph.Ref
	end := -1 // the last token of the phrase
	if strings.HasPrefix(toks[t].lower, "hoge") && toks[t+1].lower == "commissaris" {
		// "van de VN / Verenigde Naties voor de vluchtelingen": UNHCR,
		// whose Dutch name in the reference data is the office's
		for j := k + 1; j+2 < len(toks) && j <= k+5 && j+2 < limit; j++ {
			if toks[j].lower == "voor" && toks[j+1].lower == "de" && toks[j+2].lower == "vluchtelingen" {
				for u := k + 1; u < j; u++ {
					if unNames[toks[u].lower] {
						ref, end = graph.Ref{Kind: graph.KindOrganisation, Key: "unhcr"}, j+2
					}
				}
				break
			}
		}
	}
	if end < 0 {
		for _, m := range sc.ments {
			if (m.t0 == k+1 || m.t0 == k+2 && (toks[k+1].lower == "de" || toks[k+1].lower == "het")) && m.t1 <= limit {
				if m.ref.Kind != graph.KindOrganisation || presidedBodies[m.ref.Key] {
					return posActor{}, false
				}
				ref, end = m.ref, m.t1-1
				break
			}
		}
	}
	if end < 0 {
		return posActor{}, false
	}
	return posActor{t0: 0, t1: end + 1, refs: []graph.Ref{ref}, words: sc.text(0, end)}, true
}
