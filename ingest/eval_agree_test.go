package ingest

import "testing"

func TestScoreAgreement(t *testing.T) {
	gold := Gold{File: "x.txt", Document: GoldDocument{Key: "kst-1-2"}, Positions: []GoldPosition{
		{Actor: GoldActor{"country:NL"}, Stance: "support", Subjects: []string{"het voorstel"}, Quote: "Nederland steunt het voorstel van de Commissie."},
		{Actor: GoldActor{"country:DE"}, Stance: "oppose", Subjects: []string{"het voorstel"}, Quote: "Duitsland wees het voorstel af."},
		{Actor: GoldActor{"country:FR"}, Stance: "informational", Subjects: []string{"de stand van zaken"}, Quote: "Frankrijk lichtte de stand van zaken toe.", Optional: true},
	}}
	t.Run("the same annotation agrees fully", func(t *testing.T) {
		s := ScoreAgreement(gold, gold)
		if c := s.Cats[CatPositions]; c.TP != 2 || c.FP != 0 || c.FN != 0 {
			t.Errorf("positions %d/%d/%d, want 2/0/0 (the optional one neither hit nor miss)", c.TP, c.FP, c.FN)
		}
	})
	t.Run("a second reader who differs", func(t *testing.T) {
		second := gold
		second.Positions = []GoldPosition{
			// the same sentence, another stance
			{Actor: GoldActor{"country:NL"}, Stance: "welcome", Subjects: []string{"het voorstel"}, Quote: "Nederland steunt het voorstel van de Commissie."},
			// optional for this reader: not counted as extracted
			{Actor: GoldActor{"country:DE"}, Stance: "oppose", Subjects: []string{"het voorstel"}, Quote: "Duitsland wees het voorstel af.", Optional: true},
			// required for this reader, optional in the gold: no false positive
			{Actor: GoldActor{"country:FR"}, Stance: "informational", Subjects: []string{"de stand van zaken"}, Quote: "Frankrijk lichtte de stand van zaken toe."},
		}
		s := ScoreAgreement(gold, second)
		if c := s.Cats[CatPosDetected]; c.TP != 1 || c.FP != 0 || c.FN != 1 {
			t.Errorf("detected %d/%d/%d, want 1/0/1", c.TP, c.FP, c.FN)
		}
		if c := s.Cats[CatPosStance]; c.TP != 0 || c.FP != 1 {
			t.Errorf("stance %d/%d, want 0/1: welcome is not support", c.TP, c.FP)
		}
		if c := s.Cats[CatPositions]; c.TP != 0 || c.FN != 2 {
			t.Errorf("positions %d/%d/%d, want 0 hits and 2 misses", c.TP, c.FP, c.FN)
		}
	})
}
