package ingest

import (
	"iter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"jhagraph/graph"
)

// Extract turns a parsed document into its graph. It is deterministic:
// entities are unique per (kind, key) and sorted by kind and key; relations
// are unique per (type, from, to) and sorted by type, from and to. Each
// relation carries the evidence of its first occurrence in reading order (a
// footnote is read where its marker stands) and, for relations read from
// mentions, Props "ref" (the first occurrence as written) and "occurrences".
//
// Relations:
//
//	Person -SIGNED-> Document            {office, order}       signature block
//	Person -HELD_OFFICE-> Office         {date}                signature block
//	Document -CITES-> LegalAct           {ref, occurrences}    cited by number ("Richtlijn 2011/98/EU")
//	Document -MENTIONS-> LegalAct        {ref, occurrences}    named without number ("GVVA-richtlijn")
//	Document -CITES-> Document           {ref, occurrences}    Kamerstuk citations
//	Document -ANNOTATES-> CouncilMeeting {ref, occurrences}    the meeting whose agenda the letter annotates
//	Document -REPORTS_ON-> CouncilMeeting                      the meeting the letter reports on
//	Document -MENTIONS-> CouncilMeeting                        other meetings
//	Document -MENTIONS-> Country, Organisation
//
// A relation first read in a footnote also has Props "footnote" (its
// number) and "anchor", "anchorStart", "anchorEnd": the body sentence that
// carries the marker. A meeting whose written year the letter's date shows
// to be wrong has "yearCorrected": true and "writtenYear" on its relation.
//
// The document key is kst-<dossier>-<number>. The number comes from the
// publisher's metadata (meta), the text ("Nr. 867") or the file name
// (kst-32317-867.txt); the dossier from the metadata, the text's dossier
// line, the file name, or else from the letter's own citations of the same
// series: the cited Kamerstuk with the highest number below the letter's
// own, at most 100 below it, gives the dossier, and Document.DossierInferred
// is set. A document that is not a Kamerstuk has a key of another kind (see
// document). The publisher's metadata wins over the text; their
// disagreements are kept in Document.Discrepancies. When no key can be
// found, or the text or the metadata contradict the file name, Extract
// returns an *Error.
func Extract(doc *Doc, meta Meta) (graph.DocumentGraph, error) {
	return extract(doc, meta, false)
}

// extract is Extract; clauseOnly reads positions with the clause fallback
// alone (clause.go), for measuring it (positions_clause_test.go).
func extract(doc *Doc, meta Meta, clauseOnly bool) (graph.DocumentGraph, error) {
	x := newExtraction(doc)
	x.clauseOnly = clauseOnly
	kcites := x.kstCites()
	d, err := x.document(meta, kcites)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	x.key = d.Key
	x.date = d.Date
	letter, haveLetter := parseISO(d.Date)
	d.Discrepancies = append(d.Discrepancies, x.signatures(d.Date, meta)...)
	x.heldOffices(d.Date)
	if haveLetter {
		x.year = letter.Year()
	}
	x.acts()
	x.citations(kcites)
	x.procedure = kamerProcedure(d.Kind) || kamerProcedure(d.Title) || x.kamerRecordHead() // meetings_usage.go
	x.title = d.Title
	x.titleCitations() // kst.go
	x.meetings(letter, haveLetter)
	x.countries()
	x.organisations()
	mentions := x.agenda()
	x.positions(d.Date)
	x.agendaConcerns()
	x.attendance()
	x.events(mentions, letter, haveLetter)
	return x.graph(d), nil
}

// extraction holds the state of one Extract call.
type extraction struct {
	doc      *Doc
	text     []rune
	byteAt   []int32 // byte offset in doc.Text of each rune of text, and of its end; nil unless doc.Text is valid UTF-8
	key      string
	paras    []paraInfo
	entities map[graph.Ref]*graph.Entity
	rels     map[relKey]*relAcc
	places   []Span // places of council meetings, not countries
	date     string // the letter's date (ISO); "" when unknown

	// A scratch copy (see scratch) scans only paragraph only, read as
	// masked when that is set.
	scratchOnly bool
	only        int
	masked      *paraInfo

	// clauseOnly: positions come from the clause fallback alone, not the
	// cue table (a measurement of the fallback, never set by Extract)
	clauseOnly bool

	// What x.meetings settled, kept for the later passes: the meetings
	// each paragraph names and the agenda layout they give. Set by
	// x.meetings; nil before.
	placed [][]placedMeeting
	layout *agendaLayout

	// procedure: the document records a procedure of the Kamer (the
	// report of a written consultation or a committee debate), so the
	// Council agendas and reports it names are its subject matter, not
	// itself: it mentions their meetings.
	procedure bool

	// year is the letter's year, 0 when unknown: what some names of acts
	// mean depends on it (acts_proposals.go).
	year int
	// title is the document's title (the publisher's, else the text's).
	title string
	// slipped are the meetings an opening sentence offers as annotated
	// against the publisher's title (publisherTitleMeeting): "hieraan"
	// after it is the title's meeting.
	slipped []graph.Ref

	// concerns are what the agenda items may CONCERN, kept by x.agenda
	// until x.positions has found who takes a stance (actorSpans): the
	// holders of a stance are speakers, no topic (agendaConcerns).
	concerns   []itemConcerns
	actorSpans []Span
}

