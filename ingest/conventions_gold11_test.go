package ingest

import (
	"strings"
	"testing"
)

// The conventions settled by the annotators of held-out parts M and N
// (docs/stances.md, "Conventions settled by the annotators of held-out
// parts M and N (gold11)"), each with sentences where it fires and near
// misses where it must not.

// Convention 20: "wijst erop dat" takes its class from its dat-clause:
// negative words or a risk are concern, a requirement or a condition
// reserved, a fact no position; "wijst op het belang van" stays priority.
func TestConventionPointOut(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad van Europa wees erop dat er geen uitzicht is op betere omstandigheden in de opvangcentra.", stConcern, "org:council-of-europe", "geen uitzicht"},
		{"IOM wees erop dat de capaciteit van de opvang onvoldoende is.", stConcern, "org:iom", "de capaciteit van de opvang"},
		{"De Commissie wijst erop dat het risico op vertraging van de aanbesteding groot is.", stConcern, "org:european-commission", "het risico op vertraging"},
		{"De Commissie heeft erop gewezen dat de lidstaten de conventie niet hebben geratificeerd.", stConcern, "org:european-commission", "de conventie"},
		{"Het kabinet wijst erop dat de lidstaten de uitvoering zelf moeten kunnen regelen.", stReserved, "country:NL", "de uitvoering"},
		{"Het kabinet wijst erop dat financiering alleen mogelijk is als alle lidstaten bijdragen.", stReserved, "country:NL", "financiering"},
		{"Het kabinet wijst er in dit verband op dat bij de overdracht de waarborgen van de Dublinverordening gelden.", stReserved, "country:NL", "de waarborgen"},
		{"De Commissie wijst erop dat voor de verlenging een besluit van de Raad vereist is.", stReserved, "org:european-commission", "een besluit van de Raad"},
		{"Duitsland wees er nadrukkelijk op dat de regeling dient te gelden voor alle lidstaten.", stReserved, "country:DE", "de regeling"},
		// the addressee, or the subject after the verb
		{"Nederland wees de Commissie erop dat de capaciteit van de hotspots onvoldoende is.", stConcern, "country:NL", "de capaciteit van de hotspots"},
		{"Daarnaast wijst het kabinet erop dat de lidstaten de uitvoering zelf moeten regelen.", stReserved, "country:NL", "de uitvoering"},
		// near misses: a fact pointed out; the priority of "het belang"
		{"De Commissie wees erop dat de consultatie in september afloopt.", "", "", ""},
		{"De Commissie heeft erop gewezen dat het verslag in oktober verschijnt.", "", "", ""},
		{"Het kabinet wijst op het belang van een gezamenlijke aanpak.", stPriority, "country:NL", "een gezamenlijke aanpak"},
	})
}

// Convention 22: "in grote lijnen" hedges like "op hoofdlijnen"; words
// that sum up the whole keep the class.
func TestConventionBroadLinesHedge(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De lidstaten kunnen zich in grote lijnen vinden in de beginselen van het kader.", stReserved, "", "de beginselen van het kader"},
		{"Het kabinet steunt in grote lijnen de herziening van de verordening.", stReserved, "country:NL", "de herziening van de verordening"},
		{"Het kabinet steunt op hoofdlijnen de herziening van de verordening.", stReserved, "country:NL", "de herziening van de verordening"},
		// near misses: summing up keeps the class
		{"Over het geheel genomen verwelkomt het kabinet de strategie.", stWelcome, "country:NL", "de strategie"},
		{"In algemene zin steunt het kabinet de herziening van de verordening.", stSupport, "country:NL", "de herziening"},
		{"Het kabinet steunt de herziening van de verordening.", stSupport, "country:NL", "de herziening"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "Het kabinet verwelkomt in grote lijnen de mededeling over de digitale grenzen."))
	if len(ps) != 1 || ps[0].e.Props["baseStance"] != string(stWelcome) || ps[0].e.Props["hedge"] != "in grote lijnen" {
		t.Errorf("a hedged welcome: want reserved with base welcome and the hedge, got %d positions", len(ps))
		for _, p := range ps {
			t.Logf("%v", p.e.Props)
		}
	}
}

