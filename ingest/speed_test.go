package ingest

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The extractor's fast paths must give what the plain code they stand for
// gives: these tests hold each against it, on random input and on the
// test letters. TestGolden checks the whole.

func randomRunes(r *rand.Rand, alphabet []rune, max int) []rune {
	out := make([]rune, r.Intn(max+1))
	for i := range out {
		out[i] = alphabet[r.Intn(len(alphabet))]
	}
	return out
}

func TestWithin1IsEditDistance1(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []rune("abcé")
	for k := 0; k < 100000; k++ {
		a, b := randomRunes(r, alphabet, 6), randomRunes(r, alphabet, 6)
		if got, want := within1(a, b), editDistance(a, b, 1) <= 1; got != want {
			t.Fatalf("within1(%q, %q) = %v, want %v", string(a), string(b), got, want)
		}
		ba, bb := bagOf(a), bagOf(b)
		if setDistance(letterSet(a), letterSet(b)) > bagDistance(&ba, &bb) || letterSet(a) != ba.set() {
			t.Fatalf("letter sets of %q, %q", string(a), string(b))
		}
		for max := 0; max <= 3; max++ {
			if got, want := bagWithin(&ba, &bb, max), bagDistance(&ba, &bb) <= max; got != want {
				t.Fatalf("bagWithin(%q, %q, %d) = %v, want %v", string(a), string(b), max, got, want)
			}
		}
	}
}

// plainHasActSuffix is hasActSuffix without its quick tests.
func plainHasActSuffix(run []rune) bool {
	for _, s := range actSuffixRunes() {
		for l := len(s) - 1; l <= len(s)+1; l++ {
			if len(run) >= l+3 && editDistance(run[len(run)-l:], s, 1) <= 1 {
				return true
			}
		}
	}
	return false
}

