package ingest

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"jhagraph/graph"
	"jhagraph/internal/roman"
)

// The agenda of a council meeting: its sections and numbered items, as an
// annotated agenda announces them or a report goes through them.
//
// An agenda block starts at a heading that names the meeting it lays out —
// "Geannoteerde agenda van de informele bijeenkomst van de Raad Justitie en
// Binnenlandse Zaken, 25 en 26 januari", "Verslag van de JBZ-Raad van 4 en 5
// december 2023", or a heading "Geannoteerde agenda" / "Verslag" without a
// date, which means the one meeting the letter annotates or reports on — and
// runs to the next such heading or the end of the text. A letter without
// such headings that annotates (else reports on) a meeting is one block for
// that meeting. The meetings are the ones x.meetings resolved.
//
// Inside a block:
//
//   - a section is a heading "I. Binnenlandse Zaken" (Roman numeral) or
//     "A. Justitie", or an unnumbered heading followed by an item: right
//     after it, or after introductory text when it is a usual section title
//     ("Binnenlandse Zaken (Home Affairs day)", "Justitie", "Gemengd
//     Comité"). Unnumbered sections are numbered I, II, ... in order; items
//     outside any section are in section "0";
//   - a numbered item whose title is only a usual section title, over
//     items numbered from 1 again ("1. Binnenlandse Zaken" / "1.
//     Terugkeer"), is a section numbered as a list, as web pages render
//     "I."; where sections are numbered, an unnumbered heading is a
//     sub-heading ("Raad wetgevende besprekingen"), and a report's frame
//     heading ("Belangrijkste resultaten") or a line that is only a date
//     is no section;
//   - an item is a short line "1. Title", "1) Title", "a) Title" or "a.
//     Title" (order 1, 1, 1, 1; "b" is 2); in a block without headings or
//     numbers, a title line over an explicit label ("= Algemene
//     oriëntatie") is an item too;
//   - the item's format is a label line after its heading ("= Werksessie",
//     "Doel: Algemene oriëntatie", "Soort bespreking: Beleidsdebat", or a line
//     that is only a format: "Gedachtewisseling"), a format in brackets at
//     the end of the title ("... (Beleidsdebat)"), or after " = " on the
//     title line, or read with the title line ("Terugkeer (Gedeeltelijke)
//     algemene oriëntatie", see tailFormat); a qualifier in brackets before
//     a format is left out. Formats are the printed words in lower case
//     (normaliseFormat): "werksessie", "lunchbespreking", "algemene
//     oriëntatie";
//   - a line of a table of contents ("1. Terugkeer ........ 3", or
//     "1. Terugkeer 3" under "Inhoudsopgave") refers to a page: no item;
//   - an item's text runs from its heading to the next item or section
//     heading, or to any other heading, which closes it; footnotes count
//     where their markers stand.
//
// Each item becomes an AgendaItem keyed "<meeting key>:<section>.<order>"
// ("jha-2024-01-25:I.1"), with CouncilMeeting -HAS_ITEM-> AgendaItem (the
// heading as evidence) and AgendaItem -CONCERNS-> each legal act, country,
// EU body and Kamerstuk its text names (the first sentence naming it as
// evidence; "ref" and "occurrences" as on MENTIONS). CONCERNS leaves out the
// Council itself, a country named only as the presidency ("het Belgische
// voorzitterschap"), which becomes the meeting's "presidency" instead, and a
// country or body named under the item only as a speaker ("De Commissie gaf
// aan ...", "Ook benadrukte Italië ...") or as the holder of a position
// ("Hongarije kon niet instemmen"): who speaks is no topic, nor is a
// body named as the occasion ahead ("in aanloop naar de Europese Raad"); the
// parties to every item are none either (partyMention): the Commission
// and the European Parliament outside the item's title, unless the text
// discusses their role, and the Netherlands, the letter's own government,
// outside the title, unless named as the place of what is discussed
// ("kleinschalige voorzieningen voor jongeren in Nederland"); of the
// Kamerstukken, only a BNC-fiche (dossier 22 112) on what is discussed is
// a topic, other letters and reports are references (referenceMention).

// agendaItem is an item of an agenda block.
type agendaItem struct {
	key          string
	meeting      graph.Ref
	section      string // "I", "II"; "0" outside sections
	sectionTitle string // "Binnenlandse Zaken"
	day          string // "home-affairs" or "justice" when the section says
	order        int
	title        string
	format       string
	head         int // paragraph of the heading
	end          int // first paragraph after the item's text
}

func (it agendaItem) entity() graph.Entity {
	props := map[string]any{"section": it.section, "order": it.order, "title": it.title, "meeting": it.meeting.Key}
	if it.sectionTitle != "" {
		props["sectionTitle"] = it.sectionTitle
	}
	if it.format != "" {
		props["format"] = it.format
	}
	if it.day != "" {
		props["day"] = it.day
	}
	return graph.Entity{Kind: graph.KindAgendaItem, Key: it.key, Name: it.title, Props: props}
}

// agendaBlock is the stretch of paragraphs [start, end) that lays out the
// agenda of one meeting; heading reports whether start is its heading.
type agendaBlock struct {
	meeting    graph.Ref
	start, end int
	heading    bool
}

type agendaLayout struct {
	blocks []agendaBlock
	items  []agendaItem
}

// itemAt returns the key of the agenda item under which paragraph para
// stands (a footnote stands where its marker is), if any. It is what the
// positions pass uses to place a statement under its item.
func (x *extraction) itemAt(para int) (key string, ok bool) {
	if para < 0 || para >= len(x.doc.Paragraphs) {
		return "", false
	}
	it, ok := x.agendaLayout().itemAt(x.readingPara(para))
	return it.key, ok
}

func (l agendaLayout) itemAt(para int) (agendaItem, bool) {
	for _, it := range l.items {
		if it.head <= para && para < it.end {
			return it, true
		}
	}
	return agendaItem{}, false
}

// blockAt returns the agenda block holding paragraph para.
func (l agendaLayout) blockAt(para int) (agendaBlock, bool) {
	for _, b := range l.blocks {
		if b.start <= para && para < b.end {
			return b, true
		}
	}
	return agendaBlock{}, false
}

// readingPara is the paragraph where a reader meets paragraph i: for a
// footnote, the paragraph of its marker.
func (x *extraction) readingPara(i int) int {
	if fi := x.paras[i].footnote; fi >= 0 {
		f := x.doc.Footnotes[fi]
		if f.Marker >= 0 {
			return x.doc.Markers[f.Marker].Para
		}
	}
	return i
}

// agenda adds the agenda items of the letter, their meetings' presidency
// and formality, and what each item concerns. It returns every naming of an
// entity in the letter (mentions), for x.events.
func (x *extraction) agenda() []mention {
	x.formalMeetings()
	lay := x.agendaLayout()
	ms := x.mentions()
	x.presidencies(ms, lay)
	x.tablePresidencies()
	for _, it := range lay.items {
		ref := x.addEntity(it.entity())
		head := x.doc.Paragraphs[it.head]
		x.relate(graph.RelHasItem, it.meeting, ref, occurrence{para: it.head, span: head.Span}, false)
		var in []mention
		for _, m := range ms {
			at := x.readingPara(m.para)
			if at < it.head || at >= it.end || !concernable(m.to) || x.presidencyMention(m) || x.occasionMention(m) {
				continue
			}
			in = append(in, m)
		}
		x.concerns = append(x.concerns, itemConcerns{ref, x.itemTitleSpan(it), in})
	}
	return ms
}

// itemConcerns are the namings under an agenda item that may make it
// CONCERN what they name.
type itemConcerns struct {
	item  graph.Ref
	title Span // where the item's title stands
	in    []mention
}

