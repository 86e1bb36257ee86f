package ingest

import (
	"strings"

	"jhagraph/graph"
)

// Evaluative sentences of a debate (docs/stances.md, convention 12 and
// "Whose view"). Dutch states a judgement of a development with a
// dat-clause in a few constructions:
//
//   - impersonal, "het" the dummy subject of a copula and an evaluative
//     adjective or noun: "Het is (heel) goed dat …", "Daarom is het (in de
//     visie van mijn fractie) zo goed dat …", "Het is een gemiste kans
//     dat …", and the same with "vinden": "Ik vind het teleurstellend
//     dat …". Without an actor it is the judgement of whoever speaks: the
//     author of a letter, the member or minister whose turn it stands in,
//     the member whose contribution a report's paragraph gives; "in de
//     visie van mijn fractie" makes it the speaker's group, "volgens X" X.
//   - reported, the order of a subordinate clause after a verb of saying:
//     "De heer Jansen zegt dat het zorgelijk is dat …": the sayer's; not
//     after "omdat", which gives a reason.
//   - personal, a feeling of the subject: "Ik ben blij dat …", "Daarom was
//     ik heel verbaasd dat …": the subject's.
//   - an experiencer: "Het verbaast mij dat …", "Het doet mijn fractie
//     deugd dat …": the experiencer's.
//
// The adjective gives the class: approval of what others did or what
// happened is welcome, dismay and worry concern, rejection oppose.
// Courtesy about the debate itself ("Het is goed dat u dat vraagt") is
// none. A member's first-person request ("Ik vraag de minister om …") is
// read here too, and "namens mijn fractie / de <party>" makes the group
// the holder.

