package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// The events audit: each event class of testdata/gold/README.md ("Events")
// in the ways Dutch letters say it — active and passive, the act named
// before or after the verb, the date fronted or inside the clause, with a
// year, "jl." / "a.s." or no year — in fictional sentences, one to a letter
// dated 12 March 2026, and the wished, hoped-for, conditional and foreign
// events that are no event of the act (a step expected on a day is one). The audit counts what is read; it fails when
// fewer sentences are read than the floor, so a rule that loses phrasings
// shows.

// auditActs are the ways the sentences name the act ("{A}"): by its
// Dutch short name and by its number; auditOtherAct is a second act for the
// sentences about two acts.
var auditActs = []string{"de Terugkeerrichtlijn", "Richtlijn 2008/115/EG"}

const (
	auditActKey   = "32008L0115"
	auditOtherAct = "de Opvangrichtlijn"
	auditOtherKey = "32013L0033"
)

// auditDate is a way to write the day of an event ("{D}") and the ISO date
// a letter of 12 March 2026 means by it.
type auditDate struct{ text, iso string }

// Past events: with a year, "jl.", no year (the nearest 3 February), no
// year for a day more than half a year back, which a past tense puts before
// the letter, a weekday before the day, "j.l.". (Abbreviated months, "3 feb.
// 2026", and numeric dates, "03-02-2026", are not read: a letter's lists of
// meetings and documents use them, not its sentences on events.)
var auditPast = []auditDate{
	{"3 februari 2026", "2026-02-03"}, {"3 februari jl.", "2026-02-03"}, {"3 februari", "2026-02-03"},
	{"17 juni", "2025-06-17"}, {"dinsdag 3 februari 2026", "2026-02-03"}, {"3 februari j.l.", "2026-02-03"},
}

// Future events: with a year, "a.s.", no year, no year for a day more
// than half a year ahead, which a present or future tense puts after the
// letter, and a weekday.
var auditFuture = []auditDate{
	{"1 juli 2026", "2026-07-01"}, {"1 juli a.s.", "2026-07-01"}, {"1 juli", "2026-07-01"},
	{"1 januari", "2027-01-01"}, {"woensdag 1 juli 2026", "2026-07-01"},
}

// auditEvent is a phrasing of an event: text with "{A}" for the act and
// "{D}" for the date; the class it is; its target when not the act.
type auditEvent struct {
	class, text string
	future      bool
	target      string // "" for the act
}

