package ingest

import (
	"strings"
	"sync"
)

// The clause-level fallback (docs/stances.md, "The clause fallback").
//
// The cue table (stances.go) knows fixed phrases. A sentence none of them
// matches may still state a position: "De Commissie is positief over het
// voorstel", "Duitsland uitte bedenkingen bij de termijn". The fallback
// reads such a sentence as a clause: a position needs
//
//  1. an actor as the grammatical subject of the main clause (actorCandidates:
//     "het kabinet", "Nederland", "ik", "de Commissie", "het voorzitterschap",
//     named countries and groups), not one after a preposition ("met steun
//     van Nederland") or an adjective ("de Russische invasie");
//  2. a lexeme of the table below in its predicate: after the finite verb,
//     before the clause ends, not inside the actor or the object's noun
//     phrase as an attribute ("De Commissie presenteerde een belangrijk
//     voorstel" describes the proposal);
//  3. none of the exclusions of the cue path (a question, a condition, a
//     denial or hearsay, an indirect question, procedure).
//
// The position's cue is the lexeme; its subject what follows it in the
// clause, read as for any cue (subjectOf, refine).

// lexKind is the part of speech of a lexeme, which decides how it must
// stand in the predicate.
type lexKind uint8

const (
	// lexAdj: a predicative adjective, only after a stance-bearing verb
	// ("is positief", "acht het essentieel", "toont zich kritisch") and not
	// before the noun it would describe ("een belangrijk voorstel").
	lexAdj lexKind = iota
	// lexNoun: a noun that carries the stance on its own ("uitte
	// bedenkingen", "ziet kansen"), not after a preposition ("met steun
	// van") nor with another owner ("de steun van Frankrijk"), nor after a
	// verb of receiving ("Nederland ontvangt steun").
	lexNoun
	// lexVerb: a finite verb of the stance ("onderschrijft", "vreest").
	lexVerb
)

// lexeme is a row of the evaluative lexicon: the forms of one lemma.
type lexeme struct {
	stance stance
	kind   lexKind
	forms  string // "a|b|c", folded lower case
	// after: the word the lexeme must follow, with at most one modifier
	// between ("van [groot] belang"); for a separable verb, the particle
	// that must stand later in its clause ("roept … op"); "" for none
	after string
}

