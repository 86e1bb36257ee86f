package ingest

import (
	"maps"
	"slices"
	"strings"
)

// Others' voices in Council reports and annotated agendas (issue 12,
// council1): the rules the audit of their forms asked for
// (council_inventory_test.go, TestCouncilVoicesAudit in
// council_voices_test.go).

// Groups of member states as Council reports write them, by their grammar:
// a quantifier before a plural noun of the group ("enkele lidstaten",
// "een grote groep delegaties", "twintig landen"), a part of the group
// ("een ruime meerderheid van de lidstaten", "het merendeel van de
// delegaties"). councilGroups spells them out as word sequences for the
// group table (actorGroups, positions.go), which candidateAt and the cue
// gaps (groupInGap) read by their first word.
var (
	// groupQuantifiers stand before the plural noun.
	groupQuantifiers = []string{"alle", "veel", "vele", "enkele", "sommige", "meerdere", "verschillende", "diverse",
		"bepaalde", "andere", "de meeste", "de overige", "de andere", "vrijwel alle", "nagenoeg alle", "een aantal",
		"een groot aantal", "een beperkt aantal", "een klein aantal", "een handvol", "een groep", "een grote groep",
		"een kleine groep", "een groep van", "het merendeel van de", "het overgrote deel van de", "een groot deel van de"}
	// groupParts: "een/de [degree] meerderheid van (de)".
	groupParts   = []string{"meerderheid", "minderheid"}
	groupDegreeW = []string{"", "grote", "ruime", "brede", "kleine", "overgrote"}
	// groupNouns are the plural nouns of a group of states or their
	// representatives.
	groupNouns = []string{"lidstaten", "delegaties", "landen", "ministers"}
)

// councilGroups spells out the group forms: every quantifier and number
// before every noun, the parts of the member states and the delegations
// (a part of the countries or the ministers reads as its quantifier). A
// form that is a prefix of another is left out, so the longest always
// wins.
func councilGroups() [][]string {
	out := [][]string{{"de", "delegaties"}}
	add := func(s string) { out = append(out, strings.Fields(s)) }
	for _, n := range groupNouns {
		for _, q := range groupQuantifiers {
			add(q + " " + n)
		}
		for _, w := range slices.Sorted(maps.Keys(numberWords)) {
			add(w + " " + n)
		}
		if n != "lidstaten" && n != "delegaties" {
			continue
		}
		for _, art := range []string{"een", "de"} {
			for _, d := range groupDegreeW {
				for _, p := range groupParts {
					add(strings.Join(strings.Fields(art+" "+d+" "+p+" van de "+n), " "))
				}
			}
		}
	}
	return out
}

// withCouncilGroups is the group table base with the council groups it
// lacks after it, the longest first.
func withCouncilGroups(base [][]string) [][]string {
	seen := map[string]bool{}
	for _, g := range base {
		seen[strings.Join(g, " ")] = true
	}
	var more [][]string
	for _, g := range councilGroups() {
		if k := strings.Join(g, " "); !seen[k] {
			seen[k] = true
			more = append(more, g)
		}
	}
	slices.SortStableFunc(more, func(a, b []string) int { return len(b) - len(a) })
	return append(slices.Clip(base), more...)
}

// passiveV are the finite forms of the passive's auxiliary.
const passiveV = "wordt|worden|werd|werden|is|zijn"

