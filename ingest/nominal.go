package ingest

import (
	"slices"
	"strings"

	"jhagraph/graph"
)

// Nominal stance frames (issue 12, round 6): the stance is carried by a
// noun or a fixed phrase and its actor is no clause subject but the owner
// of the noun ("De inzet van het kabinet blijft gericht op …", "Het
// uitgangspunt van het kabinet ten aanzien van X is …"), the actor of an
// emotion ("tot teleurstelling van de VVD"), the viewpoint of "wat X
// betreft" or the Dutch stance a text is measured against ("is in lijn met
// de Nederlandse inzet"). docs/stances.md, "Nominal stance frames", has
// the rules; nominalHits turns each frame into a cue hit whose fixed
// tokens lead actorOf to the owner, so the rest of the reading (negation,
// conditions, subject, merging) is the cue table's.

// nounKind is the class of stance a frame noun carries.
type nounKind uint8

const (
	nkAim        nounKind = iota + 1 // inzet, insteek, streven, ambitie, doel: commit
	nkPreference                     // voorkeur, uitgangspunt, wens: preference
	nkPriority                       // prioriteit, speerpunt: priority
	nkOpinion                        // standpunt, opvatting, mening, visie, positie, oordeel: the clause decides
)

// nominalNouns are the nouns of the owner frames with their class; plural
// forms take a plural copula.
var nominalNouns = map[string]nounKind{
	"inzet": nkAim, "insteek": nkAim, "streven": nkAim, "ambitie": nkAim, "ambities": nkAim,
	"doel": nkAim, "doelen": nkAim, "doelstelling": nkAim, "doelstellingen": nkAim, "einddoel": nkAim,
	"voorkeur": nkPreference, "uitgangspunt": nkPreference, "uitgangspunten": nkPreference,
	"wens": nkPreference, "wensen": nkPreference, "voorkeursoptie": nkPreference,
	"prioriteit": nkPriority, "prioriteiten": nkPriority, "topprioriteit": nkPriority,
	"speerpunt": nkPriority, "speerpunten": nkPriority,
	"standpunt": nkOpinion, "opvatting": nkOpinion, "mening": nkOpinion, "visie": nkOpinion,
	"overtuiging": nkOpinion, "positie": nkOpinion, "oordeel": nkOpinion, "inschatting": nkOpinion,
}

// frameCopulas are the finite verbs that link a frame noun to its content;
// frameModals take "zijn" or "blijven" after them.
var (
	frameCopulas = map[string]bool{"is": true, "was": true, "blijft": true, "bleef": true, "lijkt": true, "leek": true,
		"zijn": true, "waren": true, "blijven": true, "bleven": true}
	frameModals = map[string]bool{"zal": true, "zou": true, "zullen": true, "zouden": true, "moet": true, "kan": true}
	// frameAdverbs may stand between the copula and the content: "is dan
	// ook gericht op", "blijft onverminderd gericht op", "is in de eerste
	// plaats om".
	frameAdverbs = map[string]bool{"ook": true, "dan": true, "daarom": true, "nog": true, "steeds": true, "altijd": true,
		"onverminderd": true, "primair": true, "vooral": true, "allereerst": true, "eerst": true, "hierbij": true,
		"daarbij": true, "nadrukkelijk": true, "onveranderd": true, "nu": true, "dus": true, "wel": true, "niet": true,
		"hoofdzakelijk": true, "voornamelijk": true, "sterk": true, "duidelijk": true, "altijd al": true, "immers": true,
		"mede": true, "eveneens": true, "tevens": true, "nog steeds": true, "juist": true, "vanzelfsprekend": true,
		"uitdrukkelijk": true, "met": true, "name": true, "in": true, "de": true, "eerste": true, "plaats": true}
	// judgedAs are the predicates of a judgement noun ("Het standpunt van
	// X over Y is positief") by the class they give.
	judgedAs = map[string]stance{"positief": stSupport, "negatief": stOppose, "kritisch": stConcern,
		"terughoudend": stReserved, "afwachtend": stReserved, "positief-kritisch": stReserved, "sceptisch": stConcern}
	// deliberativeBodies are the organisations whose "inzet", "wat X
	// betreft" is a stance; an agency's "inzet" is its deployment ("De
	// inzet van Frontex is gericht op de buitengrens").
	deliberativeBodies = map[string]bool{"european-commission": true, "council-of-the-eu": true, "european-council": true,
		"ep": true, "jha-council": true, "coreper": true, "libe": true, "femm": true, "juri": true, "council-of-europe": true}
	// emotionNouns after "tot" by the class they give: "tot teleurstelling
	// van de VVD", "tot grote tevredenheid van het kabinet".
	emotionNouns = map[string]stance{"teleurstelling": stConcern, "spijt": stConcern, "ongenoegen": stConcern,
		"verbazing": stConcern, "ontsteltenis": stConcern, "zorg": stConcern, "bezorgdheid": stConcern,
		"ergernis": stConcern, "onvrede": stConcern, "frustratie": stConcern, "verontrusting": stConcern,
		"tevredenheid": stSatisfied, "genoegen": stSatisfied, "voldoening": stSatisfied, "vreugde": stSatisfied,
		"opluchting": stSatisfied, "blijdschap": stSatisfied}
	emotionDegrees = map[string]bool{"grote": true, "groot": true, "diepe": true, "enige": true, "zekere": true}
	// dutchStanceNouns name the Dutch stance a text is measured against:
	// "de Nederlandse inzet", "het kabinetsstandpunt", "de wensen van
	// Nederland".
	dutchStanceNouns = map[string]bool{"inzet": true, "standpunt": true, "positie": true, "wens": true, "wensen": true,
		"beleid": true, "beleidsuitgangspunten": true, "uitgangspunten": true, "uitgangspunt": true, "insteek": true,
		"voorkeur": true, "opvatting": true, "visie": true, "prioriteiten": true, "belangen": true, "lijn": true}
	dutchCompounds = map[string]bool{"kabinetsinzet": true, "kabinetsstandpunt": true, "kabinetspositie": true,
		"kabinetsvisie": true, "kabinetsbeleid": true, "kabinetslijn": true, "regeringsstandpunt": true}
	// notPreferred are predicates of a preference noun that tell what is
	// known of it or what became of it, no preference: "Het uitgangspunt
	// van X is bekend", "De wens van X is ingewilligd".
	notPreferred = map[string]bool{"bekend": true, "onbekend": true, "duidelijk": true, "onduidelijk": true, "helder": true,
		"ongewijzigd": true, "onveranderd": true, "gelijk": true, "dezelfde": true, "anders": true, "ingewilligd": true,
		"vervuld": true, "overgenomen": true, "uitgekomen": true, "verwezenlijkt": true, "opgenomen": true, "verwerkt": true}
	// nominalTriggers: a sentence without one of these words holds no frame.
	nominalTriggers = func() map[string]bool {
		m := map[string]bool{"tot": true, "naar": true, "wat": true, "lijn": true, "overeenstemming": true,
			"strookt": true, "stroken": true, "strookte": true, "strookten": true, "overeen": true, "tegemoet": true, "aan": true}
		for w := range nominalNouns {
			m[w] = true
		}
		return m
	}()
)

