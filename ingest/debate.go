package ingest

import (
	"strings"

	"jhagraph/graph"
)

// Evaluative sentences of a debate (docs/stances.md, convention 12 and
// "Whose view"). Two constructions of Dutch state a judgement of a
// development with a dat-clause:
//
//   - impersonal, "het" the dummy subject of a copula and an evaluative
//     adjective: "Het is (heel) goed dat …", "Daarom is het (in de visie
//     van mijn fractie) zo goed dat …", "Het is onbegrijpelijk dat …", and
//     the same with "vinden": "Ik vind het teleurstellend dat …". Without
//     an actor it is the judgement of whoever speaks: the author of a
//     letter, the member or minister whose turn it stands in; "in de visie
//     van / volgens / naar de mening van mijn fractie" makes it the
//     speaker's group.
//   - personal, a feeling of the subject: "Ik ben blij dat …", "Daarom was
//     ik heel verbaasd dat …", "Zij is dan ook bang dat …": the subject's.
//
// The adjective gives the class: approval of what others did or what
// happened is welcome, dismay and worry concern, rejection oppose. Only
// the order of a main clause (the copula before the adjective) is read:
// "omdat het goed is dat …" gives a reason.

// impersonalJudgements are the adjectives of "Het is … <adj> dat", by class.
var impersonalJudgements = map[string]stance{
	"goed": stWelcome, "positief": stWelcome, "mooi": stWelcome, "prima": stWelcome, "fijn": stWelcome,
	"verheugend": stWelcome, "terecht": stWelcome, "hoopgevend": stWelcome, "bemoedigend": stWelcome,
	"zorgelijk": stConcern, "jammer": stConcern, "teleurstellend": stConcern, "onbegrijpelijk": stConcern,
	"spijtig": stConcern, "betreurenswaardig": stConcern, "verontrustend": stConcern, "kwalijk": stConcern,
	"onwenselijk": stConcern, "problematisch": stConcern, "merkwaardig": stConcern, "vreemd": stConcern,
	"zorgwekkend": stConcern, "schrijnend": stConcern, "triest": stConcern, "onterecht": stConcern,
	"onaanvaardbaar": stOppose, "onacceptabel": stOppose, "ontoelaatbaar": stOppose,
}

// feelingJudgements are the adjectives of "<subject> is … <adj> dat".
// "bang" is left to the clause fallback, whose lexeme it is
// (positions_clause_test.go).
var feelingJudgements = map[string]stance{
	"blij": stWelcome, "verheugd": stWelcome, "dankbaar": stWelcome, "tevreden": stSatisfied,
	"verbaasd": stConcern, "verbijsterd": stConcern, "verontrust": stConcern, "teleurgesteld": stConcern,
	"ontstemd": stConcern, "bezorgd": stConcern, "ongerust": stConcern, "bevreesd": stConcern,
	"beducht": stConcern, "geschrokken": stConcern, "ontevreden": stConcern, "boos": stConcern,
}

// judgementCopulas are the finite copulas of both constructions, and
// judgementVinden the forms of "vinden" of "vind het … <adj> dat".
var (
	judgementCopulas = map[string]bool{"is": true, "was": true, "blijft": true, "bleef": true, "ben": true,
		"zijn": true, "waren": true, "blijf": true, "blijven": true, "bleven": true}
	judgementVinden = map[string]bool{"vind": true, "vindt": true, "vinden": true, "vond": true, "vonden": true}
)

// Cue rows of the two constructions, one per class; debateHits builds
// their hits, whose fixed words are the verb, "het" when it follows the
// verb, the adjective and "dat".
var (
	impersonalDefs = map[stance]*cueDef{}
	feelingDefs    = map[stance]*cueDef{}
)

func init() {
	for _, st := range impersonalJudgements {
		if impersonalDefs[st] == nil {
			impersonalDefs[st] = &cueDef{stance: st, pattern: "is|vindt … het … " + string(st) + " dat", obj: objAfter, flags: impersonal}
		}
	}
	for _, st := range feelingJudgements {
		if feelingDefs[st] == nil {
			feelingDefs[st] = &cueDef{stance: st, pattern: "is … " + string(st) + " dat", obj: objAfter}
		}
	}
}

