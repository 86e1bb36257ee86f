package ingest

import (
	"strings"
	"testing"
)

// "Mijn fractie" in a member's turn is the member's group; the opinion
// noun's owner is what "zij" points back to.
func TestPositionsMyGroup(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"Mevrouw Helder (PVV): Voorzitter. Het standpunt van mijn fractie is en blijft dat zij tegen een Europees Openbaar Ministerie is. "+
			"Mijn fractie vindt het bestrijden van terrorisme ook belangrijk.",
		"De heer Jansen (SP): Onze fractie steunt het voorstel.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het standpunt van mijn fractie", stance: stOppose, actorWords: "de PVV-fractie", subject: "een Europees Openbaar Ministerie"},
		{quote: "Mijn fractie vindt", stance: stPriority, actorWords: "de PVV-fractie", subject: "bestrijden van terrorisme"},
		{quote: "De heer Jansen (SP): Onze fractie steunt", stance: stSupport, actorWords: "de SP-fractie", subject: "het voorstel"},
	})
}

// A passive future is a commitment of its agent only: "door het kabinet
// zullen worden betrokken", not a statement that something "zal worden".
func TestPositionsPassiveFuture(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2014",
		"Ten aanzien van de aanbevelingen van de Raad van Europa kan nog worden toegevoegd dat deze door het kabinet zullen worden betrokken bij de zoektocht naar een oplossing.",
		"De heer Jansen begon op pagina 2 van de brief, waar de Minister stelt dat de bevoegdheid niet uitgebreid zal worden.",
		"Het voorstel zal worden besproken in de Raad van juni.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ten aanzien van de aanbevelingen", stance: stCommit, actors: "country:NL", subject: "de aanbevelingen van de Raad van Europa"},
	})
}

