package ingest

import (
	"bytes"
	"encoding/xml"
	"strings"

	"golang.org/x/net/html"
)

// An officielebekendmakingen.nl page (kst-32317-867.html) holds the letter
// in div#broodtekst.stuk (or a div of class stuk); the rest of the page is
// the site's. Its head carries the publication's metadata as <meta name=...
// content=...> with the names of metadata.xml (DC.identifier,
// OVERHEIDop.dossiernummer, ...), read as metadata.xml is. The letter's
// blocks (p, h1–h6, li, div, table rows) become paragraphs, <br> a line
// break, a footnote reference (sup, or a of class nootnum) digits glued to
// the word before, and footnote blocks (class noot or voetnoot) move to the
// end; the text is then laid out as copied web text is (webText).

// readHTML reads an officielebekendmakingen.nl page.
func readHTML(name string, data []byte) (Letter, error) {
	l := Letter{Name: name, Format: FormatHTML}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return l, inputError(ErrFormat, name, 0, "HTML cannot be read: %v", err)
	}
	md := &xnode{name: "html-head"}
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "meta" && hattr(n, "name") != "":
				md.kids = append(md.kids, xkid{el: &xnode{name: "meta", attrs: xmlAttrs(n)}})
			case body == nil && n.Data == "div" && (hattr(n, "id") == "broodtekst" || hasClass(n, "stuk")):
				body = n
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if body == nil {
		return l, inputError(ErrFormat, name, 0, "no letter in the page: it has no div#broodtekst or div.stuk")
	}
	var r htmlRender
	r.walk(body)
	r.flush()
	text := strings.Join(append(r.paras, r.notes...), "\n\n")
	if strings.TrimSpace(text) == "" {
		return l, inputError(ErrFormat, name, 0, "no letter in the page: its div.stuk is empty")
	}
	t, wm := webText(name, text)
	l.Text = []byte(t)
	l.Meta = koopMetaFields(name, md, "page metadata").over(wm)
	return l, nil
}

type htmlRender struct {
	cur    strings.Builder
	paras  []string
	notes  []string
	inNote int
}

var htmlBlocks = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "tr": true, "table": true, "ul": true, "ol": true, "blockquote": true, "section": true, "article": true, "dd": true, "dt": true}

func (r *htmlRender) flush() {
	lines := strings.Split(r.cur.String(), "\n")
	var keep []string
	for _, l := range lines {
		if l = collapseSpace(strings.TrimSpace(l)); l != "" {
			keep = append(keep, l)
		}
	}
	r.cur.Reset()
	if len(keep) == 0 {
		return
	}
	p := strings.Join(keep, "\n")
	if r.inNote > 0 {
		r.notes = append(r.notes, strings.ReplaceAll(p, "\n", " "))
		return
	}
	r.paras = append(r.paras, p)
}

func (r *htmlRender) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c)
		}
		return
	}
	switch n.Data {
	case "script", "style", "nav", "header", "footer", "button", "form":
		return
	case "br":
		r.cur.WriteString("\n")
		return
	case "sup":
		if t := strings.TrimSpace(htmlText(n)); t != "" && strings.Trim(t, "0123456789") == "" && r.inNote == 0 {
			s := strings.TrimRight(r.cur.String(), " ")
			r.cur.Reset()
			r.cur.WriteString(s + t)
			return
		}
	}
	note := hasClass(n, "noot") || hasClass(n, "voetnoot")
	block := htmlBlocks[n.Data] || note
	if block {
		r.flush()
	}
	if note {
		r.inNote++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if block {
		r.flush()
	}
	if note {
		r.inNote--
	}
}

func htmlText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(htmlText(c))
	}
	return b.String()
}

func hattr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(hattr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func xmlAttrs(n *html.Node) []xml.Attr {
	out := make([]xml.Attr, 0, len(n.Attr))
	for _, a := range n.Attr {
		out = append(out, xml.Attr{Name: xml.Name{Local: a.Key}, Value: a.Val})
	}
	return out
}
