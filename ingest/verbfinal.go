package ingest

import (
	"slices"
	"strings"
	"sync"
)

// The verb-final order of the nominal, adjectival and auxiliary rows
// (issue 12, lex4).
//
// stances_paradigm.go derives the subordinate order of a row whose first
// word is a lexical verb's finite forms, and predicateFirstVariant that of
// a row opening on exactly the copula or exactly "hebben". The rows left
// are the ones a subordinate clause ("dat zij …", "omdat …", "gaf aan dat
// …") and the perfect inside it still missed:
//
//   - auxRowFinal: a row whose first slot mixes the copula and "hebben"
//     ("heeft|is … waardering voor" → "dat zij waardering hebben voor"), or
//     whose predicate holds a gap ("is het met … eens" → "dat het kabinet
//     het met X eens is");
//   - copulaPerfect: the perfect of a copula or "hebben" row, in the main
//     clause and in verb-final order ("is voorstander geweest van", "dat
//     zij voorstander zijn geweest van", "bezwaar gehad heeft tegen");
//   - nounFinal: a verb with its noun object ("deelt … de zorg", "deelt …
//     de mening") in verb-final order, the object's complement after it
//     ("dat zij de zorg deelt over", "dat zij de mening delen dat");
//   - erFinal: "dringt er … op aan" → "dat zij er bij de regering op
//     aandringt";
//   - ppBeforeVerb: a verb, its noun predicate and its preposition ("benadrukt
//     … het belang van", "plaatst … kanttekeningen bij") with the
//     prepositional object before the clause-final verb ("dat zij het belang
//     van samenwerking benadrukken");
//   - modalCopula: a modal before the copula or "hebben" of a verb-final
//     row ("dat Nederland voorstander kan zijn van", "dat zij bezwaar
//     zouden hebben tegen");
//   - perfectRowFinal: a perfect row with its predicate ("heeft … kennis
//     genomen van", "heeft zich … zorgen gemaakt over") in verb-final
//     order, both orders of the cluster ("omdat het kabinet kennis heeft
//     genomen van", "… kennis genomen heeft van");
//   - firstPersonOpinion: the 1sg of an opinion verb with its dat-clause
//     ("Ik meen dat …"), only with "ik" beside it;
//   - objGapFinal: a verb with its object and a predicate after it ("acht
//     … van belang", "acht … wenselijk") in verb-final order, also after a
//     modal ("omdat het kabinet het voorstel van belang [kan achten]");
//   - perfectFinal: the perfect of a row "heeft … <participle>" with its
//     object in the gap, in verb-final order ("dat Nederland het voorstel
//     heeft gesteund", "… gesteund heeft").
//
// Each derived row keeps the actor rules of the flag it takes:
// predicateFirst and verbFinal rows find the subject before the cue, and a
// negation right before the cue turns it.

// auxWords are the finite copulas and forms of "hebben".
var auxWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(isV+"|"+hasV, "|") {
		m[w] = true
	}
	return m
}()

func allAux(slot string) bool {
	for _, w := range strings.Split(slot, "|") {
		if !auxWords[w] {
			return false
		}
	}
	return true
}

