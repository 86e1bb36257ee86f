package pdftest

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestBuild: each object stands at the offset the cross-reference table
// gives it, startxref points at the table, and the trailer holds extra.
func TestBuild(t *testing.T) {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}
	for _, extra := range []string{"", "/ID [<01> <01>]"} {
		pdf := Build(objs, extra)
		if !bytes.HasPrefix(pdf, []byte("%PDF-1.4\n")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
			t.Fatalf("extra %q: no PDF header or end:\n%s", extra, pdf)
		}
		s := string(pdf)
		xref := strings.Index(s, "xref\n")
		start := strings.Index(s, "startxref\n")
		if at, err := strconv.Atoi(strings.Fields(s[start+len("startxref\n"):])[0]); err != nil || at != xref {
			t.Errorf("extra %q: startxref %v, the table is at %d", extra, s[start:], xref)
		}
		entries := strings.Split(s[xref:], "\n")[3 : 3+len(objs)]
		for i, e := range entries {
			off, _ := strconv.Atoi(e[:10])
			if want := strconv.Itoa(i+1) + " 0 obj\n" + objs[i]; !strings.HasPrefix(s[off:], want) {
				t.Errorf("extra %q: object %d not at offset %d: %q", extra, i+1, off, s[off:min(off+40, len(s))])
			}
		}
		want := "<< /Size 3 /Root 1 0 R >>"
		if extra != "" {
			want = "<< /Size 3 /Root 1 0 R " + extra + " >>"
		}
		if !strings.Contains(s, "trailer\n"+want+"\n") {
			t.Errorf("extra %q: trailer is not %q:\n%s", extra, want, s[start-60:])
		}
	}
}
