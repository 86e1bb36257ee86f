package ingest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The audit of the clause structure around a cue (clause_structure.go,
// docs/stances.md "Clause structure: coordination, the subject, actor
// phrases"): every sentence is fictional, generated from the grammar of
// the class — actor kinds, tense, main clause (V2), inversion after a
// fronted phrase, subordinate (verb-final) order, modals, negation,
// coordination with and without a comma, long middle fields — with the
// positions a reader finds in it.

// clausePos is one position a reader finds in a generated sentence.
type clausePos struct {
	stance stance
	actor  string // HOLDS ids joined with "+", or the actor's words
	subj   string // a part of the subject's words ("" when it does not matter)
	not    string // words the subject must not hold ("" for none)
}

type clauseCase struct {
	paras []string // the letter's paragraphs; the last holds the sentence
	date  string
	want  []clausePos
	// the cells it counts in
	family, order, actor string
}

// clauseActor is an actor form with its agreement.
type clauseActor struct {
	words  string
	want   string
	plural bool
}

var clauseActors = []clauseActor{
	{"het kabinet", "country:NL", false},
	{"Nederland", "country:NL", false},
	{"de Commissie", "org:european-commission", false},
	{"Frankrijk", "country:FR", false},
	{"het voorzitterschap", "country:PL", false},
	{"enkele lidstaten", "enkele lidstaten", true},
	{"Spanje en Portugal", "country:ES+country:PT", true},
}

// clauseVerb is a finite verb phrase in its four forms: present and past,
// singular and plural; the object follows it.
type clauseVerb struct {
	forms  [4]string // pres sg, pres pl, past sg, past pl
	obj    string
	stance stance
	subj   string
	not    string // a word of this conjunct no other's subject holds
}

func (v clauseVerb) form(past, plural bool) string {
	i := 0
	if plural {
		i++
	}
	if past {
		i += 2
	}
	return v.forms[i]
}

// the first conjuncts and the second ones
var (
	clauseFirst = []clauseVerb{
		{[4]string{"steunt", "steunen", "steunde", "steunden"}, "het voorstel voor een terugkeerfonds", stSupport, "terugkeerfonds", ""},
		{[4]string{"verwelkomt", "verwelkomen", "verwelkomde", "verwelkomden"}, "de mededeling over de buitengrenzen", stWelcome, "buitengrenzen", ""},
	}
	clauseSecond = []clauseVerb{
		{[4]string{"vindt het belangrijk", "vinden het belangrijk", "vond het belangrijk", "vonden het belangrijk"}, "dat de lidstaten de lasten delen", stPriority, "lasten delen", "lasten"},
		{[4]string{"maakt zich zorgen over", "maken zich zorgen over", "maakte zich zorgen over", "maakten zich zorgen over"}, "de kosten van het systeem", stConcern, "kosten van het systeem", "kosten"},
		{[4]string{"zet zich in voor", "zetten zich in voor", "zette zich in voor", "zetten zich in voor"}, "een snelle afronding van het pact", stCommit, "snelle afronding van het pact", "afronding"},
		{[4]string{"wijst", "wijzen", "wees", "wezen"}, "een verplichte herverdeling af", stOppose, "verplichte herverdeling", "herverdeling"},
		{[4]string{"herinnert eraan dat het de aanpak van smokkel belangrijk vindt", "herinneren eraan dat zij de aanpak van smokkel belangrijk vinden",
			"herinnerde eraan dat het de aanpak van smokkel belangrijk vond", "herinnerden eraan dat zij de aanpak van smokkel belangrijk vonden"}, "", stPriority, "aanpak van smokkel", "smokkel"},
	}
)

// clauseCountries are the states a sentence helps or names in its object.
var clauseCountries = []struct{ words, id string }{{"Oekraïne", "country:UA"}, {"Moldavië", "country:MD"}, {"Georgië", "country:GE"}}

func clauseCases() []clauseCase {
	var out []clauseCase
	add := func(family, order, actor string, want []clausePos, paras ...string) {
		for k := range paras {
			paras[k] = squashSpaces(paras[k])
		}
		out = append(out, clauseCase{paras: paras, date: "14 maart 2025", want: want, family: family, order: order, actor: actor})
	}
	// 1. coordinated finite verbs share the subject; the first object ends
	// before "(,) en / maar <verb>", the second conjunct holds its own
	for _, a := range clauseActors {
		for _, f := range clauseFirst {
			for _, s := range clauseSecond {
				for _, past := range []bool{false, true} {
					for _, join := range []string{" en", ", en", ", maar"} {
						if join == ", maar" && s.stance != stConcern && s.stance != stOppose {
							continue
						}
						sec := s.form(past, a.plural)
						if a.want == "country:NL" && strings.Contains(sec, "dat het") {
							continue // "het" after the cabinet's "herinnert eraan" is the cabinet: as below
						}
						sent := capFirst(a.words) + " " + f.form(past, a.plural) + " " + f.obj + join + " " + sec + " " + s.obj + "."
						tense := "present"
						if past {
							tense = "past"
						}
						add("coordination", "V2 "+tense+" "+strings.TrimSpace(join), a.words, []clausePos{
							{f.stance, a.want, f.subj, s.not},
							{s.stance, a.want, s.subj, ""},
						}, sent)
						// a fronted phrase: the subject after the verb
						inv := "Tijdens de Raad " + f.form(past, a.plural) + " " + a.words + " " + f.obj + join + " " + sec + " " + s.obj + "."
						add("coordination", "inversion "+tense+" "+strings.TrimSpace(join), a.words, []clausePos{
							{f.stance, a.want, f.subj, s.not},
							{s.stance, a.want, s.subj, ""},
						}, inv)
					}
				}
			}
		}
	}
	// 2. a shared auxiliary: "heeft A <participle> en ingestemd met B"
	for _, a := range clauseActors {
		aux := "heeft"
		if a.plural {
			aux = "hebben"
		}
		for _, first := range []string{"het verslag besproken", "het aangepaste rapport over terugkeer aangenomen", "de resultaten van de evaluatie ontvangen"} {
			add("shared auxiliary", "V2", a.words, []clausePos{{stAgree, a.want, "de conclusies over terugkeer", "besproken"}},
				capFirst(a.words)+" "+aux+" "+first+" en ingestemd met de conclusies over terugkeer.")
			add("shared auxiliary", "inversion", a.words, []clausePos{{stAgree, a.want, "de conclusies over terugkeer", "besproken"}},
				"Vervolgens "+aux+" "+a.words+" "+first+" en ingestemd met de conclusies over terugkeer.")
		}
	}
	// 3. the object is no actor: a state helped, or named inside the
	// object, between the subject and the clause-final verb
	for _, a := range clauseActors[:5] {
		for _, c := range clauseCountries {
			if a.words == "de Commissie" {
				continue // "de Commissie Oekraïne" reads as a named commission (the mention layer)
			}
			for _, cl := range []struct{ order, s string }{
				{"V2", "{A} blijft {C} steunen."},
				{"V2 middle field", "{A} blijft {C} politiek, financieel en militair steunen."},
				{"inversion", "Ook in 2025 blijft {a} {C} steunen."},
				{"subordinate", "Het kabinet benadrukt dat {a} {C} blijft steunen."},
				{"subordinate reported", "De minister zal onderstrepen dat {a} {C} onverminderd blijft steunen."},
			} {
				s := strings.NewReplacer("{A}", capFirst(a.words), "{a}", a.words, "{C}", c.words).Replace(cl.s)
				add("object no actor", "help "+cl.order, a.words, []clausePos{{stCommit, a.want, c.words, ""}}, s)
			}
			for _, cl := range []struct{ order, s string }{
				{"V2", "{A} blijft de hervormingen in {C} steunen."},
				{"inversion", "Ondanks de kritiek blijft {a} de hervormingen in {C} steunen."},
				{"subordinate", "Het kabinet benadrukt dat {a} de hervormingen in {C} blijft steunen."},
				{"modal", "{A} kan de hervormingen in {C} steunen."},
			} {
				s := strings.NewReplacer("{A}", capFirst(a.words), "{a}", a.words, "{C}", c.words).Replace(cl.s)
				add("object no actor", "inside "+cl.order, a.words, []clausePos{{stSupport, a.want, "hervormingen in " + c.words, ""}}, s)
			}
		}
	}
	// a pronoun subject after the finite verb points back
	for _, c := range clauseCountries {
		add("object no actor", "pronoun", "zij", []clausePos{{stSupport, "org:european-commission", "hervormingen in " + c.words, ""}},
			"De Commissie presenteerde in januari een plan. Ondanks de kritiek blijft zij de hervormingen in "+c.words+" steunen.")
		add("object no actor", "pronoun", "het", []clausePos{{stSupport, "country:DE", "hervormingen in " + c.words, ""}},
			"Duitsland presenteerde in januari een plan. Ondanks de kritiek blijft het de hervormingen in "+c.words+" steunen.")
	}
	// 4. actor phrases: an adjective, a relative clause
	for _, ap := range []struct{ words, want string }{
		{"het toenmalige kabinet", "country:NL"}, {"het huidige kabinet", "country:NL"}, {"het vorige kabinet", "country:NL"},
		{"de huidige regering", "country:NL"}, {"de vorige regering", "country:NL"},
		{"de betrokken lidstaten", "de betrokken lidstaten"},
		{"de lidstaten die zich hadden uitgesproken", "de lidstaten die zich hadden uitgesproken"},
		{"de lidstaten die het woord hadden gevoerd", "de lidstaten die het woord hadden gevoerd"},
	} {
		plural := strings.Contains(ap.words, "lidstaten")
		has, steunt, steunde, zegt := "heeft", "steunt", "steunde", "zegde"
		if plural {
			has, steunt, steunde, zegt = "hebben", "steunen", "steunden", "zegden"
		}
		want := []clausePos{{stSupport, ap.want, "terugkeerfonds", ""}}
		add("actor phrase", "V2", ap.words, want, capFirst(ap.words)+" "+steunt+" het voorstel voor een terugkeerfonds.")
		add("actor phrase", "inversion perfect", ap.words, want, "In 2019 "+has+" "+ap.words+" het voorstel voor een terugkeerfonds gesteund.")
		add("actor phrase", "subordinate", ap.words, want, "Uit de stukken blijkt dat "+ap.words+" het voorstel voor een terugkeerfonds "+steunde+".")
		add("actor phrase", "commit", ap.words, []clausePos{{stCommit, ap.want, "de schade te compenseren", ""}},
			"In 2019 "+has+" "+ap.words+" toegezegd om de schade te compenseren.")
		add("actor phrase", "past commit", ap.words, []clausePos{{stCommit, ap.want, "de schade te compenseren", ""}},
			capFirst(ap.words)+" "+zegt+" in 2019 toe om de schade te compenseren.")
		if plural {
			add("actor phrase", "subordinate priority", ap.words, []clausePos{{stPriority, ap.want, "onafhankelijkheid van het parket", ""}},
				"Het voorzitterschap concludeerde dat "+ap.words+" belang hechten aan de onafhankelijkheid van het parket.")
		}
	}
	// 5. the voices of a Council report: "de voorzitter" is the
	// presidency, "de ministers" the Council's ministers
	report := "Verslag van de JBZ-Raad van 13 en 14 maart 2025 te Brussel"
	for _, s := range []struct {
		s    string
		want []clausePos
	}{
		{"De voorzitter wees op de gevolgen van de crisis.", []clausePos{{stConcern, "country:PL", "de gevolgen van de crisis", ""}}},
		{"Ook benadrukte de voorzitter het belang van een snelle afronding.", []clausePos{{stSupport, "country:PL", "snelle afronding", ""}}},
		{"De voorzitter riep de lidstaten op de afspraken na te komen.", []clausePos{{stSupport, "country:PL", "", ""}}},
		{"Daarnaast hebben de ministers de start van de operatie positief ontvangen.", []clausePos{{stWelcome, "de ministers", "de start van de operatie", ""}}},
		{"De ministers verwelkomden de start van de operatie.", []clausePos{{stWelcome, "de ministers", "de start van de operatie", ""}}},
		{"De ministers steunden de voorgestelde aanpak.", []clausePos{{stSupport, "de ministers", "de voorgestelde aanpak", ""}}},
		// near-misses: another body's chair, the meeting's business
		{"De voorzitter van de Commissie steunde het plan.", []clausePos{{stSupport, "org:european-commission", "het plan", ""}}},
		{"De voorzitter opende de vergadering om tien uur.", nil},
		{"De ministers spraken over de situatie in het Middellandse Zeegebied.", nil},
	} {
		out = append(out, clauseCase{paras: []string{report, s.s}, date: "20 maart 2025", want: s.want, family: "council voices", order: "report", actor: strings.Fields(s.s)[1]})
	}
	// 6. near-misses: no second position, no cut, no actor
	for _, s := range []struct {
		s    string
		want []clausePos
	}{
		{"Het kabinet steunt het beschermen en het ondersteunen van slachtoffers.", []clausePos{{stSupport, "country:NL", "het beschermen", ""}}},
		{"Het kabinet zal het voorstel dat de Commissie heeft gedaan steunen.", []clausePos{{stSupport, "country:NL", "het voorstel dat de Commissie heeft gedaan", ""}}},
		{"Het kabinet steunt het plan dat Frankrijk heeft ingediend en dat de Commissie heeft uitgewerkt.", []clausePos{{stSupport, "country:NL", "het plan dat Frankrijk heeft ingediend", ""}}},
		{"Wij informeren u over de bijeenkomst die op 3 mei zal plaatsvinden.", nil},
		{"De Commissie heeft het voorstel gepresenteerd en besproken met de lidstaten.", nil},
		{"Nederland en Frankrijk steunen het voorstel voor een terugkeerfonds.", []clausePos{{stSupport, "country:FR+country:NL", "terugkeerfonds", ""}}},
		{"De voorzitter opende de vergadering.", nil},
	} {
		add("near-miss", "-", "-", s.want, s.s)
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.Join(out[i].paras, " ") < strings.Join(out[j].paras, " ") })
	return out
}