// verbFinalCues are the derived rows, the table's and paradigmCues' own
// patterns left out.
var verbFinalCues = sync.OnceValue(func() []cueDef {
	have := map[string]bool{}
	for _, d := range cueTable {
		have[patternKey(d.pattern)] = true
	}
	for _, d := range paradigmCues() {
		have[patternKey(d.pattern)] = true
	}
	for i := range cueTable {
		if v, ok := predicateFirstVariant(cueTable[i]); ok {
			have[patternKey(v.pattern)] = true
		}
	}
	// the rows derived from: the table's and the conventions' (conventions.go)
	src := slices.Concat(cueTable, conventionCues)
	for _, d := range conventionCues {
		have[patternKey(d.pattern)] = true
	}
	for _, d := range constructionCues() {
		have[patternKey(d.pattern)] = true
	}
	var out []cueDef
	add := func(ds ...cueDef) {
		for _, d := range ds {
			k := patternKey(d.pattern)
			if !have[k] {
				have[k] = true
				out = append(out, d)
			}
		}
	}
	for _, d := range src {
		add(auxRowFinal(d)...)
		add(modalCopula(d)...)
		add(perfectRowFinal(d)...)
		add(firstPersonOpinion(d)...)
		add(objGapFinal(d)...)
		add(copulaPerfect(d)...)
		add(nounFinal(d)...)
		add(erFinal(d)...)
		add(ppBeforeVerb(d)...)
		add(perfectFinal(d)...)
	}
	// the conventions' rows in the order stances_paradigm.go gives the
	// table's: "dat de Raad van State positief adviseert over", "… kan
	// adviseren over"
	for _, d := range conventionCues {
		if v, ok := verbFinalCue(d); ok {
			add(v)
		}
		if v, ok := verbClusterCue(d, false); ok {
			add(v)
		}
	}
	return out
})

// auxRowFinal: "heeft|is … waardering voor" → "waardering heeft|is voor";
// "is het met … eens" → "het met … eens is".
func auxRowFinal(d cueDef) []cueDef {
	if d.obj != objAfter || d.flags&^(strictGap|subjectFirst|closedGap) != 0 {
		return nil
	}
	ws := strings.Fields(d.pattern)
	if len(ws) < 3 || !allAux(ws[0]) || ws[1] != "…" && !slices.Contains(ws[2:], "…") {
		return nil
	}
	if _, ok := predicateFirstVariant(d); ok {
		return nil
	}
	rest := ws[1:]
	if ws[1] == "…" {
		rest = ws[2:]
	}
	v := d
	v.flags = d.flags&^(strictGap|subjectFirst|closedGap) | predicateFirst
	if i := slices.Index(rest, "…"); i > 0 {
		// "het met … eens": the gap inside the predicate, the verb after it
		if i == len(rest)-1 || !prepositional(rest[i-1]) {
			return nil
		}
		v.pattern = strings.Join(rest, " ") + " " + ws[0]
		v.flags |= closedGap
		return []cueDef{v}
	}
	k := 0
	for k < len(rest) && !anyFunctionWord(rest[k]) {
		k++
	}
	if k == 0 || k == len(rest) {
		return nil
	}
	v.pattern = strings.Join(slices.Concat(rest[:k], []string{ws[0]}, rest[k:]), " ")
	return []cueDef{v}
}

// copulaPerfect: "is … voorstander van" → "is|zijn … voorstander geweest
// van", "voorstander is|zijn geweest van", "voorstander geweest is|zijn
// van"; "heeft … bezwaar tegen" → "heeft … bezwaar gehad tegen", ….
func copulaPerfect(d cueDef) []cueDef {
	pf, ok := predicateFirstVariant(d)
	if !ok {
		return nil
	}
	ws := strings.Fields(d.pattern)
	var aux, part string
	switch ws[0] {
	case isV:
		aux, part = "is|zijn|was|waren|ben", "geweest"
	case hasV:
		aux, part = hasV, "gehad"
	default:
		return nil
	}
	rest := ws[2:]
	k := 0
	for k < len(rest) && !anyFunctionWord(rest[k]) {
		k++
	}
	if k == len(rest) {
		return nil
	}
	pred, tail := rest[:k], rest[k:]
	for _, slot := range pred {
		for _, w := range strings.Split(slot, "|") {
			if looksParticiple(w) {
				return nil // "heeft … het belang benadrukt van" is a perfect already
			}
		}
	}
	mainP := d
	mainP.pattern = strings.Join(slices.Concat([]string{aux, "…"}, pred, []string{part}, tail), " ")
	a := pf
	a.pattern = strings.Join(slices.Concat(pred, []string{aux, part}, tail), " ")
	b := pf
	b.pattern = strings.Join(slices.Concat(pred, []string{part, aux}, tail), " ")
	return []cueDef{mainP, a, b}
}