func TestHasActSuffixQuickTests(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	found := 0
	for k := 0; k < 100000; k++ {
		// A word for an act after a few letters, edited up to twice, or
		// random letters.
		run := randomRunes(r, []rune("abcdeijlnorstuvxé"), 6)
		if r.Intn(4) > 0 {
			run = append(run, actSuffixRunes()[r.Intn(len(actSuffixes))]...)
		}
		for m := r.Intn(3); m > 0 && len(run) > 1; m-- {
			p := r.Intn(len(run))
			switch c := rune('a' + r.Intn(26)); r.Intn(4) {
			case 0:
				run[p] = c
			case 1:
				run = append(run[:p], run[p+1:]...)
			case 2:
				run = append(run[:p], append([]rune{c}, run[p:]...)...)
			default:
				if p+1 < len(run) {
					run[p], run[p+1] = run[p+1], run[p]
				}
			}
		}
		got, want := hasActSuffix(run), plainHasActSuffix(run)
		if got != want {
			t.Fatalf("hasActSuffix(%q) = %v, want %v", string(run), got, want)
		}
		if want {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no run ends in a word for an act")
	}
}

// (graph's TestFoldDiacriticsFastPaths holds the folding against its plain
// code.)
func TestCollapseSpace(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	alphabet := []rune("ab \t\n\u00a0\u0085\u2003éßøe\u0301İ’-")
	for k := 0; k < 50000; k++ {
		s := string(randomRunes(r, alphabet, 12))
		if r.Intn(10) == 0 {
			s += "\xff"
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLastRuneOfInvalidText(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	bytes := []byte{'a', 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xff, 0x80, 0xed, 0xa0}
	for k := 0; k < 50000; k++ {
		b := make([]byte, r.Intn(8))
		for i := range b {
			b[i] = bytes[r.Intn(len(bytes))]
		}
		s := string(b)
		want := rune(0)
		if rs := []rune(s); len(rs) > 0 {
			want = rs[len(rs)-1]
		}
		if got := lastRune(s); got != want {
			t.Fatalf("lastRune(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestBlankedTokensAreTokenize(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	alphabet := []rune("ab'’ -é\u0301Ü1.,x")
	for k := 0; k < 15000; k++ {
		p := randomRunes(r, alphabet, 24)
		blanked := append([]rune(nil), p...)
		var masks []Span
		for m := r.Intn(4); m > 0 && len(p) > 0; m-- {
			a := r.Intn(len(p))
			b := a + r.Intn(len(p)-a+1)
			masks = append(masks, Span{a, b})
			for i := a; i < b; i++ {
				blanked[i] = ' '
			}
		}
		got, want := blankedTokens(p, tokenize(p), blanked, masks), tokenize(blanked)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q blanked %v:\n got %v\nwant %v", string(p), masks, got, want)
		}
	}
}

// testParagraphs are the paragraphs and sentences of the test letters,
// each also with its case and spelling scrambled: capitals, the Kelvin
// sign and the long s (which (?i) reads as k and s), inserted letters.
func testParagraphs(t *testing.T) (paras, sentences []string) {
	r := rand.New(rand.NewSource(6))
	scramble := func(s string) string {
		var out []rune
		for _, c := range s {
			switch r.Intn(12) {
			case 0:
				c = unicode.ToUpper(c)
			case 1:
				c = unicode.ToLower(c)
			case 2:
				out = append(out, []rune("xé_1")[r.Intn(4)])
			case 3:
				switch c {
				case 'k', 'K':
					c = '\u212A'
				case 's', 'S':
					c = '\u017F'
				}
			}
			out = append(out, c)
		}
		return string(out)
	}
	docs := parsedLetters(t, "testdata/letters/*.txt")
	if len(docs) == 0 {
		t.Fatal("no test letters")
	}
	for _, doc := range docs {
		text := []rune(doc.Text)
		for _, p := range doc.Paragraphs {
			paras = append(paras, p.Text, scramble(p.Text))
			for _, s := range p.Sentences {
				sentence := string(text[s.Start:s.End])
				sentences = append(sentences, sentence, scramble(sentence))
			}
		}
	}
	return paras, sentences
}

func TestGuardedRegexpsMatchAsPlain(t *testing.T) {
	paras, sentences := testParagraphs(t)
	guards := []guardedRe{attendCueRe, nonActObjectRe, decisionBeforeRe, untilBeforeRe, fromBeforeRe, proposalBeforeRe}
	for _, c := range eventCues {
		guards = append(guards, c.re)
	}
	for _, g := range guards {
		if g.lits == nil {
			t.Errorf("%s: no literals", g.re)
		}
		for _, s := range sentences {
			want := g.re.MatchString(s)
			if got := g.MatchString(s); got != want {
				t.Fatalf("%s on %q: %v, want %v", g.re, s, got, want)
			}
			if want && g.FindStringIndex(s) == nil {
				t.Fatalf("%s on %q: no index", g.re, s)
			}
		}
	}
	for _, sr := range []*startRe{meetingRe, actTypedRe, actBareRe, eventDateRe} {
		if sr.lits == nil {
			t.Errorf("%s: no literals", sr.re)
		}
		matches := 0
		for _, p := range paras {
			want := sr.re.FindAllStringSubmatchIndex(p, -1)
			matches += len(want)
			if got := sr.FindAllStringSubmatchIndex(p); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s on %q:\n got %v\nwant %v", sr.re, p, got, want)
			}
		}
		if matches == 0 {
			t.Errorf("%s: no match in the test letters", sr.re)
		}
	}
}

func TestFoldForGuardFoldsEveryCaseOfASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		lit, ok := foldLiteral([]rune{r}, true)
		if !ok {
			t.Fatalf("%q", r)
		}
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
			if got := foldForGuard(string(f)); got != lit {
				t.Errorf("%q (a case of %q) folds to %q, want %q", f, r, got, lit)
			}
			if f == r {
				break
			}
		}
	}
}

// TestEndsInBracketBeforeRegexp: numberBracketRe matches no text that
// endsInBracket turns away.
func TestEndsInBracketBeforeRegexp(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	alphabet := []rune("12/(EU) \t\nx")
	matched := 0
	for k := 0; k < 200000; k++ {
		rs := randomRunes(r, alphabet, 12)
		re := numberBracketRe.MatchString(string(rs))
		if re && !endsInBracket(rs) {
			t.Fatalf("endsInBracket(%q) = false, but numberBracketRe matches", string(rs))
		}
		if re {
			matched++
		}
	}
	if matched == 0 {
		t.Fatal("no random text matched numberBracketRe")
	}
	for _, s := range []string{"Richtlijn 2011/95/EU (", "Verordening (EU) 2024/1347 ( \n", "de Dublinverordening ("} {
		if !endsInBracket([]rune(s)) {
			t.Errorf("endsInBracket(%q) = false", s)
		}
	}
	if endsInBracket([]rune("Richtlijn 2011/95/EU")) {
		t.Error(`endsInBracket("Richtlijn 2011/95/EU") = true`)
	}
}

// TestASCIIFieldsAndTrim holds appendASCIIFields and trimNonLetters against
// strings.Fields and strings.TrimFunc on random text.
func TestASCIIFieldsAndTrim(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	alphabet := []rune("ab Z-.,(\t\v\f\r\n1é\u00a0")
	for k := 0; k < 50000; k++ {
		s := string(randomRunes(r, alphabet, 12))
		if isASCII(s) {
			if got, want := appendASCIIFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
				t.Fatalf("appendASCIIFields(%q) = %q, want %q", s, got, want)
			}
		}
		if got, want := trimNonLetters(s), strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); got != want {
			t.Fatalf("trimNonLetters(%q) = %q, want %q", s, got, want)
		}
	}
}

