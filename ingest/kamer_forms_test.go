package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The genres of parliamentary documents the audit writes its frames in.
const (
	genreConsultation = "overleg" // a report of a written consultation, an inbreng, an EK voorlopig verslag
	genreDebate       = "debat"   // a report of a committee debate, third person
	genreTurn         = "turn"    // a verbatim report, a speaker's turn
	genreAnswer       = "antwoord"
)

// kamerActor is one way a genre names who speaks.
type kamerActor struct {
	genre string
	words string // as written, opening the sentence
	// person indexes kamerFrame.forms: 0 first person singular, 1 third
	// singular, 2 plural; the past takes 3 (singular) or 4 (plural).
	person int
	want   string // the position's actor words, or "country:NL"
	// before are the paragraphs before the target's: a heading, a
	// speaker's label, the sentence that names whom "deze leden" are.
	before []string
	// say, pron open the subordinate cell: "<words> <say> dat <pron> …";
	// pronPerson is the person of pron. "" when the genre has no such form.
	say, pron  string
	pronPerson int
	gov        bool
	// inline: the target sentence follows its label in the same
	// paragraph ("De heer Jansen (SP): Ik …").
	inline string
	// silent: no position whatever the frame says (the chair of a debate,
	// the question of Kamervragen).
	silent bool
}