// clauseRead checks one case: the positions of its last paragraph's last
// sentence, one for each wanted, in order, and no other.
func clauseRead(t *testing.T, c clauseCase) string {
	ps := positionsOf(t, fictionalLetter(t, c.date, c.paras...))
	last := strings.TrimSpace(c.paras[len(c.paras)-1])
	if i := strings.LastIndex(strings.TrimSuffix(last, "."), ". "); i >= 0 {
		last = last[i+2:]
	}
	var got []position
	for _, p := range ps {
		if q, _ := p.e.Props["quote"].(string); strings.HasPrefix(q, last[:min(20, len(last))]) {
			got = append(got, p)
		}
	}
	if len(got) != len(c.want) {
		var ds []string
		for _, p := range got {
			ds = append(ds, fmt.Sprintf("%v %q %q", p.e.Props["stance"], p.e.Props["actor"], p.e.Props["subject"]))
		}
		return fmt.Sprintf("%d positions, want %d [%s]", len(got), len(c.want), strings.Join(ds, "; "))
	}
	var bad []string
	for i, w := range c.want {
		p := got[i]
		if s := p.e.Props["stance"]; s != string(w.stance) {
			bad = append(bad, fmt.Sprintf("#%d stance %v (cue %q)", i+1, s, p.e.Props["cue"]))
		}
		holds := slices.Clone(p.holds)
		slices.Sort(holds)
		words, _ := p.e.Props["actor"].(string)
		if strings.Contains(w.actor, ":") {
			if g := strings.Join(holds, "+"); g != w.actor {
				bad = append(bad, fmt.Sprintf("#%d actor %q (%q)", i+1, g, words))
			}
		} else if len(holds) > 0 || !evalWordsMatch(w.actor, words) {
			bad = append(bad, fmt.Sprintf("#%d actor %q %v", i+1, words, holds))
		}
		subj, _ := p.e.Props["subject"].(string)
		if !strings.Contains(subj, w.subj) || w.not != "" && strings.Contains(subj, w.not) {
			bad = append(bad, fmt.Sprintf("#%d subject %q", i+1, subj))
		}
	}
	return strings.Join(bad, "; ")
}