// agendaConcerns adds what each agenda item concerns: what its text names
// other than as a speaker or a party (see x.agenda), nor as the holder of
// a stance the positions pass read ("Oostenrijk en Denemarken wijzen een
// verplichte herverdeling af", "Hongarije kon niet instemmen"): who takes a
// stance under an item is no topic of it, as who speaks is not.
func (x *extraction) agendaConcerns() {
	for _, c := range x.concerns {
		topic := map[graph.Ref]bool{}
		for _, m := range c.in {
			if !x.speakerMention(m) && !x.partyMention(m, c.title) && !x.holderMention(m) && !referenceMention(m) {
				topic[m.to] = true
			}
		}
		for _, m := range c.in {
			if topic[m.to] {
				x.relate(graph.RelConcerns, c.item, m.to, occurrence{para: m.para, span: m.span, ref: m.ref}, true)
			}
		}
	}
}

// referenceMention reports whether m names a Kamerstuk an item only refers
// to: an earlier letter, a report of a meeting, a motion ("Over de
// uitvoering van het pact is uw Kamer eerder geïnformeerd (Kamerstuk 32
// 317, nr. 915)"). The Kamerstuk an item is about is the cabinet's
// assessment of the proposal under discussion, its BNC-fiche, which is
// printed in dossier 22 112 ("BNC-fiche terugkeerverordening (Kamerstuk
// 22 112, nr. 4031)").
func referenceMention(m mention) bool {
	return m.to.Kind == graph.KindDocument && strings.HasPrefix(m.to.Key, "kst-") && !strings.HasPrefix(m.to.Key, "kst-22112-")
}

// holderMention reports whether m names a country or body as the holder of
// a position (its words are the position's actor).
func (x *extraction) holderMention(m mention) bool {
	if m.to.Kind != graph.KindCountry && m.to.Kind != graph.KindOrganisation {
		return false
	}
	for _, a := range x.actorSpans {
		if m.span.Start >= a.Start && m.span.End <= a.End {
			return true
		}
	}
	return false
}

// speakerVerbs are the verbs of speaking and taking a stance whose subject
// is a speaker at the meeting, not what an agenda item is about.
const speakerVerbs = `(?:gaf|gaven|geeft|geven|verklaarde|verklaarden|verklaart|benadrukte|benadrukten|benadrukt|onderstreepte|onderstreepten|onderstreept|` +
	`steunde|steunden|steunt|sprak|spraken|spreekt|riep|riepen|roept|pleitte|pleitten|pleit|presenteerde|presenteert|lichtte|lichtten|licht|` +
	`wees|wezen|uitte|uitten|deelde|deelden|meldde|meldden|merkte|toonde|toonden|vroeg|vroegen|kondigde|informeerde|informeert|zei|zeiden|` +
	`verwelkomde|verwelkomden|reageerde|reageerden|stelde|stelden|benoemde|benoemden|concludeerde|concludeerden|` +
	`constateerde|constateerden|schetste|schetsten|ging|gingen|zal|zullen)`

// speakerListRe is the rest of a list of subjects that speak together:
// "De Commissie, Frontex en Europol gaven een overzicht" makes each of them
// a speaker.
const speakerListRe = `(?:(?:,|\s+en)\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*)*`

// speakerAfterRe and speakerBeforeRe frame a country or body as the
// subject of such a verb: "De Commissie gaf aan ...", "Hongarije
// verklaarde ...", "Ook benadrukte de Commissie ...".
var (
	speakerAfterRe  = regexp.MustCompile(`^\s*\)?\s*(?:\([^)]{0,40}\)\s*)?` + speakerListRe + speakerVerbs + `\b`)
	speakerBeforeRe = regexp.MustCompile(`(?:^|[^\p{L}])` + speakerVerbs + `\s+(?:ook\s+|verder\s+|tevens\s+)?(?:de|het)?\s*$`)
)

// speakerMention reports whether a country or body is named as a speaker
// at the meeting ("De nieuwe Commissie gaf aan ...", "Ook benadrukte de
// Commissie ..."): an agenda item is not about who speaks under it.
func (x *extraction) speakerMention(m mention) bool {
	if m.to.Kind != graph.KindCountry && m.to.Kind != graph.KindOrganisation {
		return false
	}
	after := x.str(m.span.End, min(len(x.text), m.span.End+50))
	before := x.str(max(0, m.span.Start-30), m.span.Start)
	return speakerAfterRe.MatchString(after) || speakerBeforeRe.MatchString(before) ||
		m.to.Kind == graph.KindCountry && memberAmongRe.MatchString(x.str(max(0, m.span.Start-120), m.span.Start))
}

// memberAmongRe ends the words before a member state named as one of the
// member states that spoke or took a view: "een groter aantal andere
// lidstaten, waaronder Nederland, ..." (third countries listed so, "derde
// landen, waaronder Marokko", are what an item is about), also further in
// the list ("lidstaten, waaronder Nederland, Oostenrijk en Denemarken").
var memberAmongRe = guard(`(?i)\b(?:lidstaten|delegaties)\s*,?\s+(?:waaronder|onder\s+wie|onder\s+meer|inclusief|w\.o\.)\s+(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+en\s+))*$`)

// occasionBeforeRe frames a body as the occasion that dates what is said:
// "in aanloop naar de bijeenkomst van de Europese Raad van 28 en 29 juni",
// "voorafgaand aan de Europese Raad".
var occasionBeforeRe = guard(`(?i)\b(?:in\s+aanloop\s+naar|voorafgaand\s+aan|na\s+afloop\s+van)\s+(?:de\s+(?:bijeenkomst|vergadering|top|zitting)\s+van\s+)?(?:de|het)\s*$`)

// occasionMention reports whether a body is named only as the occasion
// before or after which something happens: an item is not about the
// meeting it leads up to.
func (x *extraction) occasionMention(m mention) bool {
	if m.to.Kind != graph.KindOrganisation {
		return false
	}
	return occasionBeforeRe.MatchString(x.str(max(0, m.span.Start-60), m.span.Start))
}

// itemTitleSpan is where the item's title stands in its heading paragraph
// (for an item whose topic is run in before a colon, "Migratie: De
// ministers bespraken ...", only the topic); an empty span when the title
// is not found as printed there and the paragraph holds more than it.
func (x *extraction) itemTitleSpan(it agendaItem) Span {
	p := x.doc.Paragraphs[it.head].Span
	head := x.str(p.Start, p.End)
	for _, t := range []string{it.title, firstRunes(it.title, 24)} {
		if t == "" {
			continue
		}
		if i := strings.Index(head, t); i >= 0 {
			start := p.Start + utf8.RuneCountInString(head[:i])
			return Span{start, min(p.End, start+utf8.RuneCountInString(it.title))}
		}
	}
	if utf8.RuneCountInString(head) <= utf8.RuneCountInString(it.title)+40 {
		return p
	}
	return Span{}
}

// firstRunes is s cut to its first n runes.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// The parties to every item are no topic of one. The European Commission
// proposes, presents and informs, the European Parliament negotiates and
// votes, and the Netherlands is the letter's own government stating its
// views ("Voor Nederland is het van belang", "Alle lidstaten, inclusief
// Nederland, spraken", "de Nederlandse wens"): the gold's definition calls
// such mentions incidental (testdata/gold/README.md, "Concerns"). They
// concern an item where its title names them ("Evaluatie van het
// mandaat van de Commissie"), where its text discusses the body's role or
// powers ("de rol van de Commissie bij ..."), or the Netherlands as the
// place where what is discussed holds ("kleinschalige voorzieningen voor
// jongeren in Nederland"). In a proposal's title, the Parliament as one of
// the act's authors ("verordening van het Europees Parlement en de Raad")
// is none either.
var (
	partyRoleBeforeRe   = regexp.MustCompile(`(?i)\b(?:rol|rollen|taken|taak|bevoegdheden|bevoegdheid|mandaat|werkwijze|functioneren)\s+(?:die\s+|van\s+|voor\s+)(?:de|het)\s*$`)
	placeBeforeRe       = regexp.MustCompile(`(?i)\b(?:in|naar|uit|binnen|buiten)\s+$`)
	legislatorsBeforeRe = regexp.MustCompile(`(?i)\bvan\s+het\s*$`)
	legislatorsAfterRe  = regexp.MustCompile(`^\s+en\s+(?:van\s+)?de\s+Raad\b`)
)

