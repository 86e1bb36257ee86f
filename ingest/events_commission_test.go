package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// "een voorstel ... uitgebracht" is a proposal.
func TestProposalBroughtOut(t *testing.T) {
	for s, want := range map[string]string{
		"De Europese Commissie heeft op 22 november 2016 een voorstel voor een richtlijn COM(2016)723 uitgebracht over preventieve herstructurering.": "proposal",
		"De Commissie bracht op 3 maart een voorstel uit.":            "proposal",
		"Het rapport werd op 3 maart uitgebracht door de Rekenkamer.": "",
	} {
		if got := sentenceCue(s); got != want {
			t.Errorf("sentenceCue(%q) = %q, want %q", s, got, want)
		}
	}
}

// A Commission document dated "d.d." that is or carries a proposal dates
// the proposal, even in a list of documents; a letter of the Commission
// about something else, or another's letter, does not.
func TestCommissionProposalDate(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"− het voorstel van de Europese Commissie d.d. ", " inzake EU-voorstel: Verordening visumliberalisatie Oekraïne COM (2016) 236;", true},
		{"de brief van de Europese Commissie d.d. ", " houdende het EU-voorstel: Verordening oprichting Europees Openbaar Ministerie COM (2013) 534", true},
		{"de brief van de Europese Commissie d.d. ", " met de mededeling Terug naar Schengen; het voorstel", false},
		{"de brief van de Minister van Buitenlandse Zaken d.d. ", " inzake fiche: Verordening", false},
		{"het EU-voorstel d.d. ", " betreffende slimme grenzen", false},
		// a report or communication sent as an "EU-voorstel" proposes no act
		{"de brief van de Europese Commissie d.d. ", " met EU-voorstel: Jaarrapportage immigratie en asiel COM(2011)291", false},
		{"de brief van de Europese Commissie d.d. ", " met het EU-voorstel: De Europese Veiligheidsagenda COM 2015 185", false},
		{"de brief van de Europese Commissie d.d. ", " inzake EU-voorstel: Mededeling over een partnerschapskader", false},
		{"de brief van de Europese Commissie d.d. ", " inzake EU-voorstel: Richtlijn toegangs- en verblijfsvoorwaarden", true},
	} {
		if got := commissionProposalDate(c.before, c.after); got != c.want {
			t.Errorf("commissionProposalDate(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
	text := "Verslag van een schriftelijk overleg\n\nDe vaste commissie heeft op 18 mei 2016 overleg gevoerd met de Staatssecretaris over: − de brief van de Staatssecretaris d.d. 13 mei 2016 inzake Geannoteerde agenda JBZ-Raad 20 mei 2016 (Kamerstuk 32 317, nr. 414); − het voorstel van de Europese Commissie d.d. 29 april 2016 inzake EU-voorstel: Verordening visumliberalisatie Oekraïne COM (2016) 236; − het voorstel van de Europese Commissie d.d. 4 mei 2016 inzake EU-voorstel: Uitvoeringsbesluit van de Raad inzake tijdelijke herinvoering interne grenscontrole Schengen COM (2016) 275.\n"
	g := extractWith(t, "kst-32317-422.txt", text, Meta{Dossier: "32317", Number: "422", Date: "2016-06-28", Kind: "Verslag van een schriftelijk overleg"})
	var got []string
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.To == (graph.Ref{Kind: graph.KindOrganisation, Key: "european-commission"}) {
			got = evs
		}
	}
	if strings.Join(got, ",") != "2016-04-29 proposal,2016-05-04 proposal" {
		t.Errorf("Commission events %v, want its proposals of 29 April and 4 May 2016", got)
	}
}

// A proposal under an agenda item that names one act is that act's
// proposal; outside an item it stays with the Commission.
func TestProposalUnderAgendaItem(t *testing.T) {
	const head = "Geannoteerde agenda van de bijeenkomst\n\nvan de Raad Justitie en Binnenlandse Zaken,\n\n12 en 13 maart 2025\n\nI. Binnenlandse Zaken\n\n"
	const item = "1. Verordening over de geleidelijke invoering van het Entry/Exit System (EES)\n\n= Aanname algemene oriëntatie\n\n"
	const sentence = "Op 4 december 2024 heeft de Europese Commissie een voorstel gepubliceerd voor een progressieve start van het in- en uitreissysteem.\n"
	events := func(text string) map[string][]string {
		t.Helper()
		g := extractWith(t, "kst-32317-932.txt", text, Meta{Dossier: "32317", Number: "932", Date: "2025-02-24"})
		out := map[string][]string{}
		for _, r := range g.Relations {
			if evs, ok := r.Props["events"].([]string); ok {
				out[r.To.Key] = evs
			}
		}
		return out
	}
	if got := events(head + item + sentence); strings.Join(got["32025R1534"], ",") != "2024-12-04 proposal" {
		t.Errorf("under the item: %v, want the proposal of 2025/1534", got)
	}
	if got := events("Hierbij informeer ik uw Kamer over het in- en uitreissysteem.\n\n" + sentence); got["32025R1534"] != nil || strings.Join(got["european-commission"], ",") != "2024-12-04 proposal" {
		t.Errorf("no item: %v, want the Commission's proposal only", got)
	}
}

// "de verordening" takes up the act of the nearest of the three sentences
// before it that names one, not only of the sentence right before.
func TestBackReferenceReachesBack(t *testing.T) {
	const text = "Hierbij bied ik u het verslag aan.\n\nBij aanvang van de vergadering werd de Verordening inzake het Asielagentschap van de EU (EUAA) formeel aangenomen. Dit vond plaats zonder discussie. Publicatie van de verordening in het EU-publicatieblad is voorzien voor 20 december 2021.\n"
	g := extractWith(t, "kst-32317-999.txt", text, Meta{Dossier: "32317", Number: "999", Date: "2021-12-17"})
	var got []string
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.To.Key == "32021R2303" {
			got = evs
		}
	}
	if strings.Join(got, ",") != "2021-12-20 publication" {
		t.Errorf("EUAA regulation events %v, want its publication of 20 December 2021", got)
	}
	// four sentences back is too far
	far := "Hierbij bied ik u het verslag aan.\n\nBij aanvang werd de Verordening inzake het Asielagentschap van de EU (EUAA) aangenomen. Dit vond plaats zonder discussie. Er was geen debat. Ook dat bleef zo. Publicatie van de verordening in het EU-publicatieblad is voorzien voor 20 december 2021.\n"
	g = extractWith(t, "kst-32317-999.txt", far, Meta{Dossier: "32317", Number: "999", Date: "2021-12-17"})
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.To.Key == "32021R2303" {
			for _, e := range evs {
				if strings.HasSuffix(e, "publication") {
					t.Errorf("four sentences back: %v", evs)
				}
			}
		}
	}
}

