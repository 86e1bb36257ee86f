package ingest

import (
	"strings"
	"unicode"
)

// token is a word of a paragraph: a run of letters and digits (with
// apostrophes inside, "JIT's"), at rune offsets [start, end) of the
// paragraph.
type token struct {
	text       string
	fold       string // text without diacritics
	lower      string // fold in lower case
	start, end int
}

// tokenize splits a paragraph into tokens.
func tokenize(p []rune) []token {
	var out []token
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for i := 0; i < len(p); {
		if !isWord(p[i]) {
			i++
			continue
		}
		j := i
		for j < len(p) && (isWord(p[j]) || ((p[j] == '\'' || p[j] == '’') && j+1 < len(p) && unicode.IsLetter(p[j+1]) && j > i)) {
			j++
		}
		text := string(p[i:j])
		fold := foldDiacritics(text)
		out = append(out, token{text: text, fold: fold, lower: strings.ToLower(fold), start: i, end: j})
		i = j
	}
	return out
}

// joinable reports whether tokens a and b (b right after a) may be read as
// parts of one name: only spaces or a single hyphen stand between them.
func joinable(p []rune, a, b token) bool {
	gap := p[a.end:b.start]
	if len(gap) == 0 {
		return false
	}
	hyphens := 0
	for _, r := range gap {
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011':
			hyphens++
		case r == ' ' || r == '\n':
		default:
			return false
		}
	}
	return hyphens <= 1
}

// phrase is an entry of a phraseDict: a name or alias and what it stands
// for. An empty target is a stop phrase: it consumes its words and stands for
// nothing ("Raad van State" is not the Council of the EU).
type phrase struct {
	text   string
	target string
	// exact phrases match with case (diacritics are always ignored); the
	// others ignore case.
	exact bool
}

// phraseDict finds phrases in token streams. A phrase matches a run of
// as many tokens as it has words when they are the same words (diacritics
// ignored). A compounding dictionary also matches runs that, concatenated,
// spell the phrase's words concatenated: "GVVA-richtlijn", "GVVA richtlijn"
// and "GVVArichtlijn", or "mensenhandel richtlijn" and
// "Mensenhandelrichtlijn". Longer runs win.
type phraseDict struct {
	exact, loose map[string]dictEntry
	// every prefix of a key, to stop extending a run early
	exactPrefix, loosePrefix map[string]bool
	maxTokens                int
	compound                 bool
}

type dictEntry struct {
	target string
	words  int
}

func newPhraseDict(ps []phrase, compound bool) *phraseDict {
	d := &phraseDict{exact: map[string]dictEntry{}, loose: map[string]dictEntry{},
		exactPrefix: map[string]bool{}, loosePrefix: map[string]bool{}, compound: compound}
	for _, p := range ps {
		rs := []rune(p.text)
		toks := tokenize(rs)
		if len(toks) == 0 {
			continue
		}
		d.maxTokens = max(d.maxTokens, len(toks)+2)
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(t.fold)
		}
		key, keys, prefixes := b.String(), d.exact, d.exactPrefix
		if !p.exact {
			key, keys, prefixes = strings.ToLower(key), d.loose, d.loosePrefix
		}
		keys[key] = dictEntry{target: p.target, words: len(toks)}
		for i := range key {
			prefixes[key[:i]] = true
		}
		prefixes[key] = true
	}
	return d
}

// match is a phrase found in a paragraph.
type match struct {
	target     string
	start, end int // rune offsets in the paragraph
	n          int // number of tokens
}

// scan finds phrases left to right, longest first, without overlaps. Stop
// phrases consume their tokens and are not reported.
func (d *phraseDict) scan(p []rune, toks []token) []match {
	var out []match
	for i := 0; i < len(toks); {
		m, ok := d.longest(p, toks, i)
		if !ok {
			i++
			continue
		}
		if m.target != "" {
			out = append(out, m)
		}
		i += m.n
	}
	return out
}

// longest returns the longest phrase starting at token i.
func (d *phraseDict) longest(p []rune, toks []token, i int) (match, bool) {
	var best match
	found := false
	exact, loose := "", ""
	for n := 1; n <= d.maxTokens && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 && !joinable(p, toks[i+n-2], t) {
			break
		}
		exact += t.fold
		loose += t.lower
		if !d.exactPrefix[exact] && !d.loosePrefix[loose] {
			break
		}
		e, ok := d.exact[exact]
		if !ok {
			e, ok = d.loose[loose]
		}
		if ok && (e.words == n || d.compound) {
			best, found = match{target: e.target, start: toks[i].start, end: t.end, n: n}, true
		}
	}
	return best, found
}

// lookup returns the target of a whole string, if it is a phrase.
func (d *phraseDict) lookup(s string) (string, bool) {
	rs := []rune(s)
	toks := tokenize(rs)
	if len(toks) == 0 {
		return "", false
	}
	for k := 1; k < len(toks); k++ {
		if !joinable(rs, toks[k-1], toks[k]) {
			return "", false
		}
	}
	m, ok := d.longest(rs, toks, 0)
	if !ok || m.n != len(toks) || m.target == "" {
		return "", false
	}
	return m.target, true
}
