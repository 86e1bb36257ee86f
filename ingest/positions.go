package ingest

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"jhagraph/graph"
)

// Positions: every statement of stance in the letter's running text becomes
// a Position (docs/stances.md defines the classes and their cues).
//
// A sentence holds a position when it has a cue of the cue table
// (stances.go) and an actor:
//
//   - the cabinet — "het kabinet", "Nederland", "de Nederlandse inzet",
//     "wij" — is the Country NL; a cue that needs no actor ("Het zou het
//     meest effectief zijn als …", "naar tevredenheid") without one is the
//     cabinet's too, with actorImplicit;
//   - another country, a list of them ("De lidstaten Oostenrijk, Roemenië en
//     Bulgarije"), a presidency ("het Belgische voorzitterschap") or an EU
//     body is its node; several countries hold one Position together;
//   - a group without a node ("alle lidstaten", "veel partijen op Europees
//     niveau", "de coalitie van …") keeps its words only;
//   - "zij" and "deze partijen" are the actor named before.
//
// The actor is the one right before the cue ("Het kabinet steunt"), else
// the one in its gap ("is het kabinet voorstander"), else one the cue puts
// after it ("een prioriteit van het kabinet"), else the nearest before the
// cue that no preposition introduces ("voor" may, for priorities), else the
// one right after the verb of an inverted sentence ("[X] steunt het kabinet
// niet").
//
// Its subject is the cue's object as printed (cut at a relative or
// conditional clause and at the next cue), linked with ON to the legal
// acts, countries, EU bodies, Kamerstukken and meetings it names; "dit
// onderwerp", "de bespreking", "het gesprek" under an agenda item are that
// item; "dit" is the sentence before. A subject that names no entity takes
// the one legal act whose negotiation its paragraph reported before it, or,
// when it points back ("bovengenoemd Raadsbesluit", "dit besluit") or
// shares a word with the heading above it, the acts of that heading.
//
// Two cues of one actor in one sentence with the same polarity are one
// position when they have the same class or the second points back
// ("verwelkomt de routekaart en ziet het als een waardevol instrument"). An
// elliptic statement ("Polen en Hongarije stemden tegen.") takes the
// subject of the position before. Procedural intentions ("Het Belgische voorzitterschap is
// voornemens … een werklunch te organiseren") and reasons given for a
// stance ("is … immers wenselijk", "is van essentieel belang") are no
// positions.
//
// Each Position, keyed "<document key>:<ordinal>" in reading order, has
// actor -HOLDS-> Position, Position -STATED_IN-> Document and, under an
// agenda item, -STATED_IN-> AgendaItem, and Position -ON-> each subject
// entity, all with the sentence as evidence.

// positions extracts the positions of the letter, dated date.
func (x *extraction) positions(date string) {
	idx := x.newMentionIndex()
	n := 0
	cut := x.cutSentence()
	var members *posActor // the parliamentary actor named last: "deze leden"
	var v struct {
		voice
		chair bool
	}
	inQuestion := false             // in a question of Kamervragen, up to its answer
	labelled := x.answersLabelled() // parliament.go
	for i, p := range x.doc.Paragraphs {
		if p.Kind == ParaFootnote {
			continue
		}
		text := strings.TrimSpace(p.Text)
		if p.Kind == ParaHeading && (v.speaker != nil || v.chair) {
			// a heading ends a speaker's turn
			v.speaker, v.chair, v.silent = nil, false, inQuestion
		}
		questionPara := false // a question whose answer follows unlabelled
		switch {
		case questionOpener(text) && !labelled && !labelOnly(text):
			questionPara = true
		case questionOpener(text):
			inQuestion, v.silent = true, true
		case answerOpener(text):
			inQuestion, v.silent = false, false
		}
		if others, ok := ficheSection(text); ok {
			v.othersSection = others
		}
		if members, ok := turnHeading(text); ok {
			v.membersTurn = members
		}
		if member, chair, ok := speakerLabel(text); ok && !inQuestion {
			v.chair, v.silent, v.speaker = chair, chair, nil
			if member != "" {
				v.speaker = &posActor{t0: -1, t1: -1, words: member, member: true}
			}
		}
		if p.Kind == ParaHeading && len(p.Sentences) > 0 {
			// "Vragen en opmerkingen van de leden van de VVD-fractie":
			// the group that "deze leden" are below it
			sc := x.sentenceCtx(idx, i, 0, p.Sentences[0])
			if sc.members = members; sc.mayNameMembers() {
				for _, c := range sc.actorCandidates() {
					if c.member && !c.pronoun {
						c.prep = ""
						members = &c
						break
					}
				}
			}
		}
		if p.Kind != ParaBody && i != cut && !(p.Kind == ParaHeading && judgementHeading(text)) || questionPara {
			continue
		}
		var prev *posReading // the last position of this paragraph: "zij", "deze partijen", "stemden tegen"
		item, ok := x.itemAt(i)
		if !ok && i == cut {
			item, _ = x.itemAt(i - 1) // the cut sentence runs on in its item's text
		}
		if v.silent && !inQuestion && !v.chair {
			v.silent = false
		}
		if v.chair {
			v.silent = true
		}
		for si, s := range p.Sentences {
			if si > 0 {
				// "Vraag 2 … ? Antwoord 2 …" printed in one paragraph
				switch st := strings.TrimSpace(x.str(s.Start, min(s.Start+24, s.End))); {
				case questionOpener(st):
					inQuestion, v.silent = true, true
				case answerOpener(st):
					inQuestion, v.silent = false, v.chair
				}
			}
			sc := x.sentenceCtx(idx, i, si, s)
			sc.item, sc.date = item, date
			sc.members, sc.voice = members, v.voice
			for _, r := range sc.read(prev) {
				n++
				x.addPosition(n, date, sc, r)
				prev = &r
			}
			if sc.cands == nil && sc.mayNameMembers() {
				sc.cands = sc.actorCandidates()
			}
			for k := range sc.cands {
				if c := sc.cands[k]; c.member && c.prep == "" && !c.pronoun {
					members = &c
				}
			}
		}
	}
}

// mayNameMembers reports whether the sentence may name a member of
// parliament or a parliamentary group.
func (sc *sentenceCtx) mayNameMembers() bool {
	for _, t := range sc.toks {
		switch t.text {
		case "fractie", "fracties", "heer", "mevrouw", "Mevrouw", "lid", "leden", "commissie":
			return true
		}
	}
	return false
}

// cutSentence is the index of a last paragraph that a text cut off in
// the middle of a sentence left looking like a heading ("Het voorzitterschap
// constateerde verder een brede steun voor terugkeer, samenwerking met
// derde"), or -1. A letter ends with a signature or a body paragraph; a
// last "heading" of ten words or more, mostly in lower case, with a comma
// and no closing punctuation is running text.
func (x *extraction) cutSentence() int {
	last := -1
	for i, p := range x.doc.Paragraphs {
		if p.Kind != ParaFootnote {
			last = i
		}
	}
	if last < 0 || x.doc.Paragraphs[last].Kind != ParaHeading || len(x.doc.Paragraphs[last].Sentences) == 0 {
		return -1
	}
	p := x.doc.Paragraphs[last]
	text := strings.TrimSpace(x.str(p.Start, p.End))
	words := strings.Fields(text)
	lower := 0
	for _, w := range words {
		if !startsUpper(w) {
			lower++
		}
	}
	// a comma, or a length no heading has ("De Raad stemde in met het
	// voorstel … tussen de EU en d", cut by the copy)
	if len(words) < 10 || 3*lower < 2*len(words) || !strings.Contains(text, ",") && len(words) < 16 || strings.ContainsAny(text[len(text)-1:], ".:;?!") {
		return -1
	}
	return last
}

// posActor is the actor of a position.
type posActor struct {
	t0, t1   int // tokens [t0, t1) in the sentence; -1 when implicit or resolved
	refs     []graph.Ref
	words    string
	cabinet  bool
	implicit bool
	pronoun  bool
	head     string // the noun of a demonstrative ("partijen" of "deze partijen")
	member   bool   // a member of parliament, a parliamentary group or a committee
	prep     string // the preposition before it, if any
}

func (a posActor) key() string {
	if len(a.refs) == 0 {
		return "words:" + strings.ToLower(a.words)
	}
	var ks []string
	for _, r := range a.refs {
		ks = append(ks, r.ID())
	}
	sort.Strings(ks)
	return strings.Join(ks, "+")
}

// posReading is one position read from a sentence.
type posReading struct {
	stanceReading
	actor     posActor
	subject   string
	subjects  []graph.Ref
	anaphor   string
	regarding string
	inherited bool // the subject is the previous position's ("stemden tegen")
	item      string
	onItem    bool
	first     int // first token of the cue
	cueEnd    int // last token of the cue
	span      [2]int
}

// sentenceCtx is a sentence under study.
type sentenceCtx struct {
	x     *extraction
	idx   *mentionIndex
	para  int
	si    int
	sent  Span // absolute
	rs    []rune
	toks  []token // the sentence's tokens (offsets relative to the paragraph)
	ments []sentMention
	item  string
	date  string // the letter's date
	// members is the parliamentary actor named last ("deze leden"); voice
	// who speaks in the paragraph.
	members *posActor
	voice   voice
	cands   []posActor // the actor candidates, once read found a cue
	// cueStarts are the first tokens of the sentence's cues, once read
	// found them: a cue after "en" opens a coordinated clause of its own
	cueStarts []int
	// kamerReply: a cue answered a request of the Kamer, correspondence
	// (convention 19, conventions.go): no fallback reading of the clause
	kamerReply bool
}

type sentMention struct {
	ref    graph.Ref
	t0, t1 int
}

func (x *extraction) sentenceCtx(idx *mentionIndex, i, si int, s Span) *sentenceCtx {
	p := x.doc.Paragraphs[i]
	pi := x.paras[i]
	rel0, rel1 := s.Start-p.Start, s.End-p.Start
	a := sort.Search(len(pi.toks), func(k int) bool { return pi.toks[k].start >= rel0 })
	b := sort.Search(len(pi.toks), func(k int) bool { return pi.toks[k].start >= rel1 })
	sc := &sentenceCtx{x: x, idx: idx, para: i, si: si, sent: s, rs: pi.runes, toks: pi.toks[a:b]}
	for _, m := range idx.paragraph(x, i) {
		if m.start < rel0 || m.end > rel1 {
			continue
		}
		t0 := sort.Search(len(sc.toks), func(k int) bool { return sc.toks[k].start >= m.start })
		t1 := sort.Search(len(sc.toks), func(k int) bool { return sc.toks[k].start >= m.end })
		if t0 < t1 {
			sc.ments = append(sc.ments, sentMention{ref: m.ref, t0: t0, t1: t1})
		}
	}
	return sc
}

// text returns the sentence's text of tokens [a, b], without a footnote
// marker at its end and with the closing bracket of a bracket it opens.
func (sc *sentenceCtx) text(a, b int) string {
	for b >= a && b >= 0 && b < len(sc.toks) && sc.marker(b) {
		b--
	}
	if a > b || a < 0 || b >= len(sc.toks) {
		return ""
	}
	end := sc.toks[b].end
	t := string(sc.rs[sc.toks[a].start:end])
	if strings.Count(t, "(") > strings.Count(t, ")") && end < len(sc.rs) && sc.rs[end] == ')' {
		t += ")"
	}
	return collapseSpace(t)
}

// marker reports whether token k is the number of a footnote marker "[3]".
func (sc *sentenceCtx) marker(k int) bool {
	t := sc.toks[k]
	return t.start > 0 && t.end < len(sc.rs) && sc.rs[t.start-1] == '[' && sc.rs[t.end] == ']'
}

// read finds the positions of the sentence.
func (sc *sentenceCtx) read(prevPos *posReading) []posReading {
	var prev *posActor
	if prevPos != nil {
		prev = &prevPos.actor
	}
	if sc.voice.silent || sc.isQuestion() || sc.verbFirstQuestion() {
		return nil // a question (positions_precision.go), or the chair of a debate
	}
	if js := sc.judgements(); len(js) > 0 {
		return js // a fiche's judgement of competence, subsidiarity, proportionality
	}
	if sc.x.clauseOnly {
		return sc.fallback(prevPos) // measuring the fallback alone
	}
	hits := findCues(sc.rs, sc.toks)
	hits = sc.conventionHits(hits) // conventions.go
	hits = sc.debateHits(hits)     // "Het is goed dat", "ik ben blij dat" (debate.go)
	hits = sc.nominalHits(hits)    // nominal stance frames: "De inzet van het kabinet is gericht op" (nominal.go, issue 12)
	if len(hits) == 0 && sc.kamerReply {
		return nil
	}
	if len(hits) == 0 {
		return sc.fallback(prevPos) // no cue: read the clause (clause.go)
	}
	actors := sc.dropLabelActors(sc.actorCandidates()) // parliament.go
	sc.cands = actors
	hits = sc.dropWeakCues(hits, actors)
	hits = infinitiveObjects(sc.toks, hits)
	hits = sc.clauseGaps(hits) // "zal onderstrepen dat X … blijft steunen" (clause_structure.go)
	sc.cueStarts = sc.cueStarts[:0]
	for _, h := range hits {
		sc.cueStarts = append(sc.cueStarts, h.first())
	}
	var out []posReading
	for hi, h := range hits {
		passiveAg := false
		a, ok := sc.actorOf(h, actors, prev)
		a, ok = sc.debateActor(h, actors, prev, a, ok) // debate.go
		if ok && a.implicit && sc.voice.othersSection {
			continue // the proposal's essence, the field of forces: no cabinet's view
		}
		if ok && a.implicit && sc.voice.membersTurn {
			// "Vragen en opmerkingen uit de commissie": the members'
			if sc.members == nil {
				continue
			}
			m := *sc.members
			m.t0, m.t1, m.implicit = -1, -1, true
			a = m
		}
		if ok && sc.voice.speaker != nil && a.implicit && !sc.motionClause(h) {
			s := *sc.voice.speaker // the speaker's own judgement
			s.implicit = true
			a = s
		}
		if ok && sc.voice.speaker != nil && a.cabinet && a.t0 >= 0 && a.t1 == a.t0+1 && firstPerson[sc.toks[a.t0].lower] {
			// "De heer Jansen (SP): Ik steun …": the speaker
			s := *sc.voice.speaker
			s.t0, s.t1 = a.t0, a.t1
			a = s
		}
		if f := h.first(); f > 0 && sc.toks[f-1].lower == "en" && len(out) > 0 && out[len(out)-1].cueEnd < f &&
			h.def.obj != objBefore && h.def.flags&(passive|aimNoun|impersonal) == 0 && !nonVerbStarts[sc.toks[f].lower] {
			// "blijven zich inzetten voor X [en] bepleiten Y": a verb
			// coordinated with the one before shares its subject
			a, ok = out[len(out)-1].actor, true
		} else if f := h.first(); ok && f > 0 && sc.toks[f-1].lower == "en" && len(out) == 0 && a.t0 > 0 && a.t1 <= f &&
			h.def.obj != objBefore && h.def.flags&(passive|aimNoun|impersonal) == 0 && !nonVerbStarts[sc.toks[f].lower] {
			// "Ook ging de Commissie in op de zorgen [dat een aantal
			// lidstaten …] [en] riep lidstaten op …": a verb coordinated
			// after a dat-clause shares the subject of the main clause
			if m, found := sc.mainSubject(a, actors); found {
				a = m
			} else if m, found := sc.coordinatedSubject(a, actors); found {
				a = m // conventions.go
			}
		}
		if h.def.obj == objAfter && len(h.fixed) == 1 && h.def.stance == stCommit && sc.passiveFuture(h) {
			// "uitgebreid zal worden": a passive future is a commitment
			// only of its agent ("door het kabinet zullen worden
			// betrokken bij"), not of the subject of a verb of saying
			ag, found := sc.passiveAgent(h, actors)
			if !found || !ag.cabinet {
				continue
			}
			a, ok, passiveAg = ag, true, true
		}
		a, ok = sc.conventionActor(h, actors, a, ok) // conventions.go
		if !ok {
			continue
		}
		if h.def.flags&thirdParty != 0 && a.cabinet {
			// "wil het kabinet alle middelen benutten": the cabinet's
			// will to act, a commitment
			if d := cabinetVariant(h.def); d != nil && !sc.subordinate(h) {
				h.def = d
			}
		}
		switch f := h.def.flags; {
		case !sc.actorFits(h, a):
			continue
		case sc.noOwnPosition(h, hits[hi+1:], a, actors, prev):
			continue // stance1 hook: the verb cluster's own cue, a dummy "het", "zoals toegezegd" (stance_cluster.go)
		case f&reporting != 0 && sc.laterStance(hits[hi+1:], actors, prev):
			continue // the reported stance stands on its own cue
		case f&opinionOnly != 0 && opinionStance(sc.toks, h) == h.def.stance:
			continue // "heeft gemeld dat de verordening in werking treedt": a report
		case h.def.stance == stInformational && sc.attendance(h):
			continue // "hebben deelgenomen aan de JBZ-Raad": the attendees
		case h.def.flags&teInfinitive != 0 && requestBefore(sc.toks, h.first()):
			continue // "verzoekt de regering zich in te spannen voor": the addressee's task (stances_paradigm.go)
		case sc.indirectQuestion(h):
			continue // "wil weten of zij … kunnen steunen": a question
		case sc.conditionClause(h, a):
			continue // "zodra de Raad met de tekst akkoord gaat": a time or a condition
		case sc.deniedOrHearsay(h):
			continue // "Het is onjuist dat Nederland …", "Volgens sommige media zou …"
		case h.def.pattern == "volgens" && a.t0 != h.last()+1:
			continue // "volgens de hernieuwde planning": no actor's view
		case sc.announcesQuestions(h), sc.remarksAnnounced(h):
			continue // "hebben nog enkele vragen over", "wensen zij de volgende opmerkingen te maken"
		case sc.askedAbout(h):
			continue // "vragen de regering of het kabinet … steunt"
		case sc.infoRequest(h):
			continue // "vragen de regering om een nadere toelichting"
		case h.def.pattern == "wil|willen" && sc.speechAct(h):
			continue // "Ik wil de Kamer erop wijzen dat …": the letter's own speech
		case h.def.flags&thirdParty != 0 && sc.wishNounOrPresumption(h):
			continue // "de Britse wensen voor …", "zal Bulgarije … willen benutten"
		case h.def.flags&aimVerb != 0 && sc.meetingAim(h, a):
			continue // "Het voorzitterschap streeft naar een algemene oriëntatie": the item's format
		case h.def.flags&(thirdParty|aimVerb) != 0 && sc.instrumentPurpose(h):
			continue // "Met het voorstel wil de Commissie …": what the proposal is for
		case sc.joinsQuestions(h):
			continue // "sluiten zich aan bij de vragen van …": questions, no stance
		case sc.reservationTopic(h):
			continue // "overleg gevoerd over het behandelvoorbehoud"
		case sc.deployedMeans(h, a):
			continue // "de wijze waarop lidstaten hun middelen inzetten": deploying, no effort for something
		case sc.nominalInfinitive(h):
			continue // "de motie … over [pleiten voor] sancties": a topic, no one's stance
		case sc.settingRequestOrHelp(h) && !saidInfinitive(sc.toks, h):
			continue // "Nederland kreeg steun van …": help received (actors_more.go)
		case sc.notCountedSupport(h, actors):
			continue // "Nederland kon rekenen op steun": no count of the delegations (council_voices.go)
		}
		if h.def.flags&delegations != 0 && (sc.toks[h.first()].lower == "er" || sc.toks[h.fixed[1]].lower == "er" || sc.frontedDelegations(h)) {
			// "Er was brede steun voor X", not "Er is steun nodig"
			// "Er bestond overeenstemming dat X": the agreement's content
			agreedThat := sc.toks[h.last()].lower == "overeenstemming" || sc.toks[h.last()].lower == "consensus"
			if n := sc.delegationsPrep(h); n < len(sc.toks) && sc.toks[n].lower != "voor" && sc.toks[n].lower != "onder" &&
				sc.toks[n].lower != "over" && !(agreedThat && sc.toks[n].lower == "dat") &&
				!strings.ContainsAny(string(sc.rs[sc.toks[h.last()].end:sc.toks[n].start]), ",;:") {
				continue
			}
		}
		if f := h.def.flags; f&delegations != 0 {
			// "Het voorzitterschap constateerde brede steun voor X": the
			// delegations' support, which the chair reports
			a = posActor{t0: a.t0, t1: a.t1, words: "de lidstaten"}
		}
		skip := map[int]bool{}
		for t := a.t0; t >= 0 && t < a.t1; t++ {
			skip[t] = true
		}
		next, lo := len(sc.toks), 0
		for k := hi + 1; k < len(hits); k++ {
			// the next cue that starts after this one ends: one inside
			// its gap ("werk wil maken van") does not cut its subject
			if hits[k].first() > h.last() {
				next = hits[k].first()
				break
			}
		}
		if hi > 0 {
			// from the clause that holds this cue: after "…, maar"
			lo = hits[hi-1].last() + 1
			for k := h.first(); k > lo; k-- {
				if sc.toks[k-1].lower == "maar" || strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ",;") {
					lo = k
					break
				}
			}
		}
		r := posReading{stanceReading: readStance(sc.rs, sc.toks, h, skip, lo, next-1), actor: a, first: h.first(), cueEnd: h.last()}
		sc.subjectOf(&r, h, a, next)
		sc.clauseReading(&r, h, a, actors, next) // coordination, shared auxiliary, the object (clause_structure.go)
		if passiveAg {
			sc.passiveSubject(&r, a)
		}
		if h.def.obj == objBefore && h.def.flags&firstPersonOnly != 0 {
			// "Ja, die zorg deel ik.": what the question before asked
			if q, refs, ok := sc.previousQuestion(); ok {
				r.anaphor, r.subject, r.subjects = r.subject, q, refs
			}
		}
		if len(sc.toks) > 1 && h.first() == 1 && (sc.toks[0].lower == "daar" || sc.toks[0].lower == "hier") && strings.HasSuffix(h.def.pattern, "voor|ervoor in") {
			// "Daar zet dit kabinet zich al langer voor in, mede …": the
			// fronted "daar" is the object; the subject is what the
			// sentence before was about, not the words after the verb
			r.subject, r.subjects = "", nil
		}
		if h.def.flags&nounObject != 0 && strings.TrimSpace(r.subject) == "" && h.last() > 0 && demonstratives[sc.toks[h.last()-1].lower] {
			// "deel ik die mening niet": the opinion the question before
			// put ("Deelt u de mening dat …?")
			if q, refs, ok := sc.previousQuestion(); ok {
				r.anaphor, r.subject, r.subjects = sc.text(h.last()-1, h.last()), q, refs
			}
		}
		if next < len(sc.toks) && r.span[1] >= r.span[0] && r.subject != "" {
			// "steunt [het voorstel] en Frankrijk pleit voor …": the next
			// cue's actor is no part of this subject
			for _, c := range actors {
				if c.t1 == next && c.t0 > r.span[0] && c.t0 <= r.span[1]+1 {
					e := c.t0 - 1
					for e > r.span[0] && (sc.toks[e].lower == "en" || sc.toks[e].lower == "maar") {
						e--
					}
					r.subject = trimSubject(sc.text(r.span[0], e))
					r.span[1] = e
				}
			}
		}
		if h.def.flags&delegations != 0 {
			// "brede steun [voor X]"; "dat er voldoende steun was": for
			// what was just at issue
			if n := sc.delegationsPrep(h); n < len(sc.toks) && (sc.toks[n].lower == "voor" || sc.toks[n].lower == "over" ||
				sc.toks[n].lower == "dat" && (sc.toks[h.last()].lower == "overeenstemming" || sc.toks[h.last()].lower == "consensus")) {
				// "overeenstemming [te bestaan over] X", "overeenstemming
				// dat X": what was agreed
				if k := strings.Index(r.subject, sc.toks[n].text+" "); k >= 0 {
					r.subject = r.subject[k+len(sc.toks[n].text)+1:]
				}
			} else if !sc.frontedPointer(h) && h.def.obj != objBefore { // "Hierover bleek …": the sentence before (subjectOf); "[X] kon rekenen op brede steun"
				r.subject, r.subjects = "", nil
			}
		}
		sc.refine(&r, h, actors)
		// stance1 hook: "Dat is mooi": the sentence before; a member's
		// "zou graag zien dat" (stance_cluster.go)
		sc.clusterRefine(&r, h)
		sc.conventionSubject(&r, h)   // conventions.go
		sc.degreeSubject(&r, h, next) // positions_precision.go
		sc.inheritSubject(&r, prevPos)
		// A cue inside an earlier position's subject is part of it; a cue
		// of the same actor and polarity is the same position when it has
		// the same class or its subject points back ("verwelkomt de
		// routekaart en ziet het als een waardevol instrument").
		nested, merged := false, false
		for _, o := range out {
			if r.first >= o.span[0] && r.first <= o.span[1] && o.span[1] >= o.span[0] {
				nested = true
			}
			if r.first > o.first && r.first < o.cueEnd {
				// "zich niet tegen een verlenging [zal] verzetten": a cue
				// inside another's words is part of it
				nested = true
			}
			if w := sc.toks[o.cueEnd].lower; r.first == o.cueEnd+1 && (w == "zullen" || w == "gaan" || w == "te" || w == "kunnen") {
				// "heeft aangegeven de verklaring te zullen [onderschrijven]":
				// the verb of the undertaking, part of it
				nested = true
			}
			if o.actor.key() == a.key() && o.stance.polarity() == r.stance.polarity() &&
				(o.stance == r.stance && !sc.ownClause(o, r) || r.subject == "" || r.anaphor != "" || anaphoricSubject(r.subject)) {
				merged = true
			}
		}
		if nested || merged || sc.complementCue(out, r) { // positions_precision.go
			continue
		}
		out = append(out, r)
		prev = &out[len(out)-1].actor
		prevPos = &out[len(out)-1]
	}
	return abstentions(out)
}

