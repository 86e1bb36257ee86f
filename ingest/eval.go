package ingest

// Measured accuracy: hand-written gold annotations of letters
// (testdata/gold/*.json, documented in testdata/gold/README.md) and the pure
// scoring of an extracted DocumentGraph against them. The files are read by
// the `jhagraph eval` command and by the tests; nothing here does I/O.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"jhagraph/graph"
)

// Gold is the hand-written annotation of one letter, in the canonical keys
// and ids of the graph model.
type Gold struct {
	// File is the letter's file name; In says where it lives: "letters"
	// (testdata/letters) or "corpus" (../shared/corpus, the real letters).
	File string `json:"file"`
	In   string `json:"in"`

	Document      GoldDocument    `json:"document"`
	Signatories   []GoldSignatory `json:"signatories"`
	ActsCited     []string        `json:"actsCited"`    // CELEX of acts cited by number
	ActsNamed     []string        `json:"actsNamed"`    // CELEX of acts named without number
	Kamerstukken  []string        `json:"kamerstukken"` // kst keys
	Meetings      []GoldMeeting   `json:"meetings"`
	AgendaItems   []GoldItem      `json:"agendaItems"`
	Attendees     []GoldAttendee  `json:"attendees"`
	Countries     []string        `json:"countries"`     // ISO 3166 alpha-2
	Organisations []string        `json:"organisations"` // organisation keys
	Positions     []GoldPosition  `json:"positions"`
	// Events are scored only when present (nil: not annotated).
	Events []GoldEvent `json:"events,omitempty"`
	// Optional lists, per category, items a reader may or may not count
	// (in the category's item form, see README.md): extracted, they are no
	// false positive; missed, no miss.
	Optional map[string][]string `json:"optional,omitempty"`
	Notes    []string            `json:"notes,omitempty"`
}

// GoldDocument is the letter's identity.
type GoldDocument struct {
	Key             string `json:"key"`
	Date            string `json:"date"`
	DossierInferred *bool  `json:"dossierInferred,omitempty"`
}

// GoldSignatory is a signature: person key and office key.
type GoldSignatory struct {
	Person string `json:"person"`
	Office string `json:"office"`
}

// GoldMeeting is a Council meeting the letter is about or mentions, with the
// facts of it the letter states (each scored only when given).
type GoldMeeting struct {
	Key           string `json:"key"`
	Relation      string `json:"relation"` // annotates | reports_on | mentions
	Informal      *bool  `json:"informal,omitempty"`
	StartDate     string `json:"startDate,omitempty"`
	EndDate       string `json:"endDate,omitempty"`
	Place         string `json:"place,omitempty"`
	Presidency    string `json:"presidency,omitempty"`
	YearCorrected *bool  `json:"yearCorrected,omitempty"`
}

// GoldItem is an agenda item.
type GoldItem struct {
	Key          string   `json:"key"`
	Title        string   `json:"title"`
	Format       string   `json:"format"`
	SectionTitle string   `json:"sectionTitle,omitempty"`
	Concerns     []string `json:"concerns,omitempty"` // ids of what the item is about
}

// GoldAttendee is who attends which meeting: a person or office id.
type GoldAttendee struct {
	ID      string `json:"id"`
	Meeting string `json:"meeting"`
}

// GoldPosition is a stance stated in the letter.
type GoldPosition struct {
	// Actor is an id ("country:NL") or several (a joint statement), or the
	// actor's words when it has no node ("veel partijen op Europees niveau").
	Actor    GoldActor `json:"actor"`
	Stance   string    `json:"stance"`
	Subjects []string  `json:"subjects"` // ids, or the subject's words
	Quote    string    `json:"quote"`    // the sentence, or a distinctive part of it
	// AgendaItem is the key of the item the position sits under, "" for
	// none; nil: not scored.
	AgendaItem *string `json:"agendaItem,omitempty"`
	// Optional marks a statement a reader may or may not count as a
	// position (an implied actor, a bare report of a fact).
	Optional bool   `json:"optional,omitempty"`
	Note     string `json:"note,omitempty"`
}

// GoldActor is one actor or several; JSON takes a string or a list.
type GoldActor []string

// UnmarshalJSON accepts "country:NL" and ["country:AT", "country:RO"].
func (a *GoldActor) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*a = GoldActor{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("actor: want a string or a list of strings: %w", err)
	}
	*a = many
	return nil
}

