package ingest

import (
	"testing"

	"jhagraph/graph"
)

// "Staatsecretaris" (one s short, as a web page of a real letter prints
// it) is the office Staatssecretaris: the block signs, with the office's
// proper slug; other words ending in "secretaris" sign nothing.
func TestSignatureOfficeMisspelt(t *testing.T) {
	for text, want := range map[string]string{
		"De Staatsecretaris van Justitie en Veiligheid,\nA. Broekers-Knol":  "Staatssecretaris van Justitie en Veiligheid",
		"De Staatssecretaris van Justitie en Veiligheid,\nA. Broekers-Knol": "Staatssecretaris van Justitie en Veiligheid",
		"De Secretaris-generaal van Justitie en Veiligheid,\nA. Jansen":     "",
	} {
		s, ok := parseSignature(text)
		if got := s.office; ok != (want != "") || got != want {
			t.Errorf("parseSignature(%q) = %q %v, want %q", text, got, ok, want)
		}
	}
	g := extractText(t, "kst-32317-995.txt", " Nr. 995  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 27 september 2019 \n\nHierbij bied ik u de geannoteerde agenda aan.\n\n"+
		"De Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n\n"+
		"De Staatsecretaris van Justitie en Veiligheid,\nA. Broekers-Knol\n")
	found := false
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned && r.From.Key == "a-broekers-knol" {
			found = true
		}
	}
	if !found {
		t.Error("the misspelt office's holder did not sign")
	}
	if _, ok := entity(g, graph.KindOffice, "staatssecretaris-van-justitie-en-veiligheid"); !ok {
		t.Error("no office staatssecretaris-van-justitie-en-veiligheid")
	}
}
