// Package graph is the knowledge graph of jhagraph: the kinds of entities and
// relations, their canonical keys and global ids, and the Neo4j Store that
// writes and reads them. It is the only package that talks to Neo4j.
package graph

import (
	"fmt"
	"strings"
)

// Kind is the kind of an entity; it is also its Neo4j label.
type Kind string

// The kinds of entities in the graph.
const (
	KindDocument       Kind = "Document"
	KindPerson         Kind = "Person"
	KindOffice         Kind = "Office"
	KindLegalAct       Kind = "LegalAct"
	KindCouncilMeeting Kind = "CouncilMeeting"
	KindAgendaItem     Kind = "AgendaItem"
	KindCountry        Kind = "Country"
	KindOrganisation   Kind = "Organisation"
	KindPosition       Kind = "Position"
)

// Kinds lists every kind, in a fixed order.
var Kinds = []Kind{KindDocument, KindPerson, KindOffice, KindLegalAct, KindCouncilMeeting,
	KindAgendaItem, KindCountry, KindOrganisation, KindPosition}

// RelType is the type of a relation; it is also its Neo4j relationship type.
type RelType string

// The relation types. Direction matters: From -[type]-> To.
const (
	RelSigned     RelType = "SIGNED"      // Person -> Document
	RelHeldOffice RelType = "HELD_OFFICE" // Person -> Office
	RelCites      RelType = "CITES"       // Document -> Document | LegalAct
	RelMentions   RelType = "MENTIONS"    // Document -> Country | Organisation | LegalAct | ...
	RelAnnotates  RelType = "ANNOTATES"   // Document -> CouncilMeeting (an annotated agenda)
	RelReportsOn  RelType = "REPORTS_ON"  // Document -> CouncilMeeting (a report)
	RelHasItem    RelType = "HAS_ITEM"    // CouncilMeeting -> AgendaItem
	RelConcerns   RelType = "CONCERNS"    // AgendaItem -> anything
	RelAttends    RelType = "ATTENDS"     // Person | Office -> CouncilMeeting
	RelHolds      RelType = "HOLDS"       // actor -> Position
	RelOn         RelType = "ON"          // Position -> subject
	RelStatedIn   RelType = "STATED_IN"   // Position -> Document
)

// RelTypes lists every relation type, in a fixed order.
var RelTypes = []RelType{RelSigned, RelHeldOffice, RelCites, RelMentions, RelAnnotates,
	RelReportsOn, RelHasItem, RelConcerns, RelAttends, RelHolds, RelOn, RelStatedIn}

