package ingest

import (
	"strings"
	"unicode"
	"golang.org/x/text/unicode/norm"
	"fmt"
	"math/rand"
	"regexp"
	"testing"
)

func TestZZEquiv(t *testing.T) {
	re := regexp.MustCompile(`^(?:[IVX]+|[0-9]+|bis|ter)$`)
	for _, w := range []string{"", "I", "IV", "XIV", "12", "1I", "bis", "ter", "Bis", "ters", "i", "IIa", "٣"} {
		if isNumeral(w) != re.MatchString(w) {
			t.Errorf("isNumeral(%q)", w)
		}
	}
	r := rand.New(rand.NewSource(1))
	alpha := []rune("abcé")
	gen := func() []rune {
		n := r.Intn(7)
		out := make([]rune, n)
		for i := range out {
			out[i] = alpha[r.Intn(len(alpha))]
		}
		return out
	}
	for k := 0; k < 2000000; k++ {
		a, b := gen(), gen()
		if within1(a, b) != (editDistance(a, b, 1) <= 1) {
			t.Fatalf("within1(%q,%q)", string(a), string(b))
		}
		ba, bb := bagOf(a), bagOf(b)
		if setDistance(ba.set(), bb.set()) > bagDistance(&ba, &bb) {
			t.Fatalf("setDistance(%q,%q)", string(a), string(b))
		}
	}
	for _, s := range []string{"GVVA-richtlijn", "Yeşilgöz", "JIT's", "İstanbul", "Straße", "Dublin-III"} {
		for _, tk := range tokenize([]rune(s)) {
			if got := string(appendSquashed(nil, tk.lower)); got != squash(tk.text) {
				t.Errorf("appendSquashed(%q) = %q, want %q", tk.text, got, squash(tk.text))
			}
		}
	}
}

func oldHasActSuffix(run []rune) bool {
	for _, s := range actSuffixRunes() {
		h := len(s) / 2
		tail := run[max(0, len(run)-len(s)-1):]
		if !oldContains(tail, s[:h-1]) && !oldContains(tail, s[h+1:]) {
			continue
		}
		for l := len(s) - 1; l <= len(s)+1; l++ {
			if len(run) >= l+3 && editDistance(run[len(run)-l:], s, 1) <= 1 {
				return true
			}
		}
	}
	return false
}

func oldContains(hay, needle []rune) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if string(hay[i:i+len(needle)]) == string(needle) {
			return true
		}
	}
	return false
}

func TestZZSuffix(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	sufs := actSuffixRunes()
	hits := 0
	for k := 0; k < 3000000; k++ {
		s := sufs[r.Intn(len(sufs))]
		run := []rune{}
		for n := r.Intn(6); n > 0; n-- {
			run = append(run, rune('a'+r.Intn(26)))
		}
		run = append(run, s...)
		// mutate up to 2 times
		for m := r.Intn(3); m > 0 && len(run) > 1; m-- {
			p := r.Intn(len(run))
			switch r.Intn(4) {
			case 0:
				run[p] = rune('a' + r.Intn(26))
			case 1:
				run = append(run[:p], run[p+1:]...)
			case 2:
				run = append(run[:p], append([]rune{rune('a' + r.Intn(26))}, run[p:]...)...)
			case 3:
				if p+1 < len(run) {
					run[p], run[p+1] = run[p+1], run[p]
				}
			}
		}
		if r.Intn(3) == 0 && len(run) > 0 {
			run = run[:r.Intn(len(run))]
		}
		got, want := hasActSuffix(run), oldHasActSuffix(run)
		if got != want {
			t.Fatalf("hasActSuffix(%q) = %v", string(run), got)
		}
		if want {
			hits++
		}
	}
	t.Logf("hits %d", hits)
}

func TestZZCollapseFold(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	alpha := []rune("ab \t\n\u00a0\u0085\u2003éßøe\u0301İ’-")
	for k := 0; k < 500000; k++ {
		n := r.Intn(12)
		p := make([]rune, n)
		for i := range p {
			p[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(p)
		if r.Intn(10) == 0 {
			s += "\xff"
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := foldDiacritics(s), oldFold(s); got != want {
			t.Fatalf("foldDiacritics(%q) = %q, want %q", s, got, want)
		}
	}
}

func oldFold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestZZLastRune(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	bs := []byte{'a', 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xff, 0x80, 0xed, 0xa0}
	for k := 0; k < 1000000; k++ {
		n := r.Intn(8)
		b := make([]byte, n)
		for i := range b {
			b[i] = bs[r.Intn(len(bs))]
		}
		s := string(b)
		rs := []rune(s)
		want := rune(0)
		if len(rs) > 0 {
			want = rs[len(rs)-1]
		}
		if got := lastRune(s); got != want {
			t.Fatalf("lastRune(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestZZBlanked(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	alpha := []rune("ab'’ -é\u0301Ü1.,x")
	for k := 0; k < 500000; k++ {
		n := r.Intn(25)
		p := make([]rune, n)
		for i := range p {
			p[i] = alpha[r.Intn(len(alpha))]
		}
		q := append([]rune(nil), p...)
		var masks []Span
		for m := r.Intn(4); m > 0 && n > 0; m-- {
			a := r.Intn(n)
			b := a + r.Intn(n-a+1)
			masks = append(masks, Span{a, b})
			for i := a; i < b; i++ {
				q[i] = ' '
			}
		}
		want := tokenize(q)
		got := blankedTokens(p, tokenize(p), q, masks)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q from %q %v:\n got %v\nwant %v", string(q), string(p), masks, got, want)
		}
	}
}
