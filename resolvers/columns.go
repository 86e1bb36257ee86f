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
	linked      bool // the field shows linked nodes: its selection says what to read of them
	linkType    graph.RelType
}

func props(ps ...string) need { return need{props: ps} }

var nodeFieldNeeds = map[string]need{
	// Every node type.
	"__typename": {}, "id": {}, "name": {}, "aliases": props("aliases"), "relations": {},
	// Document.
	"dossier": props("dossier"), "number": props("number"), "dossierInferred": props("dossierInferred"),
	"dossiers": props("dossiers"), "documentNumber": props("docNumber"), "discrepancies": props("discrepancies"),
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
	"format": props("format"), "meeting": {links: true, linked: true, linkType: graph.RelHasItem}, "concerns": {},
	// Country, Organisation.
	"code": {}, "memberState": props("memberState"), "mentionedIn": {},
	// Position.
	"stance": props("stance"), "polarity": props("polarity"), "negated": props("negated"),
	"conditional": props("conditional"), "cue": props("cue"), "actor": props("actor"),
	"subject": props("subject"), "quote": props("quote"), "actors": {links: true, linked: true, linkType: graph.RelHolds},
	"subjects": {links: true, linked: true, linkType: graph.RelOn}, "document": {links: true, linked: true, linkType: graph.RelStatedIn}, "agendaItem": {links: true, linked: true, linkType: graph.RelStatedIn}, "evidence": {props: []string{"quote"}, links: true, linkType: graph.RelStatedIn},
}

// columnsAt returns what the reads of the field being resolved must bring for
// the nodes that appear at path below it ("edges", "node" for a
// connection's nodes; nothing for the field's own node), plus extra
// properties the resolver itself needs.
func (r *Resolver) columnsAt(ctx context.Context, path []string, extra ...string) graph.Columns {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) || r.NoPruning {
		return graph.AllColumns
	}
	return r.columnsIn(fc.Field.Selections, graphql.GetOperationContext(ctx).Doc.Fragments, path, extra)
}

// columnsIn is columnsAt for the selection set sels of a field.
func (r *Resolver) columnsIn(sels ast.SelectionSet, frags ast.FragmentDefinitionList, path []string, extra []string) graph.Columns {
	if r.NoPruning {
		return graph.AllColumns
	}
	c, all := columnsOf(nodeSelection(sels, frags, path), frags)
	if all {
		return graph.AllColumns
	}
	c.Props = append(c.Props, extra...)
	return c
}

// columnsOf says what the fields of a node's selection set read from its
// record; all is true when one of them is not in nodeFieldNeeds. The nodes
// a link field shows (a position's actors, an item's meeting) are read
// with the node's links, with the properties their own selections show.
func columnsOf(sels ast.SelectionSet, frags ast.FragmentDefinitionList) (c graph.Columns, all bool) {
	eachField(sels, frags, func(f *ast.Field) bool {
		n, ok := nodeFieldNeeds[f.Name]
		if !ok {
			all = true
			return false
		}
		c.Props = append(c.Props, n.props...)
		if n.sigs {
			// The signatories' persons are read with the properties
			// their selection shows.
			c.Sigs = true
			eachField(f.SelectionSet, frags, func(sf *ast.Field) bool {
				if sf.Name == "person" {
					pc, pall := columnsOf(sf.SelectionSet, frags)
					c.SigAll = c.SigAll || pall || pc.Sigs || pc.Links
					c.SigProps = append(c.SigProps, pc.Props...)
				}
				return true
			})
		}
		if n.links {
			c.Links = true
			c.LinkTypes = append(c.LinkTypes, n.linkType)
			if n.linked {
				lc, lall := columnsOf(f.SelectionSet, frags)
				if lall || lc.Sigs || lc.Links {
					// Links of links are not read: such a field reads the
					// linked nodes in full, as before.
					c.LinkAll = true
				}
				c.LinkProps = append(c.LinkProps, lc.Props...)
			}
		}
		return true
	})
	return c, all
}

// eachField calls fn for every field of a selection set, looking through
// inline fragments and fragment spreads, until fn returns false.
func eachField(sels ast.SelectionSet, frags ast.FragmentDefinitionList, fn func(*ast.Field) bool) bool {
	return eachFieldOn(sels, frags, "", fn)
}

// eachFieldOn is eachField for an object of type typeName: fields in
// fragments on other types than typeName or Node are left out. An empty
// typeName takes every fragment.
func eachFieldOn(sels ast.SelectionSet, frags ast.FragmentDefinitionList, typeName string, fn func(*ast.Field) bool) bool {
	applies := func(cond string) bool { return typeName == "" || cond == "" || cond == typeName || cond == "Node" }
	for _, s := range sels {
		switch x := s.(type) {
		case *ast.Field:
			if !fn(x) {
				return false
			}
		case *ast.InlineFragment:
			if applies(x.TypeCondition) && !eachFieldOn(x.SelectionSet, frags, typeName, fn) {
				return false
			}
		case *ast.FragmentSpread:
			def := x.Definition
			if def == nil {
				def = frags.ForName(x.Name)
			}
			if def != nil && applies(def.TypeCondition) && !eachFieldOn(def.SelectionSet, frags, typeName, fn) {
				return false
			}
		}
	}
	return true
}

// selectedAt reports whether the field being resolved selects name on the
// objects at path below it (through fragments); without a field context it
// says yes.
func (r *Resolver) selectedAt(ctx context.Context, path []string, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || !graphql.HasOperationContext(ctx) || r.NoPruning {
		return true
	}
	frags := graphql.GetOperationContext(ctx).Doc.Fragments
	found := false
	eachField(nodeSelection(fc.Field.Selections, frags, path), frags, func(f *ast.Field) bool {
		found = f.Name == name
		return !found
	})
	return found
}