// lexicon is the evaluative lexicon by stance class. Single lemmas with
// their forms; negation turns the class as stance.negated does ("is niet
// positief" is oppose, "heeft geen bezwaar" agree).
var lexicon = []lexeme{
	// support: a favourable judgement of a proposal or course of action.
	{stSupport, lexAdj, "positief|positieve|welwillend|gunstig|enthousiast|lovend", ""},
	{stSupport, lexAdj, "voorstander|voorstanders|pleitbezorger", ""}, // "is (een) voorstander van"
	{stSupport, lexAdj, "waardevol|wenselijk|nuttig|zinvol|gewenst", ""},
	{stSupport, lexNoun, "steun|bijval|meerwaarde|kansen", ""},
	{stSupport, lexVerb, "steunt|steunen|steunde|steunden|ondersteunt|ondersteunen|ondersteunde|ondersteunden|ondersteun", ""},
	{stWelcome, lexVerb, "verwelkomt|verwelkomen|verwelkomde|verwelkomden|waardeert|waarderen|waardeerde|waardeerden", ""},
	{stConcern, lexVerb, "betreurt|betreuren|betreurde|betreurden", ""},
	{stOppose, lexVerb, "veroordeelt|veroordelen|veroordeelde|veroordeelden", ""},
	{stSupport, lexVerb, "benadrukt|benadrukken|benadrukte|benadrukten|onderstreept|onderstrepen|onderstreepte|onderstreepten", ""},
	{stSupport, lexVerb, "pleit|pleiten|pleitte|pleitten", ""},
	{stPriority, lexVerb, "hecht|hechten|hechtte|hechtten", ""},
	// separable verbs, their particle later in the clause
	{stSupport, lexVerb, "roept|roepen|riep|riepen", "op"},
	{stSupport, lexVerb, "dringt|dringen|drong|drongen", "aan"},
	{stSupport, lexVerb, "moedigt|moedigen|moedigde|moedigden", "aan"},
	{stWelcome, lexVerb, "juicht|juichen|juichte|juichten", "toe"},
	{stOppose, lexVerb, "wijst|wijzen|wees|wezen", "af"},
	{stOppose, lexVerb, "keurt|keuren|keurde|keurden", "af"},
	{stSupport, lexVerb, "onderschrijft|onderschrijven|onderschreef|onderschreven|bepleit|bepleiten|bepleitte|bepleitten", ""},
	// concern: doubts or worries that stop short of rejection.
	{stConcern, lexAdj, "bezorgd|kritisch|kritische|sceptisch|ongerust|huiverig|bang|bevreesd|beducht|ontevreden|aarzelend", ""},
	// what the actor judges worrying: "acht de situatie problematisch"
	{stConcern, lexAdj, "problematisch|zorgelijk|verontrustend", ""},
	{stConcern, lexNoun, "zorg|zorgen|twijfel|twijfels|vraagtekens|kanttekeningen|bedenkingen|zorgpunten|bezwaren|reserves|vrees|ongerustheid|scepsis|aarzelingen", ""},
	{stConcern, lexVerb, "twijfelt|twijfelen|twijfelde|twijfelden|vreest|vrezen|vreesde|vreesden|waarschuwt|waarschuwen|waarschuwde|waarschuwden", ""},
	// oppose: rejection.
	{stOppose, lexAdj, "onaanvaardbaar|onacceptabel|afwijzend|ontoelaatbaar|onverenigbaar", ""},
	{stOppose, lexVerb, "weigert|weigeren|weigerde|weigerden|blokkeert|blokkeren|blokkeerde|blokkeerden", ""},
	{stOppose, lexAdj, "tegenstander|tegenstanders", ""},
	{stOppose, lexNoun, "bezwaar", ""},
	{stOppose, lexVerb, "verwerpt|verwerpen|verwierp|verwierpen|afwijzen|afwijst|afwees|afwezen", ""},
	// agree: consent to a decision, a text or an outcome.
	{stAgree, lexAdj, "akkoord", ""},    // "is / gaat akkoord met"
	{stAgree, lexVerb, "instemmen", ""}, // "kan … instemmen met"
	{stAgree, lexVerb, "stemt|stemmen|stemde|stemden", "in"},
	// commit: an effort of the actor's own.
	{stCommit, lexVerb, "bevordert|bevorderen|bevorderde|bevorderden|inspannen|inzetten|stimuleert|stimuleren|stimuleerde|stimuleerden|intensiveert|intensiveren|intensiveerde|intensiveerden", ""},
	// priority: a subject ranked high.
	{stPriority, lexAdj, "essentieel|cruciaal|belangrijk|onmisbaar|prioritair|urgent", ""},
	{stPriority, lexNoun, "prioriteit|topprioriteit", ""},
	{stPriority, lexAdj, "belang", "van"}, // "acht het van (groot) belang"
	// welcome: a development others bring, greeted. Not gratitude ("ben ik
	// de Kamer erkentelijk voor de aandacht", "dankbaar"): a courtesy.
	{stWelcome, lexAdj, "blij|verheugd|ingenomen", ""},
	{stWelcome, lexNoun, "waardering", ""},
	// satisfied: an outcome judged good.
	{stSatisfied, lexAdj, "tevreden", ""},
	// reserved: holding back.
	{stReserved, lexAdj, "terughoudend|voorzichtig|behoedzaam|afwachtend", ""},
	{stReserved, lexNoun, "voorbehoud|terughoudendheid|voorzichtigheid", ""},
	// the judgement adjectives of the cue table's family (docs/stances.md,
	// "Lexicon families"), for the verbs of judging it does not list
	// ("noemde het voorstel onwenselijk", "houdt een verdeling voor
	// disproportioneel")
	{stPriority, lexAdj, "fundamenteel|onontbeerlijk|wezenlijk|noodzakelijk", ""},
	{stOppose, lexAdj, "onwenselijk|ongewenst", ""},
	{stConcern, lexAdj, "onvoldoende|disproportioneel|onevenredig|ontoereikend|onevenwichtig|onwerkbaar", ""},
	{stReserved, lexAdj, "voorbarig|prematuur", ""},
	{stSatisfied, lexAdj, "evenwichtig|uitgebalanceerd|aanvaardbaar|acceptabel|proportioneel", ""},
}

