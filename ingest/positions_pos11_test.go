package ingest

import "testing"

// "CIE" is the Council reports' short form of the Commission, read as
// the Commission where the letter names the Commission too.
func TestActorCIE(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Commissie presenteerde het voorstel.", "De CIE steunt het compromis van het voorzitterschap."))
	if len(ps) != 1 || len(ps[0].holds) != 1 || ps[0].holds[0] != "org:european-commission" {
		t.Errorf("de CIE after de Commissie: want one position of the Commission, got %d", len(ps))
	}
	// near-miss: without the Commission named in the letter, "CIE" is not read as it
	ps = positionsOf(t, fictionalLetter(t, "14 maart 2025", "De CIE steunt het compromis van het voorzitterschap."))
	for _, p := range ps {
		for _, h := range p.holds {
			if h == "org:european-commission" {
				t.Errorf("de CIE without the Commission in the letter: read as the Commission")
			}
		}
	}
}
