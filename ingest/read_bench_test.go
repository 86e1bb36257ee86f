package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// The readers' benchmarks: each reads the seed letter in one form (built
// from the letter as the comparison test builds it) and turns it into its
// graph, as Load does without the file system. BenchmarkReadText is the
// baseline: the letter as extracted from its PDF.

func benchSeed(b *testing.B) *Doc {
	b.Helper()
	dir := os.Getenv("JHAGRAPH_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	data, err := os.ReadFile(filepath.Join(dir, "corpus", "kst-32317-867.txt"))
	if err != nil {
		b.Skipf("seed letter not available (set JHAGRAPH_SHARED): %v", err)
	}
	doc, err := Parse("kst-32317-867.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// benchRead measures the reader alone ("reader": Read and the metadata
// files) and the whole letter as Load reads it ("letter": then Parse and
// Extract).
func benchRead(b *testing.B, name string, data []byte, side func() (Meta, error)) {
	b.Helper()
	b.Run("reader", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Read(name, data); err != nil {
				b.Fatal(err)
			}
			if side != nil {
				if _, err := side(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("letter", func(b *testing.B) { benchLetter(b, name, data, side) })
}

func benchLetter(b *testing.B, name string, data []byte, side func() (Meta, error)) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := Read(name, data)
		if err != nil {
			b.Fatal(err)
		}
		meta := l.Meta
		if side != nil {
			m, err := side()
			if err != nil {
				b.Fatal(err)
			}
			meta = m.over(meta)
		}
		doc, err := Parse(name, l.Text)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Extract(doc, meta); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadText(b *testing.B) {
	benchSeed(b)
	dir := os.Getenv("JHAGRAPH_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	data, err := os.ReadFile(filepath.Join(dir, "corpus", "kst-32317-867.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "kst-32317-867.txt", data, nil)
}

func BenchmarkReadKOOPXML(b *testing.B) {
	benchRead(b, "kst-32317-867.xml", buildKOOPXML(benchSeed(b)), nil)
}

func BenchmarkReadHTML(b *testing.B) {
	benchRead(b, "kst-32317-867.html", buildOBHTML(benchSeed(b)), nil)
}

func BenchmarkReadWebText(b *testing.B) {
	benchRead(b, "brief.txt", buildTKPageText(benchSeed(b)), nil)
}

func BenchmarkReadOData(b *testing.B) {
	doc := benchSeed(b)
	odata := buildOData(doc)
	benchRead(b, "kst-32317-867.txt", buildOBText(doc), func() (Meta, error) { return ReadMeta("kst-32317-867.odata.json", odata) })
}

func BenchmarkReadAtom(b *testing.B) {
	atom, err := os.ReadFile(filepath.Join("..", "testdata", "sources", "tk-2026D08805.atom.xml"))
	if err != nil {
		b.Fatal(err)
	}
	text, _ := os.ReadFile(filepath.Join("..", "testdata", "sources", "tk-2026D08805.txt"))
	benchRead(b, "tk-2026D08805.txt", text, func() (Meta, error) { return ReadMeta("tk-2026D08805.atom.xml", atom) })
}

func BenchmarkReadKOOPMetadata(b *testing.B) {
	dir := os.Getenv("JHAGRAPH_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	data, err := os.ReadFile(filepath.Join(dir, "sources", "samples", "koop-metadata_gegevens_gmb-2024-216934.xml"))
	if err != nil {
		b.Skipf("samples not available: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadMeta("metadata.xml", data); err != nil {
			b.Fatal(err)
		}
	}
}
