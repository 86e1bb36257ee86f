// Package corpusgen generates synthetic letters to the Tweede Kamer about the
// EU Justice and Home Affairs Council, in the format of the real letters as
// text comes out of their PDF (testdata/letters/README.md), so that the
// graph can be grown to 10,000 and 100,000 letters for benchmarks.
//
// The core is pure: New builds a generator from the reference data
// (ingest/refdata), a letter count and a seed, and Letter(i) returns the i-th
// letter — its file name, text and the truth of what it says — from a
// source seeded by the seed and the letter's number alone. The same seed
// gives the same corpus. Write is the thin shell that writes the files.
//
// What the letters hold: annotated agendas (ANNOTATES a JHA Council meeting,
// with an agenda in sections "I. Binnenlandse Zaken" and "II. Justitie",
// numbered items, "= Werksessie" labels and cabinet stances) and reports
// ("Verslag van de JBZ-Raad van ..."), and a few other letters; dossier 32317
// (JBZ-Raad), numbers increasing with the date; signed by the ministers and
// state secretaries in office on the letter's date (officeholders.tsv);
// citing acts of acts.tsv that existed on that date, with a Zipf-like
// popularity and in the citation forms letters use; citing earlier letters
// of the corpus as Kamerstukken; naming countries and EU bodies; about JHA
// Council meetings on realistic dates, 2010–2026.
package corpusgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// Dossier is the Kamerstuk dossier of the generated letters: JBZ-Raad.
const Dossier = "32317"

// Letter is one generated letter.
type Letter struct {
	Name  string // file name, "kst-32317-123.txt": the key comes from it
	Text  string
	Truth Truth
}

// Truth is what the generator put in a letter, in the terms of the graph.
type Truth struct {
	Key     string `json:"key"`     // "kst-32317-123"
	Number  int    `json:"number"`  // 123
	Date    string `json:"date"`    // ISO date
	Kind    string `json:"kind"`    // "agenda", "report" or "letter"
	Title   string `json:"title"`   // the title line as printed
	Meeting string `json:"meeting"` // the meeting an agenda annotates or a report reports on ("jha-2024-01-25"), or ""
	// Informal and Place of the subject meeting as the letter says them.
	Informal bool   `json:"informal,omitempty"`
	Place    string `json:"place,omitempty"`
	// Meetings are all meetings the letter names, the subject included, sorted.
	Meetings     []string     `json:"meetings"`
	Signatories  []Signatory  `json:"signatories"`
	Acts         []string     `json:"acts"`         // CELEX numbers of the acts cited, sorted
	Kamerstukken []string     `json:"kamerstukken"` // keys of the Kamerstukken cited, sorted
	Countries    []string     `json:"countries"`    // ISO codes of the countries named on purpose, sorted
	Orgs         []string     `json:"orgs"`         // keys of the EU bodies named on purpose, sorted
	Agenda       []AgendaItem `json:"agenda,omitempty"`
	Positions    []Position   `json:"positions,omitempty"`
}

// Signatory is a person who signs a letter, under an office.
type Signatory struct {
	Name   string `json:"name"`
	Office string `json:"office"`
}

// Position is a cabinet stance stated in a letter.
type Position struct {
	Stance string `json:"stance"` // support, welcome, agree, oppose, concern
	Quote  string `json:"quote"`
	Act    string `json:"act,omitempty"` // CELEX of the act it is on, or ""
}

// Generator makes the letters of one corpus. It is immutable after New:
// Letter may be called from several goroutines.
type Generator struct {
	ref      *Reference
	seed     int64
	meetings []Meeting
	plans    []plan // in number order
	weight   map[string]float64
	acts     map[string]*Act
	byArea   map[string][]*Act
	reports  []int // indexes in plans of reports, in number order
}

type plan struct {
	date    time.Time
	kind    string // agenda, report, letter
	meeting int    // index in meetings, or -1
}