// partyMention reports whether m names one of the parties to every item
// (the Commission, the Parliament, the Netherlands) other than as what the
// item is about; title is where the item's title stands.
func (x *extraction) partyMention(m mention, title Span) bool {
	inTitle := m.span.Start >= title.Start && m.span.End <= title.End && title.End > title.Start
	before := x.str(max(0, m.span.Start-60), m.span.Start)
	switch {
	case m.to.Kind == graph.KindOrganisation && (m.to.Key == "european-commission" || m.to.Key == "ep"):
		if inTitle {
			return m.to.Key == "ep" && legislatorsBeforeRe.MatchString(before) &&
				legislatorsAfterRe.MatchString(x.str(m.span.End, min(len(x.text), m.span.End+20)))
		}
		return !partyRoleBeforeRe.MatchString(before)
	case m.to.Kind == graph.KindCountry && m.to.Key == "NL":
		return !inTitle && !placeBeforeRe.MatchString(before)
	}
	return false
}

// concernable reports whether an agenda item may CONCERN what a mention
// names: anything but the Council, which holds every meeting.
func concernable(to graph.Ref) bool {
	return !(to.Kind == graph.KindOrganisation && to.Key == "council-of-the-eu")
}

// agendaLayout finds the agenda blocks and their items. Once x.meetings
// has settled the meetings, the layout is found once and shared: callers do
// not modify it.
func (x *extraction) agendaLayout() agendaLayout {
	if x.layout != nil {
		return *x.layout
	}
	lay := x.findLayout()
	if x.placed != nil {
		x.layout = &lay
	}
	return lay
}

