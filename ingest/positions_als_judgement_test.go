package ingest

import "testing"

// "zien/beschouwen X als een positieve stap / de juiste weg": a judgement
// of approval in the "als" predicate backs X, its negation ("ziet X niet
// als de juiste weg") opposes it; "is het oneens met X" opposes X. The
// same words without a judgement of an actor's hold no position.
func TestPositionsAlsJudgementAndOneens(t *testing.T) {
	g := fictionalLetter(t, "3 juli 2022",
		"Het kabinet is het oneens met de voorgestelde verhoging van de begroting.",
		"Nederland ziet de registratieplicht niet als de juiste weg voorwaarts.",
		"De meeste lidstaten beschouwen de oprichting van het agentschap als een positieve stap richting betere samenwerking.",
		"Duitsland zag de herziening als de juiste aanpak.",
		// no position: disagreement among others, a description, a route
		"De lidstaten waren het oneens over de verdeling.",
		"Het rapport beschouwt de periode als de positieve fase van de economie.",
		"Nederland ziet de weg als de juiste route naar het noorden.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet is het oneens", stance: stOppose, actors: "country:NL", subject: "de voorgestelde verhoging"},
		{quote: "Nederland ziet de registratieplicht", stance: stOppose, actors: "country:NL", subject: "de registratieplicht", negated: true},
		{quote: "De meeste lidstaten beschouwen", stance: stSupport, actorWords: "de meeste lidstaten", subject: "de oprichting van het agentschap"},
		{quote: "Duitsland zag de herziening", stance: stSupport, actors: "country:DE", subject: "de herziening"},
	})
}
