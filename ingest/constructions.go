package ingest

import (
	"slices"
	"strings"
	"sync"
)

// Constructions of a stance beyond the stance verb with its object
// (stances_paradigm.go): the passive with its agent, a noun or adjective
// with a light verb, a judgement "acht X wenselijk". Dutch puts the finite
// verb last in a subordinate clause, so every construction the cue table
// writes in the order of a main clause has a second order, derived here
// from its row: "Het voorstel werd door Nederland gesteund" and "dat het
// voorstel door Nederland werd gesteund"; "Duitsland acht het voorstel
// wenselijk" and "dat Duitsland het voorstel wenselijk acht".
// TestConstructionsAudit reads them in fictional sentences.

// passiveAux are the finite auxiliaries of the passive ("wordt gesteund")
// and of its perfect and pluperfect ("is gesteund", "was gesteund").
var passiveAux = map[string]bool{"wordt": true, "worden": true, "werd": true, "werden": true, "is": true, "zijn": true,
	"was": true, "waren": true}

// judgeVerbs are the finite forms of "achten" and "vinden" with an object
// and a predicate: "acht het voorstel wenselijk".
var judgeVerbs = map[string]bool{"acht": true, "achten": true, "achtte": true, "achtten": true,
	"vindt": true, "vinden": true, "vind": true, "vond": true, "vonden": true}

// verbFinalPassive derives, from a passive row in the order of a main
// clause ("wordt|werd … door … gesteund"), the two orders of a
// subordinate clause: "dat het voorstel door X wordt gesteund" and "dat
// het voorstel door X gesteund wordt". The agent stands right after
// "door", the gap holds only it.
func verbFinalPassive(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.flags&passive == 0 || d.obj != objBefore || len(ws) != 5 || ws[1] != "…" || ws[2] != "door" || ws[3] != "…" {
		return nil
	}
	var aux []string
	for _, w := range strings.Split(ws[0], "|") {
		if !passiveAux[w] {
			return nil
		}
		aux = append(aux, w)
	}
	a := strings.Join(aux, "|")
	out := []cueDef{d, d}
	out[0].pattern = "door … " + a + " " + ws[4]
	out[1].pattern = "door … " + ws[4] + " " + a
	for k := range out {
		out[k].gap = 6
		out[k].flags = d.flags
	}
	return out
}

// verbFinalJudgement derives, from a row of judging with its object in
// the gap ("acht|achtte … wenselijk"), the order of a subordinate clause:
// "dat Duitsland het voorstel [wenselijk acht]", the object before the
// predicate, the verb closing the clause.
func verbFinalJudgement(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if d.obj != objGap || len(ws) < 3 || ws[1] != "…" || slices.Contains(ws[2:], "…") || slices.Contains(ws[2:], "dat") {
		return cueDef{}, false
	}
	for _, w := range strings.Split(ws[0], "|") {
		if !judgeVerbs[w] {
			return cueDef{}, false
		}
	}
	v := d
	v.pattern = strings.Join(ws[2:], " ") + " " + ws[0]
	v.obj, v.gap, v.flags = objVerbFinal, 0, d.flags&^(closedGap|lastGap)|clauseFinal
	return v, true
}