func (x *extraction) findLayout() agendaLayout {
	var lay agendaLayout
	if x.procedure {
		// the record of a procedure of the Kamer (a committee debate, a
		// written consultation) names Council meetings in its headings but
		// lays out no agenda of theirs
		return lay
	}
	annot, rep := x.subjectMeetings()
	last := -1
	first := -1
	for i, p := range x.doc.Paragraphs {
		if p.Kind == ParaBody || p.Kind == ParaHeading {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	for i, p := range x.doc.Paragraphs {
		if p.Kind != ParaHeading {
			continue
		}
		if ref, ok := x.blockHeading(i, annot, rep); ok {
			lay.blocks = append(lay.blocks, agendaBlock{meeting: ref, start: i, heading: true})
		}
	}
	if len(lay.blocks) == 0 && first >= 0 {
		if ref, ok := x.subjectMeeting(); ok {
			lay.blocks = append(lay.blocks, agendaBlock{meeting: ref, start: first})
		}
	}
	for k := range lay.blocks {
		if k+1 < len(lay.blocks) {
			lay.blocks[k].end = lay.blocks[k+1].start
		} else {
			lay.blocks[k].end = last + 1
		}
	}
	seen := map[string]bool{}
	for _, b := range lay.blocks {
		lay.items = append(lay.items, x.blockItems(b, seen)...)
	}
	return lay
}

var blockPrefixes = []string{"geannoteerde agenda", "annotated agenda", "agenda", "verslag", "report"}

// blockHeading reports whether heading paragraph i starts an agenda block,
// and for which meeting.
func (x *extraction) blockHeading(i int, annot, rep []graph.Ref) (graph.Ref, bool) {
	p := x.doc.Paragraphs[i]
	if _, ok := parseItemHeading(p); ok {
		return graph.Ref{}, false
	}
	text := cleanHeading(p.Text)
	if _, ok := formatLabel(text); ok {
		return graph.Ref{}, false
	}
	lower := strings.ToLower(text)
	prefix := ""
	for _, pre := range blockPrefixes {
		if strings.HasPrefix(lower, pre) {
			prefix = pre
			break
		}
	}
	if prefix == "" && !strings.ContainsAny(text, "0123456789") {
		return graph.Ref{}, false // names no dated meeting
	}
	// x.meetings made every dated meeting in a heading "Geannoteerde agenda
	// ..." annotated and in "Verslag ..." reported on: when the letter has
	// one such meeting, it is this heading's.
	report := prefix == "verslag" || prefix == "report"
	if report && len(rep) == 1 {
		return rep[0], true
	}
	if prefix != "" && prefix != "agenda" && !report && len(annot) == 1 {
		return annot[0], true
	}
	ms := x.meetingsIn(i)
	if prefix != "" {
		if len(ms) > 0 {
			return ms[0].ref, true
		}
		if prefix == "agenda" && len(annot) == 1 {
			return annot[0], true
		}
		return graph.Ref{}, false
	}
	for _, m := range ms {
		for _, s := range append(append([]graph.Ref{}, annot...), rep...) {
			if m.ref == s {
				return s, true
			}
		}
	}
	return graph.Ref{}, false
}

type agendaSection struct {
	numeral, title, day string
}

// blockItems reads the sections and items of one block. Keys already seen
// (an agenda repeated) are skipped.
func (x *extraction) blockItems(b agendaBlock, seen map[string]bool) []agendaItem {
	var out []agendaItem
	sec := agendaSection{numeral: "0"}
	sections := 0
	var cur *agendaItem
	labelsOnly := false // only labels read since the current item's heading
	numbered, numberedSections := x.blockNumbering(b)
	// unnumbered titles are items only under a heading that opens the
	// agenda or report ("Verslag van de JBZ-Raad ..."); a letter's own
	// headings ("Kopgroepontbijt terrorisme") are not
	titled := !numbered && b.heading
	listIntro := false  // the paragraph before introduces the agenda's points as a list
	lastOrder := 0      // the order of the last numbered item: numbering that runs on crosses no section
	unnumbered := 0     // items of the current section read from unnumbered headings
	runIns := 0         // paragraphs of the block that open with a run-in title
	inContents := false // under a table of contents' heading, up to running text
	if titled {
		for i := b.start; i < b.end; i++ {
			if p := x.doc.Paragraphs[i]; p.Kind == ParaBody || x.cutOff(i) {
				if _, ok := runInTitle(shortText(p.Text)); ok {
					runIns++
				}
			}
		}
	}
	closeItem := func(at int) {
		if cur != nil {
			cur.end = at
			out = append(out, *cur)
			cur = nil
		}
	}
	// openUnnumbered opens the section's next unnumbered item at paragraph
	// at, unless its key was seen before; labels tells whether format
	// labels may still follow its title.
	openUnnumbered := func(at int, title, format string, labels bool) {
		if f := strings.Fields(title); format == "" && len(f) > 1 && strings.EqualFold(f[0], "raadsconclusies") {
			format = "raadsconclusies" // "Raadsconclusies betere beheersing migratiestromen": the class is the title's first word
		}
		it := agendaItem{meeting: b.meeting, section: sec.numeral, sectionTitle: sec.title, day: sec.day,
			order: unnumbered + 1, title: title, format: format, head: at}
		it.key = b.meeting.Key + ":" + it.section + "." + strconv.Itoa(it.order)
		if seen[it.key] {
			return
		}
		seen[it.key] = true
		unnumbered++
		cur, labelsOnly = &it, labels
	}
	for i := b.start; i < b.end; i++ {
		if i == b.start && b.heading {
			continue
		}
		p := x.doc.Paragraphs[i]
		if p.Kind != ParaBody && p.Kind != ParaHeading {
			continue
		}
		text := shortText(p.Text)
		if f, ok := formatLabel(text); ok {
			if cur != nil && labelsOnly && cur.format == "" {
				cur.format = f
			}
			continue
		}
		if titled && listIntro && bulletLine(text) {
			closeItem(i)
			for _, b2 := range bulletItems(text) {
				closeItem(i)
				openUnnumbered(i, b2, "", false)
			}
			continue
		}
		listIntro = p.Kind == ParaBody && agendaListIntro(text)
		if cur != nil && labelsOnly && subtitleLine(text) {
			continue // "- 6e tweejaarlijkse rapportage ...": a subtitle between heading and format
		}
		if contentsHeadingRe.MatchString(text) {
			inContents = true // "Inhoudsopgave": its lines refer to pages
			continue
		}
		h, headed := parseItemHeading(p)
		if headed && contentsLine(h.title, inContents) {
			continue // "1. Terugkeer ........ 3": a page reference, no item
		} else if !headed && p.Kind == ParaBody {
			inContents = false
		}
		if headed && onlySectionTitle(h.title) && h.format == "" && x.numberingRestarts(i, b.end) {
			// "1. Binnenlandse Zaken" over "1. Terugkeer": a section
			// numbered as a list, as web pages render "I."
			closeItem(i)
			sections = h.order
			sec = newSection(romanNumeral(h.order), h.title)
			unnumbered, lastOrder = 0, 0
			continue
		}
		if headed {
			closeItem(i)
			lastOrder = h.order
			it := agendaItem{meeting: b.meeting, section: sec.numeral, sectionTitle: sec.title, day: sec.day,
				order: h.order, title: h.title, format: h.format, head: i}
			it.key = b.meeting.Key + ":" + it.section + "." + strconv.Itoa(it.order)
			if seen[it.key] {
				continue
			}
			seen[it.key] = true
			cur, labelsOnly = &it, true
			continue
		}
		if titled && runIns >= 2 && (p.Kind == ParaBody || x.cutOff(i)) {
			// a cut-off last paragraph reads as a heading only for its
			// missing full stop
			if title, ok := runInTitle(text); ok {
				// "Wapens: de JBZ-Raad bereikte een algemene oriëntatie ...":
				// a report's item as a run-in title before its text
				closeItem(i)
				openUnnumbered(i, title, "", false)
				continue
			}
		}
		if !titled && !numbered && x.labelFollows(i, b.end) && titleLine(strings.TrimSuffix(text, ".")) &&
			len(splitSentences([]rune(text))) == 1 {
			// "Richtlijn betreffende ..." / "= Algemene oriëntatie": a
			// title with its format label is an item under any block
			closeItem(i)
			openUnnumbered(i, strings.TrimSpace(strings.TrimRight(text, ":.")), "", true)
			continue
		}
		if p.Kind == ParaHeading && x.cutOff(i) {
			labelsOnly = false
			continue // "De Raad nam conclusies aan die zien op de p": text cut off, no heading
		}
		if p.Kind == ParaHeading || titled && colonTitle(text) {
			_, _, numberedSec := numberedSection(text)
			if titled && !numberedSec && !dayHeading(text) && (!usualSectionTitle(text) || x.formatFollows(i, b.end) || strings.HasSuffix(text, ":")) && x.unnumberedItemAt(i, b.end) {
				// a report's or agenda's unnumbered item: a title, then its
				// formats or its text; a title ending in a colon is an item
				// even when its words could title a section ("Migratie:")
				closeItem(i)
				title, format := strings.TrimSpace(strings.TrimSuffix(text, ":")), ""
				if open, inner, ok := lastBracket(title); ok && isFormat(inner) {
					title, format = strings.TrimSpace(title[:open]), normaliseFormat(inner)
				}
				openUnnumbered(i, title, format, true)
				continue
			}
			if p.Kind != ParaHeading {
				labelsOnly = false
				continue
			}
			closeItem(i)
			if n, title, ok := numberedSection(text); ok {
				sections = n
				sec = newSection(romanNumeral(n), title)
				unnumbered = 0
			} else if frameHeading(text) {
				// "Belangrijkste resultaten": the report's frame, no section
			} else if titled && !numberedSections && (usualSectionTitle(text) || x.themeHeading(i, b.end)) {
				// "Binnenlandse Zaken", "Justitie", or a theme heading
				// over unnumbered items
				sections++
				sec = newSection(romanNumeral(sections), text)
				unnumbered = 0
			} else if !numberedSections && x.sectionFollows(i, b.end, text) && !x.numberingRunsOn(i, b.end, lastOrder) && !dateLine(text) {
				// where the sections are numbered ("I. ..."), an unnumbered
				// heading ("Raad wetgevende besprekingen") is a sub-heading
				sections++
				sec = newSection(romanNumeral(sections), text)
				unnumbered = 0
			}
			continue
		}
		labelsOnly = false
	}
	closeItem(b.end)
	return out
}

// contentsHeadingRe heads a table of contents.
var contentsHeadingRe = regexp.MustCompile(`(?i)^(?:inhoudsopgave|inhoud|inhoudstafel)\s*:?$`)

// contentsLeaderRe and contentsPageRe end a line of a table of contents:
// its page number after dot leaders or a tab ("Terugkeer ........ 3",
// "Terugkeer\t3"), or, under a table of contents' heading only, after a
// space ("Terugkeer 3").
var (
	contentsLeaderRe = regexp.MustCompile(`(?:\.{3,}|…+|\t)\s*\d{1,3}$`)
	contentsPageRe   = regexp.MustCompile(`\p{L}.*\s\d{1,3}$`)
)

// contentsLine reports whether a numbered line's title is a line of a
// table of contents, which refers to the page where the item is: no item
// (testdata/gold/README.md: page references are none).
func contentsLine(title string, inContents bool) bool {
	return contentsLeaderRe.MatchString(title) || inContents && contentsPageRe.MatchString(title)
}

// blockNumbering reports whether the block numbers its items ("1.",
// "a)") and its sections ("I.", "A.").
func (x *extraction) blockNumbering(b agendaBlock) (items, sections bool) {
	for i := b.start; i < b.end; i++ {
		p := x.doc.Paragraphs[i]
		if i == b.start && b.heading || p.Kind != ParaBody && p.Kind != ParaHeading {
			continue
		}
		if _, ok := parseItemHeading(p); ok {
			items = true
		} else if p.Kind == ParaHeading {
			if _, _, ok := numberedSection(shortText(p.Text)); ok {
				sections = true
			}
		}
	}
	return items, sections
}

// frameHeadingRe is a heading of a report's frame, over items of any
// section: "Belangrijkste resultaten", "Samenvatting", "Overige punten" is
// not one (it is a usual section title).
var frameHeadingRe = regexp.MustCompile(`(?i)^(?:belangrijkste\s+(?:resultaten|uitkomsten|punten)|samenvatting|hoofdpunten|kernpunten|inleiding)\s*:?$`)

func frameHeading(text string) bool { return frameHeadingRe.MatchString(strings.TrimSpace(text)) }

// titleLine is a line that can be a title: it starts with a capital, is
// no longer than 300 characters and does not end a sentence.
func titleLine(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && utf8.RuneCountInString(text) <= 300 && !strings.HasSuffix(text, ".") &&
		!strings.HasSuffix(text, "?") && !strings.HasSuffix(text, "!")
}

// numberingRestarts reports whether the next numbered item after i is
// numbered 1.
func (x *extraction) numberingRestarts(i, end int) bool {
	for j := i + 1; j < end; j++ {
		if h, ok := parseItemHeading(x.doc.Paragraphs[j]); ok {
			return h.order == 1
		}
	}
	// "1. Binnenlandse Zaken" over text and no numbered item: a section
	// whose items the text does not number
	return true
}

// dateLineRe is a line that is only a date or the days of a meeting: "8 en
// 9 december 2025", "25-26 januari".
var dateLineRe = regexp.MustCompile(`(?i)^[0-9]{1,2}(?:\s+(?:` + meetingMonth + `))?(?:\s*(?:-|–|en)\s*[0-9]{1,2})?\s+(?:` + meetingMonth + `)(?:\s+[0-9]{4})?$`)

// dateLine reports whether a heading is only a date: the last line of a
// title printed over several lines, no section.
func dateLine(text string) bool { return dateLineRe.MatchString(strings.TrimSpace(text)) }

// dayHeadingRe is a heading that is only a day of the meeting: "Donderdag
// 11 december", "Vrijdag", "Eerste dag", "Dag 2".
var dayHeadingRe = regexp.MustCompile(`(?i)^(?:(?:` + weekdayNames + `)(?:\s+[0-9]{1,2}(?:\s*(?:-|–|en)\s*[0-9]{1,2})?\s+(?:` + meetingMonth + `)(?:\s+[0-9]{4})?)?|(?:eerste|tweede|derde)\s+(?:vergader)?dag|dag\s+[0-9])\s*:?$`)

// dayHeading reports whether a heading is only a day or a date: a day
// heading is no item (testdata/gold/README.md); over items it is a section
// (themeHeading), as the agenda's days are.
func dayHeading(text string) bool {
	return dateLine(text) || dayHeadingRe.MatchString(strings.TrimSpace(text))
}

// numberingRunsOn reports whether the first numbered item after heading i
// continues the numbering before it ("1. Goedkeuring van de agenda",
// heading "Wetgevende besprekingen", "2. ..."): then the heading is a
// sub-heading within the section, not a section of its own.
func (x *extraction) numberingRunsOn(i, end, lastOrder int) bool {
	if lastOrder == 0 {
		return false
	}
	for j := i + 1; j < end; j++ {
		if h, ok := parseItemHeading(x.doc.Paragraphs[j]); ok {
			return h.order == lastOrder+1
		}
	}
	return false
}

// pageFurnitureRe is a label line of a parliamentary document page: the
// document's type ("Brief regering") and where it belongs ("Onderdeel van
// zaak 2024Z11112", "Onderdeel van kamerstukdossier ...").
var pageFurnitureRe = regexp.MustCompile(`(?i)^(?:brief\s+regering|onderdeel\s+van\s+(?:zaak|kamerstukdossier|activiteiten)|gerelateerde\s+personen|directe\s+link|preview\s+document)\b`)

// unnumberedItemAt reports whether the unnumbered title i heads an item:
// a format label follows it (after a subtitle line at most), or text does.
func (x *extraction) unnumberedItemAt(i, end int) bool {
	title := strings.TrimSuffix(shortText(x.doc.Paragraphs[i].Text), ":")
	if utf8.RuneCountInString(title) > 150 || dataLine(title) {
		return false // "Nummer: 2015D46360, datum: ...": a page's data line, no title
	}
	if pageFurnitureRe.MatchString(title) {
		return false // "Brief regering", "Onderdeel van zaak 2024Z11112": a document page's labels
	}
	if frameHeading(title) {
		return false // "Belangrijkste resultaten": the report's frame over its items, no item
	}
	for j := i + 1; j < end && j <= i+3; j++ {
		p := x.doc.Paragraphs[j]
		if p.Kind != ParaBody && p.Kind != ParaHeading {
			continue
		}
		text := shortText(p.Text)
		if _, ok := formatLabel(text); ok {
			return true
		}
		if subtitleLine(text) {
			continue
		}
		return p.Kind == ParaBody && !colonTitle(text) || x.cutOff(j)
	}
	return false
}

// cutOff reports whether heading paragraph i is the text's last paragraph
// cut off in mid-sentence, read as a heading only because its end is
// missing: "De Raad nam conclusies aan die zien op de p", "Tijdens deze
// informele werklunch bes". A heading at the end of the text heads
// nothing; one of four words or more that ends in a lower-case word is
// the start of a sentence, and so is a run-in topic before its text
// (runInTitle), which no heading is.
func (x *extraction) cutOff(i int) bool {
	p := x.doc.Paragraphs[i]
	if p.Kind != ParaHeading {
		return false
	}
	for j := i + 1; j < len(x.doc.Paragraphs); j++ {
		if k := x.doc.Paragraphs[j].Kind; k == ParaBody || k == ParaHeading {
			return false
		}
	}
	text := shortText(p.Text)
	if _, ok := formatLabel(text); ok {
		return false
	}
	if _, ok := runInTitle(text); ok {
		return true // "Justitie Scorebord: Veel lidstaten hadden bezwaar tegen de rol die de Commissie"
	}
	f := strings.Fields(text)
	if len(f) < 4 {
		return false
	}
	last, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLower(last)
}

// dataLine reports whether a line with a colon is a page's data ("Nummer:
// 2015D46360, datum: 2015-12-03", "Datum: 8 juni") rather than a title
// with a colon ("Europese grens- en kustwacht: implementatie"): more than
// one colon, or a digit after it.
func dataLine(title string) bool {
	i := strings.IndexByte(title, ':')
	if i < 0 {
		return false
	}
	rest := title[i+1:]
	return strings.Contains(rest, ":") || strings.ContainsAny(rest, "0123456789")
}

// formatFollows reports whether a format label follows paragraph i:
// "Migratie" / "= stand van zaken" is an item, though "Migratie" can be a
// section's title.
func (x *extraction) formatFollows(i, end int) bool {
	j := x.nextTextPara(i, end)
	if j < 0 {
		return false
	}
	_, ok := formatLabel(shortText(x.doc.Paragraphs[j].Text))
	return ok
}

// labelFollows reports whether an explicit format label ("= Algemene
// oriëntatie", "Soort bespreking: Beleidsdebat") follows paragraph i.
func (x *extraction) labelFollows(i, end int) bool {
	j := x.nextTextPara(i, end)
	return j >= 0 && labelRe.MatchString(shortText(x.doc.Paragraphs[j].Text))
}

// themeHeading reports whether heading i stands over unnumbered items: the
// next paragraph is itself an item's title.
func (x *extraction) themeHeading(i, end int) bool {
	j := x.nextTextPara(i, end)
	if j < 0 {
		return false
	}
	p := x.doc.Paragraphs[j]
	text := shortText(p.Text)
	return (p.Kind == ParaHeading || colonTitle(text)) && !usualSectionTitle(text) && x.unnumberedItemAt(j, end)
}

// nextTextPara is the first body or heading paragraph after i and before
// end, or -1.
func (x *extraction) nextTextPara(i, end int) int {
	for j := i + 1; j < end; j++ {
		if k := x.doc.Paragraphs[j].Kind; k == ParaBody || k == ParaHeading {
			return j
		}
	}
	return -1
}

// agendaListIntro is a sentence that introduces the points of the
// agenda as a list: "De overige punten op de agenda waren:".
func agendaListIntro(text string) bool {
	l := strings.ToLower(text)
	return strings.HasSuffix(l, ":") && utf8.RuneCountInString(l) <= 200 &&
		(strings.Contains(l, "agenda") || strings.Contains(l, "punten") || strings.Contains(l, "onderwerpen"))
}

// bulletItems splits a bulleted paragraph into its items' titles, bullet
// and closing punctuation left out.
func bulletItems(text string) []string {
	var out []string
	for _, part := range strings.Split(text, "• ") {
		t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(strings.TrimLeft(part, "•·▪*-– ")), ";.,"))
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

// bulletLine is a paragraph that is an item of a bulleted list.
func bulletLine(text string) bool {
	for _, b := range []string{"• ", "· ", "▪ ", "* ", "- ", "– "} {
		if strings.HasPrefix(text, b) {
			return true
		}
	}
	return false
}

// subtitleLine is a dash line under an item's title: "- 6e tweejaarlijkse
// rapportage over functioneren van de Schengenruimte".
func subtitleLine(text string) bool {
	return (strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "– ")) && utf8.RuneCountInString(text) <= 200
}

// colonTitleVerbs are finite verbs that make a line ending in a colon a
// sentence that introduces a list, not a title.
var colonTitleVerbs = map[string]bool{"is": true, "zijn": true, "was": true, "waren": true, "wordt": true, "worden": true,
	"werd": true, "werden": true, "zal": true, "zullen": true, "heeft": true, "hebben": true, "had": true, "kan": true,
	"staan": true, "staat": true, "stonden": true, "betreft": true, "betreffen": true, "gaat": true, "volgt": true, "volgen": true}

// colonTitle is a title line that ends in a colon, as reports print their
// items: "Het nieuwe meerjarenbeleid op JBZ-terrein (Immigratie en
// Asiel):". A line with a finite verb ("De overige punten op de agenda
// waren:") introduces a list instead.
func colonTitle(text string) bool {
	if !strings.HasSuffix(text, ":") || utf8.RuneCountInString(text) > 120 || strings.Contains(text, ", ") {
		return false
	}
	rs := []rune(text)
	if !unicode.IsUpper(rs[0]) {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimSuffix(text, ":")))
	if len(f) > 12 {
		return false
	}
	for _, w := range f {
		if colonTitleVerbs[w] {
			return false
		}
	}
	return true
}

