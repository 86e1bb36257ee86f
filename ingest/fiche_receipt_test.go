package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// commissionEvents extracts text as a BNC-fiche letter of 2014 and returns
// the events on the European Commission.
func commissionEvents(t *testing.T, text string) string {
	t.Helper()
	g := extractWith(t, "kst-22112-1772.txt", text, Meta{Dossier: "22112", Number: "1772", Date: "2014-01-17", Kind: "Brief regering"})
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.To == (graph.Ref{Kind: graph.KindOrganisation, Key: "european-commission"}) {
			return strings.Join(evs, ",")
		}
	}
	return ""
}

// A fiche's "Datum ontvangst Commissiedocument" dates the Commission's
// proposal, with the date on the next line or run together with the
// other general data; a communication is published, not proposed.
func TestFicheReceiptEvent(t *testing.T) {
	const head = "Fiche: Richtlijn procedurele rechten minderjarigen\n\n1. Algemene gegevens\n\n"
	for _, c := range []struct{ name, text, want string }{
		{"own line", head + "Titel voorstel\n\nRichtlijn van het Europees Parlement en de Raad betreffende procedurele waarborgen voor kinderen.\n\nDatum ontvangst Commissiedocument\n\n28 november 2013\n\nNr. Commissiedocument\n\nCOM (2013) 822\n",
			"2013-11-28 proposal"},
		{"bullet", head + "  • b) Datum ontvangst Commissiedocument\n\n    2 december 2015\n\n  • c) Nr. Commissiedocument\n",
			"2015-12-02 proposal"},
		{"run together", "Fiche: Verordening Europese Grens- en Kustwacht 1. Algemene gegevens a) Titel voorstel Voorstel voor een Verordening betreffende de Europese Grens- en Kustwacht b) Datum ontvangst Commissiedocument 12 september 2018 c) Nr. Commissiedocument COM(2018) 631\n",
			"2018-09-12 proposal"},
		{"colon, plural", head + "Datum ontvangst Commissiedocumenten: 27 maart 2013.\n", "2013-03-27 proposal"},
		{"communication", "Fiche: Mededeling EU-Interne Veiligheidsstrategie\n\n1. Algemene gegevens\n\n1. Titel voorstel\n\nMededeling Protect EU: Internal Security Strategy\n\n1. Datum ontvangst Commissiedocument\n\n1 april 2025\n",
			"2025-04-01 publication"},
		// the letter's own sentence dates the Commission's event that day: its class stays
		{"sentence first", head + "Datum ontvangst Commissiedocument\n\n19 december 2022\n\nOp 19 december 2022 heeft de Europese Commissie de Mededeling over de evaluatie gepubliceerd.\n",
			"2022-12-19 publication"},
		// near misses: another label, a date that opens a sentence, no date
		{"other label", head + "Datum publicatie\n\n28 november 2013\n", ""},
		{"sentence after", head + "Datum ontvangst Commissiedocument 28 november 2013 bleek later dan gepland.\n", ""},
		{"no date", head + "Datum ontvangst Commissiedocument\n\nNog niet ontvangen.\n", ""},
		{"month only", head + "Datum ontvangst Commissiedocument\n\nnovember 2013\n", ""},
	} {
		if got := commissionEvents(t, c.text); got != c.want {
			t.Errorf("%s: Commission events %q, want %q", c.name, got, c.want)
		}
	}
}
