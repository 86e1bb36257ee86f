// Package pdftest writes the small PDF files that tests read: the objects
// they give, a cross-reference table and a trailer. Tests import it; the
// program does not.
package pdftest

import (
	"bytes"
	"fmt"
)

// Build writes a PDF 1.4 file of the objects objs, numbered 1 to n (object
// 1 is the catalog), with a cross-reference table and a trailer; extra,
// when not empty, is added to the trailer's dictionary (an /Encrypt entry,
// an /ID).
func Build(objs []string, extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	if extra != "" {
		extra = " " + extra
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, extra, xref)
	return b.Bytes()
}
