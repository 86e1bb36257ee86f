package ingest

import (
	"strings"

	"jhagraph/graph"
)

// Actors that the first-run misses of unseen reports named otherwise than
// by a noun phrase of their own (docs/stances.md, "Part G"): a pronoun
// whose antecedent stands more than one sentence back, a person with a
// title. The Commission as the holder a member or a short form names is
// the positions' reading of an organisation mention: "Commissaris Borg",
// "de nieuwe Commissaris", "Commissievoorzitter X" (orgs.go) and "de CIE"
// (orgs_short.go) are mentions, so the body is a node of the document.

// moreActor reads an actor at token i that the rules of candidateAt do not:
// a titled person, the High Representative, committees of parliament
// together. (A group of "EU-" member states is the group table's: groupAt.)
func (sc *sentenceCtx) moreActor(i int, lw func(int) string) (posActor, bool) {
	if a, ok := sc.personActor(i, lw); ok {
		return a, true
	}
	if a, ok := sc.highRepresentative(i, lw); ok {
		return a, true
	}
	if a, ok := sc.quantifiedGroup(i, lw); ok {
		return a, true
	}
	return sc.committees(i, lw)
}

// Part K (pos16): groups of member states by their grammar rather than by
// a list of phrases.

// groupPartNouns name a part of a group ("een overgrote meerderheid van de
// lidstaten"); groupDegrees the adjectives before them; groupMembers the
// plural nouns of the group.
var (
	groupPartNouns = map[string]bool{"meerderheid": true, "minderheid": true, "deel": true, "merendeel": true,
		"aantal": true, "groep": true}
	groupDegrees = map[string]bool{"overgrote": true, "grote": true, "groot": true, "ruime": true, "brede": true,
		"kleine": true, "klein": true, "beperkt": true, "beperkte": true, "overweldigende": true, "aanzienlijke": true,
		"aanzienlijk": true, "substantiële": true, "substantieel": true, "gekwalificeerde": true, "flinke": true}
	groupMembers = map[string]bool{"lidstaten": true, "delegaties": true, "landen": true, "ministers": true}
)

// quantifiedGroup reads "een/de/het [degree …] meerderheid|deel|aantal
// [van] [de] lidstaten" at token i, any degree adjectives between ("een
// overgrote meerderheid van de lidstaten", "een aanzienlijk deel van de
// delegaties"), and a bare plural "Lidstaten" opening a sentence or a
// "waarbij"-clause ("Lidstaten spraken steun uit", "waarbij lidstaten en
// de Commissie aangaven"). The words are the actor, no node.
func (sc *sentenceCtx) quantifiedGroup(i int, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	if w := lw(i); w == "lidstaten" || w == "delegaties" {
		if i == 0 && startsUpper(toks[i].text) || i > 0 && lw(i-1) == "waarbij" {
			return posActor{t0: i, t1: i + 1, words: sc.text(i, i)}, true
		}
		return posActor{}, false
	}
	if w := lw(i); w != "een" && w != "de" && w != "het" {
		return posActor{}, false
	}
	k := i + 1
	for k < len(toks) && k < i+4 && groupDegrees[lw(k)] {
		k++
	}
	if k == i+1 || !groupPartNouns[lw(k)] {
		return posActor{}, false // without a degree the table's groups read it
	}
	k++
	if lw(k) == "van" {
		k++
	}
	if lw(k) == "de" {
		k++
	}
	if !groupMembers[lw(k)] {
		return posActor{}, false
	}
	return posActor{t0: i, t1: k + 1, words: sc.text(i, k)}, true
}

// receivedHelp reports whether a cue of receiving support has an actor
// before it as the receiver ("Nederland kreeg van de Commissie steun bij de
// opvang"): help given to a party, not a stance on a proposal.
func (sc *sentenceCtx) receivedHelp(h cueHit) bool {
	switch sc.toks[h.first()].lower {
	case "kreeg", "kregen", "krijgt", "krijgen":
	default:
		if sc.toks[h.last()].lower != "gekregen" && !(h.last() > 0 && sc.toks[h.last()-1].lower == "gekregen") {
			return false
		}
	}
	for _, c := range sc.actorCandidates() {
		if c.t1 <= h.first() && c.prep == "" {
			return true
		}
	}
	return false
}

