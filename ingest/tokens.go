package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
func tokenize(p []rune) []token { return tokenizeText(p, "") }

// tokenizeText is tokenize(p); all is string(p), or "" when not at hand.
func tokenizeText(p []rune, all string) []token {
	return appendTokens(make([]token, 0, len(p)/6+1), p, all)
}

// appendTokens appends tokenizeText(p, all) to out.
func appendTokens(out []token, p []rune, all string) []token {
	// The tokens' texts are cut from one string of the paragraph, and an
	// ASCII token's lower case from one string of it in lower case: a
	// string of runes is the concatenation of their encodings.
	lowerAll := ""
	byteAt := 0 // byte offset of p[i] in all
	for i := 0; i < len(p); {
		if !isWordRuneFast(p[i]) {
			byteAt += encodedLen(p[i])
			i++
			continue
		}
		if lowerAll == "" {
			if all == "" {
				all = string(p)
			}
			lowerAll = asciiLower(all)
		}
		j := i
		end := byteAt
		ascii, upper := true, false // the token's runes are ASCII; one is a capital
		for j < len(p) && (isWordRuneFast(p[j]) || ((p[j] == '\'' || p[j] == '’') && j+1 < len(p) && unicode.IsLetter(p[j+1]) && j > i)) {
			if r := p[j]; uint32(r) < utf8.RuneSelf {
				end++
				upper = upper || 'A' <= r && r <= 'Z'
			} else {
				end += encodedLen(r)
				ascii = false
			}
			j++
		}
		text := all[byteAt:end]
		var fold, lower string
		if ascii { // isASCII(text): a rune outside ASCII takes two bytes or more
			fold, lower = text, lowerAll[byteAt:end]
			if !upper {
				lower = text // the same string, found equal at once
			}
		} else {
			fold = foldDiacritics(text)
			lower = strings.ToLower(fold)
		}
		out = append(out, token{text: text, fold: fold, lower: lower, start: i, end: j})
		i, byteAt = j, end
	}
	return out
}

// submatch is the text of group g of match m (the indices
// FindStringSubmatchIndex gives) in s, or "" when the group took no part.
func submatch(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// encodedLen is the length of r encoded, as string(r) encodes it.
func encodedLen(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return utf8.RuneLen(utf8.RuneError)
}

// asciiLower is s with ASCII capitals in lower case, other bytes as they
// are: for an ASCII string, strings.ToLower.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// blankedTokens is tokenize(rs), where rs is p, whose tokens are toks,
// with the spans masks blanked out (spaces). A character that is neither
// part of a word nor an apostrophe ends every token: the text between two
// of them is read on its own. So only the stretches between two such
// characters that a mask touches are read again; the other tokens are
// those of p.
func blankedTokens(p []rune, toks []token, rs []rune, masks []Span) []token {
	sync := func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' }
	// The stretches to read again, in order, merged: from the character
	// after the last such character of p before a mask to the first one
	// at or after its end.
	type stretch struct{ lo, hi int }
	var again []stretch
	ms := slices.Clone(masks)
	slices.SortFunc(ms, func(a, b Span) int { return a.Start - b.Start })
	for _, m := range ms {
		if m.Start >= m.End {
			continue
		}
		lo := m.Start
		for lo > 0 && !sync(p[lo-1]) {
			lo--
		}
		hi := m.End
		for hi < len(p) && !sync(p[hi]) {
			hi++
		}
		if n := len(again); n > 0 && lo <= again[n-1].hi {
			again[n-1].hi = max(again[n-1].hi, hi)
			continue
		}
		again = append(again, stretch{lo, hi})
	}
	out := make([]token, 0, len(toks)+len(again))
	k := 0
	for _, st := range again {
		for k < len(toks) && toks[k].end <= st.lo {
			out = append(out, toks[k])
			k++
		}
		for k < len(toks) && toks[k].start < st.hi {
			k++ // read again below
		}
		for _, t := range tokenize(rs[st.lo:st.hi]) {
			t.start += st.lo
			t.end += st.lo
			out = append(out, t)
		}
	}
	return append(out, toks[k:]...)
}

// asciiWordRunes holds isWordRune of each ASCII rune.
var asciiWordRunes = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = isWordRune(rune(r))
	}
	return t
}()

// isWordRuneFast is isWordRune, quicker for ASCII.
func isWordRuneFast(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWordRunes[r]
	}
	return isWordRune(r)
}

// isWordRune reports whether r is part of a word for tokenize.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && unicode.Is(unicode.Mn, r) // no mark below U+0300
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

// slashJoined reports whether tokens a and b are joined by one slash
// ("Entry/Exit").
func slashJoined(p []rune, a, b token) bool {
	return b.start == a.end+1 && p[a.end] == '/'
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
	// the keys sorted, to tell whether a run is a prefix of a key and stop
	// extending it early; and every prefix of a key in a Bloom filter:
	// most words start no key, and the filter says so fast
	exactKeys, looseKeys     []string
	exactFilter, looseFilter prefixFilter
	maxTokens                int
	compound                 bool
	// slash: a single slash joins two words of a phrase as a hyphen does
	// ("Entry/Exit System" in the name of an act)
	slash bool
}

