package ingest

import "testing"

// TestSignerEntity: a name printed with initials the reference data do not
// list resolves to the one person of that surname who held the office on
// the date, and to no one outside the term.
func TestSignerEntity(t *testing.T) {
	for _, c := range []struct{ name, office, date, want string }{
		{"G. van den Brink", "Minister van Asiel en Migratie", "2026-02-26", "g-van-den-brink"},
		// Hypothetical initials (not his; the table lists him as P.E. Heerma):
		// the one Heerma in the office on the date.
		{"X.Y. Heerma", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "2026-02-26", "p-e-heerma"},
		{"X.Y. Heerma", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "2020-02-26", "x-y-heerma"},
		{"P.E. Heerma", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "2026-02-26", "p-e-heerma"},
		// Her initials as listed (R.M.) and hypothetical ones: the one
		// Letschert in the office on the date.
		{"R.M. Letschert", "Minister van Onderwijs, Cultuur en Wetenschap", "2026-02-26", "r-m-letschert"},
		{"X.Y. Letschert", "Minister van Onderwijs, Cultuur en Wetenschap", "2026-02-26", "r-m-letschert"},
		{"X.Y. Letschert", "Minister van Onderwijs, Cultuur en Wetenschap", "2020-02-26", "x-y-letschert"},
		// Initials that are not those of the name she is known by: W.R.C.
		// Sterk is Mirjam Sterk.
		{"W.R.C. Sterk", "Minister van Langdurige Zorg, Jeugd en Sport", "2026-02-26", "w-r-c-sterk"},
		{"G. van den Brink", "Minister van Asiel en Migratie", "2020-02-26", "g-van-den-brink"},
		{"G. van den Brink", "Minister van Buitenlandse Zaken", "2026-02-26", "g-van-den-brink"},
		{"D.M. van Weel", "Minister van Justitie en Veiligheid", "2025-01-10", "d-m-van-weel"},
	} {
		if got := signerEntity(c.name, c.office, c.date).Key; got != c.want {
			t.Errorf("signerEntity(%q, %q, %s) = %s, want %s", c.name, c.office, c.date, got, c.want)
		}
	}
}

func TestRunInTitle(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ok         bool
	}{
		{"Wapens: de JBZ-Raad bereikte een algemene oriëntatie op dit dossier.", "Wapens", true},
		{"Routekaart over het uitwisselen van informatie: de lidstaten spraken steun uit voor de routekaart.", "Routekaart over het uitwisselen van informatie", true},
		{"Bijlage bij: Verslag van de Raad Justitie en Binnenlandse Zaken, gehouden in Luxemburg", "", false},
		{"De overige punten op de agenda waren: migratie en terrorisme en nog veel meer.", "", false},
		{"Nummer: 2016D27090, datum: 2016-06-27, bijgewerkt: 2024-02-19 10:56, versie: 1", "", false},
		{"Migratie: kort.", "", false},
		// a short form in brackets may close the title; other brackets may not
		{"Europees Openbaar Ministerie (EOM): Er was brede politieke steun voor oprichting van het EOM.", "Europees Openbaar Ministerie (EOM)", true},
		{"Inreis- en uitreissysteem (EES): Het voorzitterschap informeerde de aanwezige ministers.", "Inreis- en uitreissysteem (EES)", true},
		{"Het systeem (zie ook de bijlage) werkt: de lidstaten spraken steun uit voor de routekaart.", "", false},
		{"Verordening (EU) over wapens: de lidstaten spraken steun uit voor de routekaart en meer.", "", false},
	} {
		got, ok := runInTitle(c.text)
		if got != c.want || ok != c.ok {
			t.Errorf("runInTitle(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}

func TestKamerProcedure(t *testing.T) {
	checkCases(t, "kamerProcedure", kamerProcedure, map[string]bool{
		"Verslag van een schriftelijk overleg":                                        true,
		"VERSLAG VAN EEN ALGEMEEN OVERLEG":                                            true,
		"Verslag van een commissiedebat":                                              true,
		"Inbreng verslag schriftelijk overleg over de JBZ-raad van 3 en 4 maart 2027": true,
		"Verslag van de JBZ-Raad op 6 en 7 juni 2019":                                 false,
		"Geannoteerde agenda van de formele JBZ-Raad":                                 false,
		"Brief regering": false,
	})
}

// TestWebBrokenHeading: a heading broken over short lines is one line again,
// up to the line with its year; a heading that ends without a year is left.
func TestWebBrokenHeading(t *testing.T) {
	got := webLayout([]string{"Geannoteerde agenda van de bijeenkomst van", "", "de Raad Justitie en Binnenlandse Zaken,", "",
		"3 – 4 december 2015 te Brussel", "", "I. Immigratie en asiel"})
	want := "Geannoteerde agenda van de bijeenkomst van de Raad Justitie en Binnenlandse Zaken, 3 – 4 december 2015 te Brussel\n"
	if len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("webLayout joined %q, want it to start %q", got, want)
	}
	kept := webLayout([]string{"Verslag van de", "", "Kopgroep", "", "Tekst zonder jaar die langer doorloopt dan een kop."})
	if kept[:len("Verslag van de\n")] != "Verslag van de\n" {
		t.Errorf("webLayout joined a heading without a year: %q", kept)
	}
}

// TestKstDashForm: "Kamerstuk 22 112-4030" cites kst-22112-4030 and
// "Kamerstuk 21 501-02-2377" kst-21501-02-2377; "Kamerstuk 21 501-20" (a
// dossier) cites no document.
func TestKstDashForm(t *testing.T) {
	for s, want := range map[string]string{
		"(Kamerstuk 22 112-4030)":                       "kst-22112-4030",
		"zie Kamerstuk 21 501-02-2377 voor het verslag": "kst-21501-02-2377",
		"het dossier Kamerstuk 21 501-20 over de ER":    "",
	} {
		got := ""
		if cs := findKsts(s); len(cs) > 0 {
			got = cs[0].key
		}
		if got != want {
			t.Errorf("findKsts(%q) = %q, want %q", s, got, want)
		}
	}
}
