package ingest

import (
	"slices"
	"strings"
	"sync"

	"jhagraph/graph"
)

// Clause structure around a cue (issue 12, clause1; docs/stances.md,
// "Clause structure: coordination, the subject, actor phrases").
//
// The cue matcher finds a stance's words; which noun phrase holds it and
// where its object ends is the grammar of the clause around them:
//
//   - coordinated finite verbs share the subject: "X steunt A en herinnert
//     eraan dat B" — the first object ends before "en <finite verb>", and
//     the second conjunct carries a position of its own;
//   - a shared auxiliary: "X heeft A aangenomen en ingestemd met B" — the
//     gap of "heeft … ingestemd" holds the first conjunct, not the object;
//   - the subject of a clause is the noun phrase before its finite verb
//     (V2), right after it (inversion) or right after "dat" (a subordinate
//     clause); a noun phrase between it and a clause-final verb is the
//     object ("Nederland blijft Oekraïne steunen", "dat Nederland Oekraïne
//     blijft steunen", "blijft het de rebellen in Oost-Oekraïne steunen");
//   - actor phrases carry adjectives ("het toenmalige kabinet", "de
//     huidige regering", "de betrokken lidstaten") and restrictive
//     relative clauses ("de lidstaten die zich hadden uitgesproken");
//   - in a report of a Council meeting "de voorzitter" is the presidency
//     and "de ministers" the Council's ministers; in a parliamentary text
//     the chair, no actor.

// clauseAux are the finite auxiliaries and modals that open a verb
// cluster whose main verb closes the clause.
var clauseAux = map[string]bool{
	"blijft": true, "blijven": true, "bleef": true, "bleven": true,
	"zal": true, "zullen": true, "zou": true, "zouden": true,
	"kan": true, "kunnen": true, "kon": true, "konden": true,
	"wil": true, "willen": true, "wilde": true, "wilden": true,
	"moet": true, "moeten": true, "moest": true, "moesten": true,
	"heeft": true, "hebben": true, "had": true, "hadden": true,
	"gaat": true, "gaan": true, "ging": true, "gingen": true,
	"mag": true, "mogen": true, "mocht": true, "mochten": true,
}

// clauseCopulas are finite verbs that are never a noun after "en".
var clauseCopulas = map[string]bool{"is": true, "was": true, "waren": true, "wordt": true, "werd": true, "werden": true}

// reportVerbs are finite verbs of Council and cabinet reports that open a
// second conjunct without being a cue themselves ("en herinnert eraan
// dat", "en wijst erop dat").
var reportVerbs = map[string]bool{
	"herinnert": true, "herinneren": true, "herinnerde": true, "herinnerden": true,
	"volgt": true, "volgde": true, "volgden": true,
	"wijst": true, "wees": true, "wezen": true,
	"geeft": true, "gaf": true, "gaven": true,
	"neemt": true, "nam": true, "namen": true,
	"stelt": true, "stelde": true, "stelden": true,
	"vraagt": true, "vroeg": true, "vroegen": true,
	"noemt": true, "noemde": true, "noemden": true,
	"verwijst": true, "verwees": true, "verwezen": true,
	"meent": true, "meende": true, "meenden": true,
	"acht": true, "achtte": true, "achtten": true,
	"vindt": true, "vond": true, "vonden": true,
	"ziet": true, "zag": true, "zagen": true,
	"maakt": true, "maakte": true, "maakten": true,
	"houdt": true, "hield": true, "hielden": true,
	"zegt": true, "zei": true, "zeiden": true,
	"merkt": true, "merkte": true, "merkten": true,
	"constateert": true, "constateerde": true, "constateerden": true,
	"concludeert": true, "concludeerde": true, "concludeerden": true,
	"benadrukt": true, "benadrukte": true, "benadrukten": true,
	"onderstreept": true, "onderstreepte": true, "onderstreepten": true,
	"verwacht": true, "verwachtte": true, "verwachtten": true,
}

