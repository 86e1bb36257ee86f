package ingest

import (
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"jhagraph/graph"
)

// A Kamerstuk is identified by its dossier and its number in that dossier:
// kst-32317-866. A dossier is five digits, written "32 317", possibly with a
// sub-dossier ("21 501-20") or a budget chapter ("36 200 VI"); a number is
// digits ("nr. 866"), or capitals for Eerste Kamer documents ("B").
const (
	kstDossier = `([0-9]{2}) ?([0-9]{3})(?:\s*-\s*([0-9]{1,3})|\s+([IVXLC]{1,6}))?`
	// The number follows the dossier after a comma; "nr." may stand
	// without it ("Kamerstuk 32 317 nr. 866"), a capital may not.
	kstNumber = `(?:\s*,?\s*(?:[Nn][Rr][Ss]?|[Nn]o)\.?\s*([0-9]{1,5})|\s*,\s*([A-Z]{1,2}))\b`
	// kstAlsoDossier is a second dossier a joint document is filed in:
	// " en 30573", " en 32 761", " en 21 501-20".
	kstAlsoDossier = `(?:\s+en\s+[0-9]{2} ?[0-9]{3}(?:\s*-\s*[0-9]{1,3})?)?`
)

var (
	// "Kamerstuk 32 317, nr. 866", "Kamerstukken II 2023–2024, 22 112, nr. 3842",
	// "Kamerstukken II 2021–2022, 35 913, B", "Kamerstukken II 2023/24, 22 112, nr. 3842".
	// A document filed in two dossiers is cited with both, its number
	// being the first's: "Kamerstukken 32 317 en 32 761, nr. 425" is
	// kst-32317-425.
	kstCiteRe = regexp.MustCompile(`Kamerstuk(?:ken)?\s+(?:(?:I{1,2}|EK|TK)\s+)?(?:[0-9]{4}\s*(?:[–—/-]\s*[0-9]{2,4})?\s*,\s*)?` +
		kstDossier + kstAlsoDossier + kstNumber)
	// A bare citation without the word Kamerstuk, as reports of the Kamer
	// list the letters they discuss: "(29 361, nr. 5)", "(Kamerstukken
	// ...)" aside. Only the "nr." form: a capital after a dossier number
	// is too often something else.
	kstBareCiteRe = regexp.MustCompile(`(?:^|[^0-9.,:/–—-])` + `(` + kstDossier + kstAlsoDossier +
		`\s*,\s*[Nn][Rr][Ss]?\.?\s*([0-9]{1,5})()\b)`)
	// The dash form: "Kamerstuk 22 112-4030", "Kamerstuk 21 501-02-2377"
	// (a number of four or five digits after the dossier, or any number
	// after a sub-dossier).
	// A shorter number closes a bracket: "(Kamerstuk 32317-973)" (the Tweede
	// Kamer's pages), but never in 21 501, whose "21 501-20" is a
	// sub-dossier.
	kstDashRe = regexp.MustCompile(`Kamerstuk\s+([0-9]{2}) ?([0-9]{3})(?:-([0-9]{1,3})-([0-9]{1,5})|-([0-9]{4,5})\b|-([0-9]{1,3})\))`)
	// A citation in brackets without "nr.", as lists of fiches write it:
	// "(Kamerstuk 22 112, 2962)"; the closing bracket tells that the
	// number is the document's.
	kstNoNrRe = regexp.MustCompile(`\(Kamerstuk\s+([0-9]{2}) ?([0-9]{3})(?:\s*-\s*([0-9]{1,3}))?\s*,\s*([0-9]{1,5})\)`)
	// An Eerste Kamer letter as its reports list it: "(36507, letter C)".
	kstLetterRe = regexp.MustCompile(`\(([0-9]{2}) ?([0-9]{3})(?:\s*-\s*([0-9]{1,3}))?,\s+letter\s+([A-Z]{1,2})\s*\)`)
	// Further numbers of a "nrs." list: "nrs. 865 en 866", "nrs. 865, 866".
	kstMoreRe = regexp.MustCompile(`^(?:\s*,\s*|\s+en\s+|\s+and\s+)([0-9]{1,5})\b`)
	// A further number written with its own "nr.": "nr. 5 en nr. 6".
	kstMoreNrRe = regexp.MustCompile(`^(?:\s*,\s*|\s+en\s+|\s+and\s+)[Nn][Rr]\.?\s*([0-9]{1,5})\b`)
	// A bare reference: "32317, nr. 866", "32 317, nr. 866".
	kstBareRe = regexp.MustCompile(`^` + kstDossier + kstNumber + `$`)
	// A key: "kst-32317-866", "kst-21501-20-1234", "kst-35913-B".
	kstKeyRe = regexp.MustCompile(`^kst-([0-9]{4,6}(?:-(?:[0-9]{1,3}|[IVXLC]{1,6}))?)-([0-9]{1,5}[a-z]?|[A-Z]{1,2})$`)
)

