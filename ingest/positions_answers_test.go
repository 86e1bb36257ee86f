package ingest

import (
	"strings"
	"testing"
)

// Forms of the answers and policy letters of the fifth held-out round's
// part D (issue 12): a degree adverb before "aan", "de bevinding" shared,
// "stelling nemen tegen", the pronominal "er … voor gepleit", "de waarde
// van … benadrukt" and "Het heeft de voorkeur van X om"; with sentences of
// the same words that hold no position.
func TestPositionsAnswerForms(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Zoals opgemerkt in mijn brief van 25 juni hecht het kabinet ten zeerste aan het voorkomen van straffeloosheid.",
		"Ik deel de bevinding van de Europese Rekenkamer dat een effectief terugkeerbeleid noodzakelijk is.",
		"In het algemeen neemt het kabinet stelling tegen iedere vorm van geweld aan de buitengrenzen.",
		"Gezien de ernst van de zaak, mede in relatie tot de grondrechten, heeft Nederland er in de Raad van Bestuur voor gepleit een onderzoek te starten.",
		"Voor Nederland bracht ik de nationale aanpak naar voren en heb ik de waarde van publiek-private samenwerking benadrukt.",
		"Het heeft de voorkeur van het kabinet om extra bijdragen via de reguliere bijdrage aan Frontex te leveren.",
		// no position: the same words in another sense
		"Het is ten zeerste aan te bevelen de termijnen te halen.",
		"Het verslag deelt de bevindingen in drie groepen in.",
		"Het rapport neemt als stelling dat de buitengrenzen tegen druk bestand zijn.",
		"De nieuwe regeling heeft er voor gezorgd dat de termijn werd gehaald.",
		"De waarde van de in beslag genomen goederen is in het rapport opgenomen.",
		"De voorkeur van de Commissie is bekend.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Zoals opgemerkt in mijn brief", stance: stPriority, actors: "country:NL", subject: "het voorkomen van straffeloosheid"},
		{quote: "Ik deel de bevinding", stance: stAgree, actors: "country:NL", subject: "de bevinding van de Europese Rekenkamer"},
		{quote: "In het algemeen neemt het kabinet", stance: stOppose, actors: "country:NL", subject: "iedere vorm van geweld"},
		{quote: "Gezien de ernst van de zaak", stance: stSupport, actors: "country:NL", subject: "een onderzoek te starten"},
		{quote: "Voor Nederland bracht ik", stance: stSupport, actors: "country:NL", subject: "publiek-private samenwerking"},
		{quote: "Het heeft de voorkeur van het kabinet", stance: stPreference, actors: "country:NL", subject: "extra bijdragen"},
	})
}

// A country's name before the pronominal "er" is the name, not the
// demonym the two words spell together ("Nederland er", "Nederlander").
func TestPositionsNameBeforeEr(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Daarom heeft Nederland er voor gepleit de termijn te verlengen.",
		"Tevens heeft België ervoor gepleit de regels te verduidelijken.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Daarom heeft Nederland er voor", stance: stSupport, actors: "country:NL", actorWords: "Nederland", subject: "de termijn te verlengen"},
		{quote: "Tevens heeft België", stance: stSupport, actors: "country:BE", actorWords: "België", subject: "de regels te verduidelijken"},
	})
}

// The one concerned as the object ("baren mij zorgen"), readiness to act
// ("bereid te zijn te ondersteunen") and an intention reported in a
// dat-clause ("heeft aangegeven dat zij van plan is om") are the forms of
// concern and commitment part D's answers use.
func TestPositionsConcernReadinessIntention(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"De omstandigheden in de opvangcentra, zoals beschreven in het rapport, baren mij zorgen.",
		"Het kabinet heeft dan ook in bilaterale contacten en contacten met Frontex aangegeven bereid te zijn te ondersteunen waar mogelijk.",
		"De Griekse overheid heeft aangegeven dat zij van plan is om gesloten centra voor minderjarigen op te zetten.",
		// a report of a fact stays informational; a worry that is no
		// one's is no position
		"De Griekse overheid heeft aangegeven dat het plan in december gereed is.",
		"De zorgen die de Commissie baart, zijn bekend.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De omstandigheden in de opvangcentra", stance: stConcern, actors: "country:NL", subject: "De omstandigheden in de opvangcentra"},
		{quote: "Het kabinet heeft dan ook in bilaterale", stance: stCommit, actors: "country:NL", subject: "te ondersteunen waar mogelijk"},
		{quote: "De Griekse overheid heeft aangegeven dat zij van plan", stance: stCommit, actors: "country:GR", subject: "gesloten centra voor minderjarigen op te zetten"},
		{quote: "De Griekse overheid heeft aangegeven dat het plan", stance: stInformational, actors: "country:GR", subject: "het plan"},
	})
}

// "het" before a judgement stands for the infinitive clause that closes
// the sentence ("acht het van belang [de reactie … te vernemen]"); a "te"
// inside a longer clause does not end it.
func TestPositionsExtraposedInfinitive(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Ik acht het van belang de reactie van de Griekse regering op het rapport te vernemen.",
		"Het kabinet acht het van belang, zoals eerder gemeld, dat de termijn wordt gehaald.",
	)
	ps := checkPositions(t, g, []wantPosition{
		{quote: "Ik acht het van belang de reactie", stance: stPriority, actors: "country:NL", subject: "de reactie van de Griekse regering op het rapport te vernemen"},
	})
	if len(ps) == 0 {
		t.Fatal("no positions")
	}
}

// An answer's "deel ik die mening niet" is about the opinion the question
// put, also when a follow-up ("Zo nee, waarom niet?") closes the question;
// a shared opinion named in the answer keeps its own words.
func TestPositionsAnswerOpinionAfterFollowUp(t *testing.T) {
	g := parliamentaryDoc(t, "ANTWOORD VAN MINISTER VAN DIJK",
		"Vraag 1\nDeelt u de mening dat de acties afbreuk doen aan het draagvlak voor het terugkeerbeleid? Zo nee, waarom niet?",
		"Antwoord 1\nWanneer het illegaal verblijvende vreemdelingen betreft deel ik die mening niet.",
		"Vraag 2\nWat is uw reactie op het rapport? Zo ja, welke?",
		"Antwoord 2\nIk deel de analyse van de Commissie over de opvang.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Wanneer het illegaal", stance: stOppose, actors: "country:NL", subject: "de acties afbreuk doen aan het draagvlak", negated: true},
		{quote: "Ik deel de analyse", stance: stAgree, actors: "country:NL", subject: "de analyse van de Commissie"},
	})
}

// A fronted "Daar" is the object of "zet zich … voor in": the subject is
// what the sentence before was about, not the words after the verb.
func TestPositionsFrontedDaarVoorIn(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Ik deel de bevinding van de Europese Rekenkamer dat een werkend terugkeerbeleid noodzakelijk is. "+
			"Daar zet dit kabinet zich al langer voor in, mede naar aanleiding van verschillende moties van uw Kamer.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ik deel de bevinding", stance: stAgree, actors: "country:NL", subject: "een werkend terugkeerbeleid"},
		{quote: "Daar zet dit kabinet", stance: stCommit, actors: "country:NL", subject: "een werkend terugkeerbeleid"},
	})
	for _, p := range positionsOf(t, g) {
		if sub, _ := p.e.Props["subject"].(string); strings.Contains(sub, "moties") {
			t.Errorf("%q: subject %q holds the words after the verb", p.e.Props["quote"], sub)
		}
	}
}