// coordVerbs are the words that, right after "en" or "maar", open a
// coordinated finite verb: the auxiliaries, the report verbs, and the
// first words of the cue table's verb cues, built once.
var coordVerbs = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range clauseAux {
		out[w] = true
	}
	for w := range clauseCopulas {
		out[w] = true
	}
	for w := range reportVerbs {
		out[w] = true
	}
	for _, c := range compiledCues() {
		// a verb's paradigm: "steunt|steunen|steunde|steunden|steun"
		ws := c.slots[0].words
		var t, en, past bool
		for w := range ws {
			t = t || strings.HasSuffix(w, "t")
			en = en || strings.HasSuffix(w, "en")
			past = past || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")
		}
		if len(ws) < 3 || !t || !en || !past {
			continue
		}
		for w := range ws {
			if !determiners[w] && !relativeOpeners[w] && !isPreposition(w) && !subordinators[w] && len(w) > 2 {
				out[w] = true
			}
		}
	}
	return out
})

// clauseReading corrects a reading's subject by the clause around its
// cue: an adverbial in the gap, a shared auxiliary, a coordinated verb
// that ends the object, the object before a clause-final verb.
func (sc *sentenceCtx) clauseReading(r *posReading, h cueHit, a posActor, cands []posActor, next int) {
	sc.adverbialGap(r, h, next)
	sc.sharedAuxiliary(r, h, next)
	sc.coordinatedEnd(r, h, a)
	sc.clauseObject(r, h, a, cands)
	sc.clauseSubjectBefore(r, h)
}

// clauseSubjectBefore: the subject of a cue whose subject stands before it
// starts after the "dat" that opens its clause ("herinnert eraan dat [AMR]
// ook een prioriteit is voor …"), not at the sentence's start.
func (sc *sentenceCtx) clauseSubjectBefore(r *posReading, h cueHit) {
	if h.def.obj != objBefore || r.span[1] < r.span[0] || r.span[1] >= h.first() {
		return
	}
	for k := h.first() - 1; k > r.span[0]; k-- {
		if strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ",;:") {
			return
		}
		if sc.toks[k].lower == "dat" && k+1 < h.first() && sayingOrLead(sc.toks[k-1].lower) {
			s, e := k+1, r.span[1]
			for e > s && cueAdverbAt(sc.toks, e) > 0 {
				e-- // "AMR [ook]"
			}
			r.span = [2]int{s, e}
			r.subject = trimSubject(sc.text(s, e))
			r.subjects = sc.refsIn(s, e)
			return
		}
	}
}

// sayingOrLead: the word before a complementizer "dat": a verb of saying
// or its pronominal lead ("eraan", "erop").
func sayingOrLead(w string) bool {
	return sayingVerb(w) || coordVerbs()[w] || strings.HasPrefix(w, "er") && len(w) > 3
}

// coordinatedVerbAt reports whether token k ("en", "maar") opens a
// coordinated clause with a finite verb and no subject of its own: "… en
// herinnert eraan", "…, maar wijst … af". A nominal infinitive ("het
// beschermen en ondersteunen van") is none.
func (sc *sentenceCtx) coordinatedVerbAt(k int) bool {
	toks := sc.toks
	if k+1 >= len(toks) || (toks[k].lower != "en" && toks[k].lower != "maar") {
		return false
	}
	v := toks[k+1]
	if startsUpper(v.text) || !coordVerbs()[v.lower] || nonVerbStarts[v.lower] {
		return false
	}
	if k+2 < len(toks) && (toks[k+2].lower == "van" || toks[k+2].lower == "en" || toks[k+2].lower == "of") {
		return false // "het opvangen en ondersteunen van", "steunen en of"
	}
	if k+2 >= len(toks) || strings.ContainsAny(string(sc.rs[v.end:toks[k+2].start]), ".;:") {
		return false // nothing after the verb
	}
	if strings.HasSuffix(v.lower, "en") && k > 1 && strings.HasSuffix(toks[k-1].lower, "en") && !clauseAux[v.lower] {
		// "het verbeteren en steunen": two nominal infinitives joined
		if w := toks[k-2].lower; w == "het" || w == "dit" || k > 2 && (toks[k-3].lower == "het" || toks[k-3].lower == "dit") && actorAdjective(toks[k-2]) {
			return false
		}
	}
	return true
}

