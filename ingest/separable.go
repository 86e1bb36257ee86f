package ingest

import (
	"slices"
	"strings"
	"sync"
)

// Separable verbs, split prepositions and pronominal adverbs
// (docs/stances.md, "Separable verbs and split prepositions"; issue 12).
//
// A stance verb that is separable ("aandringen op", "toezien op", "zich
// inzetten voor", "instemmen met", "zich aansluiten bij", "oproepen tot",
// "vasthouden aan") or takes a prepositional object ("pleiten voor",
// "hechten aan", "zich verzetten tegen") is split by Dutch word order:
//
//   - main clause, the finite verb second, the particle and the
//     preposition at the end of the middle field, however long it is:
//     "Nederland dringt [zowel in bilateraal als in multilateraal verband
//     bij de autoriteiten] aan op X", "zet het kabinet zich [samen met de
//     VN] in om …";
//   - an R-pronoun (er, hier, daar) in place of the object, its
//     preposition before the particle: "ziet er [nauwlettend] op toe dat
//     …", "sluit zich hier [graag] bij aan", "houdt hier aan vast";
//   - a verb cluster or a subordinate clause, the particle joined to the
//     verb at the end: "blijft hier [samen met partners] op aandringen",
//     "heeft er op aangedrongen dat", "zal zich hier voor inzetten";
//   - a relative clause on "waar": "het voorstel, waar Nederland [al lang]
//     op aandringt", "een maatregel waar Nederland voorstander van is"
//     (the subject is the antecedent).
//
// The cue table's rows read these verbs with short gaps; this reader
// finds the split forms the rows leave, on tokens no row took
// (findCues), so every table row keeps its reading. Its hits are cueHits
// with defs of its own, read by the same actor and subject rules as any
// cue. The middle field may hold the actor, adverbs and prepositional
// phrases, never a clause: no subordinator, relative pronoun, "te", a
// passive auxiliary or another finite verb, and commas only in pairs.

// sepVerb is one verb of the class.
type sepVerb struct {
	stance stance
	v      verbForms
	preps  []string // the prepositions of its object ("voor", "om")
	refl   bool     // "zich inzetten": the reflexive stands in the middle field
	// addressee: the verb has a direct object, the one called on ("roept
	// [de lidstaten] op tot"), which a verb-final clause puts before the
	// prepositional object: sepObjectFinal leaves it (the actor would be
	// the addressee)
	addressee bool
}

var sepVerbs = sync.OnceValue(func() []*sepVerb {
	rows := []struct {
		st    stance
		spec  string
		preps string
		refl  bool
	}{
		{stSupport, "aan+dringen:dring:drong,drongen:gedrongen", "op", false},
		{stCommit, "toe+zien:zie:zag,zagen:gezien:ziet", "op", false},
		{stCommit, "in+zetten:zet:zette,zetten:gezet", "voor|om", true},
		{stCommit, "in+spannen:span:spande,spanden:gespannen", "voor|om", true},
		{stAgree, "in+stemmen", "met", false},
		{stSupport, "aan+sluiten:sluit:sloot,sloten:gesloten", "bij", true},
		{stSupport, "op+roepen:roep:riep,riepen:geroepen", "tot", false},
		{stSupport, "aan+sporen:spoor:spoorde,spoorden:gespoord", "tot", false},
		{stPreference, "vast+houden:houd:hield,hielden:gehouden:houdt", "aan", false},
		{stSupport, "pleiten:pleit:pleitte,pleitten:gepleit", "voor", false},
		{stPriority, "hechten:hecht:hechtte,hechtten:gehecht", "aan", false},
		{stOppose, "verzetten:verzet:verzette,verzetten:verzet", "tegen", true},
		{stSupport, "uit+spreken:spreek:sprak,spraken:gesproken", "voor", true},
		{stOppose, "uit+spreken:spreek:sprak,spraken:gesproken", "tegen", true},
		{stWelcome, "uit+kijken:kijk:keek,keken:gekeken", "naar", false},
		{stSupport, "open+staan:sta:stond,stonden:gestaan:staat", "voor", false},
	}
	var out []*sepVerb
	for _, r := range rows {
		out = append(out, &sepVerb{stance: r.st, v: conjugate(r.spec), preps: strings.Split(r.preps, "|"), refl: r.refl,
			addressee: strings.HasPrefix(r.spec, "op+roepen") || strings.HasPrefix(r.spec, "aan+sporen")})
	}
	return out
})