// nominalCues are the frames whose actor is the clause's subject and whose
// stance a noun after "als" carries: "Het kabinet heeft als doel om …",
// "heeft Nederland als uitgangspunt dat …", "Het voorzitterschap heeft
// als prioriteit …" (cueTable, stances.go).
var nominalCues = []cueDef{
	{stance: stCommit, pattern: hasV + " … als doel|doelstelling|inzet|insteek|ambitie|streven|einddoel", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPreference, pattern: hasV + " … als uitgangspunt|voorkeur|wens", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: hasV + " … als prioriteit|topprioriteit|speerpunt", obj: objAfter, gap: 3, flags: strictGap},
}

// nominalHits adds the hits of the nominal frames to those of the cue
// table; a table hit that overlaps a frame's words yields to it.
func (sc *sentenceCtx) nominalHits(hits []cueHit) []cueHit {
	toks := sc.toks
	var at [16]int
	trig := at[:0]
	for i := range toks {
		if nominalTriggers[toks[i].lower] {
			trig = append(trig, i)
		}
	}
	if len(trig) == 0 {
		return hits
	}
	var cands []posActor
	read := false
	candidates := func() []posActor {
		if !read {
			cands, read = sc.dropLabelActors(sc.actorCandidates()), true
		}
		return cands
	}
	var add []cueHit
	var drop []cueHit // table hits a frame replaces (its inner cue)
	for _, i := range trig {
		w := toks[i].lower
		var h cueHit
		ok := false
		switch {
		case nominalNouns[w] != 0:
			reject := false
			h, ok = sc.ownerFrame(i, candidates, hits, &drop, &reject)
			if reject {
				// "De inzet van Frontex is gericht op", "De inzet van het
				// kabinet is bekend": no stance, whatever a table row says
				for _, o := range hits {
					if o.first() == i && o.def.flags&actorAfter != 0 {
						drop = append(drop, o)
					}
				}
			}
		case w == "tot" || w == "naar":
			h, ok = sc.emotionFrame(i, candidates)
		case w == "wat":
			h, ok = sc.viewpointFrame(i, candidates)
			for _, o := range hits {
				if !ok && o.first() == i && strings.HasPrefix(o.def.pattern, "wat … betreft") && sc.sayingAfter(o.last()) {
					drop = append(drop, o) // "Wat Duitsland betreft moet worden opgemerkt": a topic
				}
			}
		default:
			h, ok = sc.measuredFrame(i)
		}
		if ok && !overlapsAny(h, add) {
			add = append(add, h)
		}
	}
	if len(add) == 0 && len(drop) == 0 {
		return hits
	}
	out := make([]cueHit, 0, len(hits)+len(add))
	for _, o := range hits {
		if frameOverlap(o, add) || slices.ContainsFunc(drop, func(d cueHit) bool { return d.def == o.def && d.first() == o.first() }) {
			continue
		}
		out = append(out, o)
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b cueHit) int { return a.first() - b.first() })
	return out
}

// frameOverlap reports whether hit o starts inside the stretch of one of
// the frame hits, or spans a frame's first word.
func frameOverlap(o cueHit, frames []cueHit) bool {
	for _, f := range frames {
		if o.first() >= f.first() && o.first() <= f.last() || o.first() < f.first() && o.last() >= f.first() {
			return true
		}
	}
	return false
}

