package ingest

import (
	"testing"

	"jhagraph/graph"
)

// A heading that is only a day of the meeting ("Donderdag 11 december",
// "Eerste dag") is no agenda item, also where text follows it as text
// follows an item's title; the titles under it are items.
func TestAgendaDayHeadingNoItem(t *testing.T) {
	for _, day := range []string{"Donderdag 11 december", "Eerste dag", "Dag 1"} {
		t.Run(day, func(t *testing.T) {
			g := extractText(t, "kst-32317-988.txt", " Nr. 988  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 20 december 2027 \n\n"+
				"Verslag van de JBZ-Raad van 11 en 12 december 2027 te Brussel\n\n"+
				day+"\n\nDe ministers van Binnenlandse Zaken kwamen bijeen.\n\n"+
				"Terugkeer\n\nDe Raad bereikte een akkoord over terugkeer.\n\n"+
				"Schengen\n\nDe ministers spraken over Schengen.\n\n"+
				"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
			var titles []string
			for _, e := range g.Entities {
				if e.Kind == graph.KindAgendaItem {
					titles = append(titles, e.Props["title"].(string))
				}
			}
			if len(titles) != 2 || titles[0] == day || titles[1] == day {
				t.Errorf("items %q, want Terugkeer and Schengen", titles)
			}
		})
	}
}
