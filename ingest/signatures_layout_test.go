package ingest

import (
	"strings"
	"testing"
)

// Two layouts of the signature block that real pages print and the audit's
// 22 layouts lacked: the prime minister's two offices before his name on one
// line, and the name-first house style of 2026 (name, then the office under
// it without a comma). Both are read with a date in the officeholder's term.
func TestSignatureLayoutsOfficesAndNameFirst(t *testing.T) {
	for _, c := range []struct{ date, block, want string }{
		{"14 maart 2019", "De Minister-President, Minister van Algemene Zaken, M. Rutte", "m-rutte|minister-president-minister-van-algemene-zaken"},
		{"14 maart 2019", "De Minister-President, Minister van Algemene Zaken,\nM. Rutte", "m-rutte|minister-president-minister-van-algemene-zaken"},
		{"14 maart 2019", "De Minister-President,\nM. Rutte", "m-rutte|minister-president"},
		{"12 maart 2026", "Heleen Herbert\nMinister van Economische Zaken en Klimaat", "h-g-herbert|minister-van-economische-zaken-en-klimaat"},
		{"12 maart 2026", "H.G. Herbert\nMinister van Economische Zaken en Klimaat", "h-g-herbert|minister-van-economische-zaken-en-klimaat"},
		{"14 maart 2019", "F.B.J. Grapperhaus\nMinister van Justitie en Veiligheid", "f-b-j-grapperhaus|minister-van-justitie-en-veiligheid"},
		{"12 maart 2026", "Heleen Herbert\n\nMinister van Economische Zaken en Klimaat", "h-g-herbert|minister-van-economische-zaken-en-klimaat"},
	} {
		page := "99 999 Terugkeer\n\nNr. 1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n" +
			"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, " + c.date + "\n\n" +
			"Het kabinet blijft zich inzetten voor een akkoord.\n\n" + c.block + "\n"
		g, err := readExtract("kst-99999-1.txt", page)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(signedKeys(g), " "); got != c.want {
			t.Errorf("%q: signed %q, want %q", c.block, got, c.want)
		}
	}
}

// A name over an office is a signature only when the office is one the
// reference data know and the name has initials or a given name: a heading
// over a line naming an office, or an office that does not exist, is none.
func TestNameFirstSignatureNegatives(t *testing.T) {
	for _, body := range []string{
		"Inleiding\nMinister van Justitie en Veiligheid",
		"Heleen Herbert\nMinister van Kunst en Vliegtuigbouw",
		"Heleen Herbert\nMinister van Economische Zaken en Klimaat heeft het voorstel gesteund.",
		"Gesprekspartners\nJan Jansen\nDirecteur van de politieacademie",
		"Inleiding\n\nMinister van Justitie en Veiligheid",
		"Heleen Herbert\n\nMinister van Kunst en Vliegtuigbouw",
	} {
		page := "99 999 Terugkeer\n\nNr. 1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n" +
			"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 12 maart 2026\n\n" + body + "\n\nHet kabinet blijft zich inzetten voor een akkoord.\n"
		g, err := readExtract("kst-99999-1.txt", page)
		if err != nil {
			t.Fatal(err)
		}
		if got := signedKeys(g); len(got) > 0 {
			t.Errorf("%q: signed %v, want none", body, got)
		}
	}
}