// New prepares a corpus of n letters.
func New(ref *Reference, n int, seed int64) *Generator {
	g := &Generator{ref: ref, seed: seed, acts: map[string]*Act{}, byArea: map[string][]*Act{}}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6a6861677261706b))
	g.meetings = calendar(rng)
	g.popularity(rng)
	for i := range ref.Acts {
		a := &ref.Acts[i]
		g.acts[a.CELEX] = a
		g.byArea[a.Area] = append(g.byArea[a.Area], a)
	}
	for i := range g.meetings {
		g.agenda(rng, &g.meetings[i])
	}
	g.plan(rng, n)
	return g
}

// Len is the number of letters.
func (g *Generator) Len() int { return len(g.plans) }

// Meetings returns the JHA Council meetings of the corpus' calendar.
func (g *Generator) Meetings() []Meeting { return g.meetings }

// Letters generates a corpus of n letters in memory.
func Letters(ref *Reference, n int, seed int64) []Letter {
	g := New(ref, n, seed)
	out := make([]Letter, g.Len())
	for i := range out {
		out[i] = g.Letter(i)
	}
	return out
}

// popularity gives every act a Zipf-like weight: a seeded ranking in which
// acts of the busiest areas (asylum, migration, borders, police) tend to
// come first, weight 1/(rank+1)^1.1.
func (g *Generator) popularity(rng *rand.Rand) {
	boost := map[string]float64{"asylum": 3, "migration": 3, "borders": 2, "schengen": 2, "police": 2,
		"judicial-criminal": 2, "trafficking": 1.5, "criminal-law": 1.5}
	type ranked struct {
		celex string
		key   float64
	}
	var rs []ranked
	for _, a := range g.ref.Acts {
		w := boost[a.Area]
		if w == 0 {
			w = 1
		}
		// Efraimidis–Spirakis: a weighted random order.
		rs = append(rs, ranked{a.CELEX, math.Pow(rng.Float64(), 1/w)})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key > rs[j].key })
	g.weight = map[string]float64{}
	for i, r := range rs {
		g.weight[r.celex] = 1 / math.Pow(float64(i+1), 1.1)
	}
}

// existing returns the acts adopted at least a month before d, optionally
// of the given areas.
func (g *Generator) existing(d time.Time, areas []string) []*Act {
	limit := d.AddDate(0, -1, 0)
	var pool []*Act
	if len(areas) == 0 {
		for i := range g.ref.Acts {
			pool = append(pool, &g.ref.Acts[i])
		}
	} else {
		for _, ar := range areas {
			pool = append(pool, g.byArea[ar]...)
		}
	}
	var out []*Act
	for _, a := range pool {
		if a.Adopted.Before(limit) {
			out = append(out, a)
		}
	}
	return out
}

// pick draws an act by popularity, avoiding those in skip.
func (g *Generator) pick(rng *rand.Rand, acts []*Act, skip map[string]bool) *Act {
	total := 0.0
	for _, a := range acts {
		if !skip[a.CELEX] {
			total += g.weight[a.CELEX]
		}
	}
	if total == 0 {
		return nil
	}
	x := rng.Float64() * total
	for _, a := range acts {
		if skip[a.CELEX] {
			continue
		}
		x -= g.weight[a.CELEX]
		if x <= 0 {
			return a
		}
	}
	for i := len(acts) - 1; i >= 0; i-- {
		if !skip[acts[i].CELEX] {
			return acts[i]
		}
	}
	return nil
}