// settingRequestOrHelp reports readings of a cue that hold no position
// (learned in Part K, pos16): "waarschuwde tegen de achtergrond van" (a
// setting, not a warning against), "vraagt … zich geen zorgen te maken" (a
// request, not a worry) and help received by a party (receivedHelp).
func (sc *sentenceCtx) settingRequestOrHelp(h cueHit) bool {
	l := h.last()
	if sc.toks[l].lower == "tegen" && l+2 < len(sc.toks) && sc.toks[l+2].lower == "achtergrond" {
		return true
	}
	if f := h.first(); strings.HasPrefix(h.def.pattern, "zich … zorgen te maken") {
		// "gaven aan zich zorgen te maken": the infinitive after a verb
		// of saying only, not a request ("vraagt de lidstaten zich geen
		// zorgen te maken")
		if f == 0 {
			return true
		}
		switch sc.toks[f-1].lower {
		case "aan", "aangaven", "aangaf", "aangegeven", "aangeven":
		default:
			return true
		}
	}
	return sc.receivedHelp(h)
}

// highRepresentative reads "de (nieuwe) HV", "de Hoge Vertegenwoordiger":
// the High Representative, a person without a node (words, as gold writes
// them).
func (sc *sentenceCtx) highRepresentative(i int, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	if lw(i) != "de" || i+1 >= len(toks) {
		return posActor{}, false
	}
	k := i + 1
	if !startsUpper(toks[k].text) && k+1 < len(toks) && (toks[k+1].text == "HV" || toks[k+1].text == "Hoge") {
		k++ // "de nieuwe HV"
	}
	switch {
	case toks[k].text == "HV":
		return posActor{t0: i, t1: k + 1, words: sc.text(i, k)}, true
	case toks[k].text == "Hoge" && k+1 < len(toks) && toks[k+1].text == "Vertegenwoordiger":
		return posActor{t0: i, t1: k + 2, words: sc.text(i, k+1)}, true
	}
	return posActor{}, false
}

// committees reads "de (vaste) commissies voor X en voor Y (van de Eerste
// Kamer)": committees of parliament that report together (a committee
// alone is memberActor's, parliament.go).
func (sc *sentenceCtx) committees(i int, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	k := i + 1
	if lw(k) == "vaste" {
		k++
	}
	if lw(i) != "de" || k >= len(toks) || toks[k].text != "commissies" {
		return posActor{}, false
	}
	e := k + 1
	for lw(e) == "voor" && e+1 < len(toks) && startsUpper(toks[e+1].text) {
		e += 2
		for e < len(toks) && (startsUpper(toks[e].text) || lw(e) == "en" && e+1 < len(toks) && startsUpper(toks[e+1].text)) {
			e++
		}
		if lw(e) == "en" && lw(e+1) == "voor" {
			e++
		}
	}
	if e == k+1 {
		return posActor{}, false // "de commissies" alone: which, the text before says
	}
	if lw(e) == "van" && lw(e+1) == "de" && (lw(e+2) == "eerste" || lw(e+2) == "tweede") && lw(e+3) == "kamer" {
		e += 4
	}
	return posActor{t0: i, t1: e, words: sc.text(i, e-1), member: true}, true
}

// personTitles open a person's name as an actor: "dhr. Kuleba", "mevr.
// Kallas" (with the abbreviation's full stop).
var personTitles = map[string]bool{"dhr": true, "mevr": true, "mw": true}

// personActor reads a person with a title at token i: "dhr. Kuleba",
// "dhr. Van der Berg". Its words are the title and the name; no node.
func (sc *sentenceCtx) personActor(i int, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	if !personTitles[lw(i)] || i+1 >= len(toks) || !startsUpper(toks[i+1].text) {
		return posActor{}, false
	}
	if gap := string(sc.rs[toks[i].end:toks[i+1].start]); !strings.HasPrefix(gap, ".") {
		return posActor{}, false // the abbreviation's full stop
	}
	t1 := i + 2
	for t1 < len(toks) && t1-i < 5 && spaced(sc.rs, toks[t1-1], toks[t1]) &&
		(startsUpper(toks[t1].text) || nameParticles[lw(t1)] && t1+1 < len(toks) && startsUpper(toks[t1+1].text)) {
		t1++
	}
	return posActor{t0: i, t1: t1, words: sc.text(i, t1-1)}, true
}

