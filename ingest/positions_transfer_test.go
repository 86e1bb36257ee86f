package ingest

import (
	"slices"
	"strings"
	"testing"
)

// transferCase is one sentence of a fictional letter and the position it
// should give ("" for none).
type transferCase struct {
	sentence string
	stance   stance
	actors   string // HOLDS sources, sorted, joined with "+", when it matters
	subject  string // a part of the subject's words, when it matters
}

// checkTransfer extracts each sentence as the body of a one-sentence
// letter and checks its one position, or that it has none.
func checkTransfer(t *testing.T, cases []transferCase) {
	t.Helper()
	for _, c := range cases {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if c.stance == "" {
			for _, p := range ps {
				t.Errorf("%q: want no position, got %v (cue %q)", c.sentence, p.e.Props["stance"], p.e.Props["cue"])
			}
			continue
		}
		if len(ps) != 1 {
			t.Errorf("%q: want one position, got %d", c.sentence, len(ps))
			continue
		}
		p := ps[0]
		if got := p.e.Props["stance"]; got != string(c.stance) {
			t.Errorf("%q: stance %v, want %s (cue %q)", c.sentence, got, c.stance, p.e.Props["cue"])
		}
		if c.actors != "" {
			holds := slices.Clone(p.holds)
			slices.Sort(holds)
			if got := strings.Join(holds, "+"); got != c.actors {
				t.Errorf("%q: actors %q, want %q (actor %q)", c.sentence, got, c.actors, p.e.Props["actor"])
			}
		}
		if subj, _ := p.e.Props["subject"].(string); c.subject != "" && !strings.Contains(subj, c.subject) {
			t.Errorf("%q: subject %q, want it to hold %q", c.sentence, subj, c.subject)
		}
	}
}

// Rule 1: a closed class of adverbs and particles may stand inside any
// cue's fixed sequence or strict gap without breaking it; a negation or a
// content word does not, and a negation keeps turning the cue.
func TestCueAdverbsInsideCue(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet vindt het van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het daarom van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het dan ook van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het met name van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet streeft er namelijk naar een akkoord te bereiken.", stCommit, "", ""},
		{"Het kabinet streeft nog steeds naar een akkoord.", stCommit, "", ""},
		{"Het kabinet is dan ook nadrukkelijk voorstander van een Europese aanpak.", stSupport, "", ""},
		{"Het kabinet zet zich nog steeds in voor een akkoord.", stCommit, "", ""},
		{"Het kabinet hecht er in het bijzonder aan dat de rechten geborgd zijn.", stPriority, "", ""},
		// a hedge skipped inside the cue still hedges it
		{"Nederland kan zich daarom in beginsel vinden in het compromis.", stReserved, "", ""},
		// a negation is no adverb of the class: where the cue has a gap it
		// turns the cue, inside a fixed sequence the cue is not read
		{"Het kabinet is daarom geen voorstander van een Europese aanpak.", stOppose, "", ""},
		{"Het kabinet vindt het niet van belang dat de lidstaten samenwerken.", "", "", ""},
		// a content word is no adverb: "het project" is the object
		{"Het kabinet vindt het project van belang voor de regio.", "", "", ""},
		{"De Commissie streeft naar de uitvoering daarvan bijvoorbeeld naar 2030.", "", "", ""},
	})
}
