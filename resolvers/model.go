package resolvers

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"jhagraph/graph"
)

// Node is an entity of the graph as the API shows it. Each GraphQL type that
// implements Node is backed by one of the types below, which wrap graph.Node.
type Node interface {
	IsNode()
	ref() graph.Ref
}

// entity holds what every node type shares.
type entity struct{ n graph.Node }

func (e entity) IsNode()           {}
func (e entity) ref() graph.Ref    { return graph.Ref{Kind: e.n.Kind, Key: e.n.Key} }
func (e entity) ID() string        { return e.n.ID() }
func (e entity) Name() string      { return e.n.Name }
func (e entity) Aliases() []string { return e.n.Strs("aliases") }

func (e entity) opt(prop string) *string {
	if s := e.n.Str(prop); s != "" {
		return &s
	}
	return nil
}

// Document is a letter or a cited Kamerstuk.
type Document struct{ entity }

// Dossier is the Kamerstuk dossier number.
func (d *Document) Dossier() *string { return d.opt("dossier") }

// Number is the number within the dossier.
func (d *Document) Number() *string { return d.opt("number") }

// DossierInferred tells whether the dossier was inferred.
func (d *Document) DossierInferred() bool { return d.n.Bool("dossierInferred") }

// Dossiers are every dossier of a Kamerstuk filed in several.
func (d *Document) Dossiers() []string {
	if ds := d.n.Strs("dossiers"); ds != nil {
		return ds
	}
	return []string{}
}

// DocumentNumber is the Tweede Kamer's document number.
func (d *Document) DocumentNumber() *string { return d.opt("docNumber") }

// Discrepancies are where the publisher's metadata and the text disagree;
// the write stores them as JSON (graph.Document.Discrepancies).
func (d *Document) Discrepancies() ([]*Discrepancy, error) {
	out := []*Discrepancy{}
	raw := d.n.Str("discrepancies")
	if raw == "" {
		return out, nil
	}
	var ds []graph.Discrepancy
	if err := json.Unmarshal([]byte(raw), &ds); err != nil {
		return nil, fmt.Errorf("document %s: stored discrepancies: %w", d.n.Key, err)
	}
	for _, x := range ds {
		out = append(out, &Discrepancy{Field: x.Field, Publisher: x.Publisher, Source: x.Source, Text: x.Text, Evidence: evidence(x.Evidence)})
	}
	return out, nil
}

// Discrepancy is a disagreement between publisher metadata and text.
type Discrepancy struct {
	Field, Publisher, Source, Text string
	Evidence                       *Evidence
}

// Date is the letter's date, YYYY-MM-DD.
func (d *Document) Date() *string { return d.opt("date") }

// Kind is the kind of document.
func (d *Document) Kind() *string { return d.opt("kind") }

// Title is the printed title.
func (d *Document) Title() *string { return d.opt("title") }

// Addressee is whom the letter is addressed to.
func (d *Document) Addressee() *string { return d.opt("addressee") }

// Ingested tells whether the document was ingested.
func (d *Document) Ingested() bool { return d.n.Bool("ingested") }

// Source is the file it was ingested from.
func (d *Document) Source() *string { return d.opt("source") }

// URL is where the document is published: as its metadata says, else the
// official publication of a Kamerstuk or Staatscourant, or the Tweede
// Kamer's open data record of a document known by its number.
func (d *Document) URL() string {
	if u := d.n.Str("url"); u != "" {
		return u
	}
	if nr, ok := strings.CutPrefix(d.n.Key, "tk-"); ok {
		return "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=DocumentNummer%20eq%20%27" + nr + "%27"
	}
	return "https://zoek.officielebekendmakingen.nl/" + d.n.Key + ".html"
}

// Signatories are the people who signed, in the order they signed.
func (d *Document) Signatories() []*Signatory {
	out := make([]Signatory, len(d.n.Signatories))
	ptrs := make([]*Signatory, len(out))
	for i := range d.n.Signatories {
		out[i].s = &d.n.Signatories[i]
		ptrs[i] = &out[i]
	}
	return ptrs
}

// Signatory is one signature of a document. Its fields are built only
// when a client selects them (the methods take no context, so gqlgen
// resolves them inline).
type Signatory struct{ s *graph.Signatory }

// Person is who signed.
func (s *Signatory) Person() *Person { return &Person{entity{s.s.Person}} }

// Office is the office the person signed in, when the letter names one.
func (s *Signatory) Office() *string {
	if s.s.Office == "" {
		return nil
	}
	o := s.s.Office
	return &o
}

// Evidence is where the letter shows the signature.
func (s *Signatory) Evidence() *Evidence { return evidence(s.s.Evidence) }

// Person is a signatory or other actor.
type Person struct{ entity }

// Office is a government office.
type Office struct{ entity }

// LegalAct is an EU legal act.
type LegalAct struct{ entity }

