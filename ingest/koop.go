package ingest

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// KOOP Kamerstuk XML (officiele-publicatie / kamerstuk, the OEP schema; see
// ../shared/sources/README.md §1) is rendered into the text layout Parse
// reads, the layout of a PDF extraction: the head lines ("Tweede Kamer der
// Staten-Generaal", "Vergaderjaar 2023–2024", one line per dossier "32 317
// JBZ-Raad", "Nr. 867 BRIEF VAN ..."), then every block of the stuk as a
// paragraph (kop/titel a heading, al a paragraph, each lijst/li a
// paragraph led by its li.nr, each ondertekening a signature block "functie"
// / "naam"), footnote markers glued to the word before them as in print,
// and the footnotes (noot: noot.nr, noot.al) after the body, each a
// paragraph "n body". Parse then gives the same paragraphs, markers and
// offsets as for the PDF of the same letter, and Extract the same facts.
//
// The XML's own metadata is the publisher's: dossier(s) from
// dossier/dossiernummer/dossiernr ("32 317" is 32317), the number from
// stuk/stuknr/ondernummer, the date from the first datum@isodatum, the
// title and kind from stuk/titel, and every ondertekening as a signatory
// with its functie; meta elements in its metadata are read as metadata.xml
// is (readKOOPMeta).

// xnode is an element of a parsed XML document, with its content in order:
// each kid is an element or, when el is nil, character data.
type xnode struct {
	name  string
	attrs []xml.Attr
	kids  []xkid
}

type xkid struct {
	el   *xnode
	text string
}

var errNoRoot = xmlError("no root element")

type xmlError string

func (e xmlError) Error() string { return string(e) }

// parseXML reads a whole XML document into a tree of local names.
func parseXML(data []byte) (*xnode, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var stack []*xnode
	var root *xnode
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			n := &xnode{name: t.Name.Local, attrs: t.Attr}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, xkid{el: n})
			} else if root == nil {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, xkid{text: string(t)})
			}
		}
	}
	if root == nil {
		return nil, errNoRoot
	}
	return root, nil
}

func (n *xnode) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element named name, or nil.
func (n *xnode) child(name string) *xnode {
	for _, k := range n.kids {
		if k.el != nil && k.el.name == name {
			return k.el
		}
	}
	return nil
}

// all returns every element named name below n, in document order.
func (n *xnode) all(name string) []*xnode {
	var out []*xnode
	var walk func(*xnode)
	walk = func(m *xnode) {
		for _, k := range m.kids {
			if k.el != nil {
				if k.el.name == name {
					out = append(out, k.el)
				}
				walk(k.el)
			}
		}
	}
	walk(n)
	return out
}

// first returns the first element named name below n, or nil.
func (n *xnode) first(name string) *xnode {
	if all := n.all(name); len(all) > 0 {
		return all[0]
	}
	return nil
}

// text is the text content of n, white space collapsed.
func (n *xnode) text() string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*xnode)
	walk = func(m *xnode) {
		for _, k := range m.kids {
			if k.el != nil {
				walk(k.el)
				b.WriteByte(' ')
			} else {
				b.WriteString(k.text)
			}
		}
	}
	walk(n)
	return collapseSpace(strings.TrimSpace(b.String()))
}

// koopRender renders a kamerstuk element.
type koopRender struct {
	paras []string
	notes []string // footnote paragraphs "n body"
}

