package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// Parliamentary documents: reports of committee debates and written
// consultations, answers to Kamervragen, Eerste Kamer memoranda. Their
// actors are members of parliament and their groups, who have no node and
// keep their words ("de leden van de VVD-fractie", "de heer Jansen (SP)");
// the minister who answers speaks for the cabinet. Questions are no
// positions. docs/stances.md describes the rules.

// memberActor reads a member of parliament, a parliamentary group or a
// committee at token i: "de leden van de VVD-fractie", "de leden van de
// fractie van GroenLinks-PvdA", "de SP-fractie", "de heer Jansen (SP)",
// "mevrouw De Vries", "het lid Bakker (PVV)", "de commissie", "deze leden".
func (sc *sentenceCtx) memberActor(i int, lw func(int) string) (posActor, bool) {
	toks := sc.toks
	w := lw(i)
	words := func(t1 int) posActor {
		return posActor{t0: i, t1: t1, words: lowerFirst(sc.text(i, t1-1)), member: true}
	}
	if (w == "deze" || w == "de") && lw(i+1) == "aan" && lw(i+2) == "het" && lw(i+3) == "woord" && lw(i+4) == "zijnde" && lw(i+5) == "leden" && sc.members != nil {
		// "Deze aan het woord zijnde leden": the members named before
		a := *sc.members
		a.t0, a.t1, a.prep = i, i+6, ""
		return a, true
	}
	if (w == "mijn" || w == "onze") && lw(i+1) == "fractie" && sc.voice.speaker != nil {
		// "Mijn fractie vindt …" in the turn of "mevrouw Helder (PVV)":
		// the speaker's group
		if g, ok := sc.speakerGroup(i, i+2); ok {
			return g, true // debate.go
		}
	}
	if (w == "voornoemde" || w == "genoemde" || w == "bovengenoemde" || w == "laatstgenoemde") && lw(i+1) == "leden" && sc.members != nil {
		// "Voornoemde leden zijn verbaasd over …": the members named before
		a := *sc.members
		a.t0, a.t1, a.prep = i, i+2, ""
		return a, true
	}
	switch {
	case (w == "de" || w == "deze") && lw(i+1) == "leden":
		if lw(i+2) == "van" || lw(i+2) == "der" {
			if e, ok := sc.groupPhrase(i+3, lw); ok {
				return words(sc.moreGroups(e, lw)), true
			}
			if e, ok := sc.committeePhrase(i+3, lw); ok {
				return words(e), true // "de leden van de vaste commissie voor …"
			}
		}
		// "Deze leden", "De leden": the members named before; "zijn
		// deze leden [van mening]" names no group after "van"
		if (lw(i+2) != "van" && lw(i+2) != "der" || w == "deze") && sc.members != nil && !startsUpper(lw(i+2)) {
			a := *sc.members
			a.t0, a.t1, a.prep = i, i+2, ""
			return a, true
		}
	case w == "de" || w == "het" && lw(i+1) == "lid":
		if lw(i+1) == "lid" && (lw(i+2) == "van" || lw(i+2) == "der") {
			// "het lid van de PvdD-fractie": a group of one member
			if e, ok := sc.groupPhrase(i+3, lw); ok {
				return words(e), true
			}
		}
		if e, ok := sc.groupPhrase(i, lw); ok && w == "de" {
			return words(sc.moreGroups(e, lw)), true
		}
		if e, ok := sc.personPhrase(i+1, lw); ok {
			return words(e), true
		}
		// "de commissie", "de vaste commissie voor Justitie en
		// Veiligheid": the committee (the EU's is "de Commissie")
		if e, ok := sc.committeePhrase(i, lw); ok && w == "de" {
			return words(e), true
		}
	case w == "mevrouw" || w == "kamerlid":
		if e, ok := sc.nameAt(i+1, lw); ok {
			return words(e), true
		}
	case partyNames[toks[i].text] && (i == 0 || toks[i-1].end >= len(sc.rs) || sc.rs[toks[i].start-1] != '(') &&
		!(i+1 < len(toks) && hyphenJoined(sc.rs, toks[i], toks[i+1])):
		// "De VVD steunt …", "PVV en SP stemden tegen": a party by its name
		e := i + 1
		for lw(e) == "en" && e+1 < len(toks) && partyNames[toks[e+1].text] {
			e += 2
		}
		return words(e), true
	}
	return posActor{}, false
}

// speakerParty returns the party in the brackets of a speaker's label:
// "PVV" of "mevrouw Helder (PVV)", "" when there is none.
func speakerParty(label string) string {
	o, c := strings.LastIndexByte(label, '('), strings.LastIndexByte(label, ')')
	if o < 0 || c < o {
		return ""
	}
	return strings.TrimSpace(label[o+1 : c])
}

