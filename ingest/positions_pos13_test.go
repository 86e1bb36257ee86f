package ingest

import "testing"

// A minister named by title and name, without an article: the Netherlands
// in a Dutch letter, or the country the letter introduced the name with.
// Near-misses: the title before "van" (no name), and a foreign minister
// introduced before.
func TestNamedMinisterActor(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Staatssecretaris Harbers heeft aangedrongen op het versnellen van de asielprocedures.", stSupport, "country:NL", "het versnellen van de asielprocedures"},
		{"Minister Van Weel heeft gepleit voor een snelle aanpak van mensensmokkel.", stSupport, "country:NL", "een snelle aanpak"},
		{"De minister sprak met zijn Bulgaarse collega Tsacheva. Minister Tsacheva heeft aangedrongen op het versnellen van het onderzoek.", stSupport, "country:BG", "het versnellen van het onderzoek"},
		{"De Duitse minister Faeser heeft gepleit voor een snelle aanpak van mensensmokkel.", stSupport, "country:DE", "een snelle aanpak"},
		{"Minister Faeser heeft de vergadering geopend.", "", "", ""},
	})
}

// Help to a state ("zal Griekenland blijven ondersteunen") is an effort of
// the actor's own on that state; backing a proposal, even one a country
// made, stays support.
func TestStateHelped(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland zal Griekenland daarbij blijven ondersteunen.", stCommit, "country:NL", "Griekenland"},
		{"Het kabinet zal Italië ook in de komende jaren ondersteunen.", stCommit, "country:NL", "Italië"},
		{"Nederland zal het voorstel van Frankrijk blijven steunen.", stSupport, "country:NL", "het voorstel van Frankrijk"},
		{"Het kabinet kan Duitse voorstellen steunen.", stSupport, "country:NL", "Duitse voorstellen"},
	})
}
