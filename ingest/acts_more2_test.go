package ingest

import (
	"strings"
	"testing"
)

// Acts of neighbouring fields added to the reference data in December 2026
// (issue 12: digital and cyber law, labour, trade and industry, climate,
// energy and environment) are found by the names Dutch letters give them,
// in fictional sentences; the bare names of systems, mechanisms and Dutch
// acts that sound alike are not.
func TestNeighbouringActNames(t *testing.T) {
	for s, want := range map[string]string{
		"Het kabinet steunt de handhaving van de Digitalemarktenverordening (DMA).":                  "32022R1925 32022R1925",
		"De Dataverordening en de Datagovernanceverordening vullen elkaar aan.":                      "32023R2854 32022R0868",
		"Nederland implementeert de CER-richtlijn en de NIB2-richtlijn in één wet.":                  "32022L2557 32022L2555",
		"De Cyberweerbaarheidsverordening stelt eisen aan producten met digitale elementen.":         "32024R2847",
		"De herziene eIDAS-verordening voert de Europese digitale identiteitsportemonnee in.":        "32024R1183",
		"Over de Europese verordening mediavrijheid (EMFA) is een brief gestuurd.":                   "32024R1083 32024R1083",
		"De minister licht de Verordening politieke reclame toe.":                                    "32024R0900",
		"Het kabinet wil de CSRD en de CSDDD vereenvoudigen.":                                        "32022L2464 32024L1760",
		"Uitstel van de EU-ontbossingsverordening werd besproken.":                                   "32023R1115",
		"De CBAM-verordening en de ETS-richtlijn hangen samen.":                                      "32023R0956 32003L0087",
		"Volgens de Europese Klimaatwet is de Unie in 2050 klimaatneutraal.":                         "32021R1119",
		"De Raad sprak over de Chipverordening, de NZIA en de Critical Raw Materials Act.":           "32023R1781 32024R1735 32024R1252",
		"De Habitatrichtlijn, de Vogelrichtlijn en de Nitraatrichtlijn blijven van kracht.":          "31992L0043 32009L0147 31991L0676",
		"De Kaderrichtlijn Water (KRW) en de Richtlijn industriële emissies zijn herzien.":           "32000L0060 32000L0060 32010L0075",
		"De Verpakkingsverordening, de Batterijenverordening en de Ecodesignverordening gelden al.":  "32025R0040 32023R1542 32024R1781",
		"De Dienstenrichtlijn, de Arbeidstijdenrichtlijn en de Uitzendrichtlijn worden geëvalueerd.": "32006L0123 32003L0088 32008L0104",
		"De Richtlijn platformwerk en de Richtlijn loontransparantie moeten worden omgezet.":         "32024L2831 32023L0970",
		"De Dwangarbeidverordening en de Verordening buitenlandse subsidies zijn aangenomen.":        "32024R3015 32022R2560",
		"Het Douanewetboek van de Unie wordt herzien.":                                               "32013R0952",
		"De Taxonomieverordening en de SFDR worden herzien.":                                         "32020R0852 32019R2088",
		"De Energie-efficiëntierichtlijn en RED III zijn aangenomen.":                                "32023L1791 32023L2413",
		"De NIB-richtlijn is vervangen.":                                                             "32016L1148",
		"De wijziging Interimverordening online seksueel kindermisbruik (2024) loopt af.":            "32024R1307",
		"De SAFE-verordening en de ASAP-verordening steunen de defensie-industrie.":                  "32025R1106 32023R1525",
		// a name and the acronym bracketed after it are two namings of one act
		"Het Anti-dwanginstrument en de Algemene productveiligheidsverordening (GPSR) zijn aangenomen.": "32023R2675 32023R0988 32023R0988",
		// near misses: the Dutch climate act, an initiative named after
		// REACH, an emissions trading system, a mechanism, a data space,
		// a lower-case word
		"De Klimaatwet legt een doel voor 2030 vast.":                     "",
		"Zeven landen ondertekenden de REACH-UP brief.":                   "",
		"Het EU ETS en het ETS2 beprijzen uitstoot.":                      "",
		"Het CBAM geldt voor ijzer en staal.":                             "",
		"Het SAFE-instrument verstrekt leningen; SAFE is een instrument.": "",
		"De EHDS is een gezondheidsdataruimte.":                           "",
		"In het monster werd cer aangetroffen.":                           "",
		"De weerbaarheid van kritieke entiteiten neemt toe.":              "",
		"Het communautair douanewetboek gold tot 2016.":                   "",
		"De detachering van werknemers is grensoverschrijdend werk.":      "",
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

// The English names and acronyms of the added acts resolve as references,
// and their records carry what the table says of them.
func TestNeighbouringActRefs(t *testing.T) {
	for name, want := range map[string]string{
		"Digital Markets Act":        "32022R1925",
		"Data Act":                   "32023R2854",
		"Cyber Resilience Act":       "32024R2847",
		"European Media Freedom Act": "32024R1083",
		"Corporate Sustainability Due Diligence Directive": "32024L1760",
		"EUDR":                          "32023R1115",
		"de Net-Zero Industry Act":      "32024R1735",
		"Richtlijn (EU) 2022/2557":      "32022L2557",
		"Verordening (EU) 2024/900":     "32024R0900",
		"Council Directive 92/43/EEC":   "31992L0043",
		"Verordening (EG) nr. 883/2004": "32004R0883",
		"Regulation (EU) 2024/1307":     "32024R1307",
	} {
		if got, ok := ResolveActRef(name); !ok || got != want {
			t.Errorf("ResolveActRef(%q) = %q, %v, want %s", name, got, ok, want)
		}
	}
	nis, ok := LegalAct("32016L1148")
	if !ok || nis.Props["inForce"] != false {
		t.Errorf("LegalAct(32016L1148) = %v, %v: want the NIS Directive, not in force", nis.Props, ok)
	}
	if _, ok := ResolveActRef("Klimaatwet"); ok {
		t.Errorf("ResolveActRef(Klimaatwet): the Dutch act of 2019 is no EU act")
	}
}
