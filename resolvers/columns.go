package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jhagraph/graph"
)

// A read asks Neo4j only for what the client's selection shows of the nodes
// it returns (graph.Columns). need says what one field of a node type reads
// from the node's own record; a field missing from nodeFieldNeeds reads
// everything, so a field added later is right before it is fast.
// TestNodeFieldNeeds checks the table against the methods of model.go.
type need struct {
	props       []string
	sigs, links bool
}

func props(ps ...string) need { return need{props: ps} }

var nodeFieldNeeds = map[string]need{
	// Every node type.
	"__typename": {}, "id": {}, "name": {}, "aliases": props("aliases"), "relations": {},
	// Document.
	"dossier": props("dossier"), "number": props("number"), "dossierInferred": props("dossierInferred"),
	"date": props("date"), "kind": props("kind"), "title": props("title"), "addressee": props("addressee"),
	"ingested": props("ingested"), "source": props("source"), "url": props("url"), "text": props("ingested"),
	"signatories": {sigs: true}, "cites": {}, "citedBy": {},
	// Person, Office.
	"offices": {}, "signed": {}, "holders": {},
	// LegalAct.
	"celex": {}, "type": props("type"), "year": props("year"), "eurlexUrl": {}, "positions": {},
	// CouncilMeeting.
	"formation": props("formation"), "informal": props("informal"), "startDate": props("startDate"),
	"endDate": props("endDate"), "place": props("place"), "yearCorrected": props("yearCorrected"),
	"presidency": props("presidency"), "agenda": {}, "attendees": {}, "documents": {},
	// AgendaItem.
	"section": props("section"), "sectionTitle": props("sectionTitle"), "order": props("order"),
	"format": props("format"), "meeting": {links: true}, "concerns": {},
	// Country, Organisation.
	"code": {}, "memberState": props("memberState"), "mentionedIn": {},
	// Position.
	"stance": props("stance"), "polarity": props("polarity"), "negated": props("negated"),
	"conditional": props("conditional"), "cue": props("cue"), "actor": props("actor"),
	"subject": props("subject"), "quote": props("quote"), "actors": {links: true}, "subjects": {links: true},
	"document": {links: true}, "agendaItem": {links: true}, "evidence": {props: []string{"quote"}, links: true},
}

// columnsAt returns what the reads of the field being resolved must bring for
// the nodes that appear at path below it ("edges", "node" for a
// connection's nodes; nothing for the field's own node), plus extra
// properties the resolver itself needs.
func columnsAt(ctx context.Context, path []string, extra ...string) graph.Columns {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) {
		return graph.AllColumns
	}
	frags := graphql.GetOperationContext(ctx).Doc.Fragments
	sels := fc.Field.Selections
	for _, name := range path {
		var next ast.SelectionSet
		eachField(sels, frags, func(f *ast.Field) bool {
			if f.Name == name {
				next = append(next, f.SelectionSet...)
			}
			return true
		})
		sels = next
	}
	c := graph.Columns{Props: extra}
	all := false
	eachField(sels, frags, func(f *ast.Field) bool {
		n, ok := nodeFieldNeeds[f.Name]
		if !ok {
			all = true
			return false
		}
		c.Props = append(c.Props, n.props...)
		c.Sigs = c.Sigs || n.sigs
		c.Links = c.Links || n.links
		return true
	})
	if all {
		return graph.AllColumns
	}
	return c
}

// eachField calls fn for every field of a selection set, looking through
// inline fragments and fragment spreads, until fn returns false.
func eachField(sels ast.SelectionSet, frags ast.FragmentDefinitionList, fn func(*ast.Field) bool) bool {
	for _, s := range sels {
		switch x := s.(type) {
		case *ast.Field:
			if !fn(x) {
				return false
			}
		case *ast.InlineFragment:
			if !eachField(x.SelectionSet, frags, fn) {
				return false
			}
		case *ast.FragmentSpread:
			def := x.Definition
			if def == nil {
				def = frags.ForName(x.Name)
			}
			if def != nil && !eachField(def.SelectionSet, frags, fn) {
				return false
			}
		}
	}
	return true
}
