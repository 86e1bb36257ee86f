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

// A list after a typed citation continues with numbers alone when the
// reference table knows them as acts of that type; a word for an act
// right before a bracketed "NN/NNN/SERIES" types it, known or not.
func TestActListAndBracketedCites(t *testing.T) {
	for s, want := range map[string]string{
		"Regulations (EU) 2018/1726, 2019/817 and 2019/818 of the European Parliament": "32018R1726 32019R0817 32019R0818",
		"Verordening (EU) 2019/817 en 2019/818":                                        "32019R0817 32019R0818",
		// a bare list item the table does not know ends the list
		"de verordening 2019/817 en 2023/24 en 2019/818": "32019R0817",
		"de vuurwapenrichtlijn (91/477/EEG)":             "31991L0477",
		"het Terugkeerbesluit (2004/573/EG)":             "32004D0573",
		// a bracket without a word for an act before it stays bare: unknown, no act;
		// known to the table, the act
		"het seizoen (2023/24/EU)":   "",
		"de explosieven (93/15/EEG)": "",
		"de vuurwapens (91/477/EEG)": "31991L0477",
	} {
		var got []string
		for _, c := range findActs(s) {
			got = append(got, c.celex)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("findActs(%q) = %v, want %s", s, got, want)
		}
	}
}
