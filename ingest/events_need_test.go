package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devSentences are the sentences of the development letters.
func devSentences(t *testing.T) []string {
	var out []string
	for _, doc := range parsedLetters(t, "testdata/real/dev/letters/*.txt") {
		text := []rune(doc.Text)
		for _, p := range doc.Paragraphs {
			for _, s := range p.Sentences {
				out = append(out, string(text[s.Start:s.End]))
			}
		}
	}
	return out
}

// parsedLetters parses the letters matching glob under the repository root,
// leaving out those Parse refuses.
func parsedLetters(t *testing.T, glob string) []*Doc {
	files, _ := filepath.Glob(filepath.Join(repoRoot(t), glob))
	var out []*Doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := Parse(filepath.Base(f), data); err == nil {
			out = append(out, doc)
		}
	}
	return out
}

// A litNeed asks for a literal of every part of a match: both words of
// "nam ... aan", one of an alternation's.
func TestLitNeedAsksEveryPart(t *testing.T) {
	n := needOf(`(?i)\b(?:nam|stelde)\b[^,;:]*\baan\b|\bvastgesteld\b`)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"de raad stelde het plan op 2 mei aan", true},
		{"de werkgroep nam het verslag aan", true},
		{"het plan is vastgesteld", true},
		{"de ministers spraken over samenwerking aan de grens", false}, // "aan" alone
		{"de raad stelde een vraag", false},                            // "stelde" alone
	} {
		if got := n.holds(foldForGuard(c.text)); got != c.want {
			t.Errorf("holds(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !needOf(`(?i)a*|b`).always() || !needOf(`(?i)\bx?\b`).always() {
		t.Error("a pattern with a match holding no literal needs one")
	}
	// The adoption cue's guard passes on "aan"; its need does not.
	const s = "De ministers spraken op 3 maart over samenwerking aan de grens."
	for k, c := range eventCues {
		if c.class == "adoption" && strings.Contains(c.re.re.String(), "aannam") {
			if !c.re.mayMatch(foldForGuard(s)) || eventCueNeeds()[k].holds(foldForGuard(s)) {
				t.Errorf("adoption: guard %v, need %v on %q", c.re.mayMatch(foldForGuard(s)), eventCueNeeds()[k].holds(foldForGuard(s)), s)
			}
		}
	}
}

// What a regexp's matches need holds wherever it matches: on the test
// letters' paragraphs and sentences, scrambled too, and the words before
// each of their dates, where the regexps anchored at the end look.
func TestNeedsHoldWhereTheRegexpsMatch(t *testing.T) {
	paras, sentences := testParagraphs(t)
	if !testing.Short() {
		sentences = append(sentences, devSentences(t)...)
	}
	var befores []string
	for _, s := range sentences {
		for _, m := range eventDateRe.FindAllStringSubmatchIndex(s) {
			befores = append(befores, s[:m[0]])
		}
	}
	texts := append(append(paras, sentences...), befores...)
	texts = append(texts,
		"Als vervolg op de brief van ", "de goedkeuring van de verklaring van de JBZ-Raad op ",
		"het voorstel van de Europese Commissie d.d. ", "EU-voorstel d.d. ", "tijdens de informele bijeenkomst van ",
		"Het kabinet hoopt dat de Raad op 3 maart kan instemmen", "Het voorstel kan op 4 juni worden aangenomen",
		"De Raad stelde op 3 maart het onderhandelingsmandaat vast.", "Kroatië is op 1 juli 2013 toegetreden tot de Unie.",
		"De looptijd van de regeling eindigt op 1 mei.", "De implementatiedatum is 3 mei 2030.",
		"Op 4 mei werd een voorlopig akkoord bereikt.", "Op 9 mei heeft de Commissie een mededeling gepubliceerd.",
		"de uitkomst van de informele bijeenkomst op ", "de bijeenkomst van de Raad van 3 maart 2031 in Brussel",
		"de bijeenkomst van de JBZ-ministers van 4 maart 2031", "het voorstel tot wijziging van de ", "EU-voorstel: Herziening ")
	res := map[string]neededRe{"councilApprovalBeforeRe": councilApprovalBeforeRe, "plannedRe": plannedRe,
		"followUpDateBeforeRe": followUpDateBeforeRe, "ofMeetingDateBeforeRe": ofMeetingDateBeforeRe,
		"commissionDocBeforeRe": commissionDocBeforeRe, "registeredProposalDateRe": registeredProposalDateRe}
	for k, c := range eventCues {
		res[c.class+"#"+string(rune('a'+k))] = neededRe{re: c.re.re, need: eventCueNeeds()[k]}
	}
	res["backReferenceRe"] = backReferenceRe
	res["revisionBeforeRe"] = revisionBeforeRe
	res["amendedRe"] = neededRe{re: amendedRe, need: amendedNeed()}
	for name, r := range map[string]neededRe{"checksRe": checksRe, "checksStartRe": checksStartRe, "checksStopRe": checksStopRe,
		"internalChecksRe": internalChecksRe, "accessionRe": accessionRe, "applicationRe": applicationRe, "extendRe": extendRe} {
		res[name] = r
	}
	res["meetingRe"] = neededRe{re: meetingRe.re, need: meetingNeed(meetingRe)}
	res["meetingBareRe"] = neededRe{re: meetingBareRe.re, need: meetingNeed(meetingBareRe)}
	res["meetingMinistersRe"] = neededRe{re: meetingMinistersRe.re, need: meetingNeed(meetingMinistersRe)}
	for name, r := range res {
		if r.need.always() {
			t.Errorf("%s: needs nothing", name)
		}
		matches := 0
		for _, s := range texts {
			if !r.need.holds(foldForGuard(s)) {
				if r.re.MatchString(s) {
					t.Fatalf("%s matches %q, whose need does not hold", name, s)
				}
				continue
			}
			if r.re.MatchString(s) {
				matches++
			}
		}
		if matches == 0 {
			t.Errorf("%s: no match to test its need on", name)
		}
	}
}
