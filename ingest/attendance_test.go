package ingest

import (
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
)

// attendees lists "from->to" of the ATTENDS relations of g, sorted.
func attendees(g graph.DocumentGraph) []string {
	var out []string
	for _, r := range g.Relations {
		if r.Type == graph.RelAttends {
			out = append(out, r.From.Key+"->"+r.To.Key)
		}
	}
	sort.Strings(out)
	return out
}

// signer returns the key of the person who signed g under office: the
// tests do not depend on how person keys are made.
func signer(t *testing.T, g graph.DocumentGraph, office string) string {
	t.Helper()
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned && r.Props["office"] == office {
			return r.From.Key
		}
	}
	t.Fatalf("nobody signed as %s", office)
	return ""
}

func checkAttendees(t *testing.T, g graph.DocumentGraph, want []string) {
	t.Helper()
	sort.Strings(want)
	if got := attendees(g); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ATTENDS\n got  %v\n want %v", got, want)
	}
}

func TestRealLetterAttendance(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	checkAttendees(t, g, []string{
		"staatssecretaris-van-justitie-en-veiligheid->jha-2024-01-25",
		"minister-voor-rechtsbescherming->jha-2024-01-25",
		signer(t, g, "Staatssecretaris van Justitie en Veiligheid") + "->jha-2024-01-25",
		signer(t, g, "Minister voor Rechtsbescherming") + "->jha-2024-01-25",
	})
	const sentence = "De Staatssecretaris van Justitie en Veiligheid en de Minister voor Rechtsbescherming zullen hier aan deelnemen."
	for _, r := range g.Relations {
		if r.Type == graph.RelAttends && r.Evidence.Quote != sentence {
			t.Errorf("%s -> %s evidence %q", r.From.Key, r.To.Key, r.Evidence.Quote)
		}
	}
	if r, _ := relation(g, graph.RelAttends, signer(t, g, "Staatssecretaris van Justitie en Veiligheid"), "jha-2024-01-25"); r.From.Kind != graph.KindPerson {
		t.Errorf("the state secretary is a %s", r.From.Kind)
	}
	if r, _ := relation(g, graph.RelAttends, "minister-voor-rechtsbescherming", "jha-2024-01-25"); r.From.Kind != graph.KindOffice {
		t.Errorf("minister-voor-rechtsbescherming is a %s", r.From.Kind)
	}
}

func TestAttendanceTestLetters(t *testing.T) {
	const jv, am = "Minister van Justitie en Veiligheid", "Minister van Asiel en Migratie"
	_, g := agendaLetter(t, "agenda-jbz-juni-2025.txt")
	checkAttendees(t, g, []string{
		"minister-van-justitie-en-veiligheid->jha-2025-06-12", signer(t, g, jv) + "->jha-2025-06-12",
		"minister-van-asiel-en-migratie->jha-2025-06-12", signer(t, g, am) + "->jha-2025-06-12",
	})
	if r, _ := relation(g, graph.RelAttends, "minister-van-justitie-en-veiligheid", "jha-2025-06-12"); r.Evidence.Quote !=
		"De Minister van Justitie en Veiligheid zal namens Nederland aan de JBZ-Raad deelnemen." {
		t.Errorf("evidence %q", r.Evidence.Quote)
	}

	_, g = agendaLetter(t, "verslag-jbz-december-2024.txt")
	checkAttendees(t, g, []string{
		"minister-van-justitie-en-veiligheid->jha-2024-12-12", signer(t, g, jv) + "->jha-2024-12-12",
		"minister-van-asiel-en-migratie->jha-2024-12-12", signer(t, g, am) + "->jha-2024-12-12",
	})

	// "waaraan ... hebben deelgenomen": the report's meeting, not the
	// annotated one.
	_, g = agendaLetter(t, "agenda-jbz-maart-2025.txt")
	checkAttendees(t, g, []string{
		"minister-van-asiel-en-migratie->jha-2025-01-30", "minister-van-justitie-en-veiligheid->jha-2025-01-30",
		signer(t, g, jv) + "->jha-2025-01-30", signer(t, g, am) + "->jha-2025-01-30",
	})
}