// clauseBreak reports whether punctuation that ends a phrase stands
// between tokens k-1 and k.
func (sc *sentenceCtx) clauseBreak(k int) bool {
	return k > 0 && strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ",;:()")
}

// validOwner reports whether candidate c may own a frame noun: a state,
// the cabinet, a group without a node, or a deliberative body (for
// "inzet" an agency's is its deployment).
func validOwner(c posActor) bool {
	if c.pronoun || c.implicit {
		return false
	}
	for _, r := range c.refs {
		if r.Kind == graph.KindOrganisation && !deliberativeBodies[r.Key] {
			return false
		}
		if r.Kind != graph.KindOrganisation && r.Kind != graph.KindCountry {
			return false
		}
	}
	return len(c.refs) > 0 || c.cabinet || c.words != ""
}

// meetingOwner: a Council, whose "doel" is that of its meeting.
func meetingOwner(c posActor) bool {
	for _, r := range c.refs {
		if r.Key == "council-of-the-eu" || r.Key == "jha-council" || r.Key == "european-council" || r.Key == "coreper" {
			return true
		}
	}
	return false
}

// ownerAt returns the candidate that starts at token k after "van" or
// "wat", or after an article there that is no part of it ("van de VVD").
func (sc *sentenceCtx) ownerAt(cands []posActor, k int) *posActor {
	for i := range cands {
		c := &cands[i]
		if c.t0 == k || c.t0 == k+1 && (sc.toks[k].lower == "de" || sc.toks[k].lower == "het") && c.prep == "" {
			return c
		}
	}
	return nil
}

// nominalDef makes the row of a frame hit.
func nominalDef(st stance, pattern string, obj objectAt, flags cueFlags) *cueDef {
	return &cueDef{stance: st, pattern: "nominal: " + pattern, obj: obj, gap: 20, flags: flags}
}

