package ingest

import (
	"slices"
	"strings"
	"sync"
)

// Verb paradigms of the stance cues (docs/stances.md, "Cue forms").
//
// A stance verb is read in every form Dutch gives it, not only the ones a
// letter happened to use: the present (1sg "ik steun", 2-3sg "steunt",
// plural "steunen"), the past ("steunde", "steunden"), the perfect with its
// auxiliary ("heeft … gesteund"), a modal with the infinitive ("kan …
// steunen"), the order of a subordinate clause ("dat Nederland … steunt")
// and, for a separable verb, the particle split off ("wijst … af") or
// joined ("dat Nederland het voorstel afwijst"). conjugate derives the
// forms from a lemma by the regular rules (the stem, 't kofschip for the
// past and the participle, no "ge-" after an unstressed prefix); the few
// strong verbs give their forms in the lemma's spec.

// verbForms is the paradigm of one verb lemma.
type verbForms struct {
	inf      string // the infinitive without its particle: "wijzen", "steunen"
	particle string // the separable particle: "af" of "afwijzen"; "" for none
	stem     string // 1sg present: "wijs", "steun"
	third    string // 2-3sg present: "wijst", "steunt"
	pastSg   string // "wees", "steunde"
	pastPl   string // "wezen", "steunden"
	part     string // the participle without its particle: "gewezen", "gesteund"
	aux      string // the perfect's auxiliary as a pattern slot: hasV or isV
}

// inseparablePrefixes take no "ge-" in the participle: "verwelkomd",
// "betreurd", "ontraden", "herhaald".
var inseparablePrefixes = []string{"be", "ge", "her", "ont", "ver", "er", "onder"}

// conjugate derives a verb's paradigm from its spec
//
//	[particle+]infinitive[:stem[:pastSg,pastPl[:participle[:third]]]][@is]
//
// "steunen" is regular; "maken:maak" names a stem the spelling rules cannot
// know (a long vowel in an open syllable); "af+wijzen:wijs:wees,wezen:gewezen"
// a strong separable verb; "@is" the auxiliary "zijn" ("is akkoord
// gegaan"). Forms not given follow the weak conjugation: the stem is the
// infinitive without "-en", a doubled consonant single, a final "z" / "v"
// devoiced; the past takes "-te(n)" after a voiceless consonant of the
// infinitive's stem ('t kofschip) and "-de(n)" otherwise; the participle
// "ge-" + stem + "t" / "d".
func conjugate(spec string) verbForms {
	var v verbForms
	v.aux = hasV
	if s, ok := strings.CutSuffix(spec, "@is"); ok {
		spec, v.aux = s, isV
	}
	if p, rest, ok := strings.Cut(spec, "+"); ok {
		v.particle, spec = p, rest
	}
	parts := strings.Split(spec, ":")
	v.inf = parts[0]
	raw := strings.TrimSuffix(v.inf, "en")
	if raw == v.inf {
		raw = strings.TrimSuffix(v.inf, "n") // "gaan", "staan", "zien"
	}
	if n := len(raw); n >= 2 && raw[n-1] == raw[n-2] && !strings.ContainsRune("aeiou", rune(raw[n-1])) {
		raw = raw[:n-1] // "stemmen" → "stem", "zetten" → "zet"
	}
	v.stem = raw
	switch {
	case strings.HasSuffix(raw, "z"):
		v.stem = raw[:len(raw)-1] + "s"
	case strings.HasSuffix(raw, "v"):
		v.stem = raw[:len(raw)-1] + "f"
	}
	if len(parts) > 1 && parts[1] != "" {
		v.stem = parts[1]
	}
	v.third = v.stem
	if !strings.HasSuffix(v.stem, "t") {
		v.third += "t"
	}
	dental := "d"
	if kofschip(raw) {
		dental = "t"
	}
	v.pastSg, v.pastPl = v.stem+dental+"e", v.stem+dental+"en"
	if len(parts) > 2 && parts[2] != "" {
		sg, pl, _ := strings.Cut(parts[2], ",")
		v.pastSg, v.pastPl = sg, pl
	}
	ge := "ge"
	for _, p := range inseparablePrefixes {
		if strings.HasPrefix(v.inf, p) && len(v.inf) > len(p)+4 {
			ge = ""
			break
		}
	}
	v.part = ge + v.stem
	if !strings.HasSuffix(v.stem, "t") && !strings.HasSuffix(v.stem, "d") {
		v.part += dental
	}
	if len(parts) > 3 && parts[3] != "" {
		v.part = parts[3]
	}
	if len(parts) > 4 && parts[4] != "" {
		v.third = parts[4] // "is", "heeft", "gaat"
	}
	return v
}

