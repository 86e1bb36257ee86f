package ingest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// councilCase is one generated sentence of the audit and what a reader
// finds in it.
type councilCase struct {
	sentence string
	stance   stance // "" for no position
	want     string // the gold's actor: ids joined with "+", or words
	subj     string
	// the cells it counts in
	actor, frame, tense, order string
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func squashSpaces(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(strings.ReplaceAll(s, " .", "."), ",,", ",")
}

// frameName names a frame by its present singular and its middle field.
func frameName(f councilFrame) string {
	return strings.TrimSpace(strings.Join([]string{f.pres[0], f.mid, f.end, strings.SplitN(f.extra, " ", 2)[0]}, " "))
}

// councilCases builds every actor form into every frame in the present,
// the past and the perfect, in four orders: the main clause (V2), the
// inversion after a fronted phrase, a dat-clause after a verb of finding,
// and the actor's own report ("A gaf aan dat zij …", the pronoun in the
// clause); then the collective outcomes and the frames with the actor
// after the verb, and the near-misses.
func councilCases() []councilCase {
	var out []councilCase
	tenses := []string{"present", "past", "perfect"}
	for _, a := range councilActors {
		n := 0
		if a.plural {
			n = 1
		}
		for _, f := range councilFrames {
			for _, tense := range tenses {
				var fin, vend, subEnd string
				switch tense {
				case "present", "past":
					fin = f.pres[n]
					if tense == "past" {
						fin = f.past[n]
					}
					vend = f.end
					switch {
					case f.sep:
						subEnd = f.end + fin
					case f.end != "":
						subEnd = fin + " " + f.end
					default:
						subEnd = fin
					}
				case "perfect":
					fin, vend = f.aux[n], f.perf
					subEnd = f.aux[n] + " " + f.perf
				}
				words := strings.TrimSuffix(a.words, ",")
				comma := ""
				if strings.HasSuffix(a.words, ",") {
					comma = ","
				}
				orders := map[string]string{
					"V2":          capFirst(a.words) + " " + fin + " " + f.mid + " " + vend + " " + f.extra + ".",
					"inversion":   "Tijdens de Raad " + fin + " " + a.words + " " + f.mid + " " + vend + " " + f.extra + ".",
					"subordinate": "Uit de discussie bleek dat " + a.words + " " + f.mid + " " + subEnd + " " + f.extra + ".",
				}
				if a.pron != "" {
					say := "gaf"
					if a.plural {
						say = "gaven"
					}
					orders["report"] = capFirst(words) + comma + " " + say + " aan dat " + a.pron + " " + f.mid + " " + subEnd + " " + f.extra + "."
				}
				for order, s := range orders {
					out = append(out, councilCase{sentence: squashSpaces(s), stance: f.stance, want: a.want, subj: f.subj,
						actor: a.words, frame: frameName(f), tense: tense, order: order})
				}
			}
		}
		for _, f := range councilAgentFrames {
			for i, form := range f.forms {
				s := strings.ReplaceAll(form, "{A}.", strings.TrimSuffix(a.words, ",")+".")
				out = append(out, councilCase{sentence: strings.ReplaceAll(s, "{A}", a.words), stance: f.stance,
					want: a.want, subj: f.subj, actor: a.words, frame: "agent: " + strings.Join(strings.Fields(f.forms[1])[5:8], " "), tense: tenses[i], order: "agent"})
			}
		}
	}
	for _, c := range councilCollectives {
		for i, tense := range tenses[:2] {
			for order, s := range map[string]string{"V2": c.v2[i], "inversion": c.inv[i], "subordinate": c.sub[i]} {
				out = append(out, councilCase{sentence: s, stance: c.stance, want: c.want, subj: c.subj,
					actor: "(collective)", frame: "collective: " + strings.Join(strings.Fields(c.v2[1])[1:4], " "), tense: tense, order: order})
			}
		}
	}
	for _, s := range councilNoStance {
		out = append(out, councilCase{sentence: s, actor: "(none)", frame: "no stance", tense: "-", order: "-"})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].sentence < out[j].sentence })
	return out
}