// partyNames are the names of Dutch parliamentary parties, 2004–2026.
var partyNames = map[string]bool{"VVD": true, "PVV": true, "CDA": true, "D66": true, "GroenLinks": true, "PvdA": true,
	"SP": true, "ChristenUnie": true, "SGP": true, "PvdD": true, "DENK": true, "JA21": true, "FvD": true, "BBB": true,
	"NSC": true, "Volt": true, "50PLUS": true, "BIJ1": true, "OSF": true, "LPF": true}

// moreGroups extends a group phrase ending at e with further groups
// joined by "en": "de leden van de SGP-fractie en de ChristenUnie-fractie",
// "… en van de CDA-fractie", "… en de leden van de SP-fractie".
func (sc *sentenceCtx) moreGroups(e int, lw func(int) string) int {
	for lw(e) == "en" {
		k := e + 1
		if lw(k) == "de" && lw(k+1) == "leden" && (lw(k+2) == "van" || lw(k+2) == "der") {
			k += 3 // "… en de leden van de SP-fractie"
		}
		if lw(k) == "van" {
			k++
		}
		n, ok := sc.groupPhrase(k, lw)
		if !ok {
			break
		}
		e = n
	}
	return e
}

// groupPhrase reads a parliamentary group from token k: "de VVD-fractie",
// "de GroenLinks-PvdA-fractie", "de fractie van de PVV", "de fracties van
// VVD en CDA". It returns the end token.
func (sc *sentenceCtx) groupPhrase(k int, lw func(int) string) (int, bool) {
	toks := sc.toks
	if lw(k) == "de" {
		k++
	}
	// "VVD-fractie": capitalised words joined by hyphens, then "fractie"
	j := k
	for j < len(toks) && (startsUpper(toks[j].text) || partyNames[toks[j].text]) && j+1 < len(toks) && hyphenJoined(sc.rs, toks[j], toks[j+1]) {
		j++
	}
	if j > k && (lw(j) == "fractie" || lw(j) == "fracties") {
		return j + 1, true
	}
	if k < len(toks) && partyNames[toks[k].text] && (lw(k+1) == "fractie" || lw(k+1) == "fracties") {
		return k + 2, true // "de CDA fractie", without its hyphen
	}
	if lw(k) == "fractie" && k+1 < len(toks) && hyphenJoined(sc.rs, toks[k], toks[k+1]) && startsUpper(toks[k+1].text) {
		return k + 2, true // "de fractie-Nanninga"
	}
	if (lw(k) == "fractie" || lw(k) == "fracties") && lw(k+1) == "van" {
		e := k + 2
		if lw(e) == "de" || lw(e) == "het" {
			e++
		}
		start := e
		upper := func(j int) bool { return j < len(toks) && (startsUpper(toks[j].text) || partyNames[toks[j].text]) }
		for e < len(toks) && (upper(e) || (lw(e) == "en" || lw(e) == "voor" || lw(e) == "de" || lw(e) == "het") && e > start &&
			(upper(e+1) || lw(e) == "en" && (lw(e+1) == "de" || lw(e+1) == "het") && upper(e+2))) {
			e++ // "de fracties van de VVD en het CDA"
		}
		if e > start {
			return e, true
		}
	}
	return 0, false
}

// committeePhrase reads a committee of the Kamer from token k, "de":
// "de commissie", "de vaste commissie voor Justitie en Veiligheid" (the
// EU's is "de Commissie"). It returns the end token.
func (sc *sentenceCtx) committeePhrase(k int, lw func(int) string) (int, bool) {
	toks := sc.toks
	if lw(k) != "de" {
		return 0, false
	}
	k++
	if lw(k) == "vaste" {
		k++
	}
	if k >= len(toks) || toks[k].text != "commissie" && toks[k].text != "Kamercommissie" {
		return 0, false
	}
	e := k + 1
	if lw(e) == "voor" && e+1 < len(toks) && startsUpper(toks[e+1].text) {
		e += 2
		for e < len(toks) && (startsUpper(toks[e].text) || lw(e) == "en" && e+1 < len(toks) && startsUpper(toks[e+1].text)) {
			e++
		}
	}
	return e, true
}

// personPhrase reads "heer X (P)" or "lid X (P)" from token k.
func (sc *sentenceCtx) personPhrase(k int, lw func(int) string) (int, bool) {
	if lw(k) != "heer" && lw(k) != "lid" {
		return 0, false
	}
	return sc.nameAt(k+1, lw)
}

// nameAt reads a surname with its particles and an optional party in
// brackets from token k: "Van der Berg (CDA)", "Çörüz", "De Vries (D66)".
func (sc *sentenceCtx) nameAt(k int, lw func(int) string) (int, bool) {
	toks := sc.toks
	e := k
	for e < len(toks) && e-k < 5 {
		t := toks[e]
		if e > k && sc.rs[t.start-1] == '(' {
			break
		}
		if startsUpper(t.text) || nameParticles[t.lower] && e+1 < len(toks) && (startsUpper(toks[e+1].text) || nameParticles[toks[e+1].lower]) {
			e++
			continue
		}
		break
	}
	if e == k || !startsUpper(toks[e-1].text) {
		return 0, false
	}
	// the party in brackets: "(SP)", "(GroenLinks-PvdA)"
	if e < len(toks) && toks[e].start > 0 && sc.rs[toks[e].start-1] == '(' {
		j := e
		for j < len(toks) && j-e < 5 {
			if toks[j].end < len(sc.rs) && sc.rs[toks[j].end] == ')' {
				return j + 1, true
			}
			j++
		}
	}
	return e, true
}

