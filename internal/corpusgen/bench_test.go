package corpusgen_test

import (
	"testing"

	"jhagraph/ingest"
	"jhagraph/internal/corpusgen"
)

// BenchmarkLetter measures generating one letter.
func BenchmarkLetter(b *testing.B) {
	g := corpusgen.New(loadRef(b), 10000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := g.Letter(i % g.Len())
		b.SetBytes(int64(len(l.Text)))
	}
}

// BenchmarkExtractGenerated measures the real extractor on generated letters.
func BenchmarkExtractGenerated(b *testing.B) {
	ls := corpusgen.Letters(loadRef(b), 100, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := ls[i%len(ls)]
		b.SetBytes(int64(len(l.Text)))
		doc, err := ingest.Parse(l.Name, []byte(l.Text))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ingest.Extract(doc, ingest.Meta{}); err != nil {
			b.Fatal(err)
		}
	}
}
