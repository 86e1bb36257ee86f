package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// Names a letter defines for the acts it cites, a revision named after the
// act it revises, and an event of a new act that is not the act amended.
func TestActDefinitions(t *testing.T) {
	text := "36 835 Implementatie van Richtlijn (EU) 2024/1712\n\nNr. 3 MEMORIE VAN TOELICHTING\n\n" +
		"Dit wetsvoorstel strekt tot implementatie van Richtlijn (EU) 2024/1712 van het Europees Parlement en de Raad van 13 juni 2024 " +
		"tot wijziging van Richtlijn 2011/36/EU inzake de voorkoming en bestrijding van mensenhandel " +
		"(hierna: «de Herzieningsrichtlijn» of «de herziene Europese Richtlijn mensenhandel»). " +
		"De implementatietermijn van de Herzieningsrichtlijn loopt af op 15 juli 2026.\n\n" +
		"Het gaat om richtlijn (EU) 2021/1883 (hierna: de Richtlijn), ook bekend als de Europese blauwe kaart (hierna: de blauwe kaart).\n"
	g := extractWith(t, "kst-36835-3.txt", text, Meta{Dossier: "36835", Number: "3", Date: "2025-10-01"})
	named := map[string]graph.Relation{}
	for _, r := range g.Relations {
		if r.Type == graph.RelMentions && r.To.Kind == graph.KindLegalAct {
			named[r.To.Key] = r
		}
	}
	if r, ok := named["32024L1712"]; !ok || r.Props["ref"] == nil || r.Props["occurrences"].(int) < 3 {
		t.Errorf("2024/1712 named %+v: want its defined names and their later use", r)
	}
	if r, ok := named["32011L0036"]; ok {
		t.Errorf("2011/36/EU named %+v: the names inside the definition are the revision's, and the event is not the amended act's", r)
	}
	if evs, _ := named["32024L1712"].Props["events"].([]string); len(evs) != 1 || evs[0] != "2026-07-15 expiry" {
		t.Errorf("2024/1712 events %v, want the transposition deadline", named["32024L1712"].Props["events"])
	}
	if r, ok := named["32021L1883"]; !ok || r.Props["ref"] == nil {
		t.Errorf("2021/1883 named %+v: 'de Europese blauwe kaart' and 'de blauwe kaart' name it", r)
	}
}

// A bare type word defined for a cited act ("(hierna: het kaderbesluit)")
// points back to the citation and names nothing; a defined name does.
func TestActDefinitionTypeWord(t *testing.T) {
	named := func(text string) map[string]graph.Relation {
		t.Helper()
		g := extractWith(t, "kst-32257-3.txt", text, Meta{Dossier: "32257", Number: "3", Date: "2010-01-01"})
		out := map[string]graph.Relation{}
		for _, r := range g.Relations {
			if r.To.Kind == graph.KindLegalAct {
				out[r.To.Key+" "+string(r.Type)] = r
			}
		}
		return out
	}
	text := "32 257 Implementatie\n\nNr. 3 MEMORIE VAN TOELICHTING\n\n" +
		"Dit wetsvoorstel strekt tot implementatie van het kaderbesluit nr. 2008/675/JBZ van de Raad van 24 juli 2008 betreffende veroordelingen " +
		"(hierna: het kaderbesluit). De lidstaten dienen het kaderbesluit om te zetten.\n"
	got := named(text)
	if _, ok := got["32008F0675 "+string(graph.RelCites)]; !ok {
		t.Fatalf("2008/675/JBZ not cited: %v", got)
	}
	if r, ok := got["32008F0675 "+string(graph.RelMentions)]; ok && r.Props["ref"] != nil {
		t.Errorf("2008/675/JBZ named %+v: 'het kaderbesluit' is a word that points back, no name", r.Props)
	}
	got = named(strings.Replace(text, "(hierna: het kaderbesluit)", "(hierna: het Recidivekaderbesluit)", 1))
	if r, ok := got["32008F0675 "+string(graph.RelMentions)]; !ok || r.Props["ref"] == nil {
		t.Errorf("2008/675/JBZ not named by its defined name 'het Recidivekaderbesluit': %v", got)
	}
}

func TestActRevisions(t *testing.T) {
	ix := actIndex().names
	if ix.revised["32011L0036"] != "32024L1712" || ix.revised["32009L0050"] != "32021L1883" {
		t.Errorf("revisions: 32011L0036 -> %q, 32009L0050 -> %q", ix.revised["32011L0036"], ix.revised["32009L0050"])
	}
}

