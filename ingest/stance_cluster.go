package ingest

import "strings"

// Which stance a cue takes from its object or its verb cluster, and which
// sentences hold no position at all (issue 12, round 6; docs/stances.md,
// "The stance of the verb cluster, and sentences that are no position").
//
// Dutch puts the finite verb second and the rest of the verb cluster at
// the end of the clause: "Het kabinet zal [het belang van X] benadrukken",
// "De leden willen [hun zorgen] uitspreken over X". The finite modal
// (zal, wil, kan, blijft, zou) only frames the clause; the infinitive at
// the clause's end is the verb that says what the actor does, so it
// decides the stance, and the modal makes no position of its own.
// Pointing to the importance of something ("wijst op het belang van / om /
// dat") ranks it high: priority, as convention 20 of docs/stances.md has
// it, in every tense and order; pointing to a risk or a development stays
// concern.
//
// No position: a promise or a request cited in a comparative clause
// ("zoals ik u heb toegezegd", "zoals gevraagd door het lid X") refers to
// correspondence that the sentence itself carries out; "het" as the dummy
// subject of a modal ("Het zal nog enkele maanden duren") is no actor.
//
// Evaluative idioms of a speaker with a demonstrative subject ("Dat is
// mooi, want …", "Dit is op zichzelf goed nieuws.") judge what the
// sentence before said, as "Het is goed dat …" judges its dat-clause.

// Modals and aspect verbs whose infinitive closes the clause.
const clusterModalV = canV + "|" + willV + "|zou|zouden|wil|willen|wilde|wilden|blijft|blijven|blijf|bleef|bleven"

// clusterJudgements are the adjectives of "Dat / Dit is <adj>" closing its
// clause, by class: the impersonal judgements of a debate (debate.go),
// without the ones that also describe a fact ("ernstig", "vreemd").
const (
	clusterWelcome = "goed|positief|mooi|prima|fijn|verheugend|terecht|hoopgevend|bemoedigend|uitstekend|prachtig|winst"
	clusterConcern = "zorgelijk|zorgwekkend|jammer|teleurstellend|onbegrijpelijk|spijtig|betreurenswaardig|verontrustend|kwalijk|triest|schrijnend|onterecht|slecht|zonde|problematisch"
	clusterOppose  = "onaanvaardbaar|onacceptabel|ontoelaatbaar|onverteerbaar"
)

