package ingest

import (
	"strings"
	"testing"
)

// TestCommissioner: a European Commissioner stands for the Commission; a
// commissaris of another kind does not.
func TestCommissioner(t *testing.T) {
	checkFindOrgs(t, map[string]string{
		"Commissaris Jansen meldde dat het systeem in 2032 gereed is.":                 "european-commission",
		"met als gast Eurocommissaris voor Migratie Pietersen.":                        "european-commission",
		"De EU-commissaris gaf een toelichting.":                                       "european-commission",
		"De Europese Commissaris voor Justitie lichtte het voorstel toe.":              "european-commission",
		"De Hoge Commissaris voor de Vluchtelingen sprak de Raad toe.":                 "council-of-the-eu",
		"De Commissaris van de Koning in Gelderland en de commissaris van politie.":    "",
		"De commissaris heeft daarover gezegd dat het beeld klopt.":                    "",
		"de brief aan de Commissaris voor Migratie, Binnenlandse Zaken en Burgerschap": "european-commission",
		"De Commissaris voor Mensenrechten van de Raad van Europa.":                    "council-of-europe",
		"De Commissaris voor de Mensenrechten sprak.":                                  "",
		"de commissaris voor het onderzoek":                                            "",
	})
}

// A name matched with case ("CEPOL") does not hide a spelling matched
// without ("Cepol", as Dutch letters write it); an acronym still needs its
// case where the word is a common one.
func TestOrgSpellingsBesideAcronym(t *testing.T) {
	checkFindOrgs(t, map[string]string{
		"Fiche: Verordening Europol en fusie met Cepol": "europol cepol",
		"De opleidingen van CEPOL":                      "cepol",
		"het agentschap cepol":                          "cepol",
	})
}

// The dossier line that is only a body's name ("21 501-20 Europese Raad")
// names the dossier, not the body; a dossier title that names a body among
// other words ("... Europees Openbaar Ministerie ...") still mentions it,
// and so does the letter's text.
func TestDossierNameIsNoMention(t *testing.T) {
	mentions := func(text, key string) bool {
		g := extractText(t, "kst-21501-20-1999.txt", text)
		_, ok := relation(g, "MENTIONS", "kst-21501-20-1999", key)
		return ok
	}
	const head = "21 501-20 Europese Raad\n\nNr. 1999 BRIEF VAN DE MINISTER-PRESIDENT\n\nDen Haag, 1 maart 2027\n\n"
	if mentions(head+"Hierbij ontvangt u de agenda.\n", "european-council") {
		t.Error("the dossier's name is a mention of the European Council")
	}
	if !mentions(head+"De Europese Raad komt op 20 maart bijeen.\n", "european-council") {
		t.Error("the text's 'De Europese Raad' is no mention")
	}
	g := extractText(t, "kst-33709-1999.txt", "33 709 EU voorstel: Verordening oprichting Europees openbaar ministerie COM (2013) 534\n\n"+
		"Nr. 1999 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE\n\nDen Haag, 1 maart 2014\n\nHierbij ontvangt u de brief.\n")
	wantRelation(t, g, "MENTIONS", "kst-33709-1999", "eppo", "a dossier title naming the EPPO among other words is no mention")
}

// checkFindOrgs checks the bodies findOrgs finds in each text, in order.
func checkFindOrgs(t *testing.T, want map[string]string) {
	t.Helper()
	for s, w := range want {
		rs := []rune(s)
		var got []string
		for _, m := range findOrgs(rs, tokenize(rs)) {
			got = append(got, m.target)
		}
		if g := strings.Join(got, " "); g != w {
			t.Errorf("findOrgs(%q) = %q, want %q", s, g, w)
		}
	}
}

// The European Border and Coast Guard is Frontex, but inside the name of
// its regulation it names the act; a name that says it is a body's names
// the body even inside an act's name.
func TestOrgInsideActName(t *testing.T) {
	checkFindOrgs(t, map[string]string{
		"is eind 2016 het nieuwe Europese Grens- en Kustwacht Agentschap (EGKWA) gelanceerd":    "frontex",
		"EU-voorstel: Herziening mandaat Europese Grens- en Kustwacht 2018 COM (2018) 631":      "frontex",
		"Fiche: Verordening Europese Grens- en Kustwacht (Kamerstuk 22 112, nr. 2715)":          "",
		"over de verordening betreffende de Europese grens- en kustwacht (EGKW)":                "",
		"een voorstel voor een verordening inzake een Europese Grens- en Kustwacht":             "",
		"de wijziging van de Europese Grens- en Kustwacht (EGKW) Verordening":                   "",
		"Fiche: Gewijzigd voorstel Verordening EU-Asielagentschap (Kamerstuk 22 112, nr. 2716)": "euaa",
	})
}