// constructionRows are the constructions whose actor is the van-phrase
// of a noun: support a subject can count on, resistance it meets.
var constructionRows = []cueDef{
	// "Het plan kan op brede steun van Duitsland rekenen", "dat het plan
	// op steun van Duitsland kon rekenen": the giver is the actor
	{stance: stSupport, pattern: "kan|kon|kunnen|konden op … steun van … rekenen", obj: objBefore, gap: 6, flags: passive},
	{stance: stSupport, pattern: "op … steun van … kan|kon|kunnen|konden rekenen", obj: objBefore, gap: 6, flags: passive},
	// "Het plan stuitte op verzet van Duitsland", "dat het plan op verzet
	// van Duitsland stuit"
	{stance: stOppose, pattern: "stuit|stuiten|stuitte|stuitten op … verzet|weerstand|bezwaar|bezwaren van", obj: objBefore, gap: 2, flags: strictGap | actorAfter},
	{stance: stOppose, pattern: "op … verzet|weerstand|bezwaar|bezwaren van … stuit|stuiten|stuitte|stuitten", obj: objBefore, gap: 6, flags: passive},
	// "dat het plan steun krijgt van Duitsland": the order of a
	// subordinate clause of "kreeg … steun van"
	{stance: stSupport, pattern: "steun krijgt|krijgen|kreeg|kregen van", obj: objBefore, flags: actorAfter},
	// the plural predicate in the order of a subordinate clause: "dat
	// enkele lidstaten voorstanders zijn van X"
	// (and, as the table now knows the plural noun, its main order "zijn
	// … voorstanders van", which the fallback read before)
	{stance: stSupport, pattern: "zijn|waren|blijven … voorstanders van", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: "zijn|waren|blijven … tegenstanders van", obj: objAfter, gap: 4},
	{stance: stSupport, pattern: "voorstanders zijn|waren|blijven van", obj: objAfter, flags: predicateFirst},
	{stance: stOppose, pattern: "tegenstanders zijn|waren|blijven van", obj: objAfter, flags: predicateFirst},
	// "dat het kabinet er (geen) voorstander van is om …": the pronominal
	// "er … van" of "is er (geen) voorstander van" in the same order
	{stance: stSupport, pattern: "er … voorstander|voorstanders van is|zijn|was|waren|blijft|blijven", obj: objAfter, gap: 2, flags: strictGap},
	// the noun voiced with "uiten" in the order of a subordinate clause:
	// "dat Duitsland zorgen uit over X", the preposition right after the
	// verb (not "kritiek uit de regio")
	{stance: stConcern, pattern: "zorgen|zorg|kritiek|bezorgdheid|twijfels|twijfel|bedenkingen|teleurstelling uit|uiten|uitte|uitten over|op|bij|omtrent", obj: objAfter, flags: verbFinal},
	{stance: stWelcome, pattern: "waardering uit|uiten|uitte|uitten voor", obj: objAfter, flags: verbFinal},
	{stance: stSupport, pattern: "steun uit|uiten|uitte|uitten voor|aan", obj: objAfter, flags: verbFinal},
	// criticism in the passive with its agent, as the attributive "het
	// door X bekritiseerde plan": "Het plan werd door Duitsland
	// bekritiseerd"
	{stance: stConcern, pattern: "wordt|worden|werd|werden|is|zijn|was|waren … door … bekritiseerd|gekritiseerd", obj: objBefore, gap: 6, flags: passive},
	// The verb-final order and the modal's infinitive of the rows whose
	// particle ends their main-clause form and whose object follows it
	// (usage_forms_test.go, issue 12): "dat het kabinet oproept tot X", "kan
	// de Commissie oproepen om", "dat het kabinet de lidstaten aanspreekt
	// op X" (the subject is the first of the two actors, positions.go),
	// "dat Duitsland voorop loopt bij X". A bare "oproepen" is also a noun:
	// the plural and the infinitive only after a modal of the actor.
	{stance: stSupport, pattern: "oproept|opriep|opriepen tot|om", obj: objAfter, flags: verbFinal},
	{stance: stSupport, pattern: modalV + " … oproepen tot|om", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stConcern, pattern: "aanspreekt|aansprak|aanspraken op", obj: objAfter, flags: verbFinal},
	{stance: stConcern, pattern: modalV + " … aanspreken op", obj: objAfter, gap: 6, flags: closedGap},
	{stance: stCommit, pattern: "voorop loopt|liep|liepen|lopen", obj: objAfter, flags: verbFinal},
	{stance: stCommit, pattern: modalV + " … voorop lopen", obj: objAfter, gap: 4, flags: strictGap},
	// "ziet … de meerwaarde van" in the verb-final order, after a modal,
	// and in the first person ("Ik zie de meerwaarde van"), whose "zie"
	// the paradigm cannot derive from "ziet|zien"
	{stance: stSupport, pattern: "meerwaarde|waarde ziet|zien|zag|zagen in|van", obj: objAfter, flags: verbFinal},
	{stance: stSupport, pattern: modalV + " … meerwaarde|waarde zien|inzien in|van", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "zie … meerwaarde in|van", obj: objAfter, gap: 3, flags: strictGap | firstPersonOnly},
	// a priority with its holder fronted by "voor" and the subject in the
	// gap: "Voor Nederland is [de aanpak van X] een prioriteit"
	{stance: stPriority, pattern: "is|was|blijft|blijven|zijn|waren … een prioriteit|topprioriteit", obj: objGap, gap: 10, flags: actorVoor | voorOnly | closedGap},
	// "Duitsland vindt het plan van groot belang": "vindt" as "acht"
	{stance: stPriority, pattern: "vindt|vinden|vond|vonden|vind … van groot|grote|essentieel|cruciaal|wezenlijk|bijzonder|eminent belang", obj: objGap, gap: 10, flags: closedGap},
}

