package ingest

import (
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
)

// eventsOf returns the events on the document's MENTIONS (or ANNOTATES /
// REPORTS_ON) of to.
func eventsOf(g graph.DocumentGraph, to string) []string {
	for _, r := range g.Relations {
		if r.From.Key == g.Document.Key && r.To.Key == to && r.Props["events"] != nil &&
			(r.Type == graph.RelMentions || r.Type == graph.RelAnnotates || r.Type == graph.RelReportsOn) {
			return r.Props["events"].([]string)
		}
	}
	return nil
}

func checkEvents(t *testing.T, g graph.DocumentGraph, want map[string][]string) {
	t.Helper()
	for to, w := range want {
		if got := eventsOf(g, to); strings.Join(got, "; ") != strings.Join(w, "; ") {
			t.Errorf("events on %s: %v, want %v", to, got, w)
		}
	}
}

func TestRealLetterEvents(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	checkEvents(t, g, map[string][]string{
		"BG":                {"2023-12-30 decision", "2024-03-31 checks-end"},
		"RO":                {"2023-12-30 decision", "2024-03-31 checks-end"},
		"council-of-the-eu": {"2023-12-30 decision"},
		"32001L0055":        {"2023-09-28 decision", "2025-03-04 expiry"},
		"32024R1689":        {"2023-12-09 political-agreement"},
		"coreper":           {"2023-12-20 agreement"},
		"32011L0098":        {"2023-12-20 agreement"},
		"BE":                {"2023-02-17 agreement"},
		// "Nederland en België hebben ... afspraken gemaakt op 17 februari 2023"
		"NL": {"2023-02-17 agreement"},
		// named in the sentences, but not what the events are about
		"UA": nil, "AT": nil, "jha-2024-01-25": nil, "jha-2023-12-04": nil,
	})
	// Events sit on the relation that says the letter talks about the act;
	// no second relation is made for it.
	n := 0
	for _, r := range g.Relations {
		if r.From.Key == "kst-32317-867" && r.To.Key == "32001L0055" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d relations from the letter to 32001L0055, want 1 (MENTIONS)", n)
	}
}

func TestEventsTestLetters(t *testing.T) {
	_, g := agendaLetter(t, "agenda-jbz-juni-2025.txt")
	checkEvents(t, g, map[string][]string{
		"BG":         {"2025-01-01 checks-end"},
		"32001L0055": {"2026-03-04 expiry"},
		// the act comes from the sentence before: "De Commissie presenteerde
		// het voorstel op 28 november 2023."
		"32002L0090":          {"2023-11-28 proposal"},
		"european-commission": {"2023-11-28 proposal"},
		"32023R1543":          {"2026-08-18 entry-into-application"},
		"UA":                  nil,
	})

	_, g = agendaLetter(t, "verslag-jbz-december-2024.txt")
	checkEvents(t, g, map[string][]string{
		"BG":         {"2024-12-12 decision", "2025-01-01 checks-end"},
		"RO":         {"2024-12-12 decision", "2025-01-01 checks-end"},
		"32002L0090": {"2024-12-12 general-approach"},
		"AT":         nil,
	})

	_, g = agendaLetter(t, "agenda-jbz-maart-2025.txt")
	checkEvents(t, g, map[string][]string{"32024R1689": {"2024-08-01 entry-into-force"}})
}

// An act only cited by number gets a MENTIONS of its own for its events,
// with the event's sentence as evidence; the CITES stays as it was.
func TestEventsOnCitedAct(t *testing.T) {
	text := " Nr. 951  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 2 juni 2025 \n\n" +
		"Richtlijn 2011/98/EU is op 20 mei 2024 in werking getreden. Het kabinet verwelkomt dit.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	doc, err := Parse("kst-32317-951.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	r, ok := relation(g, graph.RelMentions, "kst-32317-951", "32011L0098")
	if !ok || r.Evidence.Quote != "Richtlijn 2011/98/EU is op 20 mei 2024 in werking getreden." || r.Props["ref"] != nil ||
		strings.Join(r.Props["events"].([]string), ";") != "2024-05-20 entry-into-force" {
		t.Errorf("MENTIONS 32011L0098: %+v", r)
	}
	if c, ok := relation(g, graph.RelCites, "kst-32317-951", "32011L0098"); !ok || c.Props["events"] != nil {
		t.Errorf("CITES 32011L0098: %+v", c)
	}
}