// stanceClusterCues are the rows of this file (cueTable, stances.go).
var stanceClusterCues = []cueDef{
	// pointing to the importance of something ranks it high (convention
	// 20): "wees op het belang om …", "heeft in zijn inbreng gewezen op het
	// belang van …"
	{stance: stPriority, pattern: "wijst|wijzen|wees|wezen|wijs … op het belang om|dat", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: hasV + " … gewezen op het belang van|om|dat", obj: objAfter, gap: 12},
	{stance: stPriority, pattern: hasV + " … op het belang van|om … gewezen", obj: objGap, gap: 12, flags: closedGap | clauseFinal},
	// the order of a subordinate clause: "dat Nederland op het belang van
	// X wees", "… op het belang van X heeft gewezen"
	{stance: stPriority, pattern: "op het belang van|om … wijst|wijzen|wees|wezen", obj: objGap, gap: 12, flags: closedGap | clauseFinal | verbFinal},
	{stance: stPriority, pattern: "op het belang van|om … " + hasV + "|" + willV + "|" + canV + " gewezen|wijzen", obj: objGap, gap: 12, flags: closedGap | clauseFinal | verbFinal},
	{stance: stPriority, pattern: "op het belang van|om … gewezen " + hasV, obj: objGap, gap: 12, flags: closedGap | clauseFinal | verbFinal},
	// stressing the importance: "benadrukt het belang om …"
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten … het belang om|dat", obj: objAfter, gap: 6, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … het belang benadrukt|onderstreept om", obj: objAfter, gap: 4},
	// the infinitive at the clause's end decides: "zal hierbij [het
	// gevoel van urgentie] benadrukken", "blijft [dit] onderstrepen"
	{stance: stSupport, pattern: clusterModalV + " … benadrukken|onderstrepen|beklemtonen", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	{stance: stPriority, pattern: clusterModalV + " … wijzen op het belang van|om|dat", obj: objAfter, gap: 12, flags: closedGap},
	{stance: stConcern, pattern: clusterModalV + " … betreuren|bekritiseren|aankaarten", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	// "wil" before the stance infinitives the rows of "kan / zal … steunen"
	// know (stances.go): "Duitsland wil het voorstel (niet) steunen" is the
	// support (oppose), its object in the gap, no wish of its own
	{stance: stSupport, pattern: "wil|willen|wilde|wilden … steunen|ondersteunen|onderschrijven|omarmen|bepleiten", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	{stance: stWelcome, pattern: "wil|willen|wilde|wilden … verwelkomen|toejuichen|waarderen", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	{stance: stOppose, pattern: "wil|willen|wilde|wilden … afwijzen|verwerpen|veroordelen|blokkeren", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	{stance: stAgree, pattern: "wil|willen|wilde|wilden … aanvaarden|accepteren|goedkeuren", obj: objGap, gap: 20, flags: closedGap | clauseFinal},
	// a demonstrative subject judged: "Dat is mooi, want …", "Dit is op
	// zichzelf goed nieuws."
	{stance: stWelcome, pattern: "dat|dit is|was … " + clusterWelcome, obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	{stance: stWelcome, pattern: "dat|dit is|was … goed nieuws", obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	{stance: stConcern, pattern: "dat|dit is|was … " + clusterConcern, obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	{stance: stOppose, pattern: "dat|dit is|was … " + clusterOppose, obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	// a noun predicate: "Dat is een goede stap.", "Dit is een gemiste kans."
	{stance: stWelcome, pattern: "dat|dit is|was … een goede|positieve|mooie|verstandige|belangrijke zaak|stap|ontwikkeling|keuze|beslissing|zet", obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	{stance: stConcern, pattern: "dat|dit is|was … een slechte|verkeerde|zorgelijke|kwalijke|onverstandige|teleurstellende zaak|stap|ontwikkeling|keuze|beslissing|zet", obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	{stance: stConcern, pattern: "dat|dit is|was … een gemiste kans|schande", obj: objBefore, gap: 3, flags: closedGap | clauseFinal | impersonal},
	// the demonstrative as the object of "vinden": "Dat vind ik mooi.",
	// "Ik vind dit zorgelijk." (demonstrativeObject)
	{stance: stWelcome, pattern: "vind|vindt|vinden|vond|vonden … " + clusterWelcome, obj: objAfter, gap: 4, flags: closedGap | clauseFinal},
	{stance: stConcern, pattern: "vind|vindt|vinden|vond|vonden … " + clusterConcern, obj: objAfter, gap: 4, flags: closedGap | clauseFinal},
	{stance: stOppose, pattern: "vind|vindt|vinden|vond|vonden … " + clusterOppose, obj: objAfter, gap: 4, flags: closedGap | clauseFinal},
	{stance: stWelcome, pattern: "vind|vindt|vinden|vond|vonden dat|dit … " + clusterWelcome, obj: objAfter, gap: 2, flags: closedGap | clauseFinal},
	{stance: stConcern, pattern: "vind|vindt|vinden|vond|vonden dat|dit … " + clusterConcern, obj: objAfter, gap: 2, flags: closedGap | clauseFinal},
	{stance: stOppose, pattern: "vind|vindt|vinden|vond|vonden dat|dit … " + clusterOppose, obj: objAfter, gap: 2, flags: closedGap | clauseFinal},
	// seeing, hearing, reading it judged: "Het is goed om te zien dat …"
	{stance: stWelcome, pattern: "is|was … goed|mooi|fijn|prettig|bemoedigend|hoopgevend|verheugend om te zien|horen|lezen|constateren", obj: objAfter, gap: 3, flags: strictGap | impersonal},
	{stance: stConcern, pattern: "is|was … zorgelijk|triest|pijnlijk|teleurstellend|schrijnend|verontrustend|zorgwekkend om te zien|horen|lezen|constateren", obj: objAfter, gap: 3, flags: strictGap | impersonal},
}

// demonstrativeJudgement reports whether h is a row "Dat / Dit is <adj>"
// or "Dat vind ik <adj>", "Ik vind dat <adj>".
func demonstrativeJudgement(h cueHit) bool {
	p := h.def.pattern
	return strings.HasPrefix(p, "dat|dit is|was … ") || demonstrativeRow[p] || strings.HasPrefix(p, "vind|vindt|vinden|vond|vonden dat|dit … ")
}

// demonstrativeRow holds the patterns of the "vinden" rows of this file.
var demonstrativeRow = map[string]bool{
	"vind|vindt|vinden|vond|vonden … " + clusterWelcome: true,
	"vind|vindt|vinden|vond|vonden … " + clusterConcern: true,
	"vind|vindt|vinden|vond|vonden … " + clusterOppose:  true,
}

// demonstrativeObject reports whether the "vinden" cue h judges a
// demonstrative: "Dat / Dit" opening the clause right before it ("Dat vind
// ik mooi"), or "dat / dit" in its gap ("Ik vind dat jammer").
func (sc *sentenceCtx) demonstrativeObject(h cueHit) bool {
	f := h.first()
	if f > 0 && (sc.toks[f-1].lower == "dat" || sc.toks[f-1].lower == "dit") && sc.opensClause(f-1) {
		return true
	}
	for _, k := range h.gapTokens() {
		if w := sc.toks[k].lower; w == "dat" || w == "dit" {
			return true
		}
	}
	return false
}

// noOwnPosition reports whether cue h, read for actor a, makes no position
// of its own (the hook in read, positions.go): a third party's modal whose
// clause holds a stance cue of its own ("willen hun zorgen uitspreken
// over"), the dummy "het" of a modal ("Het zal nog enkele maanden
// duren"), a promise or request cited by "zoals" for correspondence, and
// a demonstrative judgement that does not open its clause.
func (sc *sentenceCtx) noOwnPosition(h cueHit, later []cueHit, a posActor, actors []posActor, prev *posActor) bool {
	toks := sc.toks
	switch {
	case h.def.flags&thirdParty != 0 && len(h.fixed) == 1 && sc.clusterStance(h, later, actors, prev):
		return true
	case h.def.flags&cabinetOnly != 0 && len(h.fixed) == 1 && a.t0 >= 0 && a.t1 == a.t0+1 && toks[a.t0].lower == "het":
		return true
	case h.def.flags&promise != 0 && sc.comparativeZoals(h.first()):
		return true
	case strings.HasPrefix(h.def.pattern, "zoals ") && sc.correspondence(h.first()):
		return true
	case demonstrativeJudgement(h) && strings.HasPrefix(h.def.pattern, "dat|dit") && !sc.opensClause(h.first()):
		return true
	case demonstrativeRow[h.def.pattern] && !sc.demonstrativeObject(h):
		return true // "vindt de situatie zorgelijk": left to the evaluative predicates
	}
	return false
}

// clusterStance reports whether a cue after the modal h, in its clause,
// makes a position itself: "De leden willen [hun zorgen uitspreken over]
// X" is the concern, not a wish of its own.
func (sc *sentenceCtx) clusterStance(h cueHit, later []cueHit, actors []posActor, prev *posActor) bool {
	end := clauseEndToken(sc.rs, sc.toks, h.last(), false)
	var in []cueHit
	for _, g := range later {
		// a bare verb cue closing the clause ("wil het voorstel
		// steunen") has its object in the modal's gap: the modal reads it
		if g.first() > h.last() && g.first() <= end && len(g.fixed) > 1 {
			in = append(in, g)
		}
	}
	return len(in) > 0 && sc.laterStance(in, actors, prev)
}

// comparativeZoals reports whether a comparative "zoals" opens the clause
// of the cue at token f ("zoals ik u heb toegezegd", "Zoals eerder
// toegezegd"): the promise cited is the one the sentence keeps.
func (sc *sentenceCtx) comparativeZoals(f int) bool {
	for k := f - 1; k >= 0 && f-k <= 8; k-- {
		if sc.toks[k].lower == "zoals" {
			return true
		}
		if strings.ContainsAny(string(sc.rs[sc.toks[k].end:sc.toks[k+1].start]), ",;:") {
			return false
		}
	}
	return false
}

// correspondenceVerbs send or present a text to its addressee.
var correspondenceVerbs = map[string]bool{"bied": true, "biedt": true, "bieden": true, "stuur": true, "stuurt": true,
	"sturen": true, "zend": true, "zendt": true, "zenden": true, "informeer": true, "informeert": true,
	"informeren": true, "toegezonden": true, "toegestuurd": true, "aangeboden": true, "verzonden": true,
	"geïnformeerd": true, "aanbieden": true, "toesturen": true, "toezenden": true}

// correspondence reports whether the clause before "zoals" at token f
// sends or presents a text to the Kamer ("bieden we uw Kamer een brief
// aan …, zoals gevraagd door het lid X"): a request for a letter, which
// the letter answers, no stance of the one who asked.
func (sc *sentenceCtx) correspondence(f int) bool {
	verb := false
	for k := 0; k < f; k++ {
		if correspondenceVerbs[sc.toks[k].lower] {
			verb = true
		}
	}
	return verb && (sc.kamerIn(-1, f-1) || sc.addresseeU(f))
}

// addresseeU reports whether "u" stands before token f: the addressee of
// the letter ("stuur ik u").
func (sc *sentenceCtx) addresseeU(f int) bool {
	for k := 0; k < f; k++ {
		if sc.toks[k].lower == "u" {
			return true
		}
	}
	return false
}

// opensClause reports whether token f opens its sentence or a clause (a
// comma, a semicolon or a coordinating conjunction after one before it).
func (sc *sentenceCtx) opensClause(f int) bool {
	if f == 0 {
		return true
	}
	if strings.ContainsAny(string(sc.rs[sc.toks[f-1].end:sc.toks[f].start]), ",;:") {
		return true
	}
	switch sc.toks[f-1].lower {
	case "maar", "en", "want", "dus":
		return f == 1 || strings.ContainsAny(string(sc.rs[sc.toks[f-2].end:sc.toks[f-1].start]), ",;:")
	}
	return false
}

// clusterRefine gives "Dat / Dit is <adj>" the sentence before as its
// subject, the one the demonstrative points to; and reads a member's "zou
// graag zien dat …" as a call (support): a member of parliament wishes what
// the government or another body should do, as "vraagt … om" asks it,
// where the cabinet's own "zou graag zien dat" names the outcome it
// prefers.
func (sc *sentenceCtx) clusterRefine(r *posReading, h cueHit) {
	if demonstrativeJudgement(h) {
		if q, refs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject, r.subjects = sc.text(h.first(), h.first()), q, refs
		}
		return
	}
	if r.stance == stPreference && r.base == stPreference && r.actor.member && strings.Contains(h.def.pattern, "graag") &&
		h.last()+1 < len(sc.toks) && sc.toks[h.last()+1].lower == "dat" {
		r.stance, r.base = stSupport, stSupport
	}
}
