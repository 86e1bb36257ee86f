package ingest

import (
	"strings"
	"testing"
)

// A title and a surname are the officeholder who bore them on the letter's
// date, of any ministry the reference data list.
func TestTitledPerson(t *testing.T) {
	for _, c := range []struct {
		title, surname, date, want string
	}{
		{"Minister", "Hoekstra", "2022-03-04", "w-b-hoekstra"},               // Buitenlandse Zaken
		{"minister", "Hoekstra", "2019-06-01", "w-b-hoekstra"},               // Financiën
		{"de Minister", "Kaag", "2023-05-01", "s-a-m-kaag"},                  // Financiën
		{"Staatssecretaris", "Van der Burg", "2026-03-01", "e-van-der-burg"}, // BZK under Jetten
		{"staatssecretaris", "Van der Burg", "2023-01-01", "e-van-der-burg"}, // J&V under Rutte IV
		{"Staatssecretaris", "Rutte", "2025-10-01", "a-c-l-rutte"},
		{"Minister", "Rutte", "2020-01-01", "m-rutte"},
		{"premier", "Rutte", "2015-01-01", "m-rutte"},
		{"Minister", "Verhagen", "2011-05-01", "m-j-m-verhagen"}, // Economische Zaken, Landbouw en Innovatie
		{"minister", "Schouten", "2023-01-01", "c-j-schouten"},   // Armoedebeleid, without a ministry
		{"Minister", "Klever", "2024-09-01", "r-j-klever"},
		{"Minister", "Van Weel", "2025-07-01", "d-m-van-weel"},
		{"Minister", "Berendsen", "2026-03-01", "tom-berendsen"},
		{"Staatssecretaris", "Timmermans", "2008-01-01", "f-c-g-m-timmermans"},
		{"Minister", "Timmermans", "", "f-c-g-m-timmermans"}, // no date: the one minister of the name
	} {
		e, ok := titledPerson(c.title, c.surname, c.date)
		if !ok || e.Key != c.want {
			t.Errorf("titledPerson(%q, %q, %q) = %q, %v; want %q", c.title, c.surname, c.date, e.Key, ok, c.want)
		}
	}
	// Near misses: a foreign minister, a Dutch name out of office or under
	// another title on that date, a word that is no title.
	for _, c := range []struct{ title, surname, date string }{
		{"Minister", "Kuleba", "2022-03-04"},           // Ukraine's foreign minister
		{"minister", "Lavrov", "2014-03-01"},           // Russia's
		{"Minister", "Hoekstra", "2016-01-01"},         // not in office yet
		{"Minister", "Rutte", "2025-10-01"},            // A.C.L. Rutte is a state secretary, M. Rutte out of office
		{"Staatssecretaris", "Hoekstra", "2020-01-01"}, // a minister, not a state secretary
		{"Commissaris", "Timmermans", "2020-01-01"},    // a Commissioner is no Dutch office
		{"Minister", "", "2020-01-01"},
	} {
		if e, ok := titledPerson(c.title, c.surname, c.date); ok {
			t.Errorf("titledPerson(%q, %q, %q) = %q; want none", c.title, c.surname, c.date, e.Key)
		}
	}
}

// "de Minister van X" is the minister without a ministry when the data know
// the office as "Minister voor X", for every such office, not only
// Rechtsbescherming; a ministry stays "van".
func TestOfficeOfMinisterWithoutMinistry(t *testing.T) {
	for in, want := range map[string]string{
		"van Rechtsbescherming":                         "Minister voor Rechtsbescherming",
		"van Klimaat en Energie":                        "Minister voor Klimaat en Energie",
		"van Jeugd en Gezin":                            "Minister voor Jeugd en Gezin",
		"van Wonen en Rijksdienst":                      "Minister voor Wonen en Rijksdienst",
		"van Justitie en Veiligheid":                    "Minister van Justitie en Veiligheid",
		"van Asiel en Migratie":                         "Minister van Asiel en Migratie",
		"van Economische Zaken":                         "Minister van Economische Zaken",
		"van Buitenlandse Zaken":                        "Minister van Buitenlandse Zaken",
		"van Armoedebeleid, Participatie en Pensioenen": "Minister voor Armoedebeleid, Participatie en Pensioenen",
	} {
		if got := officeOf("Minister", in); got != want {
			t.Errorf("officeOf(Minister, %q) = %q; want %q", in, got, want)
		}
	}
}

// A letter that names a Dutch minister of another ministry by title and
// surname in an attendance sentence has that person of the reference data
// attend (the one who bore the title on the letter's date); a foreign
// minister named the same way is no one, and a Dutch name out of office on
// that date is no one either.
func TestNamedPersonAttends(t *testing.T) {
	head := " Nr. 950  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 2 juni 2025 \n\n"
	sign := "\n\nDe Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	intro := "Hierbij bied ik u de geannoteerde agenda aan van de JBZ-Raad van 12 en 13 juni 2025. "
	for body, want := range map[string]string{
		"Minister Keijzer neemt deel aan deze Raad.":           "m-c-g-keijzer->jha-2025-06-12",
		"Staatssecretaris Tielen neemt deel aan deze Raad.":    "", // Tielen became state secretary on 2025-06-19
		"Minister Kuleba neemt deel aan deze Raad.":            "",
		"Minister Hoekstra neemt deel aan deze Raad.":          "", // W.B. Hoekstra left the cabinet in 2023
		"De Duitse minister Keijzer neemt deel aan deze Raad.": "", // a foreign minister bearing a Dutch officeholder's name
	} {
		g := extractWith(t, "kst-32317-950.txt", head+intro+body+sign, Meta{})
		checkGraph(t, g)
		if got := strings.Join(attendees(g), " "); got != want {
			t.Errorf("%q: attendees %q, want %q", body, got, want)
		}
	}
}

// Every office of the reference data reads from a signature block, and the
// signer is the table's person, or, for a name the table does not know, a
// signatory by the printed name.
func TestSignatureEveryOffice(t *testing.T) {
	idx := personIndex()
	for _, office := range idx.offices {
		sig, ok := parseSignature("De " + office + ",\nX.Y. Onbekend")
		if !ok || sig.office != office {
			t.Errorf("signature of %q reads %q, %v", office, sig.office, ok)
		}
	}
	for _, ts := range idx.holders {
		for _, term := range ts {
			sig, ok := parseSignature("De " + term.Office + ",\n" + term.NameSigned)
			if !ok {
				t.Errorf("signature %q, %q not read", term.Office, term.NameSigned)
				continue
			}
			if e := signerEntity(sig.name, sig.office, term.Start); e.Key != personKey(term.NameSigned) {
				t.Errorf("signer %q as %q on %s is %q", term.NameSigned, term.Office, term.Start, e.Key)
			}
		}
	}
	// a signer the table does not know is still a signatory, under the
	// printed name
	if e := signerEntity("X.Y. Onbekend", "Minister van Landbouw, Natuur en Voedselkwaliteit", "2015-01-01"); e.Key != "x-y-onbekend" || e.Name != "X.Y. Onbekend" {
		t.Errorf("unknown signer: %+v", e)
	}
}