// readKOOP reads KOOP Kamerstuk XML, parsed (root is officiele-publicatie).
func readKOOP(name string, root *xnode) (Letter, error) {
	l := Letter{Name: name, Format: FormatKOOPXML}
	ks := root.child("kamerstuk")
	if ks == nil {
		var kinds []string
		for _, k := range root.kids {
			if k.el != nil && k.el.name != "metadata" && k.el.name != "kop" {
				kinds = append(kinds, "<"+k.el.name+">")
			}
		}
		return l, inputError(ErrFormat, name, 0, "not a Kamerstuk: <officiele-publicatie> holds %s, not <kamerstuk>", strings.Join(kinds, ", "))
	}
	stuk := ks.child("stuk")
	if stuk == nil {
		return l, inputError(ErrFormat, name, 0, "not a Kamerstuk: <kamerstuk> has no <stuk>")
	}
	src := name + " (KOOP XML)"
	m := Meta{}
	if md := root.child("metadata"); md != nil {
		m = koopMetaFields(name, md, "KOOP XML")
	}
	set := func(field string, dst *string, v string) {
		if v != "" {
			*dst = v
			m.from(field, src)
		}
	}
	var r koopRender
	// The head.
	var head []string
	if kop := ks.child("kamerstukkop"); kop != nil {
		for _, tr := range kop.all("tekstregel") {
			if t := tr.text(); t != "" {
				if tr.attr("inhoud") == "vergaderjaar" && !strings.HasPrefix(t, "Vergaderjaar") {
					t = "Vergaderjaar " + t
				}
				head = append(head, t)
			}
		}
	}
	var dossiers []string
	for _, d := range ks.all("dossier") {
		nr := d.first("dossiernr")
		if nr == nil {
			nr = d.first("dossiernummer")
		}
		num := nr.text()
		if nd := normDossier(num); nd != "" {
			dossiers = append(dossiers, nd)
		}
		line := strings.TrimSpace(num + " " + d.child("titel").text())
		if line != "" {
			r.paras = append(r.paras, line)
		}
	}
	if len(dossiers) > 0 {
		set("dossier", &m.Dossier, dossiers[0])
		if len(dossiers) > 1 {
			m.Dossiers = dossiers
		}
	}
	stuknr := stuk.child("stuknr")
	number := ""
	if o := stuknr.first("ondernummer"); o != nil {
		number = o.text()
	} else if t := strings.TrimSpace(strings.TrimPrefix(stuknr.text(), "Nr.")); metaNumberRe.MatchString(t) {
		number = t
	}
	set("number", &m.Number, number)
	title := stuk.child("titel").text()
	set("title", &m.Title, title)
	set("kind", &m.Kind, documentKind(title))
	if number != "" || title != "" {
		nr := stuknr.text()
		if nr == "" && number != "" {
			nr = "Nr. " + number
		}
		r.paras = append(r.paras, strings.TrimSpace(nr+" "+title))
	}
	for _, dt := range stuk.all("datum") {
		if iso := dt.attr("isodatum"); iso != "" {
			if metaDateRe.MatchString(iso) {
				set("date", &m.Date, iso)
			}
			break
		}
	}
	for _, o := range stuk.all("ondertekening") {
		if s, ok := koopSignatory(o); ok {
			m.Signatories = append(m.Signatories, s)
			m.from("signatories", src)
		}
	}
	// The body: every block after the head.
	for _, k := range stuk.kids {
		if k.el == nil || k.el.name == "stuknr" || k.el.name == "titel" {
			continue
		}
		r.block(k.el)
	}
	if len(r.paras) == 0 || m.Number == "" && m.Dossier == "" {
		return l, inputError(ErrFormat, name, 0, "Kamerstuk without dossier, number or text")
	}
	var b strings.Builder
	b.WriteString(" ") // a page starts
	if len(head) > 0 {
		b.WriteString(strings.Join(head, "\n") + "\n\n")
	}
	b.WriteString(strings.Join(r.paras, "\n\n"))
	if len(r.notes) > 0 {
		b.WriteString("\n\n" + strings.Join(r.notes, "\n\n"))
	}
	b.WriteString("\n")
	l.Text, l.Meta = []byte(b.String()), m
	return l, nil
}

// koopSignatory reads an ondertekening: functie and naam.
func koopSignatory(o *xnode) (Signatory, bool) {
	n := o.child("naam")
	name := n.text()
	if n != nil && (n.child("voornaam") != nil || n.child("achternaam") != nil) {
		name = collapseSpace(n.child("voornaam").text() + " " + n.child("achternaam").text())
	}
	if name == "" {
		return Signatory{}, false
	}
	return Signatory{Name: name, Office: o.child("functie").text()}, true
}

