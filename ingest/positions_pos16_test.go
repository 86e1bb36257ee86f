package ingest

import "testing"

// Part K (pos16, docs/stances.md): rules read from the misses of fourteen
// unseen documents, each general, each with a near-miss.

// A purpose clause with "opdat" ends the subject like any subordinate
// clause; handing a document to parliament is correspondence.
func TestPartKClauses(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Ook Nederland verwelkomt deze benadering opdat een integrale onderhandelingsbasis geborgd blijft.", stWelcome, "country:NL", "deze benadering"},
		// handing over to parliament is procedure; to others a commitment
		{"Het kabinet zal het voorstel van de Commissie vertrouwelijk aan uw Kamer ter beschikking stellen.", "", "", ""},
		{"Het kabinet zal de verslagen aan uw Kamer toezenden.", "", "", ""},
		{"Het kabinet zal zijn expertise aan de andere lidstaten ter beschikking stellen.", stCommit, "country:NL", "zijn expertise"},
	})
}
