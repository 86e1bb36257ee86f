package ingest

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// A guardedRe is a regexp with a quick test that rules most texts out
// before the regexp runs: the literals one of which every match holds,
// read from the regexp's syntax (as RE2's prefilters do). The test is
// made on the text folded by foldForGuard, in which the literals are
// written: MatchString gives what the regexp alone gives.
type guardedRe struct {
	re   *regexp.Regexp
	lits []string // nil: no literal is required
	// litBytes are the lits as bytes
	litBytes [][]byte
}

// guard compiles pattern with its required literals.
func guard(pattern string) guardedRe {
	g := guardedRe{re: regexp.MustCompile(pattern)}
	if t, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if lits, ok := requiredLiterals(t.Simplify()); ok {
			g.lits = lits
			for _, l := range lits {
				g.litBytes = append(g.litBytes, []byte(l))
			}
		}
	}
	return g
}

// MatchString is g.re.MatchString(s).
func (g guardedRe) MatchString(s string) bool {
	if g.lits != nil && !g.mayMatchText(s) {
		return false
	}
	return g.re.MatchString(s)
}

// mayMatchText is g.mayMatch(foldForGuard(s)), without building the
// folded string when s is short: it is folded into a buffer on the stack.
func (g guardedRe) mayMatchText(s string) bool {
	if len(s) > 256 {
		return g.mayMatch(foldForGuard(s))
	}
	var buf [256]byte
	folded := appendFoldForGuard(buf[:0], s)
	for _, l := range g.litBytes {
		if bytes.Contains(folded, l) {
			return true
		}
	}
	return false
}