// coordinatedEnd ends a subject read after a cue before a coordinated
// finite verb that shares the cue's actor: "steunt [het voorstel] en
// herinnert eraan dat …", "heeft kennisgenomen van [het artikel], en volgt
// de berichtgeving". The second conjunct is no part of the object; its
// cue, if any, makes its own position.
func (sc *sentenceCtx) coordinatedEnd(r *posReading, h cueHit, a posActor) {
	s, e := r.span[0], r.span[1]
	if r.subject == "" || e < s || s <= h.last() || e >= len(sc.toks) || a.implicit {
		return
	}
	for k := s + 1; k <= e; k++ {
		if sc.toks[k].lower == "dat" || relativeOpeners[sc.toks[k].lower] || subordinators[sc.toks[k].lower] {
			return // a clause of the object's own: "het plan dat X steunt en …"
		}
		if !sc.coordinatedVerbAt(k) {
			continue
		}
		end := k - 1
		if end < s {
			return
		}
		r.span[1] = end
		r.subject = trimSubject(sc.text(s, end))
		r.subjects = sc.refsIn(s, end)
		return
	}
}

// sharedAuxiliary reads "X heeft A aangenomen en ingestemd met B": when
// the gap of an auxiliary-participle cue ends with "<participle> en", the
// gap is the first conjunct (what was "aangenomen"), and the cue's object
// follows its participle (B).
func (sc *sentenceCtx) sharedAuxiliary(r *posReading, h cueHit, next int) {
	if len(h.fixed) < 2 || !clauseAux[sc.toks[h.first()].lower] {
		return
	}
	p := h.fixed[len(h.fixed)-1] // the participle
	if p < 2 || sc.toks[p-1].lower != "en" || !participleLike(sc.toks[p-2].lower) {
		return
	}
	if r.span[0] > p || r.span[1] < h.first() {
		return // the subject was not read from the gap
	}
	s := h.last() + 1
	if s < len(sc.toks) && isPreposition(sc.toks[s].lower) && h.last() == p {
		s++ // "ingestemd [met] het mandaat"
	}
	e := next - 1
	for k := s; k < next; k++ {
		if strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ";:") {
			e = k - 1
			break
		}
	}
	if s > e || s >= len(sc.toks) {
		r.subject, r.subjects = "", nil
		return
	}
	r.span = [2]int{s, e}
	r.subject = trimSubject(sc.text(s, e))
	r.subjects = sc.refsIn(s, e)
}

// adverbialGap: a cue whose gap held only a fronted adverbial of time or
// place ("zegde [in 2019] toe om …", "heeft [op 3 mei] toegezegd dat …")
// has its object after the cue: the om-, te- or dat-clause.
func (sc *sentenceCtx) adverbialGap(r *posReading, h cueHit, next int) {
	toks := sc.toks
	if len(h.fixed) < 2 || r.span[0] <= h.first() || r.span[1] >= h.last() || h.last()+1 >= next {
		return
	}
	if !timePlacePreps[toks[r.span[0]].lower] || r.span[1]-r.span[0] > 3 {
		return
	}
	if w := toks[h.last()+1].lower; w != "om" && w != "dat" && w != "te" {
		return
	}
	s, e := h.last()+1, next-1
	r.span = [2]int{s, e}
	r.subject = trimSubject(sc.text(s, e))
	r.subjects = sc.refsIn(s, e)
}

var timePlacePreps = map[string]bool{"in": true, "op": true, "tijdens": true, "na": true, "sinds": true, "begin": true, "eind": true, "vorige": true, "eerder": true}

