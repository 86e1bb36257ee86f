package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParseExtract: no input that passes Check makes Parse or Extract panic,
// and every graph Extract returns keeps its invariants.
func FuzzParseExtract(f *testing.F) {
	f.Add([]byte(miniLetter))
	f.Add([]byte(" Nr. 1  BRIEF\n\nDen Haag, 31 februari 2024\n\n1 x\n 2 y.1\n"))
	f.Add([]byte("Richtlijn 2011/98/EU, JBZ-Raad van 30 december en 1 januari 2024 in Brussel.\n\n1 a\n"))
	if letters, err := filepath.Glob(filepath.Join("..", "testdata", "letters", "*.txt")); err == nil {
		for _, l := range letters {
			if b, err := os.ReadFile(l); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		doc, err := Parse("kst-32317-1.txt", data)
		if err != nil {
			return
		}
		g, err := Extract(doc, Meta{})
		if err != nil {
			return
		}
		checkGraph(t, g)
	})
}
