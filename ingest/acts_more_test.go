package ingest

import (
	"strings"
	"testing"
)

// TestFindActsBeschikking: "Beschikking", the Dutch word for a decision
// before 2009, types a citation as a decision, alone, in a compound and in
// a list.
func TestFindActsBeschikking(t *testing.T) {
	s := "tot intrekking van Richtlijn 2001/40/EG en Beschikking 2004/191/EG van de Raad; de Raadsbeschikking 2007/533/JBZ en de beschikkingen 2005/211/JBZ en 2005/212/JBZ."
	var got []string
	for _, c := range findActs(s) {
		got = append(got, c.celex)
	}
	want := "32001L0040 32004D0191 32007D0533 32005D0211 32005D0212"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("findActs = %s, want %s", g, want)
	}
}