// sepIndex maps the forms of the class to their verbs: main, the finite
// forms of a main clause (the particle split off); final, the forms that
// end a verb cluster or a subordinate clause (the particle joined: the
// infinitive, the participle, the finite forms).
type sepIndex struct {
	forms map[string]*sepForm
	defs  map[sepKey]*cueDef
	shape *[1024]uint32 // sepShape of every form: a test before the map
}

// sepShape is a word's first and last byte and length, folded to 15 bits:
// most words of a sentence have a shape no form has, and are ruled out
// without hashing them.
func sepShape(w string) uint32 {
	return uint32(w[0]&31)<<10 | uint32(w[len(w)-1]&31)<<5 | uint32(min(len(w), 31))
}

func (x sepIndex) lookup(w string) *sepForm {
	if w == "" {
		return nil
	}
	if k := sepShape(w); x.shape[k>>5]&(1<<(k&31)) == 0 {
		return nil
	}
	return x.forms[w]
}

// sepForm is what one word form is of the class: one lookup per token.
type sepForm struct {
	main, final []*sepVerb
	teInf       []*sepVerb // the infinitive after "<particle> te": "aan te [dringen]"
	noun        bool       // "voorstander", "tegenstander"
}

type sepKey struct {
	st  stance
	obj objectAt
}

var sepForms = sync.OnceValue(func() sepIndex {
	x := sepIndex{forms: map[string]*sepForm{}, defs: map[sepKey]*cueDef{}, shape: &[1024]uint32{}}
	form := func(w string) *sepForm {
		if x.forms[w] == nil {
			x.forms[w] = &sepForm{}
		}
		return x.forms[w]
	}
	for _, w := range []string{"voorstander", "voorstanders", "tegenstander", "tegenstanders"} {
		form(w).noun = true
	}
	for _, sv := range sepVerbs() {
		for _, f := range sv.v.finite(false) {
			if e := form(f); !slices.Contains(e.main, sv) {
				e.main = append(e.main, sv)
			}
		}
		if sv.v.particle != "" {
			if e := form(sv.v.inf); !slices.Contains(e.teInf, sv) {
				e.teInf = append(e.teInf, sv)
			}
		}
		for _, f := range slices.Concat(sv.v.finite(true), []string{sv.v.infinitive(), sv.v.participle()}) {
			if e := form(f); !slices.Contains(e.final, sv) {
				e.final = append(e.final, sv)
			}
		}
		for _, obj := range []objectAt{objAfter, objBefore, objGap} {
			k := sepKey{sv.stance, obj}
			if x.defs[k] == nil {
				x.defs[k] = &cueDef{stance: sv.stance, pattern: "(separable " + string(sv.stance) + ")", obj: obj, gap: sepGap}
			}
		}
	}
	// the predicate nouns of "voorstander zijn van": only the relative
	// "waar … voorstander van is" is theirs (the table reads the rest)
	for _, st := range []stance{stSupport, stOppose} {
		k := sepKey{st, objBefore}
		if x.defs[k] == nil {
			x.defs[k] = &cueDef{stance: st, pattern: "(separable " + string(st) + ")", obj: objBefore, gap: sepGap}
		}
	}
	for w := range x.forms {
		k := sepShape(w)
		x.shape[k>>5] |= 1 << (k & 31)
	}
	return x
})

// isSeparableDef reports whether d is one of this reader's defs.
func isSeparableDef(d *cueDef) bool {
	return d != nil && strings.HasPrefix(d.pattern, "(separable ")
}

// sepGap is the longest middle field read, in tokens.
const sepGap = 16

// rPronouns stand for a prepositional object: "er op", "hier voor".
var rPronouns = map[string]bool{"er": true, "hier": true, "daar": true}

// reflexives of the middle field.
var sepReflexives = map[string]bool{"zich": true, "mij": true, "me": true, "ons": true}