// General rules of Dutch word order and of how reports are written, each
// with real-looking sentences and the sentences it must leave alone
// (docs/stances.md, "Cue forms").
func TestClassifyStanceGrammar(t *testing.T) {
	tests := []struct {
		sentence string
		stance   stance
		cue      string // "" for no cue at all
	}{
		// a framing phrase between the verb and its object
		{"De Commissie benadrukte in dat kader het belang van paraatheid aan de buitengrenzen.", stSupport, "benadrukte … het belang van"},
		{"Het voorzitterschap onderstreepte in dit verband het belang van een snelle afronding.", stSupport, "onderstreepte … het belang van"},
		{"Frankrijk benadrukte op dit punt het belang van de buitengrenzen.", stSupport, "benadrukte … het belang van"},
		{"Ook onderstreept het kabinet het belang van eenheid binnen de Unie.", stSupport, "onderstreept … het belang van"},
		{"De Commissie benadrukte in een mededeling over terugkeer het belang van samenwerking.", "", ""},
		// the subject of an inverted sentence between the verb and "zich"
		{"Tegen deze achtergrond maken deze leden zich grote zorgen over de bezuinigingen.", stConcern, "maken … zich … zorgen over"},
		{"Daarom spraken de ministers zich uit voor een gezamenlijke aanpak.", stSupport, "spraken … zich uit voor"},
		{"Ook sloten de delegaties zich aan bij de conclusies.", stSupport, "sloten … zich aan bij"},
		// a subordinate clause closes on its finite verb: "dat zij tegen X is"
		{"Het standpunt van mijn fractie is dat zij tegen een Europees Openbaar Ministerie is.", stOppose, "tegen … is"},
		{"Hij zegt dat de fracties tegen verdere uitbreiding waren, zoals bekend.", stOppose, "tegen … waren"},
		{"De rechter oordeelde dat dit tegen de regels is gedaan.", "", ""},
		{"De maatregelen tegen mensensmokkel zijn uitgebreid.", "", ""},
		// the object between "het" and the judgement
		{"Mijn fractie vindt het bestrijden daarvan ook belangrijk.", stPriority, "vindt het … belangrijk"},
		{"Het kabinet vindt het belangrijk dat de lidstaten samenwerken.", stPriority, "vindt het belangrijk"},
		{"Zij vindt het rapport dat de Commissie belangrijk noemde te vaag.", "", ""},
		// cue families of real reports
		{"De zuidelijke lidstaten pleitten dat de regels niet meer van toepassing zijn.", stSupport, "pleitten dat"},
		{"Andere lidstaten wensen aanvullende maatregelen zoals relocatie.", stSupport, "wensen"},
		{"Het kabinet neemt maatregelen om de impact van grenscontroles te beperken.", stCommit, "neemt maatregelen"},
		{"Voor asielmigratie zet het kabinet nu concrete stappen naar een strenger regime.", stCommit, "zet … stappen"},
		{"Het resultaat van de herziene Dublin-Verordening stemt op een aantal punten tot tevredenheid.", stSatisfied, "stemt … tot tevredenheid"},
		{"Dit is conform de prioriteiten van Nederland.", stPriority, "is conform de prioriteiten van"},
		{"Dit is in lijn met de prioriteiten van het kabinet.", stPriority, "is in lijn met de prioriteiten van"},
		{"De Commissie noemt wel de Nederlandse opvangcapaciteit als aandachtspunt.", stConcern, "noemt … als aandachtspunt"},
		{"Op dit moment is er onder de lidstaten geen steun voor het wijzigen van de verdragen.", stOppose, "is er … steun"},
		{"Het kabinet kwam al in een eerder stadium tot de conclusie dat nadere aanscherping noodzakelijk is.", stSupport, "kwam … tot de conclusie dat"},
		{"Nederland is tot de conclusie gekomen dat de bestaande regels voldoende zijn.", stSatisfied, "is tot de conclusie gekomen dat"},
		{"Het rapport komt tot de conclusie, die de Commissie deelt, dat het aantal stijgt.", "", ""},
		{"Frankrijk heeft zijn wens voor een snelle afronding kenbaar gemaakt.", stPreference, "heeft … wens … kenbaar"},
		{"De Commissie maakt de resultaten van het onderzoek kenbaar.", "", ""},
		{"Het kabinet zet ook dan onverkort in op een beter Europa.", stCommit, "zet … in op"},
		{"Nederland blijft onverkort werken aan een Europa dat hervormt.", stCommit, "blijft … werken aan"},
		{"Het blijft lastig om te werken aan deze dossiers.", "", ""},
		{"De Commissie stelt maatregelen voor.", "", ""},
		{"De prioriteiten van Nederland zijn bekend.", "", ""},
	}
	for _, tt := range tests {
		r, ok := classifyStance(tt.sentence)
		if tt.cue == "" {
			if ok && r.cue != "" {
				t.Errorf("%q: cue %q (%s), want none", tt.sentence, r.cue, r.stance)
			}
			continue
		}
		if !ok || r.stance != tt.stance || r.cue != tt.cue {
			t.Errorf("%q: got %s %q, want %s %q", tt.sentence, r.stance, r.cue, tt.stance, tt.cue)
		}
	}
}

// A study or an advice asked of a body is knowledge asked for, no stance;
// a request for an action stays support.
func TestPositionsStudyRequest(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2014",
		"Ik heb de ACVZ gevraagd om na te gaan hoe de Nederlandse regelgeving zich verhoudt tot het Europees recht.",
		"Het kabinet heeft de ACVZ op 23 mei 2014 schriftelijk gevraagd de strategische landenbenadering te evalueren.",
		"Nederland verzocht de Commissie de gevolgen van het voorstel te onderzoeken.",
		"Het kabinet heeft de Commissie gevraagd de termijnen te verlengen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet heeft de Commissie gevraagd", stance: stSupport, actors: "country:NL", subject: "de termijnen"},
	})
}