// ownerFrame reads "<det> (adj) <noun> van <owner> [PP] <copula> <content>",
// "<det> <Nederlandse> <noun> [PP] <copula> <content>" and the inverted
// "<copula> de <noun> van <owner> gericht op / om …" with noun at token i.
//
// reject is set where the words are the frame's but say no stance: an
// agency's "inzet" (its deployment), an aim judged by an adjective.
func (sc *sentenceCtx) ownerFrame(i int, candidates func() []posActor, hits []cueHit, drop *[]cueHit, reject *bool) (cueHit, bool) {
	toks := sc.toks
	n := len(toks)
	kind := nominalNouns[toks[i].lower]
	// the determiner before the noun, across up to two adjectives ("De
	// primaire inzet", "Het uiteindelijke doel") or a country adjective
	d := i - 1
	for d >= 0 && i-d <= 3 && !determiners[toks[d].lower] && toks[d].lower != "onze" && toks[d].lower != "mijn" {
		if sc.clauseBreak(d+1) || startsUpper(toks[d].text) && d > 0 && !isNationalAdjective(sc, d) {
			return cueHit{}, false
		}
		d--
	}
	if i == 0 && startsUpper(toks[i].text) {
		d = 0 // no article opening the sentence: "Inzet van het kabinet is …", "Uitgangspunt van Nederland is dat …"
	} else if d < 0 || i-d > 3 {
		return cueHit{}, false
	}
	var fixed []int
	var flags cueFlags
	j := i + 1 // after the owner
	switch {
	case j+1 < n && toks[j].lower == "van":
		if !sc.frameVerbAhead(j+1, d > 0 && frameCopulas[toks[d-1].lower]) {
			return cueHit{}, false // no copula after the owner: read no candidates
		}
		owner := sc.ownerAt(candidates(), j+1)
		if owner == nil {
			return cueHit{}, false
		}
		if !validOwner(*owner) {
			*reject = kind == nkAim
			return cueHit{}, false
		}
		if strings.HasPrefix(toks[i].lower, "doel") && meetingOwner(*owner) {
			return cueHit{}, false // "Het doel van de Raad is een gedachtewisseling": the meeting's format
		}
		fixed, flags = []int{i, j}, actorAfter
		j = owner.t1
	default:
		// the owner before the noun: "de Nederlandse inzet", "onze inzet"
		if toks[d].lower != "onze" && toks[d].lower != "mijn" && toks[0].lower != "voor" && !isNationalAdjective(sc, i-1) {
			return cueHit{}, false
		}
		found := false
		for _, c := range candidates() {
			if c.t1 == i+1 && c.t0 < i && c.prep == "" && validOwner(c) {
				found = true
				break
			}
		}
		voor := false
		if d >= 2 && frameCopulas[toks[d-1].lower] && toks[0].lower == "voor" && kind != nkOpinion && (toks[d].lower == "de" || toks[d].lower == "het") && d+1 == i {
			// "Voor het kabinet is het uitgangspunt dat …", "Voor
			// Nederland is de inzet om …": the actor "voor" introduces
			for _, c := range candidates() {
				if c.t0 == 1 && c.prep == "voor" && c.t1 == d-1 && validOwner(c) {
					voor = true
				}
			}
		}
		switch {
		case voor:
			flags = actorVoor
		case found:
			flags = aimNoun
		case toks[d].lower == "onze" || toks[d].lower == "mijn" || d+1 < i && isDutchAdjective(toks[d+1].lower):
			flags = impersonal
		default:
			return cueHit{}, false
		}
		fixed = []int{i}
	}
	inverted := d > 0 && frameCopulas[toks[d-1].lower] && !sc.clauseBreak(d)
	// a prepositional phrase on the noun ("tijdens dit werkdiner", "ten
	// aanzien van X") may stand before the copula
	pp := j
	k := j
	if k < n && (actorPreps[toks[k].lower] || toks[k].lower == "ten" || toks[k].lower == "inzake" || toks[k].lower == "rond" || toks[k].lower == "rondom") {
		for k < n && k-j < 12 && !sc.clauseBreak(k) && !frameCopulas[toks[k].lower] && !frameModals[toks[k].lower] &&
			toks[k].lower != "gericht" && toks[k].lower != "erop" && toks[k].lower != "om" && !relativePronouns[toks[k].lower] {
			k++
		}
	}
	ppEnd := k // tokens [pp, ppEnd) are the phrase
	if k >= n || sc.clauseBreak(k) && k > pp {
		return cueHit{}, false
	}
	if inverted {
		// "Daarom is de inzet van het kabinet gericht op …", "Hiertoe
		// blijft de inzet van het kabinet om …"
		switch {
		case kind == nkAim && k+1 < n && toks[k].lower == "gericht" && toks[k+1].lower == "op":
			fixed = append(fixed, k, k+1)
		case kind == nkAim && k+1 < n && toks[k].lower == "erop" && toks[k+1].lower == "gericht":
			fixed = append(fixed, k, k+1)
		case (kind == nkAim || kind == nkPreference) && toks[k].lower == "om":
			return sc.aimContent(fixed, k, kind, flags, hits, drop)
		case flags == actorVoor && (determiners[toks[k].lower] || toks[k].lower == "een"):
			// "Voor Nederland is de prioriteit [de bestrijding van …]"
			return cueHit{def: nominalDef(kindStance(kind), "voor … is <noun> X", objAfter, flags), fixed: fixed}, true
		case kind != nkPriority && toks[k].lower == "dat" && !innerHit(hits, k+1, sc.clauseEnd(k+1)):
			// "Het is de wens van de Commissie dat …", "Het is het
			// standpunt van het kabinet dat …"
			fixed = append(fixed, k)
			if kind == nkOpinion {
				return cueHit{def: nominalDef(stSupport, "is <noun> van … dat", objClause, flags), fixed: fixed}, true
			}
			return cueHit{def: nominalDef(kindStance(kind), "is <noun> van … dat", objAfter, flags), fixed: fixed}, true
		default:
			return cueHit{}, false
		}
		return cueHit{def: nominalDef(kindStance(kind), "<noun> van … gericht op", objAfter, flags), fixed: fixed}, true
	}
	// the order of a subordinate clause: "dat de inzet van X gericht is op",
	// "(er)op gericht is"
	if kind == nkAim && k+1 < n && (toks[k].lower == "gericht" || toks[k].lower == "erop" && toks[k+1].lower == "gericht") {
		// the verb cluster after the participle: "gericht is op", "gericht
		// zal zijn op", "erop gericht is", "erop gericht zal blijven"
		f := append(append([]int(nil), fixed...), k)
		m := k + 1
		if toks[k].lower == "erop" {
			f = append(f, m)
			m++
		}
		verbs := 0
		for m < n && verbs < 3 && (frameCopulas[toks[m].lower] || frameModals[toks[m].lower]) && !sc.clauseBreak(m) {
			f = append(f, m)
			m++
			verbs++
		}
		switch {
		case verbs == 0:
		case toks[k].lower == "erop":
			return cueHit{def: nominalDef(stCommit, "<noun> van … erop gericht is", objAfter, flags), fixed: f}, true
		case m < n && toks[m].lower == "op":
			return cueHit{def: nominalDef(stCommit, "<noun> van … gericht is op", objAfter, flags), fixed: append(f, m)}, true
		}
	}
	// the copula: "is", "blijft", "is en blijft", "zal zijn", "zal
	// blijven"; "richt zich op" for an aim
	switch {
	case frameCopulas[toks[k].lower]:
		fixed = append(fixed, k)
		k++
		if k+1 < n && toks[k].lower == "en" && frameCopulas[toks[k+1].lower] {
			k += 2 // "is en blijft", "was en is"
		}
	case frameModals[toks[k].lower] && k+1 < n:
		fixed = append(fixed, k)
		k++
		for k < n && frameAdverbs[toks[k].lower] && toks[k].lower != "in" && toks[k].lower != "de" {
			k++
		}
		switch {
		case k < n && (toks[k].lower == "zijn" || toks[k].lower == "blijven"):
			fixed = append(fixed, k)
			k++
		case kind == nkAim && k+2 < n && toks[k].lower == "gericht" && (toks[k+1].lower == "zijn" || toks[k+1].lower == "blijven") && toks[k+2].lower == "op":
			fixed = append(fixed, k, k+1, k+2)
			return cueHit{def: nominalDef(stCommit, "<noun> van … zal gericht zijn op", objAfter, flags), fixed: fixed}, true
		default:
			return cueHit{}, false
		}
	case kind == nkAim && k+2 < n && (toks[k].lower == "richt" || toks[k].lower == "richtte") && toks[k+1].lower == "zich":
		m := k + 2
		for m < n && frameAdverbs[toks[m].lower] && toks[m].lower != "in" && toks[m].lower != "de" {
			m++
		}
		if m < n && toks[m].lower == "op" {
			fixed = append(fixed, k, k+1, m)
			return cueHit{def: nominalDef(stCommit, "<noun> van … richt zich op", objAfter, flags), fixed: fixed}, true
		}
		return cueHit{}, false
	default:
		return cueHit{}, false
	}
	// adverbs before the content; "in de eerste plaats" as one
	for k < n && !sc.clauseBreak(k) {
		if k+3 < n && toks[k].lower == "in" && toks[k+1].lower == "de" && toks[k+2].lower == "eerste" && toks[k+3].lower == "plaats" {
			k += 4
			continue
		}
		if frameAdverbs[toks[k].lower] && toks[k].lower != "in" && toks[k].lower != "de" && toks[k].lower != "met" {
			k++
			continue
		}
		if k+1 < n && toks[k].lower == "met" && toks[k+1].lower == "name" {
			k += 2
			continue
		}
		break
	}
	if k >= n {
		return cueHit{}, false
	}
	w := toks[k].lower
	switch {
	case kind == nkAim && w == "gericht" && k+1 < n && toks[k+1].lower == "op":
		fixed = append(fixed, k, k+1)
		return cueHit{def: nominalDef(stCommit, "<noun> van … is gericht op", objAfter, flags), fixed: fixed}, true
	case kind == nkAim && w == "erop" && k+1 < n && toks[k+1].lower == "gericht":
		fixed = append(fixed, k, k+1)
		return cueHit{def: nominalDef(stCommit, "<noun> van … is erop gericht", objAfter, flags), fixed: fixed}, true
	case w == "om" && kind != nkOpinion:
		return sc.aimContent(fixed, k, kind, flags, hits, drop)
	case w == "dat":
		if innerHit(hits, k+1, sc.clauseEnd(k+1)) {
			return cueHit{}, false // the dat-clause's own cue holds the stance (opinionOwner)
		}
		if flags&impersonal == 0 {
			// "dat" opens the content; without an owner phrase in the
			// frame the clause's subject after it would be taken for
			// the actor
			fixed = append(fixed, k)
		}
		if kind == nkOpinion {
			return cueHit{def: nominalDef(stSupport, "<noun> van … is dat", objClause, flags), fixed: fixed}, true
		}
		if kind == nkPriority {
			return cueHit{}, false
		}
		return cueHit{def: nominalDef(kindStance(kind), "<noun> van … is dat", objAfter, flags), fixed: fixed}, true
	}
	if (kind == nkAim || kind == nkPreference) && sc.teInfinitive(k) {
		// "De insteek van X is het thema te agenderen": the content an
		// infinitive clause
		return sc.aimContent(fixed, k-1, kind, flags, hits, drop)
	}
	// a predicate: a noun phrase, or a judgement
	if kind == nkOpinion {
		st, ok := judgedAs[w]
		if !ok || toks[i].lower == "positie" { // "De positie van Oekraïne is kritisch": a situation
			return cueHit{}, false
		}
		fixed = append(fixed, k)
		return sc.predicateHit(st, fixed, pp, ppEnd, flags)
	}
	det := determiners[w] || w == "een" || w == "zo" || w == "meer" || w == "minder"
	switch kind {
	case nkAim, nkPriority:
		if !det {
			*reject = kind == nkAim && !negators[w]
			return cueHit{}, false // "De inzet van X is groot": a judgement of the effort
		}
	case nkPreference:
		if !det && (subordinators[w] || relativePronouns[w] || negators[w] || actorPreps[w] || notPreferred[w] ||
			len(w) > 4 && strings.HasPrefix(w, "ge") || w == "nog" || w == "door") {
			// "De wens van de Kamer is door het kabinet overgenomen",
			// "is ingewilligd", "is bekend": what became of it
			return cueHit{}, false
		}
	}
	if kind == nkPreference && !det && ppEnd > pp {
		// "Het uitgangspunt van X ten aanzien van Y is strikt en fair":
		// the phrase names what the preference is on
		return sc.predicateHit(stPreference, fixed, pp, ppEnd, flags)
	}
	return cueHit{def: nominalDef(kindStance(kind), "<noun> van … is", objAfter, flags), fixed: fixed}, true
}

