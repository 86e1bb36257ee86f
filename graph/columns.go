package graph

import (
	"fmt"
	"sort"
	"strings"
)

// Columns says what a read brings back with each node it returns, so that a
// read asks Neo4j for what its caller will show and no more: shipping every
// property of twenty letters and their signatories costs more than finding
// them. The zero value reads key, name and date alone; AllColumns reads
// everything (see Shape).
type Columns struct {
	// Props are the properties to read besides key, name and date, which
	// every read brings (they identify nodes and order pages); All reads every
	// property but the letter text.
	Props []string
	All   bool
	// Sigs brings a document's signatories, Links a position's or an agenda
	// item's immediate context (see nodeColumns).
	Sigs, Links bool
	// SigProps are the properties read of the signatories' persons, besides
	// key, name and date; SigAll reads all of them.
	SigProps []string
	SigAll   bool
	// LinkProps are the properties read of the linked nodes, besides key,
	// name and date; LinkAll reads all of them.
	LinkProps []string
	LinkAll   bool
	// LinkTypes are the types of links to read; nil reads all of them.
	LinkTypes []RelType
	// RelLight reads the relations of a relations read with their identity
	// only, without evidence or other properties.
	RelLight bool
}

// AllColumns reads every property, the signatories and the links.
var AllColumns = Columns{All: true, Sigs: true, SigAll: true, Links: true, LinkAll: true}

// String is a stable form of c, for keys that must tell reads apart.
func (c Columns) String() string {
	var b strings.Builder
	b.WriteString(propsKey(c.All, c.Props))
	if c.Sigs {
		b.WriteString("+sigs:" + propsKey(c.SigAll, c.SigProps))
	}
	if c.RelLight {
		b.WriteString("+rellight")
	}
	if c.Links {
		b.WriteString("+links")
		if c.LinkTypes != nil {
			b.WriteString(fmt.Sprint(c.LinkTypes))
		}
		b.WriteString(":" + propsKey(c.LinkAll, c.LinkProps))
	}
	return b.String()
}

// propsKey is "*" for every property, else the properties ps, normalised.
func propsKey(all bool, ps []string) string {
	if all {
		return "*"
	}
	return strings.Join(normProps(ps), ",")
}

// projection reads node v: every property but the letter text when all,
// else ps (normalised).
func projection(v string, all bool, ps []string) string {
	if all {
		return v + " {.*, text: null}"
	}
	return v + " {." + strings.Join(normProps(ps), ", .") + "}"
}

// baseProps are read with every node.
var baseProps = []string{"key", "name", "date"}