// abstentions drops a negated verb-final vote ("niet voor … stemt") beside a
// reserved position of the same actor in the sentence: "dat Nederland geen
// standpunt inneemt … en ook niet voor individuele artikelen stemt, maar het
// eindresultaat afwacht" withholds its vote, an abstention, which the
// reserved class holds ("onthield zich van stemming"); no rejection is
// said. Alone, "stemt niet voor" stays oppose.
func abstentions(out []posReading) []posReading {
	keep := out[:0]
	for i, r := range out {
		vote := r.negated && r.base == stAgree && strings.HasPrefix(r.cue, "voor ")
		abstains := false
		for j, o := range out {
			if vote && j != i && o.stance == stReserved && o.actor.key() == r.actor.key() {
				abstains = true
			}
		}
		if !abstains {
			keep = append(keep, r)
		}
	}
	return keep
}

// bodyHolding returns, for a passive without its agent, the Council or
// the European Parliament the sentence places it in, before the cue: "in
// de Raad", "binnen het Europees Parlement".
func (sc *sentenceCtx) bodyHolding(h cueHit, cands []posActor) (posActor, bool) {
	k, ok := sc.findingClause(h)
	if rekent := sc.toks[h.last()].lower == "rekenen"; !ok && !rekent {
		return posActor{}, false
	} else if rekent {
		k = h.first()
	}
	for _, c := range cands {
		if c.prep == "door" && c.t0 > k && c.t1 <= h.fixed[2] {
			a := c // "bleek dat het plan door Frankrijk wordt gesteund"
			a.words = lowerFirst(a.words)
			return a, true
		}
	}
	for _, c := range cands {
		if (c.prep == "in" || c.prep == "binnen") && c.t1 <= h.first() && len(c.refs) == 1 && c.refs[0].Kind == graph.KindOrganisation &&
			(c.refs[0].Key == "council-of-the-eu" || c.refs[0].Key == "ep" || c.refs[0].Key == "jha-council") {
			a := c
			a.words = lowerFirst(a.words)
			return a, true
		}
	}
	return posActor{}, false
}

// findingClause returns the "dat" of a passive cue that opens on a verb of
// finding ("is gebleken dat [het voorstel] wordt gesteund"): a report of
// what a body did.
func (sc *sentenceCtx) findingClause(h cueHit) (int, bool) {
	if len(h.fixed) < 2 || sc.toks[h.fixed[1]].lower != "dat" || !findingVerbs[sc.toks[h.first()].lower] {
		return 0, false
	}
	return h.fixed[1], true
}

// passiveDegree words say how widely a passive holds: "wordt breed
// gesteund", "in het algemeen", "in grote lijnen".
var passiveDegree = map[string]bool{"breed": true, "ruim": true, "unaniem": true, "grotendeels": true,
	"algemeen": true, "lijnen": true, "alom": true}

// findingVerbs report what a discussion showed: "is gebleken dat", "bleek
// dat", "concludeerde dat" (findingV of the cue table).
var findingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(findingV, "|") {
		m[w] = true
	}
	return m
}()

// ownClause reports whether reading r is a clause of its own after o's:
// a second verb after ", en" with an object that shares no entity with
// o's ("benadrukte het belang van X, en riep op tot Y").
func (sc *sentenceCtx) ownClause(o, r posReading) bool {
	f := r.first
	if f < 2 || sc.toks[f-1].lower != "en" || o.cueEnd >= f || !strings.Contains(string(sc.rs[sc.toks[f-2].end:sc.toks[f-1].start]), ",") {
		return false
	}
	for _, ref := range r.subjects {
		if containsRef(o.subjects, ref) {
			return false
		}
	}
	if r.subject == "" {
		return false
	}
	seen := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(o.subject)) {
		seen[strings.Trim(w, ".,;:()")] = true
	}
	for _, w := range strings.Fields(strings.ToLower(r.subject)) {
		if w = strings.Trim(w, ".,;:()"); len([]rune(w)) > 4 && seen[w] {
			return false // a word of the object again: the same matter
		}
	}
	return true
}

// infinitiveObjects drops a one-word verb cue that closes an infinitive
// clause after an earlier cue: "ziet geen reden om het voorstel te
// [steunen]" is one position, the infinitive its object. So is a modal
// infinitive: "zegde toe Oekraïne … te [zullen] blijven [ondersteunen]"
// is the promise of the one who promises, not a stance of Ukraine.
func infinitiveObjects(toks []token, hits []cueHit) []cueHit {
	out := hits[:0:0]
	for k, h := range hits {
		if f := h.first(); k > 0 && (len(h.fixed) == 1 || infinitiveModals[toks[f].lower]) && f > 0 && toks[f-1].lower == "te" && hits[k-1].last() < f {
			continue
		}
		out = append(out, h)
	}
	return out
}

// infinitiveModals open a multi-word cue that stands as an infinitive
// after "te" ("te zullen … steunen", "te kunnen … steunen").
var infinitiveModals = map[string]bool{"zullen": true, "kunnen": true, "willen": true}

// laterStance reports whether one of the cues after a reporting cue makes
// a position of its own ("heeft aangegeven dat Nederland … kan steunen"),
// not one the filters drop ("stelden dat zij niet … zullen deelnemen": the
// others' "zullen" is none).
func (sc *sentenceCtx) laterStance(hits []cueHit, actors []posActor, prev *posActor) bool {
	for _, h := range hits {
		if a, ok := sc.actorOf(h, actors, prev); ok && sc.actorFits(h, a) {
			return true
		}
	}
	return false
}

// actorFits reports whether cue h can be a position of actor a: a cue only
// third parties use is not the cabinet's, one only the cabinet uses is no
// one else's, and neither (nor a promise) holds in a procedural sentence
// ("zal de vergadering voorzitten").
func (sc *sentenceCtx) actorFits(h cueHit, a posActor) bool {
	f := h.def.flags
	if f&thirdParty != 0 && a.cabinet || f&cabinetOnly != 0 && !a.cabinet {
		return false
	}
	return f&(thirdParty|cabinetOnly|promise) == 0 || !sc.procedural(h)
}

// subordinate reports whether cue h stands in a subordinate clause: "dat"
// or a subordinating conjunction opens its clause before it ("duidelijk te
// maken [dat] Nederland wil heronderhandelen").
func (sc *sentenceCtx) subordinate(h cueHit) bool {
	for k := h.first() - 1; k >= 0; k-- {
		if w := sc.toks[k].lower; w == "dat" || w == "of" || w == "als" || subordinators[w] {
			return true
		}
		if strings.ContainsAny(string(sc.rs[sc.toks[k].end:sc.toks[k+1].start]), ",;:") {
			return false
		}
	}
	return false
}

// inheritSubject gives a reading without a subject of its own what was
// just at issue ("Polen en Hongarije stemden tegen."): the previous
// position's subject, the topic of the sentence before ("De ministers
// spraken over [X]. Oostenrijk handhaafde zijn bezwaar.") or the act last
// named.
func (sc *sentenceCtx) inheritSubject(r *posReading, prevPos *posReading) {
	if r.subject != "" || r.onItem {
		return
	}
	if prevPos != nil {
		r.subject, r.subjects, r.inherited = prevPos.subject, prevPos.subjects, true
	} else if t, refs, ok := sc.previousTopic(); ok {
		r.subject, r.subjects, r.inherited = t, refs, true
	} else if t, ref, ok := sc.previousAct(); ok {
		r.subject, r.subjects, r.inherited = t, []graph.Ref{ref}, true
	}
}

// joinedActors is the cue's actor pick widened to two actors joined by
// "en", first a and then b ("Het Bulgaarse voorzitterschap en de
// Commissie"): their words, the refs of both, and no longer the cabinet
// alone.
func (sc *sentenceCtx) joinedActors(pick, a, b posActor) posActor {
	pick.t0, pick.t1 = a.t0, b.t1
	pick.words = sc.text(a.t0, b.t1-1)
	pick.refs = uniqueRefs(append(slices.Clone(a.refs), b.refs...))
	pick.cabinet = false
	return pick
}

// mainSubject returns the subject of the main clause when actor a stands
// inside a dat-clause after it: the first candidate without a preposition
// before the "dat" that opens a's clause.
func (sc *sentenceCtx) mainSubject(a posActor, actors []posActor) (posActor, bool) {
	d := -1
	for k := a.t0 - 1; k > 0; k-- {
		if sc.toks[k].lower == "dat" {
			d = k
			break
		}
		if strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ";:") {
			return posActor{}, false
		}
	}
	if d < 0 {
		return posActor{}, false
	}
	for _, c := range actors {
		if c.t1 <= d && c.prep == "" && !c.pronoun {
			return c, true
		}
	}
	return posActor{}, false
}

// speechActs are verbs of the letter's own speech, which a "wil" announces
// ("Graag wil ik uw Kamer bedanken", "wil ik erop wijzen dat").
var speechActs = map[string]bool{"wijzen": true, "bedanken": true, "danken": true, "toezeggen": true, "melden": true,
	"herhalen": true, "verwijzen": true, "noemen": true, "beginnen": true, "afronden": true, "memoreren": true,
	"benadrukken": true, "onderstrepen": true, "vooropstellen": true, "opmerken": true, "aangeven": true, "schetsen": true}

// speechAct reports whether the clause of a "wil" cue closes on a verb of
// speech: the writer announces what the letter says, no stance.
func (sc *sentenceCtx) speechAct(h cueHit) bool {
	end := clauseEndToken(sc.rs, sc.toks, h.last(), true)
	toKamer := false
	for j := h.last() + 1; j <= end && j < len(sc.toks); j++ {
		w := sc.toks[j].lower
		if speechActs[w] {
			return true
		}
		// "wil ik u de reactie namens het kabinet aanbieden": sending
		// the letter, or a document with it, to its addressee
		toKamer = toKamer || w == "u" || w == "kamer" && sc.toks[j-1].lower == "uw"
		if toKamer && sendingVerbs[w] {
			return true
		}
	}
	return false
}

// sendingVerbs send a letter or a document to the addressee: "wil ik u
// de reactie aanbieden", "wil ik uw Kamer het verslag toesturen".
var sendingVerbs = map[string]bool{"aanbieden": true, "toesturen": true, "toezenden": true, "sturen": true,
	"zenden": true, "doen": true, "voorleggen": true}

// togetherWithColleagues reports whether tokens [a, b) read "samen /
// gezamenlijk met de (…) bewindspersonen / ministers / collega's van":
// the countries after it act with the actor.
func (sc *sentenceCtx) togetherWithColleagues(a, b int) bool {
	if b-a > 14 || b < 2 {
		return false
	}
	switch sc.toks[b-2].lower {
	case "bewindspersonen", "ministers", "collega's", "collegas", "regeringen", "ambtgenoten":
	default:
		return false
	}
	for k := a; k+1 < b-2; k++ {
		if (sc.toks[k].lower == "samen" || sc.toks[k].lower == "gezamenlijk") && sc.toks[k+1].lower == "met" {
			return true
		}
	}
	return false
}

// documentNouns name a text that speaks for its senders.
var documentNouns = map[string]bool{"brief": true, "verklaring": true, "non-paper": true, "nonpaper": true,
	"paper": true, "oproep": true}

// cabinetVariant returns the row of the cue table with the pattern of d that
// holds for the cabinet only ("wil" of others is support, the cabinet's a
// commitment), nil when there is none.
func cabinetVariant(d *cueDef) *cueDef {
	for i := range cueTable {
		if c := &cueTable[i]; c.pattern == d.pattern && c.flags&cabinetOnly != 0 {
			return c
		}
	}
	return nil
}

// --- actors -------------------------------------------------------------------

// prepositions that make a noun phrase no actor ("in Nederland", "met de
// Commissie"); "voor" introduces the actor of a priority.
var actorPreps = map[string]bool{
	"in": true, "met": true, "door": true, "van": true, "bij": true, "naar": true, "over": true, "op": true,
	"uit": true, "aan": true, "tot": true, "tegen": true, "zoals": true, "tussen": true, "binnen": true,
	"richting": true, "vanuit": true, "tijdens": true, "namens": true, "voor": true, "onder": true, "om": true,
	"na": true, "dan": true, "als": true, "per": true, "buiten": true, "jegens": true,
}

// actor nouns after a country adjective: "de Nederlandse inzet", "het
// Belgische voorzitterschap".
var actorNouns = map[string]bool{"inzet": true, "standpunt": true, "regering": true, "positie": true,
	"delegatie": true, "voorzitterschap": true, "kabinet": true, "overheid": true, "insteek": true,
	"streven": true, "ambitie": true, "ambassade": true, "permanente": true}

// personNouns after a country adjective name that country's minister or
// head of government: "de Duitse minister", "mijn Franse collega".
var personNouns = map[string]bool{"minister": true, "ministers": true, "collega": true, "collega's": true,
	"ambtgenoot": true, "ambtgenoten": true, "premier": true, "minister-president": true, "staatssecretaris": true,
	"kanselier": true, "president": true, "regeringsleider": true, "bewindspersoon": true, "bewindspersonen": true}

// numberWords count the states of a group: "drie lidstaten", "twintig
// landen".
var numberWords = map[string]bool{"twee": true, "drie": true, "vier": true, "vijf": true, "zes": true, "zeven": true,
	"acht": true, "negen": true, "tien": true, "elf": true, "twaalf": true, "dertien": true, "veertien": true,
	"vijftien": true, "zestien": true, "zeventien": true, "achttien": true, "negentien": true, "twintig": true,
	"eenentwintig": true, "tweeëntwintig": true, "tweeentwintig": true, "drieëntwintig": true, "drieentwintig": true,
	"vierentwintig": true, "vijfentwintig": true, "zesentwintig": true, "zevenentwintig": true, "beide": true}

// groups without a node, and the council groups by their grammar
// (withCouncilGroups, council_voices.go).
var actorGroups = withCouncilGroups([][]string{
	// quantified parts of the member states, the longest first
	{"het", "overgrote", "deel", "van", "de", "lidstaten"}, {"de", "overgrote", "meerderheid", "van", "de", "lidstaten"},
	{"de", "grote", "meerderheid", "van", "de", "lidstaten"}, {"het", "merendeel", "van", "de", "lidstaten"},
	{"de", "meerderheid", "van", "de", "lidstaten"}, {"een", "groot", "deel", "van", "de", "lidstaten"},
	{"een", "groot", "aantal", "lidstaten"}, {"een", "beperkt", "aantal", "lidstaten"}, {"een", "klein", "aantal", "lidstaten"},
	{"een", "groep", "lidstaten"}, {"een", "groep", "van", "lidstaten"}, {"vrijwel", "alle", "lidstaten"},
	{"nagenoeg", "alle", "lidstaten"}, {"de", "overige", "lidstaten"}, {"een", "handvol", "lidstaten"},
	{"de", "meeste", "delegaties"}, {"veel", "delegaties"}, {"enkele", "delegaties"}, {"alle", "delegaties"},
	{"verschillende", "delegaties"}, {"een", "aantal", "delegaties"},
	{"een", "grote", "meerderheid", "van", "de", "lidstaten"}, {"een", "ruime", "meerderheid", "van", "de", "lidstaten"},
	{"een", "brede", "meerderheid", "van", "de", "lidstaten"}, {"een", "kleine", "meerderheid", "van", "de", "lidstaten"},
	{"een", "meerderheid", "van", "de", "lidstaten"}, {"een", "aantal", "lidstaten"}, {"alle", "lidstaten"},
	{"de", "meeste", "lidstaten"}, {"veel", "lidstaten"}, {"enkele", "lidstaten"}, {"diverse", "lidstaten"},
	{"andere", "lidstaten"}, {"verschillende", "lidstaten"}, {"bepaalde", "lidstaten"}, {"sommige", "lidstaten"},
	{"meerdere", "lidstaten"}, {"vele", "lidstaten"}, {"veel", "partijen"}, {"deze", "partijen"},
	{"deze", "lidstaten"}, {"deze", "coalitie"}, {"de", "coalitie"}, {"de", "lidstaten"},
	// the Union speaking as one in a Council report ("De EU veroordeelde
	// ten zeerste …"): no node of its own
	{"de", "eu"}, {"de", "europese", "unie"},
	{"een", "enkele", "lidstaat"}, {"een", "aantal", "landen"}, {"enkele", "landen"}, {"veel", "landen"},
	{"verschillende", "landen"}, {"een", "meerderheid", "van", "lidstaten"}, {"een", "minderheid", "van", "de", "lidstaten"},
	{"de", "eerste", "kamer"}, {"de", "tweede", "kamer"}, {"beide", "kamers"},
	// ministers of the Council as a quantified group ("Enkele ministers
	// uitten kritiek op …")
	{"de", "meeste", "ministers"}, {"enkele", "ministers"}, {"veel", "ministers"}, {"alle", "ministers"},
	{"een", "aantal", "ministers"}, {"verschillende", "ministers"}, {"meerdere", "ministers"},
	// national authorities as a body ("Ook de bevoegde instanties (BI's)
	// onderschrijven het nut van …")
	{"de", "bevoegde", "instanties"}, {"de", "bevoegde", "autoriteiten"}, {"de", "nationale", "autoriteiten"},
	{"de", "afdeling", "advisering", "van", "de", "raad", "van", "state"}, {"de", "afdeling", "advisering"}, {"de", "raad", "van", "state"},
})