// agenda fills in a meeting's agenda: two to four items per section (fewer
// at informal meetings), most about an act of their area.
func (g *Generator) agenda(rng *rand.Rand, m *Meeting) {
	used := map[string]bool{}
	for sec, topics := range [][]topic{nil, homeTopics, justiceTopics} {
		if sec == 0 {
			continue
		}
		n := 2 + rng.IntN(3)
		if m.Informal {
			n = 2 + rng.IntN(2)
		}
		var open []topic
		for _, t := range topics {
			if t.since <= m.Start.Year() {
				open = append(open, t)
			}
		}
		perm := rng.Perm(len(open))
		for i := 0; i < n && i < len(perm); i++ {
			t := open[perm[i]]
			it := AgendaItem{Section: sec, Order: i + 1, Title: t.title, Topic: t.about, Format: formats[rng.IntN(len(formats))]}
			if m.Informal && rng.IntN(2) == 0 {
				it.Format = []string{"Werksessie", "Werklunch"}[rng.IntN(2)]
			}
			if len(t.areas) > 0 && rng.Float64() < 0.75 {
				if a := g.pick(rng, g.existing(m.Start, t.areas), used); a != nil {
					it.Act = a.CELEX
					used[a.CELEX] = true
				}
			}
			m.Agenda = append(m.Agenda, it)
		}
	}
}

var (
	corpusStart = time.Date(FirstYear, 1, 4, 0, 0, 0, 0, time.UTC)
	corpusEnd   = time.Date(LastYear, 12, 31, 0, 0, 0, 0, time.UTC)
)

// plan decides kind, date and meeting of every letter, then numbers them in
// date order: 45% annotated agendas (4 to 16 days before their meeting),
// 45% reports (4 to 28 days after it) and 10% other letters.
func (g *Generator) plan(rng *rand.Rand, n int) {
	ps := make([]plan, 0, n)
	for len(ps) < n {
		mi := rng.IntN(len(g.meetings))
		m := g.meetings[mi]
		p := plan{meeting: mi}
		switch r := rng.Float64(); {
		case r < 0.45:
			p.kind, p.date = "agenda", weekday(m.Start.AddDate(0, 0, -(4+rng.IntN(13))), -1)
		case r < 0.90:
			p.kind, p.date = "report", weekday(m.End.AddDate(0, 0, 4+rng.IntN(25)), 1)
		default:
			p.kind, p.meeting = "letter", -1
			p.date = weekday(m.End.AddDate(0, 0, 5+rng.IntN(60)), 1)
		}
		if p.date.Before(corpusStart) || p.date.After(corpusEnd) {
			continue
		}
		ps = append(ps, p)
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].date.Before(ps[j].date) })
	g.plans = ps
	for i, p := range ps {
		if p.kind == "report" {
			g.reports = append(g.reports, i)
		}
	}
}

// weekday moves d to a working day, forward (dir 1) or back (dir -1).
func weekday(d time.Time, dir int) time.Time {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, dir)
	}
	return d
}

