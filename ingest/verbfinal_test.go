package ingest

import "testing"

// The verb-final rows of verbfinal.go, each with a fictional sentence, and
// near-misses that must stay no position.
func TestVerbFinalRules(t *testing.T) {
	const de, fr, pl = "country:DE", "country:FR", "country:PL"
	checkTransfer(t, []transferCase{
		// auxRowFinal: a first slot of copula and "hebben" together
		{"De regering meldt dat Polen waardering heeft voor het plan over visumvrij reizen.", stWelcome, pl, "visumvrij reizen"},
		// auxRowFinal: the gap inside the predicate
		{"De staatssecretaris schrijft dat Duitsland het met de Commissie eens is dat het visumbeleid strenger moet.", stAgree, de, "visumbeleid"},
		// copulaPerfect, main clause and verb-final
		{"Frankrijk is lang voorstander geweest van een gezamenlijk visumregister.", stSupport, fr, "visumregister"},
		{"Uit het overleg bleek dat Polen bezwaar heeft gehad tegen een verplichte visumheffing.", stOppose, pl, "visumheffing"},
		{"Uit het overleg bleek dat Frankrijk voorstander geweest is van een gezamenlijk visumregister.", stSupport, fr, "visumregister"},
		// nounFinal
		{"Duitsland liet weten dat het de zorg deelt over de wachttijden bij de visumloketten.", stConcern, de, "wachttijden"},
		// erFinal
		{"De regering meldt dat Polen er bij de Commissie op aandringt het visumregister uit te breiden.", stSupport, pl, "visumregister"},
		// ppBeforeVerb
		{"Frankrijk gaf aan dat het het belang van een snel visumbesluit benadrukt.", stSupport, fr, "visumbesluit"},
		{"Duitsland gaf aan dat het kanttekeningen bij de visumheffing plaatst.", stConcern, de, "visumheffing"},
		// perfectFinal, both orders of the cluster
		{"De regering meldt dat Polen het plan voor een visumregister heeft gesteund.", stSupport, pl, "visumregister"},
		{"De regering meldt dat Polen het plan voor een visumregister gesteund heeft.", stSupport, pl, "visumregister"},
		// near-misses: a noun that is no object of a verb of stance, a
		// participle in no perfect of its own
		{"De zorg over de visumloketten is in het verslag beschreven.", "", "", ""},
		{"Het belang van de visumloketten werd in het verslag beschreven.", "", "", ""},
	})
}
