package ingest

import (
	"strings"
	"testing"
)

const eventLetterHead = " Nr. 971  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n"
const eventLetterFoot = "De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"

// The cue that classifies a date stands in the date's own clause; an
// insertion in brackets does not end the clause.
func TestEventCueInTheDateClause(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"Op 4 maart 2026 besprak de Raad de Opvangrichtlijn, die eerder was aangenomen.", "4 maart 2026", ""},
		{"Op 4 maart 2026 besprak de Raad het voorstel; de Commissie had het in 2024 gepresenteerd.", "4 maart 2026", ""},
		{"De Raad sprak over de verlenging, die de Commissie op 2 maart 2026 had voorgesteld.", "2 maart 2026", "proposal"},
		{"Op 2 maart 2026 heeft de Commissie (hierna: Commissie) de mededeling gepubliceerd.", "2 maart 2026", "publication"},
		// a participle inside the noun phrase of the date
		{"De Kamer bespreekt het op 3 maart 2026 verschenen pakket van voorstellen van de Commissie.", "3 maart 2026", "proposal"},
		{"De Kamer bespreekt de op 3 maart 2026 gepubliceerde mededeling van de Commissie.", "3 maart 2026", "publication"},
		{"De Kamer bespreekt op 3 maart 2026 de mededeling van de Commissie.", "3 maart 2026", ""},
	} {
		k := strings.Index(c.sentence, c.date)
		if got := classifyDate(c.sentence, c.sentence[:k], c.sentence[k+len(c.date):]); got != c.want {
			t.Errorf("classifyDate(%q at %q) = %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}

// A label line ("Vastgesteld 5 maart 2026"), the date of a document listed
// with its Kamerstuk or of a letter, and the date in the title of a
// directive are no events.
func TestEventDatesThatAreNoEvents(t *testing.T) {
	g := extractText(t, "kst-32317-971.txt", eventLetterHead+
		"Vastgesteld 5 maart 2026\n\n"+
		"Deze brief gaat over de Opvangrichtlijn.\n\n"+
		"  • het EU-voorstel d.d. 6 maart 2026 over de opvang, voorgesteld door de Commissie (Kamerstuk 36 100, nr. 1);\n\n"+
		"In de brief van 7 maart 2026 is het besluit over de opvang toegelicht.\n\n"+
		"Richtlijn 2013/33/EU van het Europees Parlement en de Raad van 26 juni 2013 is op 19 juli 2013 in werking getreden.\n\n"+
		eventLetterFoot)
	checkEvents(t, g, map[string][]string{"32013L0033": {"2013-07-19 entry-into-force"}, "european-commission": nil})
}

// A country or body takes part in the event of its own clause, and in one
// of a relative clause about it; an unclassified date takes no cue from a
// sentence set at another time; a sentence takes the acts of the one before
// only when it refers back to them.
func TestEventTargetsOfTheClause(t *testing.T) {
	g := extractText(t, "kst-32317-972.txt", strings.Replace(eventLetterHead, "971", "972", 1)+
		"De Raad heeft op 9 maart 2026 besloten tot verlenging, waarbij Hongarije zich onthield.\n\n"+
		"De Raad sprak over de toetreding van Roemenië, die de Raad op 10 maart 2026 goedkeurde.\n\n"+
		"Coreper besprak op 4 maart jl. de Raadspositie over de terugkeer. Inmiddels hebben alle lidstaten met de Raadspositie ingestemd.\n\n"+
		"De Opvangrichtlijn regelt de opvang van asielzoekers. Op 11 maart 2026 heeft de Commissie een voorstel gedaan.\n\n"+
		"De Gezinsherenigingsrichtlijn is verouderd. Op 3 maart 2026 heeft de Commissie het voorstel gepresenteerd.\n\n"+
		eventLetterFoot)
	checkEvents(t, g, map[string][]string{
		"council-of-the-eu":   {"2026-03-09 decision", "2026-03-10 decision"},
		"HU":                  nil,
		"RO":                  {"2026-03-10 decision"},
		"coreper":             nil,
		"32013L0033":          nil,
		"32003L0086":          {"2026-03-03 proposal"},
		"european-commission": {"2026-03-03 proposal", "2026-03-11 proposal"},
	})
}

// The institutions a Commission document is addressed to ("aan het
// Europees Parlement, de Raad, ...") are not what its publication concerns;
// the Commission that wrote it is.
func TestEventAddresseesAreNoTargets(t *testing.T) {
	g := extractText(t, "kst-32317-974.txt", strings.Replace(eventLetterHead, "971", "974", 1)+
		"De Kamer heeft kennisgenomen van de op 3 maart 2026 gepubliceerde mededeling van de Europese Commissie aan het "+
		"Europees Parlement, de Raad, het Europees Economisch en Sociaal Comité en het Comité van de Regio's over terugkeer.\n\n"+
		eventLetterFoot)
	checkEvents(t, g, map[string][]string{"european-commission": {"2026-03-03 publication"}, "ep": nil, "council-of-the-eu": nil})
}
