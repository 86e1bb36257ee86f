package ingest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// stanceUsageActor is an actor of the usage audit: its words, the nodes that must
// hold the position ("" for a group without a node, whose words then stand
// in the position's actor), its person and the pronoun that takes it up.
type stanceUsageActor struct {
	words, holds string
	person       int // 1 "ik", 3 singular, 4 plural
	pron         string
}

var usageActors = []stanceUsageActor{
	{"het kabinet", "country:NL", 3, "het"},
	{"Nederland", "country:NL", 3, "het"},
	{"ik", "country:NL", 1, "ik"},
	{"de minister", "country:NL", 3, "hij"},
	{"Duitsland", "country:DE", 3, "het"},
	{"de Commissie", "org:european-commission", 3, "zij"},
	// the presidency of the fictional letter's date (14 maart 2025)
	{"het voorzitterschap", "country:PL", 3, "het"},
	{"enkele lidstaten", "", 4, "zij"},
	{"Nederland en Frankrijk", "country:FR+country:NL", 4, "zij"}, // holds sorted,
}

// usageMoreActors: other ways the letters write an actor.
var usageMoreActors = []stanceUsageActor{
	{"de Nederlandse regering", "country:NL", 3, "zij"},
	{"het Belgische voorzitterschap", "country:BE", 3, "het"},
	{"de Europese Commissie", "org:european-commission", 3, "zij"},
	{"een aantal lidstaten", "", 3, "zij"},
	{"de meeste lidstaten", "", 4, "zij"},
	{"Duitsland, Frankrijk en Italië", "country:DE+country:FR+country:IT", 4, "zij"},
	{"de Duitse minister", "country:DE", 3, "hij"},
	{"wij", "country:NL", 4, "wij"},
}

func (a stanceUsageActor) cabinet() bool { return a.holds == "country:NL" }

func (a stanceUsageActor) capital() string {
	if a.words == "" {
		return ""
	}
	return strings.ToUpper(a.words[:1]) + a.words[1:]
}

// usageSubject is a way the object is written, and a word of it the
// position's subject must hold.
type usageSubject struct {
	name, np, word string
}

var (
	usageNP           = usageSubject{"np", "het voorstel voor een grensfonds", "grensfonds"}
	stanceUsageClause = usageSubject{"dat-clause", "dat de lidstaten bij de grensbewaking nauwer samenwerken", "grensbewaking"}
	usageSubjects     = []usageSubject{
		{"act", "de Schengengrenscode", "Schengengrenscode"},
		{"dit", "dit voorstel", "voorstel"},
		{"inzet-om", "de inzet van de Commissie om de buitengrenzen beter te bewaken", "buitengrenzen"},
	}
)

// usageCell is one fictional sentence of the audit.
type usageCell struct {
	axis, value string
	text        string
	want        stance
	actor       stanceUsageActor
	subj        string // a word the subject must hold
}

// forms of a verb for a person
func (f usageForm) present(v verbForms, person int) string {
	switch person {
	case 1:
		return v.stem
	case 4:
		return v.inf
	}
	return v.third
}

func (f usageForm) past(v verbForms, person int) string {
	if person == 4 {
		return v.pastPl
	}
	return v.pastSg
}

func aux(person int, is bool, forms [3]string) string {
	_ = is
	switch person {
	case 1:
		return forms[0]
	case 4:
		return forms[2]
	}
	return forms[1]
}

var (
	hebben = [3]string{"heb", "heeft", "hebben"}
	zijnV  = [3]string{"ben", "is", "zijn"}
	zullen = [3]string{"zal", "zal", "zullen"}
	kunnen = [3]string{"kan", "kan", "kunnen"}
	willen = [3]string{"wil", "wil", "willen"}
	geven  = [3]string{"geef", "geeft", "geven"}
)

