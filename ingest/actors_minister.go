package ingest

import (
	"strings"
	"sync"

	"jhagraph/graph"
)

// Whose voice is "Minister <Name>" (issue 12)? A Dutch letter names its own
// ministers by title and surname ("Staatssecretaris Harbers", "minister Van
// Weel"), but also foreign ones ("Minister Sybiha", "minister Lavrov"). The
// name is the Netherlands' only when
//
//   - the reference data (refdata/officeholders.tsv) know a Dutch
//     officeholder of that surname whose term covers the letter's date
//     (dutchOfficeholderOn, persons.go), or
//   - the letter ties the name to a Dutch office: it signs the letter, or
//     a Dutch office stands right before or after it ("de Minister van
//     Justitie en Veiligheid, Van Weel", "minister Koenders van
//     Buitenlandse Zaken").
//
// A name the letter introduced with another country keeps that country
// (introducedAs, checked first). Any other named minister is a person the
// letter does not place: the actor keeps the words ("Minister Sybiha") and
// holds no node, as "dhr. Kuleba" does (actors_more.go): no country is
// claimed that the letter does not give.

// dutchOfficeWords are the first words of the Dutch ministerial portfolios
// after "van" or "voor", as tokens read them (lower case, without
// diacritics): "Minister van Justitie en Veiligheid", "Minister voor
// Rechtsbescherming", "Staatssecretaris voor Europese Zaken". They are the
// offices of the officeholders table (refdata/officeholders.tsv) and
// dutchOfficeExtraWords.
var dutchOfficeWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range dutchOfficeExtraWords {
		out[w] = true
	}
	for _, t := range reference().terms {
		toks := tokenize([]rune(t.Office))
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].lower == "van" || toks[k].lower == "voor" {
				out[toks[k+1].lower] = true
				break
			}
		}
	}
	return out
})

// dutchOfficeExtraWords open portfolios that no office of the table opens
// with: short or older names a letter gives an office ("Minister voor
// Migratie", "Minister voor Vreemdelingenzaken en Integratie", before the
// table's first term, "Staatssecretaris voor Europese Zaken", "Minister van
// Koninkrijksrelaties").
var dutchOfficeExtraWords = []string{"migratie", "vreemdelingenzaken", "integratie", "europese", "koninkrijksrelaties"}

// ministerNameRef returns the country whose minister "<title> <name>" is,
// by the rules above; ok false when the letter does not place the name.
// names are the printed name and, where a capitalised word follows it, the
// longer name ("Hirsch", "Hirsch Ballin").
func (sc *sentenceCtx) ministerNameRef(names []string) (graph.Ref, bool) {
	nl := netherlandsRef()
	for _, n := range names {
		if c, ok := sc.introducedAs(lastWord(n)); ok {
			return c, true
		}
	}
	for _, n := range names {
		if dutchOfficeholderOn(n, sc.date) || sc.x.signedBySurname(n) || sc.x.tiedToDutchOffice(n) {
			return nl, true
		}
	}
	return graph.Ref{}, false
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// signedBySurname reports whether a signatory of the letter bears the
// surname name ("D.M. van Weel" for "Van Weel").
func (x *extraction) signedBySurname(name string) bool {
	s := slug(name)
	for k := range x.rels {
		if k.t != graph.RelSigned {
			continue
		}
		e, ok := x.entities[k.from]
		if !ok {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if ns := slug(n); ns == s || strings.HasSuffix(ns, "-"+s) {
				return true
			}
		}
	}
	return false
}

// tiedToDutchOffice reports whether the letter prints the name next to a
// Dutch office: after it ("Koenders van Buitenlandse Zaken") or before it
// ("de Minister van Justitie en Veiligheid, Van Weel", "minister van
// Buitenlandse Zaken Hoekstra"), with no other words between.
func (x *extraction) tiedToDutchOffice(name string) bool {
	nw := strings.Fields(strings.ToLower(foldDiacritics(name)))
	if len(nw) == 0 {
		return false
	}
	for p := range x.paras {
		toks := x.paras[p].toks
		rs := x.paras[p].runes
		for k := 0; k+len(nw) <= len(toks); k++ {
			match := true
			for j, w := range nw {
				if toks[k+j].lower != w {
					match = false
					break
				}
			}
			if !match || !startsUpper(toks[k].text) && !nameParticles[toks[k].lower] {
				continue
			}
			// after: "Koenders van Buitenlandse Zaken"
			if e := k + len(nw); e+1 < len(toks) && (toks[e].lower == "van" || toks[e].lower == "voor") &&
				dutchOfficeWords()[toks[e+1].lower] && startsUpper(toks[e+1].text) && gapSpace(rs, toks[e-1], toks[e]) {
				return true
			}
			// before: the office, then initials or given names
			if officeBefore(rs, toks, k) {
				return true
			}
		}
	}
	return false
}

// officeBefore reports whether a Dutch office ends right before token k,
// with at most a comma, initials or given names between: "Minister van
// Justitie en Veiligheid, D.M. van Weel".
func officeBefore(rs []rune, toks []token, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 4 && (len([]rune(toks[j].text)) <= 2 && startsUpper(toks[j].text) || nameParticles[toks[j].lower]) {
		j-- // initials and particles: "D.M. van"
	}
	// the office's words, back to its "van" / "voor"
	for end := j; j >= 1 && end-j < 6; j-- {
		if strings.ContainsAny(string(rs[toks[j].end:toks[j+1].start]), ".;:!?()") {
			return false
		}
		if (toks[j].lower == "van" || toks[j].lower == "voor") && j+1 <= end && dutchOfficeWords()[toks[j+1].lower] {
			t := toks[j-1].lower
			return t == "minister" || t == "staatssecretaris"
		}
		if !startsUpper(toks[j].text) && toks[j].lower != "en" {
			return false
		}
	}
	return false
}

// gapSpace reports whether only spaces stand between two tokens.
func gapSpace(rs []rune, a, b token) bool {
	return strings.TrimSpace(string(rs[a.end:b.start])) == ""
}

// titleRunTo reports whether the tokens from rune offset from up to token
// k are a title and given names, at most eight words with commas at most
// between them: "Minister van Buitenlandse Zaken Andrii" before "Sybiha",
// "minister van Binnenlandse Zaken, Nancy" before "Faeser".
func titleRunTo(rs []rune, toks []token, from, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].start >= from {
		j--
	}
	j++ // the first token after the adjective
	if j >= k || k-j > 8 {
		return false
	}
	title := false
	for t := j; t < k; t++ {
		switch w := toks[t].lower; {
		case w == "minister" || w == "staatssecretaris" || w == "collega" || w == "ambtgenoot" || w == "premier":
			title = true
		case w == "van" || w == "voor" || w == "en" || startsUpper(toks[t].text):
		default:
			return false
		}
		if strings.Trim(string(rs[toks[t].end:toks[t+1].start]), " ,\n") != "" {
			return false
		}
	}
	return title && strings.TrimSpace(string(rs[from:toks[j].start])) == ""
}