// kamerActors are the actor forms of docs/stances.md, "Parliamentary
// documents", by genre.
func kamerActors() []kamerActor {
	const asks = " hebben nog enkele vragen over de geannoteerde agenda."
	var out []kamerActor
	// written consultations: groups and members, plural mostly
	for _, g := range []struct {
		words  string
		person int
		want   string
	}{
		{"De leden van de VVD-fractie", 2, ""},
		{"De leden van de GroenLinks-PvdA-fractie", 2, ""},
		{"De leden van de fractie van GroenLinks-PvdA", 2, ""},
		{"De leden van de fractie van de ChristenUnie", 2, ""},
		{"De leden van de fractie van het CDA", 2, ""},
		{"De leden van de CDA fractie", 2, ""},
		{"De leden van de fracties van VVD en CDA", 2, ""},
		{"De leden van de SGP-fractie en van de ChristenUnie-fractie", 2, ""},
		{"De leden van de Fractie-Nanninga", 2, ""},
		{"De SP-fractie", 1, ""},
		{"De fractie van de PVV", 1, ""},
		{"De fractie-Jansen", 1, ""},
		{"De leden van de fracties van GroenLinks-PvdA en D66", 2, ""},
		{"De leden van de PVV-fractie en de leden van de SP-fractie", 2, ""},
		{"De leden der VVD-fractie", 2, ""},
		{"Het lid van de PvdD-fractie", 1, ""},
		{"De leden van de vaste commissie voor Justitie en Veiligheid", 2, ""},
		{"De leden van de fracties van de VVD en het CDA", 2, ""},
		{"Het lid van de fractie van 50PLUS", 1, ""},
		{"De commissie", 1, ""},
		{"De vaste commissie voor Justitie en Veiligheid", 1, ""},
	} {
		pron := "zij"
		out = append(out, kamerActor{genre: genreConsultation, words: g.words, person: g.person, want: lowerFirst(g.words),
			say: map[bool]string{true: "merken op", false: "merkt op"}[g.person == 2], pron: pron, pronPerson: g.person})
	}
	for _, a := range []string{"Deze leden", "Zij", "Voornoemde leden", "Deze aan het woord zijnde leden"} {
		out = append(out, kamerActor{genre: genreConsultation, words: a, person: 2, want: "de leden van de D66-fractie",
			before: []string{"De leden van de D66-fractie" + asks}, say: "merken op", pron: "zij", pronPerson: 2})
	}
	out = append(out, kamerActor{genre: genreConsultation, words: "Deze leden", person: 2, want: "de leden van de D66-fractie",
		before: []string{"Vragen en opmerkingen van de leden van de D66-fractie"}, say: "merken op", pron: "zij", pronPerson: 2})
	// reports of committee debates: members by name, the government
	for _, m := range []string{"De heer Jansen (SP)", "Mevrouw De Vries (D66)", "Het lid Bakker (PVV)", "De heer Van der Berg (CDA)",
		"Mevrouw Van Toorenburg (CDA)", "Kamerlid De Wit"} {
		pron := "hij"
		if strings.HasPrefix(m, "Mevrouw") {
			pron = "zij"
		}
		out = append(out, kamerActor{genre: genreDebate, words: m, person: 1, want: lowerFirst(m), say: "zegt", pron: pron, pronPerson: 1})
	}
	out = append(out, kamerActor{genre: genreDebate, words: "PVV en SP", person: 2, want: "PVV en SP", say: "zeggen", pron: "zij", pronPerson: 2})
	out = append(out,
		kamerActor{genre: genreDebate, words: "Hij", person: 1, want: "de heer Jansen (SP)",
			before: []string{"De heer Jansen (SP) heeft nog enkele vragen over de geannoteerde agenda."}, say: "zegt", pron: "hij", pronPerson: 1},
		kamerActor{genre: genreDebate, words: "Zij", person: 1, want: "mevrouw De Vries (D66)",
			before: []string{"Mevrouw De Vries (D66) heeft nog enkele vragen over de geannoteerde agenda."}, say: "zegt", pron: "zij", pronPerson: 1})
	for _, m := range []string{"De minister", "De staatssecretaris", "De minister van Justitie en Veiligheid"} {
		out = append(out, kamerActor{genre: genreDebate, words: m, person: 1, want: "country:NL", gov: true,
			say: "antwoordt", pron: "het kabinet", pronPerson: 1})
	}
	// verbatim reports: a speaker's turn, its label in a paragraph of its own or inline
	for _, l := range []struct{ label, want, group string }{
		{"De heer Jansen (SP):", "de heer Jansen (SP)", "de SP-fractie"},
		{"Mevrouw De Vries (D66):", "mevrouw De Vries (D66)", "de D66-fractie"},
		{"Minister Van Dijk:", "country:NL", "country:NL"},
		{"Staatssecretaris Teeven:", "country:NL", "country:NL"},
	} {
		gov := l.want == "country:NL"
		for _, s := range []struct {
			words  string
			person int
			want   string
		}{{"Ik", 0, l.want}, {"Wij", 2, l.want}, {"Mijn fractie", 1, l.group}} {
			if gov && s.words == "Mijn fractie" {
				s.words = "Het kabinet"
			}
			out = append(out,
				kamerActor{genre: genreTurn, words: s.words, person: s.person, want: s.want, gov: gov,
					before: []string{l.label, "Dank u wel, voorzitter."}},
				kamerActor{genre: genreTurn, words: s.words, person: s.person, want: s.want, gov: gov, inline: l.label})
		}
	}
	// answers to Kamervragen: the minister answering is the cabinet
	question := []string{"Vraag 1", "Deelt u de mening dat een Europees grensfonds nodig is?", "Antwoord 1"}
	for _, s := range []struct {
		words  string
		person int
	}{{"Ik", 0}, {"Wij", 2}, {"Het kabinet", 1}, {"De regering", 1}, {"Nederland", 1}} {
		out = append(out, kamerActor{genre: genreAnswer, words: s.words, person: s.person, want: "country:NL", gov: true,
			before: question, say: "", pron: ""})
	}
	out = append(out, kamerActor{genre: genreAnswer, words: "Het kabinet", person: 1, want: "country:NL", gov: true,
		before: []string{"Vraag 1", "Deelt u de mening dat een Europees grensfonds nodig is?"}, inline: "Antwoord 1:"})
	// the layout of openkamer.org: the question under its bulleted label
	// in one paragraph, the answer after it without a label
	out = append(out, kamerActor{genre: genreAnswer, words: "Het kabinet", person: 1, want: "country:NL", gov: true,
		before: []string{" • Vraag 1\n  Deelt u de mening dat een Europees grensfonds nodig is?"}},
		kamerActor{genre: genreAnswer, words: "Ik", person: 0, want: "country:NL", gov: true,
			before: []string{" • Vraag 1\n  Deelt u de mening dat een Europees grensfonds nodig is?", "Ja."}})
	// no positions: the chair's turn, a question of Kamervragen
	out = append(out,
		kamerActor{genre: genreTurn, words: "Ik", person: 0, silent: true, before: []string{"De voorzitter:"}},
		kamerActor{genre: genreTurn, words: "Wij", person: 2, silent: true, inline: "De voorzitter:"},
		kamerActor{genre: genreAnswer, words: "Het kabinet", person: 1, silent: true, before: []string{"Vraag 2"}},
		kamerActor{genre: genreAnswer, words: "De minister", person: 1, silent: true, inline: "Vraag 2:"},
		kamerActor{genre: genreAnswer, words: "Het kabinet", person: 1, silent: true, inline: " • Vraag 2\n "},
	)
	return out
}