// A proposal "ter vervanging van" two acts concerns neither, and the
// Council named as an author ("van het Europees Parlement en de Raad",
// "Richtlijn 2002/90/EG van de Raad") is no party to it.
func TestProposalReplacingAList(t *testing.T) {
	for s, want := range map[string]bool{
		"ter vervanging van Richtlijn 2002/90/EG van de Raad en ": true,
		"tot wijziging van Verordening (EU) 2016/399 en ":         true,
		"tot wijziging van Verordening 2016/399, ":                true,
		"ter vervanging van het huidige stelsel en ":              false,
		"over Richtlijn 2002/90/EG van de Raad en ":               false,
	} {
		if got := amendedListRe.MatchString(s); got != want {
			t.Errorf("amendedListRe(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"een richtlijn van het Europees Parlement en de ":              true,
		"Kaderbesluit 2002/946/JBZ van de ":                            true,
		"Verordening (EU) 2024/1351 van het Europees Parlement en de ": true,
		"het voorstel van de ":                                         false,
		"Nederland heeft samen met de ":                                false,
	} {
		if got := actAuthorBeforeRe.MatchString(s); got != want {
			t.Errorf("actAuthorBeforeRe(%q) = %v, want %v", s, got, want)
		}
	}
	const text = "Hierbij zend ik u de stukken.\n\nDe commissie besprak het EU-voorstel d.d. 28 november 2023 inzake een richtlijn van het Europees Parlement en de Raad tot vaststelling van minimumvoorschriften ter voorkoming van hulpverlening bij illegale binnenkomst, en ter vervanging van Richtlijn 2002/90/EG van de Raad en Kaderbesluit 2002/946/JBZ van de Raad, dat de Commissie heeft voorgesteld.\n"
	g := extractWith(t, "kst-36507-9.txt", text, Meta{Dossier: "36507", Number: "9", Date: "2024-03-26"})
	for _, r := range g.Relations {
		if _, ok := r.Props["events"]; ok && (r.To.Key == "32002F0946" || r.To.Key == "32002L0090" || r.To.Key == "council-of-the-eu") {
			t.Errorf("event on %s: %v", r.To.Key, r.Props["events"])
		}
	}
}

// The date of what a sentence follows up on is no date of its event.
func TestFollowUpDate(t *testing.T) {
	for s, want := range map[string]bool{
		"een pakket maatregelen dat door de Commissie is voorgesteld als vervolg op de Europese Raad van ": true,
		"naar aanleiding van de motie van ":                       true,
		"n.a.v. het verzoek van ":                                 true,
		"De Commissie heeft op ":                                  false,
		"als vervolg hierop heeft de Commissie het voorstel van ": false,
	} {
		if got := followUpDateBeforeRe.MatchString(s); got != want {
			t.Errorf("followUpDateBeforeRe(%q) = %v, want %v", s, got, want)
		}
	}
	if got := sentenceCue("Dit voorstel maakt deel uit van een pakket maatregelen dat door de Commissie is voorgesteld als vervolg op de Europese Raad van 28 juni 2018."); got != "proposal" {
		t.Errorf("the sentence is still a proposal: %q", got)
	}
}

// A proposal for "Herziening X", where the data know no revision of X, is
// no event of X (the revision is a new act without a node); where the data
// know the revision, the proposal is the revision's.
func TestProposalOfUnknownRevision(t *testing.T) {
	extract := func(sentence string) graph.DocumentGraph {
		t.Helper()
		g := extractWith(t, "kst-35048-4.txt", "Verslag van een algemeen overleg\n\n"+sentence+"\n", Meta{Dossier: "35048", Number: "4", Date: "2018-11-20", Kind: "Verslag van een algemeen overleg"})
		return g
	}
	g := extract("Zij spraken over het voorstel van de Europese Commissie d.d. 2 oktober 2018 inzake EU-voorstel: Herziening terugkeerrichtlijn 2018 COM (2018) 634 (Engelstalige versie).")
	checkEvents(t, g, map[string][]string{"european-commission": {"2018-10-02 proposal"}, "32008L0115": nil})
	g = extract("Op 12 juli 2016 heeft de Commissie een voorstel gepresenteerd voor de herziening van de Verordening Brussel II-bis.")
	checkEvents(t, g, map[string][]string{"32019R1111": {"2016-07-12 proposal"}, "32003R2201": nil})
}

// A presidency that reaches a general approach or an agreement on an act
// is the Council's chair, not what the event concerns; a country that
// itself acts on an act it is party to still is.
func TestPresidencyNoEventTarget(t *testing.T) {
	extract := func(sentence string) graph.DocumentGraph {
		t.Helper()
		g := extractWith(t, "tk-2025D02017.txt", "Verslag Milieuraad\n\n"+sentence+"\n", Meta{Date: "2025-01-20"})
		return g
	}
	g := extract("Tijdens de Milieuraad in Brussel op 17 december 2024 heeft het Hongaars Voorzitterschap een algemene oriëntatie bereikt op de verordening ter voorkoming van pelletverlies.")
	checkEvents(t, g, map[string][]string{"HU": nil})
	g = extract("Op 17 december 2024 bereikte het voorzitterschap van Hongarije een voorlopig akkoord over de verordening.")
	checkEvents(t, g, map[string][]string{"HU": nil})
	// near miss: Poland itself, not as presidency
	g = extract("Op 20 maart 2024 is het besluit over de deelname van Polen in werking getreden.")
	checkEvents(t, g, map[string][]string{"PL": {"2024-03-20 entry-into-force"}})
}

// "het politieke akkoord" (inflected) is a political agreement; one
// reached "in de JBZ-Raad van <day>" is dated by that day, but the days of
// a meeting named as a range, or a meeting where nothing was reached, date
// no event; ", na ..." opens a clause of its own.
func TestAgreementAtMeetingDay(t *testing.T) {
	if got := sentenceCue("na het politieke akkoord van de ECOFIN-Raad van 14 mei jl."); got != "political-agreement" {
		t.Errorf("sentenceCue: %q, want political-agreement", got)
	}
	extract := func(sentence string) graph.DocumentGraph {
		t.Helper()
		g := extractWith(t, "kst-32317-559.txt", "Brief\n\n"+sentence+"\n", Meta{Date: "2019-06-11"})
		return g
	}
	g := extract("Ik heb u geïnformeerd over de herziening van de Verordening Brussel II-bis, in aanloop naar het politieke akkoord over de herziening van de verordening in de JBZ-Raad van 7 december 2018.")
	checkEvents(t, g, map[string][]string{"32019R1111": {"2018-12-07 political-agreement"}})
	g = extract("Tijdens de JBZ-Raad op 7 december 2018 is een politiek akkoord bereikt over de herziening van de Verordening Brussel II-bis.")
	checkEvents(t, g, map[string][]string{"32019R1111": {"2018-12-07 political-agreement"}})
	g = extract("Over de herziening van de Verordening Brussel II-bis is een politiek akkoord bereikt in de JBZ-Raad van 6 en 7 december 2018.")
	checkEvents(t, g, map[string][]string{"32019R1111": nil})
	g = extract("Nederland heeft de herziening van de Verordening Brussel II-bis besproken in de JBZ-Raad van 7 december 2018.")
	checkEvents(t, g, map[string][]string{"32019R1111": nil})
	g = extract("De onderhandelingen met het Europees Parlement kwamen op gang, na het politieke akkoord van de ECOFIN-Raad van 14 mei 2013 over de begroting.")
	checkEvents(t, g, map[string][]string{"ep": nil})
}
