package ingest

import (
	"strings"

	"jhagraph/graph"
)

// Rules from the misses of part K (docs/stances.md, "Part K (pos16)"):
// general readings of word order, actors and word families that the first
// run on fourteen unseen documents missed.

// handOverAt reports whether token j opens a verb of handing a document
// over — "ter beschikking stellen / gesteld", "verstrekken", "toezenden",
// "overleggen" — within toks[..end]. With "uw Kamer" in the clause it is
// correspondence with parliament ("zal het voorstel vertrouwelijk aan uw
// Kamer ter beschikking stellen"), like "met uw Kamer delen".
func handOverAt(toks []token, j, end int) bool {
	switch toks[j].lower {
	case "verstrekken", "toezenden", "overleggen", "zenden", "doorgeleiden", "aanbieden":
		return true
	case "ter":
		return j+2 <= end && toks[j+1].lower == "beschikking" &&
			(toks[j+2].lower == "stellen" || toks[j+2].lower == "gesteld")
	}
	return false
}

// namedPresidency is the country of the one presidency the letter named by
// its adjective before the sentence ("Het Zweedse voorzitterschap zal zijn
// werkprogramma presenteren. … Het voorzitterschap wil …"): where neither
// the meeting nor the letter's date places a bare "het voorzitterschap"
// (a letter older than the table, or meetings of several presidencies), the
// presidency the text introduced is the one it goes on about. Two
// presidencies named ("het Zweedse en het inkomende Spaanse") leave it open.
func (sc *sentenceCtx) namedPresidency() (graph.Ref, bool) {
	var found graph.Ref
	for p := 0; p <= sc.para && p < len(sc.x.paras); p++ {
		pi := sc.x.paras[p]
		ms := sc.idx.paragraph(sc.x, p)
		for k, t := range pi.toks {
			if p == sc.para && t.start >= sc.toks[0].start {
				break
			}
			if k == 0 || t.lower != "voorzitterschap" {
				continue
			}
			for _, m := range ms {
				if m.ref.Kind != graph.KindCountry || m.end != pi.toks[k-1].end {
					continue
				}
				if found.Key != "" && found != m.ref {
					return graph.Ref{}, false
				}
				found = m.ref
			}
		}
	}
	return found, found.Key != ""
}

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

// openedBrackets marks the opening round brackets of a sentence that a
// closing one matches later in it. A bracket left open ("conclusies over
// een structuur (Military Planning and Conduct Capability (MPCC), een …")
// is a typing slip: it must not put the rest of the sentence inside an
// aside, where no cue is read.
func openedBrackets(rs []rune, toks []token) map[int]bool {
	if len(toks) == 0 {
		return nil
	}
	var stack []int
	var out map[int]bool
	for i := sentenceOpen(rs, toks); i < toks[len(toks)-1].end; i++ {
		switch rs[i] {
		case '(':
			stack = append(stack, i)
		case ')':
			if n := len(stack); n > 0 {
				if out == nil {
					out = map[int]bool{}
				}
				out[stack[n-1]] = true
				stack = stack[:n-1]
			}
		}
	}
	return out
}

// sentenceOpen is where a sentence's text opens: its first token, or the
// brackets and quotes right before it ("(Zie …").
func sentenceOpen(rs []rune, toks []token) int {
	at := toks[0].start
	for at > 0 && strings.ContainsRune("([\"'‘“„«", rs[at-1]) {
		at--
	}
	return at
}