// councilRead checks one case and says what is wrong, "" when right.
func councilRead(t *testing.T, c councilCase) string {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
	if c.stance == "" {
		if len(ps) > 0 {
			return fmt.Sprintf("want none, got %v (cue %q)", ps[0].e.Props["stance"], ps[0].e.Props["cue"])
		}
		return ""
	}
	if len(ps) == 0 {
		return "no position"
	}
	// the position whose stance is the one wanted, else the first
	p := ps[0]
	for _, q := range ps {
		if q.e.Props["stance"] == string(c.stance) {
			p = q
			break
		}
	}
	var bad []string
	if got := p.e.Props["stance"]; got != string(c.stance) {
		bad = append(bad, fmt.Sprintf("stance %v (cue %q)", got, p.e.Props["cue"]))
	}
	holds := slices.Clone(p.holds)
	slices.Sort(holds)
	words, _ := p.e.Props["actor"].(string)
	if strings.Contains(c.want, ":") {
		if got := strings.Join(holds, "+"); got != c.want {
			bad = append(bad, fmt.Sprintf("actor %q (%q)", got, words))
		}
	} else if len(holds) > 0 || !evalWordsMatch(c.want, words) {
		bad = append(bad, fmt.Sprintf("actor %q %v", words, holds))
	}
	if subj, _ := p.e.Props["subject"].(string); !strings.Contains(subj, c.subj) {
		bad = append(bad, fmt.Sprintf("subject %q", subj))
	}
	return strings.Join(bad, "; ")
}

// councilAuditFloor is the share of the audit's cases the extractor reads
// right (measured; the audit fails below it), of all cases and of the
// short run's every third. The same inventory on main before council1's
// rules (87dd410): 0.722 of all, 0.738 short (V2 0.85, inversion 0.74,
// subordinate 0.66, report 0.65, agent 0.44); with them: 0.866 (V2 1.00,
// inversion 0.87, subordinate 0.78, report 0.78, agent 0.96). What is left
// is mostly the cue matcher's (the perfect in a dat-clause, long inverted
// subjects in a strict gap, lists with commas in a gap). On main at 66ce10c
// 0.925; with lex4's verb-final rows (verbfinal.go) 0.969, short 0.976.
const (
	councilAuditFloor      = 0.968
	councilAuditFloorShort = 0.975
)

func TestCouncilVoicesAudit(t *testing.T) {
	cases := councilCases()
	if testing.Short() {
		// every third case keeps all cells in the short run
		var some []councilCase
		for i, c := range cases {
			if i%3 == 0 {
				some = append(some, c)
			}
		}
		cases = some
	}
	tally := newAuditTally(55, "order", "tense", "frame", "actor")
	for _, c := range cases {
		keys := map[string]string{"actor": c.actor, "frame": c.frame, "tense": c.tense, "order": c.order}
		tally.add(keys, councilRead(t, c), c.sentence)
	}
	rate := tally.log(t, "council voices", 2)
	floor := councilAuditFloor
	if testing.Short() {
		floor = councilAuditFloorShort
	}
	if rate < floor {
		t.Errorf("council voices audit %.3f below its floor %.3f", rate, floor)
	}
}

