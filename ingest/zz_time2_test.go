package ingest

import ("testing"; "os"; "time")

func TestZZTime2(t *testing.T) {
	data, _ := os.ReadFile("/work/shared/corpus/kst-32317-867.txt")
	doc, _ := Parse("kst-32317-867.txt", data)
	for _, p := range doc.Paragraphs {
		if len(p.Text) < 1200 { continue }
		s := time.Now()
		for k := 0; k < 100; k++ { actTypedRe.FindAllStringSubmatchIndex(p.Text) }
		d := time.Since(s)/100
		s = time.Now()
		for k := 0; k < 100; k++ { actBareRe.FindAllStringSubmatchIndex(p.Text) }
		d2 := time.Since(s)/100
		t.Logf("typed %v bare %v lits %v", d, d2, len(actTypedRe.lits))
	}
}
