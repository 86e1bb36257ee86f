package ingest

import "testing"

// Part K (pos16, docs/stances.md): rules read from the misses of fourteen
// unseen documents, each general, each with a near-miss.

// A purpose clause with "opdat" ends the subject like any subordinate
// clause; handing a document to parliament is correspondence.
func TestPurposeClauseAndHandingOver(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Ook Nederland verwelkomt deze benadering opdat een integrale onderhandelingsbasis geborgd blijft.", stWelcome, "country:NL", "deze benadering"},
		// handing over to parliament is procedure; to others a commitment
		{"Het kabinet zal het voorstel van de Commissie vertrouwelijk aan uw Kamer ter beschikking stellen.", "", "", ""},
		{"Het kabinet zal de verslagen aan uw Kamer toezenden.", "", "", ""},
		{"Het kabinet zal zijn expertise aan de andere lidstaten ter beschikking stellen.", stCommit, "country:NL", "zijn expertise"},
	})
}

// Giving attention (the family of "besteedt aandacht aan"): what others
// put first; an attention without an actor is none.
func TestAttentionFamily(t *testing.T) {
	const ec = "org:european-commission"
	checkTransfer(t, []transferCase{
		{"De Commissie wil bijzondere aandacht geven aan behoud van werkgelegenheid.", stPriority, ec, "behoud van werkgelegenheid"},
		{"De Commissie heeft in het voorstel veel aandacht besteed aan de rechten van verdachten.", stPriority, ec, "de rechten van verdachten"},
		{"De Commissie gaf in de bespreking bijzondere aandacht aan de rechten van verdachten.", stPriority, ec, "de rechten van verdachten"},
		// near-misses: a passive without agent, an infinitive of purpose
		{"In het verslag wordt aandacht gegeven aan de rechten van verdachten.", "", "", ""},
		{"De Commissie geeft de lidstaten meer tijd om aandacht te geven aan hun plannen.", "", "", ""},
	})
}

// The delegations' support without "er", after a fronted phrase, and with
// its supporters in a van-phrase before the object.
func TestDelegationsFronted(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"In de RAZ was brede steun voor het verslag van de Commissie.", stSupport, "", "het verslag van de Commissie"},
		{"In de Raad was overeenstemming over een versterkt mandaat van Frontex.", stSupport, "", "een versterkt mandaat van Frontex"},
		{"Er was brede steun van lidstaten voor focus op implementatie.", stSupport, "", "focus op implementatie"},
		{"Er was brede steun van Frankrijk en Duitsland voor focus op implementatie.", stSupport, "", "focus op implementatie"},
		{"De Hoge Vertegenwoordiger heeft voorgesteld een MPCC op te richten. Hiervoor is brede steun.", stSupport, "", ""},
		// near-misses: support needed, a worth, an agreement reached
		{"In de Raad was brede steun nodig om het besluit te nemen.", "", "", ""},
		{"Het voorstel is brede steun waard.", "", "", ""},
		{"In de Raad is overeenstemming bereikt.", "", "", ""},
	})
}

// A bracket left open in one sentence does not put the sentences after it,
// nor the rest of its own, inside an aside.
func TestOpenBracketNoAside(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Raad neemt conclusies aan over een structuur (Military Planning and Conduct Capability (MPCC), een review en PESCO. " +
			"Het kabinet steunt de oprichting van de MPCC.", stSupport, "country:NL", "de oprichting van de MPCC"},
		{"De Raad neemt conclusies aan over een structuur (MPCC, het kabinet steunt de oprichting van de MPCC.", stSupport, "country:NL", "de oprichting"},
		// near-miss: a closed aside still holds its cue
		{"De Raad neemt conclusies aan over een structuur (die het kabinet steunt).", "", "", ""},
	})
}

// A bare "het voorzitterschap" that neither the meeting nor the table
// places (a letter of 2008, before the presidency table's first half-year,
// 2009) is the presidency the letter named before; two named presidencies
// leave it open.
func TestNamedPresidencyBefore(t *testing.T) {
	one := "Het Franse voorzitterschap zal zijn werkprogramma presenteren. Het voorzitterschap wil bijzondere aandacht geven aan de werkgelegenheid."
	ps := positionsOf(t, fictionalLetter(t, "2 juli 2008", one))
	if len(ps) != 1 || len(ps[0].holds) != 1 || ps[0].holds[0] != "country:FR" {
		t.Errorf("%q: want one position held by country:FR, got %d %v", one, len(ps), holdsOf(ps))
	}
	two := "Het Sloveense voorzitterschap draagt over aan het Franse voorzitterschap. Het voorzitterschap wil bijzondere aandacht geven aan de werkgelegenheid."
	for _, p := range positionsOf(t, fictionalLetter(t, "2 juli 2008", two)) {
		if len(p.holds) > 0 {
			t.Errorf("%q: want no country for the bare presidency, got %v", two, p.holds)
		}
	}
}