// councilCues are the cue rows of the frames the cue table lacked: the
// nominal stances of a report in the passive with their agent ("Tijdens de
// Raad werd door Frankrijk steun uitgesproken voor X", "werden door enkele
// lidstaten zorgen geuit over X", "werden door hen kanttekeningen bij X
// geplaatst"), and support received in the perfect ("X heeft de steun van
// twintig lidstaten gekregen"). The cue compiler (stances.go) adds them.
var councilCues = []cueDef{
	{stance: stSupport, pattern: passiveV + " … door … steun|bijval uitgesproken voor|aan", obj: objAfter, gap: 8, flags: passive},
	{stance: stWelcome, pattern: passiveV + " … door … waardering uitgesproken voor", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … zorgen|zorg|kritiek|bezorgdheid|twijfels|twijfel|bedenkingen geuit|uitgesproken over|bij", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … vraagtekens|kanttekeningen|kritische kanttekeningen geplaatst bij", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … vraagtekens|kanttekeningen bij … geplaatst", obj: objGap, gap: 10, flags: passive | lastGap | closedGap},
	{stance: stOppose, pattern: passiveV + " … door … bezwaar|bezwaren gemaakt|aangetekend tegen", obj: objAfter, gap: 8, flags: passive},
	{stance: stSupport, pattern: hasV + " … steun|bijval van … gekregen|ontvangen", obj: objBefore, gap: 8, flags: actorAfter | closedGap},
	// the chair's finding of agreement in a dat-clause ("Het
	// voorzitterschap concludeerde dat er overeenstemming was over X"), as
	// its finding of support ("concludeerde … steun") is the delegations'
	{stance: stSupport, pattern: "concludeert|concluderen|concludeerde|concludeerden|constateert|constateren|constateerde|constateerden … overeenstemming|consensus", obj: objAfter, gap: 5, flags: delegations},
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden vast dat … overeenstemming|consensus", obj: objAfter, gap: 4, flags: delegations},
	// support found to exist, with or without "er" ("Tijdens de Raad
	// bleek brede steun te bestaan voor X", "Hierover bleek in de Raad
	// consensus te bestaan")
	{stance: stSupport, pattern: "bleek|bleken|blijkt|blijken … steun|overeenstemming|consensus te bestaan", obj: objAfter, gap: 5, flags: delegations | impersonal},
	// what could count on broad support ("Het voorstel kon rekenen op
	// brede steun"): the delegations' support, its subject before; with
	// the supporters named ("op steun van X") the passive rows read X
	{stance: stSupport, pattern: "kan|kon|kunnen|konden … rekenen op … steun", obj: objBefore, gap: 4, flags: delegations | impersonal},
	// an agentless passive in a "waarbij"-clause after a main clause: the
	// main clause's subject acts in it ("Verschillende lidstaten
	// presenteerden voorstellen, waarbij het belang van X werd benadrukt");
	// an agent in the clause is the passive rows' (agentInClause)
	{stance: stSupport, pattern: "waarbij het belang van … werd|werden|wordt|worden benadrukt|onderstreept", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: "waarbij … werd|werden|wordt|worden gepleit voor", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: "waarbij … werd|wordt opgeroepen tot", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: "waarbij … steun werd|wordt uitgesproken voor|aan", obj: objAfter, gap: 3},
	{stance: stConcern, pattern: "waarbij … zorgen|kritiek|bezorgdheid werd|werden|wordt|worden geuit|uitgesproken over|bij", obj: objAfter, gap: 3},
	// the present of "kon … rekenen op … steun van X" (stances.go)
	{stance: stSupport, pattern: "kan|kunnen … rekenen op … steun|bijval van", obj: objBefore, gap: 3, flags: actorAfter | strictGap},
}

// breadthWords make support a count of the delegations: "brede steun".
var breadthWords = map[string]bool{"brede": true, "ruime": true, "grote": true, "algemene": true, "unanieme": true,
	"veel": true, "breed": true, "voldoende": true, "zeer": true}

// notCountedSupport reports whether a cue of support counted on ("kon
// rekenen op … steun") is no count of the delegations: no breadth word in
// its gap, or an actor before it that receives the support ("Nederland kon
// rekenen op steun").
func (sc *sentenceCtx) notCountedSupport(h cueHit, cands []posActor) bool {
	if sc.toks[h.first()].lower == "waarbij" && h.def.flags&passive == 0 {
		return sc.agentInClause(h, cands)
	}
	if len(h.fixed) < 4 || sc.toks[h.fixed[1]].lower != "rekenen" || h.def.flags&delegations == 0 {
		return false
	}
	if l := h.last(); l+1 < len(sc.toks) && sc.toks[l+1].lower == "van" {
		return true // "op brede steun van Frankrijk": the supporters named
	}
	broad := false
	for _, k := range h.gapTokens() {
		broad = broad || breadthWords[sc.toks[k].lower]
	}
	for _, c := range cands {
		if c.t1 <= h.first() && c.prep == "" && !sc.thatBetween(c.t1, h.first()) {
			return true
		}
	}
	return !broad
}

// namesToEnd returns, for a group closed by an apposition that runs to the
// end of its sentence ("kreeg de steun van veel lidstaten, waaronder
// Polen."), the number of tokens from the "waaronder" at k to the
// sentence's end, as includedNames (stances.go) does for an aside a comma
// closes; 0 when a word other than a capitalised name or "en" follows.
func namesToEnd(rs []rune, toks []token, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "waaronder" && toks[k].lower != "inclusief" ||
		!strings.Contains(string(rs[toks[k-1].end:toks[k].start]), ",") {
		return 0
	}
	for j := k + 1; j < len(toks); j++ {
		if j-k > 9 || !startsUpper(toks[j].text) && toks[j].lower != "en" {
			return 0
		}
		if j > k+1 && strings.ContainsAny(string(rs[toks[j-1].end:toks[j].start]), ";:()") {
			return 0
		}
	}
	return len(toks) - k
}

// agentOf is the actor of a passive whose agent is candidate a: a pronoun
// ("werden door [hen] kanttekeningen … geplaatst") is the actor named
// before it in the sentence, else the paragraph's previous one; an agent
// that "en" joins to another inside the cue ("werd door [de Commissie en
// het voorzitterschap] gesteund") holds it with that one, as two actors
// joined before an active verb do (actorOf).
func (sc *sentenceCtx) agentOf(a posActor, cands []posActor, limit int, prev *posActor) (posActor, bool) {
	if a.pronoun {
		for _, c := range cands {
			if c.t0 < a.t0 && !c.pronoun && c.prep == "" {
				r := c
				r.t0, r.t1, r.prep = a.t0, a.t1, a.prep
				return r, true
			}
		}
		if prev != nil {
			r := *prev
			r.t0, r.t1, r.prep = a.t0, a.t1, a.prep
			return r, true
		}
		return posActor{}, false
	}
	a = sc.joinedNext(a, cands, limit)
	sc.coActors(&a, cueHit{fixed: []int{a.t0, limit}}, cands) // "door Duitsland, samen met Frankrijk,"
	return a, true
}

// joinedNext widens actor a to the actor "en" joins right after it, both
// ending by token limit: "[de Commissie en het voorzitterschap]".
func (sc *sentenceCtx) joinedNext(a posActor, cands []posActor, limit int) posActor {
	j := a.t1
	if j < 1 || j+1 >= limit || sc.toks[j].lower != "en" || strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j+1].start]), ",;:()") {
		return a
	}
	for _, c := range cands {
		if c.t0 == j+1 && c.prep == "" && c.t1 <= limit && !c.pronoun && !c.implicit {
			return sc.joinedActors(a, a, c)
		}
	}
	return a
}