// block renders one block element of the stuk.
func (r *koopRender) block(n *xnode) {
	switch n.name {
	case "al":
		if t := r.inline(n); t != "" {
			r.paras = append(r.paras, t)
		}
	case "kop":
		var parts []string
		for _, k := range n.kids {
			if k.el != nil {
				if t := r.inline(k.el); t != "" {
					parts = append(parts, t)
				}
			}
		}
		if len(parts) > 0 {
			r.paras = append(r.paras, strings.Join(parts, " "))
		}
	case "li":
		nr := n.child("li.nr").text()
		first := true
		for _, k := range n.kids {
			if k.el == nil || k.el.name == "li.nr" {
				continue
			}
			if k.el.name == "al" && first {
				r.paras = append(r.paras, strings.TrimSpace(nr+" "+r.inline(k.el)))
				first = false
				continue
			}
			r.block(k.el)
		}
	case "ondertekening":
		if s, ok := koopSignatory(n); ok {
			f := collapseSpace(n.child("functie").text())
			if f != "" {
				r.paras = append(r.paras, f+"\n"+s.Name)
			} else {
				r.paras = append(r.paras, s.Name)
			}
		}
	case "noot":
		r.note(n)
	case "datumtekst", "dagtekening", "aanhef", "slotformule":
		if t := r.inline(n); t != "" {
			r.paras = append(r.paras, t)
		}
	case "metadata", "plaatje", "illustratie":
	default:
		for _, k := range n.kids {
			if k.el != nil {
				r.block(k.el)
			} else if t := strings.TrimSpace(k.text); t != "" {
				r.paras = append(r.paras, collapseSpace(t))
			}
		}
	}
}

// inline renders the running text of an element: footnotes become markers
// glued to the text before them, and are kept for the end.
func (r *koopRender) inline(n *xnode) string {
	var b strings.Builder
	var walk func(*xnode)
	walk = func(m *xnode) {
		for _, k := range m.kids {
			switch {
			case k.el == nil:
				b.WriteString(k.text)
			case k.el.name == "noot":
				nr := r.note(k.el)
				s := strings.TrimRight(b.String(), " \t\n")
				b.Reset()
				b.WriteString(s + nr)
			default:
				walk(k.el)
			}
		}
	}
	walk(n)
	return collapseSpace(strings.TrimSpace(b.String()))
}

// note keeps a footnote for the end and returns its number.
func (r *koopRender) note(n *xnode) string {
	nr := strings.TrimSpace(n.child("noot.nr").text())
	var body []string
	for _, k := range n.kids {
		if k.el != nil && k.el.name != "noot.nr" {
			body = append(body, k.el.text())
		}
	}
	if nr != "" {
		r.notes = append(r.notes, nr+" "+collapseSpace(strings.Join(body, " ")))
	}
	return nr
}

// readKOOPMeta reads KOOP metadata: metadata.xml (metadata_gegevens: flat
// <metadata name=... content=.../>), metadata_owms.xml (owms-metadata:
// owmskern, owmsmantel, oep) or an SRU record (gzd: owmskern, owmsmantel,
// tpmeta, enrichedData), all mapped by one table of names.
func readKOOPMeta(name string, n *xnode) (Meta, error) {
	form := map[string]string{"metadata_gegevens": "KOOP metadata.xml", "owms-metadata": "KOOP metadata_owms.xml",
		"record": "SRU record", "searchRetrieveResponse": "SRU response"}[n.name]
	if n.name == "searchRetrieveResponse" {
		recs := n.all("record")
		if len(recs) != 1 {
			return Meta{}, inputError(ErrFormat, name, 0, "an SRU response with %d records is not the metadata of one document", len(recs))
		}
		n = recs[0]
	}
	m := koopMetaFields(name, n, form)
	if m.Key == "" && (m.Dossier == "" || m.Number == "") {
		return Meta{}, inputError(ErrFormat, name, 0, "%s names no document: no identifier, or no dossier and number", form)
	}
	return m, nil
}