// A reservation that is the topic of a meeting holds none; one that is
// placed stays reserved. "Met het voorstel wil X …" is the purpose of the
// proposal, not a stance of X.
func TestPositionsTopicsAndPurposes(t *testing.T) {
	g := fictionalLetter(t, "26 maart 2024",
		"De vaste commissie heeft op 26 maart 2024 overleg gevoerd met de staatssecretaris over het parlementair behandelvoorbehoud bij het voorstel.",
		"De Eerste Kamer heeft op 10 juni een parlementair behandelvoorbehoud geplaatst bij het voorstel.",
		"Met het voorstel tot wijziging van de Europolverordening wil de Commissie meerdere problemen oplossen.",
		"Met name Frankrijk wil de termijnen verlengen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De Eerste Kamer heeft", stance: stReserved, actorWords: "de Eerste Kamer"},
		{quote: "Met name Frankrijk wil", stance: stSupport, actors: "country:FR", subject: "de termijnen"},
	})
}

// The cabinet's "wil" is a commitment in a main clause; in a dat-clause
// it is part of what is said; a meeting's business is procedure. Others'
// "wil" and "wensen" stay support; groups interrupted by an aside act
// together.
func TestPositionsWillAndWishes(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2014",
		"Samen met alle betrokken partijen wil het kabinet alle middelen benutten om op te treden tegen kindermisbruik.",
		"Het kabinet wil u met deze brief informeren over de stand van zaken. "+
			"Ik wil nogmaals vooropstellen dat de gesprekken vertrouwelijk zijn.",
		"De Kamer verzoekt de regering duidelijk te maken dat Nederland wil heronderhandelen over de Dublinverordening.",
		"Bepaalde lidstaten zien het graag beperkt tot fondsen, andere lidstaten – en de Commissie – wensen aanvullende maatregelen zoals relocatie.",
		"Op dit moment is er onder de lidstaten geen steun voor het wijzigen van de EU-verdragen.",
	)
	ps := checkPositions(t, g, []wantPosition{
		{quote: "Samen met alle betrokken partijen", stance: stCommit, actors: "country:NL", subject: "alle middelen benutten"},
		{quote: "Bepaalde lidstaten zien het graag", stance: stSupport, actors: "org:european-commission", subject: "aanvullende maatregelen"},
		{quote: "Op dit moment is er onder de lidstaten", stance: stOppose, actorWords: "de lidstaten", subject: "het wijzigen van de EU-verdragen", negated: true},
	})
	for _, p := range ps {
		if q, _ := p.e.Props["quote"].(string); p.e.Props["actor"] == "Nederland" || strings.HasPrefix(q, "Het kabinet wil u") || strings.HasPrefix(q, "Ik wil") {
			t.Errorf("%s: %s %q is no position", p.e.Key, p.e.Props["stance"], q)
		}
	}
}

// A negation after a comma, or one that opens a contrast ("niet omdat …,
// maar omdat …", "niet alleen"), does not turn the cue before it.
func TestClassifyStanceContrastNegation(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		stance   stance
		negated  bool
	}{
		{"Bij de stemming onthield Nederland zich van stemming, niet omdat het geen voorstander was van een verdrag.", stReserved, false},
		{"Het kabinet steunt niet omdat het moet, maar omdat het wil.", stSupport, false},
		{"Het kabinet verwelkomt niet alleen het voorstel maar ook de conclusies.", stWelcome, false},
		{"Het kabinet steunt niet het voorstel van de Commissie.", stOppose, true},
		{"Het kabinet steunt het voorstel niet.", stOppose, true},
	} {
		r, ok := classifyStance(tt.sentence)
		if !ok || r.stance != tt.stance || r.negated != tt.negated {
			t.Errorf("%q: got %s negated=%v, want %s negated=%v", tt.sentence, r.stance, r.negated, tt.stance, tt.negated)
		}
	}
}

// Written consultations: an inverted "zijn deze leden van mening" is the
// group named before; joining others' questions is no position; stressing
// a standpoint is support.
func TestPositionsConsultationGrammar(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES",
		"De leden van de VVD-fractie hebben kennisgenomen van de brief. "+
			"Wel zijn deze leden van mening dat harmonisering in de gehele keten noodzakelijk blijft.",
		"De leden van de VVD-fractie onderstrepen het standpunt dat er een sterkere rol moet zijn voor het asielagentschap.",
		"De leden van de 50PLUS-fractie sluiten zich aan bij de vragen gesteld door de leden van de PvdA-fractie. "+
			"De leden van de SP-fractie sluiten zich aan bij de oproep van de VVD-fractie.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Wel zijn deze leden van mening", actorWords: "de leden van de VVD-fractie", stance: stSupport, subject: "harmonisering in de gehele keten"},
		{quote: "De leden van de VVD-fractie onderstrepen", actorWords: "de leden van de VVD-fractie", stance: stSupport, subject: "een sterkere rol"},
		{quote: "De leden van de SP-fractie sluiten", actorWords: "de leden van de SP-fractie", stance: stSupport, subject: "de oproep van de VVD-fractie"},
	})
}

