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