// frameVerbAhead reports whether the linking verb of a frame follows
// within a dozen tokens of k in the same stretch of the clause: a copula,
// a modal or "richt zich"; after an inverted copula "gericht", "erop",
// "om" or "dat". A cheap test before the actor candidates are read.
func (sc *sentenceCtx) frameVerbAhead(k int, inverted bool) bool {
	toks := sc.toks
	for m := k; m < len(toks) && m-k < 14; m++ {
		if m > k && sc.clauseBreak(m) {
			return false
		}
		w := toks[m].lower
		if inverted && (w == "gericht" || w == "erop" || w == "om" || w == "dat") ||
			!inverted && (frameCopulas[w] || frameModals[w] || w == "gericht" || w == "erop" || w == "richt" || w == "richtte") {
			return true
		}
	}
	return false
}

// predicateHit is the hit of a judgement predicate: on the phrase between
// the owner and the copula when there is one ("over het voorstel"), else
// on nothing the frame names.
func (sc *sentenceCtx) predicateHit(st stance, fixed []int, pp, ppEnd int, flags cueFlags) (cueHit, bool) {
	if ppEnd > pp {
		return cueHit{def: nominalDef(st, "<noun> van … [over X] is <oordeel>", objGap, flags), fixed: fixed}, true
	}
	return cueHit{def: nominalDef(st, "<noun> van … is <oordeel>", objAfter, flags), fixed: fixed}, true
}

