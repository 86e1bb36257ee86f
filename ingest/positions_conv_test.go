package ingest

import (
	"testing"
)

// The conventions settled by a second annotation (docs/stances.md,
// "Conventions settled by a second annotation (gold9)"), each with a
// sentence where it fires and a near miss where it must not.

// Convention 3: "zoekt naar" is an aim, a commitment of whoever seeks; an
// infinitive of purpose is the aim of what it qualifies, and the
// presidency seeking an item's format is meeting business.
func TestConventionSeeks(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het Voorzitterschap zoekt naar een compromis om beide richtingen tegemoet te komen.", stCommit, "", "een compromis"},
		{"De lidstaten zochten naar een oplossing voor de opvang van alleenstaande minderjarigen.", stCommit, "", "een oplossing"},
		{"Nederland zoekt naar een balans tussen privacy en veiligheid.", stCommit, "country:NL", "een balans"},
		// near misses
		{"Het kabinet verwelkomt het initiatief om de handen ineen te slaan om te zoeken naar een oplossing.", stWelcome, "country:NL", "het initiatief"},
		{"Het voorzitterschap zoekt naar een algemene oriëntatie.", "", "", ""},
	})
}

// Convention 6: "gaf aan / geeft aan … te + infinitive" is an announced
// intention, a commitment of any actor; an infinitive that is itself a
// stance ("belang te hechten aan", "van mening te verschillen") or a state
// ("klaar te staan om … te steunen") is read as that stance; a dat-clause
// stays a report.
func TestConventionAnnouncedIntention(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie gaf aan in het voorstel voor de terugkeerwetgeving een duidelijke wettelijke basis voor terugkeerhubs op te nemen.", stCommit, "org:european-commission", "een duidelijke wettelijke basis"},
		{"Tunesië geeft aan het registreren zelf ter hand te nemen.", stCommit, "country:TN", "het registreren"},
		// "om" and a time in the gap: the subject is what follows the infinitive
		{"De VS heeft aangegeven om vanaf 2027 te willen toetsen of lidstaten aan deze voorwaarde voldoen.", stCommit, "country:US", "of lidstaten aan deze voorwaarde voldoen"},
		// near miss: an object in the gap stays the subject
		{"De VS heeft aangegeven om de voorwaarde te willen toetsen bij alle lidstaten.", stCommit, "country:US", "de voorwaarde"},
		// near misses: the infinitive's own stance
		{"De Europese Commissie geeft aan belang te hechten aan versterking van de EMU.", stPriority, "org:european-commission", "versterking van de EMU"},
		{"Commissaris Dalli geeft aan op een aantal punten van mening te verschillen met de voorliggende tekst.", stOppose, "org:european-commission", ""},
		{"De EU gaf aan klaar te staan om de voorstellen van de gezant te steunen.", stSupport, "", ""},
		// a report, no intention
		{"De Commissie gaf aan dat het voorstel in juni verschijnt.", "", "", ""},
	})
}

// Convention 7: "lijkt / leek … te" is the writer's hedge, not the actor's:
// the stance keeps its class, the delegations' support hedged so included;
// the actor's own hedge ("in beginsel") still makes it reserved.
func TestConventionWriterHedge(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap concludeerde dat er brede steun lijkt te bestaan voor het voorstel.", stSupport, "", "het voorstel"},
		{"Er lijkt brede steun te zijn voor de verlenging van het mandaat.", stSupport, "", "de verlenging van het mandaat"},
		{"Er leek overeenstemming te bestaan over de aanpak van mensensmokkel.", stSupport, "", "de aanpak van mensensmokkel"},
		{"Frankrijk lijkt het voorstel te steunen.", stSupport, "country:FR", ""},
		// near misses: no one's support; the actor's own hedge
		{"Er lijkt steun nodig te zijn.", "", "", ""},
		{"Frankrijk steunt het voorstel in beginsel.", stReserved, "country:FR", ""},
	})
}