// sepClusterWords may stand between the preposition and the verb that
// ends a cluster: "waar Nederland op [heeft] aangedrongen", "hier op
// [blijven] aandringen".
var sepClusterWords = map[string]bool{"blijft": true, "blijven": true, "bleef": true, "bleven": true, "zal": true, "zullen": true,
	"zou": true, "zouden": true, "kan": true, "kunnen": true, "kon": true, "konden": true, "wil": true, "willen": true,
	"heeft": true, "hebben": true, "had": true, "hadden": true, "blijf": true, "is": true, "zijn": true, "was": true,
	"waren": true, "moet": true, "moeten": true, "wenst": true, "wensen": true, "gaat": true, "gaan": true, "ook": true,
	"nog": true, "wel": true, "niet": true, "altijd": true, "steeds": true, "actief": true, "nadrukkelijk": true, "te": true}

// sepBreaks open another clause, or change the voice, inside a middle
// field.
var sepBreaks = map[string]bool{"dat": true, "die": true, "welke": true, "wat": true, "te": true, "om": true,
	"wordt": true, "worden": true, "werd": true, "werden": true, "maar": true, "want": true, "of": true}

// sepFinite are finite verbs that would make a second clause in a middle
// field that follows a finite verb already.
var sepFinite = map[string]bool{"is": true, "was": true, "waren": true, "heeft": true, "hebben": true, "had": true,
	"hadden": true, "kan": true, "kon": true, "konden": true, "zal": true, "zullen": true, "moet": true, "moeten": true,
	"blijkt": true, "bleek": true, "wil": true, "willen": true}

// middleField reports whether tokens (a, b), exclusive, can be one middle
// field: no clause opener or passive, no finite verb when finite is set,
// "als" only after "zowel", commas only in pairs.
func middleField(rs []rune, toks []token, a, b int, finite bool) bool {
	if b-a-1 > sepGap {
		return false
	}
	zowel := false
	for j := a + 1; j < b; j++ {
		w := toks[j].lower
		switch {
		case w == "zowel":
			zowel = true
		case w == "als" && !zowel:
			return false
		case sepBreaks[w] || subordinators[w] && w != "als" || strings.HasPrefix(w, "waar") && j > a+1:
			return false
		case finite && sepFinite[w]:
			return false
		}
	}
	return balancedGap(rs, toks, a, b)
}

// separableHits adds to hits the split forms of the class found on
// tokens no hit took, in sentence order: the relatives on "waar" when
// relative is set (before the table's rows, which would read "voor
// pleit" without its antecedent), the rest when not (after them).
func separableHits(rs []rune, toks []token, used map[int]bool, hits []cueHit, relative bool) []cueHit {
	x := sepForms()
	var add []cueHit
	take := func(h cueHit) {
		for _, j := range h.fixed {
			if used[j] {
				return
			}
		}
		for _, j := range h.fixed {
			used[j] = true
		}
		add = append(add, h)
	}
	for i := range toks {
		e := x.lookup(toks[i].lower)
		if e == nil || used[i] {
			continue
		}
		if !relative {
			for _, sv := range e.main {
				if h, ok := sepMain(rs, toks, i, sv, x); ok {
					take(h)
					break
				}
			}
		}
		for _, sv := range e.final {
			if used[i] {
				break
			}
			if h, ok := sepFinal(rs, toks, i, i, sv, x); ok && (h.def.obj == objBefore) == relative {
				take(h)
				break
			}
		}
		for _, sv := range e.teInf {
			// "er op aan te dringen", "zich in te zetten voor"
			if used[i] || i < 2 || toks[i-1].lower != "te" || toks[i-2].lower != sv.v.particle || used[i-1] || used[i-2] {
				continue
			}
			if h, ok := sepFinal(rs, toks, i-2, i, sv, x); ok && (h.def.obj == objBefore) == relative && !sepDegreeComplement(toks, h.first()) &&
				!requestBefore(toks, h.first()) { // "wordt gevraagd met X in te stemmen": the addressee's task (stances_paradigm.go)
				take(h)
				break
			}
		}
		if relative && e.noun && !used[i] {
			if h, ok := sepPredicateRelative(rs, toks, i, x); ok {
				take(h)
			}
		}
	}
	if len(add) == 0 {
		return hits
	}
	if !relative {
		hits = slices.DeleteFunc(hits, func(w cueHit) bool { return sepModalOf(rs, toks, w, add) })
	}
	out := append(hits, add...)
	slices.SortStableFunc(out, func(a, b cueHit) int { return a.first() - b.first() })
	return out
}