var auditEvents = []auditEvent{
	// general approach: the Council's position, reached
	{class: "general-approach", text: "De Raad heeft op {D} een algemene oriëntatie bereikt over {A}."},
	{class: "general-approach", text: "Op {D} bereikte de Raad een algemene oriëntatie over {A}."},
	{class: "general-approach", text: "Er werd op {D} een algemene oriëntatie bereikt over {A}."},
	{class: "general-approach", text: "Over {A} is op {D} een algemene oriëntatie bereikt."},
	{class: "general-approach", text: "De Raad stelde op {D} een algemene oriëntatie over {A} vast."},
	{class: "general-approach", text: "De algemene oriëntatie over {A} werd op {D} vastgesteld."},
	{class: "general-approach", text: "Op {D} is de Raad het eens geworden over een algemene oriëntatie over {A}."},
	{class: "general-approach", text: "Op {D} heeft de Raad een algemene oriëntatie over {A} aangenomen."},
	{class: "general-approach", text: "De ministers bereikten op {D} overeenstemming over een algemene oriëntatie inzake {A}."},
	// a step the letter expects on a day is an event (testdata/gold/kst-32317-870.json:
	// "Op 20 december a.s. zal Coreper naar verwachting instemmen met")
	{class: "general-approach", text: "De Raad zal naar verwachting op {D} een algemene oriëntatie bereiken over {A}.", future: true},
	{class: "adoption", text: "Naar verwachting wordt {A} op {D} aangenomen.", future: true},
	{class: "political-agreement", text: "Het voorzitterschap verwacht op {D} een voorlopig akkoord over {A}.", future: true},
	{class: "agreement", text: "Op {D} zal Coreper naar verwachting instemmen met {A}.", future: true},
	// mandate: Coreper's or the Council's mandate for the trilogues
	{class: "mandate", text: "Coreper heeft op {D} het mandaat voor de onderhandelingen over {A} vastgesteld."},
	{class: "mandate", text: "Op {D} stelde Coreper het onderhandelingsmandaat voor {A} vast."},
	{class: "mandate", text: "Het onderhandelingsmandaat voor {A} werd op {D} door Coreper goedgekeurd."},
	{class: "mandate", text: "Op {D} heeft de Raad zijn onderhandelingspositie over {A} vastgesteld."},
	{class: "mandate", text: "Op {D} verleende Coreper het voorzitterschap een mandaat voor de onderhandelingen over {A}."},
	{class: "mandate", text: "Coreper stemde op {D} in met het mandaat voor {A}."},
	// political agreement: Council and Parliament, in the trilogue
	{class: "political-agreement", text: "Op {D} is in de triloog een voorlopig akkoord bereikt over {A}."},
	{class: "political-agreement", text: "De Raad en het Europees Parlement bereikten op {D} een voorlopig akkoord over {A}."},
	{class: "political-agreement", text: "Over {A} is op {D} een akkoord bereikt met het Europees Parlement."},
	{class: "political-agreement", text: "De triloog van {D} leidde tot een voorlopig akkoord over {A}."},
	{class: "political-agreement", text: "Op {D} bereikten de medewetgevers een politiek akkoord over {A}."},
	{class: "political-agreement", text: "Het voorzitterschap en het Europees Parlement hebben op {D} overeenstemming bereikt over {A}."},
	{class: "political-agreement", text: "In de triloog van {D} werd een akkoord bereikt over {A}."},
	{class: "political-agreement", text: "Op {D} werd een politiek akkoord over {A} gesloten."},
	{class: "political-agreement", text: "De onderhandelaars van de Raad en het Europees Parlement bereikten op {D} een akkoord over {A}."},
	// agreement: one body's consent
	{class: "agreement", text: "Coreper heeft op {D} ingestemd met de tekst van {A}."},
	{class: "agreement", text: "Op {D} stemde Coreper in met het compromis over {A}."},
	{class: "agreement", text: "De lidstaten gingen op {D} akkoord met {A}."},
	{class: "agreement", text: "Op {D} is in Coreper overeenstemming bereikt over {A}."},
	{class: "agreement", text: "Coreper bevestigde op {D} het akkoord over {A}."},
	// adoption
	{class: "adoption", text: "{A} is op {D} aangenomen."},
	{class: "adoption", text: "Op {D} heeft de Raad {A} aangenomen."},
	{class: "adoption", text: "De Raad nam {A} op {D} aan."},
	{class: "adoption", text: "Op {D} werd {A} formeel vastgesteld."},
	{class: "adoption", text: "{A} werd op {D} door de Raad aangenomen."},
	{class: "adoption", text: "De Raad stelde {A} op {D} vast."},
	{class: "adoption", text: "Op {D} volgde de formele aanneming van {A} door de Raad."},
	// proposal: the Commission's (the event of the Commission)
	{class: "proposal", text: "De Commissie presenteerde op {D} haar voorstel tot wijziging van {A}.", target: "european-commission"},
	{class: "proposal", text: "Op {D} heeft de Commissie een voorstel gedaan tot herziening van {A}.", target: "european-commission"},
	{class: "proposal", text: "Het voorstel tot wijziging van {A} werd op {D} door de Commissie gepresenteerd.", target: "european-commission"},
	{class: "proposal", text: "De Commissie heeft op {D} een voorstel ingediend tot wijziging van {A}.", target: "european-commission"},
	{class: "proposal", text: "Op {D} publiceerde de Europese Commissie een voorstel tot herziening van {A}.", target: "european-commission"},
	{class: "proposal", text: "De Commissie kwam op {D} met een voorstel tot wijziging van {A}.", target: "european-commission"},
	{class: "proposal", text: "Op {D} verscheen het voorstel van de Commissie tot wijziging van {A}.", target: "european-commission"},
	{class: "proposal", text: "De Raad besprak het op {D} door de Commissie gepresenteerde voorstel tot wijziging van {A}.", target: "european-commission"},
	{class: "proposal", text: "Het Commissievoorstel tot wijziging van {A} dateert van {D}.", target: "european-commission"},
	// publication: of the act in the Official Journal, of a Commission document
	{class: "publication", text: "{A} is op {D} in het Publicatieblad gepubliceerd."},
	{class: "publication", text: "Op {D} werd {A} gepubliceerd in het Publicatieblad van de Europese Unie."},
	{class: "publication", text: "{A} verscheen op {D} in het Publicatieblad."},
	{class: "publication", text: "De Commissie publiceerde op {D} haar mededeling over de toepassing van {A}.", target: "european-commission"},
	{class: "publication", text: "Op {D} heeft de Commissie het verslag over de toepassing van {A} uitgebracht.", target: "european-commission"},
	{class: "publication", text: "De Commissie bracht op {D} haar evaluatieverslag over {A} uit.", target: "european-commission"},
	// entry into force
	{class: "entry-into-force", text: "{A} treedt op {D} in werking.", future: true},
	{class: "entry-into-force", text: "Op {D} treedt {A} in werking.", future: true},
	{class: "entry-into-force", text: "{A} zal op {D} in werking treden.", future: true},
	{class: "entry-into-force", text: "De inwerkingtreding van {A} is voorzien op {D}.", future: true},
	{class: "entry-into-force", text: "{A} is op {D} in werking getreden."},
	{class: "entry-into-force", text: "Op {D} trad {A} in werking."},
	// entry into application
	{class: "entry-into-application", text: "{A} is van toepassing vanaf {D}.", future: true},
	{class: "entry-into-application", text: "Vanaf {D} is {A} van toepassing.", future: true},
	{class: "entry-into-application", text: "{A} wordt op {D} van toepassing.", future: true},
	{class: "entry-into-application", text: "{A} wordt met ingang van {D} toegepast.", future: true},
	{class: "entry-into-application", text: "{A} geldt vanaf {D}.", future: true},
	{class: "entry-into-application", text: "{A} is sinds {D} van toepassing."},
	// expiry
	{class: "expiry", text: "{A} verloopt op {D}.", future: true},
	{class: "expiry", text: "{A} blijft van toepassing tot {D}.", future: true},
	{class: "expiry", text: "De lidstaten moeten {A} uiterlijk op {D} hebben omgezet.", future: true},
	{class: "expiry", text: "De omzettingstermijn van {A} loopt af op {D}.", future: true},
	{class: "expiry", text: "{A} vervalt op {D}.", future: true},
	{class: "expiry", text: "De geldigheid van {A} eindigt op {D}.", future: true},
	{class: "expiry", text: "{A} is verlengd tot en met {D}.", future: true},
	// decision
	{class: "decision", text: "De Raad heeft op {D} besloten {A} te verlengen."},
	{class: "decision", text: "Op {D} besloot de Raad tot verlenging van {A}."},
	{class: "decision", text: "Het besluit over {A} werd op {D} genomen."},
	{class: "decision", text: "De Raad keurde {A} op {D} goed."},
	{class: "decision", text: "{A} is op {D} goedgekeurd."},
	// written after the rules above, to see how far they reach
	{class: "adoption", text: "De Raad heeft {A} op {D} definitief aangenomen."},
	{class: "adoption", text: "Het Europees Parlement en de Raad hebben {A} op {D} vastgesteld."},
	{class: "adoption", text: "De JBZ-Raad heeft {A} op {D} zonder discussie aangenomen."},
	{class: "decision", text: "Op {D} gaf de Raad groen licht voor {A}."},
	{class: "agreement", text: "Coreper heeft op {D} het compromis over {A} bekrachtigd."},
	{class: "mandate", text: "Op {D} werd in Coreper een akkoord bereikt over het mandaat voor {A}."},
	{class: "proposal", text: "Het voorstel tot wijziging van {A} is op {D} door de Commissie uitgebracht.", target: "european-commission"},
	{class: "proposal", text: "De Europese Commissie heeft op {D} voorgesteld {A} te herzien.", target: "european-commission"},
	{class: "publication", text: "{A} is op {D} bekendgemaakt in het Publicatieblad."},
	{class: "entry-into-force", text: "Per {D} is {A} van kracht.", future: true},
	{class: "entry-into-force", text: "{A} wordt op {D} van kracht.", future: true},
	{class: "expiry", text: "De werkingsduur van {A} is verlengd tot {D}.", future: true},
	{class: "checks-end", text: "Met ingang van {D} zijn de controles aan de binnengrenzen met Bulgarije afgeschaft.", target: "BG"},
	{class: "political-agreement", text: "Op {D} zijn de onderhandelingen over {A} afgerond met een voorlopig akkoord."},
	{class: "political-agreement", text: "De medewetgevers werden het op {D} eens over {A}."},
	{class: "general-approach", text: "De ministers legden op {D} hun algemene oriëntatie over {A} vast."},
	// the date in a subordinate or relative clause, the act in the sentence before
	{class: "general-approach", text: "De Raad besprak de uitvoering, nadat hij op {D} een algemene oriëntatie over {A} had bereikt."},
	{class: "entry-into-force", text: "De Commissie evalueert {A}, die op {D} in werking trad."},
	{class: "adoption", text: "De Kamer ontving {A}, die de Raad op {D} heeft aangenomen."},
	{class: "political-agreement", text: "De Raad besprak {A}. Op {D} werd hierover een voorlopig akkoord bereikt."},
	{class: "adoption", text: "Het kabinet steunt {A}. Deze richtlijn werd op {D} door de Raad aangenomen."},
	{class: "entry-into-force", text: "De Raad besprak {A}. De richtlijn treedt op {D} in werking.", future: true},
	{class: "general-approach", text: "Op {D} vond de JBZ-Raad plaats. Daar bereikten de ministers een algemene oriëntatie over {A}."},
	{class: "political-agreement", text: "Op {D} vond de laatste triloog over {A} plaats. Daarin werd een voorlopig akkoord bereikt."},
	// the verb at the end of a subordinate clause
	{class: "adoption", text: "De Kamer bespreekt {A}, die de Raad op {D} aannam."},
	{class: "agreement", text: "De onderhandelingen liepen vlot, nadat Coreper op {D} met {A} instemde."},
	{class: "proposal", text: "De Raad wachtte, tot de Commissie op {D} een voorstel tot wijziging van {A} presenteerde.", target: "european-commission"},
	{class: "general-approach", text: "Het kabinet is tevreden, omdat de Raad op {D} een algemene oriëntatie over {A} bereikte."},
	{class: "publication", text: "De Kamer ontving {A}, die op {D} in het Publicatieblad verscheen."},
	{class: "political-agreement", text: "Het kabinet steunt {A}, waarover de Raad en het Europees Parlement op {D} een voorlopig akkoord bereikten."},
	{class: "decision", text: "De Raad evalueert {A}, die hij op {D} goedkeurde."},
	{class: "entry-into-force", text: "Het kabinet meldt dat {A} op {D} in werking is getreden."},
	// the act named in the heading or the sentence before, the event's sentence naming none
	{class: "general-approach", text: "{A}\n\nOp {D} is een algemene oriëntatie bereikt."},
	{class: "adoption", text: "{A}\n\nDe richtlijn is op {D} door de Raad aangenomen."},
	{class: "publication", text: "{A}\n\nDe richtlijn is op {D} in het Publicatieblad gepubliceerd."},
	{class: "entry-into-force", text: "{A}\n\nDe richtlijn treedt op {D} in werking.", future: true},
	{class: "political-agreement", text: "Het kabinet steunt {A}. Over dit voorstel is op {D} in de triloog een voorlopig akkoord bereikt."},
	{class: "publication", text: "De Raad nam {A} aan. De tekst is op {D} in het Publicatieblad verschenen."},
	{class: "decision", text: "De Raad besprak {A}. Op {D} besloot de Raad hierover."},
	// checks at internal borders, accession: of a country
	{class: "checks-start", text: "Nederland voert vanaf {D} binnengrenscontroles uit.", future: true, target: "NL"},
	{class: "checks-start", text: "Duitsland heeft met ingang van {D} de grenscontroles heringevoerd.", target: "DE"},
	{class: "checks-end", text: "Vanaf {D} vinden er geen controles meer plaats aan de grenzen met Bulgarije.", future: true, target: "BG"},
	{class: "checks-end", text: "De controles aan de binnengrenzen met Bulgarije worden per {D} opgeheven.", future: true, target: "BG"},
	{class: "accession", text: "Met ingang van {D} treedt Bulgarije toe tot het Schengengebied.", future: true, target: "BG"},
	{class: "accession", text: "Bulgarije is op {D} toegetreden tot het Schengengebied.", target: "BG"},
	{class: "accession", text: "Op {D} trad Roemenië toe tot het Schengengebied.", target: "RO"},
}