// kamerCell is one sentence of a frame: its cell name, text and class.
type kamerCell struct {
	cell, text string
	stance     stance
}

// kamerCells writes frame f with actor a in every cell the frame and the
// genre have: present, past, inverted, subordinate, modal, negated.
func kamerCells(f kamerFrame, a kamerActor) []kamerCell {
	words, lower := a.words, a.words
	switch first, rest, _ := strings.Cut(lower, " "); first {
	case "Ik", "Wij", "Zij", "Hij", "Mijn", "Deze", "Voornoemde", "De", "Het":
		lower = strings.TrimSpace(strings.ToLower(first) + " " + rest)
	}
	p := a.person
	past := 3
	if p == 2 {
		past = 4
	}
	refl := func(s string, w string, person int) string {
		r := "zich"
		switch {
		case person == 0:
			r = "mij"
		case strings.EqualFold(w, "wij"):
			r = "ons"
		}
		return strings.ReplaceAll(s, "{zich}", r)
	}
	vf := func(v string) string {
		body := f.vf
		if body == "" {
			body = f.v2 + " {V}"
		}
		return strings.Replace(body, "{V}", v, 1)
	}
	vfForm := func(k int) string {
		if f.vfForms[k] != "" {
			return f.vfForms[k]
		}
		return f.forms[k]
	}
	var out []kamerCell
	add := func(cell, s string, st stance) {
		out = append(out, kamerCell{cell: cell, text: s, stance: st})
	}
	add("present", refl(words+" "+f.forms[p]+" "+f.v2, a.words, p)+".", f.stance)
	if a.genre == genreConsultation || a.genre == genreDebate {
		add("past", refl(words+" "+f.forms[past]+" "+f.v2, a.words, p)+".", f.stance)
	}
	add("inverted", refl("Daarom "+f.forms[p]+" "+lower+" "+f.v2, a.words, p)+".", f.stance)
	add("fronted", refl("Met het oog op de komende JBZ-Raad "+f.forms[p]+" "+lower+" "+f.v2, a.words, p)+".", f.stance)
	if a.genre != genreAnswer {
		// a second verb sharing the subject of the first
		read := [5]string{"heb", "heeft", "hebben", "had", "hadden"}[p]
		add("coordinated", refl(words+" "+read+" de geannoteerde agenda gelezen en "+f.forms[p]+" "+f.v2, a.words, p)+".", f.stance)
	}
	if a.say != "" && f.vf != "-" {
		add("subordinate", words+" "+a.say+" dat "+refl(a.pron+" "+vf(vfForm(a.pronPerson)), a.pron, a.pronPerson)+".", f.stance)
	}
	if f.inf != "" {
		add("modal", refl(words+" "+kunnenForms[p]+" "+vf(f.inf), a.words, p)+".", f.stance)
	}
	if f.neg != "" {
		add("negated", refl(words+" "+f.forms[p]+" "+f.neg, a.words, p)+".", f.negStance)
	}
	return out
}

// kamerDoc writes the mini-document of a genre around its paragraphs.
func kamerDoc(genre string, paras []string) (name, text string) {
	switch genre {
	case genreAnswer:
		return "ah-tk-20242025-999.txt", "Antwoord van minister Van Dijk (Justitie en Veiligheid) (ontvangen 3 maart 2025). \n\n" +
			strings.Join(paras, " \n\n") + " \n"
	case genreTurn:
		return "h-tk-20242025-50-7.txt", "7 JBZ-Raad \n\nAan de orde is het tweeminutendebat JBZ-Raad (CD 2/3). \n\n" +
			strings.Join(paras, " \n\n") + " \n"
	case genreDebate:
		return "kst-36999-4.txt", "Nr. 4  VERSLAG VAN EEN COMMISSIEDEBAT \n\nVastgesteld 3 maart 2025 \n\n" + strings.Join(paras, " \n\n") + " \n"
	}
	return "kst-36999-4.txt", "Nr. 4  VERSLAG VAN EEN SCHRIFTELIJK OVERLEG \n\nVastgesteld 3 maart 2025 \n\n" + strings.Join(paras, " \n\n") + " \n"
}

