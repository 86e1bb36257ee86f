package ingest

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"jhagraph/graph"
)

// Attendance: who takes part in a council meeting. A sentence says it with
// a verb of taking part — "zullen hier aan deelnemen", "neemt namens
// Nederland deel", "hebben deelgenomen", "zal aanwezig zijn", "wordt
// vertegenwoordigd door", "vertegenwoordigt Nederland" — not negated
// ("niet"). Its subjects are the offices it names ("De Staatssecretaris van
// Justitie en Veiligheid en de Minister voor Rechtsbescherming", "de
// Minister en Staatssecretaris van Binnenlandse Zaken", "De Minister" when
// one signatory holds a Minister's office), persons named with their title
// ("minister Van Weel", when a signatory has that name), "ik" in a letter
// with one signatory ("Ik zal ... deelnemen"), and the signatories together
// ("waaraan wij hebben deelgenomen", "alle drie de bewindspersonen", "beide
// bewindspersonen"; a count must be theirs). Offices may be written in
// unofficial forms: a state secretary after a task ("de Staatssecretaris
// Rechtsbescherming" is the Staatssecretaris van Justitie en Veiligheid), an
// office with its holder's name joined by a hyphen ("Minister voor Asiel en
// Migratie-Van Hijum"). A letter without signatures (an excerpt) takes its
// senders' offices from its title ("BRIEF VAN DE MINISTERS VAN ..."). An office separated from the
// verb by a subordinate clause ("De Minister constateert dat er kennis
// aanwezig is") is not its subject. Offices after a preposition ("namens de Minister", "in
// plaats van de Staatssecretaris") are not subjects, except after "door" in
// "vertegenwoordigd door".
//
// The meeting is the one named in the sentence (the nearest to the verb);
// else, when the sentence refers to a meeting ("hier aan", "daaraan", "deze
// Raad", "de JBZ-Raad", "de Justitiedag", "de werklunch", "namens
// Nederland", "aan het onderdeel Justitie") or names
// nothing else one takes part in ("zal aanwezig zijn", but not "neemt deel
// aan een conferentie in Lissabon", nor "zal aan de vooravond van de
// JBZ-Raad deelnemen aan ..."), the one
// named in the sentence before it in the paragraph, else the meeting of the
// agenda block it stands in, else the meeting the letter annotates or
// reports on.
//
// Relations: Office -ATTENDS-> CouncilMeeting for a named office, and
// Person -ATTENDS-> CouncilMeeting for a named person and for each
// signatory of the letter who holds a named office (HELD_OFFICE), all with
// the sentence as evidence.