// nounFinal: "deelt … zorgen|zorg" → "zorgen|zorg deelt|delen|…", the
// object after the verb ("dat zij de zorg deelt over X", "dat zij de
// mening delen dat …").
func nounFinal(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objAfter || d.flags&nounObject == 0 || len(ws) != 3 || ws[1] != "…" || len(finiteStems(ws[0])) == 0 {
		return nil
	}
	var forms []string
	for _, f := range strings.Split(ws[0], "|") {
		if finiteVerbForm(f, ws[0]) {
			forms = append(forms, f)
		}
	}
	v := d
	v.pattern = ws[2] + " " + strings.Join(forms, "|") + " over|dat"
	v.flags = predicateFirst
	v.gap = 0
	return []cueDef{v}
}

// finiteVerbForm: f is a finite form of slot's verb, not its 1sg stem (a
// noun as often: "deel").
func finiteVerbForm(f, slot string) bool {
	return !slices.Contains(finiteStems(slot), f) || strings.HasSuffix(f, "t") // "acht", "zet": the 3sg too
}

// erFinal: "dringt|dringen|… er … op aan" → "er … op aandringt|…".
func erFinal(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objAfter || d.flags != 0 || len(ws) != 5 || ws[1] != "er" || ws[2] != "…" ||
		!prepositional(ws[3]) || !separableParticles[ws[4]] || len(finiteStems(ws[0])) == 0 {
		return nil
	}
	var forms []string
	for _, f := range strings.Split(ws[0], "|") {
		if finiteVerbForm(f, ws[0]) {
			forms = append(forms, ws[4]+f)
		}
	}
	v := d
	v.pattern = "er … " + ws[3] + " " + strings.Join(forms, "|")
	v.flags = verbFinal | strictGap
	return []cueDef{v}
}