// hyphenJoined reports whether token b follows a after a single hyphen.
func hyphenJoined(rs []rune, a, b token) bool {
	return b.start == a.end+1 && (rs[a.end] == '-' || rs[a.end] == '‐')
}

// voice is who speaks in a paragraph of a parliamentary document.
type voice struct {
	silent  bool      // a question, or the chair: no positions
	speaker *posActor // who "ik" and "wij" are, when not the cabinet
	// othersSection: a section of a BNC-fiche that describes the proposal
	// or others' views ("Essentie voorstel", "Eerste inschatting van
	// krachtenveld"): a cue without an actor is not the cabinet's.
	othersSection bool
	// membersTurn: the part of a report that gives the members' questions
	// and remarks ("Vragen en opmerkingen uit de commissie"): a cue without
	// an actor is the members'.
	membersTurn bool
}

// turnHeading reads a heading of a report that opens the members' part
// ("Vragen en opmerkingen uit de commissie", "I. Vragen en opmerkingen
// vanuit de fracties": members true) or the government's ("Antwoord van
// de minister", "Reactie van de staatssecretaris", "Beantwoording").
func turnHeading(text string) (members, ok bool) {
	if len(text) > 200 || len(strings.Fields(text)) > 14 || strings.HasSuffix(text, ".") {
		return false, false
	}
	l := strings.ToLower(text)
	switch {
	case strings.Contains(l, "vragen en opmerkingen"), strings.Contains(l, "inbreng van de"):
		return true, true
	case strings.Contains(l, "antwoord van"), strings.Contains(l, "reactie van"), strings.Contains(l, "beantwoording"),
		strings.Contains(l, "antwoord en reactie"):
		return false, true
	}
	return false, false
}

// speakerLabel reads the label that opens a paragraph of a verbatim
// report: "De heer Jansen (SP):", "Mevrouw De Vries (D66):", "Minister Van
// Dijk:", "Staatssecretaris Teeven:", "De voorzitter:". ok is false when
// the paragraph opens with none; chair is true for the chair, member the
// member's words, and neither for a member of the government.
func speakerLabel(text string) (member string, chair, ok bool) {
	c := strings.IndexByte(text[:min(len(text), 90)], ':')
	if c <= 0 || c > 80 || c+1 < len(text) && text[c+1] != ' ' && text[c+1] != '\n' {
		return "", false, false
	}
	label := strings.TrimSpace(text[:c])
	lower := strings.ToLower(label)
	words := strings.Fields(label)
	switch {
	case lower == "de voorzitter":
		return "", true, true
	case strings.HasPrefix(lower, "de heer ") || strings.HasPrefix(lower, "mevrouw ") || strings.HasPrefix(lower, "het lid "):
		if len(words) > 8 {
			return "", false, false
		}
		for _, w := range words[2:] {
			if strings.Trim(w, "()") == "" {
				return "", false, false
			}
		}
		if !strings.HasPrefix(lower, "mevrouw ") && !startsUpper(strings.Trim(words[2], "(")) {
			return "", false, false
		}
		return lowerFirst(label), false, true
	case strings.HasPrefix(lower, "minister") || strings.HasPrefix(lower, "staatssecretaris") ||
		strings.HasPrefix(lower, "de minister") || strings.HasPrefix(lower, "de staatssecretaris"):
		if len(words) > 8 {
			return "", false, false
		}
		return "", false, true
	}
	return "", false, false
}

// questionOpener reports whether a paragraph opens a question of
// Kamervragen ("Vraag 3", "Vragen van het lid …") and answerOpener one of
// its answers ("Antwoord 3", "Antwoord van minister …"). Kamervragen are
// put by members by name ("Vragen van de leden Jansen en De Vries (beiden
// SP)"); a heading that names a group ("Vragen van de leden van de
// VVD-fractie") opens the group's contribution to a written consultation,
// whose statements are the group's own.
func questionOpener(text string) bool {
	text = strings.TrimLeft(text, "•·- \t") // " • Vraag 1" (openkamer.org)
	if rest, ok := strings.CutPrefix(text, "Vraag "); ok {
		return rest != "" && unicode.IsDigit(rune(rest[0]))
	}
	if rest, ok := strings.CutPrefix(text, "Vragen van de leden"); ok {
		return !namesGroup(rest)
	}
	return strings.HasPrefix(text, "Vragen van het lid")
}

// namesGroup reports whether a heading's words name a parliamentary group
// ("van de VVD-fractie", "der fractie van de SP", "van de fracties").
func namesGroup(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,:;()"))
		if w == "fractie" || w == "fracties" || strings.HasSuffix(w, "-fractie") || strings.HasSuffix(w, "-fracties") {
			return true
		}
	}
	return false
}

