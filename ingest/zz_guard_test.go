package ingest

import (
	"fmt"
	"strings"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

func TestZZFoldOrbits(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		lit, ok := foldLiteral([]rune{r}, true)
		if !ok {
			t.Fatalf("%q", r)
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if foldForGuard(string(f)) != lit {
				t.Errorf("rune %q orbit member %q folds to %q, literal %q", r, f, foldForGuard(string(f)), lit)
			}
		}
		if foldForGuard(string(r)) != lit {
			t.Errorf("rune %q", r)
		}
	}
}

func TestZZGuards(t *testing.T) {
	pats := []string{
		`(?i)\b(?:deelnemen|deelneemt|deelgenomen|deel\s+te\s+nemen|(?:neemt|nemen|nam|namen)(?:\s+[^\s.;]+){0,8}?\s+deel|aanwezig|vertegenwoordigd\s+door|vertegenwoordig(?:t|en|de|den)\s+Nederland|bijwonen|bijwoont|bijgewoond)\b`,
	}
	for _, c := range eventCues {
		pats = append(pats, c.re.re.String())
	}
	var sentences []string
	for _, dir := range []string{"../testdata/letters", "../testdata/heldout/letters", "/tmp/gencorpus", "/work/shared/corpus"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			doc, err := Parse(filepath.Base(f), data)
			if err != nil {
				continue
			}
			rs := []rune(doc.Text)
			for _, p := range doc.Paragraphs {
				for _, s := range p.Sentences {
					sentences = append(sentences, string(rs[s.Start:s.End]))
				}
			}
		}
	}
	r := rand.New(rand.NewSource(3))
	mutate := func(s string) string {
		rs := []rune(s)
		for i := range rs {
			switch r.Intn(8) {
			case 0:
				rs[i] = unicode.ToUpper(rs[i])
			case 1:
				if rs[i] == 'k' || rs[i] == 'K' {
					rs[i] = '\u212A'
				}
				if rs[i] == 's' || rs[i] == 'S' {
					rs[i] = '\u017F'
				}
			}
		}
		return string(rs)
	}
	for _, p := range pats {
		g := guard(p)
		t.Logf("%.40s: %q", p, g.lits)
		if g.lits == nil {
			t.Errorf("no literals for %s", p)
		}
		n := 0
		for _, s := range sentences {
			for _, v := range []string{s, mutate(s)} {
				want := g.re.MatchString(v)
				if want {
					n++
				}
				if got := g.MatchString(v); got != want {
					t.Fatalf("%s on %q: %v", p, v, got)
				}
			}
		}
		t.Logf("  %d of %d match", n, 2*len(sentences))
	}
}

func TestZZStarts(t *testing.T) {
	var paras []string
	for _, dir := range []string{"../testdata/letters", "../testdata/heldout/letters", "../testdata/invalid", "/tmp/gencorpus", "/tmp/gencorpus2", "/work/shared/corpus"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			doc, err := Parse(filepath.Base(f), data)
			if err != nil {
				continue
			}
			for _, p := range doc.Paragraphs {
				paras = append(paras, p.Text)
			}
		}
	}
	r := rand.New(rand.NewSource(5))
	mutate := func(s string) string {
		rs := []rune(s)
		var out []rune
		for i := range rs {
			switch r.Intn(12) {
			case 0:
				rs[i] = unicode.ToUpper(rs[i])
			case 1:
				rs[i] = unicode.ToLower(rs[i])
			case 2:
				out = append(out, []rune("xé_1")[r.Intn(4)])
			case 3:
				if rs[i] == 'k' || rs[i] == 'K' {
					rs[i] = '\u212A'
				}
				if rs[i] == 's' || rs[i] == 'S' {
					rs[i] = '\u017F'
				}
			}
			out = append(out, rs[i])
		}
		return string(out)
	}
	for _, sr := range []*startRe{meetingRe, actTypedRe, actBareRe} {
		t.Logf("%.40s: %q", sr.re.String(), sr.lits)
		if sr.lits == nil {
			t.Fatal("no literals")
		}
		n := 0
		for _, p := range paras {
			vs := []string{p, mutate(p), mutate(p), strings.ToLower(p), strings.ToUpper(p)}
			for _, v := range vs {
				want := sr.re.FindAllStringSubmatchIndex(v, -1)
				got := sr.FindAllStringSubmatchIndex(v)
				n += len(want)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("%q:\n got %v\nwant %v", v, got, want)
				}
			}
		}
		t.Logf("  %d matches in %d paragraphs", n, len(paras))
	}
}

func TestZZGuardLits(t *testing.T) {
	for _, g := range []guardedRe{decisionBeforeRe, untilBeforeRe, fromBeforeRe, proposalBeforeRe, attendCueRe} {
		t.Logf("%.50s: %q", g.re.String(), g.lits)
	}
}
