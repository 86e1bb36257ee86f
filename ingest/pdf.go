package ingest

import "errors"

// ErrFormat is the class of errors about a file whose format jhagraph reads
// but whose content is not a usable letter: XML that is not well-formed or not
// a Kamerstuk, a PDF that is encrypted, damaged or has no text layer, an HTML
// page with no letter in it, publisher metadata without the fields a letter
// needs.
var ErrFormat = errors.New("unreadable document")

// PDFText turns a PDF as published into plain text in the layout Parse reads
// (the layout of the seed letter: one line per printed line, pages separated
// by form feeds, page headers and page numbers dropped, footnotes at the foot
// of their page). It is part of the shell: it runs poppler's pdftotext.
//
// Placeholder until the PDF reader lands (issue 11); it refuses every PDF.
func PDFText(name string, data []byte) (string, error) {
	return "", inputError(ErrFormat, name, 0, "PDF is not supported yet")
}