// answersLabelled reports whether the document labels its answers
// ("Antwoord 1", "Antwoord van minister …"): a question then runs up to
// the next answer; where none is labelled (the layout of openkamer.org, "
// • Vraag 1" and the question in one paragraph, the answer in the next),
// the question is its own paragraph only.
func (x *extraction) answersLabelled() bool {
	// a paragraph or a sentence that opens with the label; not the
	// document's heading "Antwoord van minister … (ontvangen …)"
	t := x.doc.Text
	for k := strings.Index(t, "Antwoord"); k >= 0; {
		rest := t[k:]
		if (k == 0 || t[k-1] == '\n' || t[k-1] == ' ') && answerOpener(rest) && !strings.HasPrefix(rest, "Antwoord van ") {
			return true
		}
		n := strings.Index(t[k+1:], "Antwoord")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// labelOnly reports whether a question's paragraph is its label alone
// ("Vraag 2", "Vraag 1 en 2:"), the question in the paragraphs after it.
func labelOnly(text string) bool {
	for _, w := range strings.Fields(strings.TrimLeft(text, "•·- \t")) {
		w = strings.TrimRight(w, ":.")
		if w != "Vraag" && w != "en" && w != "" && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

func answerOpener(text string) bool {
	rest, ok := strings.CutPrefix(text, "Antwoord")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == ':' || rest[0] == '\n')
}

// isQuestion reports whether the sentence asks: it ends with a question
// mark. A question holds no stance of whoever it names.
func (sc *sentenceCtx) isQuestion() bool {
	digits := 0
	for k := sc.sent.End - sc.x.doc.Paragraphs[sc.para].Start - 1; k >= 0 && k < len(sc.rs); k-- {
		switch r := sc.rs[k]; {
		case r == '?':
			return true
		case unicode.IsSpace(r) || r == ')' || r == '"' || r == '”' || r == '’':
			continue
		case unicode.IsDigit(r) && digits < 2:
			digits++ // a footnote marker: "…?1"
			continue
		default:
			return false
		}
	}
	return false
}

// infoWords are what a request for information asks for: "vragen de
// regering om een nadere toelichting", "verzoeken de regering de Kamer te
// informeren".
var infoWords = map[string]bool{"toelichting": true, "toelichten": true, "toe": true, "reactie": true,
	"reageren": true, "informeren": true, "uitleg": true, "verduidelijking": true, "verduidelijken": true,
	"informatie": true, "overzicht": true, "onderbouwing": true, "appreciatie": true, "uiteen": true,
	"schetsen": true, "aangeven": true, "aan": true, "hoe": true, "welke": true, "waarom": true, "wat": true,
	"antwoord": true, "beantwoorden": true, "brief": true, "inzicht": true, "nader": true, "nadere": true,
	"bevestigen": true, "reflecteren": true, "beschrijven": true, "verklaren": true, "motiveren": true,
	"uitleggen": true, "toelichtingen": true, "reflectie": true}

// questionQuantifiers announce a list of questions: "hebben nog enkele
// vragen over", "hebben allereerst wat algemene vragen over".
var questionQuantifiers = map[string]bool{"enkele": true, "aantal": true, "wat": true, "volgende": true,
	"enige": true, "diverse": true, "verschillende": true, "aanvullende": true, "nadere": true, "algemene": true,
	"specifieke": true, "concrete": true, "technische": true, "paar": true, "twee": true, "drie": true, "vier": true}

// announcesQuestions reports whether a cue "heeft … vragen over" announces
// the questions that follow rather than doubts.
func (sc *sentenceCtx) announcesQuestions(h cueHit) bool {
	if h.def.stance != stConcern {
		return false
	}
	isVragen := false
	for _, k := range h.fixed {
		if sc.toks[k].lower == "vragen" {
			isVragen = true
		}
	}
	if !isVragen {
		return false
	}
	for k := h.first() + 1; k < h.last(); k++ {
		if questionQuantifiers[sc.toks[k].lower] {
			return true
		}
	}
	return false
}

// infoRequest reports whether a request cue ("vraagt … om", "verzoekt …
// te") asks for information rather than for an action: no position.
func (sc *sentenceCtx) infoRequest(h cueHit) bool {
	if h.def.stance != stSupport {
		return false
	}
	request := false
	for _, k := range h.fixed {
		// "vraagt", "verzoekt"; "heeft … gevraagd", "heeft … verzocht"
		if w := sc.toks[k].lower; strings.HasPrefix(w, "vra") || strings.HasPrefix(w, "vroe") || strings.HasPrefix(w, "verzo") ||
			w == "gevraagd" {
			request = request || k == h.first() || w == "gevraagd" || w == "verzocht"
		}
	}
	if !request {
		return false
	}
	end := clauseEndToken(sc.rs, sc.toks, h.last(), false)
	for j := h.first() + 1; j <= end && j < len(sc.toks); j++ {
		if j+2 < len(sc.toks) && sc.toks[j+1].lower == "te" && (sc.toks[j].lower == "in" && sc.toks[j+2].lower == "gaan" ||
			sc.toks[j].lower == "uit" && sc.toks[j+2].lower == "leggen") {
			return true // "in te gaan op", "uit te leggen"
		}
		if j+2 < len(sc.toks) && sc.toks[j].lower == "na" && sc.toks[j+1].lower == "te" && sc.toks[j+2].lower == "gaan" ||
			j > 0 && sc.toks[j-1].lower == "te" && studyVerbs[sc.toks[j].lower] {
			// a study or an advice asked of a body ("heeft de ACVZ
			// gevraagd om na te gaan hoe …", "… de aanpak te
			// evalueren"): knowledge asked for, no stance
			return true
		}
		if infoWords[sc.toks[j].lower] {
			if sc.toks[j].lower == "aan" && !(j+2 < len(sc.toks) && sc.toks[j+1].lower == "te" && sc.toks[j+2].lower == "geven") {
				continue
			}
			if sc.toks[j].lower == "toe" && !(j+2 < len(sc.toks) && sc.toks[j+1].lower == "te" && sc.toks[j+2].lower == "lichten") {
				continue
			}
			return true
		}
	}
	return false
}

// studyVerbs ask for a study or an advice.
var studyVerbs = map[string]bool{"onderzoeken": true, "evalueren": true, "analyseren": true, "adviseren": true,
	"inventariseren": true, "bestuderen": true}

// firstPerson are the pronouns of the speaker.
var firstPerson = map[string]bool{"ik": true, "wij": true, "we": true, "mij": true}

// copulaVoor reports whether "is voor" (subjectFirst) is support: its actor
// stands right before it and a noun phrase follows that no adjective of
// another reading closes ("zijn voor een gezamenlijke aanpak", not "is voor
// de Commissie van belang" or "was voor het eerst").
func (sc *sentenceCtx) copulaVoor(h cueHit, a posActor) bool {
	if a.t0 < 0 || a.t1 != h.first() {
		return false
	}
	n := h.last() + 1
	if n >= len(sc.toks) || !determiners[sc.toks[n].lower] && sc.toks[n].lower != "meer" && sc.toks[n].lower != "strengere" {
		return false
	}
	end := clauseEndToken(sc.rs, sc.toks, h.last(), true)
	for j := n; j <= end && j < len(sc.toks); j++ {
		switch sc.toks[j].lower {
		case "eerst", "belang", "belangrijk", "nodig", "noodzakelijk", "bedoeld", "beschikbaar", "verantwoordelijk",
			"mogelijk", "toegankelijk", "relevant", "essentieel", "cruciaal", "gereserveerd", "zorgen", "hand", "zover":
			return false
		}
	}
	return true
}

// firstPersonNext reports whether "ik" or "wij" stands right before or
// after the cue, or right after its first word ("verzoek [ik] u … in te
// stemmen met").
func (sc *sentenceCtx) firstPersonNext(h cueHit) bool {
	f, l := h.first(), h.last()
	return f > 0 && firstPerson[sc.toks[f-1].lower] || l+1 < len(sc.toks) && firstPerson[sc.toks[l+1].lower] ||
		f+1 < len(sc.toks) && firstPerson[sc.toks[f+1].lower] || sc.coordinatedWithIk(f)
}

// coordinatedWithIk reports whether the verb at token f is coordinated
// with "en" to the verb of a clause whose subject "ik" opens the sentence:
// "Ik heb de agenda gelezen en steun het voorstel", the first person form
// without its pronoun.
func (sc *sentenceCtx) coordinatedWithIk(f int) bool {
	toks := sc.toks
	s := sc.labelEnd() // "De heer Jansen (SP): Ik heb … en steun …"
	if f < s+3 || toks[f-1].lower != "en" || toks[s].lower != "ik" {
		return false
	}
	for j := s + 1; j < f; j++ {
		if strings.ContainsAny(string(sc.rs[toks[j-1].end:toks[j].start]), ",;:") || subordinators[toks[j].lower] || toks[j].lower == "dat" {
			return false
		}
	}
	return true
}

// dropWeakCues drops the cues whose words have another reading here, before
// they cut the subject of a cue before them: "is voor" without its actor
// right before it or a noun phrase after it, "steun" without "ik".
func (sc *sentenceCtx) dropWeakCues(hits []cueHit, actors []posActor) []cueHit {
	out := hits[:0:0]
	for _, h := range hits {
		f := h.def.flags
		if f&firstPersonOnly != 0 && !sc.firstPersonNext(h) {
			continue
		}
		if f&subjectFirst != 0 {
			ok := false
			for _, c := range actors {
				if c.t1 == h.first() && c.prep == "" && sc.copulaVoor(h, c) {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// stripQuestionLabel drops the label "Vraag 3" or "Vraag 3:" that opens a
// question of Kamervragen.
func stripQuestionLabel(q string) string {
	rest, ok := strings.CutPrefix(q, "Vraag ")
	if !ok {
		return q
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return q
	}
	return strings.TrimLeft(rest[i:], ": ")
}

// askWords open the question a member asks: "vragen (de regering) of /
// hoe / waarom …", "informeren naar".
var askWords = map[string]bool{"of": true, "hoe": true, "waarom": true, "welke": true, "wat": true, "wanneer": true,
	"hoeverre": true, "waarin": true, "naar": true, "wie": true, "waar": true}

// askVerbs ask a question.
var askVerbs = map[string]bool{"vraag": true, "vragen": true, "vraagt": true, "vroeg": true, "vroegen": true, "informeren": true,
	"informeert": true, "informeerden": true, "weten": true, "vernemen": true}

// askedAbout reports whether the cue stands in a question a speaker puts
// ("De leden vragen de regering of het kabinet het voorstel steunt",
// "Deze leden vragen hoe …", "informeren naar de mate waarin …"): a
// question verb (not "te informeren") before the cue, and a question word
// between them.
func (sc *sentenceCtx) askedAbout(h cueHit) bool {
	toks := sc.toks
	q := false
	for k := h.first() - 1; k > 0; k-- {
		w := toks[k].lower
		if askWords[w] {
			q = true
		}
		if q && askVerbs[w] && toks[k-1].lower != "te" {
			if w == "informeren" || w == "informeert" || w == "informeerden" {
				return k+1 < len(toks) && toks[k+1].lower == "naar"
			}
			return true
		}
	}
	return false
}

// motionVerbs open the operative clauses of a motion: "verzoekt de
// regering …", "roept de regering op …", "spreekt uit dat …".
var motionVerbs = map[string]bool{"verzoekt": true, "roept": true, "spreekt": true, "draagt": true}

// motionClause reports whether cue h opens an operative clause of a motion
// ("De Kamer, gehoord de beraadslaging, … verzoekt de regering …"): the
// clause starts in lower case with the cue's verb, and the document holds
// the motion's opening formula.
func (sc *sentenceCtx) motionClause(h cueHit) bool {
	if h.first() != 0 || len(sc.toks) == 0 || !motionVerbs[sc.toks[0].lower] || startsUpper(sc.toks[0].text) {
		return false
	}
	return strings.Contains(sc.x.doc.Text, "gehoord de beraadslaging")
}

// memberPronoun is the antecedent of a pronoun subject that opens a
// paragraph of a parliamentary report ("De leden van de D66-fractie
// hebben nog enkele vragen. ¶ Zij steunen …", "De heer Jansen (SP) … ¶
// Hij is kritisch over …"): the member or group named last, when the
// pronoun fits it: "hij" a man ("de heer", "het lid", "Kamerlid"), "zij"
// and "ze" any but a man.
func (sc *sentenceCtx) memberPronoun(a posActor) (posActor, bool) {
	if sc.members == nil || sc.si != 0 || a.t0 < 0 {
		return posActor{}, false
	}
	m := *sc.members
	l := strings.ToLower(m.words)
	man := strings.HasPrefix(l, "de heer ") || strings.HasPrefix(l, "het lid ") || strings.HasPrefix(l, "kamerlid ")
	switch sc.toks[a.t0].lower {
	case "hij":
		if !man {
			return posActor{}, false
		}
	case "zij", "ze":
		if man {
			return posActor{}, false
		}
	default:
		return posActor{}, false
	}
	m.t0, m.t1, m.prep = a.t0, a.t1, ""
	m.words = lowerFirst(m.words)
	return m, true
}

// invertedMemberHits reads the cues whose gap holds an inverted member, a
// group or the minister, which counts as one word as a pronoun subject
// does: "Daarom zijn de leden van de VVD-fractie voorstander van …",
// "Wel heeft de heer Jansen (SP) grote moeite met …", "Daarom is
// voornoemde leden / mijn fractie / hij tegen …", "Daarom is de minister
// van Justitie en Veiligheid tevreden over …". The cues are found again
// over the tokens with each such subject standing as "zij", and those that
// span it are added where no cue holds their words.
func (sc *sentenceCtx) invertedMemberHits(hits []cueHit) []cueHit {
	toks := sc.toks
	if len(toks) < 4 || !sc.mayNameMembers() && !sc.namesMinisterOrHim() {
		return hits
	}
	var spans [][2]int
	for _, a := range sc.actorCandidates() {
		if a.t0 <= 0 || a.prep != "" || a.t1 > len(toks) {
			continue
		}
		switch {
		case a.member && (a.t1 > a.t0+1 || toks[a.t0].lower == "hij"):
		case a.cabinet && a.t1 > a.t0+1:
		case a.pronoun && toks[a.t0].lower == "hij":
		default:
			continue
		}
		if len(spans) > 0 && a.t0 < spans[len(spans)-1][1] {
			continue
		}
		spans = append(spans, [2]int{a.t0, a.t1})
	}
	if len(spans) == 0 {
		return hits
	}
	// keep[k] is the original index of token k of the shortened sentence
	var keep []int
	var short []token
	for i, s := 0, 0; i < len(toks); i++ {
		if s < len(spans) && i == spans[s][0] {
			t := toks[i]
			t.text, t.lower = "zij", "zij"
			short = append(short, t)
			keep = append(keep, i)
			i = spans[s][1] - 1
			s++
			continue
		}
		short = append(short, toks[i])
		keep = append(keep, i)
	}
	added := false
	for _, h := range findCues(sc.rs, short) {
		f := make([]int, len(h.fixed))
		for k, j := range h.fixed {
			f[k] = keep[j]
		}
		g := cueHit{def: h.def, fixed: f}
		spansSubject := false
		for _, s := range spans {
			if g.first() < s[0] && g.last() >= s[1]-1 && !slices.Contains(g.fixed, s[0]) && !namedInGap(toks, g, s) {
				spansSubject = true
			}
		}
		if !spansSubject {
			continue
		}
		// a cue word inside the subject's name is no cue ("is [de vaste
		// commissie voor] Justitie": not "is … voor")
		kept := hits[:0:0]
		for _, o := range hits {
			inside := false
			for _, j := range o.fixed {
				for _, s := range spans {
					if j > s[0] && j < s[1] && g.first() < s[0] && g.last() >= s[1]-1 {
						inside = true
					}
				}
			}
			if !inside {
				kept = append(kept, o)
			}
		}
		if judgementOverlaps(g, kept) {
			continue
		}
		hits = append(kept, g)
		added = true
	}
	if added {
		sortHits(hits)
	}
	return hits
}

// namedInGap reports whether the gap of cue g holds a capitalised word
// besides the subject span s: another participant ("heeft de
// Staatssecretaris het Kamerlid Podt (D66) toegezegd"), whose cue is not
// the subject's alone.
func namedInGap(toks []token, g cueHit, s [2]int) bool {
	for j := g.first() + 1; j < g.last(); j++ {
		if (j < s[0] || j >= s[1]) && !slices.Contains(g.fixed, j) && startsUpper(toks[j].text) {
			return true
		}
	}
	return false
}

// namesMinisterOrHim reports whether the sentence holds "minister",
// "staatssecretaris" or "hij", which may stand inverted in a cue's gap.
func (sc *sentenceCtx) namesMinisterOrHim() bool {
	for _, t := range sc.toks {
		switch t.lower {
		case "minister", "staatssecretaris", "hij":
			return true
		}
	}
	return false
}

// requestTeDef is the row of a request with a te-infinitive and no "om":
// "De leden vragen de regering zich in te zetten voor …", "draagt de
// regering op … te": support of what is asked (docs/stances.md,
// Requests), none when it asks for information (infoRequest).
var requestTeDef = &cueDef{stance: stSupport, pattern: "vraagt <addressee> … te", obj: objAfter}

// addresseeRequestVerbs ask ("vragen") or order ("opdragen", with "op" after the
// addressee) an addressee to act.
var addresseeRequestVerbs = map[string]bool{"vraag": true, "vraagt": true, "vragen": true, "vroeg": true, "vroegen": true,
	"draagt": true, "dragen": true, "droeg": true, "droegen": true,
	"verzoek": true, "verzoekt": true, "verzoeken": true, "verzocht": true, "verzochten": true}

// requestTeHits adds "vragen <addressee> … te <verb>": the addressee one
// of the government ("de regering", "het kabinet", "de minister (van
// …)"), a te-infinitive in the clause after it, no question word between
// ("vragen de regering of …" asks). An inverted subject may stand between
// verb and addressee ("Daarom vragen de leden van de VVD-fractie de
// regering …"), and in a subordinate clause the addressee before the verb
// ("dat zij de regering vragen …"). The fixed words are the verb and the
// addressee, so that what is asked is the subject.
func (sc *sentenceCtx) requestTeHits(hits []cueHit) []cueHit {
	toks := sc.toks
	lw := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].lower
	}
	// addressee reads "de regering", "de minister van Justitie en
	// Veiligheid" from token k and returns its last token
	addressee := func(k int) (int, bool) {
		if lw(k) != "de" && lw(k) != "het" || !requestAddressees[lw(k+1)] {
			return 0, false
		}
		e := k + 1
		if (lw(e+1) == "van" || lw(e+1) == "voor") && e+2 < len(toks) && startsUpper(toks[e+2].text) {
			e += 2
			for e+1 < len(toks) && (startsUpper(toks[e+1].text) || lw(e+1) == "en" && e+2 < len(toks) && startsUpper(toks[e+2].text)) {
				e++
			}
		}
		return e, true
	}
	for i := range toks {
		w := toks[i].lower
		if !addresseeRequestVerbs[w] || i+1 >= len(toks) {
			continue
		}
		fixed := []int{}
		last := -1
		if e, ok := addressee(i + 1); ok && !(lw(i+2) == "commissie" && sc.addresseeAfterSubject(i+1, addressee) > 0) {
			fixed, last = []int{i, e}, e
		} else if e := sc.addresseeAfterSubject(i+1, addressee); e > 0 {
			fixed, last = []int{i, e}, e // "Daarom vragen de leden … de regering"
		} else if a := sc.addresseeBefore(i - b2i(lw(i-1) == "willen" || lw(i-1) == "wil")); a > 0 {
			// "dat zij de regering vragen …", "Ik zou de minister-president
			// willen vragen …"
			fixed, last = []int{a, i}, i
		} else {
			continue
		}
		if strings.HasPrefix(w, "dr") {
			if lw(last+1) != "op" {
				continue // "draagt de regering op": an order
			}
			last++
			fixed[len(fixed)-1] = last
		}
		if last+1 >= len(toks) || lw(last+1) == "om" {
			continue // "vragen de regering om …": the table's row
		}
		end := clauseEndToken(sc.rs, toks, last, false)
		te := false
		for k := last + 1; k <= end && k+1 < len(toks); k++ {
			if askWords[toks[k].lower] && toks[k].lower != "naar" || toks[k].lower == "dat" {
				break
			}
			if toks[k].lower == "te" {
				te = true
				break
			}
		}
		if !te || sc.infoRequest(cueHit{def: requestTeDef, fixed: []int{i, last}}) {
			continue
		}
		h := cueHit{def: requestTeDef, fixed: fixed}
		// the table's own reading of the verb ("verzoekt … te") gives way,
		// and so do the cues inside what is asked ("zich in te zetten
		// voor"): the request's object, not the addressee's stance
		out := hits[:0:0]
		for _, g := range hits {
			if g.first() == i || g.first() > last && g.first() <= end {
				continue
			}
			if g.first() < fixed[0] && g.last() > last && g.last() <= end {
				continue // "zou … willen vragen het voorstel te blokkeren": not "zou … blokkeren"
			}
			out = append(out, g)
		}
		if judgementOverlaps(h, out) {
			continue
		}
		hits = append(out, h)
		sortHits(hits)
		break
	}
	return hits
}

// addresseeBefore reads the addressee that ends right before token k ("de
// regering", "de minister-president") and returns its first token, the
// article, or 0.
func (sc *sentenceCtx) addresseeBefore(k int) int {
	toks := sc.toks
	h := k - 1
	if h < 2 || !sc.plainGap(h, k) {
		return 0
	}
	if toks[h].lower == "president" && hyphenJoined(sc.rs, toks[h-1], toks[h]) && toks[h-1].lower == "minister" {
		h-- // "minister-president", split at its hyphen
	} else if !requestAddressees[toks[h].lower] {
		return 0
	}
	if d := toks[h-1].lower; h >= 2 && (d == "de" || d == "het") {
		return h - 1
	}
	return 0
}

// addresseeAfterSubject reads an inverted subject from token k (a member
// or group, a pronoun) and the addressee after it; it returns the
// addressee's last token, or 0.
func (sc *sentenceCtx) addresseeAfterSubject(k int, addressee func(int) (int, bool)) int {
	lw := func(j int) string {
		if j < 0 || j >= len(sc.toks) {
			return ""
		}
		return sc.toks[j].lower
	}
	n := 0
	switch w := lw(k); {
	case w == "ik" || w == "wij" || w == "we" || w == "hij" || w == "zij" || w == "ze":
		n = k + 1
	case (w == "mijn" || w == "onze") && lw(k+1) == "fractie":
		n = k + 2
	default:
		a, ok := sc.memberActor(k, lw)
		if !ok || a.t0 != k {
			return 0
		}
		n = a.t1
	}
	if e, ok := addressee(n); ok {
		return e
	}
	return 0
}

// dropLabelActors drops the actors inside the speaker's label that opens
// the paragraph ("Minister Van Dijk: Daarom steun ik …", "De heer Jansen
// (SP): Daarom steunt mijn fractie …"): the label gives the turn, its name
// is no subject of the sentence.
func (sc *sentenceCtx) dropLabelActors(actors []posActor) []posActor {
	if len(actors) == 0 {
		return actors
	}
	e := sc.labelEnd()
	if e == 0 {
		return actors
	}
	out := actors[:0:0]
	for _, a := range actors {
		if a.t0 >= 0 && a.t1 > 0 && a.t1 <= e {
			continue
		}
		out = append(out, a)
	}
	return out
}

// labelEnd is the first token after the speaker's label that opens the
// sentence's paragraph ("Minister Van Dijk: Daarom …"), 0 when there is
// none.
func (sc *sentenceCtx) labelEnd() int {
	if sc.si != 0 {
		return 0
	}
	if _, _, ok := speakerLabel(strings.TrimSpace(sc.x.doc.Paragraphs[sc.para].Text)); !ok {
		return 0
	}
	for k := 0; k < len(sc.rs) && k < 90; k++ {
		if sc.rs[k] != ':' {
			continue
		}
		for j, t := range sc.toks {
			if t.start > k {
				return j
			}
		}
		return 0
	}
	return 0
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
