package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The act-naming audit (issue 12): every act of refdata/acts.tsv written
// in every form family that the development letters use, generated from
// the table (not typed per act), in fictional sentences, read as the
// extractor reads a paragraph (citations, COM numbers, names). Families:
//
//   - number forms: the Official Journal citation in Dutch and English, the
//     type word lower-case, "nr."/"Nr."/"No"/none, the authors and date
//     after it ("van het Europees Parlement en de Raad van 26 juni 2013"),
//     the Council compounds ("Raadsrichtlijn"), the bare number with its
//     series or "(EU)", the number without series after a type word, the
//     citation in brackets after a word for an act;
//   - name forms: each name of the act with and without hyphen and space,
//     lower-case, in the plural, after an article;
//   - COM numbers of refdata/proposals.tsv: "COM(2016) 270", "COM (2016)
//     270 final", "COM(2016)0270", "COM/2016/270", "COM(2016) 270 def.".
//
// Each family reports its hits; the test fails on any miss not listed as
// left out, and on any act read where the form names none.

// auditForm is one generated sentence and the act it names.
type auditForm struct {
	family, text, want string
}

// auditFrames are the sentences an act's designation is put in.
var auditFrames = []string{
	"Het kabinet verwijst naar %s.",
	"%s is op dit punt duidelijk.",
	"In de brief (zie %s) staat dat niet.",
}

// auditRead reads the acts a paragraph names, as x.acts does before
// dating: citations, COM numbers, then names outside them.
func auditRead(text string) []string {
	var out []string
	var cited [][2]int // rune spans
	for _, c := range findActs(text) {
		out = append(out, c.celex)
		cited = append(cited, [2]int{utf8.RuneCountInString(text[:c.start]), utf8.RuneCountInString(text[:c.end])})
	}
	for _, c := range findProposals(text) {
		out = append(out, c.celex)
		cited = append(cited, [2]int{c.start, c.end})
	}
	p := []rune(text)
	for _, m := range actIndex().names.scan(p, tokenize(p)) {
		if !overlaps(cited, m.start, m.end) {
			out = append(out, m.target)
		}
	}
	return out
}

var nlMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// numberForms are the citations of an act by its number.
func numberForms(r *actRecord) []auditForm {
	var out []auditForm
	add := func(family, s string) { out = append(out, auditForm{family, s, r.CELEX}) }
	typ := r.CELEX[5]
	nl := r.CitationNL
	en := r.displayName()
	add("number/nl", nl)
	add("number/en", en)
	add("number/en-council", r.CitationEN)
	word := strings.Fields(nl)[0]
	lower := strings.ToLower(word) + nl[len(word):]
	add("number/nl-lower", lower)
	add("number/nl-upper", strings.ToUpper(word)+nl[len(word):])
	authors := " van het Europees Parlement en de Raad"
	if strings.HasPrefix(r.CitationEN, "Council ") {
		authors = " van de Raad"
	}
	add("number/nl-authors", nl+authors)
	add("number/nl-authors-date", fmt.Sprintf("%s%s van 12 %s %d", nl, authors, nlMonths[r.Number%12], r.Year))
	// the number without its series after a type word
	num := fmt.Sprintf("%d/%d", r.Year, r.Number)
	if typ == 'R' && r.Year < 2015 {
		num = fmt.Sprintf("%d/%d", r.Number, r.Year)
	}
	if typ != 'R' && r.Year < 2000 {
		num = fmt.Sprintf("%02d/%d", r.Year%100, r.Number)
	}
	add("number/no-series", strings.ToLower(word)+" "+num)
	switch {
	case typ == 'R' && r.Year < 2015:
		add("number/nr-capital", strings.Replace(nl, " nr. ", " Nr. ", 1))
		add("number/no-nr", strings.Replace(nl, " nr. ", " ", 1))
		add("number/bare", nl[len(word)+1:])
		add("number/council-compound", "Raadsverordening "+nl[len(word)+1:])
	case r.Year >= 2015:
		add("number/bare", nl[len(word)+1:])
		add("number/nr-since-2015", strings.Replace(nl, "(EU) ", "(EU) nr. ", 1))
		if typ != 'R' {
			// "Richtlijn 2016/680/EU": the old order of series kept
			add("number/series-since-2015", fmt.Sprintf("%s %d/%d/EU", word, r.Year, r.Number))
		}
	default:
		rest := nl[len(word)+1:]
		add("number/bare", rest)
		add("number/bracketed", "de "+strings.ToLower(word)+" ("+rest+")")
		if typ == 'L' {
			add("number/council-compound", "Raadsrichtlijn "+rest)
		}
	}
	return out
}