// plainNearest is actNameIndex.nearest reading every name of the buckets.
func plainNearest(ix *actNameIndex, run []rune) (string, int, bool) {
	best, tie, target := fuzzyTolerance(fuzzyMinLen2)+1, false, ""
	for l := max(0, len(run)-2); l <= len(run)+2 && l < len(ix.fuzzy); l++ {
		tol := fuzzyTolerance(l)
		if tol == 0 || tol < abs(l-len(run)) {
			continue
		}
		for _, c := range ix.fuzzy[l] {
			d := editDistance(run, c.key, tol)
			if d > tol || d > best || !stemNear(run, c) {
				continue
			}
			switch {
			case d < best:
				best, target, tie = d, c.target, false
			case c.target != target:
				tie = true
			}
		}
	}
	if target == "" || tie {
		return "", 0, false
	}
	return target, best, true
}

// TestNearestReadsSetSizes holds nearest, which reads only the names whose
// letter sets are near in size, against reading them all, on names edited
// up to three times.
func TestNearestReadsSetSizes(t *testing.T) {
	ix := actIndex().names
	r := rand.New(rand.NewSource(5))
	letters := []rune("abcdefghijklmnopqrstuvwxyzé")
	found := 0
	for k := 0; k < 20000; k++ {
		l := fuzzyMinLen + r.Intn(len(ix.fuzzy)-fuzzyMinLen)
		if len(ix.fuzzy[l]) == 0 {
			continue
		}
		run := slices.Clone(ix.fuzzy[l][r.Intn(len(ix.fuzzy[l]))].key)
		for e := r.Intn(4); e > 0 && len(run) > 1; e-- {
			switch i := r.Intn(len(run)); r.Intn(3) {
			case 0:
				run[i] = letters[r.Intn(len(letters))]
			case 1:
				run = slices.Delete(run, i, i+1)
			default:
				run = slices.Insert(run, i, letters[r.Intn(len(letters))])
			}
		}
		gt, gd, gok := ix.nearest(run)
		wt, wd, wok := plainNearest(ix, run)
		if gt != wt || gd != wd || gok != wok {
			t.Fatalf("nearest(%q) = %q, %d, %v; reading every name: %q, %d, %v", string(run), gt, gd, gok, wt, wd, wok)
		}
		if gok {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no edited name was found")
	}
}
