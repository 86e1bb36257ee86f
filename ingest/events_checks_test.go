package ingest

import (
	"strings"
	"testing"
)

// Internal border checks held for a period ("vindt plaats vanaf ... tot en
// met ..."): the first day starts them, the last ends them. A letter of the
// Dutch government that names no country means the Dutch checks; a named
// country keeps its own. A period reported on ("over de eerste drie
// maanden, van ... tot en met ...") and checks lifted are no start.
func TestEventsChecksPeriod(t *testing.T) {
	g := extractText(t, "kst-32317-975.txt", strings.Replace(eventLetterHead, "971", "975", 1)+
		"Het kabinet heeft besloten tot herinvoering van binnengrenstoezicht. Het binnengrenstoezicht vindt plaats vanaf "+
		"9 december 2025 tot en met 8 juni 2026.\n\n"+
		"Met deze brief informeer ik u over de resultaten van de eerste drie maanden, van 9 december 2025 tot en met "+
		"9 maart 2026, van de binnengrenscontroles.\n\n"+
		"Duitsland heeft vanaf 16 september 2025 binnengrenscontroles ingevoerd.\n\n"+
		"Vanaf 1 januari 2026 zijn er geen controles meer aan de binnengrenzen met Bulgarije.\n\n"+
		eventLetterFoot)
	checkEvents(t, g, map[string][]string{
		"NL": {"2025-12-09 checks-start", "2026-06-08 checks-end"},
		"DE": {"2025-09-16 checks-start"},
		"BG": {"2026-01-01 checks-end"},
	})
	for _, c := range []struct {
		sentence, before string
		want             bool
	}{
		{"Het binnengrenstoezicht vindt plaats vanaf 9 december 2025 tot en met 8 juni 2026.", "Het binnengrenstoezicht vindt plaats vanaf ", true},
		{"Het binnengrenstoezicht vindt plaats vanaf 9 december 2025 tot en met 8 juni 2026.", "Het binnengrenstoezicht vindt plaats vanaf 9 december 2025 tot en met ", true},
		{"De resultaten van 9 december 2025 tot en met 9 maart 2026 van de binnengrenscontroles.", "De resultaten van ", false},
		{"De JBZ-Raad vindt plaats van 4 tot en met 5 december.", "De JBZ-Raad vindt plaats van ", false},
		{"Vanaf 1 januari tot en met 30 juni vinden er geen controles plaats.", "Vanaf ", false},
	} {
		if got := checksPeriod(c.sentence, c.before); got != c.want {
			t.Errorf("checksPeriod(%q, %q) = %v, want %v", c.sentence, c.before, got, c.want)
		}
	}
}

// The Commission publishing a document other than a proposal is a
// publication, though a proposal comes with it; publishing only a proposal
// is a proposal. An act named in a relative clause after the document is
// what the document is for, not what was published.
func TestEventsCommissionPublishes(t *testing.T) {
	for s, want := range map[string]string{
		"Op 11 november 2025 heeft de Europese Commissie (hierna: Commissie) de Mededeling over het jaarverslag asiel en een voorstel voor een uitvoeringshandeling gepubliceerd.": "publication",
		"Wel heeft de Commissie op 7 maart 2017 een Aanbeveling2 uitgebracht.":                                                                                                     "publication",
		"Op 27 april 2022 publiceerde de Commissie een voorstel tot herziening van de richtlijn.":                                                                                  "proposal",
		"Op 4 december 2024 heeft de Commissie een voorstel gepubliceerd voor een progressieve start.":                                                                             "proposal",
		"De Commissie heeft een voorstel tot wijziging van het besluit over de strategie gepubliceerd.":                                                                            "proposal",
		"Het rapport werd op 3 maart uitgebracht door de Rekenkamer.":                                                                                                              "",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("sentenceCue(%q) = %q, want %q", s, got, want)
		}
	}
	g := extractText(t, "kst-32317-976.txt", strings.Replace(eventLetterHead, "971", "976", 1)+
		"Wel heeft de Commissie op 7 maart 2026 een Aanbeveling uitgebracht waarmee wordt beoogd de Terugkeerrichtlijn beter "+
		"te implementeren.\n\n"+
		"Op 10 maart 2026 heeft de Commissie een voorstel voor een nieuwe verordening gepubliceerd.\n\n"+
		eventLetterFoot)
	checkEvents(t, g, map[string][]string{
		"european-commission": {"2026-03-07 publication", "2026-03-10 proposal"},
		"32008L0115":          nil,
	})
}
