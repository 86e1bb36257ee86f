package ingest

import "testing"

// A table of contents refers to the pages where the items are: its lines
// are no items, whether they end in dot leaders and a page number or stand
// under "Inhoudsopgave" with the page number after a space. A numbered
// title that ends in a number outside a table of contents is an item.
func TestAgendaTableOfContents(t *testing.T) {
	const head = " Nr. 989  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 1 december 2027 \n\n" +
		"Geannoteerde agenda van de JBZ-Raad van 11 en 12 december 2027\n\n"
	const body = "I. Binnenlandse Zaken\n\n1. Terugkeer\n\n= Algemene oriëntatie\n\n" +
		"Het voorzitterschap streeft naar een akkoord over terugkeer.\n\n" +
		"2. Werksessie 2\n\n= Beleidsdebat\n\nDe ministers spreken over Schengen.\n\n" +
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	const m = "jha-2027-12-11"
	want := []wantItem{
		{m + ":I.1", "I", "Binnenlandse Zaken", "Terugkeer", "algemene oriëntatie", "home-affairs", 1},
		{m + ":I.2", "I", "Binnenlandse Zaken", "Werksessie 2", "beleidsdebat", "home-affairs", 2},
	}
	for name, contents := range map[string]string{
		"leaders":       "1. Terugkeer ........ 3\n\n2. Werksessie 2 ........ 4\n\n",
		"under heading": "Inhoudsopgave\n\n1. Terugkeer 3\n\n2. Werksessie 2 4\n\n",
		"none":          "",
	} {
		t.Run(name, func(t *testing.T) {
			checkItems(t, extractText(t, "kst-32317-989.txt", head+contents+body), m, want)
		})
	}
}