// pointerAdverbs are the pronominal adverbs that, fronted, stand for the
// object of a collective outcome: "Hierover bleek in de Raad consensus te
// bestaan", "Hiervoor is brede steun".
var pointerAdverbs = map[string]bool{"hierover": true, "daarover": true, "hiervoor": true, "daarvoor": true}

// frontedPointer reports whether a cue of the delegations' support (or its
// negation) opens after a fronted pronominal adverb that is its object,
// the sentence before: no object of its own ("voor X", "over X") follows.
func (sc *sentenceCtx) frontedPointer(h cueHit) bool {
	if h.def.flags&delegations == 0 || h.first() == 0 || !pointerAdverbs[sc.toks[0].lower] {
		return false
	}
	n := sc.delegationsPrep(h)
	return n >= len(sc.toks) || sc.toks[n].lower != "voor" && sc.toks[n].lower != "over"
}

// thatBetween reports whether a "dat" opens a clause between tokens a and
// b: an actor before it is the main clause's ("Het voorzitterschap stelde
// vast [dat] het voorstel kon rekenen op brede steun").
func (sc *sentenceCtx) thatBetween(a, b int) bool {
	for k := a; k < b && k < len(sc.toks); k++ {
		if sc.toks[k].lower == "dat" {
			return true
		}
	}
	return false
}

// bothActors widens actor a to the second actor of "zowel A als B" ("Zowel
// Frankrijk als de Commissie steunden het plan"): both hold the position,
// as two actors joined by "en" do.
func (sc *sentenceCtx) bothActors(a *posActor, cands []posActor) {
	if a.t0 < 1 || a.t1 >= len(sc.toks) || sc.toks[a.t0-1].lower != "zowel" || sc.toks[a.t1].lower != "als" {
		return
	}
	for _, c := range cands {
		if c.t0 == a.t1+1 && c.prep == "als" && !c.pronoun && !c.implicit {
			refs := uniqueRefs(append(slices.Clone(a.refs), c.refs...))
			*a = posActor{t0: a.t0 - 1, t1: c.t1, refs: refs, words: sc.text(a.t0-1, c.t1-1), prep: a.prep}
			return
		}
	}
}

// agentInClause reports whether an agentless "waarbij"-row has no main
// clause to take its actor from, or an agent of its own ("waarbij door
// Frankrijk het belang van X werd benadrukt"), which the passive rows
// read: the main clause's subject is a candidate before the comma that
// no preposition introduces.
func (sc *sentenceCtx) agentInClause(h cueHit, cands []posActor) bool {
	for k := h.first() + 1; k < h.last(); k++ {
		if sc.toks[k].lower == "door" {
			return true
		}
	}
	if h.first() == 0 || !strings.Contains(string(sc.rs[sc.toks[h.first()-1].end:sc.toks[h.first()].start]), ",") {
		return true
	}
	for _, c := range cands {
		if c.t1 <= h.first() && c.prep == "" && !c.pronoun {
			return false
		}
	}
	return true
}
