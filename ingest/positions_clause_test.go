package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

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
			"Het kabinet is niet huiverig voor nieuwe afspraken. "+
			// fires: a main clause after ", en", its pronoun the actor
			// named before it
			"De Commissie presenteerde het plan in mei, en zij is bang dat de termijn te kort is.",
		// near miss: a pronoun with nothing before it to point back to
		"Zij is bang dat de termijn te kort is.",
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
		{quote: "De Commissie presenteerde het plan in mei, en zij is bang", stance: stConcern, actors: ec, subject: "de termijn te kort is"},
	})
	cues := map[string]bool{"onmisbaar": true, "ongerust": true, "vreest": true, "bevordert": true, "huiverig": true, "bang": true}
	for _, p := range ps {
		if c := p.e.Props["cue"]; !cues[c.(string)] {
			t.Errorf("%s: cue %q, want the lexeme", p.e.Key, c)
		}
	}
}

// The fallback alone on the real development set: every sentence read by
// the clause fallback only, none by the cue table. The set was tuned until
// the table holds a cue for nearly every position in it, so with the table
// the fallback seldom runs there; alone, it shows what it proposes on
// sentences whose predicates no cue names: its precision (what it proposes
// is a position of the gold) and its reach (how many of the gold's
// positions a clause and a lexeme find). The floor is the measurement of
// this branch (docs/stances.md, "The clause fallback").
func TestClauseFallbackAlone(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata", "real", "dev")
	corpus := sharedCorpus(t)
	var all []*Scores
	for _, gold := range readGolds(t, filepath.Join(dir, "gold")) {
		path := filepath.Join(dir, "letters", gold.File)
		if gold.In == "corpus" {
			path = filepath.Join(corpus, gold.File)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			continue // the shared corpus is absent
		}
		name := DisplayName(filepath.Base(path))
		l, err := Read(name, data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		meta, err := sideMeta(path, l)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		doc, err := Parse(name, l.Text)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		g, err := extract(doc, meta, true)
		if err != nil {
			t.Logf("%s: %v: scored as empty", gold.File, err)
		}
		all = append(all, Score(gold, g))
	}
	if len(all) == 0 {
		t.Skip("no document of the real development set present")
	}
	sum := SumScores(all...)
	det, all2 := sum.Cats[CatPosDetected], sum.Cats[CatPositions]
	t.Logf("fallback alone on %d documents: positions tp %d fp %d fn %d; positions.detected tp %d fp %d fn %d, precision %.2f",
		len(all), all2.TP, all2.FP, all2.FN, det.TP, det.FP, det.FN, det.Precision())
	if det.TP+det.FP == 0 {
		t.Fatal("the fallback proposed no position on the real development set")
	}
	if p := det.Precision(); p < clauseAlonePrecision {
		t.Errorf("fallback alone: positions.detected precision %.2f, want at least %.2f", p, clauseAlonePrecision)
		for _, m := range det.Extra {
			t.Log("extra:", m)
		}
	}
	if det.TP < clauseAloneFound {
		t.Errorf("fallback alone: %d positions of the gold detected, want at least %d", det.TP, clauseAloneFound)
	}
}

// The floors of TestClauseFallbackAlone, a little under this branch's
// measurement (positions.detected 44/0/157).
const (
	clauseAlonePrecision = 0.95
	clauseAloneFound     = 42
)