// aimContent reads the content of an aim from "om" at token om: a cue of
// the infinitive clause gives its own stance ("De inzet van het kabinet
// zal zijn om steun uit te spreken voor X": support of X), else the
// noun's class on the clause.
func (sc *sentenceCtx) aimContent(fixed []int, om int, kind nounKind, flags cueFlags, hits []cueHit, drop *[]cueHit) (cueHit, bool) {
	end := sc.clauseEnd(om + 1)
	if kind == nkAim {
		for _, g := range hits {
			if g.first() > om && g.first() <= end && g.def.stance != stInformational && g.def.flags&reporting == 0 {
				f := append(append([]int(nil), fixed...), om)
				f = append(f, g.fixed...)
				d := *g.def
				d.flags = flags
				d.pattern = "nominal: <aim> om … " + d.pattern
				if d.obj == objGap {
					d.flags |= lastGap
				}
				if d.obj != objAfter && d.obj != objGap {
					d.obj = objAfter
				}
				*drop = append(*drop, g)
				return cueHit{def: &d, fixed: f}, true
			}
		}
	}
	fixed = append(fixed, om)
	if toks := sc.toks; om+1 < len(toks) && determiners[toks[om].lower] {
		return cueHit{}, false
	}
	return cueHit{def: nominalDef(kindStance(kind), "<noun> van … is om", objAfter, flags), fixed: fixed}, true
}

// teInfinitive reports whether the clause from token k holds "te" and an
// infinitive before its end: "het thema te agenderen".
func (sc *sentenceCtx) teInfinitive(k int) bool {
	end := sc.clauseEnd(k)
	for j := k; j < end && j-k < 12; j++ {
		if sc.toks[j].lower == "te" && strings.HasSuffix(sc.toks[j+1].lower, "en") && !startsUpper(sc.toks[j+1].text) {
			return true
		}
	}
	return false
}

// clauseEnd is the last token of the clause from token k: before a
// semicolon, a colon or the end of the sentence.
func (sc *sentenceCtx) clauseEnd(k int) int {
	n := len(sc.toks)
	for j := k + 1; j < n; j++ {
		if strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j].start]), ";:") {
			return j - 1
		}
	}
	return n - 1
}

// innerHit reports whether a table hit starts in tokens [a, b].
func innerHit(hits []cueHit, a, b int) bool {
	for _, g := range hits {
		if g.first() >= a && g.first() <= b {
			return true
		}
	}
	return false
}

func kindStance(k nounKind) stance {
	switch k {
	case nkPreference:
		return stPreference
	case nkPriority:
		return stPriority
	case nkOpinion:
		return stSupport
	}
	return stCommit
}

// isDutchAdjective: "Nederlandse", "Nederlands".
func isDutchAdjective(w string) bool { return w == "nederlandse" || w == "nederlands" }

// isNationalAdjective reports whether token k is a country's adjective
// ("de Duitse inzet"): a country mention of one token.
func isNationalAdjective(sc *sentenceCtx, k int) bool {
	for _, m := range sc.ments {
		if m.t0 == k && m.t1 == k+1 && m.ref.Kind == graph.KindCountry {
			return true
		}
	}
	return false
}

// emotionFrame reads "tot (grote) <emotion> van <owner>", "tot onze / mijn
// <emotion>" and "naar tevredenheid van <owner>" at token i: the owner's
// concern or satisfaction with what the clause reports, the clause after a
// fronted frame, before one that closes it.
func (sc *sentenceCtx) emotionFrame(i int, candidates func() []posActor) (cueHit, bool) {
	toks := sc.toks
	n := len(toks)
	k := i + 1
	own := false
	if k < n && (toks[k].lower == "onze" || toks[k].lower == "mijn") {
		own = true
		k++
	}
	for k < n && emotionDegrees[toks[k].lower] {
		k++
	}
	if k >= n {
		return cueHit{}, false
	}
	st, ok := emotionNouns[toks[k].lower]
	if !ok || toks[i].lower == "naar" && toks[k].lower != "tevredenheid" {
		return cueHit{}, false
	}
	e := k
	fixed := []int{i, e}
	var flags cueFlags
	switch {
	case own:
		flags = impersonal
	case e+2 < n && toks[e+1].lower == "van" && sc.speakersGroupAt(candidates(), e+2) > 0:
		// "ook tot teleurstelling van de VVD" in the turn of a VVD member:
		// the speaker (the implicit actor of a member's turn)
		flags = impersonal
		e = sc.speakersGroupAt(candidates(), e+2) - 1
	case e+2 < n && toks[e+1].lower == "van":
		owner := sc.ownerAt(candidates(), e+2)
		if owner == nil || !validOwner(*owner) {
			return cueHit{}, false
		}
		fixed, flags = append(fixed, e+1), actorAfter
		if owner.t0 == e+3 {
			fixed = append(fixed, e+2) // "van [de] VVD": the owner right after the cue
		}
		e = owner.t1 - 1
	default:
		return cueHit{}, false
	}
	// fronted ("Tot teleurstelling van X heeft …") or after its clause
	// (", ook tot teleurstelling van de VVD.")
	start := i
	for start > 0 && (toks[start-1].lower == "ook" || toks[start-1].lower == "en" || toks[start-1].lower == "echter") && !sc.clauseBreak(start) {
		start--
	}
	closes := e+1 >= n || sc.clauseBreak(e+1) && e+1 == sc.clauseEnd(e+1)+1 || e+1 < n && strings.ContainsAny(string(sc.rs[toks[e].end:toks[e+1].start]), ";:")
	if start > 0 && sc.clauseBreak(start) && (e+1 >= n || closes) {
		return cueHit{def: nominalDef(st, "<clause>, tot <emotie> van …", objBefore, flags), fixed: fixed}, true
	}
	return cueHit{def: nominalDef(st, "tot <emotie> van …", objAfter, flags), fixed: fixed}, true
}