// sepMain reads a main clause from the finite verb at i: "[dringt] … aan
// op", "[zet] … zich … in voor", "[ziet] … er … op toe", "[sluit] zich hier
// bij aan", "[pleit] … hier voor".
func sepMain(rs []rune, toks []token, i int, sv *sepVerb, x sepIndex) (cueHit, bool) {
	end := min(len(toks)-1, i+sepGap+3)
	fixed := []int{i}
	at := i
	if sv.refl {
		r := -1
		for j := i + 1; j <= min(end, i+6); j++ {
			if sepReflexives[toks[j].lower] {
				r = j
				break
			}
		}
		if r < 0 || !middleField(rs, toks, i, r, true) {
			return cueHit{}, false
		}
		fixed, at = append(fixed, r), r
	}
	part := sv.v.particle
	for j := at + 1; j <= end; j++ {
		w := toks[j].lower
		if sepBreaks[w] || runesAny(rs[toks[j-1].end:toks[j].start], ";:") {
			break
		}
		// the particle and the preposition of the object: "aan op", "in voor"
		if part != "" && w == part && j+1 < len(toks) && slices.Contains(sv.preps, toks[j+1].lower) {
			if middleField(rs, toks, at, j, true) {
				return cueHit{def: x.defs[sepKey{sv.stance, objAfter}], fixed: append(fixed, j, j+1)}, true
			}
			return cueHit{}, false
		}
		// an R-pronoun, later its preposition and the particle: "er … op
		// toe", "hier bij aan"; joined: "erop toe", "hiervoor in"
		if rp, ok := sepRPronoun(w, sv.preps); ok {
			p := j
			if rp == "" { // split: find the preposition
				p = -1
				for k := j + 1; k <= min(len(toks)-1, j+sepGap+1); k++ {
					if sepHasPrep(sv.preps, toks[k].lower) && (part == "" || k+1 < len(toks) && toks[k+1].lower == part) {
						p = k
						break
					}
				}
				if p < 0 || !middleField(rs, toks, j, p, true) {
					continue
				}
			}
			if !middleField(rs, toks, at, j, true) {
				return cueHit{}, false
			}
			f := append(fixed, j)
			if p > j {
				f = append(f, p)
			}
			if part == "" {
				return cueHit{def: x.defs[sepKey{sv.stance, objAfter}], fixed: f}, true
			}
			for k := p + 1; k <= min(end, p+3); k++ {
				if toks[k].lower == part {
					if k > p+1 && !middleField(rs, toks, p, k, true) {
						break
					}
					return cueHit{def: x.defs[sepKey{sv.stance, objAfter}], fixed: append(f, k)}, true
				}
			}
			continue
		}
		// a verb without a particle: its preposition ends the middle field
		if part == "" && slices.Contains(sv.preps, w) && j > at+1 {
			if middleField(rs, toks, at, j, true) {
				return cueHit{def: x.defs[sepKey{sv.stance, objAfter}], fixed: append(fixed, j)}, true
			}
			return cueHit{}, false
		}
	}
	return cueHit{}, false
}

// sepRPronoun reads w as an R-pronoun of one of preps: "er" (split, ""),
// "erop" (joined, "op"), "ermee" (of "met").
func sepRPronoun(w string, preps []string) (string, bool) {
	if rPronouns[w] {
		return "", true
	}
	for _, r := range []string{"er", "hier", "daar"} {
		if p, ok := strings.CutPrefix(w, r); ok && sepHasPrep(preps, p) {
			return p, true
		}
	}
	return "", false
}

// rPrepForms: the form a preposition takes after an R-pronoun ("er mee",
// "waartoe").
var rPrepForms = map[string]string{"met": "mee", "tot": "toe"}

// sepHasPrep reports whether w is one of preps or the R-form of one.
func sepHasPrep(preps []string, w string) bool {
	for _, p := range preps {
		if w == p || rPrepForms[p] == w {
			return true
		}
	}
	return false
}