// cabinetForms are lexeme forms only the cabinet's stance: an agency that
// "ondersteunt de lidstaten" does its work ("Frontex ondersteunt
// EU-lidstaten …"), as the cue table's cabinet-only "ondersteunt".
var cabinetForms = map[string]bool{"ondersteunt": true, "ondersteunen": true, "ondersteunde": true,
	"ondersteunden": true, "ondersteun": true, "bevordert": true, "bevorderen": true, "bevorderde": true,
	"bevorderden": true, "stimuleert": true, "stimuleren": true, "stimuleerde": true, "stimuleerden": true,
	"intensiveert": true, "intensiveren": true, "intensiveerde": true, "intensiveerden": true}

// lexiconIndex maps each form to its row, built once.
var lexiconIndex = sync.OnceValue(func() map[string]*lexeme {
	idx := map[string]*lexeme{}
	for i := range lexicon {
		for _, f := range strings.Split(lexicon[i].forms, "|") {
			idx[f] = &lexicon[i]
		}
	}
	return idx
})

// lexiconVerb reports whether w is a form of a verb of the lexicon.
func lexiconVerb(w string) bool {
	l := lexiconIndex()[w]
	return l != nil && l.kind == lexVerb
}

// lexiconDefs are the cue rows the fallback's hits point at, one per
// lexeme, built once.
var lexiconDefs = sync.OnceValue(func() map[*lexeme]*cueDef {
	defs := map[*lexeme]*cueDef{}
	for i := range lexicon {
		l := &lexicon[i]
		defs[l] = &cueDef{stance: l.stance, pattern: l.forms, obj: objAfter, gap: 12}
	}
	return defs
})

// tableWords are the words of the cue table's patterns. A lexeme the table
// knows, followed by a preposition, was the table's to match ("ziet
// meerwaarde voor de lidstaten, in het bijzonder in het voorstel" is one it
// refuses: which phrase is the subject?); the fallback leaves it.
var tableWords = sync.OnceValue(func() map[string]bool {
	in := map[string]bool{}
	for _, c := range compiledCues() {
		for _, s := range c.slots {
			for w := range s.words {
				in[w] = true
			}
		}
	}
	return in
})

// roleNouns stand after the copula like an adjective, with or without
// "een": "is (een) voorstander van".
var roleNouns = map[string]bool{"voorstander": true, "voorstanders": true, "pleitbezorger": true,
	"tegenstander": true, "tegenstanders": true}

// stanceVerbs carry a predicative adjective: the copula, the verbs of
// judging, "toont zich", "staat … tegenover".
var stanceVerbs = map[string]bool{
	"is": true, "zijn": true, "was": true, "waren": true, "ben": true,
	"blijft": true, "blijven": true, "bleef": true, "bleven": true, "blijf": true,
	"acht": true, "achten": true, "achtte": true, "achtten": true,
	"vindt": true, "vinden": true, "vond": true, "vonden": true, "vind": true,
	"noemt": true, "noemen": true, "noemde": true, "noemden": true, "noem": true,
	"beschouwt": true, "beschouwen": true, "beschouwde": true, "beschouwden": true,
	"toont": true, "tonen": true, "toonde": true, "toonden": true,
	"staat": true, "staan": true, "stond": true, "stonden": true, "sta": true,
	"gaat": true, "gaan": true, "ging": true, "gingen": true, // "gaat akkoord met"
}

// finiteVerbs may stand before an inverted subject ("Daarom is Nederland
// positief", "Ook uitte Duitsland bedenkingen"): the stance verbs, the
// auxiliaries and the verbs a lexeme noun takes.
var finiteVerbs = map[string]bool{
	"heeft": true, "hebben": true, "had": true, "hadden": true, "heb": true,
	"zal": true, "zullen": true, "kan": true, "kunnen": true, "kon": true, "konden": true,
	"wil": true, "willen": true, "wilde": true, "wilden": true, "zou": true, "zouden": true,
	"ziet": true, "zien": true, "zag": true, "zagen": true, "zie": true,
	"uit": true, "uiten": true, "uitte": true, "uitten": true,
	"plaatst": true, "plaatsen": true, "plaatste": true, "plaatsten": true,
	"spreekt": true, "spreken": true, "sprak": true, "spraken": true,
	"maakt": true, "maken": true, "maakte": true, "maakten": true,
	"geeft": true, "geven": true, "gaf": true, "gaven": true,
	"betuigt": true, "betuigen": true, "betuigde": true, "betuigden": true,
	"houdt": true, "houden": true, "hield": true, "hielden": true,
}