// koopMetaFields maps KOOP metadata, in any of its containers, to Meta.
// A metadata_gegevens entry "OVERHEIDop.dossiernummer" and an owms or SRU
// element dossiernummer are the same name once the prefix is dropped.
func koopMetaFields(file string, n *xnode, form string) Meta {
	type field struct{ name, scheme, value string }
	var fields []field
	var walk func(*xnode)
	walk = func(e *xnode) {
		if e.name == "metadata" || e.name == "meta" {
			if nm := e.attr("name"); nm != "" {
				if i := strings.LastIndexByte(nm, '.'); i >= 0 {
					nm = nm[i+1:]
				}
				fields = append(fields, field{nm, e.attr("scheme"), strings.TrimSpace(e.attr("content"))})
			}
		}
		leaf := true
		for _, k := range e.kids {
			if k.el != nil {
				leaf = false
				walk(k.el)
			}
		}
		if leaf && e.name != "metadata" && e.name != "meta" {
			nm := e.name
			if i := strings.LastIndexByte(nm, '.'); i >= 0 { // "dcterms.modified"
				nm = nm[i+1:]
			}
			if v := e.text(); v != "" {
				fields = append(fields, field{nm, e.attr("scheme"), v})
			}
			if e.name == "hasVersion" {
				if u := e.attr("resourceIdentifier"); u != "" {
					fields = append(fields, field{"preferredUrl", "", u})
				}
			}
		}
	}
	walk(n)
	m := Meta{}
	src := file + " (" + form + ")"
	set := func(f string, dst *string, v string) {
		if *dst == "" && v != "" {
			*dst = v
			m.from(f, src)
		}
	}
	get := func(names ...string) string {
		for _, nm := range names {
			for _, f := range fields {
				if f.name == nm && f.value != "" {
					return f.value
				}
			}
		}
		return ""
	}
	for _, f := range fields {
		switch f.name {
		case "dossiernummer":
			for _, d := range strings.FieldsFunc(f.value, func(r rune) bool { return r == ';' || r == ',' }) {
				if nd := normDossier(d); nd != "" {
					m.Dossiers = append(m.Dossiers, nd)
				}
			}
		case "indiener":
			m.Signatories = append(m.Signatories, Signatory{Name: f.value})
			m.from("signatories", src)
		}
	}
	if len(m.Dossiers) > 0 {
		set("dossier", &m.Dossier, m.Dossiers[0])
		if len(m.Dossiers) == 1 {
			m.Dossiers = nil
		}
	}
	if nr := get("ondernummer"); metaNumberRe.MatchString(nr) {
		set("number", &m.Number, nr)
	}
	id := get("identifier")
	if d, nr, ok := parseKstKey(id); ok {
		set("dossier", &m.Dossier, d)
		set("number", &m.Number, nr)
	}
	set("key", &m.Key, id)
	for _, nm := range []string{"datumBrief", "issued", "available", "date"} {
		if v := get(nm); len(v) >= 10 && metaDateRe.MatchString(v[:10]) {
			set("date", &m.Date, v[:10])
			break
		}
	}
	title := get("documenttitel")
	if title == "" {
		title = get("title")
		if _, after, ok := strings.Cut(title, "; "); ok && get("dossiertitel") != "" {
			title = after
		}
	}
	set("title", &m.Title, title)
	set("kind", &m.Kind, get("subrubriek"))
	set("addressee", &m.Addressee, get("ontvanger"))
	url := get("preferredUrl")
	if url == "" && id != "" && strings.Contains(id, "-") && !strings.Contains(id, "/") {
		url = "https://zoek.officielebekendmakingen.nl/" + id + ".html"
	}
	set("url", &m.URL, url)
	return m
}