// sepFinal reads the end of a verb cluster or a subordinate clause from
// the joined verb at k back to its preposition and the R-pronoun before
// it: "er … op [aandringen]", "hier … voor [inzetten]", "erop
// [toezien]", "waar … op [aandringt]", "waarmee … [instemden]".
func sepFinal(rs []rune, toks []token, vs, k int, sv *sepVerb, x sepIndex) (cueHit, bool) {
	if h, ok := sepCluster(rs, toks, vs, k, sv, x); ok {
		return h, true
	}
	// the preposition, at most three cluster words before the verb
	p := -1
	joined := false
	for q := vs - 1; q >= 0 && q >= vs-4; q-- {
		w := toks[q].lower
		if sepHasPrep(sv.preps, w) && sepRBefore(toks, q) {
			p = q
			break
		}
		if rp, ok := sepRPronoun(w, sv.preps); ok && rp != "" {
			p, joined = q, true
			break
		}
		if r, ok := strings.CutPrefix(w, "waar"); ok && sepHasPrep(sv.preps, r) {
			p, joined = q, true
			break
		}
		if !sepClusterWords[w] {
			return sepObjectFinal(rs, toks, vs, k, sv, x)
		}
	}
	if p < 0 || runesAny(rs[toks[p].start:toks[vs].start], ",;:") {
		return sepObjectFinal(rs, toks, vs, k, sv, x)
	}
	r := p
	if !joined {
		r = -1
		for q := p - 1; q >= 0 && q >= p-sepGap; q-- {
			w := toks[q].lower
			if rPronouns[w] || w == "waar" {
				r = q
				break
			}
			if sepBreaks[w] || subordinators[w] {
				break
			}
		}
		if r < 0 || !middleField(rs, toks, r, p, false) {
			return sepObjectFinal(rs, toks, vs, k, sv, x)
		}
	}
	relative := strings.HasPrefix(toks[r].lower, "waar")
	if relative && r == 0 {
		return cueHit{}, false // "Waarvoor pleit …?": a question, or a relative without its antecedent
	}
	fixed := []int{r}
	if sv.refl {
		z := -1
		lo := r - 6
		if relative {
			lo = r + 1
		}
		for q := max(0, lo); q < p; q++ {
			if sepReflexives[toks[q].lower] && q != r {
				z = q
				break
			}
		}
		if z < 0 {
			return cueHit{}, false
		}
		if z < r {
			if !middleField(rs, toks, z, r, false) {
				return cueHit{}, false
			}
			fixed = []int{z, r}
		} else {
			fixed = append(fixed, z)
		}
	}
	if p != r {
		fixed = append(fixed, p)
	}
	fixed = sepSpan(fixed, vs, k)
	obj := objAfter
	if relative {
		obj = objBefore
	}
	return cueHit{def: x.defs[sepKey{sv.stance, obj}], fixed: fixed}, true
}

// sepPredicateRelative reads "waar … voorstander van is" and "waarvan …
// voorstander is" at the noun at i.
func sepPredicateRelative(rs []rune, toks []token, i int, x sepIndex) (cueHit, bool) {
	st := stSupport
	if strings.HasPrefix(toks[i].lower, "tegen") {
		st = stOppose
	}
	j := i + 1
	if j < len(toks) && toks[j].lower == "van" {
		j++
	}
	for j < len(toks) && j <= i+3 && !copulas[toks[j].lower] && toks[j].lower != "geweest" {
		if !sepClusterWords[toks[j].lower] {
			return cueHit{}, false
		}
		j++
	}
	if j >= len(toks) || !(copulas[toks[j].lower] || toks[j].lower == "geweest") {
		return cueHit{}, false
	}
	for q := i - 1; q >= 0 && q >= i-8; q-- {
		w := toks[q].lower
		if w == "waar" && toks[i+1].lower == "van" || w == "waarvan" && toks[i+1].lower != "van" {
			if !middleField(rs, toks, q, i, false) {
				return cueHit{}, false
			}
			return cueHit{def: x.defs[sepKey{st, objBefore}], fixed: []int{q, i, j}}, true
		}
		if sepBreaks[w] || subordinators[w] || runesAny(rs[toks[q].end:toks[q+1].start], ",;:") {
			break
		}
	}
	return cueHit{}, false
}

// sepAntecedent returns the noun phrase a "waar" relative of this reader
// refers to: the phrase right before it, after a comma or not ("Het
// voorstel, waar …", "een maatregel waar …"), opened by a determiner.
func (sc *sentenceCtx) sepAntecedent(h cueHit) (int, int, bool) {
	if !isSeparableDef(h.def) || h.def.obj != objBefore {
		return 0, 0, false
	}
	toks := sc.toks
	e := h.first() - 1
	if e < 0 {
		return 0, 0, false
	}
	for s := e; s >= 0 && s > e-8; s-- {
		if s < e && strings.ContainsAny(string(sc.rs[toks[s].end:toks[s+1].start]), ",;:") {
			break
		}
		if copulas[toks[s].lower] || subordinators[toks[s].lower] {
			break
		}
		if determiners[toks[s].lower] {
			return s, e, true
		}
	}
	return 0, 0, false
}