// kstCite is a Kamerstuk citation found in text.
type kstCite struct {
	key, dossier, number string
	written              string
	start, end           int // byte offsets in the searched string
}

// kstKey builds the key of a Kamerstuk from its parts.
func kstKey(dossier, number string) string { return "kst-" + dossier + "-" + number }

func dossierOf(a, b, sub, roman string) string {
	d := a + b
	if sub != "" {
		d += "-" + sub
	} else if roman != "" {
		d += "-" + roman
	}
	return d
}

// findKsts returns the Kamerstuk citations in s, one per cited document.
func findKsts(s string) []kstCite {
	var out []kstCite
	for _, m := range kstCiteRe.FindAllStringSubmatchIndex(s, -1) {
		out = kstCiteList(s, m, 0, out)
	}
	if strings.Contains(s, "-") {
		for _, m := range kstDashRe.FindAllStringSubmatchIndex(s, -1) {
			get := func(i int) string { return submatch(s, m, i) }
			d := dossierOf(get(1), get(2), get(3), "")
			n := get(4) + get(5) + get(6)
			end := m[1]
			if get(6) != "" {
				if d == "21501" {
					continue // "(Kamerstuk 21 501-20)": the sub-dossier
				}
				end-- // the bracket closes the citation, no part of it
			}
			out = append(out, kstCite{key: kstKey(d, n), dossier: d, number: n, written: s[m[0]:end], start: m[0], end: end})
		}
	}
	for _, re := range []*regexp.Regexp{kstNoNrRe, kstLetterRe} {
		if !strings.Contains(s, "(") {
			break
		}
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			get := func(i int) string { return submatch(s, m, i) }
			d, n := dossierOf(get(1), get(2), get(3), ""), get(4)
			start, end := m[0]+1, m[1]-1 // the brackets are no part of it
			out = append(out, kstCite{key: kstKey(d, n), dossier: d, number: n, written: s[start:end], start: start, end: end})
		}
	}
	if hasBareKst(s) {
		cited := out
		var bare []kstCite
		for _, m := range kstBareCiteRe.FindAllStringSubmatchIndex(s, -1) {
			if within(cited, m[2], m[3]) {
				continue // the tail of "Kamerstukken II 2023/24, 22 112, nr. 3842"
			}
			bare = kstCiteList(s, m, 1, bare)
		}
		out = append(out, bare...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	if n := len(out); n > 0 && cutOff(s, out[n-1]) {
		out = out[:n-1]
	}
	return out
}

// cutOff reports whether a citation is cut off with the text: it ends the
// text inside a bracket never closed ("... (Kamerstuk 32 317, nr. 97" where
// an excerpt stops mid-number), so its number may lack digits.
func cutOff(s string, c kstCite) bool {
	if strings.TrimRight(s[c.end:], " \t\n") != "" {
		return false
	}
	before := s[:c.start]
	return strings.Count(before, "(") > strings.Count(before, ")")
}

// hasBareKst reports cheaply whether s may hold a bare citation ("29 361,
// nr. 5", "(36507, letter C)").
func hasBareKst(s string) bool {
	return strings.Contains(s, ", nr") || strings.Contains(s, ",nr") || strings.Contains(s, ", Nr") || strings.Contains(s, ", letter ")
}

// kstCiteList appends the citations of one match m of kstCiteRe (shift 0)
// or kstBareCiteRe (shift 1: its groups come one later): the cited
// document, or every document of a "nrs. 865 en 866" list, each with the
// whole list as written.
func kstCiteList(s string, m []int, shift int, out []kstCite) []kstCite {
	get := func(i int) string { return submatch(s, m, i+shift) }
	start, end := m[2*shift], m[2*shift+1]
	d := dossierOf(get(1), get(2), get(3), get(4))
	nums := []string{get(5) + get(6)}
	list := strings.Contains(strings.ToLower(s[start:end]), "nrs")
	for {
		var l []int
		if list {
			l = kstMoreRe.FindStringSubmatchIndex(s[end:])
		} else if get(5) != "" {
			l = kstMoreNrRe.FindStringSubmatchIndex(s[end:])
		}
		if l == nil {
			break
		}
		nums = append(nums, s[end+l[2]:end+l[3]])
		end += l[1]
	}
	for _, n := range nums { // "nrs. 865 en 866": each cites the whole list as written
		out = append(out, kstCite{key: kstKey(d, n), dossier: d, number: n, written: s[start:end], start: start, end: end})
	}
	return out
}

// within reports whether [start, end) lies inside one of the citations.
func within(cs []kstCite, start, end int) bool {
	for _, c := range cs {
		if start >= c.start && end <= c.end {
			return true
		}
	}
	return false
}

// ResolveKstRef resolves a Kamerstuk reference in any form a letter writes
// it to its key: "kst-32317-866", "Kamerstuk 32 317, nr. 866",
// "32317, nr. 866", "Kamerstukken II 2023–2024, 22 112, nr. 3842"
// (kst-22112-3842), "Kamerstukken II 2021–2022, 35 913, B" (kst-35913-B),
// "Kamerstukken II 2023/24, 22 112, nr. 3842". A reference to more than one
// document ("nrs. 865 en 866") is not resolved.
func ResolveKstRef(s string) (key string, ok bool) {
	s = strings.TrimRight(collapseSpace(norm.NFC.String(s)), ".;")
	if s == "" {
		return "", false
	}
	if len(s) > 4 && strings.EqualFold(s[:4], "kst-") {
		if k := "kst-" + strings.ToUpper(s[4:]); kstKeyRe.MatchString(k) {
			return k, true
		}
		return "", false
	}
	if m := kstBareRe.FindStringSubmatch(s); m != nil {
		return kstKey(dossierOf(m[1], m[2], m[3], m[4]), m[5]+m[6]), true
	}
	cs := findKsts(s)
	if len(cs) == 1 && strings.HasPrefix(s, "Kamerstuk") && cs[0].end == len(s) {
		return cs[0].key, true
	}
	return "", false
}

// kstEntity is the entity of a cited Kamerstuk.
func kstEntity(c kstCite) graph.Entity {
	return graph.Entity{Kind: graph.KindDocument, Key: c.key, Name: graph.KstName(c.dossier, c.number),
		Props: map[string]any{"dossier": c.dossier, "number": c.number}}
}

// parseKstKey splits a key into dossier and number.
func parseKstKey(key string) (dossier, number string, ok bool) {
	m := kstKeyRe.FindStringSubmatch(key)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// titleCitations cites the Kamerstukken that the publisher's title of the
// document names when the title is no line of the text ("Verslag van een
// schriftelijk overleg over o.a. de geannoteerde agenda ... (Kamerstuk
// 32317-973)", the title of a web page whose furniture the reader took
// off), with the title as evidence.
func (x *extraction) titleCitations() {
	if x.title == "" || x.scratchOnly {
		return
	}
	for i := range x.doc.Paragraphs {
		if strings.Contains(x.doc.Paragraphs[i].Text, x.title) {
			return // read in the text
		}
	}
	for _, c := range findKsts(x.title) {
		if c.key == x.key {
			continue
		}
		to := x.addEntity(kstEntity(c))
		x.relate(graph.RelCites, x.docRef(), to, occurrence{para: -1, ref: c.written, meta: &graph.Evidence{Doc: x.key, Quote: "title: " + x.title}}, true)
	}
}
