package ingest

import "testing"

// General rules of Dutch word order and of how reports are written, each
// with real-looking sentences and the sentences it must leave alone
// (docs/stances.md, "Cue forms").
func TestClassifyStanceGrammar(t *testing.T) {
	tests := []struct {
		sentence string
		stance   stance
		cue      string // "" for no cue at all
	}{
		// a framing phrase between the verb and its object
		{"De Commissie benadrukte in dat kader het belang van paraatheid aan de buitengrenzen.", stSupport, "benadrukte … het belang van"},
		{"Het voorzitterschap onderstreepte in dit verband het belang van een snelle afronding.", stSupport, "onderstreepte … het belang van"},
		{"Frankrijk benadrukte op dit punt het belang van de buitengrenzen.", stSupport, "benadrukte … het belang van"},
		{"Ook onderstreept het kabinet het belang van eenheid binnen de Unie.", stSupport, "onderstreept … het belang van"},
		{"De Commissie benadrukte in een mededeling over terugkeer het belang van samenwerking.", "", ""},
		// the subject of an inverted sentence between the verb and "zich"
		{"Tegen deze achtergrond maken deze leden zich grote zorgen over de bezuinigingen.", stConcern, "maken … zich … zorgen over"},
		{"Daarom spraken de ministers zich uit voor een gezamenlijke aanpak.", stSupport, "spraken … zich uit voor"},
		{"Ook sloten de delegaties zich aan bij de conclusies.", stSupport, "sloten … zich aan bij"},
	}
	for _, tt := range tests {
		r, ok := classifyStance(tt.sentence)
		if tt.cue == "" {
			if ok && r.cue != "" {
				t.Errorf("%q: cue %q (%s), want none", tt.sentence, r.cue, r.stance)
			}
			continue
		}
		if !ok || r.stance != tt.stance || r.cue != tt.cue {
			t.Errorf("%q: got %s %q, want %s %q", tt.sentence, r.stance, r.cue, tt.stance, tt.cue)
		}
	}
}