// "Voornoemde leden" are the group named before; dismay is concern;
// sharing another's attitude is agreement, with the shared noun in the
// subject.
func TestPositionsSharedAttitudes(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"I Vragen en opmerkingen uit de fracties",
		"Inbreng van de leden van de VVD-fractie",
		"Deze leden lezen dat de Europese Commissie 66 mld. euro aan extra vastleggingen voorstelt. "+
			"Voornoemde leden zijn verbaasd over de hoogte van de beoogde bedragen. "+
			"Zij delen de kritische houding van het kabinet. "+
			"Deze leden zijn benieuwd of de Minister kan duiden hoeveel ruimte er is.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Voornoemde leden zijn verbaasd", actorWords: "de leden van de VVD-fractie", stance: stConcern, subject: "de hoogte van de beoogde bedragen"},
		{quote: "Zij delen de kritische houding", actorWords: "de leden van de VVD-fractie", stance: stAgree, subject: "de kritische houding van het kabinet"},
	})
	r, ok := classifyStance("Het kabinet is teleurgesteld over de uitkomst van de onderhandelingen.")
	if !ok || r.stance != stConcern {
		t.Errorf("teleurgesteld over: %+v", r)
	}
	if r, ok := classifyStance("De verbaasde reactie van de Commissie was opvallend."); ok {
		t.Errorf("no cue wanted, got %q", r.cue)
	}
}

// An attributive participle with its agent is the agent's stance on the
// noun it qualifies; the agent of a participle after a verb, or a noun
// phrase without a determiner before "door", is not.
func TestPositionsAttributiveParticiple(t *testing.T) {
	g := fictionalLetter(t, "20 december 2012",
		"Ook maakt het door Nederland bekritiseerde opschortingsmechanisme (zeer kort gezegd, geen overdrachten meer) geen onderdeel meer uit van de verordening.",
		"De door de lidstaten gesteunde aanpak van de Europese Commissie werd aangenomen.",
		"Toen verwelkomde de Raad de door de Commissie voorgestelde visumvrijstelling.",
		"Dit werd door Frankrijk gesteund, zoals eerder gemeld.",
		"De termijn werd verlengd door de Commissie bekritiseerde lidstaten te ontzien.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ook maakt het door Nederland", stance: stConcern, actors: "country:NL", subject: "opschortingsmechanisme"},
		{quote: "De door de lidstaten gesteunde", stance: stSupport, actorWords: "de lidstaten", subject: "aanpak van de Europese Commissie"},
		{quote: "Toen verwelkomde de Raad", stance: stWelcome, actors: "org:council-of-the-eu", subject: "visumvrijstelling"},
		{quote: "Dit werd door Frankrijk gesteund", stance: stSupport, actors: "country:FR"},
	})
}

// Reported views: "wat mij betreft" is the speaker's view; a dat-clause
// closing on "van belang vindt" is a priority, its object read across a
// pair of commas; the feeling with which a report is read is concern.
func TestPositionsReportedViews(t *testing.T) {
	g := fictionalLetter(t, "17 juli 2020",
		"Wel heb ik na afloop in antwoord op een vraag van het ANP aangegeven dat wat mij betreft Europol, Eurojust en het EOM adequaat worden toegerust.",
		"In de brief van 9 juni stelt het kabinet dat het de naleving van grondrechten, inclusief sterke betrokkenheid van de EU instituties, van belang vindt.",
		"De leden van de SP-fractie hebben met zorg kennisgenomen van het voorstel. "+
			"De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het voorstel.",
		"Wat betreft de termijnen verwijs ik naar de brief van mei.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Wel heb ik na afloop", stance: stSupport, actors: "country:NL", subject: "Europol, Eurojust en het EOM adequaat worden toegerust"},
		{quote: "In de brief van 9 juni", stance: stPriority, actors: "country:NL", subject: "de naleving van grondrechten, inclusief"},
		{quote: "De leden van de SP-fractie", stance: stConcern, actorWords: "de leden van de SP-fractie", subject: "het voorstel"},
	})
}