// isPerson reports whether an actor is one person: a titled name, a member
// of parliament by name ("de heer Jansen") or a Commissioner (the
// Commission by one of its members).
func isPerson(a posActor) bool {
	w := strings.ToLower(a.words)
	for t := range personTitles {
		if strings.HasPrefix(w, t+". ") {
			return true
		}
	}
	return strings.HasPrefix(w, "de heer ") || strings.HasPrefix(w, "mevrouw ") ||
		strings.Contains(w, "commissaris") || strings.HasPrefix(w, "commissievoorzitter")
}

// chainedSubject is the antecedent of a pronoun subject ("zij", "hij")
// whose sentence before has a pronoun subject too: "De commissies … hebben
// de eer …. In dit stadium wensen zij …. Zij dringen aan op …". It walks
// back through the paragraph's sentences (at most three) while their
// subject is a pronoun, and takes the first subject that is a noun phrase;
// "hij" takes only a person. The walk stops at a sentence whose subject is
// no pronoun but does not fit.
func (sc *sentenceCtx) chainedSubject(pron string) (posActor, bool) {
	singular := pron == "hij"
	for si := sc.si - 1; si >= 0 && si >= sc.si-3; si-- {
		prev := sc.sentenceBefore(si)
		var subj *posActor
		for _, c := range prev.actorCandidates() {
			if c.prep == "" && c.head == "" && (subj == nil || singular && !isPerson(*subj) && isPerson(c)) {
				// "De Oekraïense minister, dhr. Kuleba,": "hij" is the
				// person of the apposition
				subj = &c
			}
		}
		if subj == nil {
			if !singular && !agentlessPassive(prev) {
				return posActor{}, false
			}
			// "In zijn bijdrage onderstreepte hij …" has none before "hij"
			// ends it; "Dit ambitieniveau moest worden gereflecteerd."
			// names no one who acts (Part K, pos16): "Zij" goes on past it
			continue
		}
		if subj.pronoun {
			continue
		}
		if singular && !isPerson(*subj) {
			return posActor{}, false
		}
		subj.words = lowerFirst(subj.words)
		return *subj, true
	}
	return posActor{}, false
}

// badIdea reports whether a clause judges its object a bad idea: "dat hij
// X geen goed idee vindt", "geen goede zaak": opposition.
func badIdea(words []string) bool {
	for k := 0; k+2 < len(words); k++ {
		if words[k] != "geen" || words[k+1] != "goed" && words[k+1] != "goede" {
			continue
		}
		if w := words[k+2]; w == "idee" || w == "zaak" || w == "plan" {
			return true
		}
	}
	return false
}

// remarkNouns and remarkVerbs: "de volgende opmerkingen te maken en vragen
// te stellen", "enkele kanttekeningen te plaatsen".
var (
	remarkNouns = map[string]bool{"opmerkingen": true, "opmerking": true, "vragen": true, "vraag": true, "kanttekeningen": true, "kanttekening": true}
	remarkVerbs = map[string]bool{"maken": true, "stellen": true, "plaatsen": true, "voorleggen": true}
)

// remarksAnnounced reports whether a wish cue announces the remarks and
// questions that follow ("In dit stadium wensen zij de volgende
// opmerkingen te maken") or an exchange of views: the report's or the
// debate's procedure, no stance.
func (sc *sentenceCtx) remarksAnnounced(h cueHit) bool {
	l := h.last()
	if h.def.flags&thirdParty != 0 {
		// "wil zij graag met de commissie van gedachten wisselen over …":
		// a wish to exchange views, the debate's procedure
		end := sc.reasonCut(l, clauseEndToken(sc.rs, sc.toks, l, false))
		for j := l + 1; j < end && j+1 < len(sc.toks); j++ {
			if sc.toks[j].lower == "gedachten" && sc.toks[j+1].lower == "wisselen" {
				return true
			}
		}
	}
	if sc.toks[l].lower != "te" || l+1 >= len(sc.toks) || !remarkVerbs[sc.toks[l+1].lower] {
		return false
	}
	for k := h.first() + 1; k < l; k++ {
		if remarkNouns[sc.toks[k].lower] {
			return true
		}
	}
	return false
}