func join(ws ...string) string {
	var out []string
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func (f usageForm) reflexive(person int) string {
	if !f.refl {
		return ""
	}
	if person == 1 {
		return "mij"
	}
	return "zich"
}

// predicate with or without a negation
func (f usageForm) predicate(neg bool) string {
	if !neg || f.pred == "" {
		return f.pred
	}
	if f.negPred != "" {
		return f.negPred
	}
	if rest, ok := strings.CutPrefix(f.pred, "een "); ok {
		return "geen " + rest
	}
	switch strings.Fields(f.pred)[0] {
	case "voorstander", "bezwaar", "zorgen", "kennis":
		return "geen " + f.pred
	}
	return "niet " + f.pred
}

// object: the object's words after the verb, with its preposition, "er"+prep
// for a clause ("ervoor … dat"), none for a clause after a predicate ("blij dat").
func (f usageForm) object(s usageSubject, clause bool) (before, after string) {
	if clause {
		if f.prep != "" && f.pred == "" {
			return "er" + f.prep, s.np
		}
		return "", s.np
	}
	if f.prep != "" {
		return "", f.prep + " " + s.np
	}
	return s.np, ""
}

// main builds the verb-second clause after head ("Het kabinet steunt" or
// "Daarom steunt het kabinet"): reflexive, predicate, object, particle.
func (f usageForm) main(head string, person int, v verbForms, s usageSubject, clause, neg bool) string {
	before, after := f.object(s, clause)
	pred := f.predicate(neg)
	nieT := ""
	if neg && f.pred == "" {
		nieT = "niet"
	}
	if f.prep != "" || clause {
		// "stemt niet in met X", "pleit ervoor dat", "zet zich ervoor in dat"
		if before != "" {
			return join(head, f.reflexive(person), nieT, before, pred, f.tail, v.particle, after) + "."
		}
		return join(head, f.reflexive(person), nieT, pred, f.tail, v.particle, after) + "."
	}
	// a direct object: "steunt X (niet)", "wijst X af", "acht X van belang"
	return join(head, f.reflexive(person), pred, before, f.post, nieT, v.particle) + "."
}

// final builds the verb-final clause: head ("omdat het kabinet", "Het
// kabinet kan"), reflexive, predicate, object, the verbs, a prepositional
// object or a clause after them.
func (f usageForm) final(head string, person int, verbs string, s usageSubject, clause, neg bool) string {
	before, after := f.object(s, clause)
	pred := f.predicate(neg)
	nieT := ""
	if neg && f.pred == "" {
		nieT = "niet"
	}
	if f.ppFirst && !clause {
		return join(head, f.reflexive(person), nieT, pred, after, verbs, f.tail) + "."
	}
	if f.prep != "" || clause {
		return join(head, f.reflexive(person), before, nieT, pred, verbs, f.tail, after) + "."
	}
	return join(head, f.reflexive(person), pred, before, f.post, nieT, verbs) + "."
}

// cells builds the row's fictional sentences: every actor in every tense
// and word order, the modals, the negation and the subject's forms.
func (f usageForm) cells() []usageCell {
	var out []usageCell
	add := func(axis, value, text string, want stance, a stanceUsageActor, subj string) {
		if f.cabinet && !a.cabinet() {
			return
		}
		out = append(out, usageCell{axis, value, text, want, a, subj})
	}
	if f.tmpl != "" {
		for i, t := range strings.Split(f.tmpl, "|") {
			if !strings.Contains(t, "{a}") && !strings.Contains(t, "{A}") {
				add("template", fmt.Sprint(i), t2(t, stanceUsageActor{}), f.stance, stanceUsageActor{words: "de lidstaten", person: 4}, usageNP.word)
				continue
			}
			subj := usageNP.word
			if strings.Contains(t, stanceUsageClause.np) {
				subj = stanceUsageClause.word
			}
			for _, a := range usageActors {
				if a.person == 1 && (strings.Contains(t, "van {a}") || strings.Contains(t, "Voor {a}")) {
					continue // "van ik"
				}
				add("actor", a.words, t2(t, a), f.stance, a, subj)
			}
		}
		return out
	}
	v := conjugate(f.verb)
	isAux := v.aux == isV
	obj := usageNP
	clause := f.clauseOnly
	if clause {
		obj = stanceUsageClause
	}
	for _, a := range usageActors {
		p := a.person
		// present, verb second
		add("actor", a.words, f.main(join(a.capital(), f.present(v, p)), p, v, obj, clause, false), f.stance, a, obj.word)
		// tense
		add("tense", "past", f.main(join(a.capital(), f.past(v, p)), p, v, obj, clause, false), f.stance, a, obj.word)
		if !f.noPerfect {
			auxW := aux(p, isAux, hebben)
			if isAux {
				auxW = aux(p, isAux, zijnV)
			}
			add("tense", "perfect", f.final(join(a.capital(), auxW), p, v.participle(), obj, clause, false), f.stance, a, obj.word)
		}
		if !f.noModal {
			add("tense", "future", f.final(join(a.capital(), aux(p, false, zullen)), p, v.infinitive(), obj, clause, false), f.stance, a, obj.word)
			add("modal", "kan", f.final(join(a.capital(), aux(p, false, kunnen)), p, v.infinitive(), obj, clause, false), f.stance, a, obj.word)
			add("modal", "wil", f.final(join(a.capital(), aux(p, false, willen)), p, v.infinitive(), obj, clause, false), f.stance, a, obj.word)
		}
		// word order
		add("order", "inverted", f.main(join("Daarom", f.present(v, p), a.words), p, v, obj, clause, false), f.stance, a, obj.word)
		fin := f.present(v, p)
		if v.particle != "" {
			fin = v.particle + fin
		}
		add("order", "omdat", f.final(join("De brief is kort, omdat", a.words), p, fin, obj, clause, false), f.stance, a, obj.word)
		pron := a.pron
		add("order", "reported", f.final(join(a.capital(), aux(p, false, geven), "aan dat", pron), p, fin, obj, clause, false), f.stance, a, obj.word)
		// the orders crossed with the tenses and the modal
		if !f.noPerfect {
			auxW := aux(p, isAux, hebben)
			if isAux {
				auxW = aux(p, isAux, zijnV)
			}
			add("cross", "inverted-perfect", f.final(join("Daarnaast", auxW, a.words), p, v.participle(), obj, clause, false), f.stance, a, obj.word)
			add("cross", "omdat-perfect", f.final(join("De brief is kort, omdat", a.words), p, join(auxW, v.participle()), obj, clause, false), f.stance, a, obj.word)
			add("cross", "omdat-perfect-participle-first", f.final(join("De brief is kort, omdat", a.words), p, join(v.participle(), auxW), obj, clause, false), f.stance, a, obj.word)
		}
		if !f.noModal {
			add("cross", "inverted-modal", f.final(join("Daarnaast", aux(p, false, kunnen), a.words), p, v.infinitive(), obj, clause, false), f.stance, a, obj.word)
			add("cross", "omdat-modal", f.final(join("De brief is kort, omdat", a.words), p, join(aux(p, false, kunnen), v.infinitive()), obj, clause, false), f.stance, a, obj.word)
			add("cross", "reported-perfect-modal", f.final(join(a.capital(), aux(p, false, hebben), "aangegeven dat", pron), p, join(aux(p, false, kunnen), v.infinitive()), obj, clause, false), f.stance, a, obj.word)
		}
		// adverbs after the finite verb (and "zich"): "steunt daarom ook"
		plain := f.main(join(a.capital(), f.present(v, p)), p, v, obj, clause, false)
		prefix := join(a.capital(), f.present(v, p), f.reflexive(p))
		add("cross", "adverbs", prefix+" daarom ook"+plain[len(prefix):], f.stance, a, obj.word)
	}
	// more ways to write the actor, verb second in the present
	for _, a := range usageMoreActors {
		add("actor2", a.words, f.main(join(a.capital(), f.present(v, a.person)), a.person, v, obj, clause, false), f.stance, a, obj.word)
		add("actor2-inverted", a.words, f.main(join("Daarom", f.present(v, a.person), a.words), a.person, v, obj, clause, false), f.stance, a, obj.word)
	}
	// negation, where it turns the cue
	if f.neg != "" {
		for _, a := range []stanceUsageActor{usageActors[0], usageActors[4]} {
			p := a.person
			add("negation", "present", f.main(join(a.capital(), f.present(v, p)), p, v, obj, clause, true), f.neg, a, obj.word)
			if !f.noModal {
				add("negation", "kan", f.final(join(a.capital(), aux(p, false, kunnen)), p, v.infinitive(), obj, clause, true), f.neg, a, obj.word)
			}
		}
	}
	// the subject written in other ways
	if !f.clauseOnly {
		a := usageActors[0]
		subjects := usageSubjects
		if f.clause {
			subjects = append(subjects[:len(subjects):len(subjects)], stanceUsageClause)
		}
		for _, s := range subjects {
			add("subject", s.name, f.main(join(a.capital(), f.present(v, 3)), 3, v, s, s == stanceUsageClause, false), f.stance, a, s.word)
		}
	}
	return out
}

// t2 fills a template for an actor.
func t2(t string, a stanceUsageActor) string {
	r := strings.NewReplacer(
		"{A}", a.capital(), "{a}", a.words,
		"{O}", "Het"+usageNP.np[3:], "{o}", usageNP.np,
		"{zal}", aux(a.person, false, zullen), "{heeft}", aux(a.person, false, hebben))
	return r.Replace(t)
}

// readUsage extracts a cell from a fictional letter of its own: "" when the
// extractor read its stance and actor, else what it read; subj reports
// whether the subject holds the cell's word.
func readUsage(t *testing.T, c usageCell) (miss string, subj bool) {
	t.Helper()
	g := fictionalLetter(t, "14 maart 2025", c.text)
	var got []string
	for _, p := range positionsOf(t, g) {
		quote, _ := p.e.Props["quote"].(string)
		st, _ := p.e.Props["stance"].(string)
		if !strings.Contains(c.text, quote) && !strings.Contains(quote, c.text) {
			continue
		}
		hs := slices.Clone(p.holds)
		slices.Sort(hs)
		holds := strings.Join(hs, "+")
		words, _ := p.e.Props["actor"].(string)
		actorOK := holds == c.actor.holds
		if c.actor.holds == "" {
			actorOK = len(p.holds) == 0 && strings.Contains(strings.ToLower(words), strings.ToLower(c.actor.words))
		}
		if stance(st) == c.want && actorOK {
			s, _ := p.e.Props["subject"].(string)
			return "", strings.Contains(s, c.subj)
		}
		got = append(got, fmt.Sprintf("%s %s/%q %q", st, holds, words, p.e.Props["cue"]))
	}
	if len(got) == 0 {
		return "nothing", false
	}
	return strings.Join(got, "; "), false
}

// TestUsageAudit reads every cell of every construction of usageForms (the
// forms the development letters use) and logs the pass rates by row and by
// axis; it fails when fewer cells are read than the floor reached.
func TestUsageAudit(t *testing.T) {
	const minRead, minSubject = 6070, 5929 // lex4 (verbfinal.go); 6010, 5869 on main at 66ce10c
	type tally struct{ read, total int }
	byAxis := map[string]*tally{}
	read, subj, total := 0, 0, 0
	for _, f := range usageForms {
		row := tally{}
		for _, c := range f.cells() {
			total++
			row.total++
			k := c.axis + ":" + c.value
			if byAxis[k] == nil {
				byAxis[k] = &tally{}
			}
			byAxis[k].total++
			miss, s := readUsage(t, c)
			if miss != "" {
				t.Logf("MISS %-12s %-10s %s → %s", k, c.want, c.text, miss)
				continue
			}
			read++
			row.read++
			byAxis[k].read++
			if s {
				subj++
			} else {
				t.Logf("SUBJ %-12s %s", k, c.text)
			}
		}
		name := f.verb
		if f.tmpl != "" {
			name = f.tmpl
		}
		t.Logf("ROW %3d/%3d %-11s %s %s %s %s — %s", row.read, row.total, f.stance, name, f.pred, f.prep, f.post, f.note)
	}
	var keys []string
	for k := range byAxis {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("AXIS %-24s %4d/%4d %.2f", k, byAxis[k].read, byAxis[k].total, float64(byAxis[k].read)/float64(byAxis[k].total))
	}
	t.Logf("read %d of %d usage cells (%.3f); subject right in %d of those", read, total, float64(read)/float64(total), subj)
	if read < minRead || subj < minSubject {
		t.Errorf("read %d cells (subject %d), want at least %d (%d)", read, subj, minRead, minSubject)
	}
}

// The inventory's rows explain >= 90% of the required dev positions.
func TestUsageFormsInventory(t *testing.T) {
	n := 0
	for _, f := range usageForms {
		if f.verb == "" && f.tmpl == "" {
			t.Errorf("row %q: no verb and no template", f.note)
		}
		n += f.dev
	}
	if usageDevTotal*10 < 460*9 {
		t.Errorf("the rows explain %d of 460 required dev positions, want >= 90%%", usageDevTotal)
	}
	if n < usageDevTotal {
		t.Errorf("the rows count %d positions, fewer than the %d they explain", n, usageDevTotal)
	}
}

// The general rules the usage audit asked for, each in fictional sentences,
// with the look-alikes that hold no position (issue 12, lex3).
func TestUsageRules(t *testing.T) {
	const nl, de, fr, ec = "country:NL", "country:DE", "country:FR", "org:european-commission"
	tests := []struct {
		text   string
		stance stance // "" for no position
		holds  string // sorted; "" with words for a group
		words  string
	}{
		// an inverted subject may open with a quantifier, hold an office
		// noun, join two actors with "en"
		{"Daarom stemmen enkele lidstaten tegen de nieuwe heffing.", stOppose, "", "enkele lidstaten"},
		{"Ook steunen alle lidstaten de verlenging van het mandaat.", stSupport, "", "alle lidstaten"},
		{"Daarom maakt de minister zich sterk voor een Europees havenplan.", stSupport, nl, ""},
		{"Daarom vraagt de minister om een snelle evaluatie.", stSupport, nl, ""},
		{"Daarom streven Duitsland en Frankrijk naar een akkoord in juni.", stCommit, de + "+" + fr, ""},
		{"Daarom ziet de Nederlandse regering de meerwaarde van een gezamenlijke aanpak.", stSupport, nl, ""},
		{"Daarom stemt een aantal lidstaten tegen de nieuwe heffing.", stOppose, "", "een aantal lidstaten"},
		{"Daarom zijn Duitsland, Frankrijk en Italië voorstander van een gezamenlijke aanpak.", stSupport, de + "+" + fr + "+country:IT", ""},
		{"Daarom heeft het Hongaarse voorzitterschap ervoor gekozen de stemming uit te stellen.", "", "", ""},
		// an article of the gap is not the cue's article
		{"Daarom is het kabinet het eens met de conclusies van de Raad.", stAgree, nl, ""},
		{"Voor Duitsland is de hervorming van het asielfonds een prioriteit.", stPriority, de, ""},
		{"Het kabinet is het niet eens met de conclusies.", stOppose, nl, ""},
		// the verb-final order and the modal's infinitive
		{"Het is bekend dat Nederland de Commissie oproept tot meer transparantie.", stSupport, nl, ""},
		{"Het kabinet zal de lidstaten oproepen om de afspraken na te komen.", stSupport, nl, ""},
		{"Het is bekend dat het kabinet Polen aanspreekt op de hervorming van de rechtspraak.", stConcern, nl, ""},
		{"Het is bekend dat Duitsland voorop loopt bij de digitalisering van de visumaanvraag.", stCommit, de, ""},
		{"Ik zie de meerwaarde van een gezamenlijke aanpak.", stSupport, nl, ""},
		{"Het is bekend dat de Commissie de meerwaarde ziet van een gezamenlijke aanpak.", stSupport, ec, ""},
		{"Het kabinet heeft kennis genomen van het jaarverslag van Frontex.", stInformational, nl, ""},
		// the 1sg in the order of a subordinate clause, "ik" its subject
		{"De termijn is kort, omdat ik het voorstel voor een terugkeerfonds steun.", stSupport, nl, ""},
		{"Ik bericht u dat ik instem met de conclusies.", stAgree, nl, ""},
		{"Ik bericht u dat ik mij inzet voor een snelle evaluatie.", stCommit, nl, ""},
		{"Ik bericht u dat ik de steun van Duitsland heb.", "", "", ""},
		{"Ik bericht u dat Duitsland mijn steun heeft.", "", "", ""},
		// the perfect in the order of a subordinate clause, the auxiliary
		// before or after the participle
		{"Het is bekend dat Duitsland zich heeft ingezet voor een nieuw fonds.", stCommit, de, ""},
		{"Het is bekend dat de Commissie het belang heeft benadrukt van een sterke buitengrens.", stSupport, ec, ""},
		{"Het is bekend dat Nederland akkoord is gegaan met de conclusies.", stAgree, nl, ""},
		{"Het is bekend dat Duitsland zich uitgesproken heeft tegen de heffing.", stOppose, de, ""},
		{"Het is bekend dat Duitsland het plan gesteund heeft.", stSupport, de, ""},
		{"Het is bekend dat Nederland voorop heeft gelopen bij de digitalisering.", stCommit, nl, ""},
		{"Het is bekend dat de Commissie gestreefd heeft naar een akkoord in juni.", stCommit, ec, ""},
		{"Het is bekend dat het plan gesteund heeft.", "", "", ""},
		// the subject of a subordinate clause comes before its object
		{"Het is bekend dat Nederland de Commissie steunt.", stSupport, nl, ""},
		// look-alikes
		{"De oproepen tot geweld op sociale media namen toe.", "", "", ""},
		{"Een van de sprekers was de minister van Justitie.", "", "", ""},
		{"Daarom kregen de minister en de staatssecretaris een brief.", "", "", ""},
	}
	for _, tc := range tests {
		g := fictionalLetter(t, "14 maart 2025", tc.text)
		ps := positionsOf(t, g)
		if tc.stance == "" {
			if len(ps) > 0 {
				t.Errorf("%q: %s (cue %q), want no position", tc.text, ps[0].e.Props["stance"], ps[0].e.Props["cue"])
			}
			continue
		}
		c := usageCell{text: tc.text, want: tc.stance, actor: stanceUsageActor{words: tc.words, holds: tc.holds}}
		if miss, _ := readUsage(t, c); miss != "" {
			t.Errorf("%q: %s, want %s of %s%s", tc.text, miss, tc.stance, tc.holds, tc.words)
		}
	}
}