// A verb coordinated after a dat-clause shares the main clause's subject,
// not a noun inside the dat-clause; a verb-final cue before "en" keeps
// its object before it.
func TestPositionsCoordinatedMainSubject(t *testing.T) {
	g := fictionalLetter(t, "5 maart 2025",
		"Ook ging de Commissie uitgebreid in op de zorgen dat een aantal lidstaten niet conform de richtsnoeren visa uitgeeft en riep lidstaten op de richtsnoeren te volgen.",
		"Het kabinet meldt dat Frankrijk het plan steunt en pleit voor snelle uitvoering.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ook ging de Commissie", stance: stSupport, actors: "org:european-commission", subject: "de richtsnoeren te volgen"},
		{quote: "Het kabinet meldt dat Frankrijk", stance: stSupport, actors: "country:FR", subject: "het plan"},
	})
}

// A "wil" that announces the letter's own speech is no stance; the cue of
// the speech itself still counts.
func TestPositionsWillOfSpeech(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2025",
		"Ik wil de Kamer erop wijzen dat de termijn afloopt. Graag wil ik uw Kamer bedanken voor de vragen. "+
			"De Commissie wil de lidstaten bedanken voor hun inzet.",
		"Daarnaast wil het kabinet benadrukken dat de samenwerking met Frontex goed verloopt.",
		"Het kabinet wil de komende periode de aanpak van mensensmokkel verder versterken.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Daarnaast wil het kabinet benadrukken", stance: stSupport, actors: "country:NL", subject: "de samenwerking met Frontex"},
		{quote: "Het kabinet wil de komende periode", stance: stCommit, actors: "country:NL", subject: "de aanpak van mensensmokkel"},
	})
}

// "niet aan de orde" is a rejection only for an actor introduced by
// "voor"; without one it says what is not discussed.
func TestPositionsNotOnTheTable(t *testing.T) {
	g := fictionalLetter(t, "3 februari 2020",
		"Invoeren van binnengrenscontroles is echter een ultiem middel, wat op dit moment voor Nederland niet aan de orde is.",
		"Verdragswijziging is momenteel niet aan de orde. Dit onderwerp komt in de Raad van juni niet aan de orde.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Invoeren van binnengrenscontroles", stance: stOppose, actors: "country:NL", subject: "Invoeren van binnengrenscontroles"},
	})
}

// A letter that carries a call speaks for its senders, named in the
// sentence before with the colleagues they wrote with; a report's call is
// no one's.
func TestPositionsDocumentVoice(t *testing.T) {
	g := fictionalLetter(t, "3 november 2025",
		"Op 17 oktober heeft Nederland samen met de voor asiel en migratie verantwoordelijke bewindspersonen van België, Duitsland en Zweden een brief aan de Eurocommissaris gestuurd. "+
			"De brief bevat een oproep aan de Europese Commissie tot het bevorderen van terugkeer naar Afghanistan.",
		"De Commissie deed een oproep aan de lidstaten tot meer solidariteit.",
		"Het onderzoek van de universiteit is afgerond. Het rapport bevat een oproep tot meer onderzoek.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De brief bevat een oproep", stance: stSupport, actors: "country:BE+country:DE+country:NL+country:SE", subject: "het bevorderen van terugkeer"},
		{quote: "De Commissie deed een oproep", stance: stSupport, actors: "org:european-commission", subject: "meer solidariteit"},
	})
}