// reasonOpeners open, after a comma, a clause that gives the reason for
// what the clause before says: "wil hiervoor een oplossing vinden, want
// het is onverstandig om de DG achteraf te informeren".
var reasonOpeners = map[string]bool{"want": true, "omdat": true, "aangezien": true, "doordat": true}

// reasonCut ends the clause of a cue that ends at token l before a reason
// clause that a comma opens: the reason's verbs are no part of the cue's
// object.
func (sc *sentenceCtx) reasonCut(l, end int) int {
	for j := l + 2; j <= end && j < len(sc.toks); j++ {
		if reasonOpeners[sc.toks[j].lower] && strings.Contains(string(sc.rs[sc.toks[j-1].end:sc.toks[j].start]), ",") {
			return j - 1
		}
	}
	return end
}

// agentlessPassive reports whether a sentence is a passive without an
// agent ("Dit ambitieniveau moest worden gereflecteerd in de conclusies"):
// a form of "worden" and no "door". It names no one who acts, so a
// pronoun after it points further back.
func agentlessPassive(sc *sentenceCtx) bool {
	passive := false
	for _, t := range sc.toks {
		switch t.lower {
		case "worden", "wordt", "werd", "werden":
			passive = true
		case "door":
			return false
		}
	}
	return passive
}

// statesNouns name a group of states, stateNoun one state, in an
// anaphoric phrase ("deze lidstaten", "beide landen", "het land").
var (
	statesNouns = map[string]bool{"lidstaten": true, "landen": true}
	stateNoun   = map[string]bool{"lidstaat": true, "land": true}
)

// anaphoricStates reads at token i a phrase that points back to the
// countries named before (council1): "deze lidstaten", "beide landen",
// "de twee landen", "deze drie lidstaten", "het land", "deze lidstaat".
// Its countries are the subject of one of the two sentences before when
// that subject is countries only, as many as the phrase counts ("beide":
// two; a singular noun: one). The phrase's words stay the actor's.
func (sc *sentenceCtx) anaphoricStates(i int, lw func(int) string) (posActor, bool) {
	w := lw(i)
	n, k := 0, i+1 // the count the phrase gives (0: any, more than one), the noun's token
	switch {
	case w == "beide" && statesNouns[lw(k)]:
		n = 2
	case (w == "deze" || w == "de") && numberWords[lw(k)] && lw(k) != "beide" && statesNouns[lw(k+1)]:
		n, k = countWord(lw(k)), k+1
	case w == "deze" && statesNouns[lw(k)]:
	case (w == "het" || w == "dit" || w == "deze") && stateNoun[lw(k)]:
		n = 1
	default:
		return posActor{}, false
	}
	if n < 0 || k+1 < len(sc.toks) && lw(k+1) == "van" {
		return posActor{}, false // "deze landen van herkomst": a description, no pointer
	}
	for si := sc.si - 1; si >= 0 && si >= sc.si-2; si-- {
		for _, c := range sc.sentenceBefore(si).actorCandidates() {
			if c.prep != "" || c.pronoun || len(c.refs) == 0 {
				continue
			}
			countries := true
			for _, r := range c.refs {
				countries = countries && r.Kind == graph.KindCountry
			}
			if !countries || n == 1 && len(c.refs) != 1 || n != 1 && len(c.refs) < 2 || n > 1 && len(c.refs) != n {
				break // the subject is no such group: no pointer back
			}
			return posActor{t0: i, t1: k + 1, refs: c.refs, words: sc.text(i, k)}, true
		}
	}
	return posActor{}, false
}

// countWord is the number a number word names (numberWords), -1 for none.
func countWord(w string) int {
	for n, s := range []string{"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"} {
		if s == w && n > 0 {
			return n
		}
	}
	return -1
}
