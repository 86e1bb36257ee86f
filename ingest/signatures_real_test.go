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

// An office whose portfolio is a list keeps its commas, on one line with
// the name and on its own line (kst-30573-92); a name's initials never
// continue the office.
func TestSignatureOfficeWithCommas(t *testing.T) {
	for line, want := range map[string][2]string{
		"De minister voor Immigratie, Integratie en Asiel, G. B. M. Leers":       {"De minister voor Immigratie, Integratie en Asiel,", "G. B. M. Leers"},
		"De Minister van Onderwijs, Cultuur en Wetenschap, I.K. van Engelshoven": {"De Minister van Onderwijs, Cultuur en Wetenschap,", "I.K. van Engelshoven"},
		"De Minister van Buitenlandse Zaken, A.G. Koenders":                      {"De Minister van Buitenlandse Zaken,", "A.G. Koenders"},
	} {
		m := oneLineSigRe.FindStringSubmatch(line)
		if m == nil || m[1] != want[0] || m[2] != want[1] {
			t.Errorf("%q: %q, want office %q, name %q", line, m, want[0], want[1])
		}
	}
	s, ok := parseSignature("De minister voor Immigratie, Integratie en Asiel,\nG.B.M. Leers")
	if !ok || s.office != "Minister voor Immigratie, Integratie en Asiel" || s.name != "G.B.M. Leers" {
		t.Errorf("two-line signature: %+v %v", s, ok)
	}
	if officeLineRe.MatchString("De Minister van Justitie en Veiligheid, D. Yeşilgöz,") {
		t.Error("an office line swallows a name")
	}
}

// A sentence that names offices with list portfolios and wraps after one of
// them ("… de Staatssecretaris van Onderwijs," / "Cultuur en Wetenschap
// zullen hieraan deelnemen.") holds no signature: the rest of the sentence
// is no name, since every word of a name but its particles is capitalised.
func TestSignatureNotInWrappedSentence(t *testing.T) {
	for _, name := range []string{"Welzijn en Sport zullen hieraan", "Cultuur en Wetenschap zullen hieraan deelnemen.", "Cultuur en Wetenschap"} {
		if nameLineRe.MatchString(name) {
			t.Errorf("%q reads as a name", name)
		}
	}
	for _, name := range []string{"G.B.M. Leers", "J.M. van Bijsterveldt-Vliegenthart", "M.H. Schultz van Haegen-Maas Geesteranus",
		"S. van Veldhoven-van der Meer", "Ch. van der Wal-Zeggelink", "S.Th.M. Hermans", "Heleen Herbert", "E. Boekholt-O'Sullivan", "H.G.J. Bruins Slot"} {
		if !nameLineRe.MatchString(name) {
			t.Errorf("%q does not read as a name", name)
		}
	}
	if _, n := bodyDraftsSig("De Minister van Justitie en de Staatssecretaris van Volksgezondheid,", "Welzijn en Sport zullen hieraan deelnemen."); n != 0 {
		t.Error("a wrapped sentence read as a signature block")
	}
}

// bodyDraftsSig runs bodyDrafts over two lines and counts the signature
// drafts it makes.
func bodyDraftsSig(lines ...string) ([]paraDraft, int) {
	var g []srcLine
	for i, l := range lines {
		g = append(g, srcLine{text: l, no: i + 1, page: 1})
	}
	out := bodyDrafts(g, &joiner{})
	n := 0
	for _, d := range out {
		if d.kind == ParaSignature {
			n++
		}
	}
	return out, n
}