// sepCluster reads a verb cluster whose object follows it: "heeft zich
// [de afgelopen maanden samen met X] ingezet voor Y", "zal … blijven
// aandringen op Y": the auxiliary or modal (a reflexive verb: its
// reflexive) opens the middle field, the infinitive or participle at k
// closes it, the preposition right after it.
func sepCluster(rs []rune, toks []token, vs, k int, sv *sepVerb, x sepIndex) (cueHit, bool) {
	w := toks[k].lower
	if vs == k && w != sv.v.infinitive() && w != sv.v.participle() || k+1 >= len(toks) || !slices.Contains(sv.preps, toks[k+1].lower) ||
		runesAny(rs[toks[k].end:toks[k+1].start], ",;:") {
		return cueHit{}, false
	}
	for q := vs - 1; q >= 0 && q >= vs-sepGap-1; q-- {
		v := toks[q].lower
		if sv.refl && sepReflexives[v] || !sv.refl && sepAuxiliaries[v] {
			if !middleField(rs, toks, q, vs, false) {
				return cueHit{}, false
			}
			return cueHit{def: x.defs[sepKey{sv.stance, objAfter}], fixed: append(sepSpan([]int{q}, vs, k), k+1)}, true
		}
		if sepBreaks[v] || subordinators[v] {
			break
		}
	}
	return cueHit{}, false
}

// sepAuxiliaries open a verb cluster of a verb without a reflexive.
var sepAuxiliaries = map[string]bool{"heeft": true, "hebben": true, "had": true, "hadden": true, "zal": true, "zullen": true,
	"blijft": true, "blijven": true, "bleef": true, "bleven": true, "wil": true, "willen": true, "kan": true, "kunnen": true,
	"heb": true}

// separableRefine sets the subject of the class's readings where word
// order hides it:
//
//   - a relative on "waar" of this reader: the antecedent ("een maatregel
//     waar Nederland voor pleit");
//   - an announced intention whose infinitive is separable ("gaf aan
//     [samen] te werken met X"): the verb and its complement after "te"
//     belong to the particle, the subject is the whole infinitive clause;
//   - a passive with its agent after a fronted adverbial ("Daarnaast werd
//     [Nederland] door de lidstaten gesteund in …"): the subject stands
//     between the auxiliary and "door", the inverted order of a main
//     clause (one phrase before the finite verb).
func (sc *sentenceCtx) separableRefine(r *posReading, h cueHit) {
	toks := sc.toks
	if s, e, ok := sc.sepAntecedent(h); ok {
		r.subject, r.subjects, r.span = sc.text(s, e), sc.refsIn(s, e), [2]int{s, e}
		return
	}
	if isSeparableDef(h.def) && h.def.obj == objGap {
		s, e := h.first()+1, h.last()-1
		for e > s && sepClusterWords[toks[e].lower] {
			e--
		}
		if e >= s {
			r.subject, r.subjects, r.span = trimSubject(sc.text(s, e)), uniqueRefs(sc.refsIn(s, e)), [2]int{s, e}
		}
		if n := h.first() - 1; n >= 0 && (toks[n].lower == "niet" || toks[n].lower == "nooit") && !r.negated && r.stance == r.base {
			// "dat Nederland niet op X aandringt"
			r.negated, r.stance = true, r.base.negated()
		}
		return
	}
	if isSeparableDef(h.def) && h.def.obj == objAfter && sc.sepPointer(h) {
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject, r.subjects = sc.toks[sc.sepRIndex(h)].text, prevText, uniqueRefs(prevRefs)
		}
		return
	}
	if intentionDef(h.def) && len(h.fixed) >= 2 {
		te := h.last()
		p := te - 1
		if p > h.fixed[len(h.fixed)-2] && sepTeParticles[toks[p].lower] && te+1 < len(toks) {
			s := h.fixed[len(h.fixed)-2] + 1
			for s < p && cueAdverbAt(toks, s) > 0 {
				s += cueAdverbAt(toks, s)
			}
			for s < p && sepMannerAdverbs[toks[s].lower] {
				s++
			}
			e := clauseEndToken(sc.rs, toks, te+1, true)
			r.subject, r.subjects, r.span = trimSubject(sc.text(s, e)), uniqueRefs(sc.refsIn(s, e)), [2]int{s, e}
		}
		return
	}
	if h.def.flags&passive != 0 && h.def.obj == objBefore && len(h.fixed) >= 2 {
		a, b := h.fixed[0]+1, h.fixed[1]-1
		if b < a || h.fixed[0] == 0 || toks[h.fixed[1]].lower != "door" {
			return
		}
		if !(determiners[toks[a].lower] || startsUpper(toks[a].text)) || cueAdverbAt(toks, a) > 0 {
			return
		}
		// one phrase before the auxiliary, no subject of its own: an
		// adverb or a prepositional phrase
		if f := toks[0].lower; !(cueAdverbAt(toks, 0) > 0 && cueAdverbAt(toks, 0) >= h.fixed[0] || sepFronted[f]) {
			return
		}
		r.subject, r.subjects, r.span = trimSubject(sc.text(a, b)), uniqueRefs(sc.refsIn(a, b)), [2]int{a, b}
	}
}