// GoldEvent is a dated event the letter states, tied to what it concerns.
type GoldEvent struct {
	Target string `json:"target"` // id
	Date   string `json:"date"`   // ISO
	Class  string `json:"class"`  // decision, expiry, checks-end, ...
}

// GoldStances are the stance classes of positions (docs/stances.md).
var GoldStances = []string{"support", "welcome", "agree", "satisfied", "commit", "oppose",
	"reserved", "concern", "informational", "priority", "preference"}

// The scored categories, in table order. Set categories compare item sets;
// the ".field" categories compare a field among items matched by key; the
// positions.* accuracy rows count, among matched positions, tp = agreeing
// and fp = fn = disagreeing (so precision = recall = accuracy).
const (
	CatDocument      = "document"
	CatSignatories   = "signatories"
	CatActsCited     = "acts.cited"
	CatActsNamed     = "acts.named"
	CatKamerstukken  = "kamerstukken"
	CatMeetings      = "meetings"
	CatMeetingFacts  = "meetings.facts"
	CatItems         = "agendaItems"
	CatItemTitle     = "agendaItems.title"
	CatItemFormat    = "agendaItems.format"
	CatItemSection   = "agendaItems.section"
	CatItemConcerns  = "agendaItems.concerns"
	CatAttendees     = "attendees"
	CatCountries     = "countries"
	CatOrganisations = "organisations"
	CatEvents        = "events"
	CatEventClass    = "events.class"
	CatPositions     = "positions"
	CatPosDetected   = "positions.detected"
	CatPosActor      = "positions.actor"
	CatPosStance     = "positions.stance"
	CatPosSubject    = "positions.subject"
	CatPosItem       = "positions.agendaItem"
)

// Categories lists every category in table order.
var Categories = []string{CatDocument, CatSignatories, CatActsCited, CatActsNamed, CatKamerstukken,
	CatMeetings, CatMeetingFacts, CatItems, CatItemTitle, CatItemFormat, CatItemSection, CatItemConcerns,
	CatAttendees, CatCountries, CatOrganisations, CatEvents, CatEventClass,
	CatPositions, CatPosDetected, CatPosActor, CatPosStance, CatPosSubject, CatPosItem}

