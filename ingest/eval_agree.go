package ingest

import "strconv"

// Agreement between two annotators. The goals (positions recall 0.80
// at precision 0.90 on unseen text) mean something only next to what a
// second careful reader reaches under the same written rules: if two people
// agree at 0.80, the gold itself is no firmer than that. ScoreAgreement
// scores a second annotation of a document against its gold exactly as an
// extraction is scored (the same quote matching, one-to-one pairing and
// actor, stance and subject tests), so the two figures can stand side by
// side.

// ScoreAgreement scores the positions of second, a second annotation of
// gold's document, as if an extractor had produced them: required positions
// of second are what it "extracted". Its optional positions are left out,
// since they are what that annotator would not insist on; gold's optional
// positions neither count as misses nor, matched, as hits, as in Score.
func ScoreAgreement(gold, second Gold) *Scores {
	s := newEvalScores()
	s.Letters = []string{gold.Document.Key}
	if gold.Document.Key == "" {
		s.Letters = []string{gold.File}
	}
	var got []evalPosition
	for i, p := range second.Positions {
		if p.Optional {
			continue
		}
		ep := evalPosition{key: secondLabel(i), quote: p.Quote, stance: p.Stance}
		var words []string
		ep.actors, words = evalSplitIDs(p.Actor)
		if len(ep.actors) == 0 && len(words) > 0 {
			ep.actorWords = words[0]
		}
		for _, sub := range p.Subjects {
			if evalIsID(sub) {
				ep.subjectIDs = append(ep.subjectIDs, sub)
			} else if ep.subject == "" {
				ep.subject = sub
			}
		}
		if p.AgendaItem != nil {
			ep.agendaItem = *p.AgendaItem
		}
		got = append(got, ep)
	}
	s.scorePositions(gold.Positions, got)
	return s
}

func secondLabel(i int) string { return "second#" + strconv.Itoa(i+1) }