// nameForms are the names of an act in the forms letters write them.
func nameForms(r *actRecord, owner map[string]string) []auditForm {
	var out []auditForm
	seen := map[string]bool{}
	add := func(family, s string) {
		if !seen[family+s] {
			seen[family+s] = true
			out = append(out, auditForm{family, s, r.CELEX})
		}
	}
	for _, n := range r.allNames() {
		if n == "" || strings.ContainsAny(n, "()") || owner[squash(n)] != r.CELEX {
			continue
		}
		add("name/as-is", n)
		if isAcronym(n) {
			continue
		}
		add("name/article", "de "+n)
		add("name/lower", strings.ToLower(n))
		if first, size := utf8.DecodeRuneInString(n); unicode.IsLower(first) {
			add("name/capital", string(unicode.ToUpper(first))+n[size:])
		}
		if strings.Contains(n, "-") {
			add("name/hyphen-space", strings.ReplaceAll(n, "-", " "))
			// "GVVA-richtlijn" as "GVVArichtlijn" only where the part before
			// the hyphen is a word, not an acronym
			if i := strings.LastIndex(n, "-"); i > 0 && !isAcronym(n[:i]) {
				add("name/hyphen-joined", n[:i]+strings.ToLower(n[i+1:]))
			}
		}
		for _, suf := range []string{"richtlijn", "verordening", "besluit"} {
			low := strings.ToLower(n)
			if strings.HasSuffix(low, suf) && len(low) > len(suf) {
				stem := n[:len(n)-len(suf)]
				if !strings.HasSuffix(stem, "-") && !strings.HasSuffix(stem, " ") {
					add("name/compound-hyphen", stem+"-"+suf)
				}
			}
		}
		for _, pl := range actNamePlurals(n) {
			add("name/plural", "de "+pl)
		}
		// a Roman numeral joined by a hyphen or a space: "Dublin III-verordening",
		// "Dublin-III-verordening", "Dublin III verordening"
		if f := strings.Fields(n); len(f) >= 2 {
			for k := 1; k < len(f); k++ {
				w := strings.SplitN(f[k], "-", 2)[0]
				if w != "bis" && isNumeral(w) && !strings.ContainsAny(w, "0123456789") {
					add("name/numeral-hyphen", strings.Join(f[:k], " ")+"-"+strings.Join(f[k:], " "))
					add("name/numeral-space", strings.Join(f[:k], " ")+" "+strings.ReplaceAll(strings.Join(f[k:], " "), "-", " "))
				}
			}
		}
		// the type word first after a stem that names a thing: "het
		// kaderbesluit EAB", "de verordening Eurodac"; and the acronym in
		// brackets after the words it stands for: "Passenger Name Record
		// (PNR)-richtlijn"
		for _, suf := range []string{"kaderbesluit", "richtlijn", "verordening"} {
			if i := strings.LastIndex(n, "-"); i > 0 && strings.EqualFold(n[i+1:], suf) && !strings.ContainsAny(n[:i], " -") {
				if stem := n[:i]; isAcronym(stem) || unicode.IsUpper([]rune(stem)[0]) {
					add("name/type-first", "de "+suf+" "+stem)
				}
				if stem := n[:i]; isAcronym(stem) {
					add("name/bracketed-acronym", "de Zeer Lange Naam ("+stem+")-"+n[i+1:])
				}
			}
		}
		// a Dutch name "Richtlijn X" / "Verordening X" as a proposal's title
		if f := strings.Fields(n); len(f) >= 3 && (f[0] == "Richtlijn" || f[0] == "Verordening") && !nameStopWords[strings.ToLower(f[1])] {
			add("name/proposal-title", "het voorstel voor een "+strings.ToLower(f[0])+" betreffende "+strings.Join(f[1:], " "))
		}
	}
	return out
}