// ParseGold decodes and checks a gold file. Unknown fields are errors, so
// that a misspelt field is not silently ignored.
func ParseGold(name string, data []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, fmt.Errorf("%s: %w", name, err)
	}
	if err := g.check(); err != nil {
		return g, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

func (g Gold) check() error {
	if g.File == "" || (g.In != "letters" && g.In != "corpus") {
		return fmt.Errorf(`want "file" and "in" ("letters" or "corpus"), have %q, %q`, g.File, g.In)
	}
	// A real document has one of the graph's document keys (a Kamerstuk's
	// "kst-", a Tweede Kamer document id's "tk-", an answer to Kamervragen's
	// "ah-tk-", ...); one the source gives no key at all (a web page about a
	// report) has "", and its key is not scored. Likewise a document whose
	// source states no date (an explanatory memorandum) has date "".
	if k := g.Document.Key; k != "" && !isDocKey(k) {
		return fmt.Errorf("document key %q is no document key (%s)", k, strings.Join(graph.DocKeyPrefixes, ", "))
	}
	if _, ok := parseISO(g.Document.Date); !ok && g.Document.Date != "" {
		return fmt.Errorf("document date %q is no ISO date", g.Document.Date)
	}
	for _, m := range g.Meetings {
		switch m.Relation {
		case "annotates", "reports_on", "mentions":
		default:
			return fmt.Errorf("meeting %s: relation %q, want annotates, reports_on or mentions", m.Key, m.Relation)
		}
	}
	checkID := func(what, id string) error {
		if _, err := graph.ParseID(id); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	for _, it := range g.AgendaItems {
		if it.Key == "" || it.Title == "" {
			return fmt.Errorf("agenda item %q: want key and title (and the format, \"\" where the letter gives none)", it.Key)
		}
		for _, c := range it.Concerns {
			if err := checkID("agenda item "+it.Key+" concerns", c); err != nil {
				return err
			}
		}
	}
	for _, a := range g.Attendees {
		if err := checkID("attendee", a.ID); err != nil {
			return err
		}
	}
	for i, p := range g.Positions {
		if !slices.Contains(GoldStances, p.Stance) {
			return fmt.Errorf("position %d (%q): stance %q is none of %s", i+1, p.Quote, p.Stance, strings.Join(GoldStances, ", "))
		}
		if p.Quote == "" || len(p.Actor) == 0 || len(p.Subjects) == 0 {
			return fmt.Errorf("position %d: want actor, subjects and quote", i+1)
		}
	}
	for _, e := range g.Events {
		if err := checkID("event", e.Target); err != nil {
			return err
		}
		if _, ok := parseISO(e.Date); !ok || e.Class == "" {
			return fmt.Errorf("event %s: want an ISO date and a class, have %q, %q", e.Target, e.Date, e.Class)
		}
	}
	for cat := range g.Optional {
		if !slices.Contains(Categories, cat) || strings.HasPrefix(cat, "positions") {
			return fmt.Errorf("optional: unknown category %q (optional positions are marked \"optional\": true)", cat)
		}
	}
	return nil
}

// --- scores -----------------------------------------------------------------

// Count is the outcome of one category: true and false positives, misses,
// and the items behind the last two.
type Count struct {
	TP, FP, FN int
	Misses     []string // gold items not found
	Extra      []string // extracted items not in gold (or wrong)
}

// Precision is tp/(tp+fp), 1 when nothing was extracted.
func (c Count) Precision() float64 { return evalRatio(c.TP, c.TP+c.FP) }

// Recall is tp/(tp+fn), 1 when there was nothing to find.
func (c Count) Recall() float64 { return evalRatio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func evalRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Scores are the counts per category of one letter, or a sum of letters.
type Scores struct {
	Letters []string // document keys scored
	Cats    map[string]*Count
}

func newEvalScores() *Scores { return &Scores{Cats: map[string]*Count{}} }

func (s *Scores) cat(name string) *Count {
	c, ok := s.Cats[name]
	if !ok {
		c = &Count{}
		s.Cats[name] = c
	}
	return c
}

// Add adds the counts of o to s.
func (s *Scores) Add(o *Scores) {
	s.Letters = append(s.Letters, o.Letters...)
	for name, c := range o.Cats {
		t := s.cat(name)
		t.addTally(c)
		for _, m := range c.Misses {
			t.Misses = append(t.Misses, evalPrefix(o, m))
		}
		for _, m := range c.Extra {
			t.Extra = append(t.Extra, evalPrefix(o, m))
		}
	}
}

// addTally adds o's true positives, false positives and misses to c.
func (c *Count) addTally(o *Count) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

func evalPrefix(o *Scores, item string) string {
	if len(o.Letters) == 1 && !strings.HasPrefix(item, o.Letters[0]+": ") {
		return o.Letters[0] + ": " + item
	}
	return item
}

// SumScores adds up the scores of several letters (micro-average).
func SumScores(all ...*Scores) *Scores {
	s := newEvalScores()
	for _, o := range all {
		s.Add(o)
	}
	return s
}

// Score compares what was extracted from one letter with its gold.
func Score(gold Gold, g graph.DocumentGraph) *Scores {
	s := newEvalScores()
	s.Letters = []string{gold.Document.Key}
	if gold.Document.Key == "" {
		s.Letters = []string{gold.File}
	}
	x := evalReadGraph(g)
	opt := func(cat string) map[string]bool {
		m := map[string]bool{}
		for _, it := range gold.Optional[cat] {
			m[it] = true
		}
		return m
	}
	set := func(cat string, want, got []string) {
		s.compareSets(cat, want, got, opt(cat))
	}

	// A field the gold leaves empty (a source that states no key or no
	// date) is not scored; a date extracted where the source states none
	// is a false positive.
	var docWant, docGot []string
	if gold.Document.Key != "" {
		docWant = append(docWant, "key="+gold.Document.Key)
	}
	if gold.Document.Date != "" {
		docWant = append(docWant, "date="+gold.Document.Date)
	}
	if g.Document.Key != "" { // else the extraction failed
		if gold.Document.Key != "" {
			docGot = append(docGot, "key="+g.Document.Key)
		}
		if g.Document.Date != "" {
			docGot = append(docGot, "date="+g.Document.Date)
		}
	}
	if gold.Document.DossierInferred != nil {
		docWant = append(docWant, fmt.Sprintf("dossierInferred=%t", *gold.Document.DossierInferred))
		if g.Document.Key != "" {
			docGot = append(docGot, fmt.Sprintf("dossierInferred=%t", g.Document.DossierInferred))
		}
	}
	set(CatDocument, docWant, docGot)

	set(CatSignatories, evalEach(gold.Signatories, func(sg GoldSignatory) string { return sg.Person + "|" + sg.Office }), x.signatories)
	set(CatActsCited, gold.ActsCited, x.actsCited)
	set(CatActsNamed, gold.ActsNamed, x.actsNamed)
	set(CatKamerstukken, gold.Kamerstukken, x.kamerstukken)

	var meetings, facts []string
	var factsGot []string
	for _, m := range gold.Meetings {
		meetings = append(meetings, m.Key+"|"+m.Relation)
		got := x.meetingFacts[m.Key]
		fact := func(field, want string) {
			facts = append(facts, m.Key+" "+field+"="+want)
			if v, ok := got[field]; ok {
				factsGot = append(factsGot, m.Key+" "+field+"="+v)
			}
		}
		if m.Informal != nil {
			fact("informal", fmt.Sprint(*m.Informal))
		}
		if m.StartDate != "" {
			fact("startDate", m.StartDate)
		}
		if m.EndDate != "" {
			fact("endDate", m.EndDate)
		}
		if m.Place != "" {
			fact("place", evalNorm(m.Place))
		}
		if m.Presidency != "" {
			fact("presidency", m.Presidency)
		}
		if m.YearCorrected != nil {
			fact("yearCorrected", fmt.Sprint(*m.YearCorrected))
		}
	}
	set(CatMeetings, meetings, x.meetings)
	set(CatMeetingFacts, facts, factsGot)

	var items, concerns []string
	title, format, section := s.cat(CatItemTitle), s.cat(CatItemFormat), s.cat(CatItemSection)
	for _, it := range gold.AgendaItems {
		items = append(items, it.Key)
		for _, c := range it.Concerns {
			concerns = append(concerns, it.Key+"|"+c)
		}
		got, ok := x.items[it.Key]
		if !ok {
			continue
		}
		evalField(title, it.Key, evalNorm(it.Title), evalNorm(got.title))
		evalField(format, it.Key, evalNorm(it.Format), evalNorm(got.format))
		if it.SectionTitle != "" {
			evalField(section, it.Key, evalNorm(it.SectionTitle), evalNorm(got.sectionTitle))
		}
	}
	set(CatItems, items, slices.Collect(maps.Keys(x.items)))
	set(CatItemConcerns, concerns, x.concerns)

	set(CatAttendees, evalEach(gold.Attendees, func(a GoldAttendee) string { return a.ID + "|" + a.Meeting }), x.attendees)
	set(CatCountries, gold.Countries, x.countries)
	set(CatOrganisations, gold.Organisations, x.organisations)

	if gold.Events != nil {
		var want []string
		classes := map[string]string{}
		for _, e := range gold.Events {
			k := e.Target + "|" + e.Date
			want = append(want, k)
			classes[k] = e.Class
		}
		set(CatEvents, want, slices.Collect(maps.Keys(x.events)))
		cls := s.cat(CatEventClass)
		for _, k := range evalSortedKeys(classes) {
			if gotClasses, ok := x.events[k]; ok {
				if slices.Contains(gotClasses, classes[k]) {
					cls.TP++
				} else {
					evalField(cls, k, classes[k], strings.Join(gotClasses, ","))
				}
			}
		}
	}

	s.scorePositions(gold.Positions, x.positions)
	for _, c := range s.Cats {
		sort.Strings(c.Misses)
		sort.Strings(c.Extra)
	}
	return s
}

// evalField scores one field of an item matched by key.
func evalField(c *Count, key, want, got string) {
	c.mark(want == got, key+" "+want, key+" "+got)
}

// mark scores one field that is right (ok) or wrong: a wrong one is both
// a miss and an extra, listed as miss and extra.
func (c *Count) mark(ok bool, miss, extra string) {
	if ok {
		c.TP++
		return
	}
	c.FP++
	c.FN++
	c.Misses = append(c.Misses, miss)
	c.Extra = append(c.Extra, extra)
}

// compareSets scores a set category; optional items count neither way.
func (s *Scores) compareSets(cat string, want, got []string, optional map[string]bool) {
	c := s.cat(cat)
	w, g := evalSet(want), evalSet(got)
	for _, it := range evalSortedKeys(w) {
		switch {
		case g[it]:
			c.TP++
		case optional[it]:
		default:
			c.FN++
			c.Misses = append(c.Misses, it)
		}
	}
	for _, it := range evalSortedKeys(g) {
		if !w[it] && !optional[it] {
			c.FP++
			c.Extra = append(c.Extra, it)
		}
	}
}

// evalEach is key(x) of every x of xs, in order.
func evalEach[T any](xs []T, key func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, key(x))
	}
	return out
}

func evalSet(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}

func evalSortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// --- the extracted graph in gold terms ---------------------------------------

type evalItem struct{ title, format, sectionTitle string }

type evalPosition struct {
	key        string
	quote      string
	actors     []string // HOLDS sources, ids
	actorWords string
	stance     string
	subjectIDs []string // ON targets
	subject    string   // the subject's words
	agendaItem string
}

type evalGraph struct {
	signatories, actsCited, actsNamed, kamerstukken, meetings []string
	meetingFacts                                              map[string]map[string]string
	items                                                     map[string]evalItem
	concerns, attendees, countries, organisations             []string
	events                                                    map[string][]string // target|date -> classes
	positions                                                 []evalPosition
}

func evalReadGraph(g graph.DocumentGraph) evalGraph {
	x := evalGraph{meetingFacts: map[string]map[string]string{}, items: map[string]evalItem{}, events: map[string][]string{}}
	doc := graph.Ref{Kind: graph.KindDocument, Key: g.Document.Key}
	pos := map[string]*evalPosition{}
	var order []string
	for _, e := range g.Entities {
		switch e.Kind {
		case graph.KindCouncilMeeting:
			f := map[string]string{}
			for _, k := range []string{"startDate", "endDate", "presidency"} {
				if v, ok := e.Props[k].(string); ok && v != "" {
					f[k] = v
				}
			}
			if v, ok := e.Props["place"].(string); ok && v != "" {
				f["place"] = evalNorm(v)
			}
			if v, ok := e.Props["informal"].(bool); ok {
				f["informal"] = fmt.Sprint(v)
			} else {
				f["informal"] = "false"
			}
			f["yearCorrected"] = "false"
			x.meetingFacts[e.Key] = f
		case graph.KindAgendaItem:
			it := evalItem{title: evalPropString(e.Props, "title"), format: evalPropString(e.Props, "format"), sectionTitle: evalPropString(e.Props, "sectionTitle")}
			if it.title == "" {
				it.title = e.Name
			}
			x.items[e.Key] = it
		case graph.KindPosition:
			p := &evalPosition{key: e.Key, quote: evalPropString(e.Props, "quote"), stance: evalPropString(e.Props, "stance"),
				actorWords: evalPropString(e.Props, "actor"), subject: strings.Join(evalPropStrings(e.Props, "subject"), " | "),
				agendaItem: evalPropString(e.Props, "agendaItem")}
			pos[e.Key] = p
			order = append(order, e.Key)
		}
	}
	for _, r := range g.Relations {
		for _, ev := range evalPropStrings(r.Props, "events") {
			date, class, _ := strings.Cut(ev, " ")
			k := r.To.ID() + "|" + date
			x.events[k] = append(x.events[k], class)
		}
		fromDoc := r.From == doc
		switch {
		case r.Type == graph.RelSigned && r.To == doc:
			office := evalPropString(r.Props, "office")
			x.signatories = append(x.signatories, r.From.Key+"|"+slug(office))
		case r.Type == graph.RelCites && fromDoc && r.To.Kind == graph.KindLegalAct:
			x.actsCited = append(x.actsCited, r.To.Key)
		case r.Type == graph.RelMentions && fromDoc && r.To.Kind == graph.KindLegalAct:
			// A MENTIONS that only carries events is no naming of the act.
			if _, named := r.Props["ref"]; named || r.Props["events"] == nil {
				x.actsNamed = append(x.actsNamed, r.To.Key)
			}
		case r.Type == graph.RelCites && fromDoc && r.To.Kind == graph.KindDocument:
			x.kamerstukken = append(x.kamerstukken, r.To.Key)
		case fromDoc && r.To.Kind == graph.KindCouncilMeeting && (r.Type == graph.RelAnnotates || r.Type == graph.RelReportsOn || r.Type == graph.RelMentions):
			x.meetings = append(x.meetings, r.To.Key+"|"+strings.ToLower(string(r.Type)))
			if r.Props["yearCorrected"] == true {
				if f := x.meetingFacts[r.To.Key]; f != nil {
					f["yearCorrected"] = "true"
				}
			}
		case r.Type == graph.RelConcerns && r.From.Kind == graph.KindAgendaItem:
			x.concerns = append(x.concerns, r.From.Key+"|"+r.To.ID())
		case r.Type == graph.RelAttends && r.To.Kind == graph.KindCouncilMeeting:
			x.attendees = append(x.attendees, r.From.ID()+"|"+r.To.Key)
		case r.Type == graph.RelMentions && fromDoc && r.To.Kind == graph.KindCountry:
			x.countries = append(x.countries, r.To.Key)
		case r.Type == graph.RelMentions && fromDoc && r.To.Kind == graph.KindOrganisation:
			x.organisations = append(x.organisations, r.To.Key)
		case r.Type == graph.RelHolds && r.To.Kind == graph.KindPosition:
			if p := pos[r.To.Key]; p != nil {
				p.actors = append(p.actors, r.From.ID())
			}
		case r.Type == graph.RelOn && r.From.Kind == graph.KindPosition:
			if p := pos[r.From.Key]; p != nil {
				p.subjectIDs = append(p.subjectIDs, r.To.ID())
			}
		case r.Type == graph.RelStatedIn && r.From.Kind == graph.KindPosition:
			if p := pos[r.From.Key]; p != nil {
				switch r.To.Kind {
				case graph.KindAgendaItem:
					p.agendaItem = r.To.Key
				case graph.KindDocument:
					if p.quote == "" {
						p.quote = r.Evidence.Quote
					}
				}
			}
		}
	}
	for _, k := range order {
		x.positions = append(x.positions, *pos[k])
	}
	return x
}

func evalPropString(props map[string]any, k string) string {
	switch v := props[k].(type) {
	case string:
		return v
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// evalPropStrings reads a prop that is a string or a list of strings (as Go
// values or after a JSON round trip).
func evalPropStrings(props map[string]any, k string) []string {
	switch v := props[k].(type) {
	case string:
		if v == "" {
			return nil
		}
		return []string{v}
	case []string:
		return v
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// evalNorm folds text for comparing titles, formats and places: diacritics
// and case ignored, white space collapsed, trailing punctuation dropped.
func evalNorm(s string) string {
	s = collapseSpace(strings.ToLower(foldDiacritics(s)))
	return strings.TrimRight(s, ".:;, ")
}

// --- positions ----------------------------------------------------------------

// scorePositions matches gold positions to extracted ones one-to-one by
// their quotes and scores the matched pairs on actor, stance, subject and
// agenda item.
func (s *Scores) scorePositions(gold []GoldPosition, got []evalPosition) {
	type pair struct {
		gi, ei int
		quote  float64
		agree  int
		item   int
	}
	var pairs []pair
	for gi, gp := range gold {
		for ei, ep := range got {
			q := evalQuoteMatch(gp.Quote, ep.quote)
			if q < 0.6 {
				continue
			}
			a := 0
			for _, ok := range []bool{evalActorAgrees(gp, ep), gp.Stance == ep.stance, evalSubjectAgrees(gp, ep)} {
				if ok {
					a++
				}
			}
			// the agenda item breaks ties between statements with the same
			// words under two items ("Nederland heeft met de algemene
			// oriëntatie ingestemd." twice)
			tie := 0
			if gp.AgendaItem != nil && *gp.AgendaItem == ep.agendaItem {
				tie = 1
			}
			pairs = append(pairs, pair{gi, ei, q, a, tie})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.quote != b.quote {
			return a.quote > b.quote
		}
		if a.agree != b.agree {
			return a.agree > b.agree
		}
		if a.item != b.item {
			return a.item > b.item
		}
		if oa, ob := gold[a.gi].Optional, gold[b.gi].Optional; oa != ob {
			return !oa
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.ei < b.ei
	})
	gm, em := map[int]int{}, map[int]int{}
	for _, p := range pairs {
		if _, ok := gm[p.gi]; ok {
			continue
		}
		if _, ok := em[p.ei]; ok {
			continue
		}
		gm[p.gi], em[p.ei] = p.ei, p.gi
	}

	all, det := s.cat(CatPositions), s.cat(CatPosDetected)
	actor, stance, subject, item := s.cat(CatPosActor), s.cat(CatPosStance), s.cat(CatPosSubject), s.cat(CatPosItem)
	acc := func(c *Count, ok bool, label, want, have string) {
		c.mark(ok, label+" want "+want, label+" got "+have)
	}
	for gi, gp := range gold {
		ei, ok := gm[gi]
		label := fmt.Sprintf("%q", evalShorten(gp.Quote, 70))
		if !ok {
			if !gp.Optional {
				det.FN++
				all.FN++
				det.Misses = append(det.Misses, label)
				all.Misses = append(all.Misses, label+" "+strings.Join(gp.Actor, "+")+" "+gp.Stance)
			}
			continue
		}
		if gp.Optional {
			continue
		}
		ep := got[ei]
		det.TP++
		okA, okS, okSub := evalActorAgrees(gp, ep), gp.Stance == ep.stance, evalSubjectAgrees(gp, ep)
		acc(actor, okA, label, strings.Join(gp.Actor, "+"), ep.actorLabel())
		acc(stance, okS, label, gp.Stance, ep.stance)
		acc(subject, okSub, label, strings.Join(gp.Subjects, " | "), ep.subjectLabel())
		if gp.AgendaItem != nil {
			acc(item, *gp.AgendaItem == ep.agendaItem, label, evalOrNone(*gp.AgendaItem), evalOrNone(ep.agendaItem))
		}
		if okA && okS && okSub {
			all.TP++
		} else {
			all.FP++
			all.FN++
			all.Misses = append(all.Misses, label+" "+strings.Join(gp.Actor, "+")+" "+gp.Stance)
			all.Extra = append(all.Extra, label+" "+ep.actorLabel()+" "+ep.stance+" (position "+ep.key+")")
		}
	}
	for ei, ep := range got {
		if _, ok := em[ei]; ok {
			continue
		}
		label := fmt.Sprintf("%q %s %s (position %s)", evalShorten(ep.quote, 70), ep.actorLabel(), ep.stance, ep.key)
		det.FP++
		all.FP++
		det.Extra = append(det.Extra, label)
		all.Extra = append(all.Extra, label)
	}
}

func evalOrNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func (p evalPosition) actorLabel() string {
	if len(p.actors) > 0 {
		a := append([]string(nil), p.actors...)
		sort.Strings(a)
		return strings.Join(a, "+")
	}
	if p.actorWords != "" {
		return "«" + p.actorWords + "»"
	}
	return "(no actor)"
}

func (p evalPosition) subjectLabel() string {
	parts := append([]string(nil), p.subjectIDs...)
	if p.subject != "" {
		parts = append(parts, p.subject)
	}
	if len(parts) == 0 {
		return "(no subject)"
	}
	return strings.Join(parts, " | ")
}

func evalShorten(s string, n int) string {
	r := []rune(collapseSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// evalIsID reports whether s is a global id rather than words.
func evalIsID(s string) bool {
	if strings.ContainsAny(s, " \t\n") {
		return false
	}
	_, err := graph.ParseID(s)
	return err == nil
}

// evalSplitIDs splits a gold actor list into global ids and words (an
// actor without a node), each in order.
func evalSplitIDs(actor []string) (ids, words []string) {
	for _, a := range actor {
		if evalIsID(a) {
			ids = append(ids, a)
		} else {
			words = append(words, a)
		}
	}
	return ids, words
}

// evalActorAgrees: ids must be the same set as the HOLDS sources; words (an
// actor without a node) must match the actor words and have no HOLDS.
func evalActorAgrees(gp GoldPosition, ep evalPosition) bool {
	ids, words := evalSplitIDs(gp.Actor)
	if len(ids) > 0 {
		want, have := evalSet(ids), evalSet(ep.actors)
		if len(want) != len(have) {
			return false
		}
		for a := range want {
			if !have[a] {
				return false
			}
		}
		return true
	}
	if len(ep.actors) > 0 {
		return false
	}
	for _, w := range words {
		if evalWordsMatch(w, ep.actorWords) {
			return true
		}
	}
	return false
}

// evalSubjectAgrees: any gold subject id among the ON targets, or any gold
// subject's words matching the extracted subject words.
func evalSubjectAgrees(gp GoldPosition, ep evalPosition) bool {
	on := evalSet(ep.subjectIDs)
	for _, sub := range gp.Subjects {
		if evalIsID(sub) {
			if on[sub] {
				return true
			}
			continue
		}
		if evalWordsMatch(sub, ep.subject) {
			return true
		}
	}
	return false
}

// evalQuoteMatch is 1 when the extracted quote contains the gold quote (letters
// and digits compared, case and diacritics folded), else the share of the
// gold quote's words found in the extracted quote.
func evalQuoteMatch(gold, got string) float64 {
	g, e := squash(gold), squash(got)
	if g == "" || e == "" {
		return 0
	}
	if strings.Contains(e, g) {
		return 1
	}
	gw := evalWords(gold, 1)
	ew := evalSet(evalWords(got, 1))
	if len(gw) == 0 {
		return 0
	}
	n := 0
	for _, w := range gw {
		if ew[w] {
			n++
		}
	}
	return math.Floor(float64(n)/float64(len(gw))*1000) / 1000
}

// evalWordsMatch compares a gold subject or actor in words with the extracted
// words: equal or containing one another (when the shorter is not tiny), or
// sharing at least half of the shorter one's content words.
func evalWordsMatch(a, b string) bool {
	sa, sb := squash(a), squash(b)
	if sa == "" || sb == "" {
		return false
	}
	if sa == sb {
		return true
	}
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if len(sa) >= 6 && strings.Contains(sb, sa) {
		return true
	}
	wa, wb := evalWords(a, 4), evalWords(b, 4)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	small, large := evalSet(wa), evalSet(wb)
	if len(small) > len(large) {
		small, large = large, small
	}
	n := 0
	for w := range small {
		if large[w] {
			n++
		}
	}
	return 2*n >= len(small) && n > 0
}

// evalWords are the folded lower-case words of s of at least min letters,
// without the commonest Dutch function words.
func evalWords(s string, min int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(foldDiacritics(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len([]rune(w)) < min || (min > 1 && evalStop[w]) {
			continue
		}
		out = append(out, w)
	}
	return out
}

var evalStop = map[string]bool{"voor": true, "over": true, "door": true, "naar": true, "deze": true, "zijn": true,
	"wordt": true, "worden": true, "heeft": true, "hebben": true, "van": true, "een": true, "het": true, "met": true}

// --- thresholds -------------------------------------------------------------

// Threshold is the lowest precision and recall a category may score.
type Threshold struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Thresholds are the minimum scores the tests hold, for the real letter(s)
// ("real") and for all letters together ("all"), per category.
type Thresholds struct {
	Note string               `json:"note,omitempty"`
	Real map[string]Threshold `json:"real"`
	All  map[string]Threshold `json:"all"`
}

// RealSet is the scores a set of real documents is held to: "all", or,
// when the set names none, "real".
func (t Thresholds) RealSet() map[string]Threshold {
	if len(t.All) == 0 {
		return t.Real
	}
	return t.All
}

// ParseThresholds decodes testdata/gold/thresholds.json.
func ParseThresholds(data []byte) (Thresholds, error) {
	var t Thresholds
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return t, fmt.Errorf("thresholds: %w", err)
	}
	for _, m := range []map[string]Threshold{t.Real, t.All} {
		for cat := range m {
			if !slices.Contains(Categories, cat) {
				return t, fmt.Errorf("thresholds: unknown category %q", cat)
			}
		}
	}
	return t, nil
}

// ScoresBelow lists the categories of s that score below the thresholds m.
// Scores are compared at two decimals, as the thresholds are written.
func ScoresBelow(m map[string]Threshold, s *Scores) []string {
	var out []string
	for _, cat := range Categories {
		th, ok := m[cat]
		if !ok {
			continue
		}
		c := s.Cats[cat]
		if c == nil {
			c = &Count{}
		}
		p, r := evalFloor2(c.Precision()), evalFloor2(c.Recall())
		if p < th.Precision || r < th.Recall {
			out = append(out, fmt.Sprintf("%s: precision %.2f (min %.2f), recall %.2f (min %.2f)", cat, p, th.Precision, r, th.Recall))
		}
	}
	return out
}

// evalFloor2 rounds down to two decimals (with a little slack for binary
// fractions: 0.29 stays 0.29).
func evalFloor2(f float64) float64 { return math.Floor(f*100+1e-9) / 100 }

// --- the table --------------------------------------------------------------

// WriteScoreTable prints the scores of s per category: tp, fp, fn,
// precision, recall and F1.
func WriteScoreTable(w io.Writer, title string, s *Scores) {
	fmt.Fprintf(w, "%s\n", title)
	fmt.Fprintf(w, "  %-22s %5s %5s %5s %9s %7s %6s\n", "category", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, cat := range Categories {
		c := s.Cats[cat]
		if c == nil || c.TP+c.FP+c.FN == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-22s %5d %5d %5d %9.3f %7.3f %6.3f\n", cat, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
}

// WriteMisses prints, per category, the gold items missed and the extracted
// items that are not in gold (or wrong).
func WriteMisses(w io.Writer, s *Scores) {
	for _, cat := range Categories {
		c := s.Cats[cat]
		if c == nil || len(c.Misses)+len(c.Extra) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %s\n", cat)
		for _, m := range c.Misses {
			fmt.Fprintf(w, "    - miss  %s\n", m)
		}
		for _, m := range c.Extra {
			fmt.Fprintf(w, "    + extra %s\n", m)
		}
	}
}
