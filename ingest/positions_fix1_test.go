package ingest

import "testing"

// "(geen) steun verlenen aan" has one owner, the row "steun … verlenen
// aan": every word order stores that cue, and "geen" before the noun turns
// it (negated, baseStance support), as "kan … niet instemmen" is stored.
func TestSteunVerlenenOneOwner(t *testing.T) {
	cases := []struct {
		sentence, cue, stance, base string
		negated                     bool
	}{
		{"De EU heeft aangegeven dat het geen steun zal verlenen aan initiatieven die de rechten niet respecteren.", "steun … verlenen aan", "oppose", "support", true},
		{"Frankrijk heeft aangegeven dat het steun zal verlenen aan het initiatief.", "steun … verlenen aan", "support", "", false},
		{"Nederland zal geen steun verlenen aan het voorstel.", "steun verlenen aan", "oppose", "support", true},
	}
	for _, c := range cases {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if len(ps) != 1 {
			t.Errorf("%q: want one position, got %d", c.sentence, len(ps))
			continue
		}
		p := ps[0].e.Props
		if p["cue"] != c.cue || p["stance"] != c.stance || p["negated"] != c.negated {
			t.Errorf("%q: cue %q stance %v negated %v, want %q %s %v", c.sentence, p["cue"], p["stance"], p["negated"], c.cue, c.stance, c.negated)
		}
		if base, _ := p["baseStance"].(string); base != c.base {
			t.Errorf("%q: baseStance %q, want %q", c.sentence, base, c.base)
		}
	}
	// near miss: money granted by a fund is no actor's stance
	for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", "Het fonds zal steun verlenen aan projecten in de regio.")) {
		t.Errorf("fund: want no position, got %v (cue %q)", p.e.Props["stance"], p.e.Props["cue"])
	}
}