// comForms are the ways letters write the COM number of a proposal.
func comForms(year, num int, celex string) []auditForm {
	var out []auditForm
	for _, f := range []string{"COM(%d) %d", "COM (%d) %d", "(COM(%d) %d)", "COM(%d) %d final - 2099/0001 (COD)", "COM(%d)%d", "COM(%d) %d final", "COM (%d) %d definitief",
		"COM(%d) %d def.", "COM(%d) %04d", "COM/%d/%d", "COM/%d/%04d final"} {
		out = append(out, auditForm{"com", fmt.Sprintf(f, year, num), celex})
	}
	return out
}

// auditCases builds the whole audit from the reference data.
func auditCases() []auditForm {
	owner := map[string]string{}
	for _, r := range actTable() {
		for _, n := range r.allNames() {
			if _, ok := owner[squash(n)]; !ok {
				owner[squash(n)] = r.CELEX
			}
		}
	}
	var out []auditForm
	for i := range actTable() {
		r := &actTable()[i]
		out = append(out, numberForms(r)...)
		out = append(out, nameForms(r, owner)...)
	}
	// "de herziene X", "de nieuwe X": the revision the data know
	for old, rev := range actIndex().names.revised {
		r := actIndex().byCELEX[old]
		for _, n := range r.allNames() {
			if n != "" && !isAcronym(n) && !strings.ContainsAny(n, "()") && owner[squash(n)] == old {
				out = append(out, auditForm{"name/revised", "de herziene " + n, rev}, auditForm{"name/new", "een nieuwe " + n, rev})
			}
		}
	}
	// an agency's regulation by the agency's full name
	for _, ph := range agencyRegulationNames(actTable(), owner) {
		// where the data name another act so ("Verordening Europese grens- en
		// kustwacht" is 2016/1624), the data's name wins
		rs := []rune(ph.text)
		if ms := actIndex().names.dict.scan(rs, tokenize(rs)); len(ms) > 0 {
			continue
		}
		if strings.HasPrefix(ph.text, "verordening betreffende het ") || strings.HasPrefix(ph.text, "verordening inzake de ") {
			out = append(out, auditForm{"name/agency-regulation", "de " + ph.text, ph.target})
		}
	}
	for _, p := range reference().proposals {
		out = append(out, comForms(p.Year, p.Number, p.CELEX)...)
	}
	return out
}

// auditLeftOut are forms the audit knows the reader does not read, each
// with the reason; a form listed here that the reader reads fails the test
// too (the list must shrink, not rot).
var auditLeftOut = map[string]string{
	"QD":  "a two-letter acronym, read only by ResolveActRef",
	"QR":  "a two-letter acronym, read only by ResolveActRef",
	"LED": "LED lighting in running text (textStopAcronyms)",
}

func TestActFormAudit(t *testing.T) {
	type tally struct{ hit, miss int }
	fam := map[string]*tally{}
	var misses []string
	for _, c := range auditCases() {
		tl := fam[c.family]
		if tl == nil {
			tl = &tally{}
			fam[c.family] = tl
		}
		ok := true
		var got []string
		for _, frame := range auditFrames {
			text := fmt.Sprintf(frame, c.text)
			if strings.HasPrefix(frame, "%s") {
				if first, size := utf8.DecodeRuneInString(c.text); unicode.IsLower(first) {
					text = string(unicode.ToUpper(first)) + text[size:]
				}
			}
			got = auditRead(text)
			if len(got) != 1 || got[0] != c.want {
				ok = false
				break
			}
		}
		_, leftOut := auditLeftOut[c.text]
		switch {
		case ok && leftOut:
			t.Errorf("%s %q is read now: take it off auditLeftOut", c.family, c.text)
		case ok:
			tl.hit++
		case leftOut:
			tl.miss++
		default:
			tl.miss++
			misses = append(misses, fmt.Sprintf("%s %q: got %v, want %s", c.family, c.text, got, c.want))
		}
	}
	var names []string
	for f := range fam {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		t.Logf("%-26s %4d read, %3d missed", f, fam[f].hit, fam[f].miss)
	}
	for _, m := range misses {
		t.Error(m)
	}
}