var (
	attendCueRe  = guard(`(?i)\b(?:deelnemen|deelneemt|deelgenomen|deel\s+te\s+nemen|(?:neemt|nemen|nam|namen)(?:\s+[^\s.;]+){0,8}?\s+deel|aanwezig|vertegenwoordigd\s+door|vertegenwoordig(?:t|en|de|den)\s+Nederland|Nederland\s+(?:\p{L}+\s+)?vertegenwoordig(?:t|en|de|den)|bijwonen|bijwoont|bijgewoond)\b`)
	attendNegRe  = regexp.MustCompile(`(?i)\bniet\b`)
	meetingRefRe = regexp.MustCompile(`(?i)\b(?:hier\s*aan|daar\s*aan|hierbij|daarbij|deze\s+(?:(?:in)?formele\s+)?(?:JBZ[-\s]?[Rr]aad|[Rr]aad|bijeenkomst|vergadering)|de\s+(?:(?:in)?formele\s+)?(?:JBZ[-\s]?[Rr]aad|[Rr]aad|bijeenkomst|vergadering)|(?:de\s+)?(?:Home[-\s]?dag|Justitiedag|JBZ-dag|Home\s+Affairs\s+day|Justice\s+day)|(?:de|deze)\s+(?:werksessie|werklunch|werkdiner|lunch|sessie)|namens\s+Nederland|onderdeel|agendapunt)\b`)

	// An office: "Minister van Justitie en Veiligheid", "Staatssecretaris van
	// Justitie en Veiligheid", "Minister voor Rechtsbescherming", "Minister
	// en Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
	// "Ministers van Justitie en Veiligheid en van Asiel en Migratie", or a
	// bare "Minister" / "Staatssecretaris".
	officeMentionRe = regexp.MustCompile(`\b(?:([Dd]e|[Hh]et)\s+)?(Minister-[Pp]resident|Ministers|Minister|Staatssecretarissen|Staatssecretaris|minister|staatssecretaris)` +
		`(?:\s+en\s+(Minister|Staatssecretaris|minister|staatssecretaris))?` +
		`(?:\s+(van|voor)\s+(` + portfolio + `)(?:\s+en\s+(van|voor)\s+(` + portfolio + `))?)?`)
	// A person named with a title: "minister Van Weel", "staatssecretaris
	// Van der Burg".
	titledPersonRe  = regexp.MustCompile(`\b(?:[Mm]inister|[Ss]taatssecretaris)\s+((?:(?:` + strings.Join(namePrefixList, "|") + `)\s+(?:(?:der|den|de)\s+)?)?\p{Lu}[\p{L}'’-]+)`)
	precedingWordRe = regexp.MustCompile(`(\p{L}+)\s*,?\s*$`)
	firstPersonRe   = regexp.MustCompile(`(?i)\bik\s+(?:zal|neem|nam|ben|was|heb|woon)\b`)
	// the signatories together: "wij" before a verb, "beide
	// bewindspersonen", "alle drie (de) bewindspersonen", "de
	// bewindspersonen"; group 1 is the number a count names
	collectiveOfRe = regexp.MustCompile(`^\s+van\s+(` + portfolio + `)`)
	collectiveRe   = regexp.MustCompile(`(?i)\b(?:wij\s+(?:zullen|nemen|namen|hebben|zijn|waren|wonen)\b|(?:beide|alle\s+(twee|drie|vier|vijf)(?:\s+de)?|de)\s+bewindspersonen\b)`)
	// a subordinate clause between an office and the verb: the office is
	// not its subject
	clauseBreakRe = regexp.MustCompile(`(?i)\b(?:dat|die|omdat|nadat|zodat|wanneer|waar|wat|welke)\b`)
	// something else one takes part in: "aan een conferentie", "bij de
	// top", "in Lissabon"
	placeObjectRe = regexp.MustCompile(`\b(?:aan|bij|op|in|tijdens)\s+(?:(?:de|het|een|dit|deze)\s+)?\p{L}`)
	startsNameRe  = regexp.MustCompile(`^\s+\p{Lu}`)
)

// otherEventRe is taking part in something named with an indefinite
// article ("deelnemen aan een ministeriële conferentie", "aan een ontbijt
// deelnemen"): another event than the Council the letter is about.
// sideEventRe places what is taken part in beside the Council ("aan de
// vooravond van", "voorafgaand aan", "in de marge van", "na afloop van").
var (
	otherEventRe = regexp.MustCompile(`(?i)\b(?:deelnemen|deelneemt|deelgenomen|deel\s+te\s+nemen|deel|bijwonen|bijwoont|bijgewoond)\s+aan\s+een\b|\baan\s+een\s+(?:[\p{L}-]+\s+){1,4}(?:deelnemen|deelneemt|deelgenomen|deel\s+te\s+nemen|deel)\b`)
	sideEventRe  = regexp.MustCompile(`(?i)\b(?:aan\s+de\s+vooravond\s+van|voorafgaand\s+aan|in\s+de\s+marge\s+van|na\s+afloop\s+van)\s+(?:de|het|deze)\b`)
)

// titles maps the titles an office starts with, as written, to their
// singular.
var titles = map[string]string{
	"minister": "Minister", "ministers": "Minister", "staatssecretaris": "Staatssecretaris",
	"staatssecretarissen": "Staatssecretaris", "minister-president": "Minister-president",
}

// portfolio is the part of an office after "van" or "voor": a run of
// capitalised words, joined by "en" or commas, as long as the next word is
// not a title.
const portfolio = `(?:\p{Lu}[\p{L}-]*(?:(?:\s+en\s+|,\s+|\s+)\p{Lu}[\p{L}-]*)*)`

// officePrepositions are the words before an office that make it no subject
// of the sentence.
var officePrepositions = map[string]bool{
	"van": true, "namens": true, "door": true, "met": true, "aan": true, "voor": true, "bij": true, "tot": true,
	"over": true, "na": true, "zonder": true, "dan": true, "als": true, "om": true, "tegen": true, "vanwege": true,
}

