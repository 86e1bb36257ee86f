package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestEventUsageAudit puts every form of eventUsageForms (events_inventory_test.go,
// the forms of the development letters) in every tense — past, perfect,
// past and perfect passive, the future the letter expects — every order —
// main clause, inversion after the date, subordinate clause — every date
// form and every way of naming the act, in fictional sentences, one to a
// letter of 12 March 2026 (auditHead), and counts what is read: the event on
// its target and day, and its class. The sentences of eventUsageSentences
// are read in every date and act form; the wished and hoped-for steps of
// every form and eventUsageNonEvents must date no event. The floors are
// what the rules read when the audit was written; a rule that loses forms
// shows.

// usageDate is a way to write the day ("{D}"): the date phrase with "{D}"
// for the day, the day's text, and the ISO date a letter of 12 March 2026
// means.
type usageDate struct {
	name, phrase, day, iso string
}

var usagePastDates = []usageDate{
	{"year", "op {D}", "3 februari 2026", "2026-02-03"},
	{"jl.", "op {D}", "3 februari jl.", "2026-02-03"},
	{"no year", "op {D}", "3 februari", "2026-02-03"},
	{"weekday", "op {D}", "dinsdag 3 februari 2026", "2026-02-03"},
	{"bare", "{D}", "3 februari 2026", "2026-02-03"},
	{"meeting", "tijdens de JBZ-Raad van {D}", "3 februari 2026", "2026-02-03"},
}

var usageFutureDates = []usageDate{
	{"year", "op {D}", "1 juli 2026", "2026-07-01"},
	{"a.s.", "op {D}", "1 juli a.s.", "2026-07-01"},
	{"no year", "op {D}", "1 juli", "2026-07-01"},
	{"weekday", "op {D}", "woensdag 1 juli 2026", "2026-07-01"},
	{"bare", "{D}", "1 juli 2026", "2026-07-01"},
	{"meeting", "tijdens de JBZ-Raad van {D}", "1 juli 2026", "2026-07-01"},
}

// usageAct is a way to name the act: before is a sentence or heading put
// before the event's sentence, name what the event's sentence calls it.
type usageAct struct{ kind, before, name string }

var usageActs = []usageAct{
	{"name", "", "de Terugkeerrichtlijn"},
	{"number", "", "Richtlijn 2008/115/EG"},
	{"back", "Het kabinet steunt de Terugkeerrichtlijn. ", "deze richtlijn"},
	{"heading", "Terugkeerrichtlijn\n\n", "de richtlijn"},
}

const usageActKey = "32008L0115"

// usageClause is one generated clause: its text, whether it dates a day
// after the letter, and the tense and order it was made in.
type usageClause struct {
	text, tense, order string
	future             bool
}

// joinParticle puts a separable verb's particle before its finite form in
// a subordinate clause: "aan" + "nam" = "aannam", "in werking" + "trad" =
// "in werking trad".
func joinParticle(particle, verb string) string {
	switch {
	case particle == "":
		return verb
	case strings.Contains(particle, " "):
		return particle + " " + verb
	}
	return particle + verb
}

// usageTeInf is "te" with the infinitive: "aan te nemen", "te bereiken".
func usageTeInf(v usageVerb) string {
	if v.particle != "" && strings.HasPrefix(v.inf, v.particle) {
		return v.particle + " te " + strings.TrimSpace(strings.TrimPrefix(v.inf, v.particle))
	}
	return "te " + v.inf
}

func usageWords(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// usageClauses conjugates a form with actor a, date phrase p and object o
// (the act already put in) into every tense and order.
func usageClauses(f eventUsage, a usageActor, p, o string) []usageClause {
	v := f.verb
	var out []usageClause
	add := func(tense, order, text string, future bool) {
		out = append(out, usageClause{text: text, tense: tense, order: order, future: future})
	}
	// where the object and the particle go: "nam X op D aan", "stemde op D in met X"
	main := func(rest string) (string, string) { // the words after the finite verb and subject
		if f.objectLast {
			return p, usageWords(rest, o)
		}
		return usageWords(p, o), rest
	}
	if a.text != "" {
		fin := v.past
		if a.plural {
			fin = v.pastPl
		}
		aux := v.aux
		if a.plural {
			aux = map[string]string{"heeft": "hebben", "is": "zijn"}[aux]
		}
		if fin != "" {
			mid, end := main(v.particle)
			add("past", "V2", usageWords(a.text, fin, mid, end), false)
			add("past", "inversion", usageWords(p, fin, a.text, usageWords(o, v.particle)), false)
			if f.objectLast {
				add("past", "inversion", usageWords(p, fin, a.text, v.particle, o), false)
			}
			add("past", "subordinate", "Het kabinet meldt dat "+usageWords(a.text, p, o, joinParticle(v.particle, fin)), false)
		}
		if v.part != "" && aux != "" {
			mid, end := main(v.part)
			add("perfect", "V2", usageWords(a.text, aux, mid, end), false)
			add("perfect", "inversion", usageWords(p, aux, a.text, o, v.part), false)
			add("perfect", "subordinate", "Het kabinet meldt dat "+usageWords(a.text, p, o, v.part, aux), false)
		}
		if v.inf != "" {
			zal := "zal"
			if a.plural {
				zal = "zullen"
			}
			add("future", "V2", usageWords(a.text, zal, "naar verwachting", p, o, v.inf), true)
			add("future", "inversion", usageWords(p, zal, a.text, "naar verwachting", o, v.inf), true)
			add("future", "subordinate", "Het kabinet verwacht dat "+usageWords(a.text, p, o, zal, v.inf), true)
		}
		if f.passive && v.part != "" {
			er := strings.HasPrefix(o, "een ") || strings.HasPrefix(o, "overeenstemming")
			door := "door " + a.text
			if er {
				add("passive", "V2", usageWords("Er werd", p, o, door, v.part), false)
				add("passive-perfect", "V2", usageWords("Er is", p, o, door, v.part), false)
			} else {
				add("passive", "V2", usageWords(o, "werd", p, door, v.part), false)
				add("passive-perfect", "V2", usageWords(o, "is", p, door, v.part), false)
			}
			add("passive", "inversion", usageWords(p, "werd", o, v.part), false)
			add("passive-perfect", "inversion", usageWords(p, "is", o, v.part), false)
			add("passive", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, door, "werd", v.part), false)
			add("passive-perfect", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, v.part, "is"), false)
		}
		return out
	}
	// no actor: the object is the subject ("{A} treedt op {D} in werking")
	if v.past != "" {
		add("past", "V2", usageWords(o, v.past, p, v.particle), false)
		add("past", "inversion", usageWords(p, v.past, o, v.particle), false)
		add("past", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, joinParticle(v.particle, v.past)), false)
	}
	if v.part != "" {
		add("perfect", "V2", usageWords(o, v.aux, p, v.part), false)
		add("perfect", "inversion", usageWords(p, v.aux, o, v.part), false)
		add("perfect", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, v.part, v.aux), false)
	}
	if v.present != "" {
		add("present", "V2", usageWords(o, v.present, p, v.particle), true)
		add("present", "inversion", usageWords(p, v.present, o, v.particle), true)
		add("present", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, joinParticle(v.particle, v.present)), true)
	}
	if v.inf != "" {
		add("future", "V2", usageWords(o, "zal", p, v.inf), true)
		add("future", "inversion", usageWords(p, "zal", o, v.inf), true)
		add("future", "subordinate", "Het kabinet meldt dat "+usageWords(o, p, "zal", v.inf), true)
	}
	return out
}

