package ingest

import (
	"slices"
	"strings"
	"testing"
)

// The verb-final rows of verbfinal.go, each with a fictional sentence, and
// near-misses that must stay no position.
func TestVerbFinalRules(t *testing.T) {
	const de, fr, pl = "country:DE", "country:FR", "country:PL"
	checkTransfer(t, []transferCase{
		// auxRowFinal: a first slot of copula and "hebben" together
		{"De regering meldt dat Polen waardering heeft voor het plan over visumvrij reizen.", stWelcome, pl, "visumvrij reizen"},
		// auxRowFinal: the gap inside the predicate
		{"De staatssecretaris schrijft dat Duitsland het met de Commissie eens is dat het visumbeleid strenger moet.", stAgree, de, "visumbeleid"},
		// copulaPerfect, main clause and verb-final
		{"Frankrijk is lang voorstander geweest van een gezamenlijk visumregister.", stSupport, fr, "visumregister"},
		{"Uit het overleg bleek dat Polen bezwaar heeft gehad tegen een verplichte visumheffing.", stOppose, pl, "visumheffing"},
		{"Uit het overleg bleek dat Frankrijk voorstander geweest is van een gezamenlijk visumregister.", stSupport, fr, "visumregister"},
		// nounFinal
		{"Duitsland liet weten dat het de zorg deelt over de wachttijden bij de visumloketten.", stConcern, de, "wachttijden"},
		// erFinal
		{"De regering meldt dat Polen er bij de Commissie op aandringt het visumregister uit te breiden.", stSupport, pl, "visumregister"},
		// ppBeforeVerb
		{"Frankrijk gaf aan dat het het belang van een snel visumbesluit benadrukt.", stSupport, fr, "visumbesluit"},
		{"Duitsland gaf aan dat het kanttekeningen bij de visumheffing plaatst.", stConcern, de, "visumheffing"},
		// modalCopula
		{"Uit het overleg bleek dat Frankrijk voorstander kan zijn van een gezamenlijk visumregister.", stSupport, fr, "visumregister"},
		{"De regering meldt dat Polen waardering zou hebben voor het plan over visumvrij reizen.", stWelcome, pl, "visumvrij reizen"},
		// perfectRowFinal
		{"Het verslag meldt dat Polen zich sterk heeft gemaakt voor een gezamenlijk visumregister.", stSupport, pl, "visumregister"},
		{"Het verslag meldt dat Frankrijk stelling genomen heeft tegen een nieuwe visumheffing.", stOppose, fr, "visumheffing"},
		// firstPersonOpinion: the stance as the 3sg row gives it
		{"Ik meen dat het visumregister openbaar moet zijn.", stReserved, "country:NL", "visumregister"},
		// objGapFinal, and a modal with the infinitive "zien" (pluralsOf)
		{"De brief is kort, omdat Polen het visumregister van belang kan achten.", stPriority, pl, "visumregister"},
		{"De brief is kort, omdat Polen het visumregister wenselijk acht.", stPreference, pl, "visumregister"},
		{"De brief is kort, omdat Polen de meerwaarde kan zien van een visumregister.", stSupport, pl, "visumregister"},
		// perfectRowFinal with the object before the cluster
		{"Polen gaf aan dat het kanttekeningen bij de visumheffing heeft geplaatst.", stConcern, pl, "visumheffing"},
		// perfectClusterNegation: the negation before the perfect's auxiliary
		{"Polen gaf aan dat het niet heeft kunnen instemmen met de visumheffing.", stOppose, pl, "visumheffing"},
		{"Het verslag meldt dat Polen al dan niet heeft kunnen instemmen met de visumheffing.", stAgree, pl, "visumheffing"},
		// the conventions' rows (conventions.go) in verb-final order
		{"Het verslag meldt dat Polen negatief adviseert over de visumheffing.", stOppose, pl, "visumheffing"},
		{"Het verslag meldt dat Frankrijk kritisch kennis neemt van de visumheffing.", stConcern, fr, "visumheffing"},
		// perfectFinal, both orders of the cluster
		{"De regering meldt dat Polen het plan voor een visumregister heeft gesteund.", stSupport, pl, "visumregister"},
		{"De regering meldt dat Polen het plan voor een visumregister gesteund heeft.", stSupport, pl, "visumregister"},
		// near-misses: a noun that is no object of a verb of stance, a
		// participle in no perfect of its own
		{"De zorg over de visumloketten is in het verslag beschreven.", "", "", ""},
		{"Het belang van de visumloketten werd in het verslag beschreven.", "", "", ""},
		{"Zij meen dat het visumregister openbaar moet zijn.", "", "", ""},
	})
}

// vfSubject is a subject of the audit's clauses: the words, its person
// (1 the 1sg, 3 the 3sg, 6 a plural) and a main clause that introduces it.
type vfSubject struct {
	words  string
	person int
	intro  string // "{S}" the clause
}

var vfSubjects = []vfSubject{
	{"het kabinet", 3, "Het verslag meldt dat {S}"},
	{"Nederland", 3, "De brief is kort, omdat {S}"},
	{"zij", 6, "Duitsland en Frankrijk gaven aan dat {S}"},
	{"ik", 1, "Het is goed dat {S}"},
	{"de leden van de VVD-fractie", 6, "De commissie merkt op dat {S}"},
}

