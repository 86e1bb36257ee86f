package ingest

import "jhagraph/graph"

// The delegations' support as the chair reports it: "Er was brede steun
// van lidstaten voor X", "In de RAZ was brede steun voor X". Learned from
// the misses of part K (docs/stances.md, "Part K (pos16)").

// frontedDelegations reports whether a cue of the delegations' support
// opens with its finite verb after a fronted phrase, without "er" ("In de
// RAZ [was brede steun] voor X", "Hiervoor [is brede steun]"): its object,
// if any, must then open with "voor", "over" or "onder", as after "Er was
// brede steun".
func (sc *sentenceCtx) frontedDelegations(h cueHit) bool {
	if h.first() == 0 {
		return false
	}
	switch sc.toks[h.first()].lower {
	case "is", "was", "bestond", "bestaat":
		return true
	}
	return false
}

// supporterWords may make up the supporters of "brede steun van
// [lidstaten] voor X" with the group's plural nouns (groupMembers,
// actors_more.go): its quantifiers and determiners.
var supporterWords = map[string]bool{"de": true, "een": true, "alle": true, "veel": true, "vele": true, "enkele": true,
	"meeste": true, "aantal": true, "groot": true, "grote": true, "meerderheid": true, "van": true,
	"andere": true, "overige": true}

// pastSupporters returns the token after "van <supporters>" at n, when a
// "voor", "over" or "onder" follows within six tokens ("Er was brede steun
// van lidstaten voor focus …": the object is what follows "voor"), else n.
// Countries count as supporters ("van Frankrijk en Duitsland").
func (sc *sentenceCtx) pastSupporters(n int) int {
	toks := sc.toks
	if n >= len(toks) || toks[n].lower != "van" {
		return n
	}
	for k := n + 1; k < len(toks) && k <= n+6; k++ {
		switch w := toks[k].lower; {
		case (w == "voor" || w == "over" || w == "onder") && k > n+1:
			return k
		case supporterWords[w] || groupMembers[w] || w == "en" || sc.countryAt(k):
		default:
			return n
		}
	}
	return n
}

// countryAt reports whether token k lies inside a mention of a country.
func (sc *sentenceCtx) countryAt(k int) bool {
	for _, m := range sc.ments {
		if m.ref.Kind == graph.KindCountry && m.t0 <= k && k < m.t1 {
			return true
		}
	}
	return false
}