type paraInfo struct {
	text     string // the paragraph's text (masked in a scratch copy); see str
	lazy     bool   // text is not built yet: it is string(runes)
	runes    []rune
	toks     []token
	footnote int // index in doc.Footnotes, or -1
	found    *paraFound
}

// paraFound holds what the finders read in one paragraph text, each
// computed once: the finders are pure functions of the text, and
// x.mentions runs them again over the same paragraphs.
type paraFound struct {
	acts, actNames, ksts, countries, orgs, meetings bool // computed

	actCites    []actCite
	actMatches  []match
	kstCites    []kstCite
	countryWord []match
	orgMatches  []match
	meetingMs   []meetingMention
}

// newParaInfo reads a paragraph: rs is []rune(text).
func newParaInfo(text string, rs []rune, footnote int) paraInfo {
	all := "" // string(rs), which is text when text is valid UTF-8
	if utf8.ValidString(text) {
		all = text
	}
	return paraInfo{text: text, runes: rs, toks: tokenizeText(rs, all), footnote: footnote, found: &paraFound{}}
}

// str is the paragraph's text.
func (pi *paraInfo) str() string {
	if pi.lazy {
		pi.text, pi.lazy = string(pi.runes), false
	}
	return pi.text
}

func (pi *paraInfo) findActs() []actCite {
	if f := pi.found; !f.acts {
		f.acts, f.actCites = true, findActs(pi.str())
	}
	return pi.found.actCites
}

func (pi *paraInfo) actNames() []match {
	if f := pi.found; !f.actNames {
		f.actNames, f.actMatches = true, actIndex().names.scan(pi.runes, pi.toks)
	}
	return pi.found.actMatches
}

func (pi *paraInfo) findKsts() []kstCite {
	if f := pi.found; !f.ksts {
		f.ksts = true
		if text := pi.str(); strings.Contains(text, "Kamerstuk") || hasBareKst(text) {
			f.kstCites = findKsts(text)
		}
	}
	return pi.found.kstCites
}

func (pi *paraInfo) countries() []match {
	if f := pi.found; !f.countries {
		f.countries, f.countryWord = true, findCountries(pi.runes, pi.toks)
	}
	return pi.found.countryWord
}

func (pi *paraInfo) orgs() []match {
	if f := pi.found; !f.orgs {
		f.orgs, f.orgMatches = true, findOrgs(pi.runes, pi.toks)
	}
	return pi.found.orgMatches
}

func (pi *paraInfo) findMeetings() []meetingMention {
	if f := pi.found; !f.meetings {
		f.meetings, f.meetingMs = true, findMeetings(pi.str())
	}
	return pi.found.meetingMs
}

// para is paragraph i as the finders read it: in a scratch copy, the kept
// paragraph with its masks blanked.
func (x *extraction) para(i int) *paraInfo {
	if x.masked != nil && i == x.only {
		return x.masked
	}
	return &x.paras[i]
}

// scanRange is the range of paragraphs the finders look at: all, or in a
// scratch copy the one kept.
func (x *extraction) scanRange() (lo, hi int) {
	if x.scratchOnly {
		return x.only, x.only + 1
	}
	return 0, len(x.doc.Paragraphs)
}

type relKey struct {
	t        graph.RelType
	from, to graph.Ref
}

// occurrence is one reading of a relation in the text.
type occurrence struct {
	para  int
	span  Span // of the mention, absolute
	ref   string
	props map[string]any
	// meta is the evidence of a fact only the publisher's metadata
	// states (para is -1 then): see publisherSignatures.
	meta *graph.Evidence
}

type relAcc struct {
	key     relKey
	first   occurrence
	pos     [3]int
	count   int
	counted bool           // report "ref" and "occurrences"
	sticky  map[string]any // props that hold when any occurrence has them; nil when none
}

func (acc *relAcc) setSticky(k string, v any) {
	if acc.sticky == nil {
		acc.sticky = map[string]any{}
	}
	acc.sticky[k] = v
}

func newExtraction(doc *Doc) *extraction {
	x := &extraction{doc: doc, text: []rune(doc.Text), entities: map[graph.Ref]*graph.Entity{}, rels: map[relKey]*relAcc{}}
	if utf8.ValidString(doc.Text) && len(doc.Text) < 1<<31 {
		x.byteAt = make([]int32, 0, len(x.text)+1)
		for i := range doc.Text {
			x.byteAt = append(x.byteAt, int32(i))
		}
		x.byteAt = append(x.byteAt, int32(len(doc.Text)))
	}
	x.paras = make([]paraInfo, 0, len(doc.Paragraphs))
	for _, p := range doc.Paragraphs {
		var rs []rune
		if x.byteAt != nil && 0 <= p.Start && p.Start <= p.End && p.End < len(x.byteAt) && x.str(p.Start, p.End) == p.Text {
			rs = x.text[p.Start:p.End:p.End] // the document's text holds the paragraph where its span says
		} else {
			rs = []rune(p.Text)
		}
		x.paras = append(x.paras, newParaInfo(p.Text, rs, -1))
	}
	for i, f := range doc.Footnotes {
		x.paras[f.Para].footnote = i
	}
	return x
}