// participleLike: a past participle ("aangenomen", "besproken",
// "verwelkomd", "gesteund").
func participleLike(w string) bool {
	if len(w) < 5 || !(strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) {
		return false
	}
	if strings.HasPrefix(w, "ge") || strings.HasPrefix(w, "be") || strings.HasPrefix(w, "ver") || strings.HasPrefix(w, "onder") ||
		strings.HasPrefix(w, "ont") || strings.HasPrefix(w, "her") {
		return true
	}
	for _, p := range []string{"aan", "af", "in", "op", "uit", "toe", "mee", "door", "vast", "voor", "over"} {
		if strings.HasPrefix(w, p+"ge") {
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "met", "in", "op", "aan", "voor", "over", "tegen", "bij", "naar", "van", "tot", "om":
		return true
	}
	return false
}

// clauseSubject corrects an actor picked before a clause-final verb: the
// noun phrase right before "steunen" in "Nederland blijft Oekraïne
// steunen" is the object. The clause's subject is the noun phrase right
// after "dat" (a subordinate clause), before the finite auxiliary (V2) or
// right after it (inversion), or a pronoun there ("blijft het … steunen").
// found: a subject other than pick; drop: the subject is a pronoun with
// no antecedent in the sentence left for actorOf's pronoun rule (it
// returns the pronoun as pick).
func (sc *sentenceCtx) clauseSubject(h cueHit, pick *posActor, cands []posActor) (posActor, bool) {
	toks := sc.toks
	if h.def.flags&passive != 0 || h.def.obj == objBefore {
		return posActor{}, false
	}
	limit := h.first() // where the object ends at the latest
	if pick != nil {
		if pick.implicit || pick.pronoun || pick.prep != "" || pick.t0 <= 0 || pick.t1 > h.first() {
			return posActor{}, false
		}
		limit = pick.t0
	} else if w := toks[h.first()].lower; len(h.fixed) != 1 || !coordVerbs()[w] && !lexiconVerb(w) {
		return posActor{}, false // no actor found: only a clause-final verb's subject is sought
	}
	// the clause start: after a comma, "dat" or a subordinator
	cs, sub := 0, false
	for k := limit - 1; k >= 0; k-- {
		if strings.ContainsAny(string(sc.rs[toks[k].end:toks[k+1].start]), ",;:()") {
			cs = k + 1
			break
		}
		if w := toks[k].lower; w == "dat" || subordinators[w] {
			cs, sub = k+1, true
			break
		}
		if relativeOpeners[toks[k].lower] {
			return posActor{}, false
		}
	}
	if cs >= limit {
		return posActor{}, false
	}
	if sub {
		// "dat [Nederland] Oekraïne blijft steunen"
		for _, c := range cands {
			if c.t0 == cs && c.prep == "" && c.t1 <= limit && !c.pronoun {
				return c, true
			}
		}
		if w := toks[cs].lower; (w == "zij" || w == "ze" || w == "hij") && cs+1 < limit {
			return posActor{t0: cs, t1: cs + 1, words: sc.text(cs, cs), pronoun: true}, true
		}
		return posActor{}, false
	}
	// a main clause: the first finite auxiliary before the pick
	v := -1
	for k := cs; k < limit; k++ {
		if clauseAux[toks[k].lower] {
			v = k
			break
		}
	}
	if v < 0 {
		return posActor{}, false
	}
	for _, c := range cands {
		if c.prep == "" && !c.pronoun && c.t0 >= cs && c.t1 == v {
			return c, true // V2: "[Nederland] blijft Oekraïne steunen"
		}
	}
	if w := toks[cs].lower; v == cs+1 && (w == "het" || w == "zij" || w == "ze" || w == "hij") {
		return posActor{t0: cs, t1: cs + 1, words: sc.text(cs, cs), pronoun: true}, true // "Het blijft … steunen"
	}
	n := v + 1 + leadingAdverbs(toks, v+1)
	for _, c := range cands {
		if c.prep == "" && c.t0 == n && c.t1 <= limit && (pick == nil || c.t0 != pick.t0) {
			return c, true // inversion: "Daarom blijft [Rusland] de rebellen … steunen"
		}
	}
	if n < limit-1 {
		w := toks[n].lower
		if w == "zij" || w == "ze" || w == "hij" || w == "het" && (determiners[toks[n+1].lower] || toks[n+1].lower == "zijn" || toks[n+1].lower == "haar") {
			// "blijft [het] de rebellen … steunen": the pronoun is the
			// subject, the noun phrase after it the object
			return posActor{t0: n, t1: n + 1, words: sc.text(n, n), pronoun: true}, true
		}
	}
	return posActor{}, false
}

// clauseObject gives a single-verb cue that closes its clause the object
// between its subject and the verb, when the reading found none:
// "Nederland blijft [Oekraïne] steunen", "blijft het [de rebellen in
// Oost-Oekraïne] steunen". Continued help to a state ("blijft / zal …
// steunen" with a country as the whole object) is a commitment on that
// state, as docs/stances.md has it for "zal … steunen".
func (sc *sentenceCtx) clauseObject(r *posReading, h cueHit, a posActor, cands []posActor) {
	toks := sc.toks
	if a.t0 < 0 || a.t1 > h.first() || h.def.obj != objAfter || len(h.fixed) != 1 {
		return
	}
	if strings.TrimSpace(r.subject) != "" && !(r.span[0] >= a.t1 && r.span[1] < h.first()) && !sc.extraposed(r, h) {
		return
	}
	if w := toks[h.first()].lower; !coordVerbs()[w] && !lexiconVerb(w) {
		return // "handhaafden een parlementair [behandelvoorbehoud]": a noun
	}
	aux := false // a verb cluster: the cue closes it
	for k := max(0, a.t0-2); k < h.first(); k++ {
		aux = aux || clauseAux[toks[k].lower]
	}
	if !aux {
		return
	}
	s, e := a.t1, h.first()-1
	cont := false // a verb of continuing or a future before the object
	for s <= e && (clauseAux[toks[s].lower] || cueAdverbAt(toks, s) > 0) {
		cont = cont || continuing[toks[s].lower]
		s += max(1, cueAdverbAt(toks, s))
	}
	for e >= s && (clauseAux[toks[e].lower] || toks[e].lower == "niet") {
		cont = cont || continuing[toks[e].lower]
		e--
	}
	if s > e || e-s > 12 {
		return
	}
	for k := s; k <= e; k++ {
		if w := toks[k].lower; w == "dat" || relativeOpeners[w] || subordinators[w] {
			return
		}
	}
	for k := 0; k < a.t0; k++ {
		cont = cont || continuing[toks[k].lower] && k+1 == a.t0
	}
	r.subject = trimSubject(sc.text(s, e))
	r.subjects = sc.refsIn(s, e)
	r.span = [2]int{s, e}
	if r.stance != stSupport || !strings.HasSuffix(toks[h.first()].lower, "steunen") || !cont {
		return
	}
	for _, c := range cands {
		if c.t0 == s && c.prep == "" && len(c.refs) == 1 && c.refs[0].Kind == graph.KindCountry && !c.cabinet &&
			(c.t1 > e || !isPreposition(toks[c.t1].lower) && !determiners[toks[c.t1].lower] && toks[c.t1].lower != "en") {
			// "blijft [Oekraïne] (politiek, militair …) steunen"
			r.stance, r.base = stCommit, stCommit
			r.subject, r.subjects = sc.text(c.t0, c.t1-1), c.refs
			return
		}
	}
}

// continuing: the verbs of continued help and the future.
var continuing = map[string]bool{"blijft": true, "blijven": true, "bleef": true, "bleven": true, "zal": true, "zullen": true}

// actorPhrase reads an actor noun phrase with an adjective before its
// head ("het toenmalige kabinet", "de huidige regering", "de betrokken
// lidstaten") and, in a report of a Council meeting, "de voorzitter" (the
// presidency) and "de ministers" (the Council's ministers).
func (sc *sentenceCtx) actorPhrase(i int, lw func(int) string) (posActor, bool) {
	w := lw(i)
	if w != "het" && w != "de" && w != "dit" && w != "ons" {
		return posActor{}, false
	}
	if i+2 < len(sc.toks) && !startsUpper(sc.toks[i+1].text) && (actorAdjective(sc.toks[i+1]) || phraseAdjectives[lw(i+1)]) {
		switch {
		case lw(i+2) == "kabinet" && w != "de":
			return sc.cabinetActor(i, i+3), true // "het toenmalige kabinet"
		case lw(i+2) == "regering" && w == "de" && lw(i+3) != "van" && lw(i+3) != "in":
			return sc.cabinetActor(i, i+3), true // "de huidige regering"
		case lw(i+2) == "lidstaten" && w == "de" && lw(i+3) != "van":
			return posActor{t0: i, t1: i + 3, words: sc.text(i, i+2)}, true // "de betrokken lidstaten"
		}
	}
	if w == "de" && i+1 < len(sc.toks) && sc.councilReport() {
		switch lw(i + 1) {
		case "voorzitter":
			// "De voorzitter wees op …": the presidency of the meeting;
			// "de voorzitter van de Commissie" is someone else's
			if nx := lw(i + 2); nx == "van" || nx == "voor" || i+2 < len(sc.toks) && startsUpper(sc.toks[i+2].text) {
				return posActor{}, false
			}
			a := posActor{t0: i, t1: i + 2, words: sc.text(i, i+1)}
			if c, ok := sc.presidency(); ok {
				a.refs = []graph.Ref{c}
			}
			return a, true
		case "ministers":
			if nx := lw(i + 2); nx == "van" || nx == "voor" {
				return posActor{}, false
			}
			if _, ok := sc.ministersNamedBefore(); ok {
				return posActor{}, false // the rule of positions.go: those countries
			}
			return posActor{t0: i, t1: i + 2, words: sc.text(i, i+1)}, true
		}
	}
	return posActor{}, false
}

// clauseCues are the rows of the class the cue table lacked: receiving
// something positively ("hebben de start van de operatie positief
// ontvangen": welcome; the passive "werd positief ontvangen door" is the
// table's).
var clauseCues = []cueDef{
	{stance: stWelcome, pattern: hasV + " … positief|goed ontvangen", obj: objGap, gap: 8, flags: closedGap},
	// verb-final priority with its owner after it, in a dat-clause of a
	// second conjunct ("en herinnert eraan dat AMR ook een prioriteit is
	// voor de Commissie"); without the owner the clause names none
	{stance: stPriority, pattern: "een prioriteit|topprioriteit is|was|blijft|zijn|waren|blijven voor|van", obj: objBefore, flags: actorAfter},
}

// phraseAdjectives are adjectives of an actor phrase that do not end in
// "-e".
var phraseAdjectives = map[string]bool{"betrokken": true, "overige": true, "voltallig": true}

// councilReport reports whether the sentence stands in a report of a
// Council meeting: the letter names a Council meeting, is no record of
// the Kamer, and no member or chair speaks in the paragraph.
func (sc *sentenceCtx) councilReport() bool {
	if sc.voice.speaker != nil || sc.voice.membersTurn || sc.members != nil || sc.voice.silent {
		return false
	}
	if sc.x.kamerRecordHead() {
		return false
	}
	for ref := range sc.x.entities {
		if ref.Kind == graph.KindCouncilMeeting {
			return true
		}
	}
	return false
}

// actorWithRelative extends an actor followed by a restrictive relative
// clause that closes on its verb cluster before the cue: "[de lidstaten die
// zich hadden uitgesproken] hechten belang aan", "[De lidstaten die het
// voorstel hebben ingediend] steunen …". A cue inside the relative clause
// ("de strategie die de Commissie heeft aangekondigd") stays none.
func (sc *sentenceCtx) actorWithRelative(c posActor, h cueHit) (posActor, bool) {
	toks := sc.toks
	r := c.t1
	if r >= h.first() || (toks[r].lower != "die" && toks[r].lower != "welke") || h.first()-r > 9 {
		return posActor{}, false
	}
	if strings.ContainsAny(string(sc.rs[toks[r].end:toks[h.first()].start]), ",;:()") {
		return posActor{}, false
	}
	// the relative clause closes on its verb cluster: an auxiliary and a
	// participle ("hadden uitgesproken", "hebben ingediend"), the main
	// clause's words after it
	end := -1
	for k := r + 2; k < h.first(); k++ {
		w, p := toks[k].lower, toks[k-1].lower
		if participleLike(w) && (clauseAux[p] || clauseCopulas[p] || p == "zijn") ||
			(clauseAux[w] || clauseCopulas[w]) && participleLike(p) {
			end = k
			break
		}
	}
	if end < 0 {
		return posActor{}, false // "de strategie die de Commissie heeft aangekondigd": the cue's own clause
	}
	a := c
	a.t1 = end + 1
	a.words = sc.text(c.t0, end)
	return a, true
}

// clauseGaps drops a gap cue whose gap holds the opening of a subordinate
// clause when another cue starts inside that clause: in "Het kabinet zal
// onderstrepen dat Nederland Oekraïne blijft steunen" the "steunen" closes
// the dat-clause, so "zal … steunen" is no cue of the main clause; the
// clause's own cue ("steunen", its subject "Nederland") reads it. A
// relative "dat" after a noun ("zal het voorstel dat … steunen") opens
// no such clause.
func (sc *sentenceCtx) clauseGaps(hits []cueHit) []cueHit {
	if len(hits) == 0 || len(hits) > 64 || len(hits) == 1 && len(hits[0].fixed) < 2 {
		return hits // nothing to split or to drop
	}
	var drop uint64 // the hits to drop, decided before any is moved
	split := false
	for i, h := range hits {
		switch {
		case len(h.fixed) >= 2 && sc.hasComplementizerInGap(h):
			split = true
		case len(h.fixed) >= 2 && sc.subordinateInGap(h, hits, i):
			drop |= 1 << i
		case sc.reportedBefore(h, hits, i):
			drop |= 1 << i
		}
	}
	if !split && drop == 0 {
		return hits
	}
	var out []cueHit
	for i, h := range hits {
		if drop&(1<<i) != 0 {
			continue
		}
		if k, ok := sc.complementizerInGap(h); ok && len(h.fixed) >= 2 {
			// "zal benadrukken [dat] Nederland … blijft steunen": the
			// clause's own cues, read on its words
			for _, o := range findCues(sc.rs, sc.toks[k+1:]) {
				f := make([]int, len(o.fixed))
				for j, t := range o.fixed {
					f[j] = t + k + 1
				}
				out = append(out, cueHit{def: o.def, fixed: f})
			}
			continue
		}
		out = append(out, h)
	}
	slices.SortStableFunc(out, func(a, b cueHit) int { return a.first() - b.first() })
	return out
}

func (sc *sentenceCtx) hasComplementizerInGap(h cueHit) bool {
	_, ok := sc.complementizerInGap(h)
	return ok
}

// reportedBefore: a verb of saying right before "dat" whose clause holds
// a later cue ("zal onderstrepen [dat] Nederland … blijft steunen"): a
// statement reported, the clause's cue makes the position
// (docs/stances.md, "Reporting cues").
func (sc *sentenceCtx) reportedBefore(h cueHit, hits []cueHit, i int) bool {
	n := h.last() + 1
	if n >= len(sc.toks) || sc.toks[n].lower != "dat" || !sayingVerb(sc.toks[h.last()].lower) || h.def.flags&reporting != 0 {
		return false
	}
	for j, o := range hits {
		if j != i && o.first() > n {
			return true
		}
	}
	return false
}

// complementizerInGap returns the "dat" inside a gap cue's gap that opens
// a clause after a verb of saying ("zal benadrukken dat … steunen") and
// whose clause the cue's last word closes.
func (sc *sentenceCtx) complementizerInGap(h cueHit) (int, bool) {
	toks := sc.toks
	for k := h.fixed[0] + 2; k < h.last(); k++ {
		if toks[k].lower == "dat" && sayingVerb(toks[k-1].lower) && h.fixed[len(h.fixed)-2] < k {
			return k, true
		}
	}
	return 0, false
}

func (sc *sentenceCtx) subordinateInGap(h cueHit, hits []cueHit, i int) bool {
	toks := sc.toks
	for k := h.fixed[0] + 2; k < h.last(); k++ {
		w := toks[k].lower
		if w != "dat" && !subordinators[w] {
			continue
		}
		if w == "dat" {
			p := toks[k-1].lower
			if !(coordVerbs()[p] || speechActs[p] || strings.HasSuffix(p, "en") && !determiners[toks[k-2].lower] && !startsUpper(toks[k-1].text)) {
				continue // "het voorstel dat …": a relative clause
			}
		}
		for j, o := range hits {
			if j != i && o.first() > k && o.first() <= h.last() {
				return true
			}
		}
	}
	return false
}

// invertedActorAdjective: an adjective inside an inverted subject, between
// its determiner and its head ("heeft [het toenmalige kabinet]
// toegezegd", "steunen [de betrokken lidstaten]").
func invertedActorAdjective(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || !determiners[toks[j-1].lower] || startsUpper(toks[j].text) {
		return false
	}
	if !actorAdjective(toks[j]) && !phraseAdjectives[toks[j].lower] {
		return false
	}
	switch toks[j+1].lower {
	case "kabinet", "regering", "lidstaten", "voorzitterschap":
		return true
	}
	return false
}

// sayingVerb: a verb of saying whose dat-clause holds what is said
// ("onderstrepen", "benadrukt", "zal aangeven").
func sayingVerb(w string) bool {
	if speechActs[w] {
		return true
	}
	for _, p := range []string{"onderstre", "benadruk"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// extraposed: the words read after a clause-final verb are a phrase put
// after the cluster, not its object: "… blijft steunen [in tijd van
// oorlog]", "… steunen[, ook] …".
func (sc *sentenceCtx) extraposed(r *posReading, h cueHit) bool {
	n := h.last() + 1
	if r.span[0] < n || n >= len(sc.toks) {
		return false
	}
	return strings.Contains(string(sc.rs[sc.toks[h.last()].end:sc.toks[n].start]), ",") || isPreposition(sc.toks[n].lower) && sc.toks[n].lower != "van"
}
