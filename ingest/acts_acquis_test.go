package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// Acts of the JHA acquis added to the reference data in December 2026
// (issue 12) are found by their Dutch names in running text; words near
// those names, and the bare names of systems and mechanisms, are not.
func TestAcquisActNames(t *testing.T) {
	for s, want := range map[string]string{
		"De Alimentatieverordening is in Nederland uitgevoerd bij wet.":                              "32009R0004",
		"Nederland neemt niet deel aan de Rome III-verordening over echtscheiding.":                  "32010R1259",
		"Het kabinet steunt de Verordening Europese procedure voor geringe vorderingen.":             "32007R0861",
		"De Verordening Europees bevel tot conservatoir beslag op bankrekeningen is van toepassing.": "32014R0655",
		"De verordening klein grensverkeer staat lokaal grensverkeer toe.":                           "32006R1931",
		"De SIS II-verordening en het SIS II-besluit zijn vervangen.":                                "32006R1987 32007D0533",
		"Het Kaderbesluit proeftijdvoorwaarden en alternatieve straffen is omgezet.":                 "32008F0947",
		"De CEPOL-verordening en de EMCDDA-verordening regelen twee agentschappen.":                  "32015R2219 32006R1920",
		"Het tweede herplaatsingsbesluit betrof 120.000 personen.":                                   "32015D1601",
		"Zie de verordening herziening opschortingsmechanisme visumvrijstelling.":                    "32017R0371",
		"De Verordening overdracht van strafprocedures is in 2024 aangenomen.":                       "32024R3011",
		// near misses: a system, a mechanism, a plain word, another Rome
		"De Huwelijksvermogensverordening en de Partnerschapsvermogensverordening gelden sinds 2019.": "32016R1103 32016R1104",
		"Het Kaderbesluit mensenhandel is vervangen door de Mensenhandelrichtlijn.":                   "32002F0629 32011L0036",
		"De Derde anti-witwasrichtlijn ging vooraf aan de vierde.":                                    "32005L0060",
		"De API-verordening grenscontroles en de API-verordening rechtshandhaving.":                   "32025R0012 32025R0013",
		"Het SIS II is in 2013 in gebruik genomen.":                                                   "",
		"De API-verordeningen zijn aangenomen.":                                                       "",
		"Het opschortingsmechanisme werd aangescherpt.":                                               "",
		"De herplaatsingsbesluiten werden slecht uitgevoerd.":                                         "",
		"Een alimentatieverplichting is geen verordening.":                                            "",
		"De Rome IV-verordening bestaat niet.":                                                        "",
		"Het Grondrechtenagentschap publiceerde een rapport over de FRA.":                             "",
	} {
		var got []string
		for _, m := range actNamesIn(s) {
			got = append(got, m.celex)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("actNamesIn(%q) = %v, want %q", s, got, want)
		}
	}
}

// A predecessor keeps its nickname only through the line of succession: in
// a letter older than the first proposal of the act that now carries the
// nickname, the nickname is the older act; afterwards it is the newer one.
func TestAcquisLineage(t *testing.T) {
	for _, c := range []struct {
		name   string
		target string
		year   int
		want   string
	}{
		{"Opvangrichtlijn", "32013L0033", 2006, "32003L0009"},
		{"Opvangrichtlijn", "32013L0033", 2010, "32013L0033"},
		{"Kwalificatierichtlijn", "32011L0095", 2007, "32004L0083"},
		{"Kwalificatierichtlijn", "32011L0095", 2009, "32011L0095"},
		{"Visumverordening", "32018R1806", 2014, "32001R0539"},
		{"Visumverordening", "32018R1806", 2019, "32018R1806"},
		{"Studenten- en onderzoekersrichtlijn", "32016L0801", 2012, "32004L0114"},
		{"Insolventieverordening", "32015R0848", 2010, "32000R1346"},
		{"Insolvency Regulation", "32015R0848", 2016, "32015R0848"},
		{"Richtlijn milieucriminaliteit", "32024L1203", 2015, "32008L0099"},
		{"ECRIS-richtlijn", "32019L0884", 2019, "32019L0884"},
	} {
		if got, ok := ResolveActRef(c.name); !ok || got != c.target {
			t.Fatalf("ResolveActRef(%q) = %q, want %s", c.name, got, c.target)
		}
		if got, ok := datedActName(c.target, nil, c.year); !ok || got != c.want {
			t.Errorf("%s in %d = %q, want %s", c.name, c.year, got, c.want)
		}
	}
}

