package main

import (
	"context"
	"os"
	"testing"

	"jhagraph/graph/graphtest"
	"jhagraph/ingest"
)

// BenchmarkExtractRealLetter measures parsing and extraction of the real
// letter, without a database.
func BenchmarkExtractRealLetter(b *testing.B) {
	data, err := os.ReadFile(realLetter)
	if err != nil {
		b.Skipf("%s absent", realLetter)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		doc, err := ingest.Parse("kst-32317-867.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ingest.Extract(doc, ingest.Meta{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngestRealLetter measures ingesting the real letter end to end:
// read, extract, and one write transaction against the real Neo4j (a
// re-ingest after the first, as in daily use).
func BenchmarkIngestRealLetter(b *testing.B) {
	if _, err := os.Stat(realLetter); err != nil {
		b.Skipf("%s absent", realLetter)
	}
	st := graphtest.Open(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, err := ingest.Load(realLetter)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Write(ctx, g); err != nil {
			b.Fatal(err)
		}
	}
}