// delegationsPrep returns the token after a cue of the delegations'
// support, past "te bestaan" or "te zijn" ("Er bleek overeenstemming [te
// bestaan] over …").
func (sc *sentenceCtx) delegationsPrep(h cueHit) int {
	n := sc.writerHedge(sc.pastSupporters(h.last() + 1)) // "brede steun [van lidstaten] voor" (positions_delegations.go), "[lijkt] te bestaan" (conventions.go)
	if n+2 < len(sc.toks) && sc.toks[n].lower == "te" && (sc.toks[n+1].lower == "bestaan" || sc.toks[n+1].lower == "zijn") {
		n += 2
	}
	if n+1 < len(sc.toks) && h.first() > 0 && sc.toks[h.first()].lower != "er" {
		// "concludeerde dat er weinig steun [bestond] voor …": the verb
		// of the dat-clause stands between the noun and its object; so
		// for agreement "over" it ("dat er overeenstemming was over …")
		switch sc.toks[n].lower {
		case "bestond", "bestaat", "bestonden", "bestaan", "was", "is", "waren":
			if sc.toks[n+1].lower == "voor" || sc.toks[n+1].lower == "over" {
				n++
			}
		}
	}
	return n
}

// dutchAuthorities returns the length of "[betrokken|bevoegde] Nederlandse
// regering|autoriteiten|overheid" at token k, 0 when none stands there.
func dutchAuthorities(lw func(int) string, k int) int {
	n := 0
	if w := lw(k); w == "betrokken" || w == "bevoegde" {
		n = 1
	}
	if lw(k+n) != "nederlandse" {
		return 0
	}
	switch lw(k + n + 1) {
	case "regering", "autoriteiten", "overheid":
		return n + 2
	}
	return 0
}

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"die": true, "dat": true, "welke": true, "waarvoor": true, "wat": true}

// actorCandidates finds the noun phrases of the sentence that can be actors.
func (sc *sentenceCtx) actorCandidates() []posActor {
	toks := sc.toks
	var out []posActor
	mentionAt := map[int]sentMention{}
	for _, m := range sc.ments {
		if _, ok := mentionAt[m.t0]; !ok {
			mentionAt[m.t0] = m
		}
	}
	lw := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].lower
	}
	for i := 0; i < len(toks); {
		a, ok := sc.candidateAt(i, mentionAt, lw)
		if !ok {
			i++
			continue
		}
		if a.prep == "" && actorPreps[lw(i-1)] {
			a.prep = lw(i - 1)
		}
		if len(a.refs) == 0 && a.t1 < len(toks) {
			// "meerdere lidstaten, waaronder Nederland,": the countries
			// named inside a group hold its position with it
			n := includedNames(sc.rs, toks, a.t1)
			if n == 0 {
				n = namesToEnd(sc.rs, toks, a.t1) // "…, waaronder Polen." (council_voices.go)
			}
			if n > 0 && (toks[a.t1].lower == "waaronder" || toks[a.t1].lower == "inclusief") {
				var refs []graph.Ref
				for k := a.t1 + 1; k < a.t1+n; k++ {
					if m, ok := mentionAt[k]; ok && m.ref.Kind == graph.KindCountry {
						refs = append(refs, m.ref)
					}
				}
				if len(refs) > 0 {
					a.refs = uniqueRefs(refs)
					a.words = sc.text(a.t0, a.t1+n-1)
					a.t1 += n
				}
			}
		}
		if a.prep == "namens" || a.prep == "vanuit" {
			sc.speaker(&a, lw)
		}
		out = append(out, a)
		i = a.t1
	}
	return out
}

// speaker makes a person who speaks for a body its actor: "[Von der Leyen
// vanuit de Europese Commissie]", "[Jansen namens de Raad]". The body is
// a candidate introduced by "vanuit" or "namens"; the name before it is
// capitalised words and name particles.
func (sc *sentenceCtx) speaker(a *posActor, lw func(int) string) {
	if len(a.refs) != 1 || a.refs[0].Kind != graph.KindOrganisation || a.t0 < 2 {
		return
	}
	k := a.t0 - 2 // the last word of the name
	if !startsUpper(sc.toks[k].text) {
		return
	}
	start := k
	for j := k; j >= 0; j-- {
		t := sc.toks[j]
		if j < k && strings.ContainsAny(string(sc.rs[t.end:sc.toks[j+1].start]), ",;:()") {
			break
		}
		if startsUpper(t.text) {
			start = j
		} else if !nameParticles[t.lower] {
			break
		}
	}
	if actorPreps[lw(start-1)] {
		return // "met Von der Leyen namens de Commissie": no subject
	}
	a.t0, a.prep = start, ""
	a.words = sc.text(start, a.t1-1)
}

// cabinetActor is the Dutch government as the actor of tokens t0 to t1-1:
// "het kabinet", "de regering", "wij", "ons kabinet".
func (sc *sentenceCtx) cabinetActor(t0, t1 int) posActor {
	nl := netherlandsRef()
	return posActor{t0: t0, t1: t1, refs: []graph.Ref{nl}, words: sc.text(t0, t1-1), cabinet: true}
}

func (sc *sentenceCtx) candidateAt(i int, mentionAt map[int]sentMention, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	w := lw(i)
	nl := netherlandsRef()
	if a, ok := sc.memberActor(i, lw); ok {
		return a, true
	}
	if a, ok := sc.anaphoricStates(i, lw); ok {
		return a, true // "deze lidstaten", "beide landen", "het land" (actors_more.go)
	}
	if a, ok := sc.actorPhrase(i, lw); ok {
		return a, true // "het toenmalige kabinet", "de voorzitter" of a Council report (clause_structure.go)
	}
	// "mijn Franse collega", "onze Duitse ambtgenoot": a minister of that
	// country
	if (w == "mijn" || w == "onze" || w == "zijn" || w == "haar" || w == "hun") && i+2 < len(toks) {
		if m, ok := mentionAt[i+1]; ok && m.ref.Kind == graph.KindCountry && m.t1 == i+2 && personNouns[lw(i+2)] {
			return posActor{t0: i, t1: i + 3, refs: []graph.Ref{m.ref}, words: sc.text(i, i+2), cabinet: m.ref == nl}, true
		}
	}
	// "het inkomende Zweedse voorzitterschap", "de nieuwe Duitse regering",
	// "de toenmalige Franse minister": an adjective before the country's
	if (w == "de" || w == "het") && i+3 < len(toks) && !startsUpper(toks[i+1].text) && actorAdjective(toks[i+1]) {
		if m, ok := mentionAt[i+2]; ok && m.ref.Kind == graph.KindCountry && m.t1 == i+3 && (actorNouns[lw(i+3)] || personNouns[lw(i+3)]) {
			return posActor{t0: i, t1: i + 4, refs: []graph.Ref{m.ref}, words: sc.text(i, i+3), cabinet: m.ref == nl && lw(i+3) != "voorzitterschap"}, true
		}
	}
	// "de Nederlandse inzet", "het Belgische voorzitterschap"
	if (w == "de" || w == "het") && i+2 < len(toks) {
		if m, ok := mentionAt[i+1]; ok && m.ref.Kind == graph.KindCountry && m.t1 == i+2 && actorNouns[lw(i+2)] {
			return posActor{t0: i, t1: i + 3, refs: []graph.Ref{m.ref}, words: sc.text(i, i+2), cabinet: m.ref == nl && lw(i+2) != "voorzitterschap"}, true
		}
		// "de Duitse en Nederlandse insteek": two countries' joint aim
		if m, ok := mentionAt[i+1]; ok && m.ref.Kind == graph.KindCountry && m.t1 == i+2 && lw(i+2) == "en" && i+4 < len(toks) {
			if n, ok := mentionAt[i+3]; ok && n.ref.Kind == graph.KindCountry && n.t1 == i+4 && (actorNouns[lw(i+4)] && lw(i+4) != "voorzitterschap" || personNouns[lw(i+4)]) {
				// also their ministers: "de Franse en Duitse ministers"
				return posActor{t0: i, t1: i + 5, refs: uniqueRefs([]graph.Ref{m.ref, n.ref}), words: sc.text(i, i+4)}, true
			}
		}
		if m, ok := mentionAt[i+1]; ok && m.ref.Kind == graph.KindCountry && m.t1 == i+2 && personNouns[lw(i+2)] {
			// "de Duitse minister", "de Franse collega's": the country
			return posActor{t0: i, t1: i + 3, refs: []graph.Ref{m.ref}, words: sc.text(i, i+2), cabinet: m.ref == nl}, true
		}
	}
	if (w == "de" || w == "het") && lw(i+1) == "voorzitterschap" {
		// also closing the sentence: "kreeg de steun van het voorzitterschap."
		a := posActor{t0: i, t1: i + 2, words: sc.text(i, i+1)}
		if c, ok := sc.presidency(); ok {
			a.refs = []graph.Ref{c}
		}
		return a, true
	}
	// "het kabinet", "de regering", "wij"
	switch {
	case (w == "het" || w == "dit") && lw(i+1) == "kabinet":
		return sc.cabinetActor(i, i+2), true
	case w == "de" && lw(i+1) == "regering":
		return sc.cabinetActor(i, i+2), true
	case w == "de" && dutchAuthorities(lw, i+1) > 0:
		// "de Nederlandse regering", "de betrokken Nederlandse autoriteiten"
		t1 := i + 1 + dutchAuthorities(lw, i+1)
		return sc.cabinetActor(i, t1), true
	case w == "de" && (lw(i+1) == "minister" || lw(i+1) == "staatssecretaris" || lw(i+1) == "minister-president"):
		// "De Staatssecretaris (van Justitie en Veiligheid)" speaks for the
		// Netherlands in the letter of its government.
		t1 := i + 2
		if (lw(t1) == "van" || lw(t1) == "voor") && t1+1 < len(toks) && startsUpper(toks[t1+1].text) {
			t1 += 2
			for t1 < len(toks) && (startsUpper(toks[t1].text) || lw(t1) == "en" && t1+1 < len(toks) && startsUpper(toks[t1+1].text)) {
				t1++
			}
		}
		return sc.cabinetActor(i, t1), true
	case w == "wij" || w == "ik" || w == "we": // stance1 hook: "we", the unstressed "wij"
		return sc.cabinetActor(i, i+1), true
	case w == "zij" || w == "ze" || w == "hij", (w == "hen" || w == "hem") && lw(i-1) == "door":
		// "hen", "hem" only as a passive's agent: "werden door hen … geplaatst"
		return posActor{t0: i, t1: i + 1, words: sc.text(i, i), pronoun: true}, true
	case w == "het" && (lw(i-1) == "waarbij" || lw(i-1) == "waarin" || lw(i-1) == "waarmee") && i+1 < len(toks) && !startsUpper(toks[i+1].text):
		// "…, waarbij het instemming betuigt met": "het" is the body
		// named before (het Parlement)
		if _, ok := mentionAt[i+1]; !ok {
			return posActor{t0: i, t1: i + 1, words: sc.text(i, i), pronoun: true}, true
		}
	}
	// "de lidstaten Oostenrijk, Roemenië en Bulgarije", "Nederland"
	start := i
	if w == "de" && lw(i+1) == "lidstaten" {
		if _, ok := mentionAt[i+2]; ok {
			start = i + 2
		}
	}
	if m, ok := mentionAt[start]; ok && m.ref.Kind == graph.KindCountry {
		refs := []graph.Ref{m.ref}
		end := m.t1
		for end < len(toks) {
			gap := strings.TrimSpace(string(sc.rs[toks[end-1].end:toks[end].start]))
			k := end
			if gap == "" && lw(end) == "en" {
				k = end + 1
			} else if gap != "," {
				break
			}
			n, ok := mentionAt[k]
			if !ok || n.ref.Kind != graph.KindCountry {
				break
			}
			refs = append(refs, n.ref)
			end = n.t1
		}
		if end-start == 1 && len(refs) == 1 && startsUpper(toks[start].text) && !isCountryName(sc.x, m.ref, toks[start].text) {
			return posActor{}, false // an adjective ("Zweedse model") is no actor
		}
		a := posActor{t0: i, t1: end, refs: uniqueRefs(refs), words: sc.text(start, end-1)}
		a.cabinet = len(a.refs) == 1 && a.refs[0] == nl
		return a, true
	}
	// an EU body: "de Commissie", "het Europees Parlement", "Europol"
	off := 0
	if w == "de" || w == "het" {
		off = 1
	}
	if m, ok := mentionAt[i+off]; ok && m.ref.Kind == graph.KindOrganisation {
		return posActor{t0: i, t1: m.t1, refs: []graph.Ref{m.ref}, words: sc.text(i, m.t1-1)}, true
	}
	// "de JBZ-Raad heeft ingestemd met …": the Council in its Justice and
	// Home Affairs configuration acting, not the meeting (orgNotInText)
	if w == "de" && i+2 < len(toks) && lw(i+1) == "jbz" && lw(i+2) == "raad" && toks[i+2].start == toks[i+1].end+1 &&
		!(lw(i+3) == "van" && i+4 < len(toks) && isDigits(lw(i+4))) {
		return posActor{t0: i, t1: i + 3, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "jha-council"}}, words: sc.text(i, i+2)}, true
	}
	// "de Commissaris (voor Binnenlandse Zaken)", "de Eurocommissaris",
	// "Commissievoorzitter Von der Leyen": the Commission
	if w == "de" && i+1 < len(toks) && (toks[i+1].text == "Commissaris" || toks[i+1].text == "Eurocommissaris" || toks[i+1].text == "EU-commissaris") &&
		!(lw(i+2) == "van" && lw(i+3) == "de" && lw(i+4) == "koning") {
		t1 := i + 2
		if (lw(t1) == "van" || lw(t1) == "voor") && t1+1 < len(toks) && startsUpper(toks[t1+1].text) {
			t1 += 2
			for t1 < len(toks) && (startsUpper(toks[t1].text) || lw(t1) == "en" && t1+1 < len(toks) && startsUpper(toks[t1+1].text)) {
				t1++
			}
		}
		return posActor{t0: i, t1: t1, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "european-commission"}}, words: sc.text(i, t1-1)}, true
	}
	if toks[i].text == "Commissievoorzitter" && i+1 < len(toks) && startsUpper(toks[i+1].text) {
		t1 := i + 2
		for t1 < len(toks) && (startsUpper(toks[t1].text) || nameParticles[lw(t1)] && t1+1 < len(toks) && startsUpper(toks[t1+1].text)) && t1-i < 5 {
			t1++
		}
		return posActor{t0: i, t1: t1, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "european-commission"}}, words: sc.text(i, t1-1)}, true
	}
	// a Commissioner speaks for the Commission: "Commissaris Johansson",
	// "Eurocommissaris Brunner"
	if (w == "commissaris" || w == "eurocommissaris") && i+1 < len(toks) && startsUpper(toks[i+1].text) && startsUpper(toks[i].text) {
		t1 := i + 2
		for t1 < len(toks) && startsUpper(toks[t1].text) && t1-i < 4 {
			t1++
		}
		return posActor{t0: i, t1: t1, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "european-commission"}}, words: sc.text(i, t1-1)}, true
	}
	// "de nieuwe Commissie", "de voltallige Raad": an adjective between
	// the article and the body the rule of "de Commissie" names
	if w == "de" && i+2 < len(toks) && actorAdjective(toks[i+1]) && !startsUpper(toks[i+1].text) && spaced(sc.rs, toks[i+1], toks[i+2]) {
		switch toks[i+2].text {
		case "Commissie":
			return posActor{t0: i, t1: i + 3, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "european-commission"}}, words: sc.text(i, i+2)}, true
		case "Raad":
			if !(i+3 < len(toks) && (lw(i+3) == "van" || lw(i+3) == "voor")) {
				return posActor{t0: i, t1: i + 3, refs: []graph.Ref{{Kind: graph.KindOrganisation, Key: "council-of-the-eu"}}, words: sc.text(i, i+2)}, true
			}
		}
	}
	// "Staatssecretaris Harbers", "Minister Van Weel": a minister named by
	// title and name speaks for the Netherlands in a Dutch letter, unless
	// the letter introduced that name as another country's ("zijn
	// Bulgaarse collega Tsacheva … Minister Tsacheva")
	if a, ok := sc.namedMinister(i, mentionAt, lw); ok {
		return a, true
	}
	// "drie lidstaten", "twintig landen", "12 lidstaten": a counted group;
	// also with its quantifier, "hebben alle 27 lidstaten … onderschreven"
	// (as "alle lidstaten")
	c := i
	if w == "alle" {
		c++
	}
	if countedGroup(lw, c) {
		return posActor{t0: i, t1: c + 2, words: sc.text(i, c+1)}, true
	}
	// "De Ministers verklaarden …": the ministers the paragraph named
	// before with their countries ("een bijeenkomst van de justitie
	// ministers van Frankrijk, België en Italië")
	if w == "de" && lw(i+1) == "ministers" && lw(i+2) != "van" && lw(i+2) != "voor" {
		if refs, ok := sc.ministersNamedBefore(); ok {
			return posActor{t0: i, t1: i + 2, refs: refs, words: sc.text(i, i+1)}, true
		}
	}
	// "bereikten Ministers consensus over …": the ministers of the Council
	// together, without an article as Council reports name them ("De
	// Ministers" points back to ministers named before)
	if w == "ministers" && !determiners[lw(i-1)] && !actorPreps[lw(i-1)] {
		return posActor{t0: i, t1: i + 1, words: sc.text(i, i)}, true
	}
	// "De 27 staatshoofden en regeringsleiders", "de staatshoofden en
	// regeringsleiders": the heads of state or government as a body
	if w == "de" {
		n := i + 1
		if numberWords[lw(n)] || isDigits(lw(n)) && lw(n) != "" {
			n++
		}
		if lw(n) == "staatshoofden" && lw(n+1) == "en" && lw(n+2) == "regeringsleiders" {
			return posActor{t0: i, t1: n + 3, words: sc.text(i, n+2)}, true
		}
	}
	// "de C7", "de G7", "de MED5": a named group of states, as its name
	if w == "de" && i+1 < len(toks) && groupName(toks[i+1].text) {
		t1 := i + 2
		if lw(t1) == "landen" || lw(t1) == "lidstaten" {
			t1++ // "de MED5 landen"
		}
		return posActor{t0: i, t1: t1, words: sc.text(i, t1-1)}, true
	}
	// "de Baltische staten", "de zuidelijke lidstaten", "de
	// Beneluxlanden", "de frontlijnstaten": a group named by its kind
	if w == "de" && i+1 < len(toks) {
		next := lw(i + 1)
		if i+2 < len(toks) && stateNouns[lw(i+2)] && next != "derde" && next != "overige" &&
			(strings.HasSuffix(next, "e") || strings.HasSuffix(next, "sche")) && len(next) > 3 && spaced(sc.rs, toks[i+1], toks[i+2]) {
			return posActor{t0: i, t1: i + 3, words: sc.text(i, i+2)}, true
		}
		if i+2 < len(toks) && stateNouns[lw(i+2)] && startsUpper(toks[i+1].text) && hyphenJoined(sc.rs, toks[i+1], toks[i+2]) {
			// "de Visegrad-landen", "de Benelux-landen": a group named by
			// a name before its noun
			if _, ok := mentionAt[i+1]; !ok && lw(i+1) != "eu" {
				return posActor{t0: i, t1: i + 3, words: sc.text(i, i+2)}, true
			}
		}
		for _, suf := range []string{"landen", "staten"} {
			if strings.HasSuffix(next, suf) && len(next) > len(suf)+3 && next != "lidstaten" && !strings.HasSuffix(next, "derdelanden") {
				return posActor{t0: i, t1: i + 2, words: sc.text(i, i+1)}, true
			}
		}
	}
	if a, ok := sc.moreActor(i, lw); ok {
		return a, true // "dhr. Kuleba", "de commissies voor …" (actors_more.go)
	}
	// groups without a node, by the first word (groupsByFirst)
	for _, g := range groupsByFirst()[w] {
		end, ok := sc.groupAt(i, g, lw)
		if e := end - 1; ok && toks[e].end < len(sc.rs) && sc.rs[toks[e].end] == '-' {
			ok = false // "de EU-delegatie": the first part of a compound
		}
		if ok && (g[len(g)-1] == "eu" || g[len(g)-1] == "unie") && sc.obligedNext(end) {
			ok = false // "De EU moet zich inzetten voor …": the writer's view of what the Union should do
		}
		if ok {
			a := posActor{t0: i, t1: end, words: sc.text(i, end-1)}
			if g[0] == "deze" {
				a.head = g[1]
			}
			return a, true
		}
	}
	return posActor{}, false
}

// groupAt matches the words of group g from token i and returns the token
// after them. A word may carry the prefix "EU-" ("een groot aantal
// EU-lidstaten", "alle EU-lidstaten"): the same group.
func (sc *sentenceCtx) groupAt(i int, g []string, lw func(int) string) (int, bool) {
	k := i
	for _, gw := range g {
		if lw(k) == "eu" && gw != "eu" && k+1 < len(sc.toks) && hyphenJoined(sc.rs, sc.toks[k], sc.toks[k+1]) && lw(k+1) == gw {
			k++
		}
		if k >= len(sc.toks) || lw(k) != gw {
			return 0, false
		}
		k++
	}
	return k, true
}

// obligedNext reports whether a verb of obligation follows token k within
// a few words of its clause: "de EU [zich] moet", "de EU dient", "de EU
// zou … moeten".
func (sc *sentenceCtx) obligedNext(k int) bool {
	for j := k; j < len(sc.toks) && j < k+4; j++ {
		if j > k && strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j].start]), ",;:") {
			return false
		}
		switch sc.toks[j].lower {
		case "moet", "moeten", "dient", "dienen", "zou", "zouden", "mag", "kan":
			return true
		}
	}
	return false
}