// appendFoldForGuard appends foldForGuard(s) to b.
func appendFoldForGuard(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u212A':
			b = append(b, 'k')
		case '\u017F':
			b = append(b, 's')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// matchFolded is g.re.MatchString(s), given folded, foldForGuard(s).
func (g guardedRe) matchFolded(s, folded string) bool {
	if g.lits != nil && !g.mayMatch(folded) {
		return false
	}
	return g.re.MatchString(s)
}

// FindStringIndex is g.re.FindStringIndex(s).
func (g guardedRe) FindStringIndex(s string) []int {
	if g.lits != nil && !g.mayMatchText(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g guardedRe) mayMatch(folded string) bool {
	for _, l := range g.lits {
		if strings.Contains(folded, l) {
			return true
		}
	}
	return false
}

// foldForGuard folds s so that where a regexp matches a literal in s, with
// or without (?i), the folded text holds the literal folded: ASCII letters
// in lower case, and the two other letters (?i) matches with ASCII ones,
// the Kelvin sign (K) and the long s (ſ), as k and s. Other runes are kept.
func foldForGuard(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = append(make([]byte, 0, len(s)), s[:i]...)
				}
				b = append(b, c+'a'-'A')
			} else if b != nil {
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var f byte
		switch r {
		case '\u212A':
			f = 'k'
		case '\u017F':
			f = 's'
		}
		if f != 0 {
			if b == nil {
				b = append(make([]byte, 0, len(s)), s[:i]...)
			}
			b = append(b, f)
		} else if b != nil {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// foldLiteral folds the runes of a literal as foldForGuard folds text, and
// reports false for a literal matched without case that holds a letter
// outside ASCII: its other cases are not folded.
func foldLiteral(rs []rune, foldCase bool) (string, bool) {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r >= utf8.RuneSelf && foldCase:
			return "", false
		case 'A' <= r && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == '\u212A':
			b.WriteByte('k')
		case r == '\u017F':
			b.WriteByte('s')
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// literalOf is the literal of the OpLiteral re (folded), or false when it
// is empty or cannot be folded.
func literalOf(re *syntax.Regexp) ([]string, bool) {
	l, ok := foldLiteral(re.Rune, re.Flags&syntax.FoldCase != 0)
	if !ok || l == "" {
		return nil, false
	}
	return []string{l}, true
}

// requiredLiterals returns literals (folded) one of which every match of
// re holds, or false when it finds none.
func requiredLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literalOf(re)
	case syntax.OpCapture:
		return requiredLiterals(re.Sub[0])
	case syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
		return nil, false
	case syntax.OpAlternate:
		return eachLiterals(re.Sub, requiredLiterals)
	case syntax.OpConcat:
		// Every part is in every match: take the part whose literals are
		// the longest.
		var best []string
		found := false
		for _, sub := range re.Sub {
			ls, ok := requiredLiterals(sub)
			if ok && (!found || literalScore(ls) > literalScore(best)) {
				best, found = ls, true
			}
		}
		return best, found
	}
	return nil, false
}

// literalScore rates a set of literals as a quick test: the shortest
// literal's length, fewer literals on a tie.
func literalScore(ls []string) int {
	short := -1
	for _, l := range ls {
		if short < 0 || len(l) < short {
			short = len(l)
		}
	}
	return short*1000 - len(ls)
}

// A startRe is a regexp whose every match starts with one of a few
// literals ("richtlijn", "JBZ", ...): FindAllStringSubmatchIndex tries the
// regexp only where one of them stands, anchored there, instead of at
// every byte of the text. It returns what the regexp's own does: the
// leftmost matches, each tried with the rune before it as context (for
// \b), one after the other.
type startRe struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // ^(?:re): a match at the start of the text
	context  *regexp.Regexp // ^(?s:.)(?:re): a match after its first rune
	lits     []string       // folded as foldForGuard folds; nil: try everywhere
	bytes    *[256]bool     // the literals of one byte
	// need is what every match needs (litNeed): a start after which the
	// text no longer meets it starts no match; needLits are its literals,
	// each once, numbered as need's slots
	need     slotNeed
	needLits []string
}

// slotNeed is a litNeed whose literals are numbered (slot); slot is -1
// where the need is no literal.
type slotNeed struct {
	slot    int
	and, or []slotNeed
}

// numberNeed numbers the literals of n, adding new ones to lits.
func numberNeed(n litNeed, lits *[]string) slotNeed {
	if n.lit != "" {
		k := slices.Index(*lits, n.lit)
		if k < 0 {
			k = len(*lits)
			*lits = append(*lits, n.lit)
		}
		return slotNeed{slot: k}
	}
	out := slotNeed{slot: -1}
	for _, a := range n.and {
		out.and = append(out.and, numberNeed(a, lits))
	}
	for _, o := range n.or {
		out.or = append(out.or, numberNeed(o, lits))
	}
	return out
}

// startsWith compiles pattern, which must not hold ^, $, \A or \z, with the
// literals its matches start with.
func startsWith(pattern string) *startRe {
	r := &startRe{re: regexp.MustCompile(pattern),
		anchored: regexp.MustCompile(`^(?:` + pattern + `)`),
		context:  regexp.MustCompile(`^(?s:.)(?:` + pattern + `)`)}
	if n := needOf(pattern); !n.always() {
		r.need = numberNeed(n, &r.needLits)
	}
	if t, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if lits, ok := startLiterals(t.Simplify()); ok {
			slices.Sort(lits)
			r.lits = slices.Compact(lits)
			for _, l := range lits {
				if len(l) == 1 {
					if r.bytes == nil {
						r.bytes = new([256]bool)
					}
					r.bytes[l[0]] = true
				}
			}
		}
	}
	return r
}