// Convention 24: holding someone to account is concern on what it is held
// to account for.
func TestConventionHoldToAccount(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De minister heeft haar ambtgenoten aangesproken op de achterstanden bij de vingerafdrukken.", stConcern, "country:NL", "de achterstanden bij de vingerafdrukken"},
		{"Nederland spreekt Italië aan op de gebrekkige registratie van aankomsten.", stConcern, "country:NL", "de gebrekkige registratie"},
		{"Waar nodig sprak de staatssecretaris zijn collega's aan op de naleving van de afspraken.", stConcern, "country:NL", "de naleving van de afspraken"},
		{"Zoals toegezegd heeft de staatssecretaris de Commissie aangesproken op de trage uitbetaling van de fondsen.", stConcern, "country:NL", "de trage uitbetaling"},
		// with a modal: the concern, not a commitment to speak
		{"De staatssecretaris zal de Commissie aanspreken op de vertraging bij de uitbetaling.", stConcern, "country:NL", "de vertraging bij de uitbetaling"},
		// near misses: addressing someone is not holding to account
		{"De minister sprak de ambtgenoten aan tijdens de lunch.", "", "", ""},
		{"De voorzitter heeft de delegaties aangesproken in het Engels.", "", "", ""},
	})
}

// Convention 26: thanks for something with content are welcome of it,
// whoever thanks; thanks for courtesy are none.
func TestConventionThanks(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie dankte het voorzitterschap voor de inzet om het akkoord over de opvangrichtlijn dichterbij te brengen.", stWelcome, "org:european-commission", "het akkoord over de opvangrichtlijn"},
		{"Nederland bedankte de Commissie voor de voortgang ten aanzien van het migratiepact.", stWelcome, "country:NL", "het migratiepact"},
		{"Het kabinet dankt de Commissie voor haar bijdrage aan de onderhandelingen over het asielpakket.", stWelcome, "country:NL", "het asielpakket"},
		{"De lidstaten danken het voorzitterschap voor de inspanningen om een compromis over de screening te vinden.", stWelcome, "", "een compromis over de screening"},
		// near misses: courtesy (work in general, a briefing, an agenda,
		// questions, hospitality)
		{"De Commissie dankte het voorzitterschap voor de inzet.", "", "", ""},
		{"De lidstaten danken het voorzitterschap voor de inspanningen van de afgelopen maanden.", "", "", ""},
		{"De leden danken de minister voor de geannoteerde agenda.", "", "", ""},
		{"Het voorzitterschap dankte de lidstaten voor de gastvrijheid.", "", "", ""},
		{"Het kabinet dankt de fracties voor de gestelde vragen.", "", "", ""},
		{"De minister dankte de Commissie voor haar presentatie.", "", "", ""},
	})
}

// Conventions 21, 25 and 27 need no rule: "moet" stays reserved (with
// "eerst" preference), "neemt X serieus" is no required position, and
// "X, waaronder <country>" is held by the country alone.
func TestConventionsGold11Unchanged(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Een aantal lidstaten vindt dat de werkgroep de evaluatie moet afwachten.", stReserved, "", "de werkgroep"},
		{"Het kabinet is van mening dat het bureau zich moet richten op de uitvoering.", stReserved, "country:NL", "het bureau"},
		{"Het kabinet neemt de meldingen over misstanden in de detentie serieus.", "", "", ""},
		{"Het kabinet neemt de zorgen van de gemeenten over de huisvesting serieus.", "", "", ""},
		{"Veel lidstaten, waaronder Nederland, verwelkomden het stappenplan.", stWelcome, "country:NL", "het stappenplan"},
		{"Enkele lidstaten, waaronder Frankrijk en Duitsland, steunden de verlenging.", stSupport, "country:DE+country:FR", "de verlenging"},
	})
}