// sepRIndex is the token of a pointing R-pronoun ("hier", "daarbij")
// among h's fixed words, or -1.
func (sc *sentenceCtx) sepRIndex(h cueHit) int {
	for _, j := range h.fixed {
		if w := sc.toks[j].lower; strings.HasPrefix(w, "hier") || strings.HasPrefix(w, "daar") {
			return j
		}
	}
	return -1
}

// sepPointer reports whether a reading of this reader points back with
// "hier" or "daar" ("Het kabinet blijft hier op aandringen.", "sluit zich
// daarbij aan"): the R-pronoun in the main clause, no comma before it in
// the sentence, and the cue closing its clause, no dat- or om-clause
// after it. What it points to is the sentence before.
func (sc *sentenceCtx) sepPointer(h cueHit) bool {
	if sc.sepRIndex(h) < 0 {
		return false
	}
	if k := h.last() + 1; k < len(sc.toks) && !runesAny(sc.rs[sc.toks[k-1].end:sc.toks[k].start], ",;:") {
		return false
	}
	return !runesAny(sc.rs[sc.toks[0].start:sc.toks[h.first()].start], ",;:")
}

// sepTeParticles are the separable particles that stand before the "te"
// of an infinitive: "samen te werken", "op te treden", "mee te werken".
var sepTeParticles = map[string]bool{"samen": true, "op": true, "mee": true, "door": true, "voort": true, "aan": true,
	"in": true, "uit": true, "bij": true, "toe": true, "af": true, "na": true, "vast": true, "tegen": true}

// sepMannerAdverbs of an infinitive's middle field, no part of its
// subject: "[nauw] samen te werken".
var sepMannerAdverbs = map[string]bool{"nauw": true, "nauwer": true, "intensief": true, "actief": true, "goed": true,
	"verder": true, "nog": true, "ook": true, "blijvend": true, "graag": true}

// sepFronted open a main clause as an adverbial, so that its subject
// follows the finite verb: "Daarnaast werd Nederland …".
var sepFronted = map[string]bool{"daarnaast": true, "ook": true, "verder": true, "bovendien": true, "tevens": true,
	"daarbij": true, "hierbij": true, "eveneens": true, "voorts": true, "vervolgens": true, "daarom": true,
	"tijdens": true, "in": true, "op": true, "bij": true, "na": true, "met": true}

// sepRBefore reports whether an R-pronoun ("er", "hier", "waar") stands
// before the preposition at p in its middle field: "er … op [aandringen]"
// (not "op de naleving [toeziet]", whose object follows the preposition).
func sepRBefore(toks []token, p int) bool {
	for q := p - 1; q >= 0 && q >= p-sepGap; q-- {
		w := toks[q].lower
		if rPronouns[w] || w == "waar" {
			return true
		}
		if sepBreaks[w] || subordinators[w] {
			return false
		}
	}
	return false
}