// ValidKind reports whether k is one of Kinds.
func ValidKind(k Kind) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// ValidRelType reports whether t is one of RelTypes.
func ValidRelType(t RelType) bool {
	for _, x := range RelTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Evidence ties a fact to the text that supports it: the document it was read
// from, the quoted sentence, and the sentence's character (rune) offsets
// [Start, End) into that document's normalised text. A fact that only the
// publisher's metadata states (a signatory listed by the Tweede Kamer whose
// signature block the text lacks) has an empty span, Start = End = 0, and
// as Quote the metadata statement, prefixed with the file it is read from.
type Evidence struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Ref points at an entity by kind and canonical key.
type Ref struct {
	Kind Kind   `json:"kind"`
	Key  string `json:"key"`
}

// ID is the entity's global id, as the API shows it.
func (r Ref) ID() string { return ID(r.Kind, r.Key) }

// Entity is a node: its kind, canonical key, display name, and properties.
// Property values are strings, numbers, booleans, or lists of strings.
// Aliases are other names under which the entity is found by search.
type Entity struct {
	Kind    Kind           `json:"kind"`
	Key     string         `json:"key"`
	Name    string         `json:"name"`
	Aliases []string       `json:"aliases,omitempty"`
	Props   map[string]any `json:"props,omitempty"`
}

// Ref returns the entity's reference.
func (e Entity) Ref() Ref { return Ref{Kind: e.Kind, Key: e.Key} }

// Relation is an edge From -[Type]-> To with the evidence that supports it.
// Props are extra facts of the relation (for example the office under which a
// person signed). Every relation extracted from a document carries that
// document's key in Evidence.Doc.
type Relation struct {
	Type     RelType        `json:"type"`
	From     Ref            `json:"from"`
	To       Ref            `json:"to"`
	Props    map[string]any `json:"props,omitempty"`
	Evidence Evidence       `json:"evidence"`
}

// Document is the metadata of an ingested letter.
type Document struct {
	Key       string `json:"key"`                 // "kst-32317-867"
	Dossier   string `json:"dossier,omitempty"`   // "32317"
	Number    string `json:"number,omitempty"`    // "867" (or a letter such as "B")
	Date      string `json:"date,omitempty"`      // ISO date, "2024-01-15"
	Kind      string `json:"kind,omitempty"`      // "brief", "geannoteerde agenda", "verslag", ...
	Title     string `json:"title,omitempty"`     // the title line as printed
	Addressee string `json:"addressee,omitempty"` // "Voorzitter van de Tweede Kamer der Staten-Generaal"
	Source    string `json:"source,omitempty"`    // file name it was read from (base name)
	URL       string `json:"url,omitempty"`       // where the document is published, when a sidecar says
	Text      string `json:"-"`                   // the normalised text evidence offsets point into
	// DossierInferred is true when the dossier was not in the text or a
	// sidecar but inferred from the letter's content.
	DossierInferred bool `json:"dossierInferred,omitempty"`
	// Evidence for the metadata fields, by field name ("date", "title", ...).
	Evidence map[string]Evidence `json:"evidence,omitempty"`
	// Dossiers are all the dossiers of a Kamerstuk filed in several,
	// Dossier first; empty when there is only Dossier.
	Dossiers []string `json:"dossiers,omitempty"`
	// DocNumber is the Tweede Kamer's document number, "2023D11165".
	DocNumber string `json:"docNumber,omitempty"`
	// Discrepancies are the fields on which the publisher's metadata and
	// the text disagree. The publisher's value is the one the document
	// carries; the text's value and where the text says it are kept here.
	Discrepancies []Discrepancy `json:"discrepancies,omitempty"`
}

// Discrepancy is a disagreement between the publisher's metadata and the
// text of a document about one field.
type Discrepancy struct {
	Field     string   `json:"field"`     // "date", "number", "dossier", "signatory", ...
	Publisher string   `json:"publisher"` // the publisher's value, which the document carries
	Source    string   `json:"source"`    // where the publisher's value was read: "kst-32317-867.odata.json (OData Document)"
	Text      string   `json:"text"`      // what the text says
	Evidence  Evidence `json:"evidence"`  // where the text says it
}

// DocumentGraph is everything extracted from one document: the document,
// the other entities it names, and the relations between them.
type DocumentGraph struct {
	Document  Document   `json:"document"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// idPrefix maps kinds to the prefix of their global id. Documents use their
// key as it is (see DocKeyPrefixes).
var idPrefix = map[Kind]string{
	KindDocument:       "",
	KindPerson:         "person:",
	KindOffice:         "office:",
	KindLegalAct:       "celex:",
	KindCouncilMeeting: "meeting:",
	KindAgendaItem:     "item:",
	KindCountry:        "country:",
	KindOrganisation:   "org:",
	KindPosition:       "position:",
}

// ID returns the global id of the entity of kind k with canonical key key.
func ID(k Kind, key string) string { return idPrefix[k] + key }

// DocKeyPrefixes are the prefixes of document keys: a Kamerstuk
// "kst-32317-867"; a Tweede Kamer document known only by its document
// number "tk-2025D06896"; a Staatscourant publication "stcrt-2016-65451";
// a rijksoverheid.nl publication "rijksoverheid-2020-03-30-<slug>"; a
// publication in the Aanhangsel van de Handelingen (answers to Kamervragen)
// "ah-tk-20242025-750" (Tweede Kamer) or "ah-ek-20232024-12" (Eerste Kamer);
// a page of the Eerste Kamer without a Kamerstuk number (committee minutes,
// reports of expert meetings) "ek-20150922-<slug>"; an item of the
// Handelingen, the record of a plenary sitting, "h-tk-20192020-9-4"
// (Tweede Kamer, vergaderjaar 2019-2020, sitting 9, item 4) or, in the
// older numbering by pages, "h-tk-20082009-7414-7418"; "h-ek-…" for the
// Eerste Kamer.
var DocKeyPrefixes = []string{"kst-", "tk-", "stcrt-", "rijksoverheid-", "ah-tk-", "ah-ek-", "h-tk-", "h-ek-", "ek-"}

// ParseID splits a global id into kind and key.
func ParseID(id string) (Ref, error) {
	for _, p := range DocKeyPrefixes {
		if strings.HasPrefix(id, p) && len(id) > len(p) {
			return Ref{Kind: KindDocument, Key: id}, nil
		}
	}
	for _, k := range Kinds {
		p := idPrefix[k]
		if p != "" && strings.HasPrefix(id, p) && len(id) > len(p) {
			return Ref{Kind: k, Key: id[len(p):]}, nil
		}
	}
	return Ref{}, fmt.Errorf("graph: malformed id %q", id)
}