// Convention 28: a motion's operative clause ("verzoekt de regering …") is
// the Kamer's support, after recitals of any kind; a recital is optional,
// so a reading of it is the Kamer's or none, never the government's.
func TestConventionMotionRecitals(t *testing.T) {
	for _, title := range []string{"MOTIE VAN HET LID DE VRIES", "VERSLAG VAN EEN COMMISSIEDEBAT"} {
		g := parliamentaryDoc(t, title,
			"De Kamer, gehoord de beraadslaging,",
			"overwegende dat de doorlooptijden van de asielprocedure onaanvaardbaar zijn opgelopen;",
			"constaterende dat Nederland heeft toegezegd de procedures te versnellen;",
			"verzoekt de regering een plan van aanpak voor de doorlooptijden op te stellen,",
			"en gaat over tot de orde van de dag.",
		)
		ps := positionsOf(t, g)
		found := false
		for _, p := range ps {
			q, _ := p.e.Props["quote"].(string)
			if p.e.Props["actor"] == "de Kamer" && p.e.Props["stance"] == string(stSupport) && strings.Contains(q, "verzoekt de regering") {
				found = true
			}
			if p.e.Props["actor"] == "de regering" {
				t.Errorf("%s: the government as an actor of the motion: %q", title, q)
			}
		}
		if !found {
			for _, p := range ps {
				t.Logf("%s %q: %q", p.e.Props["stance"], p.e.Props["actor"], p.e.Props["quote"])
			}
			t.Errorf("%s: want the Kamer's support of its request", title)
		}
	}
}

// Convention 23: an officeholder who opens the sentence speaks for the
// body the reference data has a node for; without a node, or as the chair
// of the Council, the officeholder is no body's voice.
func TestConventionOfficeholder(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De secretaris-generaal van de Raad van Europa riep de lidstaten op het protocol te ondertekenen.", stSupport, "org:council-of-europe", "het protocol"},
		{"De Hoge Commissaris van de VN voor de vluchtelingen riep de lidstaten op meer plaatsen voor hervestiging aan te bieden.", stSupport, "org:unhcr", "meer plaatsen"},
		{"De Hoge Commissaris van de Verenigde Naties voor de Vluchtelingen verwelkomde het hervestigingskader.", stWelcome, "org:unhcr", "het hervestigingskader"},
		{"De directeur van Frontex riep de lidstaten op meer personeel voor de grensbewaking te leveren.", stSupport, "org:frontex", "meer personeel"},
		{"De uitvoerend directeur van Frontex steunt de uitbreiding van het mandaat.", stSupport, "org:frontex", "de uitbreiding van het mandaat"},
		// a pronoun pointing back is the same actor
		{"De secretaris-generaal van de Raad van Europa sprak de Raad toe. Hij riep de lidstaten op het protocol te ondertekenen.", stSupport, "org:council-of-europe", "het protocol"},
		{"De directeur van Frontex sprak de Raad toe. Zij steunt de uitbreiding van het mandaat.", stSupport, "org:frontex", "de uitbreiding"},
		// near misses: a clause of its own after the pronoun; the Council's
		// chair; the High Representative (no
		// node); the officeholder reporting another's stance
		{"De directeur van Frontex sprak de Raad toe. Hij zei dat Nederland de uitbreiding van het mandaat steunt.", stSupport, "country:NL", "de uitbreiding"},
		{"De voorzitter van de Raad steunt de uitbreiding van het mandaat.", "", "", ""},
		{"De Hoge Vertegenwoordiger steunt de uitbreiding van het mandaat.", stSupport, "", "de uitbreiding"},
		{"De directeur van Frontex meldde dat Nederland de uitbreiding van het mandaat steunt.", stSupport, "country:NL", "de uitbreiding"},
	})
}