// Event classes of real reports: a Council mandate, a trilogue agreement.
func TestEventCuesReal(t *testing.T) {
	for s, want := range map[string]string{
		"Op 14 juni 2023 heeft Coreper het onderhandelingsmandaat vastgesteld.":                   "mandate",
		"In de triloog van 20 december 2023 is een akkoord bereikt over de screeningverordening.": "political-agreement",
		"De Raad heeft op 8 juni 2023 een algemene oriëntatie bereikt.":                           "general-approach",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// A name defined for an act the letter describes instead of citing ("een
// nieuwe richtlijn betreffende tijdelijke bescherming ... (hierna: de
// Beschermingsrichtlijn)") names the act of the reference data the
// description fits; the event of its sentence takes the class its heading
// gives ("Voorlopig akkoord ...").
func TestDescribedActDefinition(t *testing.T) {
	if celex, ok := describedAct("het akkoord over een nieuwe richtlijn betreffende tijdelijke bescherming bij een massale toestroom "); !ok || celex != "32001L0055" {
		t.Errorf("describedAct = %q, %v; want 32001L0055", celex, ok)
	}
	for _, before := range []string{"een richtlijn over betere bescherming van klokkenluiders ", "een verordening betreffende tijdelijke bescherming ", "de bescherming "} {
		if celex, ok := describedAct(before); ok {
			t.Errorf("describedAct(%q) = %q: no act fits", before, celex)
		}
	}
	text := " Nr. 954  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 2 juni 2025 \n\nVoorlopig akkoord beschermingsrichtlijn\n\n" +
		"Op 14 mei 2025 is een akkoord bereikt over een richtlijn betreffende tijdelijke bescherming bij een massale toestroom (hierna: de Beschermingsrichtlijn). " +
		"De Beschermingsrichtlijn wordt nu vertaald.\n\nDe Minister van Justitie en Veiligheid, \nD.M. van Weel\n"
	g := extractWith(t, "kst-32317-954.txt", text, Meta{})
	checkGraph(t, g)
	r, ok := relation(g, graph.RelMentions, "kst-32317-954", "32001L0055")
	// the description itself ("richtlijn betreffende tijdelijke
	// bescherming", the short name written out), the defined name and its
	// later use
	if !ok || r.Props["occurrences"] != 3 {
		t.Errorf("MENTIONS 32001L0055: %+v, want the description, the defined name and its later use", r)
	}
	checkEvents(t, g, map[string][]string{"32001L0055": {"2025-05-14 political-agreement"}})
}

// "Herziening van de X" and "voorstel herziening X" name the revision of X
// the reference data know; X alone, or "tot wijziging van de X", is X.
func TestRevisionNamedByNoun(t *testing.T) {
	checkNamedActs(t, "955", "2 juni 2023", map[string]string{
		"Het kabinet steunt de herziening van de Opvangrichtlijn.":           "32024L1346",
		"Het fiche gaat over het voorstel herziening Mensenhandelrichtlijn.": "32024L1712",
		"Het kabinet steunt de Opvangrichtlijn.":                             "32013L0033",
		"Een verordening tot wijziging van de Opvangrichtlijn.":              "32013L0033",
	})
}

// An act written out with its acronym in brackets before its type word is
// the act the reference data call "<acronym>-<type word>".
func TestAcronymNamedAct(t *testing.T) {
	checkNamedActs(t, "958", "2 juni 2020", map[string]string{
		"Het kabinet wacht de evaluatie van de Europese Grens- en Kustwacht (EGKW) Verordening af.": "32019R1896",
		"Het kabinet steunt de gecombineerde vergunning (GVVA) Richtlijn.":                          "32011L0098",
		"Het kabinet steunt de Onbekende Instantie (XYZQ) Verordening.":                             "",
	})
}

// checkNamedActs extracts each text as letter nr of dossier 32 317 dated
// date and checks the acts it MENTIONS, in order.
func checkNamedActs(t *testing.T, nr, date string, want map[string]string) {
	t.Helper()
	for text, w := range want {
		g := extractWith(t, "kst-32317-"+nr+".txt", " Nr. "+nr+"  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, "+date+" \n\n"+text+"\n", Meta{})
		var got []string
		for _, r := range g.Relations {
			if r.Type == graph.RelMentions && r.To.Kind == graph.KindLegalAct {
				got = append(got, r.To.Key)
			}
		}
		if strings.Join(got, " ") != w {
			t.Errorf("%q names %v, want %q", text, got, w)
		}
	}
}

// An act's name spelt out before its type word, whose words spell the
// acronym of its "<acronym>-<type word>" name.
func TestSpelledActName(t *testing.T) {
	for _, c := range []struct {
		words []string
		acr   string
		want  bool
	}{
		{[]string{"Europese", "Grens-", "en", "Kustwacht"}, "EGKW", true},
		{[]string{"Europees", "Openbaar", "Ministerie"}, "EOM", true},
		{[]string{"Europees", "Onderzoeksbevel"}, "EOB", true},
		{[]string{"Europees", "Openbaar", "Ministerie"}, "EOB", false},
		{[]string{"Europese", "Grens-"}, "EGKW", false},
	} {
		if got := spells(c.words, c.acr); got != c.want {
			t.Errorf("spells(%v, %s) = %v", c.words, c.acr, got)
		}
	}
	for before, want := range map[string]string{
		"Het kabinet steunt het voorstel tot herziening van de Europese Grens- en Kustwacht ": "32019R1896",
		"De lidstaten bespraken de Europees Openbaar Ministerie ":                             "32017R1939",
		"De lidstaten bespraken de Europese Commissie ":                                       "",
		"Het kabinet steunt de Nieuwe ":                                                       "",
	} {
		celex, _, _ := spelledAct(before, "verordening")
		if celex != want {
			t.Errorf("spelledAct(%q) = %q, want %q", before, celex, want)
		}
	}
}