// readsKamer extracts a mini-document and reports what differs from the
// want: "" when a position of the class and actor is read (or, for a frame
// of no position, none is).
func readsKamer(t *testing.T, genre string, paras []string, want stance, actor string) string {
	t.Helper()
	name, text := kamerDoc(genre, paras)
	ps := positionsOf(t, extractChecked(t, name, []byte(text)))
	var got []string
	for _, p := range ps {
		st := stance(p.e.Props["stance"].(string))
		a := strings.Join(p.holds, "+")
		if a == "" {
			a, _ = p.e.Props["actor"].(string)
		}
		if want != "" && st == want && strings.EqualFold(a, actor) {
			return ""
		}
		got = append(got, fmt.Sprintf("%s %q", st, a))
	}
	if want == "" && len(got) == 0 {
		return ""
	}
	if len(got) == 0 {
		return "nothing"
	}
	return strings.Join(got, ", ")
}

// kamerRead writes every frame with every actor of every genre in every
// cell and counts what is read, by family and by genre.
func kamerRead(t *testing.T, log bool) (read, total int, byGroup map[string][2]int) {
	byGroup = map[string][2]int{}
	count := func(k string, ok bool) {
		c := byGroup[k]
		c[1]++
		if ok {
			c[0]++
		}
		byGroup[k] = c
	}
	for _, a := range kamerActors() {
		for _, f := range kamerFrames {
			if f.members && a.gov || f.gov && !a.gov {
				continue
			}
			for _, c := range kamerCells(f, a) {
				paras := append([]string{}, a.before...)
				if a.inline != "" {
					paras = append(paras, a.inline+" "+c.text)
				} else {
					paras = append(paras, c.text)
				}
				want := c.stance
				if a.silent {
					want = ""
				}
				miss := readsKamer(t, a.genre, paras, want, a.want)
				total++
				if miss == "" {
					read++
				} else if log {
					t.Logf("MISS %-8s %-28s %-11s %s → %s", a.genre, f.family, c.cell, c.text, miss)
				}
				if a.silent {
					count("silent "+a.genre, miss == "")
				}
				count("genre "+a.genre, miss == "")
				count("family "+f.family, miss == "")
				count("cell "+c.cell, miss == "")
			}
		}
	}
	// motions: the operative clause is the Kamer's support
	for _, op := range kamerMotionFrames {
		for _, recital := range []string{"constaterende dat de instroom van asielzoekers stijgt;", "overwegende dat een Europees grensfonds de lidstaten ontlast;"} {
			paras := []string{"De Kamer,", "gehoord de beraadslaging,", recital, op + ",", "en gaat over tot de orde van de dag."}
			// a motion on its own, and read out in a member's turn
			for _, genre := range []string{genreConsultation, genreTurn} {
				ps := paras
				if genre == genreTurn {
					ps = append([]string{"De heer Jansen (SP):", "Ik dien de volgende motie in."}, paras...)
				}
				miss := readsKamer(t, genre, ps, stSupport, "de Kamer")
				total++
				if miss == "" {
					read++
				} else if log {
					t.Logf("MISS motion %s %s → %s", genre, op, miss)
				}
				count("genre motion", miss == "")
			}
		}
	}
	return read, total, byGroup
}

// TestKamerGenresAudit writes the inventory of parliamentary frames
// (kamer_inventory_test.go) in every genre, actor form and cell and lists what the
// extractor misses; it fails when fewer are read than minKamerRead (the
// coverage reached, kept from regressing).
func TestKamerGenresAudit(t *testing.T) {
	const minKamerRead = 19376 // lex4 (verbfinal.go): 19203 on main before
	read, total, byGroup := kamerRead(t, testing.Verbose())
	var groups []string
	for k, n := range byGroup {
		groups = append(groups, fmt.Sprintf("%s %d/%d", k, n[0], n[1]))
	}
	sort.Strings(groups)
	t.Logf("read %d of %d parliamentary sentences:\n%s", read, total, strings.Join(groups, "\n"))
	if read < minKamerRead {
		t.Errorf("read %d of %d parliamentary sentences, want at least %d", read, total, minKamerRead)
	}
}
