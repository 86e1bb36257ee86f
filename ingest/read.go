package ingest

import (
	"bytes"
	"strconv"
	"strings"
)

// Format is a form in which a letter is published, as Read recognises it
// from the file's content (never from its extension alone).
type Format string

// The formats Read recognises.
const (
	FormatText    Format = "text"     // text as extracted from a PDF (the layout Parse reads)
	FormatWebText Format = "web text" // text copied from a web page: tweedekamer.nl, OpenTK, officielebekendmakingen.nl
	FormatKOOPXML Format = "KOOP XML" // officiele-publicatie / kamerstuk
	FormatHTML    Format = "HTML"     // an officielebekendmakingen.nl page (div#broodtekst.stuk)
	FormatPDF     Format = "PDF"      // a PDF as published, through PDFText
)

// Letter is a document file read in whichever format it came: its text in
// the layout Parse reads and the publisher's metadata the file itself
// carries (the metadata of KOOP XML, the header lines of a web page).
type Letter struct {
	Name   string
	Format Format
	Text   []byte
	Meta   Meta
}

// Read recognises the format of a document file from its content and
// turns it into a Letter:
//
//   - "%PDF-": a PDF, whose text PDFText extracts; that text is then read
//     as text is;
//   - XML whose root is officiele-publicatie holding a kamerstuk: KOOP XML,
//     rendered into the text layout Parse reads (koop.go);
//   - HTML: an officielebekendmakingen.nl page, whose div#broodtekst.stuk
//     (or div.stuk) is the letter (webpage_html.go);
//   - publisher metadata (metadata.xml, OData JSON, a SyncFeed) is refused:
//     it belongs beside its document (see Load);
//   - anything else is text: as extracted from a PDF when its first line
//     starts a page (a single space or a form feed), else as copied from a
//     web page, whose page furniture is taken off and read as metadata
//     (webpage.go).
//
// Errors are *Error values naming the file: the classes of Check for text,
// ErrFormat for a file in a known format whose content is not a letter.
// Read does no I/O, except that a PDF goes through PDFText (pdftotext).
func Read(name string, data []byte) (Letter, error) {
	l := Letter{Name: name}
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		text, err := PDFText(name, data)
		if err != nil {
			return l, err
		}
		l.Format, l.Text = FormatPDF, []byte(text)
		if !isPDFLayoutText(l.Text) {
			return readWeb(l, FormatPDF)
		}
		return l, nil
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return l, inputError(ErrFormat, name, 0, "JSON is publisher metadata (Tweede Kamer OData), not a letter: "+
			"put it beside its document as <name>.odata.json")
	case bytes.HasPrefix(head, []byte("<")):
		if err := Check(name, data); err != nil {
			return l, err
		}
		if isHTML(head) {
			return readHTML(name, data)
		}
		root, err := parseXML(data)
		if err != nil {
			return l, inputError(ErrFormat, name, 0, "XML is not well-formed: %v", err)
		}
		switch root.name {
		case "officiele-publicatie":
			return readKOOP(name, root)
		case "metadata_gegevens", "owms-metadata", "record", "searchRetrieveResponse":
			return l, inputError(ErrFormat, name, 0, "<%s> is publisher metadata (KOOP), not a letter: put it beside its document as <name>.metadata.xml", root.name)
		case "feed":
			return l, inputError(ErrFormat, name, 0, "an Atom feed is publisher metadata (Tweede Kamer SyncFeed), not a letter: put it beside its document as <name>.atom.xml")
		}
		return l, inputError(ErrFormat, name, 0, "XML with root <%s> is not a Kamerstuk (KOOP <officiele-publicatie> with <kamerstuk>)", root.name)
	}
	if err := Check(name, data); err != nil {
		return l, err
	}
	l.Format, l.Text = FormatText, data
	if isPDFLayoutText(data) {
		return l, nil
	}
	return readWeb(l, FormatWebText)
}

// isPDFLayoutText reports whether text is in the layout of a PDF extraction:
// its first non-empty line starts a page with a single space, or it has
// form feeds.
func isPDFLayoutText(data []byte) bool {
	if bytes.IndexByte(data, '\f') >= 0 {
		return true
	}
	s := bytes.TrimPrefix(data, []byte("\uFEFF"))
	for len(s) > 0 {
		line := s
		if i := bytes.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return len(line) > 1 && line[0] == ' ' && line[1] != ' '
	}
	return false
}

// readWeb reads text copied from a web page (or a PDF text that is not in
// the PDF layout): the page furniture goes, its metadata lines become the
// Letter's metadata.
func readWeb(l Letter, f Format) (Letter, error) {
	text, meta := webText(l.Name, string(l.Text))
	if strings.TrimSpace(text) == "" {
		return l, inputError(ErrFormat, l.Name, 0, "the page holds no letter text, only site furniture")
	}
	l.Format, l.Text, l.Meta = f, []byte(text), meta
	return l, nil
}

// isHTML reports whether a document starts as HTML: a doctype html, or an
// <html element within its first 512 bytes (after an XML declaration or
// not).
func isHTML(head []byte) bool {
	h := strings.ToLower(string(head[:min(len(head), 512)]))
	return strings.HasPrefix(h, "<!doctype html") || strings.Contains(h, "<html")
}

// ReadMeta reads a publisher-metadata file in whichever form it comes,
// recognised from its content: KOOP metadata.xml (metadata_gegevens),
// metadata_owms.xml (owms-metadata) or an SRU record; a Tweede Kamer OData
// Document (JSON, with DocumentActor and Kamerstukdossier expanded); a
// SyncFeed page (Atom) with the document's entities; or a sidecar of
// "key: value" lines (ParseMeta). Metadata without what identifies a
// letter is an *Error of class ErrFormat (ErrMeta for a sidecar).
func ReadMeta(name string, data []byte) (Meta, error) {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		if err := Check(name, data); err != nil {
			return Meta{}, err
		}
		return readOData(name, data)
	case bytes.HasPrefix(head, []byte("<")):
		if err := Check(name, data); err != nil {
			return Meta{}, err
		}
		root, err := parseXML(data)
		if err != nil {
			return Meta{}, inputError(ErrFormat, name, 0, "XML is not well-formed: %v", err)
		}
		switch root.name {
		case "feed":
			return readAtom(name, root)
		case "metadata_gegevens", "owms-metadata", "record", "searchRetrieveResponse":
			return readKOOPMeta(name, root)
		}
		return Meta{}, inputError(ErrFormat, name, 0, "XML with root <%s> is not publisher metadata "+
			"(KOOP metadata_gegevens or owms-metadata, an SRU record, or a Tweede Kamer SyncFeed)", root.name)
	}
	return ParseMeta(name, data)
}

// DisplayName writes a file name for a message: as it is, or quoted with
// Go escapes when it holds a newline or another control character.
func DisplayName(name string) string {
	for _, r := range name {
		if r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F) {
			return strconv.Quote(name)
		}
	}
	return name
}
