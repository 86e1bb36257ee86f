package ingest

import "testing"

// "Er bestond overeenstemming dat X": the content clause of the agreement
// noun is what the delegations agreed on, as "overeenstemming over X" is;
// the subject is the clause, not a phrase of the sentence before. "steun
// dat" is no Dutch and stays none; "overeenstemming nodig" names no
// agreement.
func TestPositionsAgreementThatClause(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Mijn Italiaanse collega gaf een presentatie over de hulpoperatie die nog gaande was. "+
			"Er bestond onder de lidstaten overeenstemming dat zulke rampen in de toekomst voorkomen moeten worden.",
		"Er was consensus dat de termijnen korter moeten.",
		// no position
		"Er is overeenstemming nodig om de termijn te halen.",
		"Er bestond steun dat de termijnen korter moeten.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Er bestond onder de lidstaten", stance: stSupport, actorWords: "de lidstaten", subject: "zulke rampen in de toekomst voorkomen moeten worden"},
		{quote: "Er was consensus", stance: stSupport, actorWords: "de lidstaten", subject: "de termijnen korter moeten"},
	})
}
