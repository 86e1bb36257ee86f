package ingest

import "testing"

// TestAdoptedReportDate: a report of the Kamer is dated by its stamp
// "Vastgesteld ..." when the publisher gives an earlier date (the day the
// questions were registered); the publisher's later date, or a date of a
// letter, still wins over the text. The disagreement is on record either way.
func TestAdoptedReportDate(t *testing.T) {
	text := "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2030-2031\n\n40 123 JBZ-Raad\n\nNr. 77 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n" +
		"Vastgesteld 8 juni 2031\n\nDe vaste commissie heeft vragen voorgelegd over de geannoteerde agenda.\n"
	for _, tt := range []struct{ pub, want string }{
		{"2031-06-03", "2031-06-08"}, // registered earlier: the stamp
		{"2031-06-12", "2031-06-12"}, // published later: the publisher
		{"2031-06-08", "2031-06-08"},
	} {
		doc, err := Parse("kst-40123-77.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		g, err := Extract(doc, Meta{Dossier: "40123", Number: "77", Date: tt.pub})
		if err != nil {
			t.Fatal(err)
		}
		if g.Document.Date != tt.want {
			t.Errorf("publisher %s: date %s, want %s", tt.pub, g.Document.Date, tt.want)
		}
		if disc := len(g.Document.Discrepancies); (tt.pub != "2031-06-08") != (disc == 1) {
			t.Errorf("publisher %s: discrepancies %+v", tt.pub, g.Document.Discrepancies)
		}
	}
	if adoptedLater("2031-06-03", "2031-06-08", "Den Haag, 8 juni 2031") {
		t.Error("a letter's dateline does not beat the publisher")
	}
}
