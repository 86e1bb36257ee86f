package ingest

import "testing"

// Signature blocks as real web pages print them: office and name on one
// line, the office line and the name separated by a blank line, a block
// inside a paragraph group that runs on without blank lines.
func TestRealSignatureForms(t *testing.T) {
	text := "32 317 JBZ-Raad\n\nNr. 999 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 26 augustus 2016\n\n" +
		"Overeenkomstig de bestaande afspraken ontvangt u hierbij zes fiches.\n\n" +
		"De Minister van Buitenlandse Zaken, A.G. Koenders\n\n" +
		"De staatssecretaris van Buitenlandse Zaken,\n\nH. P. M. Knapen\n\n" +
		"Eerste regel van een blok.\nDe Minister voor Rechtsbescherming,\nF.M. Weerwind\nOndertekenaars\n"
	doc, err := Parse("kst-32317-999.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Paragraphs {
		if p.Kind == ParaSignature {
			s, ok := parseSignature(p.Text)
			if !ok {
				t.Errorf("signature paragraph %q does not parse", p.Text)
				continue
			}
			got = append(got, s.office+" / "+s.name)
		}
	}
	want := []string{"Minister van Buitenlandse Zaken / A.G. Koenders", "Staatssecretaris van Buitenlandse Zaken / H. P. M. Knapen",
		"Minister voor Rechtsbescherming / F.M. Weerwind"}
	if len(got) != len(want) {
		t.Fatalf("signatures %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("signature %d: %q, want %q", i, got[i], want[i])
		}
	}
}
