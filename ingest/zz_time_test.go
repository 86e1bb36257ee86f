package ingest

import ("testing"; "os"; "time"; "strings")

func TestZZTime(t *testing.T) {
	data, _ := os.ReadFile("/work/shared/corpus/kst-32317-867.txt")
	doc, _ := Parse("kst-32317-867.txt", data)
	var tm, ta time.Duration
	for _, p := range doc.Paragraphs {
		s := time.Now()
		for k := 0; k < 100; k++ { findMeetings(p.Text) }
		d := time.Since(s)/100
		s = time.Now()
		for k := 0; k < 100; k++ { findActs(p.Text) }
		d2 := time.Since(s)/100
		tm += d; ta += d2
		if d > 5*time.Microsecond || d2 > 5*time.Microsecond {
			t.Logf("len %5d meet %8v acts %8v  raad=%d %q", len(p.Text), d, d2, strings.Count(p.Text, "aad"), p.Text[:min(50, len(p.Text))])
		}
	}
	t.Logf("total meetings %v acts %v", tm, ta)
}
