package ingest

import "testing"

// A cue slot's quick test (mayHold) never turns away a word of the slot:
// on every token of the test letters, for every slot of every cue, a word
// the slot holds passes it. A word with another first letter fails it.
func TestSlotQuickTestKeepsItsWords(t *testing.T) {
	paras, _ := testParagraphs(t)
	var words []string
	seen := map[string]bool{}
	for _, p := range paras {
		for _, tok := range tokenize([]rune(p)) {
			if !seen[tok.lower] {
				seen[tok.lower] = true
				words = append(words, tok.lower)
			}
		}
	}
	turned := 0
	for _, c := range compiledCues() {
		for k := range c.slots {
			s := &c.slots[k]
			own := words[:len(words):len(words)]
			for w := range s.words {
				own = append(own, w, w+"12")
			}
			for _, w := range own {
				if s.words[cueWord(token{lower: w})] && !s.mayHold(w) {
					t.Fatalf("slot %v turns away %q", s.words, w)
				}
				if !s.mayHold(w) {
					turned++
				}
			}
		}
	}
	if turned == 0 {
		t.Error("the quick test turns no word away")
	}
	s := slot{words: map[string]bool{"steunt": true}}
	s.first['s'>>6] |= 1 << ('s' & 63)
	if s.mayHold("vindt") || !s.mayHold("staat") {
		t.Error(`a slot of "steunt" takes "vindt" or turns "staat" away`)
	}
}