// namedMinister reads "Staatssecretaris Harbers", "minister Van Weel" at
// token i: a title without an article or a country adjective before it,
// then a capitalised name. The actor is the country the letter gave that
// name before ("zijn Bulgaarse collega Tsacheva", "de Duitse minister
// Faeser"), the Netherlands where the letter or the reference data place
// the name there, else the person's words without a node (ministerNameRef,
// actors_minister.go).
func (sc *sentenceCtx) namedMinister(i int, mentionAt map[int]sentMention, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	if w := lw(i); w != "minister" && w != "staatssecretaris" || i+1 >= len(toks) || !startsUpper(toks[i+1].text) {
		return posActor{}, false
	}
	if determiners[lw(i-1)] || lw(i-1) == "mijn" || lw(i-1) == "zijn" || lw(i-1) == "haar" {
		return posActor{}, false
	}
	if m, ok := mentionAt[i-1]; ok && m.t1 == i {
		return posActor{}, false // "de Duitse minister" is read at its article
	}
	t1 := i + 2
	for t1 < len(toks) && t1-i < 5 && (nameParticles[lw(t1-1)] || toks[t1-1].text == "Van") && startsUpper(toks[t1].text) {
		t1++
	}
	name := toks[t1-1].text
	if _, ok := mentionAt[i+1]; ok || actorNouns[strings.ToLower(name)] {
		return posActor{}, false // "Minister Nederland", not a name
	}
	names := []string{sc.text(i+1, t1-1)}
	if t1 < len(toks) && startsUpper(toks[t1].text) && spaced(sc.rs, toks[t1-1], toks[t1]) {
		names = append(names, sc.text(i+1, t1)) // "minister Hirsch Ballin"
	}
	ref, ok := sc.ministerNameRef(names)
	if !ok {
		// a minister the letter does not place: the person's words
		return posActor{t0: i, t1: t1, words: sc.text(i, t1-1)}, true
	}
	nl := netherlandsRef()
	return posActor{t0: i, t1: t1, refs: []graph.Ref{ref}, words: sc.text(i, t1-1), cabinet: ref == nl}, true
}

// introducedAs returns the country the letter named right before an
// earlier mention of the person name, up to the sentence: "de Bulgaarse
// collega Tsacheva", "de Duitse minister Faeser".
func (sc *sentenceCtx) introducedAs(name string) (graph.Ref, bool) {
	for p := 0; p <= sc.para && p < len(sc.x.paras); p++ {
		pi := sc.x.paras[p]
		ms := sc.idx.paragraph(sc.x, p)
		for k, t := range pi.toks {
			if t.text != name || p == sc.para && t.start >= sc.toks[0].start {
				continue
			}
			for _, m := range ms {
				if m.ref.Kind != graph.KindCountry || m.ref.Key == "NL" || m.end > t.start {
					continue
				}
				// the country adjective at most two words before the name,
				// or before a title that leads to it ("De Oekraïense
				// Minister van Buitenlandse Zaken Andrii Sybiha")
				if k >= 1 && (pi.toks[max(k-3, 0)].start <= m.start || titleRunTo(pi.runes, pi.toks, m.end, k)) {
					return m.ref, true
				}
			}
		}
	}
	return graph.Ref{}, false
}

// ministersNamedBefore returns the countries of the last "ministers (…)
// van X, Y en Z" earlier in the paragraph, with the Netherlands when the
// writer speaks in that sentence ("organiseerde ik een bijeenkomst van de
// justitie ministers van …": the writer's meeting, the writer among them).
func (sc *sentenceCtx) ministersNamedBefore() ([]graph.Ref, bool) {
	pi := sc.x.paras[sc.para]
	toks := pi.toks
	limit := sc.toks[0].start
	ms := sc.idx.paragraph(sc.x, sc.para)
	var refs []graph.Ref
	for k := 0; k < len(toks) && toks[k].end <= limit; k++ {
		if toks[k].lower != "ministers" {
			continue
		}
		// "ministers (of hun vertegenwoordigers) van": skip a bracket
		j := k + 1
		if j < len(toks) && strings.Contains(string(pi.runes[toks[k].end:toks[j].start]), "(") {
			for j < len(toks) && !strings.Contains(string(pi.runes[toks[j-1].end:toks[j].start]), ")") {
				j++
			}
		}
		if j >= len(toks) || toks[j].lower != "van" {
			continue
		}
		var found []graph.Ref
		end := toks[j].end
		for _, m := range ms {
			if m.start < end || m.end > limit || m.ref.Kind != graph.KindCountry {
				continue
			}
			gap := strings.TrimSpace(string(pi.runes[end:m.start]))
			if gap != "" && gap != "," && gap != "en" {
				break
			}
			found = append(found, m.ref)
			end = m.end
		}
		if len(found) < 2 {
			continue
		}
		for t := k - 1; t >= 0 && !strings.Contains(string(pi.runes[toks[t].end:toks[t+1].start]), "."); t-- {
			if toks[t].lower == "ik" || toks[t].lower == "wij" {
				found = append(found, netherlandsRef())
				break
			}
		}
		refs = uniqueRefs(found)
	}
	return refs, len(refs) > 0
}

// countedGroup reports whether the words at token i count member states or
// countries: "drie lidstaten", "12 landen".
func countedGroup(lw func(int) string, i int) bool {
	w := lw(i)
	return (numberWords[w] || isDigits(w)) && (lw(i+1) == "lidstaten" || lw(i+1) == "landen")
}

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// groupName reports whether a word names a group of states by capitals
// and a number: "C7", "G7", "G20", "MED5".
func groupName(w string) bool {
	rs := []rune(w)
	k := 0
	for k < len(rs) && unicode.IsUpper(rs[k]) {
		k++
	}
	return k >= 1 && k <= 3 && len(rs)-k >= 1 && len(rs)-k <= 2 && isDigits(string(rs[k:]))
}

// stateNouns name states in a group: "de Baltische staten".
var stateNouns = map[string]bool{"staten": true, "landen": true, "lidstaten": true}

// isCountryName reports whether the word is the country's name rather than
// an adjective: a name is an actor ("Nederland steunt"), an adjective only
// with a noun ("de Nederlandse inzet").
func isCountryName(x *extraction, ref graph.Ref, word string) bool {
	e, ok := x.entities[ref]
	if !ok {
		return false
	}
	f := foldDiacritics(word)
	names := []string{e.Name}
	if len(e.Aliases) > 0 {
		names = append(names, e.Aliases[0]) // the Dutch name comes first
	}
	for _, n := range names {
		if foldDiacritics(n) == f {
			return true
		}
	}
	// Dutch names of countries end otherwise than their adjectives and
	// demonyms (-se, -sch, -s, -er).
	for _, suf := range []string{"se", "sch", "s", "er"} {
		if strings.HasSuffix(f, suf) {
			return false
		}
	}
	return true
}

// presidency is the country that holds the Council presidency a bare "het
// voorzitterschap" names, as the meeting the sentence's item belongs to,
// the letter's only presidency or, with no meeting, the letter's date says;
// failing those, the one presidency the letter named before the sentence
// (namedPresidency, presidencies.go).
func (sc *sentenceCtx) presidency() (graph.Ref, bool) {
	x := sc.x
	if sc.item != "" {
		if it, ok := x.entities[graph.Ref{Kind: graph.KindAgendaItem, Key: sc.item}]; ok {
			if mk, ok := it.Props["meeting"].(string); ok {
				if m, ok := x.entities[graph.Ref{Kind: graph.KindCouncilMeeting, Key: mk}]; ok {
					if p, ok := m.Props["presidency"].(string); ok && p != "" {
						return graph.Ref{Kind: graph.KindCountry, Key: p}, true
					}
				}
			}
		}
	}
	found := map[string]bool{}
	for ref, e := range x.entities {
		if ref.Kind == graph.KindCouncilMeeting {
			if p, ok := e.Props["presidency"].(string); ok && p != "" {
				found[p] = true
			}
		}
	}
	if len(found) == 1 {
		for p := range found {
			return graph.Ref{Kind: graph.KindCountry, Key: p}, true
		}
	}
	if len(found) == 0 {
		// a letter that names no meeting: the presidency of its date
		if d, ok := parseISO(sc.date); ok {
			if p, ok := presidencyOn(d); ok {
				return graph.Ref{Kind: graph.KindCountry, Key: p}, true
			}
		}
	}
	return sc.namedPresidency()
}

// actorOf picks the actor of a cue.
func (sc *sentenceCtx) actorOf(h cueHit, cands []posActor, prev *posActor) (posActor, bool) {
	d := h.def
	var pick *posActor
	if sc.motionClause(h) {
		// "verzoekt de regering om …": the Kamer asks; the addressee in
		// the gap is no actor
		return posActor{t0: -1, t1: -1, words: "de Kamer", member: true, implicit: true}, true
	}
	if d.flags&passive != 0 {
		// "werd [door alle lidstaten] veroordeeld": the agent; "kon op
		// steun [van Duitsland] rekenen" (constructions.go)
		at, prep := passiveAgentPrep(sc.toks, h)
		for k := range cands {
			if c := &cands[k]; at >= 0 && c.prep == prep && c.t0 == at+1 && c.t1 <= h.last() {
				a, ok := sc.agentOf(*c, cands, h.last(), prev) // "door hen", "door de Commissie en het voorzitterschap" (council_voices.go)
				if !ok {
					return posActor{}, false
				}
				a.words = lowerFirst(a.words)
				return a, true
			}
		}
		if d.flags&bodyIn != 0 {
			return sc.bodyHolding(h, cands)
		}
		return posActor{}, false
	}
	if d.flags&docVoice != 0 && h.first() >= 2 && h.first() <= 4 && determiners[sc.toks[0].lower] && documentNouns[sc.toks[h.first()-1].lower] {
		// "De brief bevat een oproep …": the letter's senders, named
		// in the sentence before
		if a, ok := sc.previousSenders(); ok {
			a.t0, a.t1 = 0, h.first()
			return a, true
		}
		return posActor{}, false
	}
	if d.flags&attributive != 0 {
		// "het [door Nederland] bekritiseerde mechanisme": the agent of
		// a participle inside a noun phrase, which a determiner opens
		if f := h.first(); f == 0 || !determiners[sc.toks[f-1].lower] || h.last()+1 >= len(sc.toks) ||
			strings.ContainsAny(string(sc.rs[sc.toks[h.last()].end:sc.toks[h.last()+1].start]), ",;:.()") {
			return posActor{}, false
		}
		for k := range cands {
			if c := &cands[k]; c.prep == "door" && c.t0 == h.first()+1 && c.t1 <= h.last() {
				a := *c
				a.words = lowerFirst(a.words)
				return a, true
			}
		}
		return posActor{}, false
	}
	if d.flags&aimNoun != 0 {
		// "[De Duitse en Nederlandse insteek] is …": the phrase that ends
		// with the cue's noun; in a relative clause ("van de [Nederlandse
		// inzet] die … gericht is op") the phrase may follow a preposition,
		// the relative pronoun being the clause's subject.
		relative := h.first()+1 < len(sc.toks) && sc.toks[h.first()+1].lower == "die"
		for k := range cands {
			if c := &cands[k]; c.t0 < h.first() && c.t1 == h.first()+1 && (c.prep == "" || relative) {
				a := *c
				a.words = lowerFirst(a.words)
				return a, true
			}
		}
		return posActor{}, false
	}
	// Right before the cue: "Het kabinet steunt", "Polen, Litouwen en
	// Finland riepen de Commissie op".
	for k := range cands {
		if c := &cands[k]; c.t1 == h.first() && c.prep == "" && d.obj != objBefore && d.flags&voorOnly == 0 {
			pick = c
			// the order of a subordinate clause puts the subject first,
			// the object after it: "dat [Nederland] de Commissie oproept
			// tot", "dat het kabinet [de lidstaten] aanspreekt op"
			if k > 0 {
				if o := &cands[k-1]; o.prep == "" && o.t0 > 0 && o.t1 == c.t0 && (sc.toks[o.t0-1].lower == "dat" || subordinators[sc.toks[o.t0-1].lower]) &&
					!strings.ContainsAny(string(sc.rs[sc.toks[o.t0].start:sc.toks[h.first()].start]), ",;:()") {
					pick = o
				}
			}
		}
	}
	// In the gap, right after the cue's first word: "is het kabinet
	// voorstander van", "kijkt het kabinet uit naar".
	if pick == nil && len(h.fixed) > 1 {
		lead := leadingAdverbs(sc.toks, h.first()) // "kan [ook] Nederland zich vinden in"
		for k := range cands {
			if c := &cands[k]; (c.t0 == h.first()+1 || lead > 0 && c.t0 == h.first()+1+lead ||
				c.t0 == h.first()+2 && sc.toks[h.first()+1].lower == "zowel") && c.t1 <= h.fixed[1] { // "hebben [zowel] Frankrijk als …"
				pick = c
				break
			}
			// a noun's owner: "De steun [van Nederland] voor …", "De
			// voorkeur [van het kabinet] gaat uit naar …"
			if c := &cands[k]; d.flags&actorAfter != 0 && len(h.fixed) > 2 && h.fixed[1] == h.first()+1 &&
				sc.toks[h.fixed[1]].lower == "van" && c.t0 == h.fixed[1]+1 && c.t1 <= h.fixed[2] {
				pick = c
				break
			}
			// "Het heeft de voorkeur [van het kabinet] om …": the owner
			// of the cue's noun inside it
			if c := &cands[k]; d.flags&actorAfter != 0 && len(h.fixed) > 2 && sc.toks[h.fixed[len(h.fixed)-2]].lower == "van" &&
				h.fixed[len(h.fixed)-2] > h.first() && c.t0 == h.fixed[len(h.fixed)-2]+1 && c.t1 <= h.last() {
				pick = c
				break
			}
		}
	}
	// After the cue: "een prioriteit van het kabinet".
	if pick == nil && d.flags&actorAfter != 0 {
		for k := range cands {
			c := &cands[k]
			if c.t0 == h.last()+1 || c.t0 == h.last()+2 && (sc.toks[h.last()+1].lower == "van" || sc.toks[h.last()+1].lower == "voor") {
				// c.t0 > h.last()+1 implies the token after the cue exists
				pick = c
				break
			}
		}
	}
	// Before the cue, the nearest that no preposition introduces; before a
	// cue whose subject stands before it, only one that "voor" introduces.
	if pick == nil {
		for k := len(cands) - 1; k >= 0; k-- {
			c := &cands[k]
			if c.t1 > h.first() {
				continue
			}
			voor := c.prep == "voor" && d.flags&actorVoor != 0 || c.prep == "onder" && d.flags&actorOnder != 0 && c.t0 == 1
			if (d.flags&voorOnly != 0 || d.obj == objBefore) && !voor {
				continue
			}
			if voor && d.flags&voorOnly != 0 && c.t0 >= 2 && relativePronouns[sc.toks[c.t0-2].lower] {
				// "terreinen die voor Nederland niet primair van belang
				// zijn": a relative clause describes a noun, it ranks nothing
				return posActor{}, false
			}
			if c.prep != "" && !voor {
				continue
			}
			if sc.relativeBetween(c.t1, h.first()) {
				if ra, ok := sc.actorWithRelative(*c, h); ok {
					pick = &ra // "de lidstaten die zich hadden uitgesproken hechten …" (clause_structure.go)
					break
				}
				// "de bijeenkomst [die] plaats zal vinden": the relative
				// pronoun is the verb's subject, not the actor before it
				return posActor{}, false
			}
			pick = c
			break
		}
	}
	// Inverted, the actor right after the verb: "[Een uitbreiding …]
	// steunt het kabinet op dit moment niet".
	if pick == nil && d.obj != objBefore && d.flags&voorOnly == 0 {
		for k := range cands {
			if c := &cands[k]; (c.t0 == h.last()+1 || c.t0 == h.last()+2 && sc.toks[h.last()+1].lower == "zowel") && c.prep == "" {
				pick = c // "steunden [zowel] Frankrijk als Duitsland"
				break
			}
		}
	}
	if pick == nil {
		if c, ok := sc.clauseSubject(h, nil, cands); ok {
			pick = &c // "blijft het de hervormingen in Georgië steunen" (clause_structure.go)
		}
	}
	// "Het vraagt daarbij aandacht voor …": "het" opening the sentence
	// right before the cue is the actor named before.
	if pick == nil && h.first() == 1 && sc.toks[0].lower == "het" && d.flags&impersonal == 0 {
		pick = &posActor{t0: 0, t1: 1, words: sc.text(0, 0), pronoun: true}
	}
	if pick == nil {
		if d.flags&voorOnly != 0 || d.flags&impersonal == 0 {
			return posActor{}, false
		}
		nl := netherlandsRef()
		return posActor{t0: -1, t1: -1, refs: []graph.Ref{nl}, words: "het kabinet", cabinet: true, implicit: true}, true
	}
	if c, ok := sc.clauseSubject(h, pick, cands); ok {
		pick = &c // "Nederland blijft [Oekraïne] steunen": the object is no actor (clause_structure.go)
	}
	if j := pick.t1; !pick.implicit && !pick.pronoun && pick.t0 >= 0 && j+1 < len(sc.toks) && sc.toks[j].lower == "en" &&
		!strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j+1].start]), ",;:()") {
		// "Het Bulgaarse voorzitterschap en de Commissie concludeerden",
		// "ontvangen door de lidstaten en de Europese Commissie": two
		// actors joined by "en" on the same side of the cue hold one
		// position together
		for k := range cands {
			c := cands[k]
			if c.t0 != j+1 || c.prep != "" || (pick.t1 <= h.first()) != (c.t1 <= h.first()) {
				continue
			}
			joined := sc.joinedActors(*pick, *pick, c)
			pick = &joined
			break
		}
	}
	if j := pick.t0 - 1; !pick.implicit && !pick.pronoun && j > 0 && sc.toks[j].lower == "en" &&
		!strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j+1].start]), ",;:()") {
		// the same, the nearest actor before the cue being the second
		for k := range cands {
			c := cands[k]
			if c.t1 != j || c.prep != "" || c.implicit || c.pronoun {
				continue
			}
			joined := sc.joinedActors(*pick, c, *pick)
			pick = &joined
			break
		}
	}
	if pick.t0 > 0 && pick.t1 <= h.first() && relativeOpeners[sc.toks[pick.t0-1].lower] &&
		!strings.ContainsAny(string(sc.rs[sc.toks[pick.t0-1].end:sc.toks[pick.t0].start]), ",;:") {
		// "de strategie die [de Commissie] heeft aangekondigd": a relative
		// clause describes its noun; the statement is no stance of its own
		return posActor{}, false
	}
	a := *pick
	switch {
	case a.pronoun:
		// "waarin zij zich committeren": the actor named before.
		for _, c := range cands {
			if c.t0 < a.t0 && !c.pronoun && (c.prep == "" || sc.opinionOwner(c)) {
				r := c
				if c.prep == "" {
					r = sc.joinedNext(c, cands, a.t0) // "De Commissie en het voorzitterschap gaven aan dat zij …"
				}
				r.t0, r.t1 = a.t0, a.t1
				return r, true
			}
		}
		if prev != nil {
			r := *prev
			r.t0, r.t1 = a.t0, a.t1
			return r, true
		}
		if r, ok := sc.previousSubject(); ok {
			r.t0, r.t1 = a.t0, a.t1
			return r, true
		}
		if r, ok := sc.chainedSubject(sc.toks[a.t0].lower); ok {
			r.t0, r.t1 = a.t0, a.t1 // further back (actors_more.go)
			return r, true
		}
		if r, ok := sc.memberPronoun(a); ok {
			return r, true // the member named in the paragraph before (parliament.go)
		}
		return posActor{}, false
	case a.head != "":
		// "Deze partijen": the actor of the same noun before, or the noun
		// phrase "de <noun> …" earlier in the paragraph.
		if prev != nil && strings.Contains(strings.ToLower(prev.words), a.head) {
			r := *prev
			r.t0, r.t1 = a.t0, a.t1
			return r, true
		}
		if np := sc.antecedentPhrase(a.head); np != "" {
			a.words = np
		}
	}
	if a.refs == nil && sc.toks[0].lower == "op" {
		// "Op Europees niveau zijn veel partijen …"
		for k := 1; k < 4 && k < len(sc.toks) && k < a.t0; k++ {
			if sc.toks[k].lower == "niveau" {
				a.words += " " + lowerFirst(sc.text(0, k))
				break
			}
		}
	}
	sc.coActors(&a, h, cands)
	sc.bothActors(&a, cands) // "zowel Frankrijk als Duitsland" (council_voices.go)
	a.words = lowerFirst(a.words)
	return a, true
}

// attendance reports whether an informational cue reports taking part in
// the Council meeting itself ("hebben deelgenomen aan deze JBZ-Raad"),
// which the attendees record, not a part played in a process.
func (sc *sentenceCtx) attendance(h cueHit) bool {
	if !strings.HasPrefix(sc.toks[h.fixed[len(h.fixed)-2]].lower, "deelgenomen") {
		return false
	}
	n := h.last() + 1
	for _, m := range sc.ments {
		if m.ref.Kind == graph.KindCouncilMeeting && m.t0 >= n && m.t0 <= n+2 {
			return true
		}
	}
	for k := n; k < len(sc.toks) && k <= n+2; k++ {
		if w := sc.toks[k].lower; w == "raad" || strings.HasSuffix(w, "-raad") || w == "jbz" || w == "raadsvergadering" || w == "vergadering" {
			return true
		}
	}
	return false
}

// relativeOpeners open a relative clause whose subject follows them and
// whose object is the noun before them ("die de Commissie heeft
// aangekondigd", "waarmee het Comité instemde"; not "waarin zij zich
// committeren aan …", which names its object).
var relativeOpeners = map[string]bool{"die": true, "welke": true, "waarmee": true, "waarover": true,
	"waarvoor": true, "waarop": true, "waaraan": true, "waaruit": true}

// relativeBetween reports whether a relative pronoun or a subordinating
// conjunction stands between tokens [a, b): the verb at b is the relative
// clause's, and the noun phrase before a is not its subject.
func (sc *sentenceCtx) relativeBetween(a, b int) bool {
	for k := b - 1; k >= a; k-- {
		if w := sc.toks[k].lower; w == "die" || w == "welke" || subordinators[w] {
			return true
		}
		if k > a && strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ",;:") {
			return false // a clause closed before: "…, maar kan instemmen"
		}
	}
	return false
}