func TestEventDate(t *testing.T) {
	letter := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		day, month, year, rel, want string
	}{
		{"30", "december", "", "jl.", "2023-12-30"},
		{"20", "januari", "", "jl.", "2023-01-20"},
		{"20", "januari", "", "a.s.", "2024-01-20"},
		{"24", "januari", "", "", "2024-01-24"},
		{"9", "december", "2023", "", "2023-12-09"},
		{"4", "maart", "2025", "", "2025-03-04"},
	} {
		got, ok := eventDate(c.day, c.month, c.year, c.rel, letter, true)
		if !ok || got != c.want {
			t.Errorf("eventDate(%s %s %s %s) = %q, %v; want %q", c.day, c.month, c.year, c.rel, got, ok, c.want)
		}
	}
	if _, ok := eventDate("31", "februari", "2024", "", letter, true); ok {
		t.Error("31 februari 2024 exists")
	}
	if _, ok := eventDate("24", "januari", "", "", time.Time{}, false); ok {
		t.Error("a date without a year needs the letter's date")
	}
}

func TestClassifyDate(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"Na het Raadsbesluit van 28 september 2023 is de werking verlengd tot en met 4 maart 2025.", "28 september 2023", "decision"},
		{"Na het Raadsbesluit van 28 september 2023 is de werking verlengd tot en met 4 maart 2025.", "4 maart 2025", "expiry"},
		{"Het verblijf na 4 maart 2025, de huidige einddatum van het raamwerk.", "4 maart 2025", "expiry"},
		{"De Dublinverordening blijft van toepassing tot 12 juni 2026.", "12 juni 2026", "expiry"},
		{"Naar aanleiding van het Raadsbesluit zullen vanaf 31 maart 2024 geen personencontroles meer plaatsvinden.", "31 maart 2024", "checks-end"},
		{"Op 9 december 2023 is hierover een politiek akkoord bereikt.", "9 december 2023", "political-agreement"},
		{"Op 30 december jl. heeft de Raad besloten tot het opheffen van binnengrenscontroles.", "30 december jl.", "decision"},
		{"Het Comité stemde op 20 december jl. in met het resultaat.", "20 december jl.", "agreement"},
		{"De verordening is op 1 augustus 2024 in werking getreden.", "1 augustus 2024", "entry-into-force"},
		{"De verordening is van toepassing vanaf 18 augustus 2026.", "18 augustus 2026", "entry-into-application"},
		{"Op 24 januari wordt de alliantie gelanceerd.", "24 januari", "launch"},
		{"De Commissie heeft op 16 april 2025 voorgesteld om de verordening te wijzigen.", "16 april 2025", "proposal"},
		{"Het voorstel van de Commissie van 28 november 2023 wordt besproken.", "28 november 2023", "proposal"},
		{"De verordeningen zijn op 22 mei 2024 in het Publicatieblad bekendgemaakt.", "22 mei 2024", "publication"},
		{"Eerder was besloten tot de toetreding van Kroatië tot het Schengengebied per 1 januari.", "1 januari", "accession"},
		{"Kroatië, die de Raad op 8 december 2022 goedkeurde.", "8 december 2022", "decision"},
		{"Het kabinet kan het verder verlengen na 4 maart 2025 steunen.", "4 maart 2025", ""},
		{"Dit is besproken tijdens het Commissiedebat van 20 december jl.", "20 december jl.", ""},
		{"Op 3 juli jl. presenteerde de Commissie een concept onderhandelingsmandaat.", "3 juli jl.", "proposal"},
		{"De Raad bereikte op 12 maart een algemene oriëntatie over de verordening.", "12 maart", "general-approach"},
		{"Coreper stelde op 3 februari 2027 het mandaat vast.", "3 februari 2027", "mandate"},
		{"Coreper heeft op 5 mei 2027 een onderhandelingspositie vastgesteld.", "5 mei 2027", "mandate"},
		{"De verordening wordt op 1 september 2028 van toepassing.", "1 september 2028", "entry-into-application"},
		{"De Commissie heeft op 2 maart 2027 een voorstel gedaan voor een visumverordening.", "2 maart 2027", "proposal"},
		{"Op 5 mei jl. bevestigde de Commissie de deelname van Ierland aan het Agentschap.", "5 mei jl.", "decision"},
		{"Op 5 mei jl. bevestigde de minister dat het overleg doorgaat.", "5 mei jl.", ""},
	} {
		k := strings.Index(c.sentence, c.date)
		if got := classifyDate(c.sentence, c.sentence[:k], c.sentence[k+len(c.date):]); got != c.want {
			t.Errorf("classifyDate(%q at %q) = %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}

// A sentence that refers back ("Het besluit treedt ... in werking") takes
// what the event of the sentence before concerned, without the institution
// that decided; a body named inside the object of a publication ("een
// aanbeveling van de Raad") is not what the publication concerns.
func TestEventsFollowUpAndObjectBodies(t *testing.T) {
	text := " Nr. 953  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n" +
		"Op 2 maart jl. bevestigde de Commissie de deelname van Ierland aan het Europees Openbaar Ministerie. " +
		"Het uitvoeringsbesluit treedt op 1 april a.s. in werking.\n\n" +
		"Op 9 februari 2026 heeft de Commissie een aanbeveling van de Raad over grensbewaking gepubliceerd.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	doc, err := Parse("kst-32317-953.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	checkEvents(t, g, map[string][]string{
		"IE":                  {"2026-03-02 decision", "2026-04-01 entry-into-force"},
		"eppo":                {"2026-03-02 decision", "2026-04-01 entry-into-force"},
		"european-commission": {"2026-02-09 publication", "2026-03-02 decision"},
		"council-of-the-eu":   nil,
	})
}

// A date its sentence leaves unclassified takes the cue of the next
// sentence when that one has no date and takes up a noun of it.
func TestEventsFollowingCue(t *testing.T) {
	text := " Nr. 956  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n" +
		"Het voorzitterschap heeft de Raadspositie over het terugkeervoorstel op 4 maart jl. aan Coreper voorgelegd. " +
		"Alle lidstaten hebben met de Raadspositie ingestemd.\n\n" +
		"Coreper heeft op 6 maart jl. over de visumregels gesproken. Alle lidstaten hebben met de aanpak ingestemd.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	doc, err := Parse("kst-32317-956.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	checkEvents(t, g, map[string][]string{"coreper": {"2026-03-04 agreement"}})
}

// A proposal for a new act that replaces a named one ("die de huidige
// Opvangrichtlijn vervangt") is no event of the act replaced.
func TestEventsProposalReplacingAct(t *testing.T) {
	text := " Nr. 959  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n" +
		"Op 4 maart 2026 heeft de Commissie een voorstel gedaan voor een Opvangverordening, die de huidige Opvangrichtlijn vervangt.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	doc, err := Parse("kst-32317-959.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	checkEvents(t, g, map[string][]string{"32013L0033": nil, "european-commission": {"2026-03-04 proposal"}})
}

// An event whose sentence names no target but a Commissioner by name is
// the Commission's.
func TestEventsNamedCommissioner(t *testing.T) {
	text := " Nr. 961  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n" +
		"Commissaris Verhoeven lichtte het actieplan toe, dat op 2 maart 2026 werd gepubliceerd.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	doc, err := Parse("kst-32317-961.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	checkEvents(t, g, map[string][]string{"european-commission": {"2026-03-02 publication"}})
}