// officeMention is an office named in a sentence.
type officeMention struct {
	offices []string // "Minister van Justitie en Veiligheid"; a bare title stays "Minister"
	span    Span     // absolute
}

func (x *extraction) attendance() {
	lay := x.agendaLayout()
	subject, haveSubject := x.subjectMeeting()
	holders := x.officeHolders()
	for i, p := range x.doc.Paragraphs {
		if p.Kind != ParaBody {
			continue
		}
		meetings := x.meetingsIn(i)
		for si, s := range p.Sentences {
			sentence := x.str(s.Start, s.End)
			cue := attendCueRe.FindStringIndex(sentence)
			if cue == nil || attendNegRe.MatchString(sentence) {
				continue
			}
			passive := strings.Contains(strings.ToLower(sentence[cue[0]:cue[1]]), "door")
			meeting, ok := nearestMeeting(meetings, s, s.Start+runeLen(sentence[:cue[0]]))
			if !ok && (otherEventRe.MatchString(sentence) || sideEventRe.MatchString(sentence)) {
				continue // "Aan de vooravond van de JBZ-Raad zal de Staatssecretaris deelnemen aan een conferentie"
			}
			if !ok && (meetingRefRe.MatchString(sentence) || !placeObjectRe.MatchString(sentence)) {
				if si > 0 {
					meeting, ok = nearestMeeting(meetings, p.Sentences[si-1], p.Sentences[si-1].End)
					if ok && haveSubject && slices.Contains(x.slipped, meeting) {
						meeting = subject // the title's meeting, not the one a copied sentence offers
					}
				}
				if !ok {
					if b, in := lay.blockAt(i); in {
						meeting, ok = b.meeting, true
					} else {
						meeting, ok = subject, haveSubject
					}
				}
			}
			if !ok {
				continue
			}
			cueAt := s.Start + runeLen(sentence[:cue[0]])
			for _, om := range x.officeMentions(sentence, s.Start, passive) {
				if om.span.End <= cueAt && clauseBreakRe.MatchString(x.str(om.span.End, cueAt)) {
					continue // "De Minister constateert dat er kennis aanwezig is"
				}
				o := occurrence{para: i, span: om.span}
				for _, office := range om.offices {
					name, persons, known := x.resolveOffice(office, holders)
					if !known {
						continue
					}
					if name != "" {
						ref := x.addEntity(officeEntity(name))
						x.relate(graph.RelAttends, ref, meeting, o, false)
					}
					for _, person := range persons {
						x.relate(graph.RelAttends, person, meeting, o, false)
					}
				}
			}
			for _, pm := range x.namedPersons(sentence, s.Start, holders) {
				x.relate(graph.RelAttends, pm.person, meeting, occurrence{para: i, span: pm.span}, false)
			}
			if loc := collectiveRe.FindStringSubmatchIndex(sentence); loc != nil && loc[0] < cue[0] &&
				!clauseBreakRe.MatchString(sentence[loc[1]:cue[0]]) && collectiveCount(sentence, loc, holders) {
				// "waaraan wij hebben deelgenomen", "alle drie de
				// bewindspersonen nemen deel": every signatory and office
				o := occurrence{para: i, span: s}
				for _, key := range slices.Sorted(maps.Keys(holders.offices)) {
					ref := x.addEntity(officeEntity(holders.offices[key]))
					x.relate(graph.RelAttends, ref, meeting, o, false)
					for _, person := range holders.byOffice[key] {
						x.relate(graph.RelAttends, person, meeting, o, false)
					}
				}
			}
			if len(holders.signatories) == 1 && firstPersonRe.MatchString(sentence) {
				for _, person := range holders.signatories {
					x.relate(graph.RelAttends, person, meeting, occurrence{para: i, span: s}, false)
				}
			}
		}
	}
}