// Celex is the CELEX number, the act's key.
func (a *LegalAct) Celex() string { return a.n.Key }

// Type is the kind of act.
func (a *LegalAct) Type() *string { return a.opt("type") }

// Year is the act's year.
func (a *LegalAct) Year() *int { return a.optInt("year") }

// Number is the act's number within its year.
func (a *LegalAct) Number() *int { return a.optInt("number") }

// Title is the official title.
func (a *LegalAct) Title() *string { return a.opt("title") }

// EurlexURL links to the act on EUR-Lex.
func (a *LegalAct) EurlexURL() string {
	return "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + a.n.Key
}

func (e entity) optInt(prop string) *int {
	if i, ok := e.n.Int(prop); ok {
		return &i
	}
	return nil
}

// CouncilMeeting is a meeting of the Council of the EU.
type CouncilMeeting struct{ entity }

// Formation is the Council formation, e.g. "JHA".
func (m *CouncilMeeting) Formation() *string { return m.opt("formation") }

// Informal tells whether the meeting is informal.
func (m *CouncilMeeting) Informal() bool { return m.n.Bool("informal") }

// StartDate is the first day.
func (m *CouncilMeeting) StartDate() *string { return m.opt("startDate") }

// EndDate is the last day.
func (m *CouncilMeeting) EndDate() *string { return m.opt("endDate") }

// Place is where the meeting is held.
func (m *CouncilMeeting) Place() *string { return m.opt("place") }

// YearCorrected tells whether the written year was corrected.
func (m *CouncilMeeting) YearCorrected() bool { return m.n.Bool("yearCorrected") }

// AgendaItem is an item on a meeting's agenda.
type AgendaItem struct{ entity }

// Country is a country, member state or not.
type Country struct{ entity }

// Code is the ISO 3166-1 alpha-2 code, the country's key.
func (c *Country) Code() string { return c.n.Key }

// MemberState tells whether the country is an EU member state.
func (c *Country) MemberState() bool { return c.n.Bool("memberState") }

// Organisation is an EU institution, agency or body.
type Organisation struct{ entity }

// Position is a stance an actor takes.
type Position struct{ entity }

// toNode wraps a graph node in the API type of its kind.
func toNode(n graph.Node) Node {
	e := entity{n}
	switch n.Kind {
	case graph.KindDocument:
		return &Document{e}
	case graph.KindPerson:
		return &Person{e}
	case graph.KindOffice:
		return &Office{e}
	case graph.KindLegalAct:
		return &LegalAct{e}
	case graph.KindCouncilMeeting:
		return &CouncilMeeting{e}
	case graph.KindAgendaItem:
		return &AgendaItem{e}
	case graph.KindCountry:
		return &Country{e}
	case graph.KindOrganisation:
		return &Organisation{e}
	default:
		return &Position{e}
	}
}

func evidence(e graph.Evidence) *Evidence {
	v := evidenceOf(e)
	return &v
}

// evidenceOf is the API's form of a graph evidence.
func evidenceOf(e graph.Evidence) Evidence {
	return Evidence{DocumentID: e.Doc, Quote: e.Quote, Start: e.Start, End: e.End}
}

// DocumentConnection is a page of documents. Its total is counted by Neo4j
// only when a client asks for it.
type DocumentConnection struct {
	Edges    []*DocumentEdge
	PageInfo *PageInfo
	count    func(ctx context.Context) (int, error)
}

// TotalCount counts every document the connection's filter selects.
func (c *DocumentConnection) TotalCount(ctx context.Context) (int, error) { return c.count(ctx) }

// RelationConnection is a page of relations.
type RelationConnection struct {
	Edges    []*RelationEdge
	PageInfo *PageInfo
	count    func(ctx context.Context) (int, error)
}

// TotalCount counts every relation the connection's filter selects.
func (c *RelationConnection) TotalCount(ctx context.Context) (int, error) { return c.count(ctx) }

// Relation is a relation of a node, as a connection lists it. Its
// properties and evidence are built only when a client selects them (the
// methods take no context, so gqlgen resolves them inline).
type Relation struct {
	Type      RelationType
	Direction Direction
	Node      Node
	Ref       *string // the reference as the letter wrote it (citations)
	props     map[string]any
	ev        graph.Evidence
}

// Properties are the relation's further facts as a JSON object.
func (r *Relation) Properties() string {
	b, _ := json.Marshal(r.props) // map keys are marshalled in sorted order
	return string(b)
}

// Evidence is the sentence the relation was read from.
func (r *Relation) Evidence() *Evidence { return evidence(r.ev) }

func relation(e graph.Edge) Relation {
	r := Relation{Type: RelationType(e.Type), Direction: DirectionIn, Node: toNode(e.Node), props: e.Props, ev: e.Evidence}
	if e.Outgoing {
		r.Direction = DirectionOut
	}
	if ref, ok := e.Props["ref"].(string); ok {
		r.Ref = &ref
	}
	return r
}