// receiveVerbs make the actor the one who gets what the noun names
// ("Nederland ontvangt steun van …"), asks for it or reports it of others:
// no stance of its own.
var receiveVerbs = map[string]bool{
	"ontvangt": true, "ontvangen": true, "ontving": true, "ontvingen": true,
	"krijgt": true, "krijgen": true, "kreeg": true, "kregen": true,
	"zoekt": true, "zoeken": true, "zocht": true, "zochten": true,
	"vraagt": true, "vragen": true, "vroeg": true, "vroegen": true,
	"verwacht": true, "verwachten": true, "verwachtte": true, "verwachtten": true,
	"verleent": true, "biedt": true, "bieden": true, "bood": true, "boden": true,
	"neemt": true, "nemen": true, "nam": true, "namen": true,
	"benut": true, "benutten": true, "kent": true, "kennen": true,
	// a chair's report of the delegations' support (the table's
	// "constateerde brede steun" gives the member states)
	"constateert": true, "constateerde": true, "concludeert": true, "concludeerde": true,
	"noteert": true, "noteerde": true, "meldt": true, "meldde": true,
}

// clauseStops end the predicate: a relative pronoun or a conjunction that
// opens another clause.
var clauseStops = map[string]bool{"dat": true, "die": true, "welke": true, "wat": true, "omdat": true, "als": true,
	"indien": true, "wanneer": true, "zodat": true, "maar": true, "terwijl": true, "hoewel": true, "of": true,
	"waarin": true, "waarbij": true, "waarmee": true, "waardoor": true, "waarvan": true, "waarop": true,
	"nadat": true, "zodra": true, "tenzij": true, "aangezien": true, "doordat": true, "om": true}

// npModifiers may stand between a preposition and the noun it governs ("met
// [brede] steun van", "ondanks [de ernstige] zorgen").
var npModifiers = map[string]bool{"een": true, "de": true, "het": true, "zijn": true, "haar": true, "hun": true,
	"onze": true, "mijn": true, "brede": true, "breed": true, "grote": true, "groot": true, "ernstige": true,
	"nodige": true, "enige": true, "sterke": true, "volle": true, "volledige": true, "duidelijke": true,
	"politieke": true, "aanzienlijke": true, "veel": true, "eerste": true, "hoge": true, "de-": true}

