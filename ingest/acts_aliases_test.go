package ingest

import (
	"strings"
	"testing"
)

// Names of acts that real letters of the development set (fourth set) use:
// Dutch title forms of acts, and of proposals by the act they became.
func TestActNamesFromRealLetters(t *testing.T) {
	for name, want := range map[string]string{
		"Richtlijn vermogensherstel en confiscatie":                                                                   "32024L1260",
		"Asiel- en migratiemanagementverordening":                                                                     "32024R1351",
		"Richtlijn voorkomen en bestrijden van mensenhandel":                                                          "32011L0036",
		"Richtlijn geweld tegen vrouwen en huiselijk geweld":                                                          "32024L1385",
		"richtlijn strafbaarstelling niet-naleving sancties":                                                          "32024L1226",
		"richtlijn inzake de enkelvoudige toelatingsprocedure en de gecombineerde vergunning voor verblijf en arbeid": "32011L0098",
		"Verordening Aanpassingen Visuminformatiesysteem":                                                             "32021R1134",
		"Richtlijn juridische vertegenwoordigers voor verzameling van bewijs in Strafprocedures":                      "32023L1544",
		"richtlijn betreffende het Europees onderzoeksbevel":                                                          "32014L0041",
		"richtlijn betreffende minimumnormen voor rechten van slachtoffers":                                           "32012L0029",
		"verordening erfrecht": "32012R0650",
	} {
		if got, ok := ResolveActRef(name); !ok || got != want {
			t.Errorf("ResolveActRef(%q) = %q, %v, want %s", name, got, ok, want)
		}
	}
	for _, name := range []string{"Richtlijn vermogensherstel", "verordening", "Richtlijn geweld"} {
		if got, ok := ResolveActRef(name); ok {
			t.Errorf("ResolveActRef(%q) = %s, want no act", name, got)
		}
	}
}

// Three acts added for real letters: the ePrivacy Directive is no
// misspelling of the Privacyrichtlijn, which keeps its name.
func TestActsAddedForRealLetters(t *testing.T) {
	for name, want := range map[string]string{
		"ePrivacyrichtlijn":           "32002L0058",
		"Privacyrichtlijn":            "31995L0046",
		"MFK-rechtsstaatsverordening": "32020R2092",
		"anti-SLAPP richtlijn":        "32024L1069",
		"anti-SLAPP-richtlijn":        "32024L1069",
	} {
		if got, ok := ResolveActRef(name); !ok || got != want {
			t.Errorf("ResolveActRef(%q) = %q, %v, want %s", name, got, ok, want)
		}
	}
	for _, celex := range []string{"32002L0058", "32020R2092", "32024L1069"} {
		if _, ok := LegalAct(celex); !ok {
			t.Errorf("LegalAct(%s): not found", celex)
		}
	}
}

// "een nieuwe X" of an act the data know a revision of is the revision;
// the plain name stays the act, and "nieuwe" before an act without a known
// revision changes nothing.
func TestNewActIsRevision(t *testing.T) {
	ix := actIndex().names
	if ix.revised["32014L0042"] != "32024L1260" {
		t.Fatalf("revision of 2014/42/EU = %q, want 32024L1260", ix.revised["32014L0042"])
	}
	for text, want := range map[string]string{
		"Er ligt een akkoord over een nieuwe Confiscatierichtlijn.": "32024L1260",
		"Er ligt een akkoord over de Confiscatierichtlijn.":         "32014L0042",
		"Het gaat om de nieuwe Privacyrichtlijn.":                   "31995L0046",
	} {
		p := []rune(text)
		var got []string
		for _, m := range ix.scan(p, tokenize(p)) {
			got = append(got, m.target)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: acts %v, want [%s]", text, got, want)
		}
	}
}

// A name "Verordening X" is also found written out as a description: "de
// verordening betreffende de Europese grens- en kustwacht"; a description
// of another subject, or one word of it, is no name.
func TestDescribedActNames(t *testing.T) {
	for s, want := range map[string]string{
		"de verordening betreffende de Europese grens- en kustwacht (EGKW)":                                                   "32016R1624",
		"de verordening inzake Europese grens- en kustwacht":                                                                  "32016R1624",
		"de verordening over de Europese grens- en kustwacht":                                                                 "32016R1624",
		"de verordening betreffende de Europese kustwacht":                                                                    "",
		"Richtlijn van het Europees Parlement en de Raad betreffende procedurele waarborgen voor kinderen die verdachte zijn": "32016L0800",
		"Verordening van de Raad betreffende de Europese grens- en kustwacht":                                                 "32016R1624",
		"Richtlijn van het Europees Parlement betreffende procedurele waarborgen voor kinderen":                               "",
		"de richtlijn betreffende de Europese grens- en kustwacht":                                                            "",
	} {
		got := actTargetsIn(s)
		if strings.Join(got, " ") != want {
			t.Errorf("scan(%q) = %v, want %q", s, got, want)
		}
	}
	if v := describedNameVariants("Richtlijn rechtsbijstand"); v != nil {
		t.Errorf("a one-word subject has no described forms: %v", v)
	}
	if v := describedNameVariants("Richtlijn inzake terugkeer van onderdanen"); v != nil {
		t.Errorf("a name already described has no described forms: %v", v)
	}
}

// Fiche titles name the act their proposal became, as written in the
// covering letter and in described form.
func TestFicheTitleActNames(t *testing.T) {
	for s, want := range map[string]string{
		"Fiche 2: Richtlijn inzake de versterking van het vermoeden van onschuld":                                                        "32016L0343",
		"Fiche 3: Richtlijn procedurele rechten minderjarigen":                                                                           "32016L0800",
		"Fiche 4: Richtlijn betreffende voorlopige rechtsbijstand voor van hun vrijheid beroofde personen en rechtsbijstand in Europese": "32016L1919",
		"Fiche: Richtlijn terrorismebestrijding":                                                                                         "32017L0541",
		// the framework decision keeps its own name
		"het Kaderbesluit terrorismebestrijding": "32002F0475",
		"de rechten van minderjarigen":           "",
	} {
		got := actTargetsIn(s)
		if strings.Join(got, " ") != want {
			t.Errorf("scan(%q) = %v, want %q", s, got, want)
		}
	}
}

// "herziening (van de) X" names the revision of X only within X's sentence:
// after a full stop the name is the act itself again.
func TestRevisionWithinSentence(t *testing.T) {
	for s, want := range map[string]string{
		"over de herziening van de Verordening Brussel II-bis":                                   "32019R1111",
		"over deze herziening. Verordening Brussel II-bis betreft de onderwerpen":                "32003R2201",
		"de finale tekst van de herziening van verordening Brussel II-bis":                       "32019R1111",
		"de herziening; Verordening Brussel II-bis":                                              "32003R2201",
		"Brief regering : Verloop van de onderhandelingen herziening Verordening Brussel II-bis": "32019R1111",
	} {
		got := actTargetsIn(s)
		if strings.Join(got, " ") != want {
			t.Errorf("scan(%q) = %v, want %q", s, got, want)
		}
	}
}

// actTargetsIn is the CELEX numbers of the acts the act index finds named
// in text, in order (actNamesIn without the words).
func actTargetsIn(text string) []string {
	var out []string
	for _, n := range actNamesIn(text) {
		out = append(out, n.celex)
	}
	return out
}
