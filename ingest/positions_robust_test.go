package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// Cue matching that tolerates ordinary cabinet prose (issue 12): adverbs
// between actor, verb, particle and object, dashed asides, separable verbs,
// a capitalised Kabinet and quantified groups of member states. One
// fictional sentence per pattern.
func TestPositionsRobustCues(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"Het Kabinet kiest daarom nadrukkelijk voor een gezamenlijke aanpak van ondermijning.",
		"Het Kabinet zet daarom stevig in op de aanpak van wapenhandel.",
		"Het kabinet ijvert er – zoals bekend – in Benelux-verband voor dat de regels worden aangescherpt.",
		"Het kabinet zet zich er juist voor in om te voorkomen dat de termijnen verlopen.",
		"De bestrijding van witwassen staat bovenaan de agenda van het kabinet.",
		"In de Raad zal Nederland zich van stemming onthouden.",
		"Nederland had graag gezien dat de verordening later was vastgesteld.",
		"Bepaalde lidstaten zien het graag beperkt tot de inzet van fondsen.",
		"Daarnaast noemden verschillende lidstaten het belang van slimme grenzen.",
		"De bevoegde Nederlandse autoriteiten streven er wel naar de termijnen te halen.",
		"In die nota benoemt het kabinet zijn ambitie om de recherche te versterken.",
		"Ik blijf gedurende de proef in contact met de Belgische collega's.",
		"Daarmee kan ik bevestigend antwoorden op het verzoek van de commissie.",
		// no stance: others' own practice; an unpaired dash
		"De meeste lidstaten kiezen voor een eigen model van toezicht.",
		"Het rapport – dat in mei verscheen bevat cijfers over de instroom.",
	)
	want := []struct{ quote, stance, actor string }{
		{"Het Kabinet kiest", "preference", "het Kabinet"},
		{"Het Kabinet zet daarom stevig", "commit", "het Kabinet"},
		{"Het kabinet ijvert", "commit", "het kabinet"},
		{"Het kabinet zet zich er juist", "commit", "het kabinet"},
		{"De bestrijding van witwassen staat bovenaan", "priority", "het kabinet"},
		{"In de Raad zal Nederland", "reserved", "Nederland"},
		{"Nederland had graag gezien", "preference", "Nederland"},
		{"Bepaalde lidstaten zien", "preference", "Bepaalde lidstaten"},
		{"Daarnaast noemden verschillende lidstaten", "priority", "verschillende lidstaten"},
		{"De bevoegde Nederlandse autoriteiten streven", "commit", "de bevoegde Nederlandse autoriteiten"},
		{"In die nota benoemt het kabinet", "commit", "het kabinet"},
		{"Ik blijf gedurende de proef", "commit", "ik"},
		{"Daarmee kan ik bevestigend", "agree", "ik"},
	}
	ps := positionsOf(t, g)
	if len(ps) != len(want) {
		for _, p := range ps {
			t.Logf("%s %q: %q", p.e.Props["stance"], p.e.Props["actor"], p.e.Props["quote"])
		}
		t.Fatalf("%d positions, want %d", len(ps), len(want))
	}
	for i, w := range want {
		p := ps[i]
		q, _ := p.e.Props["quote"].(string)
		if !strings.HasPrefix(q, w.quote) || p.e.Props["stance"] != w.stance || p.e.Props["actor"] != w.actor {
			t.Errorf("position %d: got %s %q %q, want %s %q %q…", i, p.e.Props["stance"], p.e.Props["actor"], q, w.stance, w.actor, w.quote)
		}
	}
}

// A dash with spaces on both sides opens an aside only when a second one
// closes it.
func TestBracketedDashes(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string // the marked words
	}{
		{"Nederland ijvert er – zoals bekend – voor.", "zoals bekend"},
		{"Het rapport – dat in mei verscheen bevat cijfers.", ""},
		{"Het EU-verband (zie boven) telt.", "zie boven"},
	} {
		rs := []rune(tt.s)
		toks := tokenize(rs)
		var got []string
		for k, in := range bracketed(rs, toks) {
			if in {
				got = append(got, toks[k].text)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: marked %q, want %q", tt.s, got, tt.want)
		}
	}
}

// onePosition is the one position of g; it stops the test when g has
// another number of positions.
func onePosition(t *testing.T, g graph.DocumentGraph) position {
	t.Helper()
	ps := positionsOf(t, g)
	if len(ps) != 1 {
		t.Fatalf("%d positions, want 1", len(ps))
	}
	return ps[0]
}

// An abstention without an object concerns the one act the sentence before
// names.
func TestPositionsAbstentionOnPreviousAct(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"Het voorstel tot herziening van de Mensenhandelrichtlijn staat als A-punt op de lijst van de Raad. Nederland zal zich van stemming onthouden.")
	p := onePosition(t, g)
	if p.e.Props["stance"] != "reserved" || !containsString(p.on, "celex:32024L1712") {
		t.Errorf("got %s on %v (%q), want reserved on the act", p.e.Props["stance"], p.on, p.e.Props["subject"])
	}
}

// The operative clause of a motion is the Kamer's: the government it
// addresses is no actor.
func TestPositionsMotionClause(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"De Kamer, gehoord de beraadslaging,",
		"overwegende dat de terugkeer van afgewezen asielzoekers stokt;",
		"verzoekt de regering om in de Raad aan te dringen op een gezamenlijk terugkeerbeleid,",
		"en gaat over tot de orde van de dag.")
	ps := positionsOf(t, g)
	found := false
	for _, p := range ps {
		if q, _ := p.e.Props["quote"].(string); strings.HasPrefix(q, "verzoekt de regering") {
			found = true
			if p.e.Props["actor"] != "de Kamer" || p.e.Props["stance"] != "support" || len(p.holds) != 0 {
				t.Errorf("got %s %q held by %v, want support of de Kamer without a node", p.e.Props["stance"], p.e.Props["actor"], p.holds)
			}
		}
	}
	if !found {
		t.Errorf("no position on the operative clause in %d positions", len(ps))
	}
}

// "Er bleek overeenstemming te bestaan over X": the delegations agree on X.
func TestPositionsConsensusOfDelegations(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"De ministers spraken over terugkeer. Er bleek brede overeenstemming te bestaan over het belang van snelle terugkeer.")
	if p := onePosition(t, g); p.e.Props["stance"] != "support" || p.e.Props["actor"] != "de lidstaten" || p.e.Props["subject"] != "het belang van snelle terugkeer" {
		t.Errorf("got %s %q on %q", p.e.Props["stance"], p.e.Props["actor"], p.e.Props["subject"])
	}
}