// str is string(x.text[a:b]), cut from the document's text when it can be.
func (x *extraction) str(a, b int) string {
	if x.byteAt != nil {
		return x.doc.Text[x.byteAt[a]:x.byteAt[b]]
	}
	return string(x.text[a:b])
}

// scanned reports whether entities are looked for in paragraph i: all but
// signature blocks, which Extract reads as signatures.
// In a scratch copy only the paragraph kept is.
func (x *extraction) scanned(i int) bool {
	if x.scratchOnly && i != x.only {
		return false
	}
	return x.doc.Paragraphs[i].Kind != ParaSignature
}

// scannedParas yields the index of each paragraph in scanRange that the
// finders scan.
func (x *extraction) scannedParas() iter.Seq[int] {
	return func(yield func(int) bool) {
		lo, hi := x.scanRange()
		for i := lo; i < hi; i++ {
			if x.scanned(i) && !yield(i) {
				return
			}
		}
	}
}

// abs converts a byte offset in paragraph i to an absolute rune offset.
func (x *extraction) abs(i, b int) int {
	return x.doc.Paragraphs[i].Start + utf8.RuneCountInString(x.para(i).str()[:b])
}

func (x *extraction) addEntity(e graph.Entity) graph.Ref {
	ref := e.Ref()
	old, ok := x.entities[ref]
	if !ok {
		x.entities[ref] = &e
		return ref
	}
	old.Aliases = uniqueStrings(append(old.Aliases, e.Aliases...), old.Name)
	if e.Name != old.Name {
		old.Aliases = uniqueStrings(append(old.Aliases, e.Name), old.Name)
	}
	for k, v := range e.Props {
		if cur, ok := old.Props[k]; !ok || cur == false && v == true {
			if old.Props == nil {
				old.Props = map[string]any{}
			}
			old.Props[k] = v
		}
	}
	return ref
}

func (x *extraction) docRef() graph.Ref { return graph.Ref{Kind: graph.KindDocument, Key: x.key} }

// readingPos orders occurrences as a reader meets them: a footnote where
// its marker stands, after the text up to the marker.
func (x *extraction) readingPos(o occurrence) [3]int {
	if o.para < 0 {
		return [3]int{-1, 0, 0} // the metadata comes before the text
	}
	fi := x.paras[o.para].footnote
	if fi < 0 {
		return [3]int{o.span.Start, 0, o.span.Start}
	}
	f := x.doc.Footnotes[fi]
	anchor := x.doc.Paragraphs[f.Para].Start
	if f.Marker >= 0 {
		anchor = x.doc.Markers[f.Marker].End
	}
	return [3]int{anchor, 1, o.span.Start}
}

