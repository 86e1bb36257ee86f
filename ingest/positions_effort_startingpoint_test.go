package ingest

import "testing"

// The aim named with the pronominal adverb ("De inzet was erop gericht
// dat …"), the utmost effort ("heeft zijn uiterste best gedaan om", "doet
// zijn uiterste best voor") and a starting point chosen ("neemt X als
// uitgangspunt", in a subordinate clause "X als uitgangspunt nemen"). The
// same words of things that are no actors, or without an object, hold no
// position.
func TestPositionsEffortAndStartingPoint(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"De Nederlandse inzet was erop gericht dat de ambitie van de voorstellen behouden bleef.",
		"Het Franse voorzitterschap heeft destijds zijn uiterste best gedaan om het plan uit te breiden.",
		"Duitsland doet zijn uiterste best voor een snelle afronding.",
		"Andere lidstaten nemen een akkoord in het najaar als uitgangspunt.",
		"Het is bekend dat het kabinet de bestaande afspraken als leidraad hanteert.",
		// no position
		"De leerlingen deden hun uiterste best.",
		"Het rapport neemt het jaar 2010 als uitgangspunt voor de berekening.",
		"Het verslag was erop gericht de lezer te informeren.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De Nederlandse inzet was erop", stance: stCommit, actors: "country:NL", subject: "de ambitie van de voorstellen"},
		{quote: "Het Franse voorzitterschap", stance: stCommit, actors: "country:FR", subject: "het plan uit te breiden"},
		{quote: "Duitsland doet", stance: stCommit, actors: "country:DE", subject: "een snelle afronding"},
		{quote: "Andere lidstaten nemen", stance: stPreference, actorWords: "andere lidstaten", subject: "een akkoord in het najaar"},
		{quote: "Het is bekend dat het kabinet", stance: stPreference, actors: "country:NL", subject: "de bestaande afspraken"},
	})
}
