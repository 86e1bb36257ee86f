package ingest

import (
	"testing"

	"jhagraph/graph"
)

// One meeting named by different days ("de informele JBZ-Raad te
// Stockholm van 25, 26 en 27 januari 2027", "de JBZ-Raad van 26 en 27
// januari") has the same facts under each key: informal, in Stockholm. A
// meeting on other days keeps its own.
func TestMeetingOverlappingDaysShareFacts(t *testing.T) {
	g := extractText(t, "kst-32317-997.txt", " Nr. 997  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 10 februari 2027 \n\n"+
		"Het kabinet was vertegenwoordigd op de informele JBZ-Raad te Stockholm van 25, 26 en 27 januari 2027.\n\n"+
		"Over de JBZ-Raad van 26 en 27 januari 2027 is uw Kamer eerder geïnformeerd, net als over de JBZ-Raad van 8 en 9 december 2026.\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	for key, want := range map[string][2]any{
		"jha-2027-01-25": {true, "Stockholm"},
		"jha-2027-01-26": {true, "Stockholm"},
		"jha-2026-12-08": {false, nil},
	} {
		e, ok := entity(g, graph.KindCouncilMeeting, key)
		if !ok {
			t.Errorf("no meeting %s", key)
			continue
		}
		inf, _ := e.Props["informal"].(bool)
		if inf != want[0] || (want[1] != nil && e.Props["place"] != want[1]) || (want[1] == nil && e.Props["place"] != nil) {
			t.Errorf("%s: props %v, want informal %v place %v", key, e.Props, want[0], want[1])
		}
	}
}
