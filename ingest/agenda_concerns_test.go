package ingest

import (
	"testing"

	"jhagraph/graph"
)

// concernCase is whether an agenda item CONCERNS what it names.
type concernCase struct {
	item, to string
	want     bool
}

// assertConcerns checks each case of g; every item must have been read.
func assertConcerns(t *testing.T, g graph.DocumentGraph, cases []concernCase) {
	t.Helper()
	for _, c := range cases {
		if _, ok := entity(g, graph.KindAgendaItem, c.item); !ok {
			t.Fatalf("no item %s", c.item)
		}
		if _, ok := relation(g, graph.RelConcerns, c.item, c.to); ok != c.want {
			t.Errorf("%s concerns %s: %v, want %v", c.item, c.to, ok, c.want)
		}
	}
}

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
	assertConcerns(t, g, []concernCase{
		{m + ":0.1", "european-commission", false},
		{m + ":0.1", "european-council", false},
		{m + ":0.1", "TN", true},
		{m + ":0.2", "frontex", true},
		{m + ":0.2", "european-council", true},
	})
}

// The parties to every item are no topic of one: the Commission that
// proposes or presents, the Parliament that negotiates or co-signs a
// proposal's title, the Netherlands stating its own view, and bodies
// that speak together ("De Commissie, Frontex en Europol gaven"). They
// are where the title names them, where the text discusses a body's role,
// and the Netherlands where it is the place of what is discussed.
func TestAgendaItemConcernsParties(t *testing.T) {
	g := extractText(t, "kst-32317-995.txt", " Nr. 995  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 20 november 2027 \n\nVerslag van de JBZ-Raad van 11 en 12 november 2027 te Brussel\n\n"+
		"1. Hervorming van de opvang\n\n= Beleidsdebat\n\n"+
		"De Europese Commissie presenteerde haar plannen voor de opvang. Het kabinet steunt het voorstel van de Commissie. Voor Nederland is het van belang dat de opvang "+
		"betaalbaar blijft, zo bracht de minister de Nederlandse wens naar voren. De onderhandelingen met het Europees "+
		"Parlement beginnen in het voorjaar. De Commissie, Frontex en Europol gaven een overzicht van de stand van zaken.\n\n"+
		"2. Voorstel voor een verordening van het Europees Parlement en de Raad betreffende digitale rechtspraak\n\n= Algemene oriëntatie\n\n"+
		"De ministers spraken over de rol van de Commissie bij het toezicht. De werkwijze van rechtbanken in Nederland "+
		"diende als voorbeeld.\n\n"+
		"3. Werkprogramma van de Europese Commissie\n\n= Presentatie\n\n"+
		"De ministers namen kennis van het programma.\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	const m = "jha-2027-11-11"
	assertConcerns(t, g, []concernCase{
		{m + ":0.1", "european-commission", false},
		{m + ":0.1", "NL", false},
		{m + ":0.1", "ep", false},
		{m + ":0.1", "frontex", false},
		{m + ":0.1", "europol", false},
		{m + ":0.2", "ep", false},
		{m + ":0.2", "european-commission", true},
		{m + ":0.2", "NL", true},
		{m + ":0.3", "european-commission", true},
	})
}

// Who takes a stance under an item is no topic of it, as who speaks is
// not: the holders of the positions read from the item's text ("Hongarije
// kon niet instemmen", "Oostenrijk en Denemarken wijzen ... af"). A
// country a stance is about ("steunt ... hulp aan Oekraïne") or that the
// item discusses is one.
func TestAgendaItemConcernsHolders(t *testing.T) {
	g := extractText(t, "kst-32317-996.txt", " Nr. 996  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 20 november 2027 \n\nVerslag van de JBZ-Raad van 11 en 12 november 2027 te Brussel\n\n"+
		"1. Herverdeling van asielzoekers\n\n= Algemene oriëntatie\n\n"+
		"De ministers bespraken de samenwerking met Marokko bij de terugkeer. Hongarije kon niet instemmen met de tekst. "+
		"Oostenrijk en Denemarken wijzen een verplichte herverdeling af. Het kabinet steunt de hulp aan Oekraïne.\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	const item = "jha-2027-11-11:0.1"
	if _, ok := entity(g, graph.KindAgendaItem, item); !ok {
		t.Fatalf("no item %s", item)
	}
	holders := 0
	for _, r := range g.Relations {
		if r.Type == graph.RelHolds && r.From.Kind == graph.KindCountry && r.From.Key != "NL" {
			holders++
		}
	}
	if holders < 3 {
		t.Fatalf("%d positions of HU, AT, DK read, want 3: the test needs them", holders)
	}
	for to, want := range map[string]bool{"MA": true, "UA": true, "HU": false, "AT": false, "DK": false} {
		if _, ok := relation(g, graph.RelConcerns, item, to); ok != want {
			t.Errorf("%s concerns %s: %v, want %v", item, to, ok, want)
		}
	}
}

// Of the Kamerstukken an item's text names, the BNC-fiche on the proposal
// (dossier 22 112) is what the item is about; an earlier report or letter
// it refers to is a reference.
func TestAgendaItemConcernsKamerstukken(t *testing.T) {
	g := extractText(t, "kst-32317-997.txt", " Nr. 997  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 1 november 2027 \n\nGeannoteerde agenda van de JBZ-Raad van 11 en 12 november 2027\n\n"+
		"1. Verordening digitale rechtspraak\n\n= Algemene oriëntatie\n\n"+
		"BNC-fiche verordening digitale rechtspraak (Kamerstuk 22 112, nr. 4101).\n\n"+
		"Het voorzitterschap streeft naar een algemene oriëntatie. Over de vorige bespreking is uw Kamer "+
		"eerder geïnformeerd (Kamerstuk 32 317, nr. 990).\n\n"+
		"De Minister van Justitie en Veiligheid, \nD.M. van Weel\n")
	const item = "jha-2027-11-11:0.1"
	if _, ok := entity(g, graph.KindAgendaItem, item); !ok {
		t.Fatalf("no item %s", item)
	}
	for to, want := range map[string]bool{"kst-22112-4101": true, "kst-32317-990": false} {
		if _, ok := entity(g, graph.KindDocument, to); !ok {
			t.Fatalf("%s not read", to)
		}
		if _, ok := relation(g, graph.RelConcerns, item, to); ok != want {
			t.Errorf("%s concerns %s: %v, want %v", item, to, ok, want)
		}
	}
}