// viewpointFrame reads "wat <actor> betreft" at token i in a clause that
// says how something should be: a requirement or a preferred way
// ("moet", "dient", "het liefst", "bij voorkeur") is the actor's
// preference, a negated one ("mag niet", "hoeft niet") its rejection.
// Without such words "wat X betreft" names a topic ("Wat Frontex betreft
// kan worden opgemerkt …").
func (sc *sentenceCtx) viewpointFrame(i int, candidates func() []posActor) (cueHit, bool) {
	toks := sc.toks
	n := len(toks)
	b := -1
	near := false
	for k := i + 2; k < n && k <= i+9; k++ {
		near = near || toks[k].lower == "betreft"
	}
	if !near {
		return cueHit{}, false
	}
	own := false
	if i+2 < n && (toks[i+1].lower == "mij" || toks[i+1].lower == "ons") && toks[i+2].lower == "betreft" {
		b, own = i+2, true
	} else if e := sc.speakersGroupAt(candidates(), i+1); e > 0 && e < n && toks[e].lower == "betreft" {
		b, own = e, true // "wat de VVD betreft" in a VVD member's turn
	} else {
		if c := sc.ownerAt(candidates(), i+1); c != nil && c.t1 < n && toks[c.t1].lower == "betreft" && validOwner(*c) {
			b = c.t1
		}
	}
	if b < 0 {
		return cueHit{}, false
	}
	// the clause around the frame
	lo := 0
	for k := i; k > 0; k-- {
		if strings.ContainsAny(string(sc.rs[toks[k-1].end:toks[k].start]), ";:") {
			lo = k
			break
		}
	}
	hi := sc.clauseEnd(b)
	st, found := stance(""), false
	for k := lo; k <= hi; k++ {
		if k >= i && k <= b {
			continue
		}
		w := toks[k].lower
		switch {
		case (requirementWords[w] || w == "hoort" || w == "horen" || w == "mag" || w == "mogen" || w == "hoeft" || w == "hoeven") && !sc.sayingAfter(k):
			neg := false
			for m := k + 1; m <= hi && m <= k+8; m++ {
				if negators[toks[m].lower] {
					neg = true
				}
			}
			if k > lo && negators[toks[k-1].lower] {
				neg = true
			}
			switch {
			case neg:
				st, found = stOppose, true
			case w == "mag" || w == "mogen" || w == "hoeft" || w == "hoeven":
				continue // permission, no requirement
			default:
				st, found = stPreference, true
			}
		case w == "liefst" || w == "liever" || w == "wenselijk" || w == "voorkeur" && k > lo && toks[k-1].lower == "bij":
			st, found = stPreference, true
		}
		if found {
			break
		}
	}
	if !found {
		return cueHit{}, false
	}
	if i == lo || !sc.clauseBreak(i) && (toks[i-1].lower == "en" || toks[i-1].lower == "maar" || toks[i-1].lower == "dat" || subordinators[toks[i-1].lower]) {
		// fronted: "Wat de Commissie betreft dienen …"
		return cueHit{def: nominalDef(st, "wat … betreft", objAfter, impersonalIf(own)), fixed: []int{i, b}}, true
	}
	return cueHit{def: nominalDef(st, "…, wat … betreft", objBefore, impersonalIf(own)), fixed: []int{i, b}}, true
}

// sayingAfter reports whether a verb of saying follows the modal at token
// k: "Wat Duitsland betreft moet worden opgemerkt dat …" names a topic.
func (sc *sentenceCtx) sayingAfter(k int) bool {
	for m := k + 1; m < len(sc.toks) && m <= k+3; m++ {
		switch sc.toks[m].lower {
		case "opgemerkt", "gezegd", "vermeld", "vastgesteld", "geconstateerd", "benadrukt", "gemeld", "erkend", "worden":
			if sc.toks[m].lower != "worden" {
				return true
			}
		}
	}
	return false
}

// impersonalIf: "wat mij / ons / mijn fractie betreft" is the view of the
// writer or of the member who speaks, the implicit actor.
func impersonalIf(own bool) cueFlags {
	if own {
		return impersonal
	}
	return 0
}