// kofschip: the stem ends in a voiceless consonant ("t", "k", "f", "s",
// "ch", "p"), so the weak past and participle take "t".
func kofschip(raw string) bool {
	if strings.HasSuffix(raw, "ch") {
		return true
	}
	return raw != "" && strings.ContainsRune("tkfsp", rune(raw[len(raw)-1]))
}

// finite are the finite forms of the present and the past, the particle
// joined as a subordinate clause has it when join is set: "afwijst".
func (v verbForms) finite(join bool) []string {
	fs := []string{v.third, v.inf, v.pastSg, v.pastPl}
	if join && v.particle != "" {
		for i := range fs {
			fs[i] = v.particle + fs[i]
		}
	}
	return fs
}

// participle with its particle: "afgewezen", "ingestemd".
func (v verbForms) participle() string { return v.particle + v.part }

// infinitive with its particle: "afwijzen", "instemmen".
func (v verbForms) infinitive() string { return v.particle + v.inf }

// The derived rows. A row of the cue table names a verb by the finite
// forms of its main clause ("stemt|stemmen|stemde|stemden … in met");
// paradigmCues derives from it, by the rules of Dutch word order, the forms
// a letter may use instead:
//
//   - firstPersonCue: the 1sg present, only with "ik" beside it ("Ik stem
//     in met", "Daarom steun ik"): "stem", "steun" and "vrees" are nouns too;
//     not where a dat-clause follows ("Ik wijs de Kamer erop dat …"): that
//     is the letter's own speech;
//   - verbFinalCue: the order of a subordinate clause and of a modal's
//     infinitive, the predicate and the particle before the verb, the verb
//     joined to its particle ("dat Nederland instemt met", "kan zich
//     uitspreken voor", "dat het kabinet positief staat tegenover", "dat
//     Duitsland het voorstel afwijst");
//   - perfectCue: the perfect of a weak verb with a direct object ("heeft
//     het voorstel gewaardeerd").
//
// A derived row the table already holds (the same words in every slot) is
// left out.
var paradigmCues = sync.OnceValue(func() []cueDef {
	have := map[string]bool{}
	for _, d := range cueTable {
		have[patternKey(d.pattern)] = true
	}
	var out []cueDef
	add := func(d cueDef, ok bool) {
		k := patternKey(d.pattern)
		if d.flags&firstPersonClause != 0 {
			k = "1sg-final " + k // "steun" of "omdat ik X steun" is no "Ik steun X"
		}
		if ok && !have[k] && !coveredByTable(d.pattern) {
			have[k] = true
			out = append(out, d)
		}
	}
	for _, d := range cueTable {
		add(firstPersonCue(d))
		add(firstPersonFinalCue(d))
		add(verbFinalCue(d))
		add(verbClusterCue(d, false))
		add(verbClusterCue(d, true))
		add(perfectCue(d))
		add(modalCue(d))
	}
	return out
})