// titleOfficeSplitRe splits the senders a letter's title names: "BRIEF
// VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID EN DE
// MINISTER VAN ASIEL EN MIGRATIE", "BRIEF VAN DE MINISTERS VAN JUSTITIE EN
// VEILIGHEID EN VOOR RECHTSBESCHERMING".
var (
	titleSendersRe     = regexp.MustCompile(`(?i)^(?:brief|nota|memorie)\s+van\s+(?:de|het)\s+(.+)$`)
	titleOfficeSplitRe = regexp.MustCompile(`(?i)\s*(?:,|\ben\s+(?:de|het)\b)\s*`)
	titleOfficeRe      = regexp.MustCompile(`(?i)^(ministers?|staatssecretaris(?:sen)?)(?:\s+en\s+(minister|staatssecretaris))?\s+((?:van|voor)\s+.+)$`)
	titlePortfolioRe   = regexp.MustCompile(`(?i)\s+en\s+((?:van|voor)\s+)`)
)

// titleOffices returns the offices of the senders a letter's title names,
// those the reference data knows, in the spelling of the data.
func titleOffices(title string) []string {
	m := titleSendersRe.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return nil
	}
	idx := personIndex()
	var out []string
	for _, part := range titleOfficeSplitRe.Split(m[1], -1) {
		om := titleOfficeRe.FindStringSubmatch(part)
		if om == nil {
			continue
		}
		ts := []string{titles[strings.ToLower(om[1])]}
		if om[2] != "" {
			ts = append(ts, titles[strings.ToLower(om[2])])
		}
		// "van Justitie en Veiligheid en voor Rechtsbescherming"
		pfs := titlePortfolioRe.ReplaceAllString(om[3], "\x00$1")
		for _, pf := range strings.Split(pfs, "\x00") {
			for _, t := range ts {
				if name, ok := idx.offices[slug(t+" "+pf)]; ok && !slices.Contains(out, name) {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// collectiveCount reports whether the signatories of a letter with n of
// them are the collective subject collectiveRe matched at loc: "wij" and
// "de bewindspersonen" need two or more, "beide" two, "alle drie" three.
// "De bewindspersonen van X" without a count are the signatories only
// when each of them holds an office of X.
func collectiveCount(sentence string, loc []int, h holders) bool {
	n := max(len(h.signatories), len(h.offices))
	if n < 2 {
		return false
	}
	m := strings.ToLower(sentence[loc[0]:loc[1]])
	if loc[2] < 0 && strings.HasPrefix(m, "de ") {
		if of := collectiveOfRe.FindStringSubmatch(sentence[loc[1]:]); of != nil {
			for _, name := range h.offices {
				if !strings.HasSuffix(name, " "+trimPortfolio(of[1])) {
					return false
				}
			}
		}
	}
	switch {
	case loc[2] >= 0:
		return map[string]int{"twee": 2, "drie": 3, "vier": 4, "vijf": 5}[strings.ToLower(sentence[loc[2]:loc[3]])] == n
	case strings.HasPrefix(m, "beide"):
		return n == 2
	}
	return true
}

func runeLen(s string) int { return len([]rune(s)) }

// nearestMeeting returns the meeting named in sentence s nearest to rune
// offset at.
func nearestMeeting(ms []placedMeeting, s Span, at int) (graph.Ref, bool) {
	best, bestD := graph.Ref{}, -1
	for _, m := range ms {
		if m.span.Start < s.Start || m.span.End > s.End {
			continue
		}
		d := m.span.Start - at
		if d < 0 {
			d = at - m.span.End
		}
		if d < 0 {
			d = 0
		}
		if bestD < 0 || d < bestD {
			best, bestD = m.ref, d
		}
	}
	return best, bestD >= 0
}

// officeMentions finds the offices that are subjects of an attendance
// sentence starting at rune offset start.
func (x *extraction) officeMentions(sentence string, start int, passive bool) []officeMention {
	var out []officeMention
	for _, m := range officeMentionRe.FindAllStringSubmatchIndex(sentence, -1) {
		get := func(g int) string { return submatch(sentence, m, g) }
		if w := precedingWordRe.FindStringSubmatch(sentence[:m[0]]); w != nil {
			word := strings.ToLower(w[1])
			if officePrepositions[word] && !(passive && word == "door") {
				continue
			}
		}
		title := titles[strings.ToLower(get(2))]
		plural := strings.HasSuffix(get(2), "s") && title == "Minister" || strings.HasSuffix(get(2), "sen")
		end := m[1]
		if get(4) == "" && get(3) == "" && startsNameRe.MatchString(sentence[m[1]:]) {
			pf := bareDepartmentRe.FindStringSubmatchIndex(sentence[m[1]:])
			if title != "Staatssecretaris" || pf == nil {
				continue // "minister Van Weel": a person, see namedPersons
			}
			// "de Staatssecretaris Rechtsbescherming"
			out = append(out, officeMention{
				offices: []string{officeOf(title, "van "+sentence[m[1]+pf[2]:m[1]+pf[3]])},
				span:    Span{start + runeLen(sentence[:m[0]]), start + runeLen(sentence[:m[1]+pf[1]])},
			})
			continue
		}
		ts := []string{title}
		if t2 := get(3); t2 != "" {
			ts = append(ts, titles[strings.ToLower(t2)])
		}
		var portfolios []string
		if pf := get(5); pf != "" {
			portfolios = append(portfolios, get(4)+" "+trimPortfolio(pf))
		}
		if pf := get(7); pf != "" && (len(ts) > 1 || plural) {
			portfolios = append(portfolios, get(6)+" "+trimPortfolio(pf))
		}
		om := officeMention{span: Span{start + runeLen(sentence[:m[0]]), start + runeLen(sentence[:end])}}
		switch {
		case len(portfolios) == 0:
			om.offices = ts
		case len(ts) > 1: // "Minister en Staatssecretaris van X"
			for _, t := range ts {
				om.offices = append(om.offices, officeOf(t, portfolios[0]))
			}
		default: // "Minister van X", "Ministers van X en van Y"
			for _, pf := range portfolios {
				om.offices = append(om.offices, officeOf(ts[0], pf))
			}
		}
		out = append(out, om)
	}
	return out
}

// bareDepartmentRe is a state secretary's task written after the title
// without "van" ("de Staatssecretaris Rechtsbescherming"); group 1 is the
// task.
var bareDepartmentRe = regexp.MustCompile(`^\s+(Rechtsbescherming|Asiel en Migratie|Migratie)\b`)

// departmentOfTask maps the tasks a state secretary is named after in
// unofficial forms ("de Staatssecretaris van Rechtsbescherming", "de
// Staatssecretaris Rechtsbescherming", "de staatssecretaris voor Asiel en
// Migratie") to the ministry whose state secretary holds them: a state
// secretary is always "Staatssecretaris van" a ministry, and these tasks
// belong to Justitie en Veiligheid.
var departmentOfTask = map[string]string{
	"rechtsbescherming": "Justitie en Veiligheid", "asiel en migratie": "Justitie en Veiligheid", "migratie": "Justitie en Veiligheid",
}

// namePrefixList are surname prefixes written with a capital when the name
// follows a title without the first name ("Van der Burg"): the first word
// of titledPersonRe's name, and namePrefixes.
var namePrefixList = []string{"Van", "De", "Den", "Der", "Ter", "Ten"}

// namePrefixes is namePrefixList as a set.
var namePrefixes = stringSet(namePrefixList)

// stringSet returns the set of ws.
func stringSet(ws []string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// officeOf is the office a title and a portfolio ("van X", "voor X")
// name, a state secretary's task mapped to the ministry (departmentOfTask),
// a minister's task without a ministry written "voor" as the reference data
// write the office (ministerWithoutMinistry, persons.go).
func officeOf(title, portfolio string) string {
	if title == "Minister" {
		// "de Minister van Rechtsbescherming": the minister without a
		// ministry is "voor" the task
		prep, task, _ := strings.Cut(portfolio, " ")
		if strings.EqualFold(prep, "van") && ministerWithoutMinistry(task) {
			return title + " voor " + task
		}
	}
	if title == "Staatssecretaris" {
		_, task, _ := strings.Cut(portfolio, " ")
		if dep, ok := departmentOfTask[strings.ToLower(task)]; ok {
			return title + " van " + dep
		}
	}
	return title + " " + portfolio
}

// trimPortfolio cuts a portfolio before a following title or a word that
// starts a new phrase: "Justitie en Veiligheid" of "Justitie en Veiligheid
// Nederland".
func trimPortfolio(pf string) string {
	words := strings.Fields(pf)
	for i, w := range words {
		if h := strings.IndexByte(w, '-'); h > 0 && h+1 < len(w) && unicode.IsUpper(rune(w[h+1])) {
			// "Asiel en Migratie-Van Hijum": the holder's name joined
			// to the office
			words[i] = w[:h]
			words = words[:i+1]
			break
		}
		if i > 0 && (w == "Minister" || w == "Staatssecretaris" || w == "Nederland" || namePrefixes[w]) {
			// "Justitie en Veiligheid Van der Burg": a surname's prefix,
			// capitalised, starts the holder's name
			words = words[:i]
			break
		}
	}
	for len(words) > 0 && (words[len(words)-1] == "en" || strings.HasSuffix(words[len(words)-1], ",")) {
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ",")
		if words[len(words)-1] == "en" || words[len(words)-1] == "" {
			words = words[:len(words)-1]
		} else {
			break
		}
	}
	return strings.Join(words, " ")
}

// holders are the signatories of the letter and the offices they signed
// under.
type holders struct {
	byOffice    map[string][]graph.Ref // office key -> persons
	offices     map[string]string      // office key -> office name
	signatories []graph.Ref
}

func (x *extraction) officeHolders() holders {
	h := holders{byOffice: map[string][]graph.Ref{}, offices: map[string]string{}}
	seen := map[graph.Ref]bool{}
	for k := range x.rels {
		if k.t != graph.RelHeldOffice || k.from.Kind != graph.KindPerson {
			continue
		}
		h.byOffice[k.to.Key] = append(h.byOffice[k.to.Key], k.from)
		if e := x.entities[k.to]; e != nil {
			h.offices[k.to.Key] = e.Name
		}
		if !seen[k.from] {
			seen[k.from] = true
			h.signatories = append(h.signatories, k.from)
		}
	}
	if len(h.signatories) == 0 {
		// no signatures (an excerpt): the offices the title names
		for _, name := range titleOffices(x.doc.Header.Title) {
			h.offices[slug(name)] = name
		}
	}
	for _, ps := range h.byOffice {
		sortRefs(ps)
	}
	sortRefs(h.signatories)
	return h
}

func sortRefs(rs []graph.Ref) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Key < rs[j].Key })
}

// resolveOffice returns the office named (empty for a bare title that no
// single signatory's office completes) and the signatories who hold it. A
// bare title ("De Minister") is known only when exactly one signatory's
// office starts with it.
func (x *extraction) resolveOffice(office string, h holders) (string, []graph.Ref, bool) {
	if strings.Contains(office, " ") {
		return office, h.byOffice[slug(office)], true
	}
	var match []string
	for key, name := range h.offices {
		if strings.HasPrefix(name, office+" ") {
			match = append(match, key)
		}
	}
	if len(match) != 1 {
		return "", nil, false
	}
	return h.offices[match[0]], h.byOffice[match[0]], true
}

type namedPerson struct {
	person graph.Ref
	span   Span
}

// namedPersons finds people named with their title in a sentence:
// "minister Van Weel" is the signatory "D.M. van Weel"; a title and surname
// no signatory bears are the officeholder of the reference data who bore
// them on the letter's date ("minister Hoekstra", titledPerson in
// persons.go), and no one when the data know no such officeholder
// ("minister Kuleba") or a country adjective makes the title foreign's ("de
// Duitse minister Dekker").
func (x *extraction) namedPersons(sentence string, start int, h holders) []namedPerson {
	var out []namedPerson
	for _, m := range titledPersonRe.FindAllStringSubmatchIndex(sentence, -1) {
		surname := squash(sentence[m[2]:m[3]])
		span := Span{start + runeLen(sentence[:m[0]]), start + runeLen(sentence[:m[1]])}
		signatory := false
		for _, p := range h.signatories {
			e := x.entities[p]
			if e == nil {
				continue
			}
			if full := squash(e.Name); strings.HasSuffix(full, surname) && len(surname) >= 3 {
				out = append(out, namedPerson{person: p, span: span})
				signatory = true
			}
		}
		if signatory || x.date == "" {
			continue
		}
		if w := precedingWordRe.FindStringSubmatch(sentence[:m[0]]); w != nil && foreignAdjective(w[1]) {
			continue // "de Duitse minister Dekker": a foreign minister
		}
		if e, ok := titledPerson(sentence[m[0]:m[2]], sentence[m[2]:m[3]], x.date); ok {
			out = append(out, namedPerson{person: x.addEntity(e), span: span})
		}
	}
	return out
}