// normProps sorts and deduplicates property names and keeps only ones that
// are plain identifiers: they are written into the query text.
func normProps(ps []string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(ps)+len(baseProps))
	for _, p := range append(append([]string{}, baseProps...), ps...) {
		if seen[p] || !isIdent(p) {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// nodeColumns returns the columns that read a node bound to v, as c asks: labels, properties (never the large letter text),
// and, for documents, their signatories.
//
// Positions and agenda items also bring their immediate context (links): a
// position its actors, subjects, document and agenda item; an item its
// meeting. Lists of them then cost one query, not one per element.
func nodeColumns(c Columns, v string) string {
	p := nodeParts(c, v)
	return p[0] + " AS labels, " + p[1] + " AS props, " + p[2] + " AS sigs, " + p[3] + " AS links"
}

// A node in a nested page (nodeList), a link and a signatory come back as
// lists, not maps: the driver decodes a map into a Go map with a string
// allocated per key, a list into one slice, and a nested page can hold
// hundreds of them. Their entries are at fixed places.
const (
	itemLabels = iota // the node's labels
	itemProps         // its properties
	itemSigs          // its signatories (null when not asked for)
	itemLinks         // its links (null when not asked for)
	itemType          // a relation's type (pages of relations; else null)
	itemOut           // whether the relation leaves the parent
	itemRel           // the relation's properties
	itemNests         // the first nest's page; the i-th is at itemNests+i
)

// Entries of a link: [type, out, rel, labels, props].
const (
	linkType = iota
	linkOut
	linkRel
	linkLabels
	linkProps
)

// nodeList is nodeColumns as the first entries of a nested page's item
// (itemLabels to itemLinks); entries not asked for are null.
func nodeList(c Columns, v string) string {
	p := nodeParts(c, v)
	for i := 2; i < 4; i++ {
		if p[i] == "[]" {
			p[i] = "null"
		}
	}
	return p[0] + ", " + p[1] + ", " + p[2] + ", " + p[3]
}

// propList reads node v's properties as projection does, but, unless all,
// as a list of their values in the order of normProps(ps): the driver then
// decodes no key (propsFrom puts the names back).
func propList(v string, all bool, ps []string) string {
	if all {
		return projection(v, true, nil)
	}
	return "[" + v + "." + strings.Join(normProps(ps), ", "+v+".") + "]"
}

// propNames are the names of the values propList reads for a node, its
// links and its signatories' persons, as Columns asks (nil where they come
// as a map).
type propNames struct{ node, link, sig []string }

// namesOf is propNames for a read in columns c.
func namesOf(c Columns) propNames {
	var n propNames
	if !c.All {
		n.node = normProps(c.Props)
	}
	if !c.LinkAll {
		n.link = normProps(c.LinkProps)
	}
	if !c.SigAll {
		n.sig = normProps(c.SigProps)
	}
	return n
}

// propsFrom is the property map of what propList read: the map itself, or
// the values of the list under names. Null values are left out.
func propsFrom(raw any, names []string) map[string]any {
	switch x := raw.(type) {
	case map[string]any:
		return x
	case []any:
		m := make(map[string]any, len(x))
		for i, v := range x {
			if v != nil && i < len(names) {
				m[names[i]] = v
			}
		}
		return m
	}
	return map[string]any{}
}

// nodeParts are the expressions of nodeColumns: labels, props, sigs, links.
// Properties are read by propList. A signatory is [person's properties,
// the SIGNED relation's]; a link is [type, out, rel, labels, props]
// (linkType...).
func nodeParts(c Columns, v string) [4]string {
	props := propList(v, c.All, c.Props)
	sigs := "[]"
	if c.Sigs {
		sigs = "[(p:Person)-[s:SIGNED]->(" + v + ") | [" + propList("p", c.SigAll, c.SigProps) + ", properties(s)]]"
	}
	links := "[]"
	if c.Links {
		lprops := func(o string) string { return propList(o, c.LinkAll, c.LinkProps) }
		link := func(r, o string) string {
			return "[type(" + r + "), startNode(" + r + ") = " + v + ", properties(" + r + "), labels(" + o + "), " + lprops(o) + "]"
		}
		var pos []string
		item := false
		for _, t := range []RelType{RelHolds, RelOn, RelStatedIn, RelHasItem} {
			if !c.hasLinkType(t) {
				continue
			}
			if t == RelHasItem {
				item = true
			} else {
				pos = append(pos, string(t))
			}
		}
		links = "CASE "
		if len(pos) > 0 {
			links += "WHEN " + v + ":Position THEN [(" + v + ")-[lr:" + strings.Join(pos, "|") + "]-(lo) | " + link("lr", "lo") + "] "
		}
		if item {
			links += "WHEN " + v + ":AgendaItem THEN [(lo:CouncilMeeting)-[lr:HAS_ITEM]->(" + v + ") | " + link("lr", "lo") + "] "
		}
		links += "ELSE [] END"
	}
	return [4]string{"labels(" + v + ")", props, sigs, links}
}

// relExpr reads the relation bound to r as c asks.
func relExpr(c Columns, r string) string {
	if c.RelLight {
		return r + " {.rid, .doc}"
	}
	return "properties(" + r + ")"
}

func (c Columns) hasLinkType(t RelType) bool {
	if c.LinkTypes == nil {
		return true
	}
	for _, x := range c.LinkTypes {
		if x == t {
			return true
		}
	}
	return false
}
