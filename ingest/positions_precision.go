package ingest

// Precision vetoes of positions, by the pattern that produces a false
// position rather than by the sentence (brief pos18b):
//
//   - a yes/no question by word order without its question mark: Dutch
//     puts the finite verb first in a question ("Is de minister bereid
//     om …", "Kunt u toezeggen dat …", "Steunt het kabinet …"), also when
//     the "?" is lost at a page break, a list or a "zo ja, …" tail; so
//     does a conditional clause ("Wil het kabinet dit bereiken, dan …").
//     Neither states the addressee's position.
//   - a cue in the "om … te" complement of an earlier cue of the same
//     actor: "zegde toe om de minister te verzoeken zich in te zetten
//     voor X", "adviseert om vast te stellen dat er voldoende voortgang
//     is" are one position, the outer one; the inner cue is its content.

// verbFirstVerbs are the finite verbs that open a yes/no question to the
// government or a conditional clause: the auxiliaries and modals, and the
// verbs of opinion and undertaking that written questions use, in the
// singular, the plural and the "u" form.
var verbFirstVerbs = map[string]bool{
	"is": true, "zijn": true, "bent": true, "heeft": true, "hebben": true, "hebt": true,
	"kan": true, "kunnen": true, "kunt": true, "wil": true, "willen": true, "wilt": true,
	"zal": true, "zullen": true, "zult": true, "zou": true, "zouden": true, "moet": true, "moeten": true,
	"mag": true, "mogen": true, "gaat": true, "gaan": true, "blijft": true, "blijven": true,
	"deelt": true, "delen": true, "steunt": true, "steunen": true, "onderschrijft": true, "onderschrijven": true,
	"erkent": true, "erkennen": true, "acht": true, "achten": true, "ziet": true, "zien": true,
	"vindt": true, "vinden": true, "verwacht": true, "verwachten": true, "denkt": true, "denken": true,
	"overweegt": true, "overwegen": true, "herkent": true, "herkennen": true, "weet": true, "weten": true,
	"staat": true, "staan": true, "neemt": true, "nemen": true, "zet": true, "zetten": true,
	"pleit": true, "pleiten": true, "verzet": true, "verzetten": true,
}

// addresseeHeads are the nouns of the government a question addresses.
var addresseeHeads = map[string]bool{"minister": true, "ministers": true, "staatssecretaris": true,
	"staatssecretarissen": true, "kabinet": true, "regering": true, "minister-president": true, "premier": true,
	"bewindspersoon": true, "bewindspersonen": true, "bewindslieden": true}

// verbFirstQuestion reports whether the sentence opens on a finite verb
// with the addressed government as its subject: a question ("Is de
// minister bereid om …") or a condition, not a statement. A statement
// puts the subject or an adverbial first ("De minister is bereid",
// "Daarom is de minister bereid").
func (sc *sentenceCtx) verbFirstQuestion() bool {
	t := sc.toks
	if len(t) < 3 || !verbFirstVerbs[t[0].lower] || t[0].text == t[0].lower {
		return false // a verb in lower case continues a sentence ("…; is de minister")
	}
	switch w := t[1].lower; {
	case w == "u":
		return true
	case w == "de" || w == "het":
		return addresseeHeads[t[2].lower]
	}
	return false
}

// complementCue reports whether reading r's cue stands in the "om … te"
// complement of an earlier reading of the same actor: the content of
// that position, not a second one ("zegde toe [om] de minister te
// verzoeken zich in te zetten voor X"). A clause of its own after a
// comma, semicolon or colon ends the complement ("besloot om X te
// steunen; het kabinet pleit voor Y").
func (sc *sentenceCtx) complementCue(out []posReading, r posReading) bool {
	for i, o := range out {
		om := o.cueEnd + 1 // "toe [om]"; or the cue's own "om" ("adviseert om")
		if sc.toks[o.cueEnd].lower == "om" {
			om = o.cueEnd
		}
		if o.actor.key() != r.actor.key() || om >= r.first || sc.toks[om].lower != "om" {
			continue
		}
		te, open := false, true
		for k := om + 1; k <= r.first && open; k++ {
			if clauseBreak(sc.rs[sc.toks[k-1].end:sc.toks[k].start]) {
				open = false
			}
			if k < r.first && sc.toks[k].lower == "te" {
				te = true
			}
		}
		if !open || !te && sc.toks[r.first-1].lower != "te" && sc.toks[r.first].lower != "te" {
			continue
		}
		if o.span[0] > o.cueEnd && o.span[1] >= o.span[0] && o.span[1] < r.first && r.span[1] > o.span[1] {
			// the outer subject was cut at the inner cue: it runs on
			// through the inner cue's words ("om vast te stellen dat er
			// voldoende voortgang is")
			out[i].span[1] = r.span[1]
			out[i].subject = trimSubject(sc.text(o.span[0], r.span[1]))
			for _, ref := range r.subjects {
				if !containsRef(out[i].subjects, ref) {
					out[i].subjects = append(out[i].subjects, ref)
				}
			}
		}
		return true
	}
	return false
}

// degreeAdverbs grade an adjective ("wel heel belangrijk", "echt erg
// zorgelijk"): no part of what a judgement is about.
var degreeAdverbs = map[string]bool{"heel": true, "erg": true, "zeer": true, "bijzonder": true, "ontzettend": true,
	"enorm": true, "uitermate": true, "buitengewoon": true, "uiterst": true, "hoogst": true, "echt": true,
	"werkelijk": true, "vreselijk": true, "verschrikkelijk": true, "behoorlijk": true, "nogal": true,
	"tamelijk": true, "hartstikke": true, "wel": true, "toch": true, "natuurlijk": true, "ook": true, "nog": true}

// degreeSubject corrects a subject read from the degree adverbs of a
// judgement: "vind het wel [heel] belangrijk dat X" is about X, the
// clause after the adjective; a subject that ends on them ("X [heel]")
// loses them.
func (sc *sentenceCtx) degreeSubject(r *posReading, h cueHit, next int) {
	if r.subject == "" {
		return
	}
	if r.span[1] < r.span[0] || r.span[1] >= len(sc.toks) {
		return
	}
	e := r.span[1]
	for e >= r.span[0] && degreeAdverbs[sc.toks[e].lower] {
		e--
	}
	if e >= r.span[0] {
		if e < r.span[1] {
			r.span[1] = e
			r.subject = trimSubject(sc.text(r.span[0], e))
		}
		return
	}
	// only degree adverbs: the clause after the cue, when it has one
	s := h.last() + 1
	if s < len(sc.toks) && sc.toks[s].lower == "dat" {
		s++
	}
	if s >= next || s >= len(sc.toks) || sc.toks[h.last()+1].lower != "dat" && sc.toks[h.last()].lower != "dat" {
		// no clause: no subject of its own; what was just at issue
		// (inheritSubject)
		r.subject, r.subjects, r.span = "", nil, [2]int{0, -1}
		return
	}
	r.span = [2]int{s, next - 1}
	r.subject = trimSubject(sc.text(s, next-1))
}

// clauseBreak reports whether the runes between two tokens hold a comma,
// semicolon or colon (without building a string per token).
func clauseBreak(rs []rune) bool {
	for _, r := range rs {
		if r == ',' || r == ';' || r == ':' {
			return true
		}
	}
	return false
}