// runInTitle reads the run-in title of a report's paragraph: "Wapens: de
// JBZ-Raad bereikte ...", "Routekaart over het uitwisselen en gebruik van
// informatie: de lidstaten ...". The title is a capitalised phrase of at
// most ten words without a finite verb or a digit, and text follows it.
func runInTitle(text string) (string, bool) {
	c := strings.Index(text, ": ")
	if c <= 0 || c > 100 || len(text)-c < 40 {
		return "", false
	}
	title := text[:c]
	bare := title
	if m := runInAcronymRe.FindStringSubmatch(title); m != nil {
		bare = m[1] // "Europees Openbaar Ministerie (EOM)": a bracketed short form closes the title
	}
	if strings.ContainsAny(bare, "0123456789,;.()") || strings.Contains(title, ":") {
		return "", false
	}
	rs := []rune(title)
	if !unicode.IsUpper(rs[0]) {
		return "", false
	}
	f := strings.Fields(strings.ToLower(title))
	if len(f) > 10 {
		return "", false
	}
	for _, w := range f {
		if colonTitleVerbs[w] || runInNotTitle[w] {
			return "", false
		}
	}
	return title, true
}

// runInAcronymRe is a title that ends in its short form in brackets:
// "Inreis- en uitreissysteem (EES)".
var runInAcronymRe = regexp.MustCompile(`^(.*\S) \([A-Z][A-Za-z-]{1,9}\)$`)

