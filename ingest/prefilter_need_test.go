package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The quick paths of issue 12 (perf3) must give what the plain code gives.

func TestIsWordRuneFastIsWordRune(t *testing.T) {
	for r := rune(-2); r < 0x3000; r++ {
		if got, want := isWordRuneFast(r), isWordRune(r); got != want {
			t.Fatalf("isWordRuneFast(%q) = %v, want %v", r, got, want)
		}
	}
}

// plainTokens is tokenize as it was written before its ASCII quick path.
func plainTokens(p []rune) []token {
	var out []token
	for i := 0; i < len(p); {
		if !isWordRune(p[i]) {
			i++
			continue
		}
		j := i
		for j < len(p) && (isWordRune(p[j]) || (p[j] == '\'' || p[j] == '’') && j+1 < len(p) && unicode.IsLetter(p[j+1]) && j > i) {
			j++
		}
		text := string(p[i:j])
		fold := foldDiacritics(text)
		out = append(out, token{text: text, fold: fold, lower: strings.ToLower(fold), start: i, end: j})
		i = j
	}
	return out
}

func TestTokenizeAsPlain(t *testing.T) {
	paras, _ := testParagraphs(t)
	paras = append(paras, "De JBZ-Raad en de Raad's avonds: ÉÉN, één, Straße en JIT’s; x\u0301y 12a", "", "  ", "ABC", "ǅemal Över-Ĳssel")
	for _, s := range paras {
		rs := []rune(s)
		got, want := tokenize(rs), plainTokens(rs)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q):\n got %v\nwant %v", s, got, want)
		}
	}
}

func TestStartReSkipsStartsWithoutTheNeed(t *testing.T) {
	// "de JBZ-Raad" after the last month starts no match: it is not tried,
	// and the matches are the regexp's own.
	for _, s := range []string{
		"De JBZ-Raad van 12 en 13 juni 2025 in Luxemburg sprak erover; de JBZ-Raad zal er later op terugkomen en de Raad ook.",
		"De JBZ-Raad zal er later op terugkomen, op de JBZ-Raad van 4 december.",
		"De informele JBZ-Raad, de JBZ-Raad en de Raad Justitie en Binnenlandse Zaken van 3 maart.",
		"JBZ-Raad JBZ-Raad JBZ-Raad",
	} {
		want := meetingRe.re.FindAllStringSubmatchIndex(s, -1)
		if got := meetingRe.FindAllStringSubmatchIndex(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
	s := foldForGuard("de JBZ-Raad van 4 december; de JBZ-Raad later")
	f := needFrom{lits: meetingRe.needLits, folded: s, next: make([]int, len(meetingRe.needLits))}
	for k := range f.next {
		f.next[k] = -2
	}
	if len(meetingRe.needLits) == 0 || !f.holds(meetingRe.need, 3) || f.holds(meetingRe.need, 30) {
		t.Error("needFrom: the start before the month meets the need, the one after does not")
	}
}

func TestAgendaGuardsMatchAsPlain(t *testing.T) {
	_, sentences := testParagraphs(t)
	sentences = append(sentences,
		"een aantal lidstaten, waaronder Nederland, ",
		"in aanloop naar de bijeenkomst van de ",
		"het Voorzitterschap van ", "Presidency", " EU-voorzitterschap", "het inkomende ")
	for _, g := range []guardedRe{memberAmongRe, occasionBeforeRe, presidencyAfterRe, presidencyBeforeRe, otherPresidencyRe} {
		if g.lits == nil {
			t.Errorf("%s: no literals", g.re)
		}
		matches := 0
		for _, s := range sentences {
			for _, part := range []string{s, s[len(s)/2:], s[:len(s)/2]} {
				want := g.re.MatchString(part)
				if want {
					matches++
				}
				if got := g.MatchString(part); got != want {
					t.Fatalf("%s on %q: %v, want %v", g.re, part, got, want)
				}
			}
		}
		if matches == 0 {
			t.Errorf("%s: matches nothing", g.re)
		}
	}
}
