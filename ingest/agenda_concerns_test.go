package ingest

import (
	"testing"

	"jhagraph/graph"
)

// Who speaks under an item is no topic of it, also when its name carries a
// short form in brackets ("De Europese Commissie (Commissie) benoemde")
// or the verb comes first ("Ook ging de Commissie in op"); a body named as
// the occasion ahead ("in aanloop naar de bijeenkomst van de Europese
// Raad") is none either. A body the item's text is about still is.
func TestAgendaItemConcernsSpeakersAndOccasions(t *testing.T) {
	g := extractText(t, "kst-32317-994.txt", " Nr. 994  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 20 oktober 2027 \n\nVerslag van de JBZ-Raad van 14 en 15 oktober 2027 te Luxemburg\n\n"+
		"1. Staat van het Schengengebied\n\n= Beleidsdebat\n\n"+
		"De Europese Commissie (Commissie) benoemde de uitdagingen voor het Schengengebied. Ook ging de Commissie in op "+
		"de samenwerking met Tunesië. De besprekingen vormen de basis voor verdere werkzaamheden in aanloop naar de "+
		"bijeenkomst van de Europese Raad van 28 oktober.\n\n"+
		"2. Samenwerking met agentschappen\n\n= Gedachtewisseling\n\n"+
		"De ministers bespraken de rol van Frontex en de Europese Raad bij de terugkeer.\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	const m = "jha-2027-10-14"
	for _, c := range []struct {
		item, to string
		want     bool
	}{
		{m + ":0.1", "european-commission", false},
		{m + ":0.1", "european-council", false},
		{m + ":0.1", "TN", true},
		{m + ":0.2", "frontex", true},
		{m + ":0.2", "european-council", true},
	} {
		if _, ok := entity(g, graph.KindAgendaItem, c.item); !ok {
			t.Fatalf("no item %s", c.item)
		}
		if _, ok := relation(g, graph.RelConcerns, c.item, c.to); ok != c.want {
			t.Errorf("%s concerns %s: %v, want %v", c.item, c.to, ok, c.want)
		}
	}
}