// runInNotTitle are words that make the words before a colon a sentence
// or a label, not an item's title.
var runInNotTitle = map[string]bool{"bijlage": true, "nummer": true, "datum": true, "bron": true, "zie": true,
	"noot": true, "vraag": true, "antwoord": true, "ik": true, "wij": true, "we": true, "nederland": true}

// sectionFollows reports whether the unnumbered heading i (text) opens a
// section: an item follows it directly (after labels), or, for a usual
// section title, after introductory text before the next heading.
func (x *extraction) sectionFollows(i, end int, text string) bool {
	usual := usualSectionTitle(text)
	for j := i + 1; j < end; j++ {
		p := x.doc.Paragraphs[j]
		if p.Kind != ParaBody && p.Kind != ParaHeading {
			continue
		}
		if _, ok := formatLabel(shortText(p.Text)); ok {
			continue
		}
		if _, ok := parseItemHeading(p); ok {
			return true
		}
		if p.Kind == ParaHeading || !usual {
			return false
		}
	}
	return false
}

var sectionTitleRe = regexp.MustCompile(`(?i)^(?:binnenlandse zaken|justitie|veiligheid en justitie|justice|home affairs|migratie|asiel en migratie|gemengd comit[eé]|mixed committee|diversen|overige onderwerpen|overige punten|any other business)\b`)

func usualSectionTitle(s string) bool { return sectionTitleRe.MatchString(foldDiacritics(s)) }

// onlySectionTitle reports whether s is a usual section title and nothing
// more, or a list of them ("Binnenlandse Zaken, Asiel en Migratie"), but
// for a day note in brackets: "Binnenlandse Zaken (8 maart)", not
// "Migratie en terugkeer".
func onlySectionTitle(s string) bool {
	s = foldDiacritics(strings.TrimSpace(dayNoteRe.ReplaceAllString(s, "")))
	for {
		m := sectionTitleRe.FindStringIndex(s)
		if m == nil {
			return false
		}
		if m[1] == len(s) {
			return true
		}
		// a list of section titles: "Binnenlandse Zaken, Asiel en Migratie"
		sep := sectionListSepRe.FindStringIndex(s[m[1]:])
		if sep == nil {
			return false
		}
		s = s[m[1]+sep[1]:]
	}
}

// sectionListSepRe joins section titles in a list.
var sectionListSepRe = regexp.MustCompile(`(?i)^(?:\s*,\s*|\s*/\s*|\s*&\s*|\s+en\s+)`)

var dayNoteRe = regexp.MustCompile(`(?i)\s*\(([^()]*(?:day|dag)|[0-9]{1,2}(?:\s*(?:en|-|–)\s*[0-9]{1,2})?\s+(?:` + meetingMonth + `)(?:\s+[0-9]{4})?)\)\s*$`)

// newSection builds a section from its numeral and printed title; a day
// note in brackets ("(Home Affairs day)", "(13 juni)") is not part of the
// title but says which day of the meeting the section is.
func newSection(numeral, printed string) agendaSection {
	title := strings.TrimSpace(dayNoteRe.ReplaceAllString(printed, ""))
	if title == "" {
		title = printed
	}
	return agendaSection{numeral: numeral, title: title, day: meetingDay(printed)}
}

// meetingDay says which day of a JHA Council a section title stands for.
func meetingDay(title string) string {
	l := strings.ToLower(foldDiacritics(title))
	home := strings.Contains(l, "binnenlandse zaken") || strings.Contains(l, "home") || strings.Contains(l, "migratie")
	justice := strings.Contains(l, "justitie") || strings.Contains(l, "justice")
	switch {
	case strings.Contains(l, "home affairs day") || strings.Contains(l, "home-dag"):
		return "home-affairs"
	case strings.Contains(l, "justice day") || strings.Contains(l, "justitiedag"):
		return "justice"
	case home && !justice:
		return "home-affairs"
	case justice && !home:
		return "justice"
	}
	return ""
}

var (
	romanSectionRe  = regexp.MustCompile(`^([IVX]{1,5})\.\s+(\S.*)$`)
	letterSectionRe = regexp.MustCompile(`^([A-H])\.\s+(\p{Lu}.*)$`)
)

// numberedSection reads "II. Justitie" (2, "Justitie") or "B. Justitie".
func numberedSection(text string) (int, string, bool) {
	if m := romanSectionRe.FindStringSubmatch(text); m != nil {
		if n := romanValue(m[1]); n > 0 {
			return n, m[2], true
		}
	}
	if m := letterSectionRe.FindStringSubmatch(text); m != nil {
		return int(m[1][0]-'A') + 1, m[2], true
	}
	return 0, "", false
}

func romanValue(s string) int { return roman.Value(s) }

func romanNumeral(n int) string { return roman.Numeral(n) }

// itemHead is a parsed item heading.
type itemHead struct {
	order         int
	title, format string
}

var itemHeadRe = regexp.MustCompile(`^(?:([0-9]{1,2})[.)]|([a-z])[.)])\s+(\S.*)$`)