// clauseAuditFloor is the share of the audit's cases read right (the
// audit fails below it). Measured on main at 69fe28e, before this file's
// rules: 601/855 = 0.703 (coordination 0.875, shared auxiliary 0.167,
// object no actor 0.211, actor phrase 0.000, council voices 0.333,
// near-miss 1.000); with them 850/855 = 0.994 (actor phrase 0.884: a
// relative clause inside an inverted subject's strict gap, "In 2019
// hebben de lidstaten die … hadden gevoerd … gesteund", and "het woord
// voeren" in one, are left).
const clauseAuditFloor = 0.99

func TestClauseStructureAudit(t *testing.T) {
	tally := newAuditTally(45, "family", "order", "actor")
	for _, c := range clauseCases() {
		keys := map[string]string{"family": c.family, "order": c.family + ": " + c.order, "actor": c.actor}
		tally.add(keys, clauseRead(t, c), strings.Join(c.paras, " | "))
	}
	rate := tally.log(t, "clause structure", 3)
	if rate < clauseAuditFloor {
		t.Errorf("clause structure audit %.3f below its floor %.3f", rate, clauseAuditFloor)
	}
}

// Each rule of clause_structure.go with a fictional sentence and a
// near-miss.
func TestClauseStructureRules(t *testing.T) {
	const nl, ec = "country:NL", "org:european-commission"
	checkTransfer(t, []transferCase{
		// the object is no actor: V2, inversion, subordinate, a pronoun
		{"Nederland blijft Moldavië steunen.", stCommit, nl, "Moldavië"},
		{"Het kabinet benadrukt dat Nederland Moldavië politiek en financieel blijft steunen.", stCommit, nl, "Moldavië"},
		{"Ondanks de kritiek blijft Frankrijk de hervormingen in Georgië steunen.", stSupport, "country:FR", "de hervormingen in Georgië"},
		{"Ik bericht u dat Nederland de Commissie tot spoedige actie heeft opgeroepen.", stSupport, nl, ""},
		{"Het kabinet zal het voorstel dat de Commissie heeft gedaan steunen.", stSupport, nl, "het voorstel dat de Commissie heeft gedaan"},
		// actor phrases with an adjective
		{"Het toenmalige kabinet steunde het plan voor een terugkeerfonds.", stSupport, nl, "terugkeerfonds"},
		{"In 2019 heeft het vorige kabinet toegezegd om de schade te compenseren.", stCommit, nl, "de schade te compenseren"},
		{"De huidige regering steunt het plan voor een terugkeerfonds.", stSupport, nl, "terugkeerfonds"},
		{"De nieuwe regering in Polen steunt het plan.", "", "", ""}, // another state's government, unnamed
		// a relative clause inside the actor
		{"De lidstaten die zich hadden uitgesproken steunen het plan voor een terugkeerfonds.", stSupport, "", "terugkeerfonds"},
		{"De strategie die de Commissie heeft aangekondigd wordt in mei besproken.", "", "", ""},
		// a shared auxiliary
		{"De Raad heeft het verslag besproken en ingestemd met de conclusies over terugkeer.", stAgree, "org:council-of-the-eu", "de conclusies over terugkeer"},
		// an adverbial in the gap: the object after the particle
		{"Het kabinet zegde in 2019 toe om de schade te compenseren.", stCommit, nl, "de schade te compenseren"},
		// a verb-final priority with its owner, the subject after "dat"
		{"Frankrijk benadrukt dat migratie een prioriteit is voor Frankrijk.", stPriority, "country:FR", "migratie"},
		{"Het kabinet meldt dat de grensbewaking een prioriteit is.", "", "", ""},
		// receiving positively
		{"Frankrijk heeft de start van de operatie positief ontvangen.", stWelcome, "country:FR", "de start van de operatie"},
		{"Frankrijk heeft de brief van de Commissie ontvangen.", "", "", ""},
	})
	// coordinated finite verbs: two positions, the first object cut
	g := fictionalLetter(t, "14 maart 2025",
		"De Commissie steunt het plan voor een terugkeerfonds en herinnert eraan dat zij de aanpak van smokkel belangrijk vindt.",
		"Het kabinet steunt het beschermen en het ondersteunen van slachtoffers.")
	checkAll(t, g, []wantPosition{
		{quote: "De Commissie steunt", stance: stSupport, actors: ec, subject: "het plan voor een terugkeerfonds"},
		{quote: "De Commissie steunt", stance: stPriority, actors: ec, subject: "de aanpak van smokkel"},
		{quote: "Het kabinet steunt het beschermen", stance: stSupport, actors: nl, subject: "het beschermen"},
	})
	for _, p := range positionsOf(t, g) {
		if s, _ := p.e.Props["subject"].(string); p.e.Props["stance"] == string(stSupport) && strings.Contains(s, "herinnert") {
			t.Errorf("subject %q holds the second conjunct", s)
		}
	}
	// a Council report's chair and ministers; a debate's chair is none
	report := fictionalLetter(t, "20 maart 2025", "Verslag van de JBZ-Raad van 13 en 14 maart 2025 te Brussel",
		"De voorzitter wees op de gevolgen van de crisis. Daarnaast hebben de ministers de start van de operatie positief ontvangen.")
	checkAll(t, report, []wantPosition{
		{quote: "De voorzitter wees op", stance: stConcern, actors: "country:PL", subject: "de gevolgen van de crisis"},
		{quote: "Daarnaast hebben de ministers", stance: stWelcome, actorWords: "de ministers", subject: "de start van de operatie"},
	})
	debate := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT", "De voorzitter wees op de gevolgen van de crisis.")
	checkAll(t, debate, nil)
	plain := fictionalLetter(t, "14 maart 2025", "De ministers verwelkomden de start van de operatie.")
	checkAll(t, plain, nil) // no Council meeting named: whose ministers is unknown
}