// verbFinalPerfect derives, from a perfect row in the order of a main
// clause ("heeft zich … ingezet voor", "heeft … het belang benadrukt van",
// "is … akkoord gegaan met"), the two orders of a subordinate clause, the
// auxiliary before or after the participle: "dat het kabinet zich heeft
// ingezet voor", "dat Nederland het belang heeft benadrukt van", "dat
// Duitsland akkoord is gegaan met", "dat zij zich ingezet hebben voor"
// (usage_forms_test.go, issue 12). Only rows whose one gap follows the
// auxiliary (or "zich") and whose object follows the cue; not the
// cabinet's only, whose derived form would end the subject of a cue
// before it ("blij dat de Commissie ervoor heeft gekozen om …").
func verbFinalPerfect(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj == objGap && len(ws) == 3 && ws[0] == hasV && ws[1] == "…" && participleSlot(ws[2]) && d.flags&^closedGap == 0 {
		// "heeft … gesteund": "dat Nederland [het voorstel] gesteund
		// heeft", the auxiliary closing the clause ("heeft gesteund" in
		// that order the main row reads already)
		v := d
		v.pattern = ws[2] + " " + hasV
		v.obj, v.gap, v.flags = objVerbFinal, 0, clauseFinal
		return []cueDef{v}
	}
	if d.obj != objAfter || len(ws) < 3 || ws[0] != hasV && ws[0] != isV || d.flags&^(strictGap|closedGap|aimVerb) != 0 {
		return nil
	}
	rest := ws[1:]
	refl := rest[0] == "zich"
	if refl {
		rest = rest[1:]
	}
	if len(rest) < 2 || rest[0] != "…" || slices.Contains(rest[1:], "…") {
		return nil
	}
	rest = rest[1:]
	// the participle: the last slot that is no preposition ("voorop
	// [gelopen]", "[gestreefd] naar"), after a predicate or "zich"
	p := len(rest) - 1
	for p >= 0 && prepositional(rest[p]) {
		p--
	}
	if p < 0 || !participleSlot(rest[p]) {
		return nil
	}
	orders := [][]string{
		slices.Concat(rest[:p], []string{ws[0], rest[p]}, rest[p+1:]),
		slices.Concat(rest[:p], []string{rest[p], ws[0]}, rest[p+1:]),
	}
	if p == 0 && !refl {
		// "heeft gestreefd naar" is the main row's own order: only
		// "dat de Commissie gestreefd heeft naar"
		orders = orders[1:]
	}
	var out []cueDef
	for _, order := range orders {
		v := d
		v.pattern = strings.Join(order, " ")
		v.gap = 0
		v.flags = verbFinal | d.flags&aimVerb
		if refl {
			v.pattern = "zich … " + v.pattern
			v.gap, v.flags = 3, v.flags|strictGap
		}
		out = append(out, v)
	}
	return out
}

// participleSlot: every word of the slot looks like a participle: "ge-"
// at its start or after a particle ("gesteund", "ingezet", "aangesloten"),
// or an unstressed prefix ("benadrukt", "onderstreept", "verzet"), and a
// final "d", "t" or "n"; not "eens", "voorkeur", "stemmen".
func participleSlot(slot string) bool {
	for _, w := range strings.Split(slot, "|") {
		if !strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "n") {
			return false
		}
		ok := strings.HasPrefix(w, "ge")
		for p := range separableParticles {
			ok = ok || strings.HasPrefix(w, p+"ge")
		}
		for _, p := range inseparablePrefixes {
			ok = ok || strings.HasPrefix(w, p) && p != "ge"
		}
		if !ok {
			return false // "stemmen", "eens"
		}
	}
	return true
}

// constructionCues are the rows constructions.go adds to the cue table.
func constructionCues() []cueDef {
	var out []cueDef
	for _, d := range slices.Concat(cueTable, paradigmCues()) {
		out = append(out, verbFinalPerfect(d)...)
	}
	for _, d := range cueTable {
		out = append(out, verbFinalPassive(d)...)
		if v, ok := verbFinalJudgement(d); ok {
			out = append(out, v)
		}
	}
	for _, d := range constructionRows {
		out = append(out, d)
		out = append(out, verbFinalPassive(d)...)
		if v, ok := verbFinalJudgement(d); ok {
			out = append(out, v)
		}
	}
	return out
}

// passiveAgentPrep returns the fixed word of a passive row that introduces
// its agent: "door" ("werd door X gesteund"), or "van" of a noun whose
// giver is the actor ("kon op steun van X rekenen").
func passiveAgentPrep(toks []token, h cueHit) (int, string) {
	for _, f := range h.fixed {
		if w := toks[f].lower; w == "door" {
			return f, w
		}
	}
	for _, f := range h.fixed {
		if w := toks[f].lower; w == "van" {
			return f, w
		}
	}
	return -1, ""
}