// A citation whose number has one digit ("Verordening (EG) nr. 4/2009") is
// read; one whose two numbers hold no year is not.
func TestActCiteOneDigitNumber(t *testing.T) {
	for s, want := range map[string]string{
		"Verordening (EG) nr. 4/2009 van de Raad":  "32009R0004",
		"Council Regulation (EC) No 4/2009":        "32009R0004",
		"de alimentatie (EG) nr. 4/2009":           "32009R0004",
		"een besluit 2/3 van de stemmen":           "",
		"Besluit nr. 1/2 van de Associatieraad EU": "",
	} {
		var got []string
		for _, c := range findActs(s) {
			got = append(got, c.celex)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("findActs(%q) = %v, want %q", s, got, want)
		}
	}
}

// The date of an EU proposal listed among the documents of a debate ("het
// EU-voorstel d.d. 21 januari 2016 ...") is the day the Kamer registered it:
// no event, not for the Commission and not for the act it became.
func TestRegisteredProposalDateNoEvent(t *testing.T) {
	text := "Verslag van een algemeen overleg\n\nDe vaste commissie heeft op 9 maart 2016 overleg gevoerd over:\n\n" +
		"  • het EU-voorstel d.d. 21 januari 2016 voor een richtlijn ECRIS voor derdelanders COM (2016) 7;\n"
	g := extractWith(t, "kst-32317-411.txt", text, Meta{Dossier: "32317", Number: "411", Date: "2016-05-11", Kind: "Verslag van een algemeen overleg"})
	found := false
	for _, r := range g.Relations {
		if r.To == (graph.Ref{Kind: graph.KindLegalAct, Key: "32019L0884"}) {
			found = true
		}
		if evs, ok := r.Props["events"].([]string); ok && len(evs) > 0 {
			t.Errorf("%v has events %v, want none", r.To, evs)
		}
	}
	if !found {
		t.Errorf("the proposal COM (2016) 7 does not name 32019L0884")
	}
}

// In a list of documents run into one sentence, a Commission proposal is
// not the act the next item names: the proposal of 29 April 2016 is not
// the suspension mechanism regulation proposed on 4 May.
func TestEventActOfOtherListItem(t *testing.T) {
	text := "Verslag van een schriftelijk overleg\n\nDe vaste commissie heeft op 18 mei 2016 overleg gevoerd met de Staatssecretaris over: " +
		"− het voorstel van de Europese Commissie d.d. 29 april 2016 inzake EU-voorstel: Verordening visumliberalisatie Oekraïne COM (2016) 236; " +
		"− het voorstel van de Europese Commissie d.d. 4 mei 2016 inzake EU-voorstel: verordening herziening opschortingsmechanisme visumvrijstelling COM (2016) 290.\n"
	g := extractWith(t, "kst-32317-422.txt", text, Meta{Dossier: "32317", Number: "422", Date: "2016-06-28", Kind: "Verslag van een schriftelijk overleg"})
	var got []string
	for _, r := range g.Relations {
		if evs, ok := r.Props["events"].([]string); ok && r.To == (graph.Ref{Kind: graph.KindLegalAct, Key: "32017R0371"}) {
			got = evs
		}
	}
	if strings.Join(got, ",") != "2016-05-04 proposal" {
		t.Errorf("events of 32017R0371 %v, want only its proposal of 4 May 2016", got)
	}
}
