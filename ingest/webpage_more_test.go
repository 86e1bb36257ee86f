package ingest

import (
	"strings"
	"testing"
)

// TestOpenTKHeaderOnly: an OpenTK page copied without its "Preview
// document" line (the copy stops in the header) still gives the metadata
// its header states, signatories included, and keeps its lines.
func TestOpenTKHeaderOnly(t *testing.T) {
	in := "[overzicht] [activiteiten] [kamerstukdossiers]\nVerslag van de Raad van 2 en 3 juni 2031\nBrief regering\n" +
		"Nummer: 2031D12345, datum: 2031-06-10, bijgewerkt: 2031-06-11 10:00, versie: 1\n" +
		"Gerelateerde personen:- Eerste ondertekenaar: A.B. Jansen, minister van Justitie en Veiligheid (XYZ)\n" +
		"- Mede ondertekenaar: C. de Vries, staatssecretaris van Justitie en Veiligheid\n" +
		"Onderdeel van kamerstukdossier 32317 -999 JBZ-Raad.\nOnderdeel van zaak 2031Z01234:\n" +
		"- Indiener: A.B. Jansen, minister van Justitie en Veiligheid\nPrevi"
	text, m := webText("x.txt", in)
	if m.DocNumber != "2031D12345" || m.Date != "2031-06-10" || m.Dossier != "32317" || m.Number != "999" || m.Kind != "Brief regering" {
		t.Errorf("meta %+v", m)
	}
	var sigs []string
	for _, s := range m.Signatories {
		sigs = append(sigs, s.Name+", "+s.Office)
	}
	if got := strings.Join(sigs, "; "); got != "A.B. Jansen, minister van Justitie en Veiligheid; C. de Vries, staatssecretaris van Justitie en Veiligheid" {
		t.Errorf("signatories %q", got)
	}
	if !strings.Contains(text, "Onderdeel van zaak 2031Z01234") {
		t.Errorf("the header's lines were dropped: %q", text)
	}
}

// TestGovernmentSignatories: the chair and clerk of a Kamer committee who
// sign its report are no signatories of the graph; members of the
// government, and signatories without an office, are.
func TestGovernmentSignatories(t *testing.T) {
	in := []Signatory{
		{Name: "A. Jansen", Office: "voorzitter van de vaste commissie voor Justitie en Veiligheid"},
		{Name: "B. Smit", Office: "adjunct-griffier"},
		{Name: "C. de Vries", Office: "De Minister van Asiel en Migratie,"},
		{Name: "D. Bakker", Office: "staatssecretaris van Justitie en Veiligheid"},
		{Name: "E. Visser", Office: "Minister-president"},
		{Name: "F. Mulder"},
		{Name: "G. Bos", Office: "Ministerie van Justitie en Veiligheid"},
	}
	var got []string
	for _, s := range governmentSignatories(in) {
		got = append(got, s.Name)
	}
	if g := strings.Join(got, "; "); g != "C. de Vries; D. Bakker; E. Visser; F. Mulder" {
		t.Errorf("kept %q", g)
	}
}