// Letter returns the i-th letter (0-based; its number is i+1).
func (g *Generator) Letter(i int) Letter {
	p := g.plans[i]
	nr := i + 1
	w := &writer{
		g:     g,
		rng:   rand.New(rand.NewPCG(uint64(g.seed), uint64(nr)*0x9e3779b97f4a7c15+1)),
		date:  p.date,
		nr:    nr,
		index: i,
		acts:  map[string]bool{}, kst: map[string]bool{}, countries: map[string]bool{}, orgs: map[string]bool{}, meetings: map[string]bool{},
	}
	key := fmt.Sprintf("kst-%s-%d", Dossier, nr)
	w.truth = Truth{Key: key, Number: nr, Date: p.date.Format(time.DateOnly), Kind: p.kind}
	text := w.compose(p)
	t := w.truth
	t.Acts = sortedKeys(w.acts)
	t.Kamerstukken = sortedKeys(w.kst)
	t.Countries = sortedKeys(w.countries)
	t.Orgs = sortedKeys(w.orgs)
	t.Meetings = sortedKeys(w.meetings)
	return Letter{Name: key + ".txt", Text: text, Truth: t}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// writer composes one letter and records its truth.
type writer struct {
	g         *Generator
	rng       *rand.Rand
	date      time.Time
	nr, index int
	truth     Truth
	blocks    []block
	notes     int
	pending   []note // footnotes of the paragraph being written
	acts      map[string]bool
	kst       map[string]bool
	countries map[string]bool
	orgs      map[string]bool
	meetings  map[string]bool
	// actsNamed are the acts already cited in this letter, to come back to.
	actsNamed []*Act
}

func (w *writer) oneOf(xs []string) string { return xs[w.rng.IntN(len(xs))] }

func (w *writer) para(sentences ...string) {
	w.blocks = append(w.blocks, block{kind: blockPara, text: strings.Join(sentences, " "), notes: w.pending})
	w.pending = nil
}

func (w *writer) heading(t string) { w.blocks = append(w.blocks, block{kind: blockHeading, text: t}) }

// footnote returns the marker to glue to the end of a sentence and records
// the footnote's text for the paragraph being written.
func (w *writer) footnote(text string) string {
	w.notes++
	w.pending = append(w.pending, note{num: w.notes, text: text})
	return fmt.Sprintf("%s%d", markerSep, w.notes)
}

// compose writes the letter: head, opening, the letter's own subjects,
// signatures, then the annotated agenda or the report.
func (w *writer) compose(p plan) string {
	lay := &layout{rng: w.rng, width: 68 + w.rng.IntN(9), height: 46 + w.rng.IntN(6)}
	signers := w.signatories()
	var m *Meeting
	if p.meeting >= 0 {
		m = &w.g.meetings[p.meeting]
		w.truth.Meeting = m.Key()
		w.truth.Informal = m.Informal
		w.truth.Place = m.Place
		w.meetings[m.Key()] = true
	}
	w.head(signers)
	w.opening(p, m, signers)
	w.ownSubjects(p, m)
	for _, s := range signers {
		w.blocks = append(w.blocks, block{kind: blockLines, lines: []string{"De " + s.Office + ",", s.Name}})
	}
	if m != nil {
		w.blocks = append(w.blocks, block{kind: blockPageBreak})
		w.annex(p, m)
	}
	return lay.render(w.blocks)
}

// signatories are the people in office on the letter's date: the minister
// of (Security and) Justice, or whoever holds a justice office, and the
// others of the JHA offices with some probability. Nobody signs twice.
func (w *writer) signatories() []Signatory {
	on := jhaHolders(w.g.ref.holdersOn(w.date))
	// On a day between two terms (2015-03-09) the outgoing holders sign.
	for back := 1; len(on) == 0 && back <= 31; back++ {
		on = jhaHolders(w.g.ref.holdersOn(w.date.AddDate(0, 0, -back)))
	}
	lead := func(o string) bool {
		return o == "Minister van Justitie" || o == "Minister van Veiligheid en Justitie" || o == "Minister van Justitie en Veiligheid"
	}
	var out []Signatory
	seen := map[string]bool{}
	add := func(h Holder) {
		if !seen[h.Name] {
			seen[h.Name] = true
			out = append(out, Signatory{Name: h.Name, Office: h.Office})
		}
	}
	for _, h := range on {
		if lead(h.Office) {
			add(h)
		}
	}
	for _, h := range on {
		switch {
		case lead(h.Office):
		case strings.Contains(h.Office, "Binnenlandse Zaken"):
			if w.rng.Float64() < 0.05 {
				add(h)
			}
		default:
			if w.rng.Float64() < 0.5 || len(out) == 0 {
				add(h)
			}
		}
	}
	if len(out) == 0 && len(on) > 0 {
		add(on[0])
	}
	w.truth.Signatories = out
	return out
}

// jhaHolders keeps the holders of the offices that sign letters on the JHA
// Council: justice, security, asylum and migration, the interior and foreign
// affairs. The reference table holds every ministry; a JHA letter signed by
// the ministers of health or transport would be no letter of this corpus.
func jhaHolders(hs []Holder) []Holder {
	var out []Holder
	for _, h := range hs {
		for _, w := range []string{"Justitie", "Rechtsbescherming", "Immigratie", "Asiel", "Binnenlandse Zaken", "Buitenlandse Zaken"} {
			if strings.Contains(h.Office, w) {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// head writes the letter's head: sometimes the chamber, session and dossier
// lines (often lost in extraction), then "Nr. 123 BRIEF VAN ...", the
// addressee and the dateline.
func (w *writer) head(signers []Signatory) {
	var offices []string
	for _, s := range signers {
		offices = append(offices, strings.ToUpper(s.Office))
	}
	title := "BRIEF VAN DE " + strings.Join(offices, " EN DE ")
	w.truth.Title = title
	var lines []string
	if w.rng.IntN(3) == 0 {
		y := w.date.Year()
		if w.date.Month() < time.September || (w.date.Month() == time.September && w.date.Day() < 16) {
			y--
		}
		lines = append(lines, "Tweede Kamer der Staten-Generaal", "2", fmt.Sprintf("Vergaderjaar %d–%d", y, y+1), "",
			"32 317 JBZ-Raad", "")
	}
	tl := (&layout{rng: w.rng}).wrap(fmt.Sprintf("Nr. %d  %s", w.nr, title), 62)
	lines = append(lines, tl...)
	w.blocks = append(w.blocks, block{kind: blockLines, lines: lines})
	w.blocks = append(w.blocks, block{kind: blockLines, lines: []string{"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"}})
	w.blocks = append(w.blocks, block{kind: blockLines, lines: []string{"Den Haag, " + dutchDate(w.date)}})
}

// meetingName writes the subject meeting with its days, year and place.
func (w *writer) meetingName(m *Meeting, council bool) string {
	year := m.End.Year()
	// Now and then a letter writes the wrong year, as the real kst-32317-867
	// does; the extractor corrects it from the letter's date.
	if w.rng.IntN(40) == 0 {
		year--
	}
	name := "JBZ-Raad van "
	if council {
		name = "Raad Justitie en Binnenlandse Zaken op "
	}
	if m.Informal {
		if council {
			name = "informele bijeenkomst van de " + name
		} else {
			name = "informele " + name
		}
	}
	return fmt.Sprintf("%s%s %d in %s", name, meetingDays(*m, w.rng.IntN(3) == 0), year, m.Place)
}

// opening is the first paragraph: what the letter offers, and the meeting
// it is about.
func (w *writer) opening(p plan, m *Meeting, signers []Signatory) {
	plural := len(signers) > 1
	bied := "bied ik"
	if plural {
		bied = "bieden wij"
	}
	namens := ""
	if w.rng.IntN(2) == 0 {
		namens = ", mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties,"
	}
	// offers is the sentence that sends what (an agenda, a report) of the
	// meeting, in one of two forms.
	offers := func(what string) string {
		if w.rng.IntN(2) == 0 {
			return fmt.Sprintf("Hierbij %s u%s %s aan van de %s.", bied, namens, what, w.meetingName(m, false))
		}
		return fmt.Sprintf("Hierbij ontvangt uw Kamer %s van de %s.", what, w.meetingName(m, true))
	}
	switch p.kind {
	case "agenda":
		s := offers("de geannoteerde agenda")
		who := "De " + signers[0].Office + " zal hieraan deelnemen."
		if plural {
			who = "De " + signers[0].Office + " en de " + signers[len(signers)-1].Office + " zullen hieraan deelnemen."
		}
		w.para(s, who)
	case "report":
		s := offers("het verslag")
		w.para(s, w.oneOf(reportFiller))
	default:
		a := w.act(nil)
		if a == nil {
			w.para("Hierbij informeer ik uw Kamer over de stand van zaken van de Europese samenwerking op het terrein van justitie en binnenlandse zaken.")
			return
		}
		inform := "informeer ik"
		if plural {
			inform = "informeren wij"
		}
		w.para(fmt.Sprintf("Hierbij %s uw Kamer over de stand van zaken van de onderhandelingen over %s.", inform, w.cite(a)),
			w.oneOf(agendaFiller))
	}
}

// act draws an act that existed on the letter's date, by popularity, of the
// given areas (nil: any).
func (w *writer) act(areas []string) *Act {
	return w.g.pick(w.rng, w.g.existing(w.date, areas), nil)
}

// cite writes a citation of a, in one of the forms letters use, and records
// it. Now and then the act's Dutch short name follows in brackets.
func (w *writer) cite(a *Act) string {
	w.acts[a.CELEX] = true
	w.actsNamed = append(w.actsNamed, a)
	c := citation(a, w.rng)
	if a.ShortNL != "" && w.rng.IntN(5) == 0 {
		c += " (" + a.ShortNL + ")"
	}
	return c
}

// citation writes an act's number the way Dutch letters do, in Dutch mostly
// and now and then in English: "Richtlijn 2011/98/EU", "richtlijn
// 2011/98/EU", "Verordening (EU) nr. 604/2013", "Verordening (EU)
// 2024/1689", "Kaderbesluit 2002/584/JBZ", "Raadsbesluit 2008/615/JBZ",
// "Directive 2011/98/EU", "Regulation (EU) No 604/2013".
func citation(a *Act, rng *rand.Rand) string {
	english := rng.IntN(8) == 0
	word := map[byte]string{'L': "Richtlijn", 'R': "Verordening", 'D': "Besluit", 'F': "Kaderbesluit"}[a.Type]
	if english {
		word = map[byte]string{'L': "Directive", 'R': "Regulation", 'D': "Decision", 'F': "Framework Decision"}[a.Type]
		if a.Council && rng.IntN(2) == 0 {
			word = "Council " + word
		}
	} else {
		switch {
		case a.Type == 'D' && a.Council && rng.IntN(2) == 0:
			word = "Raadsbesluit"
		case a.Type != 'F' && rng.IntN(6) == 0:
			word = strings.ToLower(word)
		}
	}
	series := a.Series
	prefix := a.Prefix
	if english {
		series = map[string]string{"EU": "EU", "EG": "EC", "EEG": "EEC", "JBZ": "JHA"}[series]
		prefix = strings.NewReplacer("(EG)", "(EC)", "(EEG)", "(EEC)").Replace(prefix)
	}
	nr := "nr."
	if english {
		nr = "No"
	}
	year := fmt.Sprint(a.Year)
	if a.Year < 2000 {
		year = fmt.Sprintf("%02d", a.Year%100)
	}
	switch {
	case a.Year >= 2015:
		if rng.IntN(4) == 0 && !english {
			return fmt.Sprintf("%s %d/%d", word, a.Year, a.Number)
		}
		return fmt.Sprintf("%s (EU) %d/%d", word, a.Year, a.Number)
	case a.Type == 'R':
		if prefix == "" {
			prefix = "(EU)"
		}
		// "Verordening 604/2013"; not for two-digit numbers, which the
		// extractor reads as a year ("Verordening 44/2001").
		if rng.IntN(5) == 0 && !english && a.Number >= 100 {
			return fmt.Sprintf("%s %d/%s", word, a.Number, year)
		}
		return fmt.Sprintf("%s %s %s %d/%s", word, prefix, nr, a.Number, year)
	default:
		if series == "" {
			series = "EU"
		}
		return fmt.Sprintf("%s %s/%d/%s", word, year, a.Number, series)
	}
}

// kamerstuk cites an earlier letter of the corpus, or a BNC-fiche of dossier
// 22112, and records it.
func (w *writer) kamerstuk(nr int, dossier string) string {
	key := fmt.Sprintf("kst-%s-%d", dossier, nr)
	w.kst[key] = true
	d := dossier[:2] + " " + dossier[2:]
	if w.rng.IntN(3) == 0 {
		y := w.date.Year()
		if w.date.Month() < time.September {
			y--
		}
		sess := fmt.Sprintf("%d/%02d", y, (y+1)%100)
		if w.rng.IntN(2) == 0 {
			sess = fmt.Sprintf("%d–%d", y, y+1)
		}
		return fmt.Sprintf("Kamerstukken II %s, %s, nr. %d", sess, d, nr)
	}
	return fmt.Sprintf("Kamerstuk %s, nr. %d", d, nr)
}

// previousReport is the latest report before this letter, or -1.
func (w *writer) previousReport() int {
	i := sort.SearchInts(w.g.reports, w.index) - 1
	if i < 0 {
		return -1
	}
	return w.g.reports[i]
}

// ownSubjects writes one to three subjects of the letter itself, before the
// signatures: negotiations on acts, an earlier meeting and its report,
// countries and EU bodies.
func (w *writer) ownSubjects(p plan, m *Meeting) {
	n := 1 + w.rng.IntN(3)
	for k := 0; k < n; k++ {
		a := w.act(nil)
		if a == nil {
			break
		}
		t := letterTopics[w.rng.IntN(len(letterTopics))]
		w.heading(t.heading + " " + w.cite(a))
		first := fmt.Sprintf(t.opening, w.cite(a))
		// Back to an earlier report, with a footnote, as real letters do.
		if pr := w.previousReport(); pr >= 0 && w.rng.IntN(2) == 0 {
			pm := w.g.meetings[w.g.plans[pr].meeting]
			if m == nil || pm.Key() != m.Key() {
				when := fmt.Sprint(pm.End.Year())
				if w.date.Sub(pm.End) < 300*24*time.Hour && w.rng.IntN(2) == 0 {
					when = "jl."
				}
				w.meetings[pm.Key()] = true
				first = fmt.Sprintf("In het verslag van de JBZ-Raad van %s %s is reeds met uw Kamer gedeeld dat %s%s",
					meetingDays(pm, w.rng.IntN(2) == 0), when, lowerFirst(first), "."+w.footnote(w.kamerstuk(pr+1, Dossier)+"."))
			} else {
				first += "."
			}
		} else {
			first += "."
		}
		sentences := []string{first}
		if w.rng.IntN(3) == 0 && w.nr > 1 {
			sentences = append(sentences, fmt.Sprintf("Uw Kamer is hierover per brief geïnformeerd (%s).", w.kamerstuk(w.earlier(), Dossier)))
		}
		if w.rng.IntN(4) == 0 {
			fiche := 1000 + (w.date.Year()-2010)*190 + w.rng.IntN(180)
			sentences = append(sentences, "Over het voorstel is uw Kamer geïnformeerd met een BNC-fiche."+w.footnote(w.kamerstuk(fiche, "22112")+"."))
		}
		if w.rng.IntN(2) == 0 {
			sentences = append(sentences, w.countrySentence())
		}
		if w.rng.IntN(2) == 0 {
			sentences = append(sentences, w.orgSentence())
		}
		sentences = append(sentences, w.oneOf(agendaFiller))
		w.para(sentences...)
	}
}

// earlier is the number of an earlier letter (nr > 1).
func (w *writer) earlier() int { return 1 + w.rng.IntN(w.nr-1) }

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// namedCountries are the countries letters name on purpose: member states and
// frequent partners, by ISO code.
var namedCountries = []string{"BE", "BG", "DE", "DK", "ES", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "MT", "PL", "PT",
	"RO", "SE", "AT", "CZ", "HU", "UA", "TR", "MA", "TN", "LY", "RS", "AL", "NO", "CH"}

func (w *writer) countrySentence() string {
	names := map[string]string{}
	for _, c := range w.g.ref.Countries {
		names[c.Code] = c.NameNL
	}
	a := namedCountries[w.rng.IntN(len(namedCountries))]
	b := namedCountries[w.rng.IntN(len(namedCountries))]
	for b == a {
		b = namedCountries[w.rng.IntN(len(namedCountries))]
	}
	if names[a] == "" || names[b] == "" {
		return w.oneOf(agendaFiller)
	}
	w.countries[a], w.countries[b] = true, true
	return fmt.Sprintf(w.oneOf(countrySentences), names[a], names[b])
}

// namedOrgs are the EU bodies letters name on purpose, with the day from
// which they exist under that name.
var namedOrgs = []struct {
	key   string
	since string
}{{"europol", ""}, {"eurojust", ""}, {"frontex", ""}, {"coreper", ""}, {"ep", ""}, {"eu-lisa", "2012-12-01"},
	{"euaa", "2022-01-19"}, {"eppo", "2021-06-01"}, {"cosi", ""}, {"libe", ""}}

func (w *writer) orgSentence() string {
	o := namedOrgs[w.rng.IntN(len(namedOrgs))]
	if o.since != "" && w.date.Format(time.DateOnly) < o.since {
		o = namedOrgs[0]
	}
	name := ""
	for _, x := range w.g.ref.Orgs {
		if x.Key == o.key {
			name = x.Name
		}
	}
	if name == "" {
		return w.oneOf(agendaFiller)
	}
	w.orgs[o.key] = true
	if o.key == "ep" {
		name = "het Europees Parlement"
	}
	return fmt.Sprintf(w.oneOf(orgSentences), name)
}

// annex writes the annotated agenda or the report: its heading (which names
// the meeting), then per section its items with their format, what is
// expected or what happened, and the cabinet's stance.
func (w *writer) annex(p plan, m *Meeting) {
	days := meetingDays(*m, w.rng.IntN(2) == 0)
	if p.kind == "agenda" {
		if m.Informal {
			w.heading("Geannoteerde agenda van de informele bijeenkomst van de Raad Justitie en Binnenlandse Zaken, " + days)
		} else {
			w.heading(fmt.Sprintf("Geannoteerde agenda van de JBZ-Raad van %s %d", days, m.End.Year()))
		}
	} else {
		inf := ""
		if m.Informal {
			inf = "informele "
		}
		w.heading(fmt.Sprintf("Verslag van de %sJBZ-Raad van %s %d", inf, days, m.End.Year()))
	}
	pres := presidencyOn(m.Start)
	w.truth.Agenda = m.Agenda
	section := 0
	roman := []string{"", "I", "II"}
	for _, it := range m.Agenda {
		if it.Section != section {
			section = it.Section
			w.heading(roman[section] + ". " + sectionTitles[section])
		}
		w.heading(fmt.Sprintf("%d. %s", it.Order, it.Title))
		w.heading("= " + it.Format)
		var a *Act
		if it.Act != "" {
			a = w.g.acts[it.Act]
		}
		if p.kind == "agenda" {
			s1 := fmt.Sprintf(w.oneOf(agendaDescriptions), it.Topic)
			var s2 string
			if a != nil {
				s2 = fmt.Sprintf("Daarbij staat %s centraal.", w.cite(a))
			} else {
				s2 = w.oneOf(agendaFiller)
			}
			extra := []string{s1, s2}
			if w.rng.IntN(3) == 0 {
				w.countries[pres.Code] = true
				extra = append(extra, fmt.Sprintf("Het %s voorzitterschap heeft dit onderwerp tot een van zijn prioriteiten gemaakt.", pres.Adjective))
			}
			w.para(extra...)
		} else {
			s1 := fmt.Sprintf(w.oneOf(reportDescriptions), it.Topic)
			extra := []string{s1, w.oneOf(reportFiller)}
			if a != nil && w.rng.IntN(2) == 0 {
				extra = append(extra, fmt.Sprintf("Het voorzitterschap presenteerde de stand van de onderhandelingen over %s.", w.cite(a)))
			}
			w.para(extra...)
		}
		w.stance(p.kind == "agenda", a, it.Topic)
	}
}

// stance writes the cabinet's position on an item.
func (w *writer) stance(present bool, a *Act, topic string) {
	s := stances[w.rng.IntN(len(stances))]
	verb := s.past
	if present {
		verb = s.present
	}
	pos := Position{Stance: s.name}
	var obj string
	if a != nil && w.rng.IntN(4) > 0 {
		obj = fmt.Sprintf(w.oneOf(actObjects), w.cite(a))
		pos.Act = a.CELEX
	} else {
		obj = fmt.Sprintf(w.oneOf(topicObjects), topic)
	}
	quote := verb + " " + obj + "."
	pos.Quote = quote
	w.truth.Positions = append(w.truth.Positions, pos)
	w.para(quote, w.oneOf(stanceReasons))
}
