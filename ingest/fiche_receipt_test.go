package ingest

import (
	"math/rand"
	"regexp"
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

// The receipt label is read only in a paragraph that holds its word
// (containsFoldASCII): the word must be found in every case the regexp
// matches, and nowhere else.
func TestFicheReceiptWordIsTheRegexpsWord(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"b) Datum ontvangst Commissiedocument: 3 maart 2031", true},
		{"DATUM ONTVANGST COMMISSIEDOCUMENT 3 maart 2031", true},
		{"datum commiſſiedocument: 3 maart 2031", true}, // the long s, as (?i) matches it
		{"Datum ontvangst Commissie-document: 3 maart 2031", false},
		{"Datum ontvangst Commissiedocumen", false},
		{"", false},
	} {
		if got := containsFoldASCII(c.text, ficheReceiptWord); got != c.want {
			t.Errorf("containsFoldASCII(%q) = %v, want %v", c.text, got, c.want)
		}
		if ficheReceiptRe.MatchString(c.text) && !c.want {
			t.Errorf("%q: the regexp matches without the word", c.text)
		}
	}
	word := regexp.MustCompile(`(?i)` + ficheReceiptWord)
	paras, sentences := testParagraphs(t)
	r := rand.New(rand.NewSource(3))
	alphabet := []rune("cCoOmMiIsSſeEdDuUnNtT ")
	for k := 0; k < 20000; k++ {
		s := string(randomRunes(r, alphabet, 30))
		if k%2 == 0 {
			s = s[:len(s)/2] + "commiSSieDocument"[:r.Intn(18)] + s[len(s)/2:]
		}
		sentences = append(sentences, s)
	}
	for _, s := range append(paras, sentences...) {
		if got, want := containsFoldASCII(s, ficheReceiptWord), word.MatchString(s); got != want {
			t.Fatalf("containsFoldASCII(%q) = %v, want %v", s, got, want)
		}
		if ficheReceiptRe.MatchString(s) && !containsFoldASCII(s, ficheReceiptWord) {
			t.Fatalf("%q: the regexp matches without the word", s)
		}
	}
}