// PositionConnection is a page of positions.
type PositionConnection struct {
	Edges    []*PositionEdge
	PageInfo *PageInfo
	count    func(ctx context.Context) (int, error)
}

// TotalCount counts every position the connection's filter selects.
func (c *PositionConnection) TotalCount(ctx context.Context) (int, error) { return c.count(ctx) }

// Section is the agenda section's Roman numeral.
func (a *AgendaItem) Section() *string { return a.opt("section") }

// SectionTitle is the title of the agenda section.
func (a *AgendaItem) SectionTitle() *string { return a.opt("sectionTitle") }

// Order is the item's number within its section.
func (a *AgendaItem) Order() *int { return a.optInt("order") }

// Title is the item's title as printed.
func (a *AgendaItem) Title() *string { return a.opt("title") }

// Format is the kind of discussion.
func (a *AgendaItem) Format() *string { return a.opt("format") }

// Meeting is the meeting whose agenda holds the item.
func (a *AgendaItem) Meeting() *CouncilMeeting {
	for _, e := range a.n.LinksOf(graph.RelHasItem, false) {
		return &CouncilMeeting{entity{e.Node}}
	}
	return nil
}

// Stance is the class of the position.
func (p *Position) Stance() string { return p.n.Str("stance") }

// Polarity is positive, negative or neutral.
func (p *Position) Polarity() *string { return p.opt("polarity") }

// Negated tells whether the cue is negated.
func (p *Position) Negated() bool { return p.n.Bool("negated") }

// Conditional tells whether the stance is conditional or hedged.
func (p *Position) Conditional() bool { return p.n.Bool("conditional") }

// Cue is the cue phrase.
func (p *Position) Cue() *string { return p.opt("cue") }

// Actor is the actor's words.
func (p *Position) Actor() *string { return p.opt("actor") }

// Subject is the subject's words.
func (p *Position) Subject() *string { return p.opt("subject") }

// Quote is the sentence that states the position.
func (p *Position) Quote() string { return p.n.Str("quote") }

// Date is the date of the letter that states it.
func (p *Position) Date() *string { return p.opt("date") }

// Actors are the entities holding the position.
func (p *Position) Actors() []Node { return linked(p.n.LinksOf(graph.RelHolds, false)) }

// Subjects are the entities the position is on.
func (p *Position) Subjects() []Node { return linked(p.n.LinksOf(graph.RelOn, true)) }

// Document is the letter that states the position.
func (p *Position) Document() *Document {
	for _, e := range p.n.LinksOf(graph.RelStatedIn, true) {
		if e.Node.Kind == graph.KindDocument {
			return &Document{entity{e.Node}}
		}
	}
	return nil
}

// AgendaItem is the agenda item the position sits under.
func (p *Position) AgendaItem() *AgendaItem {
	for _, e := range p.n.LinksOf(graph.RelStatedIn, true) {
		if e.Node.Kind == graph.KindAgendaItem {
			return &AgendaItem{entity{e.Node}}
		}
	}
	return nil
}

// Evidence is the sentence stating the position, from its STATED_IN relation.
func (p *Position) Evidence() *Evidence {
	for _, e := range p.n.LinksOf(graph.RelStatedIn, true) {
		if e.Node.Kind == graph.KindDocument {
			return evidence(e.Evidence)
		}
	}
	doc, _, _ := strings.Cut(p.n.Key, ":")
	return &Evidence{DocumentID: doc, Quote: p.n.Str("quote")}
}

func linked(edges []graph.Edge) []Node {
	out := make([]Node, 0, len(edges))
	for _, e := range edges {
		out = append(out, toNode(e.Node))
	}
	return out
}

func officeTerm(t graph.Term) *OfficeTerm {
	ot := &OfficeTerm{Person: &Person{entity{t.Person}}, Office: &Office{entity{t.Office}}}
	if t.Start != "" {
		ot.Start = &t.Start
	}
	if t.End != "" {
		ot.End = &t.End
	}
	if t.Evidence != nil {
		ot.Evidence = evidence(*t.Evidence)
	}
	return ot
}

// LegalActConnection is a page of legal acts.
type LegalActConnection struct {
	Edges    []*LegalActEdge
	PageInfo *PageInfo
	count    func(ctx context.Context) (int, error)
}

// TotalCount counts every act the connection's filter selects.
func (c *LegalActConnection) TotalCount(ctx context.Context) (int, error) { return c.count(ctx) }

// TimelineConnection is a page of a timeline.
type TimelineConnection struct {
	Edges    []*TimelineEdge
	PageInfo *PageInfo
	count    func(ctx context.Context) (int, error)
}

// TotalCount counts every entry of the timeline.
func (c *TimelineConnection) TotalCount(ctx context.Context) (int, error) { return c.count(ctx) }