// coActors adds the countries that act with the actor: "Nederland
// gezamenlijk met België", "Nederland heeft, met Denemarken en Oostenrijk,
// gepleit".
func (sc *sentenceCtx) coActors(a *posActor, h cueHit, cands []posActor) {
	if a.t0 < 0 || len(a.refs) == 0 {
		return
	}
	for _, c := range cands {
		trailing := c.t0 > h.last() && sc.toks[c.t0-1].lower == "evenals" &&
			strings.Contains(string(sc.rs[sc.toks[c.t0-2].end:sc.toks[c.t0-1].start]), ",") &&
			!sc.laterVerb(c.t1) // "stemde in met X, evenals Duitsland."
		if c.t0 < a.t1 || c.t0 > h.last() && !trailing || len(c.refs) == 0 || c.refs[0].Kind != graph.KindCountry || c.t0 < 2 {
			continue
		}
		m := c.t0 - 1 // "met", "als"
		switch {
		case c.prep == "van" && sc.togetherWithColleagues(a.t1, c.t0):
			// "Nederland heeft samen met de bewindspersonen van België,
			// … en Zweden een brief gestuurd"
		case c.prep == "met":
			before := strings.TrimSpace(string(sc.rs[sc.toks[m-1].end:sc.toks[m].start]))
			if before != "," && sc.toks[m-1].lower != "samen" && sc.toks[m-1].lower != "gezamenlijk" {
				continue
			}
		case c.prep == "als" && sc.toks[m-1].lower == "net", sc.toks[m].lower == "evenals":
			// "Het kabinet is, net als het voorzitterschap, ambitieus"
		default:
			continue
		}
		a.refs = uniqueRefs(append(a.refs, c.refs...))
		a.cabinet = false
		if c.prep == "met" && (m == a.t1 || m-1 == a.t1 && (sc.toks[a.t1].lower == "samen" || sc.toks[a.t1].lower == "gezamenlijk")) {
			// "Nederland gezamenlijk met België", not the verb between
			// them ("Nederland heeft samen met Denemarken")
			a.words = sc.text(a.t0, c.t1-1)
		} else {
			w := sc.text(m, m)
			if sc.toks[m].lower == "als" || sc.toks[m-1].lower == "samen" || sc.toks[m-1].lower == "gezamenlijk" {
				w = sc.text(m-1, m)
			}
			if c.prep == "van" {
				w = "samen met" // "samen met de bewindspersonen van …"
			}
			a.words += ", " + w + " " + c.words
		}
		if a.t1 < c.t1 && !trailing {
			a.t1 = c.t1
		}
	}
}

// laterVerb reports whether the clause goes on after token k with more
// than a closing punctuation: ", evenals Duitsland, dat …" is no trailing
// co-actor.
func (sc *sentenceCtx) laterVerb(k int) bool {
	return k < len(sc.toks) && !strings.ContainsAny(string(sc.rs[sc.toks[k-1].end:sc.toks[k].start]), ".;")
}

// sentenceBefore returns the context of sentence si of this sentence's
// paragraph, with the parliamentary actor named last as this one has it:
// what the anaphora rules read back in (previousSubject, previousSenders,
// chainedSubject).
func (sc *sentenceCtx) sentenceBefore(si int) *sentenceCtx {
	prev := sc.x.sentenceCtx(sc.idx, sc.para, si, sc.x.doc.Paragraphs[sc.para].Sentences[si])
	prev.members = sc.members
	return prev
}

// previousSubject is the first actor of the sentence before ("De Commissie
// en deskundigen … bezochten …. Zij waren positief over …").
func (sc *sentenceCtx) previousSubject() (posActor, bool) {
	if sc.si == 0 {
		return posActor{}, false
	}
	prev := sc.sentenceBefore(sc.si - 1)
	for _, c := range prev.actorCandidates() {
		if c.prep == "" && !c.pronoun && c.head == "" {
			c.words = lowerFirst(c.words)
			return c, true
		}
	}
	return posActor{}, false
}

// previousSenders returns the subject of the sentence before with the
// countries that acted with it ("Nederland heeft samen met de
// bewindspersonen van België en Zweden een brief gestuurd").
func (sc *sentenceCtx) previousSenders() (posActor, bool) {
	if sc.si == 0 {
		return posActor{}, false
	}
	prev := sc.sentenceBefore(sc.si - 1)
	cands := prev.actorCandidates()
	for _, c := range cands {
		if c.prep == "" && !c.pronoun && c.head == "" {
			if len(prev.toks) > 0 {
				prev.coActors(&c, cueHit{fixed: []int{len(prev.toks) - 1}}, cands)
			}
			c.words = lowerFirst(c.words)
			return c, true
		}
	}
	return posActor{}, false
}

// antecedentPhrase finds "de <noun> …" before the sentence in its paragraph
// and returns it up to the next punctuation.
func (sc *sentenceCtx) antecedentPhrase(noun string) string {
	x := sc.x
	p := x.doc.Paragraphs[sc.para]
	toks := x.paras[sc.para].toks
	rs := x.paras[sc.para].runes
	limit := sc.sent.Start - p.Start
	best := -1
	for k := 0; k+1 < len(toks) && toks[k+1].end <= limit; k++ {
		if toks[k].lower == "de" && toks[k+1].lower == noun {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	end := toks[best+1].end
	for k := best + 2; k < len(toks) && toks[k].end <= limit; k++ {
		gap := string(rs[toks[k-1].end:toks[k].start])
		if strings.ContainsAny(gap, ".,;:()") {
			break
		}
		end = toks[k].end
	}
	return collapseSpace(string(rs[toks[best].start:end]))
}

// lowerFirst lower-cases a leading determiner or pronoun ("Het kabinet" is
// "het kabinet"), not a name ("Nederland").
func lowerFirst(s string) string {
	w, rest, _ := strings.Cut(s, " ")
	switch strings.ToLower(w) {
	case "het", "de", "deze", "dit", "alle", "veel", "enkele", "een", "wij", "zij", "ze", "ik", "diverse", "andere", "verschillende", "op":
		if rest == "" {
			return strings.ToLower(w)
		}
		return strings.ToLower(w) + " " + rest
	}
	return s
}

func containsRef(rs []graph.Ref, r graph.Ref) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func uniqueRefs(rs []graph.Ref) []graph.Ref {
	seen := map[graph.Ref]bool{}
	var out []graph.Ref
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// --- subjects -----------------------------------------------------------------

// Words trimmed from the ends of a subject.
var subjectAdverbs = map[string]bool{"ook": true, "dan": true, "daarom": true, "immers": true, "wel": true,
	"eveneens": true, "momenteel": true, "nog": true, "steeds": true, "altijd": true, "niet": true, "geen": true,
	"nooit": true, "echter": true, "daarbij": true, "hierbij": true, "reeds": true, "al": true, "zeer": true,
	"vooralsnog": true, "nadrukkelijk": true, "uitdrukkelijk": true, "thans": true, "opnieuw": true}

// Words a subject starts after: "blij dat …", "kritisch over …".
var subjectLeads = map[string]bool{"dat": true, "met": true, "over": true, "op": true, "bij": true, "ten": true, "tot": true}

// kennisCue: "met zorg kennisgenomen [van] X".
func kennisCue(w string) bool { return w == "kennisgenomen" || w == "genomen" }

// Cues after whose last word a subject has its own lead word: "blij dat",
// "kritisch over", "zet zich ervoor in dat".
var leadCues = map[string]bool{"blij": true, "verheugd": true, "ingenomen": true, "tevreden": true, "kritisch": true,
	"bezorgd": true, "terughoudend": true, "positief": true, "behandelvoorbehoud": true, "studievoorbehoud": true,
	"voorbehoud": true, "voorbehouden": true, "in": true, "ervoor": true, "betreurt": true, "betreuren": true,
	"betreurde": true, "betreurden": true, "aan": true, "geuit": true, "sceptisch": true,
	"kennisgenomen": true, "genomen": true,
	// "uitten hun zorgen [over] X", "riep de lidstaten op [tot] X"
	"zorgen": true, "zorg": true, "bezorgdheid": true, "twijfels": true, "twijfel": true, "op": true,
	"teleurstelling": true, "bedenkingen": true, "ongenoegen": true, "onvrede": true, "kritiek": true,
	// "heeft een positieve grondhouding [ten aanzien van] X"
	"grondhouding": true, "houding": true}

// Words that, after a comma, start a clause that is no part of the subject.
var subjectCuts = map[string]bool{"waarmee": true, "waarin": true, "waarbij": true, "waardoor": true, "waarop": true,
	"waarvan": true, "die": true, "dat": true, "wat": true, "welke": true, "zodat": true, "omdat": true,
	"terwijl": true, "maar": true, "doch": true, "hoewel": true, "aangezien": true, "nu": true,
	"evenals": true} // ", evenals Duitsland": a co-actor (coActors), not the object

// Conjunctions that open a subordinate clause, which ends a subject even
// without a comma: "kon instemmen [nadat …]".
var subordinators = map[string]bool{"nadat": true, "omdat": true, "zodra": true, "wanneer": true, "hoewel": true,
	"aangezien": true, "doordat": true, "voordat": true, "zolang": true, "opdat": true}

// Words that make a subject point back ("dit besluit", "bovengenoemd
// Raadsbesluit").
var anaphoricWords = map[string]bool{"dit": true, "deze": true, "bovengenoemd": true, "bovengenoemde": true,
	"genoemd": true, "genoemde": true, "voornoemd": true, "voornoemde": true, "hierover": true, "daarover": true,
	"dat": true, "het": true}

// Nouns of a discussion: under an agenda item, the item is their subject.
var discussionNouns = map[string]bool{"bespreking": true, "gesprek": true, "discussie": true, "gedachtewisseling": true,
	"uitwisseling": true, "agendapunt": true, "werklunch": true, "werksessie": true, "beleidsdebat": true,
	"debat": true, "dialoog": true, "presentatie": true}

var determiners = map[string]bool{"een": true, "de": true, "het": true, "dit": true, "deze": true}

var copulas = map[string]bool{"is": true, "zijn": true, "was": true, "waren": true, "blijft": true, "blijven": true, "vormt": true}

// subjectOf fills in the subject of a position: its words, the entities it
// names, and what it points back to.
// parentheticalOpinion returns, for "naar de mening / het oordeel van X"
// inside a main clause after its finite verb, the index of that verb
// (the clause's subject stands before it); 0 otherwise.
func (sc *sentenceCtx) parentheticalOpinion(h cueHit) int {
	toks := sc.toks
	if h.def.obj != objClause || h.def.flags&actorAfter == 0 || toks[h.first()].lower != "naar" || h.first() < 3 {
		return 0
	}
	for v := 1; v < h.first(); v++ {
		if strings.ContainsAny(string(sc.rs[toks[v-1].end:toks[v].start]), ",;:()") {
			return 0 // a subordinate or inserted clause before: not the simple case
		}
		if finalVerbs[toks[v].lower] || toks[v].lower == "wordt" || toks[v].lower == "worden" || toks[v].lower == "moet" || toks[v].lower == "moeten" || toks[v].lower == "biedt" || toks[v].lower == "draagt" || toks[v].lower == "leidt" {
			if v >= 2 && determiners[toks[0].lower] {
				return v
			}
			return 0
		}
	}
	return 0
}

func (sc *sentenceCtx) subjectOf(r *posReading, h cueHit, a posActor, next int) {
	toks := sc.toks
	n := len(toks)
	inActor := func(k int) bool { return k >= a.t0 && k < a.t1 && a.t0 >= 0 }
	s, e := -1, -1
	switch h.def.obj {
	case objAfter, objClause:
		s, e = h.last()+1, n-1
		if a.t0 > h.last() {
			s = a.t1 // "een prioriteit van het kabinet" has no subject after
		}
		verbEnds := s > e || next == h.last()+1 || next == h.last()+2 && (toks[h.last()+1].lower == "en" || toks[h.last()+1].lower == "maar")
		if h.def.obj == objAfter && verbEnds && a.t0 > 0 && a.t1 < h.first() && toks[a.t0-1].lower == "dat" {
			// "dat het kabinet [de algemene oriëntatie] steunt": the
			// verb closes its clause, the object stands before it
			s, e = a.t1, h.first()-1
		}
		if v := sc.parentheticalOpinion(h); v > 0 {
			// "De oprichting van het EOM zal daaraan naar de mening van
			// het kabinet een belangrijke impuls geven": the opinion is on
			// the sentence's own subject, before its finite verb
			s, e = 0, v-1
		}
		if h.def.flags&attributive != 0 {
			// "bekritiseerde [opschortingsmechanisme] (…)": the noun the
			// participle qualifies, with a "van" phrase after it
			e = s
			for e+1 < n && startsUpper(toks[e].text) && startsUpper(toks[e+1].text) && !strings.ContainsAny(string(sc.rs[toks[e].end:toks[e+1].start]), ",;:.()") {
				e++ // a name of several words: "bepleite [EU Mensenrechtensanctieregime]"
			}
			if k := e + 1; k+1 < n && toks[k].lower == "van" && !strings.ContainsAny(string(sc.rs[toks[e].end:toks[k].start]), ",;:.()") {
				k++
				for k+1 < n && determiners[toks[k].lower] {
					k++
				}
				for e = k; e+1 < n && startsUpper(toks[e+1].text) && startsUpper(toks[e].text); e++ {
				}
			}
		}
		if h.def.flags&nounObject != 0 {
			// "deelt [de kritische houding] van het kabinet": the cue's
			// noun heads the object, with its determiner
			for k := h.last() - 1; k > h.first() && !inActor(k); k-- {
				if determiners[toks[k].lower] {
					s = k
					break
				}
			}
		}
	case objGap:
		var g []int
		from := h.first()
		if h.def.flags&lastGap != 0 {
			from = h.fixed[len(h.fixed)-2]
		}
		gt := h.gapTokens()
		for x := 0; x < len(gt); x++ {
			k := gt[x]
			if n := cueAdverbAt(toks, k); n > 0 && slices.Contains(h.fixed, k+n) ||
				negators[toks[k].lower] && slices.Contains(h.fixed, k+1) && k > h.first() {
				// "zich [daarom] in … kan vinden", "zich [niet] tegen …
				// verzetten": an adverb or a negation inside the cue's
				// fixed words is no part of its subject
				x += max(n, 1) - 1
				continue
			}
			if !inActor(k) && k > from {
				g = append(g, k)
			}
		}
		if len(g) > 0 {
			s, e = g[0], g[len(g)-1]
			if toks[s].lower == "zoals" {
				// "heeft, zoals aangekondigd in de geannoteerde agenda, met …"
				for k := s + 1; k <= e; k++ {
					if strings.Contains(string(sc.rs[toks[k-1].end:toks[k].start]), ",") {
						s = k
						break
					}
				}
			}
			if toks[s].lower == "met" && s < e {
				s++ // "heeft met de algemene oriëntatie ingestemd"
			}
			if e > s {
				// "zal [de algemene oriëntatie] naar verwachting kunnen steunen"
				e = trimAdverbialsEnd(toks, s, e)
			}
			for e > s && finalVerbs[toks[e].lower] {
				e-- // "voor [het voorstel] heeft gestemd": the auxiliary
			}
		} else {
			// "dat Nederland [een besluit over Roemenië] kan steunen"
			s, e = sc.verbFinalStart(h, a), h.first()-1
		}
		// "acht het (daarbij) van belang dat …": "het" stands for the
		// clause after.
		for len(g) > 1 && subjectAdverbs[toks[g[len(g)-1]].lower] {
			g = g[:len(g)-1]
		}
		if len(g) == 1 && (toks[g[0]].lower == "het" || toks[g[0]].lower == "er") && h.last()+1 < n &&
			(toks[h.last()+1].lower == "dat" || toks[h.last()+1].lower == "om") {
			s, e = h.last()+2, n-1
		} else if len(g) == 1 && toks[g[0]].lower == "het" && h.last()+2 < n {
			if k := sc.extraposedInfinitive(h.last()+1, n); k > 0 {
				// "ik acht het van belang [de reactie … te vernemen]":
				// "het" stands for the infinitive clause after
				s, e = h.last()+1, k
			}
		}
	case objVerbFinal:
		// "… kan steunen en [voor Bulgarije eerst de uitkomst …] afwacht"
		s, e = sc.verbFinalStart(h, a), h.first()-1
	case objBefore:
		s, e = 0, h.first()-1
		if a.t0 == 1 && a.prep == "voor" && a.t1 <= h.first() {
			s = a.t1 // "Voor Nederland waren … van belang"
		}
		if s < n && copulas[toks[s].lower] && s > 0 {
			s++ // "Voor Nederland waren …"
		}
		if s < n && s > 0 && strings.Contains(string(sc.rs[toks[s-1].end:toks[s].start]), ",") && toks[s].lower == "zoals" {
			for k := s + 1; k <= e; k++ { // ", zoals ook aangegeven in het BNC-fiche,"
				if strings.Contains(string(sc.rs[toks[k-1].end:toks[k].start]), ",") {
					s = k
					break
				}
			}
		}
		for k := s; k <= e; k++ {
			if copulas[toks[k].lower] && k > s {
				e = k - 1
				break
			}
		}
		if a.t0 >= 0 && a.t0 > s && a.t0 <= e {
			e = a.t0 - 1 // the actor closes it: "[De aanpak …] is ook voor het Belgische voorzitterschap"
			for e >= s && (copulas[toks[e].lower] || subjectAdverbs[toks[e].lower] || toks[e].lower == "voor") {
				e--
			}
		}
		e2 := e
		for e2 > s && subjectAdverbs[toks[e2].lower] {
			e2--
		}
		if s == e2 && (toks[s].lower == "het" || toks[s].lower == "er") && h.last()+2 < n &&
			(toks[h.last()+1].lower == "dat" || toks[h.last()+1].lower == "om") {
			// "Voor Nederland is het van belang [dat …]": "het" stands for
			// the clause after
			s, e = h.last()+2, n-1
			for k := s + 1; k <= e; k++ {
				gap := string(sc.rs[toks[k-1].end:toks[k].start])
				if strings.ContainsAny(gap, ";:") || strings.Contains(gap, ",") && subjectCuts[toks[k].lower] {
					e = k - 1
					break
				}
			}
		}
		if h.first() == 0 && h.last()+1 < n {
			// "Een van de prioriteiten [van het Nederlands
			// Voorzitterschap] is [het verbeteren van …]": the cue opens
			// the sentence, its subject follows the copula
			for k := h.last() + 1; k < n && k <= h.last()+8; k++ {
				if strings.ContainsAny(string(sc.rs[toks[k-1].end:toks[k].start]), ",;:") {
					break
				}
				if copulas[toks[k].lower] && k+1 < n {
					s, e = k+1, n-1
					for j := s + 1; j <= e; j++ {
						if strings.ContainsAny(string(sc.rs[toks[j-1].end:toks[j].start]), ";:") {
							e = j - 1
							break
						}
					}
					break
				}
			}
		}
	}
	if h.def.obj == objAfter || h.def.obj == objClause {
		if s >= 0 && s+1 <= e && toks[s].lower == "om" && subordinators[toks[s+1].lower] {
			// "streeft ernaar om [wanneer die verantwoordelijkheid is
			// vastgesteld,] personen … over te dragen": a time or condition
			// inserted before the aim is no part of it
			for k := s + 2; k <= e && k < next; k++ {
				if strings.Contains(string(sc.rs[toks[k-1].end:toks[k].start]), ",") {
					s = k
					break
				}
			}
		}
		if next-1 < e {
			e = next - 1
			for e >= s && (toks[e].lower == "en" || toks[e].lower == "maar" || inActor(e)) {
				e--
			}
		}
		for k := s + 1; k <= e; k++ {
			gap := string(sc.rs[toks[k-1].end:toks[k].start])
			if strings.ContainsAny(gap, ";:") || strings.Contains(gap, ",") && subjectCuts[toks[k].lower] || conditionAt(toks, k) ||
				subordinators[toks[k].lower] {
				e = k - 1
				break
			}
		}
		for s <= e && (subjectAdverbs[toks[s].lower] || inActor(s)) {
			s++
		}
		if s <= e && subordinators[toks[s].lower] {
			e = s - 1 // "Oostenrijk kon instemmen [nadat …]": no object
		}
		if s <= e && (subjectLeads[toks[s].lower] || toks[s].lower == "van" && kennisCue(toks[h.last()].lower)) && (leadCues[toks[h.last()].lower] ||
			h.def.flags&predicateFirst != 0 && (leadCues[toks[h.fixed[len(h.fixed)-2]].lower] || leadCues[toks[h.first()].lower])) {
			if toks[s].lower == "ten" && s+2 <= e && toks[s+1].lower == "aanzien" {
				s += 2
			}
			s++
		}
		s, e = trimAdverbials(toks, s, e)
		if s > e && a.t0 > h.last() && h.first() > 0 && h.def.obj == objAfter {
			// "[Een uitbreiding van …] steunt het kabinet op dit moment
			// niet": the object stands before the verb.
			s, e = 0, h.first()-1
		}
	}
	for s >= 0 && s <= e {
		if subjectAdverbs[toks[s].lower] {
			s++
		} else if s+1 <= e && toks[s].lower == "in" && (toks[s+1].lower == "beginsel" || toks[s+1].lower == "principe") {
			s += 2
		} else {
			break
		}
	}
	for s >= 0 && e >= s && (subjectAdverbs[toks[e].lower] || conditionAt(toks, e)) {
		e--
	}
	if h.def.obj == objSelf {
		// "heeft … een non-paper opgesteld": the cue's noun, with its
		// determiner, without the participle.
		k := 1
		for k < len(h.fixed) && h.fixed[k] == h.fixed[k-1]+1 {
			k++
		}
		s, e = -1, -1
		if k < len(h.fixed)-1 {
			s, e = h.fixed[k], h.fixed[len(h.fixed)-2]
			if d := s - 1; d > h.fixed[k-1] && determiners[toks[d].lower] {
				s = d
			}
		}
	}
	if s < 0 || s > e {
		r.subject = ""
		r.span = [2]int{h.first(), h.last()}
	} else {
		r.subject = trimSubject(sc.text(s, e))
		r.span = [2]int{s, e}
	}
	r.regarding = sc.regarding(h)
	if r.subject == "" && r.regarding != "" {
		// "Over de inzet van Frontex … is het kabinet positief."
		r.subject, r.regarding = r.regarding, ""
		s, e = 1, h.first()-1
		for e >= s && (copulas[toks[e].lower] || inActor(e)) {
			e--
		}
		r.subject = trimSubject(sc.text(s, e))
		r.span = [2]int{s, e}
	}

	// Entities it names.
	var refs []graph.Ref
	add := func(lo, hi int) {
		refs = append(refs, sc.refsIn(lo, hi)...)
	}
	if s >= 0 && s <= e {
		add(s, e)
	}
	if r.regarding != "" {
		add(0, h.first()-1)
	}
	// "Ja, daar zijn wij het mee eens.": an answer whose object is a
	// pronominal adverb before the cue agrees with the question before it.
	if r.subject == "" && h.first() > 0 {
		for k := 0; k < h.first(); k++ {
			if answerPointers[sc.toks[k].lower] {
				if q, qRefs, ok := sc.previousQuestion(); ok {
					r.anaphor, r.subject = sc.toks[k].text, q
					refs = append(refs, qRefs...)
				}
				break
			}
		}
	}
	// "Hierover bleek in de Raad consensus te bestaan.": the fronted
	// pointer is the object, the sentence before (council_voices.go)
	if sc.frontedPointer(h) {
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject = sc.toks[0].text, prevText
			refs = append(refs, prevRefs...)
		}
	}
	// "Hiertoe heeft Nederland andermaal opgeroepen tijdens …": a fronted
	// "hiertoe" is what the call is for ("oproepen tot"), the sentence
	// before; what follows the cue is a time or place.
	if h.first() > 0 && (sc.toks[0].lower == "hiertoe" || sc.toks[0].lower == "daartoe") && callCues[sc.toks[h.last()].lower] {
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject = sc.toks[0].text, prevText
			refs = append(refs[:0], prevRefs...)
		}
	}
	words := strings.Fields(strings.ToLower(foldDiacritics(r.subject)))
	// "dit", "hierover": the sentence before.
	if len(words) == 1 && anaphoricWords[words[0]] {
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor = r.subject
			r.subject = prevText
			refs = append(refs, prevRefs...)
		}
	}
	// "de bespreking van dit onderwerp", "het gesprek hierover": the item.
	if sc.item != "" && sc.aboutItem(words) {
		r.onItem = true
	}
	if len(refs) == 0 && !r.onItem {
		refs = sc.fallbackActs(words)
	}
	r.subjects = uniqueRefs(refs)
	r.item = sc.item
}