// coveredByTable reports whether a row of the table reads what a derived
// pattern reads, a modal cluster through its gap: "steun … verlenen aan"
// owns "steun zal verlenen aan" (one owner, one stored cue).
func coveredByTable(p string) bool {
	ws := strings.Fields(strings.Replace(p, modalV, "…", 1))
	if !strings.Contains(p, modalV) {
		return false
	}
	for _, d := range cueTable {
		ts := strings.Fields(d.pattern)
		if len(ts) != len(ws) {
			continue
		}
		ok := true
		for i := range ws {
			if ws[i] == "…" || ts[i] == "…" {
				ok = ok && ws[i] == ts[i]
				continue
			}
			for _, w := range strings.Split(ws[i], "|") {
				if !slices.Contains(strings.Split(ts[i], "|"), w) {
					ok = false
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// patternKey is a pattern with each slot's alternatives sorted.
func patternKey(p string) string {
	ws := strings.Fields(p)
	for i, w := range ws {
		alts := strings.Split(w, "|")
		slices.Sort(alts)
		ws[i] = strings.Join(alts, "|")
	}
	return strings.Join(ws, " ")
}

// finiteStems finds in a slot's alternatives the 2-3sg present of each
// verb with its plural ("steunt" with "steunen", "zet" with "zetten",
// "maakt" with "maken", "wijst" with "wijzen", "staat" with "staan") and
// returns their 1sg, the stems; none when the slot is no verb's finite
// forms. The auxiliaries and the copula are not: their rows have forms of
// their own.
func finiteStems(slot string) []string {
	alts := strings.Split(slot, "|")
	for _, a := range alts {
		if auxiliaries[a] {
			return nil
		}
	}
	var out []string
	for _, t := range alts {
		if len(t) < 3 || !strings.HasSuffix(t, "t") {
			continue
		}
	stems:
		for _, s := range []string{t, t[:len(t)-1]} {
			if s == t && slices.Contains(alts, s+"e") {
				continue // "juicht" is no stem: "juichte", "juichten" are the past
			}
			for _, pl := range pluralsOf(s) {
				if slices.Contains(alts, pl) {
					out = append(out, strings.TrimSuffix(s, "a")) // "staa" → "sta", "gaa" → "ga"
					break stems
				}
			}
		}
	}
	return out
}

// infinitiveOf is the infinitive of stem s among a slot's alternatives.
func infinitiveOf(s string, alts []string) string {
	if strings.HasSuffix(s, "a") && slices.Contains(alts, s+"an") {
		return s + "an" // "staan", "gaan"
	}
	for _, pl := range pluralsOf(s) {
		if slices.Contains(alts, pl) {
			return pl
		}
	}
	return ""
}

// auxiliaries: the copulas, the auxiliaries and the modals, whose rows
// have their verb-final variants of their own (predicateFirstVariant) or
// none ("blijft … werken aan": "dat het kabinet blijft werken aan").
var auxiliaries = map[string]bool{"is": true, "heeft": true, "kan": true, "zal": true, "blijft": true, "moet": true,
	"lijkt": true, "blijkt": true, "wordt": true, "wil": true}

// pluralsOf are the plurals a stem may have: "steun" → "steunen", "stem" →
// "stemmen", "maak" → "maken", "wijs" → "wijzen", "geef" → "geven", "staa"
// → "staan".
func pluralsOf(s string) []string {
	n := len(s)
	if n < 2 {
		return nil
	}
	out := []string{s + "en", s + s[n-1:] + "en"}
	if strings.HasSuffix(s, "aa") || strings.HasSuffix(s, "ie") || strings.HasSuffix(s, "oe") {
		out = append(out, s+"n") // "staan", "zien", "doen"
	}
	v := s
	switch v[n-1] {
	case 's':
		v = v[:n-1] + "z"
	case 'f':
		v = v[:n-1] + "v"
	}
	if n >= 3 && v[n-3] == v[n-2] && strings.ContainsRune("aeou", rune(v[n-2])) {
		v = v[:n-2] + v[n-1:] // "maak" → "mak", "vrees" → "vrez"
	}
	return append(out, v+"en", s[:n-1]+v[n-1:]+"en")
}

// derivable: the rows whose object and flags the derived forms keep: the
// object after the cue or in its gap, no actor after it, no passive.
func derivable(d cueDef) bool {
	const kept = strictGap | closedGap | lastGap | reporting | promise | verbFinal | clauseFinal
	return (d.obj == objAfter || d.obj == objGap) && d.flags&^kept == 0
}

// firstPersonCue derives the row of the 1sg present: "ik stem in met",
// "Ik keur het voorstel af".
func firstPersonCue(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if !derivable(d) || d.flags&(verbFinal|reporting) != 0 || ws[len(ws)-1] == "dat" {
		// "Ik wijs de Kamer erop dat", "ik benadruk dat": the letter's
		// own speech, which introduces what it says
		return cueDef{}, false
	}
	var first []string
	for _, s := range finiteStems(ws[0]) {
		if !slices.Contains(strings.Split(ws[0], "|"), s) && !sayingStems[s] {
			first = append(first, s)
		}
	}
	if len(first) == 0 {
		return cueDef{}, false
	}
	ws[0] = strings.Join(first, "|")
	v := d
	v.pattern = strings.Join(ws, " ")
	v.flags |= firstPersonOnly
	return v, true
}

// firstPersonFinalCue derives the 1sg of the order of a subordinate
// clause: "omdat ik het voorstel steun", "dat ik instem met", "dat ik mij
// inzet voor", "dat ik akkoord ga met". The 1sg is the stem, also a noun
// ("steun", "stem", "inzet"), so the row holds only with "ik" as the
// clause's subject (firstPersonClause); a one-word verb must close its
// clause.
func firstPersonFinalCue(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if !derivable(d) || d.flags&(verbFinal|reporting|firstPersonOnly) != 0 || ws[len(ws)-1] == "dat" {
		return cueDef{}, false
	}
	alts := strings.Split(ws[0], "|")
	var stems []string
	for _, st := range finiteStems(ws[0]) {
		if !sayingStems[st] && !slices.Contains(alts, st) {
			stems = append(stems, st)
		}
	}
	if len(stems) == 0 {
		return cueDef{}, false
	}
	if len(ws) == 1 {
		if d.obj != objAfter {
			return cueDef{}, false
		}
		v := d
		v.pattern = strings.Join(stems, "|")
		v.obj = objVerbFinal // "omdat ik [het voorstel] steun"
		v.flags |= clauseFinal | firstPersonClause
		return v, true
	}
	v, ok := verbFinalCue(d)
	if !ok {
		return cueDef{}, false
	}
	vs := strings.Fields(v.pattern)
	for i, slot := range vs {
		forms := strings.Split(slot, "|")
		particle, isVerb := "", true
		for _, f := range forms {
			o := ""
			for _, a := range alts {
				if strings.HasSuffix(f, a) && len(a) > len(o) {
					o = a
				}
			}
			if o == "" {
				isVerb = false
				break
			}
			particle = strings.TrimSuffix(f, o)
		}
		if !isVerb {
			continue
		}
		var first []string
		for _, st := range stems {
			first = append(first, particle+st)
		}
		vs[i] = strings.Join(first, "|")
		v.pattern = strings.Join(vs, " ")
		v.flags |= firstPersonClause
		return v, true
	}
	return cueDef{}, false
}

// ikClauseSubject reports whether "ik" is the subject of the clause that
// ends at token at: it follows the clause's subordinator ("dat", "omdat",
// "zodat", …) within eight words, no punctuation between.
func ikClauseSubject(rs []rune, toks []token, at int) bool {
	for k := at - 1; k > 0 && k >= at-8; k-- {
		if strings.ContainsAny(string(rs[toks[k].end:toks[at].start]), ",;:()") {
			return false
		}
		if toks[k].lower == "ik" {
			w := toks[k-1].lower
			return w == "dat" || w == "zodat" || w == "als" || subordinators[w]
		}
	}
	return false
}

// sayingStems are verbs of saying and pointing out, whose first person is
// the letter addressing its reader ("Ik wijs er nog op …", "Ik stel voor
// dit te bespreken", "Ik noem hier …"), not a stance.
var sayingStems = map[string]bool{"wijs": true, "stel": true, "noem": true, "meld": true,
	"zeg": true, "merk": true, "breng": true}

// separableParticles split off a verb in a main clause ("stemt … in met",
// "wijst … af") and join it in a subordinate one ("instemt", "afwijst").
var separableParticles = map[string]bool{"in": true, "uit": true, "aan": true, "af": true, "toe": true,
	"op": true, "mee": true, "door": true, "terug": true, "neer": true, "vast": true, "voorop": true, "goed": true}

// verbFinalCue derives the verb-final order of a main-clause row
// "<verb> [zich] … [predicate] [particle] [preposition …]": the predicate
// and the particle before the verb, which joins its particle, the
// prepositional object after it ("zich … uitspreekt voor", "positief
// staat tegenover", "akkoord gaat met"); the infinitive is among the forms
// ("kan instemmen met", "wil zich verzetten tegen"). A separable verb with
// a direct object ends its clause: "dat Nederland het voorstel afwijst".
func verbFinalCue(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if !derivable(d) || d.flags&verbFinal != 0 || len(ws) < 2 {
		return cueDef{}, false
	}
	stems := finiteStems(ws[0])
	if len(stems) == 0 {
		return cueDef{}, false
	}
	// "… zich", "zich …", "… zich …": the gap holds the actor or an adverb
	rest := ws[1:]
	refl, gap := false, false
	for len(rest) > 0 && (rest[0] == "…" || rest[0] == "zich") {
		refl = refl || rest[0] == "zich"
		gap = gap || rest[0] == "…"
		rest = rest[1:]
	}
	if !gap && !refl || len(rest) == 0 || slices.Contains(rest, "…") {
		return cueDef{}, false
	}
	// the predicate: content words up to the particle or the preposition
	k := 0
	for k < len(rest) && !prepositional(rest[k]) && !separableParticles[rest[k]] {
		k++
	}
	pred, tail := rest[:k], rest[k:]
	// a particle, where a preposition follows it ("stemt … in met") or the
	// object stands in the gap ("wijst … af"); a last "op" after an object
	// that follows is a preposition ("blijft … werken aan")
	particle := ""
	if len(tail) > 0 && separableParticles[tail[0]] && (len(tail) > 1 && prepositional(tail[1]) || len(tail) == 1 && d.obj == objGap) {
		particle, tail = tail[0], tail[1:]
	}
	if particle == "" && len(tail) == 1 && separableParticles[tail[0]] {
		// a last particle-or-preposition: a particle after a reflexive's
		// predicate or a pronominal adverb ("stelt zich … constructief
		// op", "sluit zich … daarbij aan"), the preposition of the object
		// that follows otherwise ("geeft … prioriteit aan [X]",
		// "committeert zich aan [X]")
		switch {
		case len(pred) > 0 && (refl || pronominal(pred[len(pred)-1])):
			particle, tail = tail[0], nil
		case len(pred) == 0 && !refl:
			return cueDef{}, false
		}
	}
	for _, w := range tail {
		if !prepositional(w) || separableParticles[w] && w == tail[len(tail)-1] && len(tail) > 1 {
			// "laat … er geen twijfel over bestaan dat": no preposition's
			// object; "zet zich … ervoor in": the particle split off
			return cueDef{}, false
		}
	}
	var forms []string
	for _, f := range strings.Split(ws[0], "|") {
		if particle != "" && !refl && slices.Contains(stems, f) && strings.HasSuffix(f, "t") {
			continue // "inzet", "opzet": the noun
		}
		if particle == "" && len(tail) == 0 && (functionWords[f] || separableParticles[f]) {
			continue // "uit" of "uiten" is the preposition: "zorgen uit de regio"
		}
		forms = append(forms, particle+f)
	}
	if len(forms) == 0 {
		return cueDef{}, false
	}
	v := d
	switch {
	case particle != "" && len(tail) == 0 && len(pred) == 0 && !refl && d.obj == objGap && d.flags&(reporting|promise) == 0:
		// "roept … op", "wijst … af": the object before the joined verb
		v.pattern = strings.Join(forms, "|")
		v.obj, v.gap, v.flags = objVerbFinal, 0, d.flags&^(strictGap|closedGap|lastGap)|clauseFinal|verbFinal
		return v, true
	case d.obj != objAfter || particle == "" && len(pred) == 0 && !refl || len(tail) == 0 && !refl && len(pred) == 0:
		// "pleit … voor": the order of a subordinate clause is the same;
		// "blijft … werken aan": no object after the verb
		return cueDef{}, false
	}
	var p []string
	if refl {
		p = append(p, "zich", "…")
	}
	for len(pred) > 1 && determinerSlot(pred[0]) {
		pred = pred[1:] // "de voorkeur geeft aan" opens on its noun: "dat de Commissie de voorkeur geeft aan"
	}
	p = append(p, pred...)
	p = append(p, strings.Join(forms, "|"))
	p = append(p, tail...)
	v.pattern = strings.Join(p, " ")
	v.gap = 3
	v.flags = d.flags&^(closedGap|lastGap) | verbFinal
	if refl {
		v.flags |= strictGap
	}
	return v, true
}

// verbClusterCue derives, from the verb-final row of verbFinalCue, the
// verb cluster of a modal before the infinitive: "dat Duitsland bezwaar
// [kan maken] tegen", "dat het kabinet zich [zal uitspreken] voor", "dat
// Nederland open [kan staan] voor" (the modals of modalV); with te, the
// te-infinitive a verb of saying or intending takes, the particle split
// off by "te": "gaven aan zich zorgen [te maken] over", "verklaarde [in te
// stemmen] met".
func verbClusterCue(d cueDef, te bool) (cueDef, bool) {
	v, ok := verbFinalCue(d)
	if !ok || v.obj != objAfter {
		return cueDef{}, false
	}
	ws := strings.Fields(d.pattern)
	alts := strings.Split(ws[0], "|")
	vs := strings.Fields(v.pattern)
	for i, slot := range vs {
		joined := strings.Split(slot, "|")
		var infs, particles []string
		for _, st := range finiteStems(ws[0]) {
			inf := infinitiveOf(st, alts)
			for _, j := range joined {
				if inf != "" && strings.HasSuffix(j, inf) && slices.Contains(alts, inf) && !slices.Contains(infs, j) {
					infs = append(infs, j) // "uitspreken", "maken"
					if p := strings.TrimSuffix(j, inf); p != "" {
						particles = append(particles, p)
					}
				}
			}
		}
		if len(infs) == 0 || te && len(particles) != 0 && len(particles) != len(infs) {
			continue
		}
		cluster := []string{modalV, strings.Join(infs, "|")}
		if te {
			cluster = []string{"te", strings.Join(infs, "|")}
			if len(particles) > 0 {
				bare := make([]string, len(infs))
				for k := range infs {
					bare[k] = strings.TrimPrefix(infs[k], particles[k])
				}
				cluster = []string{strings.Join(slices.Compact(particles), "|"), "te", strings.Join(bare, "|")}
			}
		}
		out := slices.Concat(vs[:i], cluster, vs[i+1:])
		v.pattern = strings.Join(out, " ")
		if te {
			v.flags |= teInfinitive
		}
		return v, true
	}
	return cueDef{}, false
}

// prepositional: all of a slot's words are prepositions or other function
// words that end a predicate ("voor|ervoor", "achter").
func prepositional(slot string) bool {
	for _, w := range strings.Split(slot, "|") {
		if !functionWords[w] && !extraPrepositions[w] && !strings.HasPrefix(w, "er") {
			return false
		}
	}
	return true
}

// determinerSlot: a slot of articles.
func determinerSlot(slot string) bool {
	for _, w := range strings.Split(slot, "|") {
		if w != "de" && w != "het" && w != "een" {
			return false
		}
	}
	return true
}

// pronominal: a slot of pronominal adverbs ("daarbij|hierbij|erbij",
// "daar|hier").
func pronominal(slot string) bool {
	for _, w := range strings.Split(slot, "|") {
		if !strings.HasPrefix(w, "daar") && !strings.HasPrefix(w, "hier") && !strings.HasPrefix(w, "er") {
			return false
		}
	}
	return true
}

// extraPrepositions end a predicate besides functionWords.
var extraPrepositions = map[string]bool{"achter": true, "jegens": true, "inzake": true, "omtrent": true, "door": true, "mee": true}

// perfectCue derives the perfect of a weak verb whose object follows its
// finite form ("verwelkomt X" → "heeft X verwelkomd", "vreest X" → "heeft X
// gevreesd"), its participle made from its weak past.
func perfectCue(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if !derivable(d) || d.flags&(verbFinal|reporting|promise) != 0 || d.obj != objAfter {
		return cueDef{}, false
	}
	// a direct object ("verwelkomt X"), or a prepositional one right after
	// the gap ("twijfelt … aan X": "heeft … getwijfeld aan X")
	tail := ws[1:]
	if len(tail) > 0 {
		if len(tail) < 2 || tail[0] != "…" {
			return cueDef{}, false
		}
		tail = tail[1:]
		for _, w := range tail {
			if !prepositional(w) {
				return cueDef{}, false
			}
		}
		if len(tail) > 1 && separableParticles[tail[0]] {
			return cueDef{}, false // "kijkt … uit naar": a separable verb's participle is its particle's
		}
	}
	alts := strings.Split(ws[0], "|")
	var parts []string
	for _, s := range finiteStems(ws[0]) {
		parts = append(parts, weakParticiples(s, alts)...)
	}
	if len(parts) == 0 {
		return cueDef{}, false
	}
	part := strings.Join(parts, "|")
	v := d
	if len(tail) > 0 {
		v.pattern = hasV + " … " + part + " " + strings.Join(tail, " ")
		v.gap = 4
		return v, true
	}
	v.pattern = hasV + " … " + part
	v.obj, v.gap, v.flags = objGap, 10, d.flags|closedGap
	return v, true
}

// weakParticiples are the participles of the weak verb of stem s, made
// from its past among alts; none for a strong verb (its participle is its
// own) or one the table's perfect rows know.
func weakParticiples(s string, alts []string) []string {
	dental := ""
	switch {
	case slices.Contains(alts, s+"de"):
		dental = "d"
	case slices.Contains(alts, s+"te"):
		dental = "t"
	default:
		return nil
	}
	inf := infinitiveOf(s, alts)
	if inf == "" {
		return nil
	}
	part := conjugate(inf + ":" + s).part
	if !strings.HasSuffix(part, dental) && !strings.HasSuffix(s, "t") && !strings.HasSuffix(s, "d") || perfects()[part] {
		return nil // the past and the stem disagree; the table has it ("heeft … gesteund")
	}
	out := []string{part}
	for _, p := range ambiguousPrefixes {
		if strings.HasPrefix(s, p) && strings.HasPrefix(part, "ge") {
			out = append(out, strings.TrimPrefix(part, "ge")) // "omarmd": the prefix may be unstressed
			break
		}
	}
	return out
}

// modalCue derives a modal with the infinitive of a verb whose object
// follows its finite form: "kan … aanvaarden", "wil … verwelkomen", the
// object in the gap, as the table's "kan … steunen".
func modalCue(d cueDef) (cueDef, bool) {
	ws := strings.Fields(d.pattern)
	if !derivable(d) || d.flags&(verbFinal|reporting|promise) != 0 || len(ws) != 1 || d.obj != objAfter {
		return cueDef{}, false
	}
	var infs []string
	for _, s := range finiteStems(ws[0]) {
		if inf := infinitiveOf(s, strings.Split(ws[0], "|")); inf != "" && !modalInfinitives()[inf] {
			infs = append(infs, inf)
		}
	}
	if len(infs) == 0 {
		return cueDef{}, false
	}
	v := d
	v.pattern = modalV + " … " + strings.Join(infs, "|")
	v.obj, v.gap, v.flags = objGap, 12, d.flags|closedGap
	return v, true
}

// modalV are the finite modals a stance verb's infinitive follows; not
// "wil", whose own row reads what a third party wants and knows when that
// is no stance ("Met het voorstel wil de Commissie …": the proposal's aim).
const modalV = canV + "|" + willV + "|zou|zouden"

// modalInfinitives are the infinitives the table's modal rows know ("kan
// … steunen").
var modalInfinitives = sync.OnceValue(func() map[string]bool {
	in := map[string]bool{}
	for _, d := range cueTable {
		ws := strings.Fields(d.pattern)
		if len(ws) == 3 && ws[1] == "…" && strings.Contains(ws[0], "kan|") && d.obj == objGap {
			for _, w := range strings.Split(ws[2], "|") {
				in[w] = true
			}
		}
	}
	return in
})

// ambiguousPrefixes are separable in some verbs and not in others
// ("omzetten", "omgezet"; "omarmen", "omarmd").
var ambiguousPrefixes = []string{"om", "over", "door", "mis", "vol", "achter", "onder", "voor"}

// perfects are the participles the table's perfect rows ("heeft …
// gesteund") know.
var perfects = sync.OnceValue(func() map[string]bool {
	in := map[string]bool{}
	for _, d := range cueTable {
		ws := strings.Fields(d.pattern)
		if len(ws) >= 3 && ws[0] == hasV {
			for _, w := range strings.Split(ws[len(ws)-1], "|") {
				in[w] = true
			}
		}
	}
	return in
})

// requestVerbs ask, urge or invite an addressee to act: the te-infinitive
// after them is the addressee's task, no stance of theirs.
var requestVerbs = map[string]bool{
	"verzoekt": true, "verzoeken": true, "verzocht": true, "verzochten": true,
	"vraagt": true, "vragen": true, "vroeg": true, "vroegen": true, "gevraagd": true,
	"roept": true, "roepen": true, "riep": true, "riepen": true, "opgeroepen": true,
	"dringt": true, "dringen": true, "drong": true, "drongen": true, "aangedrongen": true,
	"nodigt": true, "nodigen": true, "nodigde": true, "nodigden": true, "uitgenodigd": true,
	"spoort": true, "sporen": true, "spoorde": true, "spoorden": true, "aangespoord": true,
	"moedigt": true, "moedigen": true, "moedigde": true, "moedigden": true, "aangemoedigd": true,
	"adviseert": true, "adviseren": true, "adviseerde": true, "adviseerden": true, "geadviseerd": true,
	"raadt": true, "raden": true, "raadde": true, "raadden": true, "aangeraden": true,
	"draagt": true, "dragen": true, "droeg": true, "droegen": true, "opgedragen": true,
}

// requestBefore reports whether a verb of request stands before token i in
// its sentence ("In deze motie verzoekt uw Kamer de regering, …, zich in
// te spannen voor").
func requestBefore(toks []token, i int) bool {
	for k := 0; k < i && k < len(toks); k++ {
		if requestVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}