// auditNonEvents are sentences that date no event of the act ("{A}"): a
// planned or hoped-for step, a condition, a discussion, a meeting, a
// letter, a week without a day, and the event of another act. target is
// what must carry no event on the date ("" for anything).
var auditNonEvents = []struct{ text, target string }{
	{"Het voorzitterschap hoopt op {F} een algemene oriëntatie over {A} te bereiken.", ""},
	{"Het voorzitterschap streeft ernaar op {F} een akkoord over {A} te bereiken.", ""},
	{"Het voorzitterschap wil op {F} een algemene oriëntatie over {A} bereiken.", ""},
	{"Tijdens de JBZ-Raad van {F} wil het voorzitterschap een algemene oriëntatie over {A} bereiken.", ""},
	{"{A} kan op {F} worden aangenomen als het Europees Parlement instemt.", ""},
	{"Indien op {F} een akkoord over {A} wordt bereikt, kan de Raad de tekst aannemen.", ""},
	{"Als de Raad op {F} instemt met {A}, volgt de stemming in het Parlement.", ""},
	{"De stemming over {A} is gepland op {F}.", ""},
	{"Het voorzitterschap beoogt {A} op {F} aan te nemen.", ""},
	{"Op {P} besprak de Raad {A}.", ""},
	{"Op {P} sprak de Raad over {A}, dat de Commissie in 2024 had voorgesteld.", ""},
	{"In de JBZ-Raad van 3 en 4 februari 2026 is gesproken over {A}.", ""},
	{"Van 3 tot en met 5 februari 2026 vonden trilogen plaats over {A}.", ""},
	{"Bij brief van {P} is uw Kamer geïnformeerd over {A}.", ""},
	{"De Raad heeft vorige week een algemene oriëntatie bereikt over {A}.", ""},
	{"Op {P} vond de JBZ-Raad plaats. Daar sprak de Raad over {A}.", ""},
	{"Op {P} vond de JBZ-Raad plaats. Inmiddels heeft de Raad een algemene oriëntatie over {A} bereikt.", ""},
	{"{A}\n\nOp {P} heeft de Commissie een mededeling over migratie gepubliceerd.", auditActKey},
	{"{A}\n\nOp {P} verscheen in het Publicatieblad een besluit over visa.", auditActKey},
	{"{A}\n\nOp {P} besprak de Raad de voortgang.", ""},
	// the words of the cues in other senses
	{"Op {P} gaf het voorzitterschap een toelichting op het mandaat voor {A}.", ""},
	{"Het kabinet is het op {P} eens met de Commissie over {A}.", ""},
	{"De Raad en het Europees Parlement begonnen op {P} de onderhandelingen om tot een akkoord over {A} te komen.", ""},
	{"Op {P} nam Nederland deel aan de bijeenkomst over {A}.", ""},
	{"Op {P} stelde de Raad vast dat {A} goed werkt.", ""},
	{"De Commissie legde op {P} uit hoe {A} wordt toegepast.", ""},
	{"Op {P} gaf de Commissie een toelichting op {A}.", ""},
	{"Op {P} kwam de Raad bijeen over {A}.", ""},
	{"Op {P} sprak Coreper over het mandaat voor {A}.", ""},
	{"Op {P} sprak de Raad over de verlenging van {A}, die tot 1 juli 2026 van kracht blijft.", ""},
	{"De Raad besprak {A}; " + auditOtherAct + " is op {P} aangenomen.", auditActKey},
	{"De Raad besprak {A}, terwijl " + auditOtherAct + " op {P} in werking is getreden.", auditActKey},
	{"Op {P} heeft de Raad " + auditOtherAct + " aangenomen; over {A} wordt nog onderhandeld.", auditActKey},
}