// verbFinalStart returns where the object of a clause-final verb starts:
// after the actor, or after the conjunction, relative or comma that opens
// the clause ("dat Nederland [een besluit …] kan steunen").
func (sc *sentenceCtx) verbFinalStart(h cueHit, a posActor) int {
	toks := sc.toks
	s := 0
	for k := h.first() - 1; k > 0; k-- {
		w := toks[k-1].lower
		if w == "en" || w == "maar" || w == "dat" || w == "die" || a.t0 >= 0 && k-1 >= a.t0 && k-1 < a.t1 ||
			strings.ContainsAny(string(sc.rs[toks[k-1].end:toks[k].start]), ",;:") {
			s = k
			if d := sc.asideOpener(k, h.first()); d >= 0 {
				s = d // "dat het [X, inclusief Y,] van belang vindt"
			}
			break
		}
	}
	if a.t0 >= 0 && a.t1 <= h.first() && s < a.t1 {
		s = a.t1
	}
	if s+1 < h.first() && (toks[s].lower == "het" || toks[s].lower == "zij" || toks[s].lower == "ze") && determiners[toks[s+1].lower] {
		s++ // "dat [het] de tekst kan steunen": the pronoun is the clause's subject
	}
	return s
}

// asideOpener returns, for a comma before token k that opens an aside
// closed by a comma before the cue at token end, inside a dat-clause ("dat
// het de naleving van X[, inclusief Y,] van belang vindt"), the token after
// "dat" that opens the clause; -1 when there is none.
func (sc *sentenceCtx) asideOpener(k, end int) int {
	toks := sc.toks
	sep := func(j int) string { return string(sc.rs[toks[j-1].end:toks[j].start]) }
	if end >= len(toks) || !strings.Contains(sep(k), ",") || !strings.Contains(sep(end), ",") {
		return -1
	}
	for j := k + 1; j < end; j++ {
		if strings.ContainsAny(sep(j), ",;:") {
			return -1
		}
	}
	for j := k - 1; j > 0; j-- {
		if toks[j-1].lower == "dat" {
			return j
		}
		if strings.ContainsAny(sep(j), ",;:") {
			return -1
		}
	}
	return -1
}

// trimAdverbials drops "op dit moment" and "momenteel"-like words from
// both ends of the subject tokens [s, e].
func trimAdverbials(toks []token, s, e int) (int, int) {
	for s <= e && s >= 0 {
		switch {
		case s+2 <= e && toks[s].lower == "op" && toks[s+1].lower == "dit" && toks[s+2].lower == "moment":
			s += 3
		case subjectAdverbs[toks[s].lower]:
			s++
		case phraseAt(toks, s, e) > 0:
			s += phraseAt(toks, s, e) // "[in algemene zin] het voorstel"
		default:
			return s, trimAdverbialsEnd(toks, s, e)
		}
	}
	return s, e
}

func trimAdverbialsEnd(toks []token, s, e int) int {
	for e >= s {
		switch {
		case e-2 >= s && toks[e-2].lower == "op" && toks[e-1].lower == "dit" && toks[e].lower == "moment":
			e -= 3
		case subjectAdverbs[toks[e].lower]:
			e--
		case e > s && (toks[e].lower == "kunnen" || toks[e].lower == "willen"):
			e-- // "zal [de algemene oriëntatie] kunnen steunen"
		case adverbPhraseEndingAt(toks, s, e) > 0:
			e -= adverbPhraseEndingAt(toks, s, e) // "de algemene oriëntatie [naar verwachting]"
		default:
			return e
		}
	}
	return e
}

// phraseAt returns the length of a cue adverb phrase of two or more words
// that starts at token s and ends before token e, or 0.
func phraseAt(toks []token, s, e int) int {
	if n := cueAdverbAt(toks, s); n > 1 && s+n <= e {
		return n
	}
	return 0
}

// adverbPhraseEndingAt returns the length of a cue adverb phrase of two or
// more words that ends at token e and starts after token s, or 0.
func adverbPhraseEndingAt(toks []token, s, e int) int {
	for _, ph := range cueAdverbPhrases {
		n := len(ph)
		if e-n+1 <= s {
			continue
		}
		ok := true
		for k := range ph {
			if toks[e-n+1+k].lower != ph[k] {
				ok = false
				break
			}
		}
		if ok {
			return n
		}
	}
	return 0
}

// conditionMarkerWords are the words of each condition marker.
var conditionMarkerWords = sync.OnceValue(func() [][]string {
	out := make([][]string, len(conditionMarkers))
	for i, m := range conditionMarkers {
		out[i] = strings.Fields(m)
	}
	return out
})

// conditionAt reports whether a condition marker starts at token k.
func conditionAt(toks []token, k int) bool {
	for _, ws := range conditionMarkerWords() {
		if k+len(ws) > len(toks) {
			continue
		}
		ok := true
		for j, w := range ws {
			if toks[k+j].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// regarding returns X of a sentence that opens "Voor wat betreft X", "Wat
// betreft X", "Ten aanzien van X", "Met betrekking tot X" or "Over X"
// before its cue.
func (sc *sentenceCtx) regarding(h cueHit) string {
	toks := sc.toks
	lw := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	s := -1
	switch {
	case lw(0) == "voor" && lw(1) == "wat" && lw(2) == "betreft":
		s = 3
	case lw(0) == "wat" && lw(1) == "betreft":
		s = 2
	case lw(0) == "ten" && lw(1) == "aanzien" && lw(2) == "van", lw(0) == "met" && lw(1) == "betrekking" && lw(2) == "tot":
		s = 3
	case lw(0) == "over" && h.first() > 1:
		s = 1
	}
	if s < 0 || s >= h.first() {
		return ""
	}
	return trimSubject(sc.text(s, h.first()-1))
}

// instrumentPurpose reports whether a "wil" cue states the purpose of an
// instrument that opens its sentence ("Met [het voorstel] wil de Commissie
// meerdere problemen oplossen", "Met deze richtlijn willen de lidstaten
// …"): a description of the instrument, no stance.
func (sc *sentenceCtx) instrumentPurpose(h cueHit) bool {
	toks := sc.toks
	if len(toks) < 3 || toks[0].lower != "met" || !determiners[toks[1].lower] || h.first() < 3 {
		return false
	}
	return !strings.ContainsAny(string(sc.rs[toks[0].end:toks[h.first()].start]), ",;:")
}

// wishNounOrPresumption reports whether the one-word cue of others' will
// ("wil", "wensen") is a noun ("de Britse [wensen] voor EU-hervorming",
// after a determiner or an adjective) or an infinitive under a future
// ("Wel zal Bulgarije … [willen] benutten": the letter's presumption, not
// the actor's stance).
func (sc *sentenceCtx) wishNounOrPresumption(h cueHit) bool {
	f := h.first()
	if len(h.fixed) != 1 || f == 0 {
		return false
	}
	prev := sc.toks[f-1]
	adjective := !startsUpper(prev.text) && strings.HasSuffix(prev.lower, "e") && !strings.HasSuffix(prev.lower, "ie") && len(prev.lower) > 3 ||
		nationalityAdjective(prev) // "Britse", "Belgische"
	if determiners[prev.lower] || possessives[prev.lower] || adjective && !pronounActors[prev.lower] {
		return true
	}
	if prev.lower == "en" && f >= 3 && (determiners[sc.toks[f-3].lower] || possessives[sc.toks[f-3].lower]) &&
		f+1 < len(sc.toks) && sc.toks[f+1].lower == "van" {
		// "de noden en [wensen] van Oekraïne": a noun coordinated with
		// one its determiner opens, with its own "van" phrase
		return true
	}
	if w := sc.toks[f].lower; w != "willen" && w != "wensen" {
		return false
	}
	for k := f - 1; k >= 0; k-- {
		if strings.ContainsAny(string(sc.rs[sc.toks[k].end:sc.toks[k+1].start]), ",;:") {
			return false
		}
		switch sc.toks[k].lower {
		case "zal", "zullen", "zou", "zouden":
			return true
		}
	}
	return false
}

// nominalInfinitive reports whether cue h opens with an infinitive right
// after a preposition: the verb stands as a noun, the topic of what goes
// before ("de motie van het lid … over [pleiten voor] gerichte sancties"),
// and has no subject of its own.
func (sc *sentenceCtx) nominalInfinitive(h cueHit) bool {
	f := h.first()
	if f == 0 || !topicPreps[sc.toks[f-1].lower] || strings.ContainsAny(string(sc.rs[sc.toks[f-1].end:sc.toks[f].start]), ",;:()") {
		return false
	}
	w := sc.toks[f].lower
	return strings.HasSuffix(w, "en") && len(w) > 4 && !auxInfinitives[w]
}

// topicPreps introduce a topic that an infinitive used as a noun can fill.
var topicPreps = map[string]bool{"over": true, "van": true, "tot": true, "zonder": true, "na": true, "bij": true}

// auxInfinitives are verbs a preposition may stand before in a clause of
// their own ("waar zij het over [eens] zijn", "daar [over] kunnen").
var auxInfinitives = map[string]bool{"zullen": true, "willen": true, "kunnen": true, "hebben": true, "zijn": true, "worden": true, "moeten": true}

var possessives = map[string]bool{"hun": true, "zijn": true, "haar": true, "onze": true, "mijn": true, "uw": true}

// meetingAim reports whether an aim verb of the presidency announces the
// outcome a meeting is to reach, the format of its agenda item, as the
// annotated agenda does: the aim's object is the format itself ("streeft
// naar een algemene oriëntatie over …") or a request to the Council
// ("streeft ernaar de Raad te vragen in te stemmen met …"). Aiming to
// reach it, reported as the presidency's own effort ("streeft nog steeds
// naar het bereiken van een algemene oriëntatie", "streeft er namelijk naar
// … een algemene oriëntatie te bereiken"), is a commitment.
func (sc *sentenceCtx) meetingAim(h cueHit, a posActor) bool {
	if !strings.Contains(strings.ToLower(a.words), "voorzitterschap") {
		return false
	}
	end := clauseEndToken(sc.rs, sc.toks, h.last(), false)
	for j := h.last() + 1; j <= end && j < len(sc.toks); j++ {
		switch w := sc.toks[j].lower; {
		case w == "vragen" || w == "verzoeken" || proceduralVerbs[w]:
			return true
		case w == "bereiken" || w == "bewerkstelligen":
			return false
		}
	}
	n := h.last() + 1
	for n < len(sc.toks) && (determiners[sc.toks[n].lower] || sc.toks[n].lower == "gedeeltelijke" || sc.toks[n].lower == "politiek" ||
		sc.toks[n].lower == "algemeen" || sc.toks[n].lower == "(gedeeltelijke)") {
		n++
	}
	if n+1 < len(sc.toks) && sc.toks[n].lower == "algemene" && strings.HasPrefix(sc.toks[n+1].lower, "ori") {
		return true
	}
	return n < len(sc.toks) && (sc.toks[n].lower == "akkoord" || sc.toks[n].lower == "overeenstemming")
}

// joinsQuestions reports whether a cue of joining ("sluiten zich aan
// bij") joins others' questions or remarks ("… bij de vragen gesteld door
// de leden van de PvdA-fractie"): a member's questions are no position.
func (sc *sentenceCtx) joinsQuestions(h cueHit) bool {
	if h.def.stance != stSupport || sc.toks[h.last()].lower != "bij" {
		return false
	}
	n := h.last() + 1
	for n < len(sc.toks) && (determiners[sc.toks[n].lower] || sc.toks[n].lower == "gestelde" || sc.toks[n].lower == "eerder") {
		n++
	}
	if n >= len(sc.toks) {
		return false
	}
	switch sc.toks[n].lower {
	case "vragen", "vraag", "opmerkingen", "inbreng", "vragen,":
		return true
	}
	return false
}

// reservationTopic reports whether a reservation cue is the topic of a
// meeting or a report ("heeft overleg gevoerd [over het parlementair
// behandelvoorbehoud] bij …"), which holds none.
func (sc *sentenceCtx) reservationTopic(h cueHit) bool {
	if w := sc.toks[h.first()].lower; w != "behandelvoorbehoud" && w != "studievoorbehoud" {
		return false
	}
	k := h.first() - 1
	if k >= 0 && strings.HasPrefix(sc.toks[k].lower, "parlementair") {
		k--
	}
	if k >= 0 && (sc.toks[k].lower == "het" || sc.toks[k].lower == "een") {
		k--
	}
	return k >= 0 && sc.toks[k].lower == "over"
}

// opinionOwner reports whether candidate c owns the opinion its sentence
// opens with: "Het standpunt [van mijn fractie] is dat zij …".
func (sc *sentenceCtx) opinionOwner(c posActor) bool {
	return c.prep == "van" && c.t0 >= 2 && opinionNouns[sc.toks[c.t0-2].lower]
}

var opinionNouns = map[string]bool{"standpunt": true, "mening": true, "opvatting": true, "overtuiging": true,
	"positie": true, "houding": true, "inzet": true}

// passiveSubject makes the grammatical subject of a passive its subject:
// "dat [deze] … door het kabinet zullen worden betrokken bij …", a pointer
// to what the sentence opened with ("Ten aanzien van [de aanbevelingen van
// de Raad van Europa], …").
func (sc *sentenceCtx) passiveSubject(r *posReading, agent posActor) {
	s := agent.t0 - 1
	for s > 0 && !subordinators[sc.toks[s-1].lower] && sc.toks[s-1].lower != "dat" {
		s--
	}
	if s <= 0 || s >= agent.t0-1 {
		return
	}
	if !anaphoricWords[sc.toks[s].lower] {
		r.subject, r.span = trimSubject(sc.text(s, agent.t0-2)), [2]int{s, agent.t0 - 2}
		return
	}
	if re := sc.regarding(cueHit{fixed: []int{s}}); re != "" {
		if i := strings.IndexByte(re, ','); i > 0 {
			re = re[:i]
		}
		r.subject, r.regarding, r.anaphor = re, "", sc.toks[s].text
	}
}

// passiveFuture reports whether a "zal" cue is a passive future: "zal
// worden", "zullen worden betrokken".
func (sc *sentenceCtx) passiveFuture(h cueHit) bool {
	w := sc.toks[h.first()].lower
	n := h.last() + 1
	return (w == "zal" || w == "zullen") && n < len(sc.toks) && sc.toks[n].lower == "worden"
}

// passiveAgent returns the agent of a passive in the clause of cue h: the
// actor introduced by "door" in the clause ("door het kabinet zullen
// worden betrokken").
func (sc *sentenceCtx) passiveAgent(h cueHit, actors []posActor) (posActor, bool) {
	end := clauseEndToken(sc.rs, sc.toks, h.last(), false)
	start := h.first()
	for start > 0 && !strings.ContainsAny(string(sc.rs[sc.toks[start-1].end:sc.toks[start].start]), ",;:–(") {
		start--
	}
	for _, c := range actors {
		if c.prep == "door" && c.t0 > start && c.t1 <= end+1 && c.t0 != h.first() {
			return c, true
		}
	}
	return posActor{}, false
}

// procedural reports whether a "wil" or "zal" cue announces business of
// the meeting or an expectation rather than a stance: its clause holds a
// verb of meeting business ("wil met de lidstaten spreken over …", "zullen
// hieraan deelnemen") or "naar verwachting".
func (sc *sentenceCtx) procedural(h cueHit) bool {
	toks := sc.toks
	end := sc.reasonCut(h.last(), clauseEndToken(sc.rs, toks, h.last(), false)) // not ", want …" (actors_more.go)
	for _, s := range sc.cueStarts {
		if s > h.last()+1 && s-1 <= end && toks[s-1].lower == "en" {
			// "zegde toe … te zullen ondersteunen [en] riep de Commissie op
			// om … te presenteren": the second verb's clause is its own
			end = s - 2
			break
		}
	}
	for j := h.last() + 1; j <= end; j++ {
		w := toks[j].lower
		if attendVerbs[w] {
			// "zullen hier aan deelnemen" (the meeting), not "zal niet
			// deelnemen aan de nauwere samenwerking" (a stance)
			if sc.meetingWords(h.last()+1, end) {
				return true
			}
			continue
		}
		if proceduralVerbs[w] || w == "verwachting" && toks[j-1].lower == "naar" {
			return true
		}
		// sharing with parliament: "zal een kabinetsappreciatie met uw
		// Kamer delen" is correspondence, not "zal informatie delen met
		// de lidstaten"
		if (w == "delen" || w == "doen" && j+1 <= end && toks[j+1].lower == "toekomen" || handOverAt(toks, j, end)) && sc.kamerIn(h.last()+1, end) {
			return true
		}
	}
	if h.def.flags&promise != 0 && sc.letterTopic(h) {
		// a promise to treat a topic in this letter: "heb ik toegezegd
		// hierbij ook het Europees openbaar ministerie (hierna: EOM) te
		// zullen betrekken"
		return true
	}
	for j := 1; j < h.first(); j++ {
		if toks[j].lower == "verwachting" && toks[j-1].lower == "naar" {
			return true
		}
		if (toks[j].lower == "verwachten" || toks[j].lower == "verwacht") && h.first()-j <= 8 {
			return true // "aanleiding te verwachten dat er steun zal zijn": a forecast
		}
	}
	// a relative clause on a meeting: "het gesprek [dat] ik met de
	// Eurocommissaris zal hebben"
	for k := h.first() - 1; k > 0; k-- {
		if strings.ContainsAny(string(sc.rs[toks[k].end:toks[k+1].start]), ",;:") {
			break
		}
		if w := toks[k].lower; w == "dat" || w == "die" {
			return proceduralVerbs[toks[k-1].lower]
		}
	}
	return false
}

// letterTopicVerbs treat a topic in a text: "hierbij betrekken", "in deze
// brief ingaan op".
var letterTopicVerbs = map[string]bool{"betrekken": true, "meenemen": true, "ingaan": true, "behandelen": true,
	"bespreken": true, "opnemen": true}

// letterTopic reports whether the infinitive clause after a promise treats
// a topic in the letter itself ("hierbij … te zullen betrekken", "in deze
// brief in te gaan op"): the clause runs to the sentence's end or a
// semicolon; a bracketed insertion ("(hierna: EOM)") does not close it.
func (sc *sentenceCtx) letterTopic(h cueHit) bool {
	toks := sc.toks
	for j := h.last() + 1; j < len(toks); j++ {
		if strings.ContainsAny(string(sc.rs[toks[j-1].end:toks[j].start]), ";") {
			return false
		}
		w := toks[j].lower
		if letterTopicVerbs[w] || w == "gaan" && j >= 2 && toks[j-1].lower == "te" && toks[j-2].lower == "in" {
			return sc.inThisLetter(h.last()+1, j)
		}
	}
	return false
}

// inThisLetter reports whether tokens [i, j) point at the letter itself:
// "hierbij", "hierin", "in deze brief".
func (sc *sentenceCtx) inThisLetter(i, j int) bool {
	for k := i; k < j && k < len(sc.toks); k++ {
		switch w := sc.toks[k].lower; {
		case w == "hierbij" || w == "hierin":
			return true
		case w == "brief" && k >= 2 && sc.toks[k-1].lower == "deze" && sc.toks[k-2].lower == "in":
			return true
		}
	}
	return false
}

// handOverAt reports whether token j opens a verb of handing a document
// over — "ter beschikking stellen / gesteld", "verstrekken", "toezenden",
// "overleggen" — within toks[..end]. With "uw Kamer" in the clause it is
// correspondence with parliament ("zal het voorstel vertrouwelijk aan uw
// Kamer ter beschikking stellen"), like "met uw Kamer delen".
func handOverAt(toks []token, j, end int) bool {
	switch toks[j].lower {
	case "verstrekken", "toezenden", "overleggen", "zenden", "doorgeleiden", "aanbieden":
		return true
	case "ter":
		return j+2 <= end && toks[j+1].lower == "beschikking" &&
			(toks[j+2].lower == "stellen" || toks[j+2].lower == "gesteld")
	}
	return false
}

// kamerIn reports whether tokens i..j name the parliament as an
// addressee: "uw Kamer", "de Kamer", "de Tweede Kamer".
func (sc *sentenceCtx) kamerIn(i, j int) bool {
	for k := i + 1; k <= j && k < len(sc.toks); k++ {
		if sc.toks[k].text == "Kamer" || sc.toks[k].lower == "kamer" && sc.toks[k-1].lower == "uw" {
			return true
		}
	}
	return false
}

// questionVerbs introduce an indirect question with "of".
var questionVerbs = map[string]bool{"weten": true, "horen": true, "vragen": true, "vraagt": true, "vroeg": true,
	"vroegen": true, "nagaan": true, "peilen": true, "bezien": true, "vernemen": true, "afvragen": true, "na": true,
	"beziet": true, "bekijken": true, "bekijkt": true, "onderzoeken": true, "onderzoekt": true, "beoordelen": true,
	"beoordeelt": true, "overwegen": true, "overweegt": true, "zoeken": true, "uitzoeken": true, "uitgezocht": true,
	"nagegaan": true, "onderzocht": true, "bekeken": true, "vraag": true, "onduidelijk": true, "onzeker": true,
	"bekend": true}

// indirectQuestion reports whether the cue stands in an indirect question
// ("Het voorzitterschap wil weten [of zij een akkoord kunnen steunen]"):
// no stance is taken, one is asked for.
func (sc *sentenceCtx) indirectQuestion(h cueHit) bool {
	// inside the cue's gap: "zal het kabinet bezien [of] het dat kan steunen"
	for k := h.first() + 1; k < h.last(); k++ {
		if sc.questionOf(k) {
			return true
		}
	}
	for k := h.first() - 1; k > 0; k-- {
		if strings.ContainsAny(string(sc.rs[sc.toks[k].end:sc.toks[k+1].start]), ",;:") {
			return false
		}
		if sc.questionOf(k) {
			return true
		}
	}
	return false
}

// questionOf reports whether token k is an "of" that opens an indirect
// question: after a verb of asking or finding out ("bezien of"), or after
// "de vraag (is)" ("De vraag is of …").
func (sc *sentenceCtx) questionOf(k int) bool {
	if k < 1 || sc.toks[k].lower != "of" {
		return false
	}
	return questionVerbs[sc.toks[k-1].lower] || k >= 2 && sc.toks[k-2].lower == "vraag" && copulas[sc.toks[k-1].lower]
}

// conditionOpeners open a clause of condition or of a time to come
// ("nadat Bulgarije en Roemenië hadden toegezegd" reports a fact: not one).
var conditionOpeners = map[string]bool{"als": true, "indien": true, "wanneer": true, "zodra": true, "tenzij": true,
	"zolang": true, "ingeval": true}

// conditionClause reports whether cue h, with its actor a before it, stands
// in a clause of time or condition in subordinate order ("[Zodra] de Raad
// met de tekst akkoord gaat, …", "[Indien] de lidstaten met het voorstel
// instemmen, …"): it names when something happens, not what the actor
// thinks. A main clause after the condition ("Indien …, kan het kabinet
// instemmen") keeps its position, reserved by the condition.
func (sc *sentenceCtx) conditionClause(h cueHit, a posActor) bool {
	if a.t0 < 1 || a.t1 > h.first() {
		return false
	}
	// the conjunction right before the actor ("Als voorzitter zullen wij
	// ons inspannen" is a role, not a condition)
	k := a.t0 - 1
	if !conditionOpeners[sc.toks[k].lower] {
		return false
	}
	for j := a.t1; j < h.first(); j++ {
		if strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j].start]), ",;:") {
			return false
		}
	}
	return true
}