// FindAllStringSubmatchIndex is r.re.FindAllStringSubmatchIndex(s, -1).
func (r *startRe) FindAllStringSubmatchIndex(s string) [][]int {
	folded := foldForGuard(s)
	if r.lits == nil || len(folded) != len(s) {
		return r.re.FindAllStringSubmatchIndex(s, -1) // offsets in folded are not those of s
	}
	var cands []int
	if r.bytes != nil {
		for i := 0; i < len(folded); i++ {
			if r.bytes[folded[i]] {
				cands = append(cands, i)
			}
		}
	}
	for _, l := range r.lits {
		if len(l) == 1 && r.bytes != nil {
			continue
		}
		for from := 0; ; {
			k := strings.Index(folded[from:], l)
			if k < 0 {
				break
			}
			cands = append(cands, from+k)
			from += k + 1
		}
	}
	if len(cands) == 0 {
		return nil
	}
	slices.Sort(cands)
	var out [][]int
	pos := 0
	// A match from c lies in s[c:]: folded[c:] meets the need.
	var slots [64]int
	rest := needFrom{lits: r.needLits, folded: folded}
	if len(r.needLits) <= len(slots) {
		rest.next = slots[:len(r.needLits)]
	} else {
		rest.next = make([]int, len(r.needLits))
	}
	for k := range rest.next {
		rest.next[k] = -2 // not looked for yet
	}
	for k, c := range cands {
		if c < pos || k > 0 && c == cands[k-1] {
			continue
		}
		if len(r.needLits) > 0 && !rest.holds(r.need, c) {
			break // nor does folded[c':] for any later start c'
		}
		var m []int
		if c == 0 {
			m = r.anchored.FindStringSubmatchIndex(s)
		} else {
			_, n := utf8.DecodeLastRuneInString(s[:c])
			if m = r.context.FindStringSubmatchIndex(s[c-n:]); m != nil {
				for i := range m {
					if m[i] >= 0 {
						m[i] += c - n
					}
				}
				m[0] = c
			}
		}
		if m == nil {
			continue
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// needFrom tells whether folded[c:] meets a need (litNeed.holds), for
// starts c asked in ascending order: it keeps where each literal next
// stands, so that it reads the text for each literal at most once.
type needFrom struct {
	lits   []string
	folded string
	next   []int // by slot: the first start of the literal at or after the last c, -1 for none, -2 not looked for
}

func (f *needFrom) holds(n slotNeed, c int) bool {
	switch {
	case n.slot >= 0:
		at := f.next[n.slot]
		if at == -2 || at >= 0 && at < c {
			at = strings.Index(f.folded[c:], f.lits[n.slot])
			if at >= 0 {
				at += c
			}
			f.next[n.slot] = at
		}
		return at >= 0
	case n.or != nil:
		for _, o := range n.or {
			if f.holds(o, c) {
				return true
			}
		}
		return false
	}
	for _, a := range n.and {
		if !f.holds(a, c) {
			return false
		}
	}
	return true
}

// eachLiterals joins the literals lits finds in each alternative of subs,
// or reports false when one of them has none: a match of the alternation
// is a match of one of them.
func eachLiterals(subs []*syntax.Regexp, lits func(*syntax.Regexp) ([]string, bool)) ([]string, bool) {
	var all []string
	for _, sub := range subs {
		ls, ok := lits(sub)
		if !ok {
			return nil, false
		}
		all = append(all, ls...)
	}
	return all, true
}

// startLiterals returns literals (folded) one of which every match of re
// starts with, or false when it finds none. A small class of ASCII
// characters ("[0-9]") gives a literal for each.
func startLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literalOf(re)
	case syntax.OpCharClass:
		var out []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			if hi >= utf8.RuneSelf || len(out)+int(hi-lo) >= 64 {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				l, _ := foldLiteral([]rune{r}, false)
				out = append(out, l)
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return startLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return startLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		return eachLiterals(re.Sub, startLiterals)
	case syntax.OpConcat:
		return concatStarts(re.Sub)
	}
	return nil, false
}

// concatStarts is startLiterals of the concatenation of subs.
func concatStarts(subs []*syntax.Regexp) ([]string, bool) {
	if len(subs) == 0 {
		return nil, false // the empty string
	}
	first, rest := subs[0], subs[1:]
	switch first.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return concatStarts(rest) // takes no text
	case syntax.OpConcat:
		return concatStarts(append(slices.Clip(first.Sub), rest...))
	case syntax.OpQuest, syntax.OpStar, syntax.OpRepeat:
		if first.Op == syntax.OpRepeat && first.Min >= 1 {
			break
		}
		// Either first takes text, and the match starts with it, or the
		// match starts with the rest.
		a, ok := startLiterals(first.Sub[0])
		if !ok {
			return nil, false
		}
		b, ok := concatStarts(rest)
		if !ok {
			return nil, false
		}
		return append(slices.Clip(a), b...), true
	case syntax.OpLiteral:
		ls, ok := startLiterals(first)
		if !ok {
			return nil, false
		}
		// "J" followed by "BZ", "ustice" or "HA" starts with "jbz",
		// "justice" or "jha": a literal this short finds too much.
		if more, ok := concatStarts(rest); ok && len(ls[0]) < 4 && len(more) <= 32 {
			var out []string
			for _, m := range more {
				out = append(out, ls[0]+m)
			}
			return out, true
		}
		return ls, true
	}
	return startLiterals(first)
}