// ppBeforeVerb: "benadrukt … het belang van" → "belang van … benadrukt|…"
// the object in the gap, the verb closing the clause.
func ppBeforeVerb(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objAfter || d.flags&^(strictGap|closedGap) != 0 || len(ws) < 4 || ws[1] != "…" || len(finiteStems(ws[0])) == 0 {
		return nil
	}
	rest := ws[2:]
	for len(rest) > 1 && determinerSlot(rest[0]) {
		rest = rest[1:]
	}
	if len(rest) != 2 || anyFunctionWord(rest[0]) || !prepositional(rest[1]) || separableParticles[rest[1]] && rest[1] != "op" && rest[1] != "aan" {
		return nil
	}
	if separableParticles[rest[0]] || extraPrepositions[rest[0]] {
		return nil // "gaat … mee met", "houdt … vast aan": the particle joins the verb
	}
	for _, w := range strings.Split(rest[1], "|") {
		if w == "dat" || w == "om" || w == "te" || strings.HasPrefix(w, "er") {
			return nil // a clause or an infinitive follows, no object
		}
	}
	var forms []string
	for _, f := range strings.Split(ws[0], "|") {
		if finiteVerbForm(f, ws[0]) && !functionWords[f] && !separableParticles[f] {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 {
		return nil
	}
	v := d
	v.pattern = rest[0] + " " + rest[1] + " … " + strings.Join(forms, "|")
	v.obj, v.gap = objGap, 10
	v.flags = closedGap | clauseFinal | verbFinal
	return []cueDef{v}
}

// perfectFinal: "heeft … gesteund" (object in the gap) → "heeft|hebben
// gesteund" and "gesteund heeft|hebben", closing the clause, the object
// before them.
func perfectFinal(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objGap || d.flags&^closedGap != 0 || len(ws) != 3 || ws[0] != hasV || ws[1] != "…" {
		return nil
	}
	a, b := d, d
	a.pattern = hasV + " " + ws[2]
	b.pattern = ws[2] + " " + hasV
	for _, v := range []*cueDef{&a, &b} {
		v.obj, v.gap = objVerbFinal, 0
		v.flags = clauseFinal | verbFinal
	}
	return []cueDef{a, b}
}

// looksParticiple: a word shaped as a participle ("benadrukt", "ingestemd",
// "uitgesproken", "bereid", "verbaasd"), which takes no second perfect.
func looksParticiple(w string) bool {
	if !strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "en") {
		return false
	}
	for p := range separableParticles {
		w = strings.TrimPrefix(w, p)
	}
	if strings.HasPrefix(w, "ge") {
		return true
	}
	for _, p := range inseparablePrefixes {
		if strings.HasPrefix(w, p) && !strings.HasSuffix(w, "en") {
			return true // "benadrukt", "verbaasd"; not "bezwaren"
		}
	}
	return false
}

// modalCopula: "is … voorstander van" → "voorstander kan|kunnen|… zijn|blijven
// van"; "heeft|is … waardering voor" → "waardering kan|… hebben voor".
func modalCopula(d cueDef) []cueDef {
	v, ok := predicateFirstVariant(d)
	if !ok {
		vs := auxRowFinal(d)
		if len(vs) != 1 || vs[0].flags&closedGap != 0 {
			return nil // "het met … eens is": the modal stands after the gap
		}
		v = vs[0]
	}
	ws := strings.Fields(d.pattern)
	alts := strings.Split(ws[0], "|")
	inf := "zijn|blijven"
	if slices.Contains(alts, "heeft") {
		inf = "hebben"
	}
	ps := strings.Fields(v.pattern)
	i := slices.Index(ps, ws[0])
	if i < 1 {
		return nil
	}
	for _, slot := range ps[:i] {
		for _, w := range strings.Split(slot, "|") {
			if looksParticiple(w) {
				return nil // "ingestemd heeft": a perfect's modal is no cue
			}
		}
	}
	v.pattern = strings.Join(slices.Concat(ps[:i], []string{modalV, inf}, ps[i+1:]), " ")
	return []cueDef{v}
}

// perfectRowFinal: "heeft … kennis genomen van" → "kennis heeft|hebben|…
// genomen van", "kennis genomen heeft|hebben|… van"; "heeft zich … zorgen
// gemaakt over" → "zich … zorgen heeft gemaakt over".
func perfectRowFinal(d cueDef) []cueDef {
	if d.obj != objAfter || d.flags&^(strictGap|closedGap|subjectFirst) != 0 {
		return nil
	}
	ws := strings.Fields(d.pattern)
	if len(ws) < 4 || ws[0] != hasV && ws[0] != isV {
		return nil
	}
	rest, refl := ws[1:], false
	if rest[0] == "zich" {
		rest, refl = rest[1:], true
	}
	if len(rest) < 3 || rest[0] != "…" || slices.Contains(rest[1:], "…") {
		return nil
	}
	rest = rest[1:]
	k := 0
	for k < len(rest) && !anyFunctionWord(rest[k]) {
		k++
	}
	if k < 2 || k == len(rest) {
		return nil // no predicate before the participle, or no object after
	}
	part := rest[k-1]
	for _, w := range strings.Split(part, "|") {
		if !looksParticiple(w) {
			return nil
		}
	}
	pred, tail := rest[:k-1], rest[k:]
	for len(pred) > 1 && determinerSlot(pred[0]) {
		pred = pred[1:]
	}
	var head []string
	if refl {
		head = []string{"zich", "…"}
	}
	v := d
	v.flags = d.flags&^(strictGap|subjectFirst|closedGap) | predicateFirst
	if refl {
		v.flags |= strictGap
	}
	a, b := v, v
	a.pattern = strings.Join(slices.Concat(head, pred, []string{ws[0], part}, tail), " ")
	b.pattern = strings.Join(slices.Concat(head, pred, []string{part, ws[0]}, tail), " ")
	out := []cueDef{a, b}
	if !refl && len(tail) == 1 && !strings.Contains(tail[0], "dat") && !strings.Contains(tail[0], "te") && !strings.Contains(tail[0], "om") {
		// the object between the preposition and the cluster:
		// "dat zij kanttekeningen bij [X] hebben geplaatst"
		c, e := d, d
		c.pattern = strings.Join(slices.Concat(pred, tail, []string{"…", ws[0], part}), " ")
		e.pattern = strings.Join(slices.Concat(pred, tail, []string{"…", part, ws[0]}), " ")
		for _, x := range []*cueDef{&c, &e} {
			x.obj, x.gap = objGap, 10
			x.flags = closedGap | clauseFinal | verbFinal
		}
		out = append(out, c, e)
	}
	return out
}

// firstPersonOpinion: "meent|menen|… dat" → "meen dat", firstPersonOnly
// ("Ik meen dat …", "Daarom meen ik dat …").
func firstPersonOpinion(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objClause || len(ws) != 2 || ws[1] != "dat" || d.flags&(firstPersonOnly|reporting|opinionOnly) != 0 {
		return nil
	}
	alts := strings.Split(ws[0], "|")
	var first []string
	for _, st := range finiteStems(ws[0]) {
		if !sayingStems[st] && !slices.Contains(alts, st) {
			first = append(first, st)
		}
	}
	if len(first) == 0 {
		return nil
	}
	v := d
	v.pattern = strings.Join(first, "|") + " dat"
	v.flags |= firstPersonOnly
	return []cueDef{v}
}

// objGapFinal: "acht|achten|… … van belang" → "van belang acht|achten|…"
// and "van belang kan|kunnen|… achten", the object before them.
func objGapFinal(d cueDef) []cueDef {
	ws := strings.Fields(d.pattern)
	if d.obj != objGap || d.flags&^closedGap != 0 || len(ws) < 3 || ws[1] != "…" || slices.Contains(ws[2:], "…") {
		return nil
	}
	pred := ws[2:]
	if anyFunctionWord(pred[len(pred)-1]) || strings.Contains(pred[0], "als") || strings.Contains(pred[0], "dat") ||
		slices.Contains(pred, "te") || len(pred) == 1 && separableParticles[pred[0]] {
		return nil // "acht … rijp voor", "ziet … als een stap": no predicate that closes the clause
	}
	alts := strings.Split(ws[0], "|")
	var forms, infs []string
	for _, st := range finiteStems(ws[0]) {
		if inf := infinitiveOf(st, alts); inf != "" && !slices.Contains(infs, inf) {
			infs = append(infs, inf)
		}
	}
	for _, f := range alts {
		if finiteVerbForm(f, ws[0]) {
			forms = append(forms, f)
		}
	}
	if len(infs) == 0 || len(forms) == 0 {
		return nil
	}
	v := d
	v.obj, v.gap = objVerbFinal, 0
	v.flags = clauseFinal | verbFinal
	a, b := v, v
	a.pattern = strings.Join(pred, " ") + " " + strings.Join(forms, "|")
	b.pattern = strings.Join(pred, " ") + " " + modalV + " " + strings.Join(infs, "|")
	return []cueDef{a, b}
}

// perfectClusterNegation: a negation before the auxiliary of a perfect
// whose verb cluster opens the cue ("dat zij niet [hebben] kunnen
// instemmen met", "dat Nederland niet [heeft] kunnen steunen"): the
// auxiliary stands between the negation and the cue's first word, a modal.
func perfectClusterNegation(rs []rune, toks []token, h cueHit) bool {
	f := h.first()
	n := f - 2
	if n < 0 || toks[n].lower != "niet" && toks[n].lower != "nooit" || !finalVerbs[toks[f].lower] || !finalVerbs[toks[n+1].lower] {
		return false
	}
	if n > 0 && toks[n-1].lower == "dan" {
		return false // "al dan niet"
	}
	return strings.TrimSpace(string(rs[toks[n].end:toks[n+1].start])) == "" && strings.TrimSpace(string(rs[toks[n+1].end:toks[f].start])) == ""
}