// parseItemHeading reads an item heading: a short line "1. Title", "1)
// Title", "a) Title" with a title that starts with a capital or a digit, is
// one sentence and does not end in punctuation.
func parseItemHeading(p Paragraph) (itemHead, bool) {
	if p.Kind != ParaHeading && p.Kind != ParaBody || len(p.Text) > 800 || !startsEnumerated(p.Text) {
		return itemHead{}, false
	}
	text := cleanHeading(p.Text)
	if utf8.RuneCountInString(text) > 400 {
		return itemHead{}, false
	}
	m := itemHeadRe.FindStringSubmatch(text)
	if m == nil {
		return itemHead{}, false
	}
	h := itemHead{title: strings.TrimSpace(m[3])}
	if q := possibleItemRe.FindStringIndex(h.title); q != nil {
		h.title = h.title[q[1]:] // "(evt.) Voorstel voor een verordening ...": the item may be dropped, no part of its title
	}
	if m[1] != "" {
		h.order, _ = strconv.Atoi(m[1])
	} else {
		h.order = int(m[2][0]-'a') + 1
	}
	if k := strings.LastIndex(h.title, " = "); k > 0 {
		h.format = normaliseFormat(h.title[k+3:])
		h.title = strings.TrimSpace(h.title[:k])
	}
	if h.format == "" {
		if open, inner, ok := lastBracket(h.title); ok && isFormat(inner) {
			h.format = normaliseFormat(inner)
			h.title = strings.TrimSpace(h.title[:open])
		} else if title, format, ok := tailFormat(h.title); ok {
			h.title, h.format = title, format
		} else if title, format, ok := leadFormat(h.title); ok {
			h.title, h.format = title, format
		}
	}
	rs := []rune(h.title)
	if len(rs) == 0 || h.order == 0 {
		return itemHead{}, false
	}
	if rs[0] == '(' && len(rs) > 1 {
		rs = rs[1:] // "(Mogelijk) Verordening ...": a qualifier in brackets before the title
	}
	if !unicode.IsUpper(rs[0]) && !unicode.IsDigit(rs[0]) {
		return itemHead{}, false
	}
	if strings.ContainsRune(".;:,!?", rs[len(rs)-1]) || len(splitSentences(rs)) > 1 && !procedureTail(rs) { // hook acts3: procedureTail (agenda_procedure.go)
		return itemHead{}, false
	}
	return h, true
}

// possibleItemRe is the abbreviated note before an item's title that the
// item may be dropped: "(evt.)", "(ev.)" (eventueel).
var possibleItemRe = regexp.MustCompile(`^\((?:evt|ev|event)\.\)\s*`)

// startsEnumerated is a quick test for "1.", "12)", "a)" at the start of s.
func startsEnumerated(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 && len(s) > 0 && s[0] >= 'a' && s[0] <= 'z' {
		i = 1
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}

// lastBracket returns the byte offset of the "(" of a bracketed group that
// ends s, and the group's content.
func lastBracket(s string) (int, string, bool) {
	if !strings.HasSuffix(s, ")") {
		return 0, "", false
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i, strings.TrimSpace(s[i+1 : len(s)-1]), true
			}
		}
	}
	return 0, "", false
}

// shortText is cleanHeading of a short paragraph; a long one (running text,
// no heading or label) is returned as it is.
func shortText(s string) string {
	if len(s) > 300 {
		return s
	}
	return cleanHeading(s)
}

// cleanHeading is a paragraph's text without trailing footnote markers,
// white space collapsed.
func cleanHeading(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "]") {
		s = trailMarkRe.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t") {
		s = collapseSpace(s)
	}
	return strings.TrimSpace(s)
}

var labelRe = regexp.MustCompile(`(?i)^(?:=\s*|(?:doel|soort bespreking|type bespreking|aard(?: van de)? bespreking|vorm|format|type)\s*:\s*)(\S.*)$`)

// formatLabel reads a label line that gives an item's format: "=
// Werksessie", "Doel: Algemene oriëntatie", "Soort bespreking:
// Beleidsdebat", or a line that is only a known format.
func formatLabel(text string) (string, bool) {
	if len(text) > 300 || len(text) > 60 && text[0] != '=' && !strings.Contains(text[:40], ":") {
		return "", false
	}
	if m := labelRe.FindStringSubmatch(text); m != nil && utf8.RuneCountInString(m[1]) <= 100 {
		return normaliseFormat(m[1]), true
	}
	if isFormat(text) {
		return normaliseFormat(text), true
	}
	// "– vaststelling" on its own line
	for _, dash := range []string{"– ", "- ", "— "} {
		if rest, ok := strings.CutPrefix(text, dash); ok && isFormat(rest) {
			return normaliseFormat(rest), true
		}
	}
	return "", false
}

// formats are the item formats letters print, lower case and without
// diacritics, mapped to their spelling as a class: the printed word itself
// ("lunchbespreking" stays "lunchbespreking", it is no "werklunch"), with
// only spelling variants folded ("Algemene orientatie", "Werksessies").
var formats = map[string]string{
	"werksessie": "werksessie", "werksessies": "werksessie", "werklunch": "werklunch", "lunch": "lunch", "lunchbespreking": "lunchbespreking",
	"werkdiner": "werkdiner", "informeel diner": "informeel diner", "beleidsdebat": "beleidsdebat",
	"orienterend debat": "oriënterend debat", "debat": "debat", "discussie": "discussie", "bespreking": "bespreking",
	"algemene orientatie": "algemene oriëntatie", "gedeeltelijke algemene orientatie": "gedeeltelijke algemene oriëntatie",
	"raadsconclusies": "raadsconclusies", "aanneming van raadsconclusies": "aanneming van raadsconclusies",
	"presentatie": "presentatie", "presentatie door de commissie": "presentatie door de commissie", "toelichting": "toelichting",
	"gedachtewisseling": "gedachtewisseling", "informatie": "informatie",
	"informatie van het voorzitterschap": "informatie van het voorzitterschap",
	"informatie van de commissie":        "informatie van de commissie",
	"aanneming":                          "aanneming", "besluitvorming": "besluitvorming", "goedkeuring": "goedkeuring",
	"openstaande kwesties": "openstaande kwesties",
	"stand van zaken":      "stand van zaken", "voortgangsrapportage": "voortgangsrapportage", "voortgangsverslag": "voortgangsverslag",
	"politiek akkoord": "politiek akkoord", "mandaat": "mandaat", "conclusies": "conclusies",
	"vaststelling": "vaststelling", "uitwisseling van standpunten": "uitwisseling van standpunten",
	"uitwisseling standpunten": "uitwisseling van standpunten", "oriënterend debat": "oriënterend debat",
}

// formatQualifierRe is a word in brackets before a format that qualifies
// it: "(Gedeeltelijke) algemene oriëntatie", "(evt.) Raadsconclusies".
var formatQualifierRe = regexp.MustCompile(`^\s*\([\p{L}.]+\)\s*`)

// tailFormat splits a format off the end of an item's title, where the
// format line was printed under the title and read with it: "Terugkeer
// (Gedeeltelijke) algemene oriëntatie", "Visumbeleid Algemene oriëntatie",
// "Asiel Gedachtewisseling". The format starts with a capital or a
// bracketed qualifier, as a line of its own does: titles are written in
// sentence case, so "Publiek debat" keeps its last word.
func tailFormat(title string) (string, string, bool) {
	words := strings.Fields(title)
	for k := 1; k < len(words); k++ {
		tail := strings.Join(words[k:], " ")
		if !isFormat(tail) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(words[k])
		if first != '(' && !unicode.IsUpper(first) {
			continue // "Voortgang van de algemene oriëntatie": the title's own words
		}
		return strings.Join(words[:k], " "), normaliseFormat(tail), true
	}
	return "", "", false
}

// leadFormatRe is a format printed before an item's title, with the
// session's number: "Werksessie I: Nieuwe en innovatieve oplossingen voor
// migratiemanagement", "Werklunch: Syrië".
var leadFormatRe = regexp.MustCompile(`^(\p{Lu}[\p{L} ]{2,40}?)(?:\s+(?:[IVX]{1,4}|[0-9]{1,2}))?\s*:\s+(\p{Lu}.*)$`)

// leadFormat splits a format off the start of an item's title: the words
// before the colon are a known format, with the session's number at most.
func leadFormat(title string) (string, string, bool) {
	m := leadFormatRe.FindStringSubmatch(title)
	if m == nil || !isFormat(m[1]) {
		return "", "", false
	}
	return strings.TrimSpace(m[2]), normaliseFormat(m[1]), true
}