// usagePlanned conjugates a form with an actor into steps only wished or
// hoped for: no event.
func usagePlanned(f eventUsage, a usageActor, p, o string) []string {
	v := f.verb
	if a.text == "" || v.inf == "" {
		return nil
	}
	wil, hoopt := "wil", "hoopt"
	if a.plural {
		wil, hoopt = "willen", "hopen"
	}
	return []string{
		usageWords(a.text, wil, p, o, v.inf),
		usageWords(a.text, hoopt, p, o, usageTeInf(v)),
		usageWords(a.text, "streeft ernaar", p, o, usageTeInf(v)),
	}
}

// usageText makes a letter's text of a clause: the sentence capitalised
// and closed, after the act's sentence or heading.
func usageText(act usageAct, clause string) string {
	s := strings.TrimSpace(clause)
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return strings.ReplaceAll(act.before+s, "..", ".")
}

// usageFill puts the act and the day in.
func usageFill(text string, act usageAct, d usageDate) string {
	return strings.NewReplacer("{A}", act.name, "{D}", d.day).Replace(text)
}

// usageEvents reads a letter's text and returns the events by target id
// ("celex:…", "org:…", "country:…").
func usageEvents(t *testing.T, text string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for to, evs := range auditEventsOf(t, text) {
		id := "org:" + to
		switch {
		case to == usageActKey || (len(to) == 10 && to[0] == '3'):
			id = "celex:" + to
		case len(to) == 2:
			id = "country:" + to
		}
		out[id] = append(out[id], evs...)
	}
	return out
}