// Other phrasings: "zal aanwezig zijn", a negation, an office after a
// preposition, a person named with a title, "ik".
func TestAttendancePhrasings(t *testing.T) {
	head := " Nr. 950  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 2 juni 2025 \n\n"
	sign := "\n\nDe Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. De Minister van Justitie en Veiligheid zal aanwezig zijn.",
			[]string{"minister-van-justitie-en-veiligheid->jha-2025-06-12", "SIGNER->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. De Staatssecretaris van Justitie en Veiligheid zal hier niet aan deelnemen.",
			nil},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. In plaats van de Minister voor Rechtsbescherming neemt de Minister namens Nederland deel.",
			[]string{"minister-van-justitie-en-veiligheid->jha-2025-06-12", "SIGNER->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Minister Van Weel neemt deel aan deze Raad.",
			[]string{"SIGNER->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Aan de werklunch neemt de Minister van Justitie en Veiligheid deel.",
			[]string{"minister-van-justitie-en-veiligheid->jha-2025-06-12", "SIGNER->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Ik zal hier namens Nederland aan deelnemen.",
			[]string{"SIGNER->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. De Minister en Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties nemen deel aan de Home-dag.",
			[]string{"minister-van-binnenlandse-zaken-en-koninkrijksrelaties->jha-2025-06-12", "staatssecretaris-van-binnenlandse-zaken-en-koninkrijksrelaties->jha-2025-06-12"}},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. De Minister van Justitie en Veiligheid neemt deel aan een conferentie in Lissabon.",
			nil},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. De Minister van Justitie en Veiligheid stelt vast dat er voldoende kennis aanwezig is.",
			nil},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Ik constateer dat de expertise aanwezig is.",
			nil},
		// a side event beside the Council is not the Council
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Aan de vooravond van de JBZ-Raad zal de Minister van Justitie en Veiligheid deelnemen aan een ministeriële conferentie over terugkeer.",
			nil},
		{"Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. Voorafgaand aan de Raad neemt de Minister van Justitie en Veiligheid deel aan het kopgroepontbijt.",
			nil},
	} {
		doc, err := Parse("kst-32317-950.txt", []byte(head+c.body+sign))
		if err != nil {
			t.Fatal(err)
		}
		g, err := Extract(doc, Meta{})
		if err != nil {
			t.Fatal(err)
		}
		checkGraph(t, g)
		for i := range c.want {
			c.want[i] = strings.Replace(c.want[i], "SIGNER", signer(t, g, "Minister van Justitie en Veiligheid"), 1)
		}
		sort.Strings(c.want)
		if got := attendees(g); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q:\n got  %v\n want %v", c.body, got, c.want)
		}
	}
}