// isImpersonalJudgement reports whether d is a row of "Het is … goed dat".
func isImpersonalJudgement(d *cueDef) bool {
	return d != nil && impersonalDefs[d.stance] == d
}

// debateHits adds the evaluative judgements of the sentence to the hits
// of the cue table, where no hit holds their words already.
func (sc *sentenceCtx) debateHits(hits []cueHit) []cueHit {
	toks := sc.toks
	added := false
	for i := range toks {
		w := toks[i].lower
		if !judgementCopulas[w] && !judgementVinden[w] {
			continue
		}
		h, ok := sc.judgementAt(i)
		if !ok || judgementOverlaps(h, hits) {
			continue
		}
		hits = append(hits, h)
		added = true
	}
	if added {
		sortHits(hits)
	}
	return hits
}

// judgementOverlaps reports whether a hit holds a fixed word of h.
func judgementOverlaps(h cueHit, hits []cueHit) bool {
	for _, g := range hits {
		for _, a := range g.fixed {
			for _, b := range h.fixed {
				if a == b {
					return true
				}
			}
		}
		if g.first() <= h.last() && h.first() <= g.last() && len(g.fixed) > 1 {
			return true // inside another cue's span
		}
	}
	return false
}

// sortHits orders hits by their first token.
func sortHits(hits []cueHit) {
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].first() < hits[j-1].first(); j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
}

// judgementAt reads a judgement whose finite verb is token i.
func (sc *sentenceCtx) judgementAt(i int) (cueHit, bool) {
	toks := sc.toks
	vinden := judgementVinden[toks[i].lower]
	// "het": right before the copula opening the sentence ("Het is"),
	// right after it ("Daarom is het"), or after the subject of "vinden"
	// ("Ik vind het", "vind ik het", "vindt het kabinet het")
	het := -1
	switch {
	case !vinden && i == 1 && toks[0].lower == "het":
		het = 0
	case !vinden && i > 0 && i+1 < len(toks) && toks[i+1].lower == "het" && sc.plainGap(i, i+1):
		het = i + 1
	case vinden:
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if !sc.plainGap(k-1, k) {
				break
			}
			if toks[k].lower == "het" {
				het = k
				break
			}
		}
		if het < 0 {
			return cueHit{}, false
		}
	}
	from := i + 1
	if het > i {
		from = het + 1
	}
	// the adjective, right before "dat", within a clause
	for k := from; k+1 < len(toks) && k <= from+9; k++ {
		if !sc.plainGap(k-1, k) {
			return cueHit{}, false
		}
		w := toks[k].lower
		if w == "dat" || w == "om" || w == "of" || w == "als" || w == "omdat" || w == "die" || judgementCopulas[w] && k > from {
			return cueHit{}, false
		}
		if toks[k+1].lower != "dat" || !sc.plainGap(k, k+1) {
			continue
		}
		if st, ok := impersonalJudgements[w]; ok && het >= 0 {
			fixed := []int{i, k, k + 1}
			if het > i {
				fixed = []int{i, het, k, k + 1}
			}
			return cueHit{def: impersonalDefs[st], fixed: fixed}, true
		}
		st, ok := feelingJudgements[w]
		if !ok {
			return cueHit{}, false
		}
		return cueHit{def: feelingDefs[st], fixed: []int{i, k, k + 1}}, true
	}
	return cueHit{}, false
}

// plainGap reports whether tokens a and b are separated by spaces only.
func (sc *sentenceCtx) plainGap(a, b int) bool {
	return strings.TrimSpace(string(sc.rs[sc.toks[a].end:sc.toks[b].start])) == ""
}

// groupViews name the group as the holder of a judgement: "in de visie
// van mijn fractie", "naar de mening van onze fractie", "volgens mijn
// fractie", "voor mijn fractie".
var groupViewHeads = map[string]bool{"visie": true, "mening": true, "opvatting": true, "ogen": true,
	"oordeel": true, "optiek": true}