// denialWords, before the "dat" that opens a cue's clause, deny or report
// it: "Het is onjuist dat", "meldde ten onrechte dat", "berichten dat".
// ("Ik bericht u dat …" is the letter's own voice: not "bericht").
var denialWords = map[string]bool{"onjuist": true, "onwaar": true, "onrechte": true, "berichten": true,
	"geruchten": true, "suggestie": true, "beeld": true}

// hearsaySources follow a sentence-opening "Volgens": "Volgens (sommige)
// media …", "Volgens persberichten …".
var hearsaySources = map[string]bool{"media": true, "berichten": true, "krant": true, "kranten": true,
	"persberichten": true, "nieuwsberichten": true, "bronnen": true, "geruchten": true}

// deniedOrHearsay reports whether cue h stands in a clause that the letter
// denies or only reports from hearsay: "Het is onjuist dat Nederland zich
// tegen het voorstel verzet", "De krant meldde ten onrechte dat …",
// "Volgens sommige media zou Nederland …". The stance is not the actor's,
// as the letter tells it.
func (sc *sentenceCtx) deniedOrHearsay(h cueHit) bool {
	toks := sc.toks
	if len(toks) > 1 && toks[0].lower == "volgens" {
		for j := 1; j < min(4, h.first()); j++ {
			if hearsaySources[toks[j].lower] {
				return true
			}
		}
	}
	if len(toks) > 2 && toks[0].lower == "naar" && toks[1].lower == "verluidt" {
		return true
	}
	for k := h.first() - 1; k > 0; k-- {
		if strings.ContainsAny(string(sc.rs[toks[k].end:toks[k+1].start]), ";:") {
			return false
		}
		if toks[k].lower != "dat" {
			continue
		}
		for j := k - 1; j >= max(0, k-4); j-- {
			w := toks[j].lower
			if denialWords[w] || w == "juist" && j > 0 && toks[j-1].lower == "niet" ||
				w == "niet" && j > 0 && toks[j-1].lower == "klopt" {
				return true
			}
		}
		return false
	}
	return false
}

// attendVerbs are verbs of attending: procedure when what is attended is
// a meeting.
var attendVerbs = map[string]bool{"deelnemen": true, "aanwezig": true, "bijwonen": true, "vertegenwoordigen": true}

// meetingWords reports whether tokens [a, b] name a meeting or point back
// to one ("hier aan", "daaraan"), or name none at all.
func (sc *sentenceCtx) meetingWords(a, b int) bool {
	object := false
	for j := a; j <= b && j < len(sc.toks); j++ {
		w := sc.toks[j].lower
		switch {
		case w == "hier" || w == "daar" || w == "hieraan" || w == "daaraan" || w == "raad" || strings.HasSuffix(w, "raad") ||
			strings.HasSuffix(w, "bijeenkomst") || strings.HasSuffix(w, "vergadering") || strings.HasSuffix(w, "overleg") ||
			strings.HasSuffix(w, "lunch") || strings.HasSuffix(w, "ontbijt") || strings.HasSuffix(w, "sessie") ||
			strings.HasSuffix(w, "conferentie") || w == "top":
			return true
		case w == "aan" && j+1 <= b:
			object = true
		}
	}
	return !object
}

// extraposedInfinitive returns the verb of a "te"-infinitive that closes
// the clause from a to n ("[de reactie van de regering te vernemen]"), or
// 0 when a comma, a colon or a subordinator comes first.
func (sc *sentenceCtx) extraposedInfinitive(a, n int) int {
	toks := sc.toks
	for k := a; k+1 < n; k++ {
		if k > a {
			gap := string(sc.rs[toks[k-1].end:toks[k].start])
			if strings.ContainsAny(gap, ",;:()") || subordinators[toks[k].lower] {
				return 0
			}
		}
		if toks[k].lower == "te" && k > a {
			end := k + 1
			if end+1 < n && !strings.ContainsAny(string(sc.rs[toks[end].end:toks[end+1].start]), ",;:.") {
				continue // "te" inside the clause, not its last verb
			}
			return end
		}
	}
	return 0
}

// readyTo reports whether "bereid (te zijn) te" stands right before token
// k: "heeft aangegeven bereid te zijn te [ondersteunen]".
func (sc *sentenceCtx) readyTo(k int) bool {
	lw := func(i int) string {
		if i < 0 || i >= len(sc.toks) {
			return ""
		}
		return sc.toks[i].lower
	}
	if lw(k-1) != "te" {
		return false
	}
	return lw(k-2) == "bereid" || lw(k-4) == "bereid" && lw(k-3) == "te" && (lw(k-2) == "zijn" || lw(k-2) == "blijven")
}

// intentionIn returns the token after "om" of a verb-final intention in
// the dat-clause between a and b ("dat zij van plan is om …", "dat het
// kabinet voornemens is om …"), or 0.
func (sc *sentenceCtx) intentionIn(a, b int) int {
	for k := a; k+2 < b && k+2 < len(sc.toks); k++ {
		w := sc.toks[k].lower
		j := k + 1
		if w == "van" && sc.toks[j].lower == "plan" {
			j++
		} else if w != "voornemens" && w != "bereid" {
			continue
		}
		if j+1 < len(sc.toks) && j+1 < b && (sc.toks[j].lower == "is" || sc.toks[j].lower == "zijn") && sc.toks[j+1].lower == "om" {
			return j + 2
		}
	}
	return 0
}

// anaphoricSubject reports whether a subject is a lone pointer back: "het",
// "dit", "deze".
// callCues end a cue of a call whose aim "hiertoe" can name: "heeft …
// opgeroepen", "riep … op", "heeft … aangedrongen".
var callCues = map[string]bool{"opgeroepen": true, "op": true, "aangedrongen": true, "aangespoord": true}

func anaphoricSubject(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	return len(w) == 1 && anaphoricWords[w[0]]
}

// refine adjusts a reading with what only the sentence shows: "zet in op"
// between options ("optimaal gebruik van bestaande structuren", or after
// "Voor wat betreft …") is a preference; "heeft aangegeven dat" with the
// cabinet acting in the clause ("dat Nederland het plan in december
// indient") announces a commitment.
func (sc *sentenceCtx) refine(r *posReading, h cueHit, cands []posActor) {
	if r.stance == stCommit && strings.HasSuffix(h.def.pattern, "in op") {
		options := r.regarding != ""
		for _, w := range strings.Fields(strings.ToLower(foldDiacritics(r.subject))) {
			options = options || preferenceWords[strings.Trim(w, ",.;:()")]
		}
		if options {
			r.stance, r.base = stPreference, stPreference
		}
	}
	if r.stance == stSupport && h.def.obj == objAfter && len(h.fixed) == 1 && sc.readyTo(h.first()) {
		// "heeft aangegeven bereid te zijn te ondersteunen": the actor's
		// readiness to act, an effort of its own
		r.stance, r.base = stCommit, stCommit
		r.subject = trimSubject(sc.text(h.first()-1, len(sc.toks)-1))
	}
	if w := sc.toks[h.first()].lower; r.stance == stSupport && h.def.obj == objGap && len(h.fixed) == 2 && (w == "zal" || w == "zullen") &&
		strings.HasSuffix(sc.toks[h.last()].lower, "steunen") {
		if c, ok := sc.statesHelped(h, r.actor); ok {
			// "Het kabinet zal Italië ook in de komende jaren
			// ondersteunen": help to a state is an effort of the actor's
			// own, on that state (not backing for a proposal); the
			// cabinet's "zal Griekenland daarbij blijven ondersteunen" is
			// the cue table's continued-help row (commit), read before
			// this
			r.stance, r.base = stCommit, stCommit
			r.subject, r.subjects = sc.text(c.t0, c.t1-1), []graph.Ref{c.ref}
		}
	}
	if h.def.obj == objBefore && sc.toks[h.first()].lower == "waarop" && h.first() > 0 &&
		!strings.Contains(string(sc.rs[sc.toks[h.first()-1].end:sc.toks[h.first()].start]), ",") {
		// "zijn [mest, pulsvisserij en …] de specifieke dossiers waarop wij
		// met voorrang inzetten": the restrictive relative's antecedent,
		// or what a copula before it says the antecedent is
		if s, e, ok := sc.restrictiveAntecedent(h.first()); ok {
			r.subject, r.subjects = sc.text(s, e), sc.refsIn(s, e)
		}
	}
	sc.separableRefine(r, h) // sep1 hook: the subject of split verbs, relatives on "waar", inverted passives (separable.go)
	if s, e, ok := sc.relativeAntecedent(h); ok && (h.def.obj == objBefore || h.last()+1 >= len(sc.toks) || sc.clauseEnds(h.last())) {
		// "het staande corps, waarover enkele lidstaten zich positief
		// uitlieten, maar waarvan andere lidstaten een nadere onderbouwing
		// wensen": the relative clause's stance is on its antecedent
		r.subject = sc.text(s, e)
		r.subjects = uniqueRefs(sc.refsIn(s, e))
	}
	if h.def.flags&bodyIn != 0 {
		// "dat [het voorstel in het algemeen] wordt gesteund": the
		// passive's subject, in the clause after the finding verb; "kon
		// [het voorstel tot dusver] op steun rekenen": the first gap
		k, ok := sc.findingClause(h)
		end := 2 // "wordt"
		if !ok && sc.toks[h.last()].lower == "rekenen" {
			k, ok, end = h.first(), true, 1
		}
		if ok {
			s, e := trimAdverbials(sc.toks, k+1, h.fixed[end]-1)
			for e > s+1 && (sc.toks[e].lower == "dusver" || sc.toks[e].lower == "nu") && sc.toks[e-1].lower == "tot" {
				e -= 2 // "tot dusver", "tot nu"
			}
			if r.actor.prep == "door" && r.actor.t0 > s && r.actor.t0 <= e+1 {
				e = r.actor.t0 - 1
				if sc.toks[e].lower == "door" {
					e--
				}
			}
			for e > s && passiveDegree[sc.toks[e].lower] {
				e-- // "breed", "in het algemeen", "in grote lijnen"
				if e > s+2 && (sc.toks[e].lower == "het" || sc.toks[e].lower == "grote") && sc.toks[e-1].lower == "in" {
					e -= 2
				}
			}
			r.subject, r.subjects = sc.text(s, e), sc.refsIn(s, e)
		}
	}
	if r.stance == stConcern && !r.negated && strings.HasPrefix(h.def.pattern, "wijst|wijzen|wees|wezen … op") && sc.pointsToAsset(r) {
		// "wees nadrukkelijk op de eigen verantwoordelijkheid van
		// Griekenland", "wijst op Eurojust en Europol": pointing to a
		// responsibility or a body ranks it, no worry
		r.stance, r.base = stPriority, stPriority
	}
	if w := strings.ToLower(r.subject); (w == "zich" || w == "mij" || w == "ons") && h.last()+2 < len(sc.toks) {
		// "verklaarden zich te zullen inzetten [om X te bestrijden]": the
		// gap holds only the reflexive; the aim follows the verb
		s := h.last() + 2
		if w := sc.toks[s].lower; w == "om" || w == "voor" || w == "ervoor" {
			s++
		}
		if e := clauseEndToken(sc.rs, sc.toks, s, true); e >= s {
			r.subject, r.span = trimSubject(sc.text(s, e)), [2]int{s, e}
		}
	}
	if w := sc.toks[0].lower; (w == "hier" || w == "daar") && h.first() == 1 && strings.HasSuffix(h.def.pattern, " op aangedrongen") {
		// "Hier hebben … op aangedrongen": the fronted "hier" is what was
		// urged, the sentence before
		if prevText, prevRefs, ok := sc.previousSentence(); ok {
			r.anaphor, r.subject, r.subjects = sc.toks[0].text, prevText, prevRefs
		}
	}
	if s, e, ok := sc.droppedTopic(h, r.actor); ok {
		// "Deze prioriteiten zijn nog steeds actueel en zal ik dan ook
		// onder de aandacht brengen van …": after "en" the verb comes
		// first, its object dropped: the first conjunct's subject
		r.subject, r.anaphor = sc.text(s, e), ""
		r.subjects = sc.refsIn(s, e)
	}
	if r.stance == stInformational && h.def.obj == objClause {
		if k := sc.intentionIn(h.last()+1, r.span[1]); k > 0 {
			// "heeft aangegeven dat zij van plan is om [centra op te
			// zetten]": the reported intention, an effort of its own
			r.stance, r.base = stCommit, stCommit
			r.subject = trimSubject(sc.text(k, r.span[1]))
			r.span[0] = k
			return
		}
		for _, c := range cands {
			if c.t0 == h.last()+1 && c.cabinet && c.t1 <= r.span[1] {
				// "dat [Nederland] het nationale implementatieplan … indient"
				r.stance, r.base = stCommit, stCommit
				r.subject = trimSubject(sc.text(c.t1, r.span[1]))
				r.span[0] = c.t1
				var keep []graph.Ref
				for _, ref := range r.subjects {
					if !containsRef(c.refs, ref) {
						keep = append(keep, ref)
					}
				}
				r.subjects = keep
			}
		}
	}
}

// droppedTopic returns the subject of a sentence's first conjunct when the
// cue opens a second conjunct with its finite verb and the actor right
// after it ("[Deze prioriteiten] zijn nog steeds actueel en zal ik …
// onder de aandacht brengen"): Dutch drops the topic there, the object the
// two conjuncts share. The first conjunct is a noun phrase with a
// determiner, a copula and no comma.
func (sc *sentenceCtx) droppedTopic(h cueHit, a posActor) (int, int, bool) {
	toks := sc.toks
	f := h.first()
	if f < 4 || toks[f-1].lower != "en" || a.t0 != f+1 || !determiners[toks[0].lower] {
		return 0, 0, false
	}
	for k := 1; k < f-1; k++ {
		if strings.ContainsAny(string(sc.rs[toks[k-1].end:toks[k].start]), ",;:()") {
			return 0, 0, false
		}
		if copulas[toks[k].lower] {
			if k < 2 {
				return 0, 0, false
			}
			return 0, k - 1, true
		}
	}
	return 0, 0, false
}

// assetHeads are what one points to to rank it: a responsibility, a role,
// a contribution.
var assetHeads = map[string]bool{"verantwoordelijkheid": true, "verantwoordelijkheden": true, "rol": true,
	"taak": true, "bijdrage": true, "meerwaarde": true, "mogelijkheden": true, "kansen": true, "noodzaak": true}

// pointsToAsset reports whether the subject of "wijst op" opens with an
// asset noun ("de eigen verantwoordelijkheid van …") or names an EU body
// first ("Eurojust en Europol").
func (sc *sentenceCtx) pointsToAsset(r *posReading) bool {
	k := r.span[0]
	if k < 0 || k > r.span[1] || r.span[1] >= len(sc.toks) {
		return false
	}
	for _, m := range sc.ments {
		if m.t0 == k && m.ref.Kind == graph.KindOrganisation {
			return true
		}
	}
	for ; k <= r.span[1] && k < r.span[0]+3; k++ {
		w := sc.toks[k].lower
		if determiners[w] || w == "eigen" || w == "grote" || w == "belangrijke" {
			continue
		}
		return assetHeads[w]
	}
	return false
}

// relativeOpeners of a relative clause whose preposition the cue lacks:
// "waarover … zich positief uitlieten" is "liet zich positief uit over".
var prepRelatives = map[string]bool{"waarover": true, "waarvan": true, "waarop": true, "waartegen": true, "waarvoor": true}

// relativeAntecedent returns the noun phrase a relative clause that holds
// the cue refers to: the phrase before the comma of the first of the
// sentence's relative clauses opened by "waarover", "waarvan" …, when the
// cue's own clause is one ("…, waarover X zich positief uitlieten, maar
// waarvan Y een nadere onderbouwing wensen"). Commas inside the clause
// may only enclose an aside ("waaronder Nederland", "zoals Frankrijk").
func (sc *sentenceCtx) relativeAntecedent(h cueHit) (int, int, bool) {
	toks := sc.toks
	comma := func(k int) bool { return k > 0 && strings.Contains(string(sc.rs[toks[k-1].end:toks[k].start]), ",") }
	first, own := -1, -1
	for k := 1; k <= h.first(); k++ {
		if prepRelatives[toks[k].lower] && (comma(k) || comma(k-1) && (toks[k-1].lower == "maar" || toks[k-1].lower == "en")) {
			if first < 0 {
				first = k
			}
			own = k
		}
	}
	if own < 0 || !comma(first) {
		return 0, 0, false
	}
	for k := own + 1; k <= h.first(); k++ {
		if !comma(k) {
			continue
		}
		if toks[k].lower != "waaronder" && toks[k].lower != "zoals" {
			return 0, 0, false // the relative clause closed before the cue
		}
		for k++; k <= h.first() && !comma(k); k++ {
		}
	}
	e := first - 1
	if toks[e].lower == "maar" || toks[e].lower == "en" {
		return 0, 0, false
	}
	for s := e; s >= 0 && s > e-6; s-- {
		if s < e && comma(s+1) {
			break
		}
		if determiners[toks[s].lower] {
			return s, e, true
		}
	}
	return 0, 0, false
}

