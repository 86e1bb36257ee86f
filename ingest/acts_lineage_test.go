package ingest

import "testing"

// An act's predecessor is the act it succeeded that shares a name with its
// line ("Frontex Regulation"), not another act it also repealed (the
// Eurosur Regulation); so "Frontex-verordening" in a letter names the
// Frontex regulation of its time.
func TestActPredecessorByName(t *testing.T) {
	s := successions()
	if p := s.prev["32019R1896"]; p != "32016R1624" {
		t.Errorf("predecessor of 2019/1896 = %q, want 32016R1624 (not the Eurosur Regulation 1052/2013 it also repealed)", p)
	}
	if p := s.prev["32016R1624"]; p != "32004R2007" {
		t.Errorf("predecessor of 2016/1624 = %q, want 32004R2007 (not its amendment 1168/2011)", p)
	}
	for year, want := range map[int]string{2010: "32004R2007", 2017: "32016R1624", 2021: "32019R1896"} {
		if got, ok := datedActName("32019R1896", []rune("Conform de "), year); !ok || got != want {
			t.Errorf("'Frontex-verordening' in %d = %q %v, want %s", year, got, ok, want)
		}
	}
	for _, name := range []string{"EG-Bewijsverordening", "Natuurherstelverordening", "Eurosur-verordening", "AMIF-verordening", "API-richtlijn", "Precursorenverordening", "wijziging Visumcode", "Klokkenluidersrichtlijn", "Richtlijn milieucriminaliteit"} {
		if _, ok := ResolveActRef(name); !ok {
			t.Errorf("%q not resolved", name)
		}
	}
	for _, name := range []string{"Eurosur", "AMIF"} {
		if celex, ok := ResolveActRef(name); ok {
			t.Errorf("%q (a system or fund) resolved to %s", name, celex)
		}
	}
}

// An amending act is no successor: "het Commissievoorstel tot herziening
// van de Visumcode" in 2018 names the Visa Code 810/2009, which the
// amendment 2019/1155 leaves in force.
func TestAmendmentIsNoSuccessor(t *testing.T) {
	if next, ok := successions().next["32009R0810"]; ok {
		t.Errorf("810/2009 succeeded by %s; an amendment succeeds nothing", next)
	}
	if got, ok := datedActName("32009R0810", []rune("De Ministers bespraken het Commissievoorstel tot herziening van de "), 2018); !ok || got != "32009R0810" {
		t.Errorf("'Visumcode' in a proposal of 2018 = %q, want 32009R0810", got)
	}
}