// usageTally counts what the audit reads, overall and per part.
type usageTally struct {
	total, dated, classed int
	missBy                map[string]int
}

func (u *usageTally) count(dated, classed bool, parts ...string) {
	u.total++
	if dated {
		u.dated++
	}
	if classed {
		u.classed++
	}
	if !dated {
		if u.missBy == nil {
			u.missBy = map[string]int{}
		}
		for _, p := range parts {
			u.missBy[p]++
		}
		if len(parts) > 1 {
			u.missBy[parts[len(parts)-1]+"×"+parts[0]]++
		}
	}
}

func (u *usageTally) misses() string {
	var list []string
	for k, n := range u.missBy {
		list = append(list, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(list)
	return strings.Join(list, ", ")
}

// usageFloors: the audit fails below these counts.
const (
	minUsageDated      = 8172
	minUsageClassed    = 8172
	minUsageNonEvents  = 546
	minUsageSentences  = 355
	usageLogMissesUpTo = 400
)

func TestEventUsageAudit(t *testing.T) {
	var forms, sentences usageTally
	logged := 0
	sampled := map[string]int{}
	check := func(tally *usageTally, text, class, target string, d usageDate, parts ...string) {
		got := usageEvents(t, text)[target]
		dated, classed := false, false
		for _, ev := range got {
			if strings.HasPrefix(ev, d.iso+" ") {
				dated = true
				classed = classed || ev == d.iso+" "+class
			}
		}
		tally.count(dated, classed, parts...)
		key := strings.Join(parts[:min(2, len(parts))], " ") + " " + parts[len(parts)-1]
		if (!dated || !classed) && logged < usageLogMissesUpTo && sampled[key] < 2 {
			logged++
			sampled[key]++
			kind := "MISS"
			if dated {
				kind = "CLASS"
			}
			t.Logf("%-5s %-22s [%s] %q → %v", kind, class, strings.Join(parts, " "), text, usageEvents(t, text))
		}
	}
	for _, f := range eventUsageForms {
		target := f.target
		if target == "" {
			target = "celex:" + usageActKey
		}
		for _, a := range f.actors {
			for _, act := range usageActs {
				o := strings.ReplaceAll(f.object, "{A}", act.name)
				for _, future := range []bool{false, true} {
					dates := usagePastDates
					if future {
						dates = usageFutureDates
					}
					for _, d := range dates {
						if d.name == "meeting" && (a.text == "" || f.target == "org:european-commission") {
							continue // a meeting is where the Council acts
						}
						for _, c := range usageClauses(f, a, d.phrase, o) {
							if c.future != future {
								continue
							}
							text := usageText(act, usageFill(c.text, act, d))
							check(&forms, text, f.class, target, d, "tense:"+c.tense, "order:"+c.order, "date:"+d.name, "act:"+act.kind, "class:"+f.class)
						}
					}
				}
			}
		}
	}
	for _, s := range eventUsageSentences {
		target := s.target
		if target == "" {
			target = "celex:" + usageActKey
		}
		dates := usagePastDates
		if s.future {
			dates = usageFutureDates
		}
		for _, d := range dates {
			if d.name == "meeting" || (d.name == "bare" && !strings.Contains(s.text, "op {D}")) {
				continue
			}
			for _, act := range usageActs {
				text := s.text
				if d.name == "bare" {
					text = strings.Replace(text, "op {D}", "{D}", 1)
				}
				check(&sentences, usageText(act, usageFill(text, act, d)), s.class, target, d, "date:"+d.name, "act:"+act.kind, "source:"+s.source)
			}
		}
	}
	kept, nonTotal := 0, 0
	nonEvent := func(text string, d usageDate) {
		nonTotal++
		for to, evs := range usageEvents(t, text) {
			for _, ev := range evs {
				if strings.HasPrefix(ev, d.iso+" ") {
					t.Logf("FALSE %q → %s %s", text, to, ev)
					return
				}
			}
		}
		kept++
	}
	for _, f := range eventUsageForms {
		for _, a := range f.actors {
			for _, act := range usageActs[:2] {
				o := strings.ReplaceAll(f.object, "{A}", act.name)
				for _, d := range usageFutureDates[:3] {
					for _, s := range usagePlanned(f, a, d.phrase, o) {
						nonEvent(usageText(act, usageFill(s, act, d)), d)
					}
				}
			}
		}
	}
	for _, n := range eventUsageNonEvents {
		for _, act := range usageActs {
			for _, d := range usagePastDates[:3] {
				nonEvent(usageText(act, usageFill(n.text, act, d)), d)
			}
		}
	}
	t.Logf("event usage audit: forms dated %d of %d, class right %d; letter sentences dated %d of %d, class right %d; non-events kept %d of %d",
		forms.dated, forms.total, forms.classed, sentences.dated, sentences.total, sentences.classed, kept, nonTotal)
	t.Logf("forms missed by part: %s", forms.misses())
	t.Logf("letter sentences missed by part: %s", sentences.misses())
	if forms.dated < minUsageDated || forms.classed < minUsageClassed || kept < minUsageNonEvents || sentences.dated < minUsageSentences {
		t.Errorf("event usage audit below its floors: forms dated %d (floor %d), class right %d (floor %d), sentences dated %d (floor %d), non-events kept %d (floor %d)",
			forms.dated, minUsageDated, forms.classed, minUsageClassed, sentences.dated, minUsageSentences, kept, minUsageNonEvents)
	}
}

// The cues the usage audit added, and the words that look like them.
func TestEventUsageCues(t *testing.T) {
	for s, want := range map[string]string{
		// the mandate and general approach in the past of a separable verb
		"dat Coreper op 4 mei het onderhandelingsmandaat voor de verordening vaststelde":        "mandate",
		"Op 4 mei keurde Coreper het mandaat voor de triloog goed":                              "mandate",
		"dat de Raad op 4 mei een algemene oriëntatie over de richtlijn vaststelde":             "general-approach",
		"De Raad van 4 mei is een algemene oriëntatie over de verordening overeengekomen":       "general-approach",
		"De Raad keurde op 4 mei de richtlijn goed":                                             "decision",
		"dat de Commissie op 4 mei jl. een voorstel tot wijziging van de verordening deed":      "proposal",
		"Het kabinet verwacht dat de Commissie op 4 mei a.s. een voorstel zal presenteren":      "proposal",
		"Coreper heeft op 4 mei jl. overeenstemming over de richtlijn bereikt":                  "agreement",
		"Op 4 mei bereikten de lidstaten overeenstemming over de tekst":                         "agreement",
		"De Raad zal naar verwachting op 4 mei a.s. een akkoord over de richtlijn bereiken":     "agreement",
		"De Raad zal op 4 mei de verordening aannemen":                                          "adoption",
		"De Raad zal op 4 mei tot verlenging besluiten.":                                        "decision",
		"dat de verordening op 4 mei van toepassing werd":                                       "entry-into-application",
		"De Commissie heeft op 4 mei jl. een aanbeveling over de terugkeer uitgebracht":         "publication",
		"De Commissie bracht 4 mei 2026 haar evaluatie van de richtlijn uit":                    "publication",
		"Op 4 mei werd een mededeling over de grenzen gepubliceerd":                             "publication",
		"De Raad kwam op 4 mei bijeen om overeenstemming over de tekst te bereiken":             "",
		"Het rapport werd op 4 mei uitgebracht door de Rekenkamer":                              "",
		"Er is op 4 mei geen overeenstemming over de tekst bereikt":                             "",
		"De Raad heeft op 4 mei niet ingestemd met de richtlijn":                                "",
		"Op 4 mei heeft de Commissie een pakket gepubliceerd met een niet-bindende aanbeveling": "publication",
		"Uiterlijk op 4 mei 2027 zal de Commissie een verslag uitbrengen over de uitvoering":    "",
		"Het voorzitterschap besprak op 4 mei het mandaat van het agentschap":                   "",
		"Op 4 mei sprak de Raad over de akkoorden met derde landen":                             "",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("sentenceCue(%q) = %q, want %q", s, got, want)
		}
	}
	if !plannedRe.MatchString("De ministers hopen op 4 mei een akkoord te bereiken") {
		t.Error(`plannedRe does not read "hopen" as a step hoped for`)
	}
}

// What the events the usage audit added concern: the Commission for a
// proposal or communication published without an agent, and for a
// Commission document about an act of the sentence before; not the body
// named as a proposal's author in an agreement.
func TestEventUsageTargets(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string][]string
	}{
		{"Op 3 februari jl. werd een voorstel tot wijziging van de Terugkeerrichtlijn gepresenteerd.",
			map[string][]string{"european-commission": {"2026-02-03 proposal"}, usageActKey: nil}},
		{"Het kabinet constateert dat op 3 februari 2026 een mededeling over de grenzen is gepubliceerd.",
			map[string][]string{"european-commission": {"2026-02-03 publication"}}},
		{"Het kabinet steunt de Terugkeerrichtlijn. Op 3 februari 2026 bracht de Europese Commissie een aanbeveling over de uitvoering van deze richtlijn uit.",
			map[string][]string{"european-commission": {"2026-02-03 publication"}, usageActKey: nil}},
		{"Op 3 februari jl. hebben de lidstaten in Coreper overeenstemming bereikt over de positie van de Raad ten aanzien van het voorstel van de Europese Commissie voor de begroting.",
			map[string][]string{"coreper": {"2026-02-03 agreement"}, "european-commission": nil}},
		{"Op 3 februari jl. werd het wetsvoorstel ingediend bij de Kamer.",
			map[string][]string{"european-commission": nil}},
	} {
		got := auditEventsOf(t, c.text)
		for to, want := range c.want {
			if strings.Join(got[to], ",") != strings.Join(want, ",") {
				t.Errorf("%q: events of %s %v, want %v (all: %v)", c.text, to, got[to], want, got)
			}
		}
	}
}