// deployedMeans reports whether "waarop … inzetten" deploys something
// rather than works for the antecedent: an object in the gap after the
// actor ("waarop lidstaten [hun middelen] inzetten") or a manner as the
// antecedent ("de wijze waarop").
func (sc *sentenceCtx) deployedMeans(h cueHit, a posActor) bool {
	if h.def.obj != objBefore || sc.toks[h.first()].lower != "waarop" {
		return false
	}
	if k := h.first() - 1; k >= 0 && (sc.toks[k].lower == "wijze" || sc.toks[k].lower == "manier") {
		return true
	}
	from := h.first() + 1
	if a.t1 > from && a.t0 <= from {
		from = a.t1
	}
	for j := from; j < h.last(); j++ {
		if w := sc.toks[j].lower; possessives[w] || determiners[w] && !(j > 0 && actorPreps[sc.toks[j-1].lower]) {
			return true
		}
	}
	return false
}

// restrictiveAntecedent returns the noun phrase before a relative pronoun
// at token k ("de specifieke dossiers [waarop]"), or, when a copula opens
// the clause before it ("zijn mest, pulsvisserij en … de specifieke
// dossiers waarop"), the phrase between the copula and the antecedent.
func (sc *sentenceCtx) restrictiveAntecedent(k int) (int, int, bool) {
	toks := sc.toks
	det := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if j < k-1 && strings.ContainsAny(string(sc.rs[toks[j].end:toks[j+1].start]), ",;:") {
			break
		}
		if determiners[toks[j].lower] {
			det = j
			break
		}
	}
	if det < 0 {
		return 0, 0, false
	}
	for j := det - 1; j > 0; j-- {
		if copulas[toks[j].lower] {
			if j+1 <= det-1 && strings.ContainsAny(string(sc.rs[toks[j-1].end:toks[j].start]), ",") {
				return j + 1, det - 1, true
			}
			break
		}
	}
	return det, k - 1, true
}

// refsIn returns the entities of the mentions that lie within tokens s to
// e (inclusive), in the sentence's order; nil when there are none.
func (sc *sentenceCtx) refsIn(s, e int) []graph.Ref {
	var refs []graph.Ref
	for _, m := range sc.ments {
		if m.t0 >= s && m.t1 <= e+1 {
			refs = append(refs, m.ref)
		}
	}
	return refs
}

// clauseEnds reports whether the clause ends after token k: a comma or
// the sentence's end.
func (sc *sentenceCtx) clauseEnds(k int) bool {
	return k+1 >= len(sc.toks) || strings.ContainsAny(string(sc.rs[sc.toks[k].end:sc.toks[k+1].start]), ",;:")
}

// statesHelped returns the country that is the object of "zal … steunen"
// when the gap opens with it, after the actor: "zal Italië ook in de
// komende jaren ondersteunen". A country in a phrase ("het voorstel van
// Frankrijk") is not helped.
func (sc *sentenceCtx) statesHelped(h cueHit, a posActor) (sentMention, bool) {
	k := h.first() + 1
	if a.t0 == k && a.t1 > k {
		k = a.t1 // "zal Nederland Griekenland … steunen"
	}
	if sc.toks[k].lower == "ook" {
		k++
	}
	for _, m := range sc.ments {
		if m.ref.Kind == graph.KindCountry && m.t0 == k && m.t1 < h.last() && !containsRef(a.refs, m.ref) &&
			isCountryName(sc.x, m.ref, sc.toks[k].text) && !determiners[sc.toks[m.t1].lower] && sc.toks[m.t1].lower != "bij" {
			return m, true
		}
	}
	return sentMention{}, false
}

// aboutItem reports whether subject words are about the agenda item the
// sentence sits under: a discussion noun at their head, or "dit
// onderwerp"/"dit agendapunt".
func (sc *sentenceCtx) aboutItem(words []string) bool {
	for k, w := range words {
		w = strings.Trim(w, ".,;:()")
		if k < 3 && discussionNouns[w] {
			return true
		}
		if k > 0 && (w == "onderwerp" || w == "agendapunt") && words[k-1] == "dit" {
			return true
		}
	}
	return false
}

// answerPointers point from an answer back to the question: "daar zijn wij
// het mee eens", "daarmee kunnen wij instemmen".
var answerPointers = map[string]bool{"daar": true, "daarmee": true, "hiermee": true, "daarin": true}

// previousQuestion returns the question the sentence answers: the last
// sentence ending in "?" among the three paragraphs before, read from its
// "dat"-clause when it has one ("Bent u het ermee eens dat [X]?").
func (sc *sentenceCtx) previousQuestion() (string, []graph.Ref, bool) {
	x := sc.x
	for para := sc.para - 1; para >= 0 && para >= sc.para-3; para-- {
		p := x.doc.Paragraphs[para]
		if p.Kind == ParaFootnote || len(p.Sentences) == 0 {
			continue
		}
		s := p.Sentences[len(p.Sentences)-1]
		q := collapseSpace(x.str(s.Start, s.End))
		if len(p.Sentences) > 1 && followUpQuestion(q) {
			// "Deelt u de mening dat …? Zo nee, waarom niet?": the
			// question before its follow-up
			s = p.Sentences[len(p.Sentences)-2]
			q = collapseSpace(x.str(s.Start, s.End))
		}
		if !strings.HasSuffix(strings.TrimRight(q, " 0123456789"), "?") {
			continue
		}
		q = strings.TrimRight(q, " 0123456789?")
		q = stripQuestionLabel(q)
		if _, after, ok := strings.Cut(q, " dat "); ok && after != "" {
			q = after
		} else if _, after, ok := strings.Cut(q, " zorg over "); ok && after != "" && strings.HasPrefix(q, "Deelt u") {
			q = after // "Deelt u de zorg over [X]?"
		}
		return trimSubject(q), sc.sentenceRefs(para, s), true
	}
	return "", nil, false
}

// demonstratives point back to what was just said: "die mening".
var demonstratives = map[string]bool{"die": true, "deze": true, "dat": true, "dit": true}

// followUpQuestion reports whether a question only follows up the one
// before it: "Zo nee, waarom niet?", "Zo ja, welke?", "Indien neen, waarom
// niet?".
func followUpQuestion(q string) bool {
	l := strings.ToLower(strings.TrimSpace(q))
	for _, p := range []string{"zo ja", "zo nee", "zo neen", "indien ja", "indien nee", "indien neen", "waarom wel", "waarom niet"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// previousSentence returns the sentence before this one (in the paragraph,
// or the last of the body paragraph before) and the entities it names.
func (sc *sentenceCtx) previousSentence() (string, []graph.Ref, bool) {
	x := sc.x
	para, si := sc.para, sc.si-1
	if si < 0 {
		para--
		if para < 0 || x.doc.Paragraphs[para].Kind != ParaBody || len(x.doc.Paragraphs[para].Sentences) == 0 {
			return "", nil, false
		}
		si = len(x.doc.Paragraphs[para].Sentences) - 1
	}
	s := x.doc.Paragraphs[para].Sentences[si]
	return trimSubject(collapseSpace(x.str(s.Start, s.End))), sc.sentenceRefs(para, s), true
}

// sentenceRefs returns the entities named within sentence s of paragraph
// para.
func (sc *sentenceCtx) sentenceRefs(para int, s Span) []graph.Ref {
	p := sc.x.doc.Paragraphs[para]
	var refs []graph.Ref
	for _, m := range sc.idx.paragraph(sc.x, para) {
		if m.start >= s.Start-p.Start && m.end <= s.End-p.Start {
			refs = append(refs, m.ref)
		}
	}
	return refs
}

// previousTopic returns what the sentence before in the paragraph speaks
// "over", and the entities it names: "De ministers spraken over [de
// volledige toepassing van het Schengenacquis in Bulgarije en Roemenië]".
func (sc *sentenceCtx) previousTopic() (string, []graph.Ref, bool) {
	if sc.si == 0 {
		return "", nil, false
	}
	x := sc.x
	p := x.doc.Paragraphs[sc.para]
	prev := p.Sentences[sc.si-1]
	pi := x.paras[sc.para]
	for k, t := range pi.toks {
		if t.start < prev.Start-p.Start || t.end > prev.End-p.Start || t.lower != "over" {
			continue
		}
		if k+1 >= len(pi.toks) || pi.toks[k+1].end > prev.End-p.Start {
			return "", nil, false
		}
		start := pi.toks[k+1].start
		var refs []graph.Ref
		for _, m := range sc.idx.paragraph(x, sc.para) {
			if m.start >= start && m.end <= prev.End-p.Start {
				refs = append(refs, m.ref)
			}
		}
		return trimSubject(collapseSpace(string(pi.runes[start : prev.End-p.Start]))), uniqueRefs(refs), true
	}
	return "", nil, false
}

// previousAct returns the one legal act the sentence before in the
// paragraph names, as printed: what a vote or an abstention without an
// object concerns ("De herziene verordening staat op de agenda. Nederland
// zal zich van stemming onthouden.").
func (sc *sentenceCtx) previousAct() (string, graph.Ref, bool) {
	if sc.si == 0 {
		return "", graph.Ref{}, false
	}
	p := sc.x.doc.Paragraphs[sc.para]
	prev := p.Sentences[sc.si-1]
	var found *indexMention
	for _, m := range sc.idx.paragraph(sc.x, sc.para) {
		if m.ref.Kind != graph.KindLegalAct || m.start < prev.Start-p.Start || m.end > prev.End-p.Start {
			continue
		}
		if found != nil && found.ref != m.ref {
			return "", graph.Ref{}, false
		}
		if found == nil {
			found = &m
		}
	}
	if found == nil {
		return "", graph.Ref{}, false
	}
	pi := sc.x.paras[sc.para]
	return collapseSpace(string(pi.runes[found.start:found.end])), found.ref, true
}

// fallbackActs links a subject that names no entity: the one legal act
// whose negotiation the paragraph reported earlier, else, when the subject
// points back or shares a word with the heading above, the acts that
// heading names.
func (sc *sentenceCtx) fallbackActs(words []string) []graph.Ref {
	x := sc.x
	p := x.doc.Paragraphs[sc.para]
	var acts []graph.Ref
	for _, m := range sc.idx.paragraph(x, sc.para) {
		if m.ref.Kind == graph.KindLegalAct && p.Start+m.end <= sc.sent.Start && sc.negotiated(m) {
			acts = append(acts, m.ref)
		}
	}
	if acts = uniqueRefs(acts); len(acts) == 1 {
		return acts
	}
	h := -1
	for k := sc.para - 1; k >= 0; k-- {
		if x.doc.Paragraphs[k].Kind == ParaHeading {
			h = k
			break
		}
	}
	if h < 0 {
		return nil
	}
	var headActs []graph.Ref
	for _, m := range sc.idx.paragraph(x, h) {
		if m.ref.Kind == graph.KindLegalAct {
			headActs = append(headActs, m.ref)
		}
	}
	if len(headActs) == 0 {
		return nil
	}
	heading := map[string]bool{}
	for _, t := range x.paras[h].toks {
		heading[t.lower] = true
	}
	for _, w := range words {
		w = strings.Trim(w, ".,;:()")
		if anaphoricWords[w] && w != "het" && w != "dat" || len([]rune(w)) >= 8 && heading[w] {
			return uniqueRefs(headActs)
		}
	}
	return nil
}

// negotiated reports whether the sentence naming act mention m speaks of
// its negotiation ("de onderhandelingen over de Europese AI-verordening",
// "het voorstel … dat de Terugkeerrichtlijn moet vervangen"): positions
// later in that paragraph are about the act under negotiation, not about
// an act only dated or cited in passing.
func (sc *sentenceCtx) negotiated(m indexMention) bool {
	x := sc.x
	p := x.doc.Paragraphs[sc.para]
	s := x.doc.sentenceAt(sc.para, p.Start+m.start)
	for _, t := range x.paras[sc.para].toks {
		if t.start < s.Start-p.Start || t.end > s.End-p.Start {
			continue
		}
		for _, w := range negotiationWords {
			if strings.HasPrefix(t.lower, w) {
				return true
			}
		}
	}
	return false
}

var negotiationWords = []string{"onderhandel", "triloog", "voorstel", "herziening", "akkoord", "compromis"}

// --- the graph ------------------------------------------------------------------

// addPosition adds Position number n and its relations.
func (x *extraction) addPosition(n int, date string, sc *sentenceCtx, r posReading) {
	key := x.key + ":" + strconv.Itoa(n)
	quote := x.str(sc.sent.Start, sc.sent.End)
	props := map[string]any{
		"stance":      string(r.stance),
		"polarity":    r.stance.polarity(),
		"negated":     r.negated,
		"conditional": r.conditional,
		"cue":         r.cue,
		"quote":       quote,
		"date":        date,
		"subject":     r.subject,
		"actor":       r.actor.words,
		"agendaItem":  "",
	}
	if r.base != r.stance {
		props["baseStance"] = string(r.base)
	}
	if r.condition != "" {
		props["condition"] = r.condition
	}
	if r.hedge != "" {
		props["hedge"] = r.hedge
	}
	if r.actor.implicit {
		props["actorImplicit"] = true
	}
	if r.anaphor != "" {
		props["anaphor"] = r.anaphor
	}
	if r.regarding != "" {
		props["regarding"] = r.regarding
	}
	if r.inherited {
		props["subjectInherited"] = true
	}
	itemRef := graph.Ref{Kind: graph.KindAgendaItem, Key: r.item}
	_, haveItem := x.entities[itemRef]
	if r.item != "" && haveItem {
		props["agendaItem"] = r.item
	}
	pos := x.addEntity(graph.Entity{Kind: graph.KindPosition, Key: key, Name: positionLabel(r), Props: props})
	o := occurrence{para: sc.para, span: sc.sent}
	if a := r.actor; a.t0 >= 0 && a.t1 > a.t0 && a.t1 <= len(sc.toks) && len(a.refs) > 0 {
		at := x.doc.Paragraphs[sc.para].Span.Start
		x.actorSpans = append(x.actorSpans, Span{at + sc.toks[a.t0].start, at + sc.toks[a.t1-1].end})
	}
	for _, a := range r.actor.refs {
		if _, ok := x.entities[a]; !ok {
			var e graph.Entity
			switch {
			case a.Kind == graph.KindCountry:
				e, ok = countryEntity(a.Key)
			case a.Kind == graph.KindOrganisation && (orgNotInText[a.Key] || officeOrgs[a.Key]):
				// "de JBZ-Raad heeft ingestemd": a body whose name the
				// organisations pass reads as a meeting. A body named by
				// a member or a short form ("Commissaris Borg", "de
				// CIE") is a mention of the organisations pass
				// (orgs.go, orgs_short.go), so its node is there already.
				e, ok = orgEntity(a.Key)
			}
			if !ok {
				continue
			}
			x.addEntity(e)
		}
		x.relate(graph.RelHolds, a, pos, o, false)
	}
	x.relate(graph.RelStatedIn, pos, x.docRef(), o, false)
	if r.item != "" && haveItem {
		x.relate(graph.RelStatedIn, pos, itemRef, o, false)
		if r.onItem {
			x.relate(graph.RelOn, pos, itemRef, o, false)
		}
	}
	for _, s := range r.subjects {
		if _, ok := x.entities[s]; ok && s != x.docRef() {
			x.relate(graph.RelOn, pos, s, o, false)
		}
	}
}

// positionLabel is "<actor> <stance>: <subject>", at most 120 characters.
func positionLabel(r posReading) string {
	l := r.actor.words + " " + string(r.stance)
	if r.subject != "" {
		l += ": " + r.subject
	}
	if rs := []rune(l); len(rs) > 120 {
		l = strings.TrimRightFunc(string(rs[:119]), unicode.IsSpace) + "…"
	}
	return l
}

// --- mentions -------------------------------------------------------------------

// mentionIndex finds, in any paragraph, the entities the other extraction
// steps found in the letter: by their names and aliases and by the words
// the letter first used for them, and "de Commissie", "de Raad". It lets
// positions see which entities a sentence names without running the other
// steps' scanners again.
type mentionIndex struct {
	refs  []graph.Ref
	dict  *phraseDict
	near  map[string]int // one-word names of acts and bodies (folded, lower case), for misspellings
	nears []nearName     // near, as runes
	rule  map[string]int // "Commissie", "Raad" after "de"
	cache map[int][]indexMention
}

type nearName struct {
	name []rune
	k    int
}

type indexMention struct {
	ref        graph.Ref
	start, end int // rune offsets in the paragraph
}

func (x *extraction) newMentionIndex() *mentionIndex {
	forms := map[graph.Ref][]string{}
	for ref, e := range x.entities {
		switch ref.Kind {
		case graph.KindLegalAct, graph.KindCountry, graph.KindOrganisation, graph.KindDocument, graph.KindCouncilMeeting:
			forms[ref] = append(append(forms[ref], e.Name), e.Aliases...)
		}
	}
	doc := x.docRef()
	for k, acc := range x.rels {
		if _, ok := forms[k.to]; ok && k.from == doc && acc.first.ref != "" {
			forms[k.to] = append(forms[k.to], acc.first.ref)
		}
	}
	idx := &mentionIndex{near: map[string]int{}, rule: map[string]int{}, cache: map[int][]indexMention{}}
	for ref := range forms {
		idx.refs = append(idx.refs, ref)
	}
	sort.Slice(idx.refs, func(i, j int) bool {
		a, b := idx.refs[i], idx.refs[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Key < b.Key
	})
	var ps []phrase
	for i, ref := range idx.refs {
		fs := append([]string(nil), forms[ref]...)
		sort.Strings(fs)
		for _, f := range fs {
			f = strings.TrimSpace(f)
			if len([]rune(f)) < 2 {
				continue
			}
			if f == "Commissie" || f == "Raad" {
				idx.rule[f] = i
				continue
			}
			target := strconv.Itoa(i)
			ps = append(ps, phrase{text: f, target: target, exact: ref.Kind == graph.KindCountry || acronymLike(f)})
			if (ref.Kind == graph.KindLegalAct || ref.Kind == graph.KindOrganisation) && !strings.ContainsAny(f, " ") {
				if w := strings.ToLower(foldDiacritics(f)); len([]rune(w)) >= 10 {
					idx.near[w] = i
				}
			}
		}
	}
	// "de Commissie" and "de Raad" name the Commission and the Council
	// wherever the letter names them otherwise first ("de Europese
	// Commissie … De Commissie wenst …")
	for i, ref := range idx.refs {
		if ref.Kind != graph.KindOrganisation {
			continue
		}
		if _, ok := idx.rule["Commissie"]; !ok && ref.Key == "european-commission" {
			idx.rule["Commissie"] = i
		}
		if _, ok := idx.rule["Raad"]; !ok && ref.Key == "council-of-the-eu" {
			idx.rule["Raad"] = i
		}
	}
	idx.dict = newPhraseDict(ps, true)
	for name, k := range idx.near {
		idx.nears = append(idx.nears, nearName{name: []rune(name), k: k})
	}
	return idx
}

// acronymLike reports whether a form is an acronym, matched with case: no
// lower-case letters ("EP", "JIT"), or short with two capitals ("eu-LISA").
func acronymLike(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 0 && (lower == 0 || upper >= 2 && len([]rune(s)) <= 8)
}

// paragraph returns the mentions of paragraph i, in order.
func (idx *mentionIndex) paragraph(x *extraction, i int) []indexMention {
	if ms, ok := idx.cache[i]; ok {
		return ms
	}
	p := x.doc.Paragraphs[i]
	pi := x.paras[i]
	var out []indexMention
	taken := map[int]bool{}
	for _, m := range idx.dict.scan(pi.runes, pi.toks) {
		k, err := strconv.Atoi(m.target)
		if err != nil {
			continue
		}
		out = append(out, indexMention{ref: idx.refs[k], start: m.start, end: m.end})
		for t := range pi.toks {
			if pi.toks[t].start >= m.start && pi.toks[t].end <= m.end {
				taken[t] = true
			}
		}
	}
	// the short forms the organisations pass reads ("de EC", "de CIE",
	// "de ER"; orgs_short.go): its one owner
	for _, m := range x.shortForms(&pi) {
		if t := tokenAt(pi.toks, m.start); t >= 0 && !taken[t] {
			out = append(out, indexMention{ref: graph.Ref{Kind: graph.KindOrganisation, Key: m.target}, start: m.start, end: m.end})
			taken[t] = true
		}
	}
	for t, tok := range pi.toks {
		if taken[t] {
			continue
		}
		if k, ok := idx.rule[tok.text]; ok && t > 0 && pi.toks[t-1].lower == "de" && spaced(pi.runes, pi.toks[t-1], tok) &&
			!(t+1 < len(pi.toks) && spaced(pi.runes, tok, pi.toks[t+1]) && startsUpper(pi.toks[t+1].text)) {
			out = append(out, indexMention{ref: idx.refs[k], start: tok.start, end: tok.end})
			continue
		}
		if len([]rune(tok.lower)) >= 10 {
			if k, ok := idx.nearest(tok.lower); ok {
				out = append(out, indexMention{ref: idx.refs[k], start: tok.start, end: tok.end})
			}
		}
	}
	var kept []indexMention
	for _, m := range out {
		if !overlapsSpan(x.places, Span{p.Start + m.start, p.Start + m.end}) {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].start < kept[b].start })
	idx.cache[i] = kept
	return kept
}

// nearest finds a one-word name at most one edit (a transposition counts
// as one) from w: "Schengenaqcuis" is "Schengenacquis".
func (idx *mentionIndex) nearest(w string) (int, bool) {
	if k, ok := idx.near[w]; ok {
		return k, true
	}
	best, found := -1, false
	rw := []rune(w)
	for _, n := range idx.nears {
		if within1(rw, n.name) && (!found || n.k < best) {
			best, found = n.k, true
		}
	}
	return best, found
}

// osaDistance is the optimal string alignment distance of a and b
// (Levenshtein with adjacent transpositions).
func osaDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