// auditHead and auditFoot frame one sentence as a letter of 12 March 2026.
const (
	auditHead = " Nr. 990  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 12 maart 2026 \n\n"
	auditFoot = "\n\nDe Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
)

// auditFloors: the audit fails below these counts.
const (
	minEventsRead      = 1442
	minEventsClassRead = 1442
	minNonEventsKept   = 378
)

func auditSentence(text, act string, d auditDate) string {
	s := strings.NewReplacer("{A}", act, "{D}", d.text, "{P}", d.text, "{F}", d.text).Replace(text)
	s = strings.ToUpper(s[:1]) + s[1:]
	return strings.ReplaceAll(s, "..", ".") // "3 februari jl.."
}

// auditEventsOf returns every event the letter of one sentence carries,
// by target key.
func auditEventsOf(t *testing.T, sentence string) map[string][]string {
	t.Helper()
	g := extractText(t, "kst-32317-990.txt", auditHead+sentence+auditFoot)
	out := map[string][]string{}
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.From.Key == g.Document.Key {
			out[r.To.Key] = append(out[r.To.Key], evs...)
		}
	}
	return out
}

func TestEventsAudit(t *testing.T) {
	read, classRead, total := 0, 0, 0
	missByClass := map[string]int{}
	for _, e := range auditEvents {
		dates := auditPast
		if e.future {
			dates = auditFuture
		}
		target := e.target
		if target == "" {
			target = auditActKey
		}
		for _, d := range dates {
			for _, act := range auditActs {
				total++
				s := auditSentence(e.text, act, d)
				got := auditEventsOf(t, s)[target]
				dated, classed := false, false
				for _, ev := range got {
					if strings.HasPrefix(ev, d.iso+" ") {
						dated = true
						classed = classed || ev == d.iso+" "+e.class
					}
				}
				switch {
				case !dated:
					missByClass[e.class]++
					t.Logf("MISS  %-22s %s → %v", e.class, s, got)
				case !classed:
					t.Logf("CLASS %-22s %s → %v", e.class, s, got)
				}
				if dated {
					read++
				}
				if classed {
					classRead++
				}
			}
		}
	}
	kept, nonTotal := 0, 0
	for _, n := range auditNonEvents {
		dates := auditPast
		if strings.Contains(n.text, "{F}") {
			dates = auditFuture
		}
		for _, d := range dates {
			for _, act := range auditActs {
				nonTotal++
				s := auditSentence(n.text, act, d)
				bad := ""
				for to, evs := range auditEventsOf(t, s) {
					for _, ev := range evs {
						if (n.target == "" || to == n.target) && strings.HasPrefix(ev, d.iso+" ") {
							bad = to + " " + ev
						}
					}
				}
				if bad != "" {
					t.Logf("FALSE %s → %s", s, bad)
					continue
				}
				kept++
			}
		}
	}
	var classes []string
	for k, n := range missByClass {
		classes = append(classes, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(classes)
	t.Logf("events audit: dated %d of %d, class right %d; non-events kept %d of %d; missed by class: %s",
		read, total, classRead, kept, nonTotal, strings.Join(classes, ", "))
	if read < minEventsRead || classRead < minEventsClassRead || kept < minNonEventsKept {
		t.Errorf("events audit: dated %d (floor %d), class right %d (floor %d), non-events kept %d (floor %d)",
			read, minEventsRead, classRead, minEventsClassRead, kept, minNonEventsKept)
	}
}

// The tense of a date's clause settles a date without a year: a past
// before the letter, a future or a period's start after it, both or
// neither the nearest day.
func TestEventClauseTense(t *testing.T) {
	for clause, want := range map[string]string{
		"Op 17 juni heeft de Raad een algemene oriëntatie bereikt":               "jl.",
		"Op 17 juni trad de verordening in werking":                              "jl.",
		"De richtlijn is op 17 juni goedgekeurd":                                 "jl.",
		"De verordening treedt op 1 januari in werking":                          "a.s.",
		"De lidstaten moeten de richtlijn uiterlijk op 1 januari hebben omgezet": "a.s.",
		"Vanaf 1 januari is de richtlijn van toepassing":                         "a.s.",
		"Duitsland heeft met ingang van 1 juli de controles heringevoerd":        "jl.",
		"De Raad bespreekt op 1 juli de richtlijn":                               "",
	} {
		if got := clauseTense(clause); got != want {
			t.Errorf("clauseTense(%q) = %q, want %q", clause, got, want)
		}
	}
}

// The cues added for separable verbs, compounds and the Parliament's part,
// and the words that look like them.
func TestEventCuesOfTheAudit(t *testing.T) {
	for s, want := range map[string]string{
		"De Raad nam de richtlijn op 3 maart aan.":                                        "adoption",
		"Nederland nam op 3 maart deel aan de vergadering.":                               "",
		"De Raad stelde op 3 maart vast dat de richtlijn werkt.":                          "",
		"De Raad keurde de richtlijn op 3 maart goed.":                                    "decision",
		"Over de richtlijn is op 3 maart een akkoord bereikt met het Europees Parlement.": "political-agreement",
		"Coreper heeft op 3 maart een akkoord bereikt over de richtlijn.":                 "agreement",
		"Op 3 maart stelde Coreper het onderhandelingsmandaat vast.":                      "mandate",
		"De Commissie kwam op 3 maart met een voorstel.":                                  "proposal",
		"De Commissie kwam op 3 maart bijeen.":                                            "",
		"De Commissie bracht op 3 maart haar evaluatieverslag uit.":                       "publication",
		"Per 1 juli is de verordening van kracht.":                                        "entry-into-force",
		"Bulgarije is op 3 maart toegetreden tot het Schengengebied.":                     "accession",
		"De geldigheid van het besluit eindigt op 1 juli.":                                "expiry",
		// the verb at the end of a subordinate clause
		"de richtlijn, die de Raad op 3 maart aannam":           "adoption",
		"dat de verordening op 3 maart in werking is getreden":  "entry-into-force",
		"tot de Commissie op 3 maart een voorstel presenteerde": "proposal",
		"Daar bereikten de ministers een algemene oriëntatie":   "general-approach",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("sentenceCue(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Daar bereikten de ministers een algemene oriëntatie": true,
		"Daarom steunt het kabinet het voorstel":              false,
		"Tijdens deze bijeenkomst werd een akkoord bereikt":   true,
	} {
		if got := thereRe.MatchString(s); got != want {
			t.Errorf("thereRe(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Het voorzitterschap hoopt op 3 maart een akkoord te bereiken": true,
		"Indien op 3 maart een akkoord wordt bereikt":                  true,
		"De richtlijn kan op 3 maart worden aangenomen":                true,
		"Op 3 maart zal Coreper naar verwachting instemmen":            false, // expected on a day: an event
		"Op 3 maart heeft de Raad de richtlijn aangenomen":             false,
	} {
		if got := plannedRe.MatchString(s); got != want {
			t.Errorf("plannedRe(%q) = %v, want %v", s, got, want)
		}
	}
}

// A weekday before the day and "j.l." for "jl." are read with the date.
func TestEventDateWeekdayAndJL(t *testing.T) {
	letter := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	if got, ok := eventDate("3", "juni", "", "j.l.", letter, true); !ok || got != "2025-06-03" {
		t.Errorf(`eventDate("3 juni j.l.") = %q, want 2025-06-03`, got)
	}
	for sentence, want := range map[string]string{
		"Duitsland voert met ingang van dinsdag 3 februari 2026 weer binnengrenscontroles in.":    "checks-start",
		"De Kamer ontving het op dinsdag 3 februari 2026 gepubliceerde verslag van de Commissie.": "publication",
		"De Raad vergaderde op dinsdag 3 februari 2026 over de controles.":                        "",
	} {
		doc := eventLetterHead + sentence + "\n\n" + eventLetterFoot
		g := extractText(t, "kst-32317-991.txt", strings.Replace(doc, "971", "991", 1))
		got := ""
		for _, r := range g.Relations {
			if evs, ok := r.Props["events"].([]string); ok {
				for _, ev := range evs {
					if strings.HasPrefix(ev, "2026-02-03 ") {
						got = strings.TrimPrefix(ev, "2026-02-03 ")
					}
				}
			}
		}
		if got != want {
			t.Errorf("%q: event of 3 February %q, want %q", sentence, got, want)
		}
	}
}