// A Commission document of an act is the Commission's event, not the
// act's; so is a publication in a relative clause whose sentence names the
// Commission.
func TestEventUsageDocumentOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string][]string
	}{
		{"Op 3 februari 2026 publiceerde de Europese Commissie haar evaluatie van de Terugkeerrichtlijn.",
			map[string][]string{"european-commission": {"2026-02-03 publication"}, usageActKey: nil}},
		{"De Commissie gaf een toelichting op de strategie over de grenzen, die op 3 februari jl. werd gepubliceerd.",
			map[string][]string{"european-commission": {"2026-02-03 publication"}}},
		{"Het kabinet steunt de Terugkeerrichtlijn. Op 3 februari jl. werd een voorstel tot wijziging van deze richtlijn gepresenteerd.",
			map[string][]string{"european-commission": {"2026-02-03 proposal"}, usageActKey: nil}},
		{"Op 3 februari jl. werd een voorstel tot herziening van Richtlijn 2008/115/EG gepubliceerd.",
			map[string][]string{"european-commission": {"2026-02-03 proposal"}, usageActKey: nil}},
		{"De Raad en het Europees Parlement bereikten een voorlopig akkoord over de Terugkeerrichtlijn in de JBZ-Raad van dinsdag 3 februari 2026.",
			map[string][]string{usageActKey: {"2026-02-03 political-agreement"}}},
		{"De Terugkeerrichtlijn is op 3 februari 2026 in het Publicatieblad gepubliceerd.",
			map[string][]string{usageActKey: {"2026-02-03 publication"}, "european-commission": nil}},
	} {
		got := auditEventsOf(t, c.text)
		for to, want := range c.want {
			if strings.Join(got[to], ",") != strings.Join(want, ",") {
				t.Errorf("%q: events of %s %v, want %v (all: %v)", c.text, to, got[to], want, got)
			}
		}
	}
}