func less3(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// relate records one occurrence of a relation.
func (x *extraction) relate(t graph.RelType, from, to graph.Ref, o occurrence, counted bool) {
	k := relKey{t, from, to}
	pos := x.readingPos(o)
	acc, ok := x.rels[k]
	if !ok {
		acc = &relAcc{key: k, first: o, pos: pos, counted: counted}
		x.rels[k] = acc
	} else if less3(pos, acc.pos) {
		acc.first, acc.pos = o, pos
	}
	acc.count++
	if o.props["yearCorrected"] == true {
		acc.setSticky("yearCorrected", true)
		acc.setSticky("writtenYear", o.props["writtenYear"])
	}
}

// evidence is the sentence around an occurrence: in a footnote the whole
// footnote body.
func (x *extraction) evidence(o occurrence) graph.Evidence {
	if o.meta != nil {
		return *o.meta
	}
	s := x.doc.sentenceAt(o.para, o.span.Start)
	return graph.Evidence{Doc: x.key, Quote: x.str(s.Start, s.End), Start: s.Start, End: s.End}
}

// relation builds the final relation of an accumulator.
func (x *extraction) relation(acc *relAcc) graph.Relation {
	props := map[string]any{}
	for k, v := range acc.first.props {
		props[k] = v
	}
	for k, v := range acc.sticky {
		props[k] = v
	}
	if acc.counted {
		props["ref"] = acc.first.ref
		props["occurrences"] = acc.count
	}
	if acc.first.para < 0 {
		// read from the publisher's metadata: no footnote
	} else if fi := x.paras[acc.first.para].footnote; fi >= 0 {
		f := x.doc.Footnotes[fi]
		props["footnote"] = f.Number
		if f.Marker >= 0 {
			m := x.doc.Markers[f.Marker]
			s := x.doc.sentenceAt(m.Para, m.Start)
			props["anchor"] = x.str(s.Start, s.End)
			props["anchorStart"] = s.Start
			props["anchorEnd"] = s.End
		}
	}
	if len(props) == 0 {
		props = nil
	}
	return graph.Relation{Type: acc.key.t, From: acc.key.from, To: acc.key.to, Props: props, Evidence: x.evidence(acc.first)}
}

// graph assembles the sorted document graph.
func (x *extraction) graph(d graph.Document) graph.DocumentGraph {
	x.foldSubjectMentions()
	g := graph.DocumentGraph{Document: d, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	for _, e := range x.entities {
		g.Entities = append(g.Entities, *e)
	}
	sort.Slice(g.Entities, func(i, j int) bool {
		a, b := g.Entities[i], g.Entities[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Key < b.Key
	})
	for _, acc := range x.rels {
		g.Relations = append(g.Relations, x.relation(acc))
	}
	sort.Slice(g.Relations, func(i, j int) bool {
		a, b := g.Relations[i], g.Relations[j]
		return relLess(a, b)
	})
	return g
}

func relLess(a, b graph.Relation) bool {
	ka := [5]string{string(a.Type), string(a.From.Kind), a.From.Key, string(a.To.Kind), a.To.Key}
	kb := [5]string{string(b.Type), string(b.From.Kind), b.From.Key, string(b.To.Kind), b.To.Key}
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return false
}

// foldSubjectMentions merges the MENTIONS of a meeting into the ANNOTATES or
// REPORTS_ON relation to it: the letter's subject is not also "mentioned".
func (x *extraction) foldSubjectMentions() {
	for k, acc := range x.rels {
		if k.t != graph.RelAnnotates && k.t != graph.RelReportsOn {
			continue
		}
		mk := relKey{graph.RelMentions, k.from, k.to}
		if m, ok := x.rels[mk]; ok {
			acc.count += m.count
			if less3(m.pos, acc.pos) {
				acc.first, acc.pos = m.first, m.pos
			}
			for key, v := range m.sticky {
				acc.setSticky(key, v)
			}
			delete(x.rels, mk)
		}
	}
}

// --- the document -----------------------------------------------------------

// kstCites finds every Kamerstuk citation, with its paragraph.
func (x *extraction) kstCites() []occurrenceKst {
	var out []occurrenceKst
	for i := range x.scannedParas() {
		for _, c := range x.para(i).findKsts() {
			s, e := x.abs(i, c.start), x.abs(i, c.end)
			out = append(out, occurrenceKst{cite: c, occ: occurrence{para: i, span: Span{s, e}, ref: c.written}})
		}
	}
	return out
}

type occurrenceKst struct {
	cite kstCite
	occ  occurrence
}

// document fills in the Document: key, metadata and their evidence.
//
// The publisher's metadata (meta) wins over the text: where they disagree on
// the dossier, the number or the date, the document carries the publisher's
// value and a graph.Discrepancy records the text's value with its evidence.
// Without publisher metadata, the text and the file name must agree on the
// dossier and the number (an *Error of class ErrConflict otherwise); with it,
// the file name must agree with the publisher.
//
// The key is kst-<dossier>-<number> when both are known; else the key the
// publisher names (meta.Key); else tk-<document number> for a Tweede Kamer
// document known by its number only; else the file name when it is a key of
// another kind (tk-2025D06896.txt, stcrt-2016-65451.txt,
// rijksoverheid-2020-03-30-<slug>.txt, ah-tk-20242025-750.txt, an item of
// the Handelingen h-tk-20192020-9-4.txt, and a page of
// the Eerste Kamer without a Kamerstuk number, ek-20150922-<slug>.txt).
func (x *extraction) document(meta Meta, cites []occurrenceKst) (graph.Document, error) {
	h := x.doc.Header
	name := baseName(x.doc.Name)
	d := graph.Document{Source: name, Text: x.doc.Text, Evidence: map[string]graph.Evidence{}}
	stem := strings.TrimSuffix(name, extOf(name))
	fileDossier, fileNumber, _ := parseKstKey(stem)
	fileKey, fileDate := otherDocKey(stem)
	textDate, datePara := h.Date, h.DatelinePara
	if textDate == "" {
		textDate, datePara = x.headDate()
	}

	var disc []graph.Discrepancy
	textEv := func(para int) graph.Evidence {
		if para < 0 {
			return graph.Evidence{}
		}
		p := x.doc.Paragraphs[para]
		return graph.Evidence{Quote: p.Text, Start: p.Start, End: p.End}
	}
	// settle picks a field's value: the publisher's over the text's over
	// the file name's.
	settle := func(field, pub, text string, para int, file string, same func(a, b string) bool) (string, error) {
		if pub == "" {
			return agree(name, field, []source{{"the text", text}, {"the file name", file}})
		}
		if file != "" && !same(pub, file) {
			return "", inputError(ErrConflict, name, 0, "%s says %s %q but the file name says %q", meta.source(field), field, pub, file)
		}
		if text != "" && !same(pub, text) {
			disc = append(disc, graph.Discrepancy{Field: field, Publisher: pub, Source: meta.source(field), Text: text, Evidence: textEv(para)})
		}
		return pub, nil
	}
	equal := func(a, b string) bool { return a == b }
	number, err := settle("number", meta.Number, h.Number, h.NumberPara, fileNumber, equal)
	if err != nil {
		return d, err
	}
	inDossiers := func(_, other string) bool { return meta.hasDossier(other) } // pub is meta.Dossier
	dossier, err := settle("dossier", meta.Dossier, h.Dossier, h.DossierPara, fileDossier, inDossiers)
	if err != nil {
		return d, err
	}
	date, err := settle("date", meta.Date, textDate, datePara, "", equal)
	if err != nil {
		return d, err
	}
	if datePara >= 0 && adoptedLater(meta.Date, textDate, x.doc.Paragraphs[datePara].Text) {
		date = textDate // the discrepancy stays on record
	}
	if date == "" {
		date = fileDate
	}
	var inferred *occurrence
	if dossier == "" && number != "" {
		dossier, inferred = inferDossier(number, cites)
	}
	switch {
	case dossier != "" && number != "":
		x.key = kstKey(dossier, number)
	case meta.Key != "" && isDocKey(meta.Key):
		x.key = meta.Key
	case meta.DocNumber != "":
		x.key = "tk-" + meta.DocNumber
	case fileKey != "":
		x.key = fileKey
	default:
		missing := "dossier"
		if number == "" {
			missing = "number"
			if dossier == "" {
				missing = "dossier and number"
			}
		}
		side := stem + ".meta"
		return d, inputError(ErrNoKey, name, 0, "no document key: the %s cannot be read from the text, the file name or the letter's citations; "+
			"add a sidecar %s with \"dossier:\" and \"number:\" lines", missing, side)
	}
	d.Key, d.Dossier, d.Number, d.Date = x.key, dossier, number, date
	if len(meta.Dossiers) > 1 {
		d.Dossiers = meta.Dossiers
	} else if meta.Dossier == "" && len(h.MoreDossiers) > 0 && dossier == h.Dossier {
		d.Dossiers = append([]string{h.Dossier}, h.MoreDossiers...)
	}
	d.DocNumber = meta.DocNumber
	d.DossierInferred = inferred != nil
	d.Title, d.Kind, d.Addressee = firstOf(meta.Title, h.Title), firstOf(meta.Kind, h.Kind), firstOf(meta.Addressee, h.Addressee)
	d.URL = meta.URL

	ev := func(field string, para int, ok bool) {
		if ok && para >= 0 {
			p := x.doc.Paragraphs[para]
			d.Evidence[field] = graph.Evidence{Doc: x.key, Quote: p.Text, Start: p.Start, End: p.End}
		}
	}
	ev("number", h.NumberPara, number == h.Number)
	ev("title", h.TitlePara, d.Title == h.Title)
	ev("kind", h.TitlePara, d.Kind == h.Kind)
	ev("addressee", h.AddresseePara, d.Addressee == h.Addressee)
	ev("date", datePara, date == textDate)
	ev("dossier", h.DossierPara, dossier == h.Dossier)
	if inferred != nil {
		d.Evidence["dossier"] = x.evidence(*inferred)
	}
	if len(d.Evidence) == 0 {
		d.Evidence = nil
	}
	for i := range disc {
		if disc[i].Evidence.End > 0 {
			disc[i].Evidence.Doc = x.key
		}
	}
	d.Discrepancies = disc
	return d, nil
}

// headDateRe is a date standing alone on a line: the date of a Staatscourant
// publication or a nader rapport, printed under its title ("10 november 2016").
var headDateRe = regexp.MustCompile(`^([0-9]{1,2}) (\p{Ll}+) ([0-9]{4})$`)

// headDate finds the letter's date where the head has no dateline: a
// paragraph that is only a date among the first eight. It returns the ISO
// date and the paragraph, or "" and -1.
func (x *extraction) headDate() (string, int) {
	for i, p := range x.doc.Paragraphs {
		if i >= 8 || p.Kind == ParaFootnote || p.Kind == ParaSignature {
			break
		}
		for _, re := range []*regexp.Regexp{headDateRe, stampDateRe} { // both: day, month, year
			if m := re.FindStringSubmatch(p.Text); m != nil {
				if iso, ok := isoDate(m[3], m[2], m[1]); ok {
					return iso, i
				}
			}
		}
	}
	return "", -1
}

// stampDateRe is the date a record or an answer states instead of a
// dateline: "Vastgesteld 8 juni 2021" (a report of the Kamer), "(ontvangen
// 19 mei 2020)" (answers to Kamervragen).
var stampDateRe = regexp.MustCompile(`(?:^Vastgesteld |\(ontvangen )([0-9]{1,2}) (\p{Ll}+) ([0-9]{4})\b`)

// otherDocKeyRe matches a file name that is a document key other than a
// Kamerstuk's. A page of either Kamer without a number of its own (the
// interim report of a committee debate) is "ek-" or "tk-", its date and a
// slug: "tk-20250611-commissiedebat-jbz-raad". An item of the Handelingen
// is "h-tk-" or "h-ek-", the vergaderjaar, and the sitting and item
// ("h-tk-20192020-9-4") or, before 2011, the first and last page
// ("h-tk-20082009-7414-7418"); a later version of an item the publisher
// numbers "-n1" ("h-tk-20172018-56-11-n1").
var otherDocKeyRe = regexp.MustCompile(`^(?:tk-[0-9]{4}D[0-9]{5}|stcrt-[0-9]{4}-[0-9]{1,7}|ah-[te]k-[0-9]{8}-[0-9]{1,5}|h-[te]k-[0-9]{8}-[0-9]{1,5}-[0-9]{1,5}(?:-n[0-9])?|rijksoverheid-([0-9]{4}-[0-9]{2}-[0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*|(?:ek|tk)-([0-9]{4})([0-9]{2})([0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*)$`)

// otherDocKey returns the key a file name stem is, when it is one of the
// keys of documents that are not Kamerstukken, and the date a
// rijksoverheid key carries (its publication date on rijksoverheid.nl) or
// an Eerste Kamer page's key (the date of the meeting or publication:
// "ek-20310922-korteaantekening").
func otherDocKey(stem string) (key, date string) {
	m := otherDocKeyRe.FindStringSubmatch(stem)
	if m == nil {
		return "", ""
	}
	date = m[1]
	if m[2] != "" {
		date = m[2] + "-" + m[3] + "-" + m[4]
	}
	if date != "" {
		if _, ok := parseISO(date); !ok {
			return "", ""
		}
	}
	return m[0], date
}

// isDocKey reports whether key is a document key the graph accepts.
func isDocKey(key string) bool {
	ref, err := graph.ParseID(key)
	return err == nil && ref.Kind == graph.KindDocument
}

type source struct{ what, value string }

// agree returns the value the sources give, or an error when two disagree.
func agree(file, field string, srcs []source) (string, error) {
	var val, from string
	for _, s := range srcs {
		if s.value == "" {
			continue
		}
		if val == "" {
			val, from = s.value, s.what
			continue
		}
		if s.value != val {
			return "", inputError(ErrConflict, file, 0, "%s says %s %q but %s says %q", from, field, val, s.what, s.value)
		}
	}
	return val, nil
}

// inferDossier infers the dossier of a letter numbered number from its
// citations: letters in a series cite their predecessors, so the cited
// Kamerstuk with the highest number below the letter's own (at most 100
// below) gives the dossier; a tie between dossiers infers nothing. The
// evidence is the first citation of that dossier.
func inferDossier(number string, cites []occurrenceKst) (string, *occurrence) {
	own, err := strconv.Atoi(number)
	if err != nil {
		return "", nil
	}
	best, bestGap, tie := "", 101, false
	for _, c := range cites {
		n, err := strconv.Atoi(c.cite.number)
		if err != nil || n >= own || own-n > 100 {
			continue
		}
		switch gap := own - n; {
		case gap < bestGap:
			best, bestGap, tie = c.cite.dossier, gap, false
		case gap == bestGap && c.cite.dossier != best:
			tie = true
		}
	}
	if tie || best == "" {
		return "", nil
	}
	for i, c := range cites {
		if c.cite.dossier == best {
			return best, &cites[i].occ
		}
	}
	return "", nil
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func extOf(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}

// --- signatures -------------------------------------------------------------

// signatures reads the signature blocks of the text; when the publisher
// lists the signatories, they are the ones the document gets
// (publisherSignatures), and what the text says otherwise is returned as
// discrepancies.
func (x *extraction) signatures(date string, meta Meta) []graph.Discrepancy {
	if meta.Signatories = governmentSignatories(meta.Signatories); len(meta.Signatories) > 0 {
		return x.publisherSignatures(date, meta)
	}
	order := 0
	for i, p := range x.doc.Paragraphs {
		if p.Kind != ParaSignature {
			continue
		}
		sig, ok := parseSignature(p.Text)
		if !ok {
			continue
		}
		order++
		person := x.addEntity(signerEntity(sig.name, sig.office, date))
		office := x.addEntity(officeEntity(sig.office))
		o := occurrence{para: i, span: p.Span, props: map[string]any{"office": sig.office, "order": order}}
		x.relate(graph.RelSigned, person, x.docRef(), o, false)
		held := occurrence{para: i, span: p.Span}
		if date != "" {
			held.props = map[string]any{"date": date}
		}
		x.relate(graph.RelHeldOffice, person, office, held, false)
	}
	return nil
}

// --- legal acts -------------------------------------------------------------

func (x *extraction) acts() {
	added := map[[2]string]graph.Ref{}
	for i := range x.scannedParas() {
		p := x.doc.Paragraphs[i]
		pi := x.para(i)
		var cited []Span
		for _, c := range pi.findActs() {
			to, ok := x.actEntity(c.celex, c.suffix, added)
			if !ok {
				continue
			}
			span := Span{x.abs(i, c.start), x.abs(i, c.end)}
			cited = append(cited, span)
			x.relate(graph.RelCites, x.docRef(), to, occurrence{para: i, span: span, ref: c.written}, true)
		}
		for _, c := range findProposals(pi.str()) { // acts_proposals.go
			span := Span{p.Start + c.start, p.Start + c.end}
			if to, ok := x.actEntity(c.celex, "", added); ok {
				cited = append(cited, span)
				x.relate(graph.RelMentions, x.docRef(), to, occurrence{para: i, span: span, ref: c.written}, true)
			}
		}
		for _, m := range pi.actNames() {
			span := Span{p.Start + m.start, p.Start + m.end}
			if overlapsSpan(cited, span) {
				continue
			}
			target, ok := datedActName(m.target, pi.runes[max(0, m.start-120):m.start], x.year)
			if !ok {
				continue
			}
			if cites := pi.findActs(); len(cites) > 0 {
				end := 0 // the name's end as a byte offset in pi.str(), where the citations stand
				for _, r := range pi.runes[:m.end] {
					end += encodedLen(r)
				}
				target = bracketedLineage(target, pi.str(), end, cites) // acts_proposals.go
			}
			to, ok := x.actEntity(target, "", added)
			if !ok {
				continue
			}
			x.relate(graph.RelMentions, x.docRef(), to, occurrence{para: i, span: span, ref: string(pi.runes[m.start:m.end])}, true)
		}
	}
	x.actDefinitions(added) // acts_defined.go
}

// actEntity adds the LegalAct entity of a CELEX number and returns its
// ref. A scratch copy (see scratch) keeps no entities: there it only
// returns the ref, without building the entity. added holds what the
// calling pass added already: adding it again, as legalAct builds it
// again, would change nothing (addEntity only adds what is missing).
func (x *extraction) actEntity(celex, series string, added map[[2]string]graph.Ref) (graph.Ref, bool) {
	if x.scratchOnly {
		if _, _, _, ok := parseCelex(celex); !ok {
			return graph.Ref{}, false
		}
		return graph.Ref{Kind: graph.KindLegalAct, Key: celex}, true
	}
	if ref, ok := added[[2]string{celex, series}]; ok {
		return ref, true
	}
	e, ok := legalAct(celex, series)
	if !ok {
		return graph.Ref{}, false
	}
	ref := x.addEntity(e)
	added[[2]string{celex, series}] = ref
	return ref, true
}

func overlapsSpan(spans []Span, s Span) bool {
	for _, t := range spans {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}

// --- Kamerstukken -----------------------------------------------------------

func (x *extraction) citations(cites []occurrenceKst) {
	for _, c := range cites {
		if c.cite.key == x.key {
			continue
		}
		var to graph.Ref
		if x.scratchOnly {
			to = graph.Ref{Kind: graph.KindDocument, Key: c.cite.key}
		} else {
			to = x.addEntity(kstEntity(c.cite))
		}
		x.relate(graph.RelCites, x.docRef(), to, c.occ, true)
	}
}

// --- council meetings -------------------------------------------------------

func (x *extraction) meetings(letter time.Time, haveLetter bool) {
	// the opening paragraph: the first of the body, or one of the first
	// three that offers the letter's content ("Hierbij bieden wij u ...
	// aan"), where page furniture stands before it
	opening, offer := -1, -1
	for i, bodies := 0, 0; i < len(x.doc.Paragraphs) && bodies < 3; i++ {
		p := x.doc.Paragraphs[i]
		if p.Kind != ParaBody {
			continue
		}
		if bodies++; opening < 0 {
			opening = i
		}
		if offer < 0 && offerRe.MatchString(p.Text) {
			offer = i
		}
	}
	type found struct {
		res     resolvedMeeting
		role    meetingRole
		occ     occurrence
		slipped bool // offered as annotated against the publisher's title
		mm      meetingMention
	}
	var all []found
	merged := map[string]*meetingMention{} // by key: informal and place over all mentions
	for i, p := range x.doc.Paragraphs {
		if !x.scanned(i) {
			continue
		}
		mms := x.paras[i].findMeetings()
		for k, mm := range mms {
			at := x.abs(i, mm.start)
			s := x.doc.sentenceAt(i, at)
			sentence := x.str(s.Start, s.End)
			offset := len(x.str(s.Start, at))
			role := meetingRoleIn(sentence, offset, i == opening || i == offer, p.Kind == ParaHeading)
			if role == roleMentions && (i == opening || i == offer) && reportsOnLater(x.paras[i].str(), mms, k) {
				role = roleReportsOn // "... een JBZ-Raad in te lassen. Met deze brief doen wij verslag over deze bijeenkomst." (meetings.go)
			}
			if x.procedure || backMention(mm) { // hook acts3: backMention (meetings_anaphor.go)
				role = roleMentions
			}
			anchor, haveAnchor := letter, haveLetter
			if mm.year == 0 {
				mm, anchor, haveAnchor = x.meetingAnchor(mm, role, sentence[:offset], letter, haveLetter) // meetings_usage.go
			}
			r, ok := resolveMeeting(mm, role, anchor, haveAnchor)
			if !ok {
				continue
			}
			if mm.placeStart >= 0 {
				ps := x.abs(i, mm.placeStart)
				x.places = append(x.places, Span{ps, ps + utf8.RuneCountInString(mm.place)})
			}
			key := "jha-" + iso(r.start)
			if m, ok := merged[key]; !ok {
				mc := mm
				merged[key] = &mc
			} else {
				m.informal = m.informal || mm.informal
				m.place = firstOf(m.place, mm.place)
			}
			o := occurrence{para: i, span: Span{at, x.abs(i, mm.end)}, ref: mm.written}
			if r.yearCorrected {
				o.props = map[string]any{"yearCorrected": true, "writtenYear": r.writtenYear}
			}
			all = append(all, found{res: r, role: role, occ: o, mm: mm})
		}
	}
	if sub := x.splitTitleMeeting(letter, haveLetter); sub != nil && !x.procedure {
		key := "jha-" + iso(sub.res.start)
		if m, ok := merged[key]; !ok {
			mc := sub.mm
			merged[key] = &mc
		} else {
			m.informal = m.informal || sub.mm.informal
		}
		all = append(all, found{res: sub.res, role: sub.role, occ: sub.occ})
	}
	if mm, r, o, ok := x.publisherTitleMeeting(letter, haveLetter); ok { // meetings.go
		if _, named := merged["jha-"+iso(r.start)]; !named {
			for i := range all {
				if all[i].role == roleAnnotates {
					all[i].role, all[i].slipped = roleMentions, true
					// written for the meeting before: "a.s." was said
					// before it, so the nearest date is meant
					if mm := all[i].mm; mm.year == 0 && mm.rel != "" {
						mm.rel = ""
						if r, ok := resolveMeeting(mm, roleMentions, letter, haveLetter); ok {
							all[i].res = r
							if _, have := merged["jha-"+iso(r.start)]; !have {
								merged["jha-"+iso(r.start)] = &mm
							}
						}
					}
				}
			}
			merged["jha-"+iso(r.start)] = &mm
			all = append(all, found{res: r, role: roleAnnotates, occ: o})
		}
	}
	spans := make([]resolvedMeeting, 0, len(all))
	for _, f := range all {
		spans = append(spans, f.res)
	}
	x.titleMeetingFacts(spans, merged, letter, haveLetter)
	shareOverlapFacts(spans, merged) // meetings.go
	for _, f := range all {
		m := merged["jha-"+iso(f.res.start)]
		to := x.addEntity(meetingEntity(f.res, m.informal, m.place))
		if m.formal && !m.informal && f.occ.meta != nil {
			x.setProp(to, "informal", false) // "de formele JBZ-Raad" in the title
		}
		if f.slipped {
			x.slipped = append(x.slipped, to)
		}
		t := graph.RelMentions
		switch f.role {
		case roleAnnotates:
			t = graph.RelAnnotates
		case roleReportsOn:
			t = graph.RelReportsOn
		}
		x.relate(t, x.docRef(), to, f.occ, true)
	}
	x.settleMeetings()
}

// --- countries and organisations -------------------------------------------

func (x *extraction) countries() {
	x.mentionsOf(graph.KindCountry, (*paraInfo).countries,
		func(code string) (string, bool) {
			c, ok := countryIndex().byCode[code]
			return c.Code, ok
		},
		countryEntity,
		func(span Span) bool { return overlapsSpan(x.places, span) || x.councilPlace(span) }) // a meeting's place, not a mention
}

func (x *extraction) organisations() {
	x.mentionsOf(graph.KindOrganisation, x.orgMentions,
		func(k string) (string, bool) {
			o, ok := orgIndex().byKey[k]
			return o.Key, ok
		},
		orgEntity, x.dossierName)
}

// dossierName reports whether span is the whole title of the dossier line
// ("21 501-20 Europese Raad"): the dossier's name, no mention of the body.
func (x *extraction) dossierName(span Span) bool {
	for _, p := range x.doc.Paragraphs {
		if p.Kind != ParaDossier || span.Start < p.Start || span.End > p.End {
			continue
		}
		rest := strings.TrimSpace(x.str(p.Start, span.Start)) + x.str(span.End, p.End)
		return strings.TrimSpace(strings.TrimLeft(rest, "0123456789- ")) == ""
	}
	return false
}

// mentionsOf records Document -MENTIONS-> entity for every match find
// returns in the paragraphs being scanned, except spans skip rejects. On
// scratch passes only the target's key is needed (key); otherwise the
// entity is built once per target (entity) and added.
func (x *extraction) mentionsOf(kind graph.Kind, find func(*paraInfo) []match, key func(string) (string, bool),
	entity func(string) (graph.Entity, bool), skip func(Span) bool) {
	added := map[string]graph.Ref{} // adding again changes nothing: see actEntity
	for i := range x.scannedParas() {
		p := x.doc.Paragraphs[i]
		pi := x.para(i)
		for _, m := range find(pi) {
			span := Span{p.Start + m.start, p.Start + m.end}
			if skip != nil && skip(span) {
				continue
			}
			var to graph.Ref
			if x.scratchOnly {
				k, ok := key(m.target)
				if !ok {
					continue
				}
				to = graph.Ref{Kind: kind, Key: k}
			} else if ref, ok := added[m.target]; ok {
				to = ref
			} else {
				e, ok := entity(m.target)
				if !ok {
					continue
				}
				to = x.addEntity(e)
				added[m.target] = to
			}
			x.relate(graph.RelMentions, x.docRef(), to, occurrence{para: i, span: span, ref: string(pi.runes[m.start:m.end])}, true)
		}
	}
}
