package ingest

import "testing"

// The word-bit prefilter of findCues (mayMatchIn) must never drop a cue
// that matches: over every sentence of the development letters (devSentences) and some
// fictional ones, every cue that matchCue reads at a token passes the
// prefilter of its sentence, and the prefilter does drop some cues (or it
// would be no filter).
func TestCuePrefilterIsSound(t *testing.T) {
	texts := devSentences(t) // events_need_test.go
	if len(texts) == 0 {
		t.Fatal("no development sentences")
	}
	texts = append(texts, "Daarom is het kabinet het eens met de Commissie.", "Het kabinet kan zich vinden in het voorstel.",
		"dat zij waardering hebben voor de inzet", "Nederland heeft zich sterk gemaakt voor een akkoord.")
	byFirst := cuesByFirst()
	matched, dropped := 0, 0
	for _, line := range texts {
		rs := []rune(line)
		toks := tokenize(rs)
		var sent wordBits
		for _, tk := range toks {
			sent.add(tk.lower)
			sent.add(cueWord(tk))
		}
		paren := bracketed(rs, toks)
		adv := cueRuns{adverb: cueAdverbRuns(toks), group: groupRuns(toks)}
		used := map[int]bool{}
		for i := range toks {
			for _, c := range byFirst[cueWord(toks[i])] {
				pass := c.mayMatchIn(&sent)
				if !pass {
					dropped++
				}
				if _, ok := matchCue(c, rs, toks, i, used, paren, adv); ok {
					matched++
					if !pass {
						t.Errorf("cue %q matches %q but the prefilter drops it", c.def.pattern, line)
					}
				}
			}
		}
	}
	if matched == 0 || dropped == 0 {
		t.Errorf("matched %d, dropped %d: the test tests nothing", matched, dropped)
	}
	t.Logf("%d cue matches, %d cue tries dropped by the prefilter", matched, dropped)
}