func holdsOf(ps []position) [][]string {
	var out [][]string
	for _, p := range ps {
		out = append(out, p.holds)
	}
	return out
}

// Word families the first run missed, each with all its forms' near-miss:
// receiving support (the giver the actor), support spoken to its
// beneficiary, warning against, consent with a manner in the gap, worry in
// the infinitive after a verb of saying, an aspect verb in a strict gap,
// and groups read by their grammar.
func TestSupportWarningWorryFamilies(t *testing.T) {
	const ec = "org:european-commission"
	checkTransfer(t, []transferCase{
		{"Deze thematische benadering kreeg de steun van een overgrote meerderheid van de lidstaten.", stSupport, "", "Deze thematische benadering"},
		{"Het voorstel kreeg steun van de Commissie.", stSupport, ec, "Het voorstel"},
		{"Ook genoemde thema’s kregen van vele lidstaten, inclusief Nederland, steun.", stSupport, "country:NL", "genoemde thema’s"},
		{"Het voorstel heeft brede steun gekregen van de lidstaten.", stSupport, "", "Het voorstel"},
		// near-miss: help received by a party
		{"Nederland kreeg van de Commissie steun bij de opvang van asielzoekers.", "", "", ""},
		{"Lidstaten spraken onvoorwaardelijke steun uit aan Oekraïne.", stSupport, "", "Oekraïne"},
		{"De lidstaten hebben hun steun uitgesproken aan Oekraïne.", stSupport, "", "Oekraïne"},
		{"Een enkele lidstaat waarschuwde tegen een permanente uitbreiding van de begroting.", stConcern, "", "een permanente uitbreiding"},
		{"De Commissie heeft gewaarschuwd tegen een verdere verlenging.", stConcern, ec, "een verdere verlenging"},
		// near-miss: a setting, no warning against
		{"De Commissie waarschuwde tegen de achtergrond van de oorlog voor nieuwe risico's.", "", "", ""},
		{"Op die datum is het EP met een kleine meerderheid akkoord gegaan met het voorstel.", stAgree, "org:ep", "het voorstel"},
		// near-miss: a relative clause in the gap
		{"Op die datum is het voorstel dat door het EP werd aangenomen akkoord gegaan met de Raad.", "", "", ""},
		{"Frankrijk gaf aan zich zorgen te maken over de termijn.", stConcern, "country:FR", "de termijn"},
		// near-miss: a request that others not worry
		{"Het kabinet vraagt de lidstaten zich geen zorgen te maken over de termijn.", "", "", ""},
		{"Ten tweede zal het kabinet blijven inzetten op een ambitieuze positie.", stCommit, "country:NL", "een ambitieuze positie"},
		{"Een aanzienlijk deel van de delegaties steunt het voorstel.", stSupport, "", "het voorstel"},
		// near-miss: the group inside the object is no actor
		{"Het kabinet steunt de inzet van een groot deel van de lidstaten.", stSupport, "country:NL", "de inzet"},
		// a bare plural opening the sentence; not after the verb (the
		// gold of "lidstaten" there is unsure: left open)
		{"Lidstaten steunen het voorstel.", stSupport, "", "het voorstel"},
		{"Daarom steunen lidstaten het voorstel.", "", "", ""},
	})
}

// "Zij" past a passive without agent: the passive names no one who acts,
// so the pronoun points to the subject before it; a sentence with a
// subject of its own stops the walk.
func TestPronounPastPassive(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Verschillende lidstaten presenteerden voorstellen. Dit ambitieniveau moest worden gereflecteerd in de conclusies. " +
			"Zij bepleitten dat de betrokkenheid zou moeten worden versterkt.", stSupport, "", "de betrokkenheid"},
		{"Verschillende lidstaten presenteerden voorstellen. De maatregelen hebben effect gehad. " +
			"Zij bepleitten dat de betrokkenheid zou moeten worden versterkt.", "", "", ""},
	})
}