// speakersGroupAt returns the end of the speaker's own party named at
// token k in a member's turn — "de VVD", "de VVD-fractie" said by a VVD
// member — or 0. ("mijn fractie" is the group, a candidate of its own,
// parliament.go.)
func (sc *sentenceCtx) speakersGroupAt(cands []posActor, k int) int {
	if sc.voice.speaker == nil || k+1 >= len(sc.toks) {
		return 0
	}
	party := strings.ToLower(speakerParty(sc.voice.speaker.words))
	if party == "" {
		return 0
	}
	c := sc.ownerAt(cands, k)
	if c == nil {
		return 0
	}
	w := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(c.words, "de "), "De "), "-fractie"))
	if w == party {
		return c.t1
	}
	return 0
}

// measuredFrame reads a text measured against the Dutch stance at token
// i: "<X> is in lijn / overeenstemming met de Nederlandse inzet", "strookt
// met het kabinetsstandpunt", "sluit aan bij de Nederlandse positie",
// "komt overeen met / tegemoet aan de wensen van Nederland", verb-final
// "dat X in lijn is met …": the cabinet's satisfaction with X, its concern
// when negated.
func (sc *sentenceCtx) measuredFrame(i int) (cueHit, bool) {
	toks := sc.toks
	n := len(toks)
	w := toks[i].lower
	var fixed []int
	prep := -1
	final := false
	switch {
	case (w == "lijn" || w == "overeenstemming") && i > 0 && toks[i-1].lower == "in" && i+1 < n:
		switch {
		case toks[i+1].lower == "met":
			c := i - 2
			for c >= 0 && i-2-c < 2 && !frameCopulas[toks[c].lower] && (frameAdverbs[toks[c].lower] || toks[c].lower == "grotendeels" || toks[c].lower == "volledig" || toks[c].lower == "geheel" || toks[c].lower == "goed") {
				c--
			}
			if c < 0 || !(frameCopulas[toks[c].lower] || toks[c].lower == "ligt" || toks[c].lower == "liggen" || toks[c].lower == "lag" || toks[c].lower == "bleek") {
				return cueHit{}, false
			}
			fixed, prep = []int{c, i - 1, i, i + 1}, i+1
		case i+2 < n && frameCopulas[toks[i+1].lower] && toks[i+2].lower == "met":
			fixed, prep, final = []int{i - 1, i, i + 1, i + 2}, i+2, true
		default:
			return cueHit{}, false
		}
	case w == "strookt" || w == "stroken" || w == "strookte" || w == "strookten":
		if i+1 < n && toks[i+1].lower == "met" {
			fixed, prep = []int{i, i + 1}, i+1
		}
	case w == "overeen" || w == "tegemoet" || w == "aan":
		// "komt (goed) overeen met", "komt tegemoet aan", "sluit (goed)
		// aan bij / op": the finite verb before it, in the clause
		verbs := map[string]bool{"komt": true, "komen": true, "kwam": true, "kwamen": true}
		next := "met"
		switch w {
		case "tegemoet":
			next = "aan"
		case "aan":
			verbs = map[string]bool{"sluit": true, "sluiten": true, "sloot": true, "sloten": true}
			next = "bij"
		}
		if i+1 >= n || toks[i+1].lower != next && !(w == "aan" && toks[i+1].lower == "op") {
			return cueHit{}, false
		}
		for v := i - 1; v >= 0 && i-v <= 4; v-- {
			if sc.clauseBreak(v + 1) {
				break
			}
			if verbs[toks[v].lower] {
				fixed, prep = []int{v, i, i + 1}, i+1
				break
			}
		}
	}
	if prep < 0 || !sc.dutchStanceAt(prep+1) {
		return cueHit{}, false
	}
	if final {
		return cueHit{def: nominalDef(stSatisfied, "in lijn is met <de Nederlandse inzet>", objVerbFinal, impersonal|verbFinal), fixed: fixed}, true
	}
	return cueHit{def: nominalDef(stSatisfied, "is in lijn met <de Nederlandse inzet>", objBefore, impersonal), fixed: fixed}, true
}

// dutchStanceAt reports whether the noun phrase at token k names the Dutch
// stance: "de (eerdere) Nederlandse inzet", "het kabinetsstandpunt", "de
// inzet van het kabinet", "de wensen van Nederland", "onze inzet".
func (sc *sentenceCtx) dutchStanceAt(k int) bool {
	toks := sc.toks
	n := len(toks)
	if k >= n {
		return false
	}
	if toks[k].lower == "onze" || toks[k].lower == "ons" {
		return k+1 < n && dutchStanceNouns[toks[k+1].lower]
	}
	if !determiners[toks[k].lower] {
		return false
	}
	j := k + 1
	if j < n && !isDutchAdjective(toks[j].lower) && !dutchStanceNouns[toks[j].lower] && !dutchCompounds[toks[j].lower] && !startsUpper(toks[j].text) {
		j++ // "de eerdere Nederlandse inzet"
	}
	if j >= n {
		return false
	}
	if dutchCompounds[toks[j].lower] {
		return true
	}
	if isDutchAdjective(toks[j].lower) {
		return j+1 < n && dutchStanceNouns[toks[j+1].lower]
	}
	if dutchStanceNouns[toks[j].lower] && j+2 < n && toks[j+1].lower == "van" {
		o := toks[j+2].lower
		if o == "nederland" {
			return true
		}
		if j+3 < n && (o == "het" && toks[j+3].lower == "kabinet" || o == "de" && toks[j+3].lower == "regering") {
			return true
		}
	}
	return false
}
