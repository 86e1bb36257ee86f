package ingest

import "testing"

// A round bracket after a clause-final verb opens an insertion: the clause
// ended at the verb ("heeft tegen X gestemd (cijfers …)"). A verb that goes
// on into its clause stays no clause-final cue.
func TestPositionsClauseFinalBeforeBracket(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Nederland heeft tegen de in het verslag genoemde begroting gestemd (uitgaven +1,5% ten opzichte van 2020).",
		"Ook heeft Italië de voorgestelde termijn afgewezen (zie bijlage 2).",
		// no position: the same words that hold none
		"Het verslag (zie bijlage 2) is tegen de achtergrond van de crisis geschreven.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Nederland heeft tegen", stance: stOppose, actors: "country:NL", subject: "begroting"},
		{quote: "Ook heeft Italië", stance: stOppose, actors: "country:IT", subject: "de voorgestelde termijn"},
	})
}