// vfForms are a row's finite verb by person and its infinitive; ok false
// when the first slot is no verb's present.
func vfForms(slot string) (sg1, sg3, pl, inf string, ok bool) {
	alts := strings.Split(slot, "|")
	switch {
	case slices.Contains(alts, "heeft"):
		return "heb", "heeft", "hebben", "hebben", true
	case slices.Contains(alts, "is"):
		return "ben", "is", "zijn", "zijn", true
	}
	for _, st := range finiteStems(slot) {
		if i := infinitiveOf(st, alts); i != "" {
			for _, a := range alts {
				if a == st+"t" || a == st && strings.HasSuffix(st, "t") {
					return st, a, i, i, true
				}
			}
		}
	}
	return "", "", "", "", false
}

// vfCell is one sentence of the audit.
type vfCell struct {
	row, order, text string
	want             stance
}

// vfCells builds, from every row of the cue tables in main-clause order
// "<verb> … <predicate> [particle] <preposition>", the verb-final clauses
// a letter writes with it: the predicate and the particle before the
// finite verb (joined to its particle), the prepositional object after it;
// with a modal, the infinitive at the end of the cluster. The construction
// is written here, apart from verbfinal.go and stances_paradigm.go.
func vfCells() []vfCell {
	var rows []cueDef
	rows = append(rows, cueTable...)
	rows = append(rows, constructionCues()...)
	rows = append(rows, conventionCues...)
	seen := map[string]bool{}
	var out []vfCell
	for _, d := range rows {
		ws := strings.Fields(d.pattern)
		if d.obj != objAfter || d.flags&^(strictGap|closedGap|subjectFirst) != 0 || d.stance == stInformational ||
			len(ws) < 3 || ws[1] != "…" || slices.Contains(ws[2:], "…") || seen[d.pattern] {
			continue
		}
		seen[d.pattern] = true
		sg1, sg3, pl, inf, ok := vfForms(ws[0])
		if !ok {
			continue
		}
		var pred, tail []string
		particle := ""
		for i, w := range ws[2:] {
			first := strings.Split(w, "|")[0]
			switch {
			case functionWords[first] && i == len(ws)-3:
				tail = append(tail, first)
			case separableParticles[first] && i+1 < len(ws)-2 && functionWords[strings.Split(ws[i+3], "|")[0]]:
				particle = first
			case functionWords[first] || first == "dat" || first == "te":
				tail = append(tail, first)
			case looksParticiple(first):
				tail = []string{"?"} // a perfect row: its verb-final order is perfectFinal's
			default:
				if len(tail) > 0 {
					pred = nil // a word after the preposition: no frame of this shape
					tail = []string{"?"}
				}
				pred = append(pred, first)
			}
		}
		if len(tail) != 1 || tail[0] == "dat" || tail[0] == "te" || tail[0] == "om" || tail[0] == "?" {
			continue
		}
		for _, s := range vfSubjects {
			fin := map[int]string{1: sg1, 3: sg3, 6: pl}[s.person]
			mid := strings.Join(pred, " ")
			obj := tail[0] + " de nieuwe regeling voor visa"
			for _, order := range []string{"final", "modal"} {
				verbs := particle + fin
				if order == "modal" {
					m := map[int]string{1: "kan", 3: "kan", 6: "kunnen"}[s.person]
					verbs = m + " " + particle + inf
				}
				clause := strings.Join(strings.Fields(s.words+" "+mid+" "+verbs+" "+obj), " ")
				out = append(out, vfCell{row: d.pattern, order: order, want: d.stance,
					text: strings.Replace(s.intro, "{S}", clause, 1) + "."})
			}
		}
	}
	return out
}

// verbFinalFloor: the cells TestVerbFinalAudit reads (measured).
const verbFinalFloor = 1016 // of 1030; 794 of 940 on main at 66ce10c (final 437/470, modal 357/470)

// TestVerbFinalAudit reads every cue row in the verb-final order of a
// subordinate clause, by five subjects, with and without a modal, and
// fails below verbFinalFloor.
func TestVerbFinalAudit(t *testing.T) {
	cells := vfCells()
	read := 0
	byOrder := map[string][2]int{}
	for _, c := range cells {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.text))
		ok := false
		for _, p := range ps {
			st, _ := p.e.Props["stance"].(string)
			if stance(st) == c.want || stance(st) == c.want.negated() && c.want == stOppose {
				ok = true
			}
		}
		n := byOrder[c.order]
		n[1]++
		if ok {
			read++
			n[0]++
		} else if testing.Verbose() {
			t.Logf("MISS %-6s %-40.40s %s", c.order, c.row, c.text)
		}
		byOrder[c.order] = n
	}
	for k, n := range byOrder {
		t.Logf("order %-6s %d/%d", k, n[0], n[1])
	}
	t.Logf("read %d of %d verb-final cells", read, len(cells))
	if read < verbFinalFloor {
		t.Errorf("read %d verb-final cells, below the floor %d", read, verbFinalFloor)
	}
}