// "heeft kennisgenomen van" is the cabinet taking note (informational);
// the same words open a committee report ("De leden van de VVD-fractie
// hebben kennisgenomen van het wetsvoorstel") and state no stance there.
func TestPositionsTakingNote(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2014",
		"Het kabinet heeft kennisgenomen van het rapport van de werkgroep.",
		"De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet heeft kennisgenomen", stance: stInformational, actors: "country:NL", subject: "het rapport van de werkgroep"},
	})
}

// Having said one will keep the Kamer informed is procedure, not a
// commitment on a subject; having said one will act on a subject is.
func TestPositionsPromiseToInform(t *testing.T) {
	g := fictionalLetter(t, "22 mei 2018",
		"Aangezien wij ook richting Uw Kamer hebben aangegeven, regelmatig informatie te zullen verstrekken over de stand van zaken rond Interoperabiliteit, sturen wij u hierbij onze reactie.",
		"Het kabinet heeft aangegeven de controles aan de binnengrenzen te zullen verlengen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet heeft aangegeven de controles", stance: stCommit, actors: "country:NL", subject: "de controles aan de binnengrenzen"},
	})
}

// A speaker announcing what he will talk about takes no stance ("Ik wil
// een aantal punten behandelen"); what he wants done is one.
func TestPositionsSpeakerAgenda(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Knops (CDA): Voorzitter. Ik wil een aantal punten behandelen en begin met het asielstelsel.",
		"De heer Jansen (SP): Onze fractie steunt het voorstel.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP): Onze fractie steunt", stance: stSupport, actorWords: "de SP-fractie", subject: "het voorstel"},
	})
}

// A fronted "Hiertoe" names the aim of a call ("oproepen tot"): the
// sentence before is its subject, not the meeting after the cue. With
// another cue it is a purpose and the object stays the subject.
func TestPositionsCallToThisEnd(t *testing.T) {
	g := fictionalLetter(t, "22 juli 2017",
		"De inzet van Nederland is een herziening van de Terugkeerrichtlijn. Hiertoe heeft Nederland andermaal opgeroepen tijdens de informele bijeenkomst van de JBZ-Raad van 6 en 7 juli jl.",
		"Hiertoe steunt het kabinet het voorstel van de Commissie.",
	)
	checkAll(t, g, []wantPosition{
		// the cabinet's effort named by its owner (kst-32317-480 in the
		// real dev set holds it as NL's commitment)
		{quote: "De inzet van Nederland is een herziening", stance: stCommit, actors: "country:NL", subject: "een herziening van de Terugkeerrichtlijn"},
		{quote: "Hiertoe heeft Nederland andermaal opgeroepen", stance: stSupport, actors: "country:NL", subject: "De inzet van Nederland is een herziening van de Terugkeerrichtlijn"},
		{quote: "Hiertoe steunt het kabinet", stance: stSupport, actors: "country:NL", subject: "het voorstel van de Commissie"},
	})
}

// What an actor underlines it backs ("De Commissie onderstreepte de
// inspanningen van Griekenland"); a fact that underlines something ("Dit
// onderstreept …") holds no stance.
func TestPositionsUnderlines(t *testing.T) {
	g := fictionalLetter(t, "6 juni 2013",
		"De Commissie onderstreepte de inspanningen van Griekenland.",
		"De cijfers over het eerste kwartaal onderstrepen de omvang van het probleem.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De Commissie onderstreepte", stance: stSupport, actors: "org:european-commission", subject: "de inspanningen van Griekenland"},
	})
}

// An aim noun in a relative clause states the aim of the country of its
// phrase, also after a preposition ("van de Nederlandse inzet die …
// gericht is op"); without a country the aim has no actor.
func TestPositionsAimInRelativeClause(t *testing.T) {
	g := fictionalLetter(t, "22 mei 2011",
		"De onderhandelingen bepalen de voortgang van de Nederlandse inzet die in eerste instantie gericht is op het vinden van draagvlak voor onze voorstellen.",
		"De onderhandelingen bepalen de voortgang van de inzet die gericht is op een snelle afronding.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "van de Nederlandse inzet die", stance: stCommit, actors: "country:NL", subject: "het vinden van draagvlak voor onze voorstellen"},
	})
}