// TestAttendanceCollectiveAndUnofficialOffices: the signatories taking part
// together ("wij", "alle drie de bewindspersonen"), a state secretary named
// after a task ("de Staatssecretaris Rechtsbescherming") and an office with
// its holder's name joined by a hyphen.
func TestAttendanceCollectiveAndUnofficialOffices(t *testing.T) {
	const (
		jv = "Minister van Justitie en Veiligheid"
		rb = "Minister voor Rechtsbescherming"
		ss = "Staatssecretaris van Justitie en Veiligheid"
	)
	head := " Nr. 951  BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VOOR RECHTSBESCHERMING EN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 2 juni 2025 \n\n"
	sign := "\n\nDe Minister van Justitie en Veiligheid, \nP.Q. Adriaanse\n\nDe Minister voor Rechtsbescherming, \nR.S. Bakker\n\nDe Staatssecretaris van Justitie en Veiligheid, \nT.U. Claessen\n"
	const intro = "Hierbij bieden wij u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. "
	all := []string{"minister-van-justitie-en-veiligheid", "minister-voor-rechtsbescherming", "staatssecretaris-van-justitie-en-veiligheid", jv, rb, ss}
	for _, c := range []struct {
		body string
		want []string // offices by key, signatories by office name
	}{
		{"Hierbij bieden wij u het verslag aan van de JBZ-Raad van 12 en 13 juni 2025, waaraan wij hebben deelgenomen.", all}, // dated 2 juli below
		{intro + "Alle drie de bewindspersonen van Justitie en Veiligheid nemen hier aan deel.", all},
		{intro + "Alle twee de bewindspersonen nemen hier aan deel.", nil}, // three signed
		{intro + "Wij verwachten dat de Minister van Buitenlandse Zaken hier aan zal deelnemen.", []string{"minister-van-buitenlandse-zaken"}},
		{intro + "De Staatssecretaris Rechtsbescherming zal hier aan deelnemen.", []string{"staatssecretaris-van-justitie-en-veiligheid", ss}},
		{intro + "De staatssecretaris van Rechtsbescherming neemt deel aan deze Raad.", []string{"staatssecretaris-van-justitie-en-veiligheid", ss}},
		{intro + "De Minister voor Migratie-Van Dalen zal hier aan deelnemen.", []string{"minister-voor-migratie"}},
		{intro + "De Minister voor Rechtsbescherming zal Nederland daar vertegenwoordigen.", []string{"minister-voor-rechtsbescherming", rb}},
		// "van" for "voor"; a surname's prefix after the office
		{intro + "De Minister van Rechtsbescherming en de Staatssecretaris van Justitie en Veiligheid Ter Horst nemen hier aan deel.",
			[]string{"minister-voor-rechtsbescherming", rb, "staatssecretaris-van-justitie-en-veiligheid", ss}},
	} {
		h := head
		if strings.Contains(c.body, "verslag") {
			h = strings.Replace(head, "2 juni", "2 juli", 1)
		}
		doc, err := Parse("kst-32317-951.txt", []byte(h+c.body+sign))
		if err != nil {
			t.Fatal(err)
		}
		g, err := Extract(doc, Meta{})
		if err != nil {
			t.Fatal(err)
		}
		checkGraph(t, g)
		var want []string
		for _, w := range c.want {
			if strings.Contains(w, " ") {
				w = signer(t, g, w)
			}
			want = append(want, w+"->jha-2025-06-12")
		}
		sort.Strings(want)
		if got := attendees(g); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%q:\n got  %v\n want %v", c.body, got, want)
		}
	}
}

func TestTitleOffices(t *testing.T) {
	for title, want := range map[string]string{
		"BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VOOR RECHTSBESCHERMING EN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID": "Minister van Justitie en Veiligheid|Minister voor Rechtsbescherming|Staatssecretaris van Justitie en Veiligheid",
		"BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID EN DE MINISTER VAN ASIEL EN MIGRATIE":                     "Minister van Justitie en Veiligheid|Staatssecretaris van Justitie en Veiligheid|Minister van Asiel en Migratie",
		"BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN": "Minister van Buitenlandse Zaken",
		"BRIEF VAN DE MINISTER VAN GEHEIME ZAKEN":      "", // no such office
		"VERSLAG VAN EEN SCHRIFTELIJK OVERLEG":         "",
	} {
		if got := strings.Join(titleOffices(title), "|"); got != want {
			t.Errorf("%s:\n got  %s\n want %s", title, got, want)
		}
	}
}

// TestAttendanceWithoutSignatures: an excerpt without signatures takes the
// offices of its senders from the title.
func TestAttendanceWithoutSignatures(t *testing.T) {
	text := " Nr. 952  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID EN DE MINISTER VAN ASIEL EN MIGRATIE \n\nDen Haag, 20 juni 2025 \n\n" +
		"Hierbij bieden wij u het verslag aan van de JBZ-Raad van 12 en 13 juni 2025, waaraan wij hebben deelgenomen.\n"
	doc, err := Parse("kst-32317-952.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkAttendees(t, g, []string{"minister-van-justitie-en-veiligheid->jha-2025-06-12", "minister-van-asiel-en-migratie->jha-2025-06-12"})
}