// thatPreps before "dat" make it a demonstrative: "in dat kader", "in dat
// verband".
var thatPreps = map[string]bool{"in": true, "op": true, "met": true, "voor": true, "van": true, "bij": true,
	"na": true, "over": true, "aan": true, "door": true, "tot": true, "uit": true, "om": true, "tegen": true, "zonder": true, "naar": true}

// spansThatClause reports whether the gap between a cue's fixed words i
// and j holds "dat" followed by a word that opens a clause's subject: the
// copula of a main clause does not reach the predicate of the dat-clause
// after it ("Het [is] bekend dat Nederland [kritisch] is over X"); that
// predicate is read in its own, verb-final order.
func spansThatClause(toks []token, i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if toks[k].lower == "dat" && k > i+1 && !thatPreps[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// sayingBeforeTe are the forms of the verbs of saying whose subject holds
// the stance of the te-infinitive right after them, as "gaf aan":
// "verklaarde zich zorgen te maken over", "liet weten zich zorgen te maken
// over" (not a request: requestBefore).
var sayingBeforeTe = map[string]bool{"verklaart": true, "verklaren": true, "verklaarde": true, "verklaarden": true,
	"verklaard": true, "weten": true}

// saidInfinitive reports whether cue h is "zich … zorgen te maken" right
// after a verb of saying of sayingBeforeTe.
func saidInfinitive(toks []token, h cueHit) bool {
	f := h.first()
	return f > 0 && strings.HasPrefix(h.def.pattern, "zich … zorgen te maken") && sayingBeforeTe[toks[f-1].lower]
}

// groupsByFirst indexes actorGroups by their first word.
var groupsByFirst = sync.OnceValue(func() map[string][][]string {
	idx := map[string][][]string{}
	for _, g := range actorGroups {
		idx[g[0]] = append(idx[g[0]], g)
	}
	return idx
})

// groupInGap returns the length of the longest actor group (actorGroups)
// that starts at token j, 0 for none: in a cue's strict gap the inverted
// actor counts as one word ("Daarom uitte een meerderheid van de lidstaten
// zorgen over").
func groupInGap(toks []token, j int) int {
	best := 0
	for _, g := range groupsByFirst()[toks[j].lower] {
		if len(g) <= best || j+len(g) > len(toks) {
			continue
		}
		ok := true
		for k, w := range g {
			if toks[j+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(g)
		}
	}
	return best
}

// groupRuns gives, for each token, groupInGap there: findCues reads it once
// per sentence rather than once per cue and gap word.
func groupRuns(toks []token) []int8 {
	out := make([]int8, len(toks))
	for j := range toks {
		out[j] = int8(max(groupInGap(toks, j), actorPhraseRun(toks, j), nameListRun(toks, j)))
	}
	return out
}

// actorPhraseRun returns the length of an actor's noun phrase with its
// adjectives that starts at token j, 0 for none: "de Nederlandse
// regering", "het Belgische voorzitterschap", "de Duitse minister", "een
// aantal lidstaten". In a strict gap the inverted actor counts as one word
// ("Daarom ziet [de Nederlandse regering] de meerwaarde van", issue 12).
func actorPhraseRun(toks []token, j int) int {
	if j+2 >= len(toks) {
		return 0
	}
	switch toks[j].lower {
	case "een":
		if (toks[j+1].lower == "aantal" || toks[j+1].lower == "meerderheid") && (toks[j+2].lower == "lidstaten" || toks[j+2].lower == "landen") {
			return 3
		}
	case "de", "het":
		k := j + 1
		for k < len(toks) && k <= j+2 && startsUpper(toks[k].text) && actorAdjective(toks[k]) && !actorPhraseHeads[toks[k].lower] {
			k++
		}
		if k > j+1 && k < len(toks) && actorPhraseHeads[toks[k].lower] {
			return k + 1 - j
		}
	}
	return 0
}

// nameListRun returns the length of a list of names that starts at token
// j, "Duitsland, Frankrijk en Italië" (the commas are no tokens), 0 for
// none: capitalised words, the last after "en", at least three names.
func nameListRun(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+8 && startsUpper(toks[k].text) && toks[k].lower != "en" {
		k++
	}
	if k-j < 2 || k+1 >= len(toks) || toks[k].lower != "en" || !startsUpper(toks[k+1].text) {
		return 0
	}
	return k + 2 - j
}

// actorPhraseHeads are the nouns an actor's phrase ends on after a
// capitalised adjective ("de Nederlandse [regering]").
var actorPhraseHeads = map[string]bool{"regering": true, "voorzitterschap": true, "commissie": true, "minister": true,
	"ministers": true, "delegatie": true, "delegaties": true, "lidstaten": true, "autoriteiten": true,
	"staatssecretaris": true, "premier": true, "collega": true, "overheid": true, "raad": true}