// sepObjectFinal reads the verb-final order with the prepositional object
// before the verb cluster: "dat Nederland [bij de Commissie] op [een snelle
// evaluatie] aandringt", "heeft zich in Brussel steeds voor [een
// gezamenlijke aanpak] ingezet", "zal zich … tegen [deze verruiming]
// blijven verzetten". From the verb at k back over the cluster and the
// object (no verb, no clause, no comma, at most eight words) to the
// nearest preposition of the verb; a reflexive verb needs its reflexive
// before it. The subject is the object between them (objGap).
func sepObjectFinal(rs []rune, toks []token, vs, k int, sv *sepVerb, x sepIndex) (cueHit, bool) {
	if sv.addressee || (vs < k || toks[k].lower == sv.v.infinitive()) && k+1 < len(toks) && slices.Contains(sv.preps, toks[k+1].lower) {
		return cueHit{}, false // "[X] aan te sporen tot", "blijven inzetten voor": sepCluster's
	}
	q := vs - 1
	for q >= 0 && q >= vs-3 && sepClusterWords[toks[q].lower] {
		q--
	}
	objEnd := q
	p := -1
	for ; q >= 0 && q >= objEnd-8; q-- {
		w := toks[q].lower
		if slices.Contains(sv.preps, w) {
			p = q
			break
		}
		if sepBreaks[w] || subordinators[w] || sepFinite[w] || rPronouns[w] || strings.HasPrefix(w, "waar") ||
			runesAny(rs[toks[q].end:toks[q+1].start], ",;:()") {
			return cueHit{}, false
		}
	}
	if p < 0 || p == objEnd || p == 0 {
		return cueHit{}, false
	}
	if sv.refl {
		z := -1
		for q := p - 1; q >= 0 && q >= p-sepGap; q-- {
			if sepReflexives[toks[q].lower] {
				z = q
				break
			}
			if sepBreaks[toks[q].lower] || subordinators[toks[q].lower] {
				break
			}
		}
		if z < 0 || !middleField(rs, toks, z, p, true) {
			return cueHit{}, false
		}
	}
	return cueHit{def: x.defs[sepKey{sv.stance, objGap}], fixed: sepSpan([]int{p}, vs, k)}, true
}

// sepSpan appends the tokens vs … k: the verb, or "aan te dringen".
func sepSpan(fixed []int, vs, k int) []int {
	for j := vs; j <= k; j++ {
		fixed = append(fixed, j)
	}
	return fixed
}

// sepModalOf reports whether w is the bare modal "wil" / "willen" (a
// third party's wish, stances.go) whose infinitive is one of the class's
// hits in add: "De Commissie wil er op toezien dat …" is the commitment
// of "toezien", as "wil … steunen" is support, not a second position.
func sepModalOf(rs []rune, toks []token, w cueHit, add []cueHit) bool {
	if w.def.pattern != "wil|willen" || len(w.fixed) != 1 {
		return false
	}
	for _, h := range add {
		if h.first() <= w.first() || h.first()-w.first() > sepGap || !middleField(rs, toks, w.first(), h.first(), true) {
			continue
		}
		for _, j := range h.fixed {
			// an infinitive of the class ends the modal's cluster: "wil
			// er op toezien", "wil zich inzetten voor", "wil zich … in te
			// zetten"
			if e := sepForms().lookup(toks[j].lower); e != nil && (len(e.teInf) > 0 ||
				slices.ContainsFunc(e.final, func(sv *sepVerb) bool { return sv.v.infinitive() == toks[j].lower })) {
				return true
			}
		}
	}
	return false
}

// sepDegreeComplement reports whether the te-infinitive whose cue opens at
// f is the complement of a degree ("is voldoende in lijn met X om ermee in
// te stemmen", "genoeg waarborgen om … aan te sluiten"): the judgement of
// sufficiency is the statement, the infinitive its consequence, no stance
// of its own. "om" opens it, a degree word stands before "om" in its
// clause.
func sepDegreeComplement(toks []token, f int) bool {
	om := -1
	for q := f - 1; q >= 0 && q >= f-sepGap; q-- {
		if toks[q].lower == "om" {
			om = q
			break
		}
		if sepBreaks[toks[q].lower] || subordinators[toks[q].lower] {
			return false
		}
	}
	for q := om - 1; om > 0 && q >= 0 && q >= om-24; q-- {
		switch toks[q].lower {
		case "voldoende", "genoeg", "onvoldoende", "toereikend", "te":
			return true
		case "dat", "die", "omdat":
			return false
		}
	}
	return false
}
