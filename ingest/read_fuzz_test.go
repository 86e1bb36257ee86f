package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead: no input makes Read or ReadMeta panic; what Read accepts
// parses and extracts with the graph's invariants kept, and what they
// refuse is an *Error.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"kst-32317-970.xml", "kst-32317-621.xml", "kst-32317-S.xml", "tk-2026D08805.txt",
		"tk-2026D08805.odata.json", "tk-2026D08805.atom.xml", "bad/no-letter.html", "bad/furniture-only.txt"} {
		if b, err := os.ReadFile(filepath.Join("..", "testdata", "sources", p)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Brief regering : Verslag\n32 317 JBZ-Raad\nNr. 564\nBRIEF VAN DE MINISTER\nDen Haag, 25 juni 2019\nDe Minister van Justitie en Veiligheid, F.B.J. Grapperhaus\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ie *Error
		if _, err := ReadMeta("x.odata.json", data); err != nil && !errors.As(err, &ie) {
			t.Fatalf("ReadMeta: not an *Error: %v", err)
		}
		l, err := Read("kst-32317-1.txt", data)
		if err != nil {
			if !errors.As(err, &ie) {
				t.Fatalf("Read: not an *Error: %v", err)
			}
			return
		}
		doc, err := Parse(l.Name, l.Text)
		if err != nil {
			return
		}
		if g, err := Extract(doc, l.Meta); err == nil {
			checkGraph(t, g)
		}
	})
}
