package ingest

import "testing"

// The clause fallback (clause.go): a sentence no cue matches is a position
// when an actor is the subject of its main clause and a lexeme of the
// evaluative lexicon stands in its predicate. Each rule with sentences that
// fire and near misses that must not.
func TestPositionsClauseFallback(t *testing.T) {
	const nl, ec, fr = "country:NL", "org:european-commission", "country:FR"
	g := fictionalLetter(t, "14 maart 2025",
		// fires: an adjective after a stance verb, the object before it
		"De Commissie noemde het voorstel onmisbaar. "+
			// fires: an adjective after the copula, the actor inverted
			"Daarom is Nederland ongerust over de termijnen. "+
			// fires: a verb of the lexicon, the actor opening the sentence
			"Frankrijk vreest een toename van secundaire migratie. "+
			"Nederland bevordert de uitwisseling van gegevens tussen politiediensten. "+
			// fires: a negation between the verb and the lexeme turns it
			"Het kabinet is niet huiverig voor nieuwe afspraken.",
		// near misses: an attributive adjective describes the object; no
		// actor; the actor receives; the actor after a preposition; a
		// country adjective inside the subject; a verb that bears no
		// adjective
		"De Commissie presenteerde een onmisbaar instrument voor de terugkeer. "+
			"Er zijn zorgpunten over de capaciteit van de opvang. "+
			"Nederland ontvangt steun van het fonds voor de opvang. "+
			"Met steun van Nederland kwam het akkoord tot stand. "+
			"De Russische invasie is onaanvaardbaar voor de Unie. "+
			"Frankrijk presenteerde het plan ongerust.",
		// near misses: a question, a condition, hearsay, a dat-clause
		"Is Frankrijk ongerust over de termijnen? "+
			"Als Frankrijk ongerust is, wordt de tekst aangepast. "+
			"Volgens sommige media vreest Frankrijk een toename van migratie. "+
			"Frankrijk meldde dat de lidstaten ongerust zijn.",
	)
	ps := checkAll(t, g, []wantPosition{
		{quote: "De Commissie noemde het voorstel onmisbaar", stance: stPriority, actors: ec, subject: "het voorstel"},
		{quote: "Daarom is Nederland ongerust", stance: stConcern, actors: nl, subject: "de termijnen"},
		{quote: "Frankrijk vreest", stance: stConcern, actors: fr, subject: "een toename van secundaire migratie"},
		{quote: "Nederland bevordert", stance: stCommit, actors: nl, subject: "de uitwisseling van gegevens"},
		{quote: "Het kabinet is niet huiverig", stance: stAgree, actors: nl, subject: "nieuwe afspraken", negated: true},
	})
	cues := map[string]bool{"onmisbaar": true, "ongerust": true, "vreest": true, "bevordert": true, "huiverig": true}
	for _, p := range ps {
		if c := p.e.Props["cue"]; !cues[c.(string)] {
			t.Errorf("%s: cue %q, want the lexeme", p.e.Key, c)
		}
	}
}