var formatListRe = regexp.MustCompile(`\s*(?:/|;|\+|\ben\b)\s*`)

func formatKey(s string) string {
	return strings.ToLower(foldDiacritics(collapseSpace(strings.TrimRight(strings.TrimSpace(s), "."))))
}

func isFormat(s string) bool {
	if q := formatQualifierRe.FindStringIndex(s); q != nil {
		s = s[q[1]:]
	}
	_, ok := formats[formatKey(s)]
	return ok
}

// normaliseFormat returns the class of a printed format: the printed
// words in lower case, spelling variants of a known format folded
// ("Algemene orientatie" is "algemene oriëntatie"), and of a list
// ("Algemene oriëntatie / Raadsconclusies") its first known part.
func normaliseFormat(s string) string {
	if q := formatQualifierRe.FindStringIndex(s); q != nil {
		if _, ok := formats[formatKey(s[q[1]:])]; ok {
			s = s[q[1]:] // "(Gedeeltelijke) algemene oriëntatie", "(evt.) Raadsconclusies"
		}
	}
	if f, ok := formats[formatKey(s)]; ok {
		return f
	}
	for _, part := range formatListRe.Split(s, -1) {
		if f, ok := formats[formatKey(part)]; ok {
			return f
		}
	}
	return strings.ToLower(collapseSpace(strings.TrimRight(strings.TrimSpace(s), ".")))
}

// --- every naming of an entity ----------------------------------------------

// mention is one naming of an entity in the text, as the finders of Extract
// read it.
type mention struct {
	para int
	span Span // absolute
	to   graph.Ref
	ref  string // as written
	pos  [3]int
}

// mentions lists every naming of a legal act, Kamerstuk, country or EU body
// in the text, in reading order. The relations of Extract keep only each
// fact's first occurrence; to know what each sentence and each agenda item
// names, the same finders (x.acts, x.citations, x.countries,
// x.organisations) are run again, one paragraph at a time, over a scratch
// copy of the extraction in which what earlier rounds found is blanked out,
// until a round finds nothing new. Reusing the finders keeps this list in
// step with the relations, whatever the finders learn.
func (x *extraction) mentions() []mention {
	finders := []func(y *extraction){
		(*extraction).acts,
		func(y *extraction) { y.citations(y.kstCites()) },
		(*extraction).countries,
		(*extraction).organisations,
	}
	var out []mention
	rels := map[relKey]*relAcc{}
	ents := map[graph.Ref]*graph.Entity{} // each round's, cleared for the next
	for i := range x.doc.Paragraphs {
		if !x.scanned(i) {
			continue
		}
		var masks []Span // relative to the paragraph
		base := x.doc.Paragraphs[i].Start
		active := make([]bool, len(finders))
		for f := range active {
			active[f] = true
		}
		// Each round runs the finders that found something new in the
		// round before: blanking text makes no new names appear.
		for round := 0; round < 32; round++ {
			y := x.scratch(i, masks, ents)
			var found []mention
			for f, run := range finders {
				if !active[f] {
					continue
				}
				clear(rels) // a fresh map for each finder, reused
				y.rels = rels
				run(y)
				n := len(found)
				for k, acc := range y.rels {
					if k.from != x.docRef() || x.entities[k.to] == nil || acc.first.para != i {
						continue
					}
					o := acc.first
					rel := Span{o.span.Start - base, o.span.End - base}
					if rel.Start < 0 || rel.End > len(x.paras[i].runes) || rel.Start >= rel.End || overlapsSpan(masks, rel) {
						continue
					}
					found = append(found, mention{para: i, span: o.span, to: k.to, ref: o.ref, pos: x.readingPos(o)})
				}
				active[f] = len(found) > n
			}
			if len(found) == 0 {
				break
			}
			for _, m := range found {
				masks = append(masks, Span{m.span.Start - base, m.span.End - base})
			}
			out = append(out, found...)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.pos != b.pos {
			return less3(a.pos, b.pos)
		}
		if a.span.End != b.span.End {
			return a.span.End < b.span.End
		}
		if a.to.Kind != b.to.Kind {
			return a.to.Kind < b.to.Kind
		}
		return a.to.Key < b.to.Key
	})
	return out
}

// scratch is a copy of the extraction in which only paragraph keep is
// scanned, with the spans masks (relative to it) blanked out, and no
// entities (ents, cleared) or relations yet (the caller gives it its map
// of relations). Blanking keeps every offset. The copy shares the document
// and the paragraphs; only the blanked paragraph is new.
func (x *extraction) scratch(keep int, masks []Span, ents map[graph.Ref]*graph.Entity) *extraction {
	y := *x
	y.scratchOnly, y.only, y.masked = true, keep, nil
	clear(ents)
	y.entities = ents
	y.rels = nil
	if len(masks) > 0 {
		orig := &x.paras[keep]
		rs := append([]rune(nil), orig.runes...)
		for _, m := range masks {
			for k := m.Start; k < m.End; k++ {
				rs[k] = ' '
			}
		}
		y.masked = &paraInfo{lazy: true, runes: rs, toks: blankedTokens(orig.runes, orig.toks, rs, masks),
			footnote: orig.footnote, found: &paraFound{}}
	}
	return &y
}

// --- presidency -------------------------------------------------------------

var (
	presidencyAfterRe  = guard(`^\s*(?:EU-)?(?:[Vv]oorzitterschap|Presidency|presidency)`)
	presidencyBeforeRe = guard(`(?:[Vv]oorzitterschap|[Pp]residency)\s+(?:van|of)\s+$`)
	// a presidency other than the meeting's: "het inkomende Hongaarse voorzitterschap"
	otherPresidencyRe = guard(`(?i)\b(?:inkomende|komende|volgende|vorige|voorgaande|aankomende|toekomstige|voormalige|eerdere|incoming|next|previous|former|outgoing|vertrekkende)\s+$`)
)

// presidencyMention reports whether a country mention names a presidency:
// "het Belgische voorzitterschap", "Belgian Presidency", "het voorzitterschap
// van België".
func (x *extraction) presidencyMention(m mention) bool {
	if m.to.Kind != graph.KindCountry {
		return false
	}
	after := x.str(m.span.End, min(len(x.text), m.span.End+30))
	before := x.str(max(0, m.span.Start-40), m.span.Start)
	return presidencyAfterRe.MatchString(after) || presidencyBeforeRe.MatchString(before)
}

// presidencies sets "presidency" (the country's ISO code) on the meetings
// whose presidency the letter names: a presidency named inside an agenda
// block is the block's meeting's, elsewhere the letter's subject meeting's.
// "Het inkomende ... voorzitterschap" and the like are another presidency.
// When a meeting gets several, the most named wins, then the first.
func (x *extraction) presidencies(ms []mention, lay agendaLayout) {
	type vote struct {
		n     int
		first int
	}
	votes := map[graph.Ref]map[string]*vote{}
	subject, haveSubject := x.subjectMeeting()
	for k, m := range ms {
		if !x.presidencyMention(m) {
			continue
		}
		if otherPresidencyRe.MatchString(x.str(max(0, m.span.Start-30), m.span.Start)) {
			continue
		}
		meeting, ok := subject, haveSubject
		if b, inBlock := lay.blockAt(x.readingPara(m.para)); inBlock {
			meeting, ok = b.meeting, true
		}
		if !ok {
			continue
		}
		if votes[meeting] == nil {
			votes[meeting] = map[string]*vote{}
		}
		v := votes[meeting][m.to.Key]
		if v == nil {
			v = &vote{first: k}
			votes[meeting][m.to.Key] = v
		}
		v.n++
	}
	for meeting, vs := range votes {
		best, bestV := "", (*vote)(nil)
		for code, v := range vs {
			if bestV == nil || v.n > bestV.n || v.n == bestV.n && v.first < bestV.first {
				best, bestV = code, v
			}
		}
		x.setProp(meeting, "presidency", best)
	}
}