// debateActor gives an impersonal judgement its holder: the speaker's
// group when "in de visie van mijn fractie" stands in its gap, else none
// named, the author or the speaker of the turn (read, positions.go).
func (sc *sentenceCtx) debateActor(h cueHit, a posActor, ok bool) (posActor, bool) {
	if ok && a.cabinet && a.t0 >= 0 && a.t1 == a.t0+1 && firstPerson[sc.toks[a.t0].lower] {
		if g, found := sc.onBehalfOfGroup(h); found {
			return g, true
		}
	}
	if !isImpersonalJudgement(h.def) || judgementVinden[sc.toks[h.first()].lower] {
		return a, ok // "Ik vind het goed dat": the subject of "vinden"
	}
	for k := h.first() + 1; k+1 < h.fixed[len(h.fixed)-2]; k++ {
		if w := sc.toks[k].lower; (w == "mijn" || w == "onze") && sc.toks[k+1].lower == "fractie" && k > 0 {
			p := sc.toks[k-1].lower
			if (p == "van" && k > 1 && groupViewHeads[sc.toks[k-2].lower]) || p == "volgens" || p == "voor" {
				if g, found := sc.speakerGroup(k, k+2); found {
					return g, true
				}
			}
		}
	}
	nl := netherlandsRef()
	return posActor{t0: -1, t1: -1, refs: []graph.Ref{nl}, words: "het kabinet", cabinet: true, implicit: true}, true
}

// speakerGroup is the group of the speaker of the turn, at tokens [t0, t1):
// "de PVV-fractie" of "mevrouw Helder (PVV)" (the gold's "de PVV-fractie
// (mevrouw Helder)" holds these words).
func (sc *sentenceCtx) speakerGroup(t0, t1 int) (posActor, bool) {
	if sc.voice.speaker == nil {
		return posActor{}, false
	}
	label := sc.voice.speaker.words
	party := speakerParty(label)
	if party == "" {
		return posActor{}, false
	}
	return posActor{t0: t0, t1: t1, words: "de " + party + "-fractie", member: true}, true
}

// onBehalfOfGroup reads "namens mijn fractie", "namens de PVV", "namens
// de PVV-fractie" in the clause of a cue whose actor is the speaker ("Ik
// steun namens de PVV het voorstel", "Namens mijn fractie wil ik …"): the
// member speaks for the group of the turn's label (docs/stances.md, "Whose
// view"). Speaking for another group than the speaker's stays the speaker's.
func (sc *sentenceCtx) onBehalfOfGroup(h cueHit) (posActor, bool) {
	if sc.voice.speaker == nil {
		return posActor{}, false
	}
	party := speakerParty(sc.voice.speaker.words)
	toks := sc.toks
	lo := clauseStartToken(sc, h.first())
	// before the cue or right after it and its subject: "Namens mijn
	// fractie steun ik", "steun ik namens mijn fractie"
	for k := lo; k <= h.last()+2 && k+2 < len(toks); k++ {
		if toks[k].lower != "namens" {
			continue
		}
		n := k + 1
		switch {
		case (toks[n].lower == "mijn" || toks[n].lower == "onze") && toks[n+1].lower == "fractie":
			return sc.speakerGroup(k, n+2)
		case toks[n].lower == "de" && party != "" && toks[n+1].text == party:
			e := n + 2
			if e+1 < len(toks) && hyphenJoined(sc.rs, toks[n+1], toks[e]) && toks[e].lower == "fractie" {
				e++
			}
			return sc.speakerGroup(k, e)
		}
	}
	return posActor{}, false
}

// clauseStartToken is the first token of the clause that holds token k:
// after the last comma, semicolon or colon before it.
func clauseStartToken(sc *sentenceCtx, k int) int {
	for j := k; j > 0; j-- {
		if strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j].start]), ",;:") {
			return j
		}
	}
	return 0
}