// hasPrefix reports whether a key of the sorted keys starts with p, and
// whether p is one of them.
func hasPrefix(keys []string, p string) (prefix, key bool) {
	i, key := slices.BinarySearch(keys, p)
	return key || i < len(keys) && strings.HasPrefix(keys[i], p), key
}

// prefixFilter is a Bloom filter of strings by their FNV-1a hash: has may
// say yes for a string never added, never no for one added.
type prefixFilter struct {
	bits []uint64
	mask uint64 // len(bits)-1
}

// newPrefixFilter holds every prefix of the keys, cut at a rune.
func newPrefixFilter(keys []string) prefixFilter {
	n := 0
	for _, k := range keys {
		n += len(k) + 1
	}
	size := uint64(64)
	for size < uint64(n)*8 {
		size *= 2
	}
	f := prefixFilter{bits: make([]uint64, size/64), mask: size/64 - 1}
	for _, k := range keys {
		h := uint64(fnvOffset)
		for i := 0; i < len(k); i++ {
			if utf8.RuneStart(k[i]) {
				f.add(h) // k[:i]
			}
			h ^= uint64(k[i])
			h *= fnvPrime
		}
		f.add(h)
	}
	return f
}

// A string sets two bits of one word of the filter: a test reads one
// word (one cache line).
func (f *prefixFilter) add(h uint64) {
	f.bits[(h>>12)&f.mask] |= 1<<(h&63) | 1<<((h>>6)&63)
}

func (f *prefixFilter) has(h uint64) bool {
	b := uint64(1)<<(h&63) | 1<<((h>>6)&63)
	return f.bits[(h>>12)&f.mask]&b == b
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// fnvAdd continues the FNV-1a hash h over the bytes of s.
func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

type dictEntry struct {
	target string
	words  int
}

func newPhraseDict(ps []phrase, compound bool) *phraseDict {
	d := &phraseDict{exact: map[string]dictEntry{}, loose: map[string]dictEntry{},
		compound: compound}
	var rs []rune    // of p.text, reused
	var toks []token // of rs, reused
	for _, p := range ps {
		rs = rs[:0]
		for _, r := range p.text {
			rs = append(rs, r)
		}
		all := "" // string(rs), which is p.text when it is valid UTF-8
		if utf8.ValidString(p.text) {
			all = p.text
		}
		toks = appendTokens(toks[:0], rs, all)
		if len(toks) == 0 {
			continue
		}
		d.maxTokens = max(d.maxTokens, len(toks)+2)
		key, keys := toks[0].fold, d.exact
		if len(toks) > 1 {
			var b strings.Builder
			for _, t := range toks {
				b.WriteString(t.fold)
			}
			key = b.String()
		}
		if !p.exact {
			key, keys = strings.ToLower(key), d.loose
		}
		keys[key] = dictEntry{target: p.target, words: len(toks)}
	}
	for k := range d.exact {
		d.exactKeys = append(d.exactKeys, k)
	}
	for k := range d.loose {
		d.looseKeys = append(d.looseKeys, k)
	}
	slices.Sort(d.exactKeys)
	slices.Sort(d.looseKeys)
	d.exactFilter, d.looseFilter = newPrefixFilter(d.exactKeys), newPrefixFilter(d.looseKeys)
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
	var ebuf, lbuf [128]byte
	exact, loose := ebuf[:0], lbuf[:0]
	he, hl := uint64(fnvOffset), uint64(fnvOffset) // their hashes
	same := true                                   // exact and loose are the same so far
	for n := 1; n <= d.maxTokens && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 && !joinable(p, toks[i+n-2], t) && !(d.slash && slashJoined(p, toks[i+n-2], t)) {
			break
		}
		exact = append(exact, t.fold...)
		loose = append(loose, t.lower...)
		he = fnvAdd(he, t.fold)
		if same = same && t.fold == t.lower; same {
			hl = he
		} else {
			hl = fnvAdd(hl, t.lower)
		}
		// A key is a prefix of itself: no prefix, no key.
		var pe, ke, pl, kl bool
		if d.exactFilter.has(he) {
			pe, ke = hasPrefix(d.exactKeys, string(exact))
		}
		if d.looseFilter.has(hl) {
			pl, kl = hasPrefix(d.looseKeys, string(loose))
		}
		if !pe && !pl {
			break
		}
		var e dictEntry
		ok := false
		if ke {
			e, ok = d.exact[string(exact)]
		}
		if !ok && kl {
			e, ok = d.loose[string(loose)]
		}
		if ok && (e.words == n || d.compound && !(found && e.words != n && e.target == best.target)) {
			// a compound run that only re-spells the name already found
			// ("Nederland er" as "Nederlander") does not lengthen it
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