// auditNonActs are fictional sentences with no act in them: act words and
// numbers that are not citations, names inside other words, proposals never
// adopted.
var auditNonActs = []string{
	"De verordening is in 2013/2014 besproken.",
	"Het voorstel COM(2018) 634 is niet aangenomen, COM(2013) 95 evenmin.",
	"Het voorstel voor een verordening (2016/0133 (COD)) ligt bij de Raad.",
	"De procedure 2016/0133(COD) loopt nog.",
	"Het besluit van 12/3 is genomen.",
	"Zie Kamerstuk 32317, nr. 604 en nr. 2013/14.",
	"De richtlijn van 2011 is in 2013 herzien.",
	"Het verslag 2015/2016 van de Raad is verschenen.",
	"In de periode 2014-2020 is 2,5/3 van het budget besteed.",
	"De opvangrichtlijnbepalingen en de Dublinverordeningsteksten zijn besproken.",
}

func TestActFormAuditNonActs(t *testing.T) {
	for _, s := range auditNonActs {
		if got := auditRead(s); len(got) > 0 {
			t.Errorf("%q: acts %v, want none", s, got)
		}
	}
}

// Rules the audit found missing, on fictional sentences: plurals compound
// as names do; names with a comma or an apostrophe between their words;
// an EU citation with "nr." and a first number from 2015 on is in the
// single numbering.
func TestActFormAuditRules(t *testing.T) {
	for text, want := range map[string]string{
		"De lidstaten passen de Prüm-besluiten al jaren toe.":                                   "32008D0615",
		"De lidstaten passen de Prümbesluiten al jaren toe.":                                    "32008D0615",
		"Beide Eurodacverordeningen regelen de opslag.":                                         "32013R0603",
		"Het kabinet steunt de e-Privacyrichtlijnen niet.":                                      "32002L0058",
		"De Entry/Exit System Regulations zijn besproken.":                                      "32017R2226",
		"De Opvangrichtlijn en de Terugkeerrichtlijn.":                                          "32013L0033 32008L0115",
		"Volgens de Citizens’ Rights Directive mag dat.":                                        "32004L0038",
		"De richtlijn hulp bij illegale binnenkomst, doortocht en verblijf geldt ook hier.":     "32002L0090",
		"De richtlijn hulp bij illegale binnenkomst; doortocht en verblijf zijn besproken.":     "",
		"De Citizens Rights, Directive":                                                         "",
		"Zie Verordening (EU) nr. 2016/1953 van het Europees Parlement en de Raad.":             "32016R1953",
		"Zie de verordening (EU) nr. 2016/1953.":                                                "32016R1953",
		"Zie Verordening (EG) nr. 2007/2004 van de Raad.":                                       "32004R2007",
		"De lidstaten brengen hun recht in lijn met het kaderbesluit EAB.":                      "32002F0584",
		"De verordening Eurodac is gewijzigd.":                                                  "32013R0603",
		"Zij bespraken de herziene verordening Eurodac.":                                        "32024R1358",
		"De Passagiers Namen Register (PNR)-richtlijn is omgezet.":                              "32016L0681",
		"De richtlijn ICT-beveiliging is een interne richtlijn.":                                "",
		"Het besluit Europol meer geld te geven viel in juni.":                                  "",
		"De Zeer Lange Naam (ZLN)-richtlijn bestaat niet.":                                      "",
		"Zij spraken over de verordening betreffende het Drugsagentschap van de Europese Unie.": "32023R1322",
		"De verordening tot oprichting van een Europees Ondersteuningsbureau voor asielzaken.":  "32021R2303",
		"Het kabinet steunt de verordening over Frontex.":                                       "32019R1896",
		"Het besluit over Frontex valt later.":                                                  "",
		"De verordening betreffende de Raad van Europa bestaat niet.":                           "",
		"Zie Verordening (EU) nr. 1052/2013 over Eurosur.":                                      "32013R1052",
	} {
		if got := strings.Join(auditRead(text), " "); got != want {
			t.Errorf("%q: acts %q, want %q", text, got, want)
		}
	}
}
