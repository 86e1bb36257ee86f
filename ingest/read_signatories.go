package ingest

import (
	"regexp"
	"strings"

	"jhagraph/graph"
)

// publisherSignatures gives the document the signatories the publisher
// lists, in its order, each SIGNED (props office, order) and HELD_OFFICE
// (props date) as a signature block of the text would. The evidence of a
// signatory is the text's signature block of the same person when the text
// has one; else it is the metadata itself: an empty span (Start = End = 0)
// with the publisher's statement as quote, "<file (form)>: <name>, <office>".
//
// The publisher's office is the one the relations carry. A signature block
// of the text whose person the publisher does not list, or whose office
// differs from the publisher's, is returned as a discrepancy.
func (x *extraction) publisherSignatures(date string, meta Meta) []graph.Discrepancy {
	type block struct {
		para int
		sig  signature
		ref  graph.Ref
		used bool
	}
	var blocks []*block
	for i, p := range x.doc.Paragraphs {
		if p.Kind != ParaSignature {
			continue
		}
		if sig, ok := parseSignature(p.Text); ok {
			blocks = append(blocks, &block{para: i, sig: sig, ref: signerEntity(sig.name, sig.office, date).Ref()})
		}
	}
	src := meta.source("signatories")
	var disc []graph.Discrepancy
	var listed []string
	for n, s := range meta.Signatories {
		office := cleanOffice(s.Office)
		person := x.addEntity(signerEntity(s.Name, office, date))
		listed = append(listed, s.Name)
		var b *block
		for _, c := range blocks {
			if !c.used && c.ref == person {
				b = c
				break
			}
		}
		if b == nil {
			for _, c := range blocks { // the same person signing in two offices
				if c.ref == person && slug(c.sig.office) == slug(office) {
					b = c
					break
				}
			}
		}
		o := occurrence{para: -1, props: map[string]any{"order": n + 1}}
		if b != nil {
			b.used = true
			p := x.doc.Paragraphs[b.para]
			o.para, o.span = b.para, p.Span
			switch {
			case office == "":
				office = b.sig.office // the publisher names the signatory only (KOOP indiener)
			case slug(b.sig.office) != slug(office):
				disc = append(disc, graph.Discrepancy{Field: "office of " + s.Name, Publisher: office, Source: src, Text: b.sig.office,
					Evidence: graph.Evidence{Doc: x.key, Quote: p.Text, Start: p.Start, End: p.End}})
			}
		} else {
			quote := src + ": " + s.Name
			if s.Office != "" {
				quote += ", " + s.Office
			}
			o.meta = &graph.Evidence{Doc: x.key, Quote: quote}
		}
		if office != "" {
			o.props["office"] = office
		}
		x.relate(graph.RelSigned, person, x.docRef(), o, false)
		if office != "" {
			officeRef := x.addEntity(officeEntity(office))
			held := occurrence{para: o.para, span: o.span, meta: o.meta}
			if date != "" {
				held.props = map[string]any{"date": date}
			}
			x.relate(graph.RelHeldOffice, person, officeRef, held, false)
		}
	}
	for _, b := range blocks {
		if b.used {
			continue
		}
		p := x.doc.Paragraphs[b.para]
		disc = append(disc, graph.Discrepancy{Field: "signatory", Publisher: strings.Join(listed, "; "), Source: src,
			Text: b.sig.name + ", " + b.sig.office, Evidence: graph.Evidence{Doc: x.key, Quote: p.Text, Start: p.Start, End: p.End}})
	}
	return disc
}

// officeArticleRe is the article before an office as a signature or a
// metadata field writes it.
var officeArticleRe = regexp.MustCompile(`^(?:[Dd]e|[Hh]et)\s+`)

// cleanOffice writes an office as the graph keys it: the publisher's
// "minister van Justitie en Veiligheid" and KOOP's "De Minister van Justitie
// en Veiligheid," are both "Minister van Justitie en Veiligheid".
func cleanOffice(s string) string {
	s = collapseSpace(strings.TrimSpace(s))
	s = strings.TrimRight(s, ", ")
	s = officeArticleRe.ReplaceAllString(s, "")
	return capitalise(s)
}

// governmentOfficeRe is an office of a member of the government, the only
// signatories a letter has in the graph, as a signature block of the text
// (officeLineRe) reads them.
var governmentOfficeRe = regexp.MustCompile(`^(?i:minister-president|minister|staatssecretaris|vicepremier)\b`)

// governmentSignatories keeps the signatories the publisher lists who sign
// as members of the government, or with no office stated. The chair and the
// clerk of a Kamer committee who sign its report ("voorzitter van de vaste
// commissie voor ...", "adjunct-griffier") sign for the Kamer, which the
// graph has no signatories of, as it has none in the text's signature blocks.
func governmentSignatories(ss []Signatory) []Signatory {
	keep := ss[:0:0]
	for _, s := range ss {
		if o := cleanOffice(s.Office); o == "" || governmentOfficeRe.MatchString(o) {
			keep = append(keep, s)
		}
	}
	if len(keep) == len(ss) {
		return ss
	}
	return keep
}
