package ingest

import (
	"slices"
	"testing"
)

// The five conventions of issue 12 as the development gold now reads them
// (docs/stances.md): an opinion's requirement is reserved; a negated
// commitment bound by "voor zover" is reserved; "niet voor … stemt" beside
// the reserved "afwacht" of the same actor is an abstention, part of that
// reserved position (settled in issue 12); "stelt voor om" is support; and a second verb of the same class after ", en" with an
// object of its own is a position of its own.
func TestGoldConventions(t *testing.T) {
	checkTransfer(t, []transferCase{
		// 1: "a requirement ("moet", "moeten", "dient") → reserved"
		{"Hongarije vindt dat alle lidstaten in staat gesteld moeten worden om te participeren.", stReserved, "country:HU", "alle lidstaten in staat gesteld moeten worden"},
		{"Veel lidstaten, waaronder Nederland, verklaarden dat er een scherp onderscheid gemaakt dient te worden tussen vluchtelingen en migranten.", stReserved, "country:NL", "een scherp onderscheid"},
		// near miss: the same opinion without the requirement is support
		{"Hongarije vindt dat alle lidstaten kunnen participeren.", stSupport, "country:HU", ""},
		// 2: a negated commitment (reserved) under a condition (reserved)
		{"Ik heb aangegeven, dat voor zover met een toetsing een onderzoek van de bewijsmiddelen werd bedoeld, ik mij daarvoor niet zal inzetten.", stReserved, "country:NL", ""},
		// 4: a proposal of one's own
		{"De commissie stelt voor om een pilot op te zetten.", stSupport, "", "een pilot op te zetten"},
	})

	stances := func(text string) []string {
		var got []string
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", text)) {
			got = append(got, p.e.Props["stance"].(string))
		}
		return got
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		// 3: a negated vote beside a reserved cue of the same actor is an
		// abstention, part of the reserved position (issue 12)
		{"In relatie tot uw Kamer heb ik onderstreept dat Nederland geen standpunt inneemt in de onderhandelingen en ook niet voor individuele artikelen stemt, maar het eindresultaat afwacht.",
			[]string{"reserved"}},
		// near miss: the negated vote alone rejects
		{"In relatie tot uw Kamer heb ik onderstreept dat Nederland niet voor het voorstel stemt.",
			[]string{"oppose"}},
		// near miss: beside a cue of another class it stays a position of its own
		{"Nederland stemt niet voor het voorstel en verwelkomt de verklaring van de Commissie.",
			[]string{"oppose", "welcome"}},
		// 5: the same class after ", en" with an object of its own: two
		{"De commissie steunt de ontwikkeling van een wetenschapstoets, en stelt voor om hiervoor een pilot op te zetten.",
			[]string{"support", "support"}},
		// near miss: on an object that shares a word with the first, one
		{"De commissie steunt de ontwikkeling van een wetenschapstoets, en stelt voor om de ontwikkeling te versnellen.",
			[]string{"support"}},
	} {
		if got := stances(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: stances %v, want %v", c.text, got, c.want)
		}
	}
}