// fallback reads a sentence no cue matched as a clause: an actor as the
// subject of the main clause, a lexeme of the lexicon in its predicate.
// It returns the positions found, at most one.
func (sc *sentenceCtx) fallback(prevPos *posReading) []posReading {
	toks := sc.toks
	if len(toks) < 3 {
		return nil
	}
	idx := lexiconIndex()
	found := false
	for _, t := range toks {
		if idx[t.lower] != nil {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	actors := sc.cands
	if actors == nil {
		actors = sc.actorCandidates()
		sc.cands = actors
	}
	for _, m := range sc.clauseSubjects(actors) {
		if r, ok := sc.fallbackClause(prevPos, actors, m.actor, m.verb); ok {
			return []posReading{r}
		}
	}
	return nil
}

// fallbackClause reads the clause of subject a with its finite verb at
// token verb: the first lexeme that fits its predicate makes the position.
func (sc *sentenceCtx) fallbackClause(prevPos *posReading, actors []posActor, a posActor, verb int) (posReading, bool) {
	toks := sc.toks
	idx := lexiconIndex()
	if a.pronoun {
		// "Wat de CIE betreft …, en zij is dan ook bang dat …": an actor
		// before it in the sentence, the actor of the position before in
		// the paragraph, or the subject of the sentence before. actorOf
		// resolves a pronoun in the same order but also takes an opinion's
		// owner after a preposition and walks further back
		// (chainedSubject, actors_more.go); this fallback does neither.
		var r posActor
		found := false
		for _, c := range actors {
			if c.t0 < a.t0 && !c.pronoun && c.prep == "" {
				r, found = c, true
				break
			}
		}
		switch {
		case found:
		case prevPos != nil:
			r = prevPos.actor
		default:
			var ok bool
			if r, ok = sc.previousSubject(); !ok {
				return posReading{}, false
			}
		}
		r.words = lowerFirst(r.words)
		r.t0, r.t1 = a.t0, a.t1
		a = r
	}
	// the predicate: from the finite verb to the end of its clause
	from := min(verb, a.t0)
	end := clauseEndToken(sc.rs, toks, max(verb, a.t1-1), true)
	for k := max(verb, a.t1); k <= end; k++ {
		if clauseStops[toks[k].lower] && k > max(verb, a.t1) {
			end = k - 1
			break
		}
	}
	for k := verb; k <= end; k++ {
		if k >= a.t0 && k < a.t1 {
			continue
		}
		l := idx[toks[k].lower]
		if l == nil || !sc.lexemeFits(l, k, verb, a) {
			continue
		}
		h := cueHit{def: lexiconDefs()[l], fixed: []int{k}}
		if sc.indirectQuestion(h) || sc.conditionClause(h, a) || sc.deniedOrHearsay(h) || sc.procedural(h) {
			return posReading{}, false
		}
		skip := map[int]bool{}
		for t := a.t0; t < a.t1; t++ {
			skip[t] = true
		}
		r := posReading{stanceReading: readStance(sc.rs, toks, h, skip, from, len(toks)-1), actor: a, first: k, cueEnd: k}
		// a negation between the verb and the lexeme turns it: "is niet
		// positief", "heeft geen bezwaar"
		if !r.negated {
			for j := max(verb+1, a.t1); j < k; j++ {
				if negators[toks[j].lower] && !contrastNegation(toks, j) {
					r.negated = true
					r.stance = r.base.negated()
					break
				}
			}
		}
		if r.negated && r.base == stOppose && l.kind == lexNoun {
			r.stance = stAgree // "heeft geen bezwaar tegen": consent
		}
		next := end + 1
		if k+1 < len(toks) && (toks[k+1].lower == "dat" || toks[k+1].lower == "om") {
			next = len(toks) // "acht het van belang [dat …]": the clause is the subject
		}
		sc.subjectOf(&r, h, a, next)
		if strings.TrimSpace(r.subject) == "" {
			// "noemde [het voorstel] onmisbaar": the object stands between
			// the verb and the adjective
			s0, e0 := max(verb, a.t1-1)+1, k-1
			for e0 >= s0 && (negators[toks[e0].lower] || cueAdverbAt(toks, e0) > 0) {
				e0--
			}
			if e0 > s0 || e0 == s0 && !anaphoricWords[toks[s0].lower] {
				r.subject, r.span = trimSubject(sc.text(s0, e0)), [2]int{s0, e0}
			}
		}
		sc.refine(&r, h, actors)
		sc.inheritSubject(&r, prevPos)
		return r, true
	}
	return posReading{}, false
}

// clauseSubjects finds the actors that are the grammatical subject of a
// main clause of the sentence, each with the token of its finite verb: the actor opens
// the sentence and the verb follows it ("Het kabinet is positief"), or the
// verb stands right before it after a fronted phrase without a
// subordinate clause ("Daarom is Nederland positief"). Actors after a
// preposition and implicit ones are no subject here; a pronoun is, and
// fallback resolves it.
func (sc *sentenceCtx) clauseSubjects(actors []posActor) []clauseSubject {
	toks := sc.toks
	var out []clauseSubject
	for _, c := range actors {
		if c.prep != "" || c.implicit || c.t0 < 0 || c.t1 >= len(toks) {
			continue
		}
		// SV order: the actor opens the sentence, at most after "ook", or
		// a main clause after ", en" / ", maar"
		start := c.t0 == 0 || c.t0 == 1 && (toks[0].lower == "ook" || toks[0].lower == "zowel" || toks[0].lower == "alleen") ||
			sc.coordinatedClause(c.t0)
		if start && !strings.ContainsAny(string(sc.rs[toks[c.t1-1].end:toks[c.t1].start]), ",;:()") {
			out = append(out, clauseSubject{c, c.t1})
			continue
		}
		// VS order: a finite verb right before the actor, nothing that
		// opens a subordinate clause before it
		v := c.t0 - 1
		if v < 1 || !(stanceVerbs[toks[v].lower] || finiteVerbs[toks[v].lower] || lexiconVerb(toks[v].lower)) {
			continue
		}
		sub := false
		for j := 0; j < v; j++ {
			if w := toks[j].lower; clauseStops[w] || subordinators[w] || conditionOpeners[w] {
				sub = true
				break
			}
		}
		if !sub {
			out = append(out, clauseSubject{c, v})
		}
	}
	return out
}

// clauseSubject is the subject of a main clause and its finite verb.
type clauseSubject struct {
	actor posActor
	verb  int
}

// coordinatedClause reports whether token k opens a main clause
// coordinated after a comma: "…, en [zij] is dan ook bang dat …".
func (sc *sentenceCtx) coordinatedClause(k int) bool {
	if k < 2 {
		return false
	}
	w := sc.toks[k-1].lower
	return (w == "en" || w == "maar") && strings.Contains(string(sc.rs[sc.toks[k-2].end:sc.toks[k-1].start]), ",")
}

// lexemeFits reports whether the lexeme l at token k stands in the
// predicate of the clause with finite verb verb and subject a.
func (sc *sentenceCtx) lexemeFits(l *lexeme, k, verb int, a posActor) bool {
	toks := sc.toks
	prev := toks[k-1].lower
	next := ""
	if k+1 < len(toks) && !strings.ContainsAny(string(sc.rs[toks[k].end:toks[k+1].start]), ",;:.()") {
		next = toks[k+1].lower
	}
	if l.after != "" && l.kind == lexVerb {
		// "roept de Commissie op tot …": the particle in the clause
		end := clauseEndToken(sc.rs, toks, k, true)
		found := false
		for j := k + 1; j <= end && !found; j++ {
			// a particle, not a preposition before its noun ("op de agenda")
			found = toks[j].lower == l.after && (j+1 >= len(toks) || !determiners[toks[j+1].lower])
		}
		if !found {
			return false
		}
	} else if l.after != "" {
		// "van [groot] belang": the phrase stands as an adjective
		if toks[k-1].lower != l.after && (k < 2 || toks[k-2].lower != l.after) {
			return false
		}
		prev = "" // "van" is the phrase's own, no preposition before a noun
	}
	if functionWords[next] && tableWords()[toks[k].lower] && !sc.x.clauseOnly {
		return false // the table's refusal stands
	}
	if cabinetForms[toks[k].lower] && !a.cabinet {
		return false
	}
	switch l.kind {
	case lexAdj:
		if !sc.stanceVerbBefore(k, verb, a) {
			return false
		}
		if roleNouns[toks[k].lower] && prev == "een" {
			prev = "" // "is een voorstander van": a role, not an attribute
		}
		if prev == "een" || prev == "de" || prev == "het" && k > 1 && !stanceVerbs[toks[k-2].lower] && toks[k-2].lower != "acht" {
			return false // "een belangrijk voorstel", but "acht het essentieel"
		}
		// predicative: nothing but a preposition, "dat", "om", "te" or the
		// clause's end after it; not a noun it describes
		return next == "" || functionWords[next] || next == "en" || next == "tegenover" || next == "is" || next == "zijn" ||
			next == "blijft" || next == "was" || next == "geweest"
	case lexNoun:
		if receiveVerbs[toks[verb].lower] {
			return false // "Nederland ontvangt steun van …"
		}
		if next == "van" || next == "door" || next == "nodig" || next == "is" || next == "zijn" || next == "bestaat" {
			return false // "de steun van Frankrijk": another's
		}
		j := k - 1
		for j > verb && npModifiers[toks[j].lower] {
			j--
		}
		if j > verb && j != a.t1-1 && (actorPreps[toks[j].lower] || functionWords[toks[j].lower] || toks[j].lower == "ondanks" ||
			toks[j].lower == "zonder" || toks[j].lower == "dankzij") {
			return false // "met (brede) steun van", "ondanks de zorgen"
		}
		return true
	case lexVerb:
		// the finite verb itself ("Nederland onderschrijft X"), or the
		// infinitive that closes the clause of an auxiliary ("Nederland
		// zal dit bevorderen")
		return k == verb || finiteVerbs[toks[verb].lower] && (next == "" || functionWords[next])
	}
	return false
}

// stanceVerbBefore reports whether a stance-bearing verb carries the
// adjective at token k: the finite verb itself, or a verb of the
// predicate before the adjective ("zal kritisch blijven" after it).
func (sc *sentenceCtx) stanceVerbBefore(k, verb int, a posActor) bool {
	toks := sc.toks
	if stanceVerbs[toks[verb].lower] {
		return true
	}
	for j := verb + 1; j < len(toks) && j <= k+2; j++ {
		if j >= a.t0 && j < a.t1 {
			continue
		}
		if w := toks[j].lower; w == "blijven" || w == "zijn" || w == "staan" || w == "achten" || w == "vinden" {
			return true
		}
	}
	return false
}