// The rules the audit asked for, each with a fictional sentence and a
// near-miss.
func TestCouncilVoicesRules(t *testing.T) {
	const ec, pl = "org:european-commission", "country:PL"
	checkTransfer(t, []transferCase{
		// a nominal stance in the passive, with its agent
		{"Tijdens de Raad werd door Frankrijk steun uitgesproken voor een terugkeerfonds.", stSupport, "country:FR", "terugkeerfonds"},
		{"Ook werden door enkele lidstaten zorgen geuit over de kosten van het systeem.", stConcern, "", "kosten"},
		{"Daarbij werden door Oostenrijk kanttekeningen bij de voorgestelde structuur geplaatst.", stConcern, "country:AT", "structuur"},
		{"Tijdens de Raad werd steun uitgesproken voor een terugkeerfonds.", "", "", ""}, // no agent: no one named holds it
		// support received, in the perfect; help received is none
		{"Het voorstel voor een terugkeerfonds heeft de steun van twintig lidstaten gekregen.", stSupport, "", "terugkeerfonds"},
		{"Nederland heeft steun van de Commissie gekregen bij de opvang.", "", "", ""},
		// the presidency closing the sentence
		{"Het plan voor een terugkeerfonds kreeg de steun van het voorzitterschap.", stSupport, pl, "terugkeerfonds"},
		// a group with the countries named in it, at the sentence's end
		{"Het plan voor een terugkeerfonds kreeg de steun van veel lidstaten, waaronder Spanje en Portugal.", stSupport, "country:ES+country:PT", "terugkeerfonds"},
		// a passive's agent: a pronoun, two actors joined by "en"
		{"Het plan werd door de Commissie en het voorzitterschap gesteund.", stSupport, pl + "+" + ec, "plan"},
		{"Het plan werd door hen besproken.", "", "", ""},
		// a pronoun in the dat-clause points to both actors joined before
		{"De Commissie en het voorzitterschap gaven aan dat zij het plan steunen.", stSupport, pl + "+" + ec, "plan"},
		// the chair's finding of agreement, support found to exist
		{"Het voorzitterschap concludeerde dat er overeenstemming was over de tekst van de verordening.", stSupport, "", "tekst"},
		{"Het voorzitterschap concludeerde dat de vergadering om tien uur begint.", "", "", ""},
		{"Tijdens de Raad bleek brede steun te bestaan voor de aanpak van smokkel.", stSupport, "", "smokkel"},
		{"Tijdens de Raad bleek geen consensus te bestaan over de aanpak van smokkel.", stOppose, "", "smokkel"},
		{"Uit de discussie bleek dat de zaal te klein was.", "", "", ""},
		// counting on broad support: the delegations'; help received, or
		// support without breadth, is none; the supporters named hold it
		{"Het voorstel voor een terugkeerfonds kon rekenen op brede steun.", stSupport, "", "terugkeerfonds"},
		{"Het voorstel voor een terugkeerfonds kan in de Raad rekenen op ruime steun.", stSupport, "", "terugkeerfonds"},
		{"Nederland kon rekenen op brede steun.", "", "", ""},
		{"Het voorzitterschap stelde vast dat het voorstel voor een terugkeerfonds kon rekenen op brede steun.", stSupport, "", "terugkeerfonds"},
		{"Het voorstel kon rekenen op steun.", "", "", ""},
		{"Het voorstel voor een terugkeerfonds kan rekenen op brede steun van Frankrijk.", stSupport, "country:FR", "terugkeerfonds"},
		// a passive's agent with its partner
		{"Het plan werd door Duitsland, samen met Frankrijk, gesteund.", stSupport, "country:DE+country:FR", "plan"},
		// groups and ministers named by their countries
		{"De delegaties steunden het voorstel voor een terugkeerfonds.", stSupport, "", "terugkeerfonds"},
		{"De Franse en Duitse ministers steunden het voorstel voor een terugkeerfonds.", stSupport, "country:DE+country:FR", "terugkeerfonds"},
		{"De Franse minister en zijn Duitse collega steunden het voorstel voor een terugkeerfonds.", stSupport, "country:DE+country:FR", "terugkeerfonds"},
		{"De Visegrad-landen wezen het voorstel voor een terugkeerfonds af.", stOppose, "", "terugkeerfonds"},
		{"In de Benelux-landen is de instroom gedaald.", "", "", ""},
		{"De minister sprak met zijn Duitse collega over het voorstel.", "", "", ""},
		// "zowel A als B": both, in either order
		{"Zowel Frankrijk als de Commissie steunden het voorstel voor een terugkeerfonds.", stSupport, "country:FR+" + ec, "terugkeerfonds"},
		{"Tijdens de Raad steunden zowel Frankrijk als Duitsland het voorstel voor een terugkeerfonds.", stSupport, "country:DE+country:FR", "terugkeerfonds"},
		{"Frankrijk steunde zowel het plan als de verklaring.", stSupport, "country:FR", "plan"},
		// an agentless passive in a "waarbij"-clause: the main clause's
		// subject; none without one, an agent of its own is the agent's
		{"Verschillende lidstaten presenteerden voorstellen, waarbij het belang van een sterke buitengrens werd benadrukt.", stSupport, "", "buitengrens"},
		{"De Commissie presenteerde het plan aan de lidstaten, waarbij zorgen werden geuit over de kosten.", stConcern, ec, "kosten"},
		{"Frankrijk presenteerde een non-paper, waarbij werd gepleit voor een snellere terugkeer.", stSupport, "country:FR", "terugkeer"},
		{"Er werd gesproken over migratie, waarbij het belang van terugkeer werd benadrukt.", "", "", ""},
		{"De Commissie presenteerde het plan, waarbij door Frankrijk het belang van terugkeer werd benadrukt.", stSupport, "country:FR", ""},
		// an adjective before the country's: that country
		{"Het inkomende Deense voorzitterschap steunde het voorstel voor een terugkeerfonds.", stSupport, "country:DK", "terugkeerfonds"},
		{"De toenmalige Franse minister wees het voorstel voor een terugkeerfonds af.", stOppose, "country:FR", "terugkeerfonds"},
		{"Hij sprak over de eerste Duitse ervaringen met het plan.", "", "", ""},
		// a group of the group table by its grammar, inverted in a gap
		{"Tijdens de Raad uitte een grote groep lidstaten zorgen over de kosten.", stConcern, "", "kosten"},
		{"In een grote groep lidstaten is de instroom gedaald.", "", "", ""},
	})
	// a phrase that points back to the countries named before
	for _, c := range []struct {
		paras []string
		want  string // HOLDS, sorted, "+"; "" for none
	}{
		{[]string{"Frankrijk en Duitsland presenteerden een non-paper. Deze lidstaten pleitten voor een snellere terugkeer."}, "country:DE+country:FR"},
		{[]string{"Frankrijk en Duitsland presenteerden een non-paper. Beide landen pleitten voor een snellere terugkeer."}, "country:DE+country:FR"},
		{[]string{"Frankrijk en Duitsland presenteerden een non-paper. De twee landen pleitten voor een snellere terugkeer."}, "country:DE+country:FR"},
		{[]string{"Italië presenteerde een non-paper. Het land pleitte voor een snellere terugkeer."}, "country:IT"},
		// near-misses: a count that does not fit, no countries before
		{[]string{"Frankrijk, Italië en Duitsland presenteerden een non-paper. De twee landen pleitten voor een snellere terugkeer."}, ""},
		{[]string{"De Commissie presenteerde het plan. Deze lidstaten pleitten voor een snellere terugkeer."}, ""},
	} {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.paras...))
		if len(ps) != 1 {
			t.Errorf("%q: %d positions, want 1", c.paras, len(ps))
			continue
		}
		holds := slices.Clone(ps[0].holds)
		slices.Sort(holds)
		if got := strings.Join(holds, "+"); got != c.want {
			t.Errorf("%q: actors %q, want %q", c.paras, got, c.want)
		}
	}
	// the pronoun of a passive's agent and a fronted pointer take what the
	// sentence before names
	for _, c := range []struct {
		paras       []string
		stance      stance
		actor, subj string
	}{
		{[]string{"De meeste lidstaten verwelkomden het plan, maar tegelijkertijd werden door hen veel kanttekeningen bij de voorgestelde structuur geplaatst."}, stConcern, "de meeste lidstaten", "structuur"},
		{[]string{"Het einddoel werd door de voorzitter in de conclusies opgenomen. Hierover bleek in de Raad wel consensus te bestaan."}, stSupport, "de lidstaten", "einddoel"},
		{[]string{"De oprichting van een nieuw centrum werd besproken. Hiervoor is brede steun onder de lidstaten."}, stSupport, "de lidstaten", "oprichting"},
	} {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.paras...))
		found := false
		for _, p := range ps {
			if p.e.Props["stance"] != string(c.stance) {
				continue
			}
			found = true
			if a, _ := p.e.Props["actor"].(string); !evalWordsMatch(c.actor, a) || len(p.holds) > 0 {
				t.Errorf("%q: actor %q %v, want %q", c.paras, a, p.holds, c.actor)
			}
			if s, _ := p.e.Props["subject"].(string); !strings.Contains(s, c.subj) {
				t.Errorf("%q: subject %q, want it to hold %q", c.paras, s, c.subj)
			}
		}
		if !found {
			t.Errorf("%q: no %s position", c.paras, c.stance)
		}
	}
}

// The group table holds the council groups once, by their first word, the
// longest first (withCouncilGroups).
func TestCouncilGroups(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range actorGroups {
		k := strings.Join(g, " ")
		if seen[k] {
			t.Errorf("group %q twice", k)
		}
		seen[k] = true
	}
	for _, want := range []string{"een grote groep lidstaten", "de overige delegaties", "twintig landen", "het merendeel van de ministers"} {
		if !seen[want] {
			t.Errorf("group %q missing", want)
		}
	}
	toks := tokenize([]rune("Daarom uitte een kleine minderheid van de delegaties zorgen"))
	if n := groupInGap(toks, 2); n != 6 {
		t.Errorf("groupInGap: %d, want 6", n)
	}
}