// impersonalJudgements are the adjectives of "Het is … <adj> dat", by class.
var impersonalJudgements = map[string]stance{
	"goed": stWelcome, "positief": stWelcome, "mooi": stWelcome, "prima": stWelcome, "fijn": stWelcome,
	"verheugend": stWelcome, "terecht": stWelcome, "hoopgevend": stWelcome, "bemoedigend": stWelcome,
	"fantastisch": stWelcome, "geweldig": stWelcome, "uitstekend": stWelcome, "prachtig": stWelcome,
	"slecht": stConcern, "schokkend": stConcern, "stuitend": stConcern, "beschamend": stConcern, "zonde": stConcern,
	"ernstig": stConcern, "pijnlijk": stConcern, "wrang": stConcern, "zuur": stConcern, "onverstandig": stConcern,
	"onverteerbaar": stOppose, "onbestaanbaar": stOppose,
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
	hits = sc.invertedMemberHits(hits) // parliament.go
	hits = sc.firstPersonRequest(hits)
	hits = sc.requestTeHits(hits) // parliament.go
	added := false
	for i := range toks {
		if added {
			break // one judgement a sentence
		}
		w := toks[i].lower
		var h cueHit
		var ok bool
		switch {
		case judgementCopulas[w] || judgementVinden[w]:
			h, ok = sc.judgementAt(i)
		case experiencerVerbs[w] != "":
			h, ok = sc.experiencerAt(i)
		case w == "het" && i >= 2 && toks[i-1].lower == "dat" && sayingBefore(toks, i-1):
			h, ok = sc.reportedJudgementAt(i)
		case w == "het" && i >= 2:
			h, ok = sc.finalVindenAt(i)
			if ok {
				// "dat zij het positief vinden dat": the judgement, not
				// the opinion cue "vinden dat"
				for k := 0; k < len(hits); k++ {
					if judgementOverlaps(h, hits[k:k+1]) {
						hits = append(hits[:k:k], hits[k+1:]...)
						k--
					}
				}
			}
		default:
			continue
		}
		if !ok || judgementOverlaps(h, hits) || sc.courtesy(h.last()) {
			continue
		}
		if isReportedJudgement(h.def) {
			// "zegt dat het goed is dat": the saying verb's cue gives way
			for k := 0; k < len(hits); k++ {
				if hits[k].last() == h.first()-1 {
					hits = append(hits[:k:k], hits[k+1:]...)
					k--
				}
			}
		}
		if isImpersonalJudgement(h.def) {
			// "Volgens X is het goed dat": X's judgement, not an opinion
			// of its own
			for k := 0; k < len(hits); k++ {
				if hits[k].def.pattern == "volgens" && hits[k].last() < h.first() {
					hits = append(hits[:k:k], hits[k+1:]...)
					k--
				}
			}
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
	case !vinden && i >= 2 && toks[i-1].lower == "het" && sc.opensClause(i-1):
		het = i - 1 // stance1 hook: "…, maar het is ook triest dat" (stance_cluster.go)
	case !vinden && i > 0 && i+1 < len(toks) && toks[i+1].lower == "het" && sc.plainGap(i, i+1):
		het = i + 1
	case vinden:
		// the last "het" before the adjective: "vindt het voorzitterschap
		// [het] terecht dat"
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if !sc.plainGap(k-1, k) {
				break
			}
			if toks[k].lower == "het" && (k+1 >= len(toks) || !startsUpper(toks[k+1].text) && !nounAfterHet(toks[k+1].lower)) {
				het = k
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
		if st, ok := sc.predicateNoun(k); ok && het >= 0 {
			// "Het is een goede zaak dat", "Het is winst dat"
			fixed := []int{i, k, k + 1}
			if het > i {
				fixed = []int{i, het, k, k + 1}
			}
			return cueHit{def: impersonalDefs[st], fixed: fixed}, true
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

// plainGap reports whether tokens a and b are separated by spaces (or a
// hyphen: "VVD-fractie") only, no punctuation of a clause.
func (sc *sentenceCtx) plainGap(a, b int) bool {
	g := strings.TrimSpace(string(sc.rs[sc.toks[a].end:sc.toks[b].start]))
	return g == "" || g == "-" || g == "‐"
}

// groupViews name the group as the holder of a judgement: "in de visie
// van mijn fractie", "naar de mening van onze fractie", "volgens mijn
// fractie", "voor mijn fractie".
var groupViewHeads = map[string]bool{"visie": true, "mening": true, "opvatting": true, "ogen": true,
	"oordeel": true, "optiek": true}

// predicateNouns are the nouns of "Het is een goede zaak / stap dat", by
// the class their adjective gives; "winst" and "een schande" need none.
var (
	predicateNouns = map[string]bool{"zaak": true, "stap": true, "zet": true, "ontwikkeling": true,
		"signaal": true, "nieuws": true, "keuze": true, "beslissing": true}
	predicateNounAdjectives = map[string]stance{"goede": stWelcome, "positieve": stWelcome, "mooie": stWelcome,
		"prima": stWelcome, "verstandige": stWelcome, "slechte": stConcern, "verkeerde": stConcern,
		"zorgelijke": stConcern, "kwalijke": stConcern, "onverstandige": stConcern, "teleurstellende": stConcern}
)

// predicateNoun reads a noun predicate ending at token k: "een goede
// zaak", "een gemiste kans", "winst", "een schande".
func (sc *sentenceCtx) predicateNoun(k int) (stance, bool) {
	toks := sc.toks
	w := toks[k].lower
	switch {
	case w == "winst" && k > 0 && (judgementCopulas[toks[k-1].lower] || toks[k-1].lower == "het" || toks[k-1].lower == "pure"):
		return stWelcome, true
	case w == "schande" && k > 0 && toks[k-1].lower == "een":
		return stConcern, true
	case w == "kans" && k > 0 && toks[k-1].lower == "gemiste":
		return stConcern, true
	case predicateNouns[w] && k > 1:
		st, ok := predicateNounAdjectives[toks[k-1].lower]
		return st, ok && (toks[k-2].lower == "een" || toks[k-2].lower == "zeer" || toks[k-2].lower == "heel" || toks[k-2].lower == "erg")
	}
	return "", false
}

// experiencerVerbs state a feeling of their object, "het" the dummy
// subject of a dat-clause: "Het verbaast mij dat …", "Het verheugt ons
// dat …", "Het stelt mijn fractie teleur dat …", "Het doet mij deugd
// dat …" ("Het spijt mij dat ik …" is mostly courtesy: none). The value is the class; a particle the
// verb needs follows its object ("stelt … teleur", "doet … deugd").
var experiencerVerbs = map[string]stance{
	"verbaast": stConcern, "verbaasde": stConcern, "verbijstert": stConcern, "verbijsterde": stConcern,
	"verontrust": stConcern, "verontrustte": stConcern, "stoort": stConcern, "stoorde": stConcern,
	"ergert": stConcern, "ergerde": stConcern, "stelt": stConcern,
	"stelde": stConcern, "verheugt": stWelcome, "verheugde": stWelcome, "doet": stWelcome, "deed": stWelcome,
	"bevalt": stWelcome, "beviel": stWelcome,
}

// experiencerParticles are the particles "stelt … teleur", "doet …
// deugd" need.
var experiencerParticles = map[string]string{"stelt": "teleur", "stelde": "teleur", "doet": "deugd", "deed": "deugd"}

// experiencerDefs are the rows of the experiencer construction, by class.
var experiencerDefs = map[stance]*cueDef{
	stConcern: {stance: stConcern, pattern: "het verbaast … dat", obj: objAfter, flags: impersonal},
	stWelcome: {stance: stWelcome, pattern: "het verheugt … dat", obj: objAfter, flags: impersonal},
}

// experiencerAt reads "Het <verb> <experiencer> … dat" at token i: "het"
// right before the verb opening the sentence or right after it ("Daarom
// verbaast het mij dat"), the experiencer a pronoun, "mijn fractie" or
// an actor, then adverbs, the particle, "dat".
func (sc *sentenceCtx) experiencerAt(i int) (cueHit, bool) {
	toks := sc.toks
	w := toks[i].lower
	from := -1
	switch {
	case i == 1 && toks[0].lower == "het":
		from = i + 1
	case i > 0 && i+1 < len(toks) && toks[i+1].lower == "het" && sc.plainGap(i, i+1):
		from = i + 2
	}
	if from < 0 || from >= len(toks) || !experiencerStart(toks[from].lower) {
		return cueHit{}, false
	}
	particle := experiencerParticles[w]
	seen := particle == ""
	for k := from + 1; k < len(toks) && k <= from+8; k++ {
		if !sc.plainGap(k-1, k) {
			return cueHit{}, false
		}
		switch t := toks[k].lower; {
		case t == particle:
			seen = true
		case t == "dat" && seen:
			return cueHit{def: experiencerDefs[experiencerVerbs[w]], fixed: []int{i, k}}, true
		case t == "dat" || t == "om" || t == "of" || t == "als" || t == "die" || t == "te":
			return cueHit{}, false
		}
	}
	return cueHit{}, false
}

// experiencerStart reports whether a word may open the experiencer of
// "Het verbaast mij dat": a pronoun or a determiner.
func experiencerStart(w string) bool {
	switch w {
	case "mij", "me", "ons", "mijn", "onze", "de", "deze", "het", "hem", "haar", "hen", "hun":
		return true
	}
	return false
}

// isExperiencer reports whether d is a row of "Het verbaast mij dat".
func isExperiencer(d *cueDef) bool {
	return d != nil && experiencerDefs[d.stance] == d
}

// experiencerActor is the experiencer of "Het verbaast mij dat", after
// the verb (and "het"): "mij", "ons" the speaker or the author, "mijn
// fractie" the speaker's group, else the actor standing there ("Het
// verheugt de leden van de VVD-fractie dat"); "hem", "haar" the actor
// named before.
func (sc *sentenceCtx) experiencerActor(h cueHit, cands []posActor, prev *posActor) (posActor, bool) {
	e := h.first() + 1
	if h.first() != 1 || sc.toks[0].lower != "het" {
		e++ // "Daarom verbaast het mij"
	}
	switch w := sc.toks[e].lower; {
	case w == "mij" || w == "me" || w == "ons":
		if sc.voice.speaker != nil {
			s := *sc.voice.speaker
			s.t0, s.t1 = e, e+1
			return s, true
		}
		return posActor{t0: e, t1: e + 1, refs: []graph.Ref{netherlandsRef()}, words: sc.text(e, e), cabinet: true}, true
	case w == "hem" || w == "haar" || w == "hen":
		if prev != nil {
			r := *prev
			r.t0, r.t1 = e, e+1
			return r, true
		}
		return posActor{}, false
	}
	for _, c := range cands {
		if c.t0 == e && c.t1 <= h.last() {
			return c, true
		}
	}
	return posActor{}, false
}

// debateActor gives an impersonal judgement its holder: the speaker's
// group when "in de visie van mijn fractie" stands in its gap, else none
// named, the author or the speaker of the turn (read, positions.go).
func (sc *sentenceCtx) debateActor(h cueHit, cands []posActor, prev *posActor, a posActor, ok bool) (posActor, bool) {
	if isExperiencer(h.def) {
		return sc.experiencerActor(h, cands, prev)
	}
	if ok && a.cabinet && a.t0 >= 0 && a.t1 == a.t0+1 && firstPerson[sc.toks[a.t0].lower] && sc.voice.speaker != nil {
		if g, found := sc.onBehalfOfGroup(h, sc.voice.speaker.words); found {
			return g, true
		}
	}
	if ok && a.member && !a.implicit && speakerParty(a.words) != "" && personLabel(a.words) {
		// "De heer Jansen (SP) steunt namens de SP-fractie …"
		if g, found := sc.onBehalfOfGroup(h, a.words); found {
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
	adj := h.fixed[len(h.fixed)-2]
	for k := 0; k+1 < adj; k++ {
		if sc.toks[k].lower != "volgens" {
			continue
		}
		// "Volgens mevrouw Kok (PvdA) is het goed dat", "Het is volgens
		// hem zorgelijk dat": the one it names; "hem", "haar" the member
		// named before
		for _, c := range cands {
			if c.t0 == k+1 && c.t1 <= adj && !c.pronoun {
				c.words = lowerFirst(c.words)
				return c, true
			}
		}
		if w := sc.toks[k+1].lower; w == "hem" || w == "haar" {
			named := sc.members
			if prev != nil && prev.member {
				named = prev
			}
			if named != nil {
				r := *named
				r.t0, r.t1, r.prep = k+1, k+2, ""
				return r, true
			}
		}
		return posActor{}, false // "volgens de planning", "volgens hen": no holder read
	}
	if sc.voice.speaker == nil && prev != nil && prev.member {
		// a report's account of a member's contribution: "Mevrouw Kok
		// (PvdA) steunt het actieplan. Het is goed dat …"
		r := *prev
		r.t0, r.t1, r.implicit = -1, -1, true
		return r, true
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
	return groupOf(sc.voice.speaker.words, t0, t1)
}

// personLabel reports whether an actor's words name a member: "de heer
// Jansen (SP)", "mevrouw De Vries (D66)", "het lid Bakker (PVV)".
func personLabel(words string) bool {
	l := strings.ToLower(words)
	return strings.HasPrefix(l, "de heer ") || strings.HasPrefix(l, "mevrouw ") || strings.HasPrefix(l, "het lid ")
}

// groupOf is the group of the member a label names, at tokens [t0, t1).
func groupOf(label string, t0, t1 int) (posActor, bool) {
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
// view"); so does a member a report names ("De heer Jansen (SP) steunt
// namens de SP-fractie …"). Speaking for another group than the member's
// stays the member's.
func (sc *sentenceCtx) onBehalfOfGroup(h cueHit, label string) (posActor, bool) {
	party := speakerParty(label)
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
			return groupOf(label, k, n+2)
		case toks[n].lower == "de" && party != "" && toks[n+1].text == party:
			e := n + 2
			if e+1 < len(toks) && hyphenJoined(sc.rs, toks[n+1], toks[e]) && toks[e].lower == "fractie" {
				e++
			}
			return groupOf(label, k, e)
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

// courtesyVerbs close a dat-clause about the debate itself: "Het is goed
// dat u dat vraagt", "… dat de heer Jansen dit punt noemt".
var courtesyVerbs = map[string]bool{"vraagt": true, "vragen": true, "vroegen": true, "zegt": true, "zei": true,
	"zeggen": true, "noemt": true, "noemde": true, "noemen": true, "opmerkt": true, "opmerkte": true,
	"aankaart": true, "aankaartte": true, "benoemt": true, "benoemde": true, "inbrengt": true, "inbracht": true,
	"aangeeft": true, "aangaf": true, "signaleert": true, "signaleerde": true, "gevraagd": true, "genoemd": true,
	"gezegd": true, "opgemerkt": true, "aangekaart": true, "benoemd": true, "ingebracht": true, "aangegeven": true,
	"toezegt": true, "bedankt": true, "bent": true, "hier": true, "aanwezig": true}

// courtesy reports whether the dat-clause at token d is about the debate
// itself rather than a development: its subject is "u" or "ik" ("Het is
// fijn dat ik het woord krijg"), or its verb one of asking or saying.
func (sc *sentenceCtx) courtesy(d int) bool {
	toks := sc.toks
	if d+1 >= len(toks) {
		return true
	}
	switch toks[d+1].lower {
	case "u", "ik", "jij", "je", "vragensteller", "vragenstellers":
		return true
	case "de", "uw":
		if d+2 < len(toks) && (toks[d+2].lower == "vragensteller" || toks[d+2].lower == "vragenstellers" ||
			toks[d+1].lower == "uw" && toks[d+2].lower == "kamer") {
			return true // "Het is goed dat de vragensteller hier aandacht voor vraagt"
		}
	}
	end := clauseEndToken(sc.rs, toks, d, false)
	if end >= len(toks) {
		end = len(toks) - 1
	}
	for k := d + 1; k <= end; k++ {
		// "dat de heer Jansen dit punt noemt", "dat zij aandacht vraagt voor"
		if courtesyVerbs[toks[k].lower] && (k == end || sayingVerbForms[toks[k].lower]) {
			// not "dat de minister zegt [dat] …": what is said is the point
			return !(k+1 < len(toks) && (toks[k+1].lower == "dat" || toks[k+1].lower == "te"))
		}
	}
	return false
}

// sayingVerbForms are the verbs of asking that may stand before the end
// of their clause ("dat zij [vraagt] om aandacht", "dat zij aandacht
// [vragen] voor"; not "vroeg", also "early"); a verb of saying only ends it ("dat de heer Jansen dit
// punt noemt"), for "dat het kabinet zegt dat het niet meedoet" reports a
// stance.
var sayingVerbForms = map[string]bool{"vraagt": true, "vragen": true, "vroegen": true,
	"gevraagd": true}

// requestDef is the row of a member's request in the first person
// singular, "Ik vraag de minister om …", "vraag ik het kabinet om …",
// which the table lacks because "vraag" is a noun as well: support of
// what is asked (docs/stances.md, Requests), none when it asks for
// information (infoRequest).
var requestDef = &cueDef{stance: stSupport, pattern: "vraag … om", obj: objAfter, gap: 4, flags: strictGap | firstPersonOnly}

// requestAddressees are the heads of the addressee of a request.
var requestAddressees = map[string]bool{"minister": true, "staatssecretaris": true, "kabinet": true, "regering": true,
	"bewindspersoon": true, "bewindspersonen": true, "commissie": true, "premier": true, "minister-president": true}

// firstPersonRequest adds "Ik vraag <de minister> om …" and drops the cues
// inside what is asked: "om het voorstel te blokkeren" is the speaker's
// request, not the addressee's stance.
func (sc *sentenceCtx) firstPersonRequest(hits []cueHit) []cueHit {
	toks := sc.toks
	for i := range toks {
		if toks[i].lower != "vraag" || !(i > 0 && toks[i-1].lower == "ik" || i+1 < len(toks) && toks[i+1].lower == "ik") {
			continue
		}
		// the addressee: "de minister", "het kabinet", "de staatssecretaris
		// van Justitie"; then "om"
		om, addressee := -1, false
		for k := i + 1; k < len(toks) && k <= i+7; k++ {
			if !sc.plainGap(k-1, k) {
				break
			}
			if requestAddressees[toks[k].lower] {
				addressee = true
			}
			if toks[k].lower == "om" {
				om = k
				break
			}
		}
		if om < 0 || !addressee {
			continue
		}
		h := cueHit{def: requestDef, fixed: []int{i, om}}
		end := clauseEndToken(sc.rs, toks, om, false)
		out := hits[:0:0]
		for _, g := range hits {
			if g.first() >= om && g.first() <= end {
				continue // "om het voorstel te blokkeren": the request's object
			}
			out = append(out, g)
		}
		hits = out
		if !judgementOverlaps(h, out) {
			hits = append(hits, h)
			sortHits(hits)
		}
		break
	}
	return hits
}

// sayingHeads end the main clause of "<actor> zegt / vindt / is van
// mening dat het goed is dat …": the judgement is the actor's.
var sayingHeads = map[string]bool{"zegt": true, "zei": true, "zeggen": true, "zeg": true, "gezegd": true,
	"vindt": true, "vind": true, "vinden": true, "vond": true, "vonden": true, "denkt": true, "denk": true,
	"denken": true, "dacht": true, "meent": true, "meen": true, "menen": true, "meende": true, "stelt": true,
	"stelde": true, "gesteld": true, "aangegeven": true, "aan": true, "op": true, "mening": true,
	"overtuigd": true, "oordeel": true, "opvatting": true, "benadrukt": true, "benadrukte": true,
	"onderstreept": true, "onderstreepte": true, "constateert": true, "constateerde": true}

// sayingBefore reports whether token d, "dat", follows a verb of saying or
// thinking ("zegt dat", "geeft aan dat", "merkt op dat", "is van mening
// dat").
func sayingBefore(toks []token, d int) bool {
	return d > 0 && sayingHeads[toks[d-1].lower]
}

// reportedDefs are the rows of "zegt dat het goed is dat", by class: the
// order of a subordinate clause, the copula after the adjective; the
// actor is the subject of the verb of saying (actorOf).
var reportedDefs = map[stance]*cueDef{}

func init() {
	for _, st := range impersonalJudgements {
		if reportedDefs[st] == nil {
			reportedDefs[st] = &cueDef{stance: st, pattern: "het … " + string(st) + " is dat", obj: objAfter}
		}
	}
}

// finalVindenDefs are the rows of "dat zij het goed vinden dat", by
// class: the judgement of "vinden" in the order of a subordinate clause,
// its actor the clause's subject.
var finalVindenDefs = map[stance]*cueDef{}

func init() {
	for _, st := range impersonalJudgements {
		if finalVindenDefs[st] == nil {
			finalVindenDefs[st] = &cueDef{stance: st, pattern: "het … " + string(st) + " vinden dat", obj: objAfter}
		}
	}
}

// finalVindenAt reads "het … <adj> vinden dat" from token i, "het": the
// verb-final order of "vindt het goed dat" ("dat zij het positief vinden
// dat", "omdat hij het zorgelijk vindt dat").
func (sc *sentenceCtx) finalVindenAt(i int) (cueHit, bool) {
	toks := sc.toks
	for k := i + 1; k+2 < len(toks) && k <= i+3; k++ {
		if !sc.plainGap(k-1, k) {
			return cueHit{}, false
		}
		st, ok := impersonalJudgements[toks[k].lower]
		if !ok {
			continue
		}
		v := k + 1
		if !judgementVinden[toks[v].lower] || toks[v+1].lower != "dat" || !sc.plainGap(k, v) || !sc.plainGap(v, v+1) {
			return cueHit{}, false
		}
		return cueHit{def: finalVindenDefs[st], fixed: []int{i, k, v, v + 1}}, true
	}
	return cueHit{}, false
}

// isReportedJudgement reports whether d is a row of "dat het goed is dat".
func isReportedJudgement(d *cueDef) bool {
	return d != nil && reportedDefs[d.stance] == d
}

// reportedJudgementAt reads "het … <adj> is dat" from token i, "het".
func (sc *sentenceCtx) reportedJudgementAt(i int) (cueHit, bool) {
	toks := sc.toks
	for k := i + 1; k+2 < len(toks) && k <= i+6; k++ {
		if !sc.plainGap(k-1, k) {
			return cueHit{}, false
		}
		st, ok := impersonalJudgements[toks[k].lower]
		if !ok {
			continue
		}
		c := k + 1
		if toks[c].lower == "vindt" || toks[c].lower == "vond" {
			return cueHit{}, false // "dat het kabinet het goed vindt dat": the row of "vinden"
		}
		if !judgementCopulas[toks[c].lower] || toks[c+1].lower != "dat" || !sc.plainGap(k, c) || !sc.plainGap(c, c+1) {
			return cueHit{}, false
		}
		return cueHit{def: reportedDefs[st], fixed: []int{i, k, c, c + 1}}, true
	}
	return cueHit{}, false
}

// nounAfterHet reports whether a word after "het" is the noun of an actor
// ("het kabinet", "het voorzitterschap"): "het" is its article then.
func nounAfterHet(w string) bool {
	switch w {
	case "kabinet", "voorzitterschap", "parlement", "lid", "bestuur", "comité", "secretariaat":
		return true
	}
	return false
}
