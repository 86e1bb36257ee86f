package ingest

import (
	"strings"
	"testing"
)

func TestJoinLines(t *testing.T) {
	// vocabulary: words the letter writes in the middle of a line elsewhere
	j := newJoiner([]string{
		"de rechtshandhaving en de publiek-private samenwerking",
		"de beëindiging van de opvang",
	})
	tests := []struct{ prev, next, want string }{
		{"het onderhandelingsre-", "sultaat op de", "het onderhandelingsresultaat op de"},
		{"een bijeen-", "komst in Antwerpen", "een bijeenkomst in Antwerpen"},
		{"lopende samenwer-", "kingen. Met", "lopende samenwerkingen. Met"},
		{"criminelen geavan-", "ceerde AI", "criminelen geavanceerde AI"},
		{"tekst van de veror-", "dening eind maart", "tekst van de verordening eind maart"},
		{"de afronding van het Asiel-", "en migratiepact", "de afronding van het Asiel- en migratiepact"},
		{"lidstaten en wet-", "en regelgeving.", "lidstaten en wet- en regelgeving."},
		{"Kennis-", "of expertise", "Kennis- of expertise"},
		{"de informele JBZ-", "Raad in", "de informele JBZ-Raad in"},
		{"de Europese AI-", "verordening", "de Europese AI-verordening"},
		{"op EU-", "niveau", "op EU-niveau"},
		{"via Noord-", "Afrika", "via Noord-Afrika"},
		{"in de periode 2023-", "2024", "in de periode 2023-2024"},
		{"versterking van de rechts-", "handhaving", "versterking van de rechtshandhaving"},
		{"het belang van publiek-", "private samenwerking", "het belang van publiek-private samenwerking"},
		{"met niet-", "coöperatieve rechtsgebieden", "met niet-coöperatieve rechtsgebieden"},
		{"de sociaal-", "economische gevolgen", "de sociaal-economische gevolgen"},
		{"sociale re-", "integratie", "sociale re-integratie"},
		{"bij de be-", "eindiging van de opvang", "bij de beëindiging van de opvang"},
		{"criminele netwerken of", "-markten", "criminele netwerken of -markten"},
		{"de kosten –", "die hoog zijn", "de kosten – die hoog zijn"},
		{"soft\u00ad", "hyphen", "softhyphen"},
	}
	for _, tt := range tests {
		if got := j.join([]string{tt.prev, tt.next}); got != tt.want {
			t.Errorf("join(%q, %q) = %q, want %q", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Eerste zin. Tweede zin.", []string{"Eerste zin.", "Tweede zin."}},
		{"Zie Kamerstuk 32 317, nr. 866. Daarna volgt meer.", []string{"Zie Kamerstuk 32 317, nr. 866.", "Daarna volgt meer."}},
		{"Op 20 december jl. instemde Coreper. Het EP volgt.", []string{"Op 20 december jl. instemde Coreper.", "Het EP volgt."}},
		{"Besproken op 20 december jl. Naar aanleiding daarvan volgt meer.", []string{"Besproken op 20 december jl.", "Naar aanleiding daarvan volgt meer."}},
		{"De brief d.d. 15 december 2023 en o.a. School gaan mee.", []string{"De brief d.d. 15 december 2023 en o.a. School gaan mee."}},
		{"Getekend door F.M. Weerwind en D. Yeşilgöz. Einde.", []string{"Getekend door F.M. Weerwind en D. Yeşilgöz.", "Einde."}},
		{"Dit is in Roemenië.[1] Dit is besproken.", []string{"Dit is in Roemenië.[1]", "Dit is besproken."}},
		{"Versie 3.1 is klaar. (Zie bijlage.) Verder.", []string{"Versie 3.1 is klaar.", "(Zie bijlage.)", "Verder."}},
		{"1. Strategische discussie over migratiebeleid", []string{"1. Strategische discussie over migratiebeleid"}},
		{"Wat nu? Dat weten we niet!", []string{"Wat nu?", "Dat weten we niet!"}},
		{"zonder punt aan het eind", []string{"zonder punt aan het eind"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.in)
		var got []string
		for _, s := range splitSentences(rs) {
			got = append(got, string(rs[s.Start:s.End]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestFindMarker(t *testing.T) {
	tests := []struct {
		s      string
		num    string
		strict bool
		want   int
	}{
		{"in Roemenië.1 Dit", "1", true, len("in Roemenië.")},
		{"fase bevonden.2 Voor", "2", true, len("fase bevonden.")},
		{"8 november jl.4", "4", true, len("8 november jl.")},
		{"gedeeld op 9 oktober 2023.6", "6", true, -1},
		{"gedeeld op 9 oktober 2023.6", "6", false, len("gedeeld op 9 oktober 2023.")},
		{"nr. 866 en 1 januari", "1", true, -1},
		{"artikel 3.1 van", "1", true, -1},
		{"COVID-19 en G7", "7", true, -1},
		{"de criminaliteit.52 Naar", "5", true, -1},
	}
	for _, tt := range tests {
		if got := findMarker(tt.s, 0, tt.num, tt.strict); got != tt.want {
			t.Errorf("findMarker(%q, %s, %v) = %d, want %d", tt.s, tt.num, tt.strict, got, tt.want)
		}
	}
}

// A small letter in the PDF-extracted format: a page break that continues a
// sentence after the footnotes, a page break that starts a new paragraph, a
// body line that starts with a number, and footnotes over two lines.
const miniLetter = ` Nr. 12  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID 

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal 

Den Haag, 3 april 2024 

Het kabinet heeft de stukken ontvangen.1 De Raad spreekt op 
25 en 26 april 2024 over de voorstellen en Nederland steunt die 

1 Verslag van de JBZ-Raad van 4 en 5 maart 2024 (Kamerstuk 32 317, 
nr. 880).
 in hoofdlijnen.2 Daarna volgt meer. 

2 Kamerstuk 32 317, nr. 881.
 Tweede alinea 

De Minister van Justitie en Veiligheid, 
D. Yeşilgöz-Zegerius
`

func TestParseMiniLetter(t *testing.T) {
	doc := mustParse(t, "mini.txt", []byte(miniLetter))
	var got []string
	for _, p := range doc.Paragraphs {
		got = append(got, string(p.Kind)+": "+p.Text)
	}
	want := []string{
		"number: Nr. 12",
		"title: BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID",
		"addressee: Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
		"dateline: Den Haag, 3 april 2024",
		"body: Het kabinet heeft de stukken ontvangen.[1] De Raad spreekt op 25 en 26 april 2024 over de voorstellen en Nederland steunt die in hoofdlijnen.[2] Daarna volgt meer.",
		"heading: Tweede alinea",
		"signature: De Minister van Justitie en Veiligheid,\nD. Yeşilgöz-Zegerius",
		"footnote: [1] Verslag van de JBZ-Raad van 4 en 5 maart 2024 (Kamerstuk 32 317, nr. 880).",
		"footnote: [2] Kamerstuk 32 317, nr. 881.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.Text != strings.Join(paragraphTexts(doc), "\n\n") {
		t.Error("Text is not the paragraphs joined by blank lines")
	}
	h := doc.Header
	if h.Number != "12" || h.Date != "2024-04-03" || h.Place != "Den Haag" || h.Kind != "brief" || h.Dossier != "" {
		t.Errorf("header %+v", h)
	}
	if doc.Paragraphs[4].Page != 1 || doc.Paragraphs[5].Page != 3 || doc.Paragraphs[7].Page != 1 {
		t.Errorf("pages %d %d %d", doc.Paragraphs[4].Page, doc.Paragraphs[5].Page, doc.Paragraphs[7].Page)
	}
}

func paragraphTexts(d *Doc) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func TestParseFullHeader(t *testing.T) {
	letter := " Tweede Kamer der Staten-Generaal \n2 \nVergaderjaar 2023–2024 \n\n21 501-20 Europese Raad \n\n" +
		"Nr. 1999  VERSLAG VAN EEN SCHRIFTELIJK OVERLEG \n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal \n" +
		"Den Haag, 1 maart 2024 \n\nTekst van de brief.\n"
	doc := mustParse(t, "x.txt", []byte(letter))
	h := doc.Header
	if h.Chamber != "Tweede Kamer der Staten-Generaal" || h.Session != "2023–2024" || h.Dossier != "21501-20" ||
		h.DossierTitle != "Europese Raad" || h.Number != "1999" || h.Kind != "verslag van een schriftelijk overleg" ||
		h.Date != "2024-03-01" || h.Addressee != "Voorzitter van de Tweede Kamer der Staten-Generaal" {
		t.Errorf("header %+v", h)
	}
	last := doc.Paragraphs[len(doc.Paragraphs)-1]
	if last.Kind != ParaBody || last.Text != "Tekst van de brief." {
		t.Errorf("body %+v", last)
	}
}

// mustParse is Parse(name, data), failing the test on an error.
func mustParse(t testing.TB, name string, data []byte) *Doc {
	t.Helper()
	doc, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkCases fails t for every input of cases that f (named fn in the
// messages) maps to anything but its value in cases.
func checkCases[V comparable](t *testing.T, fn string, f func(string) V, cases map[string]V) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %#v, want %#v", fn, in, got, want)
		}
	}
}

func TestPersonAndOfficeKeys(t *testing.T) {
	checkCases(t, "personKey", personKey, map[string]string{
		"D. Yeşilgöz-Zegerius":             "d-yesilgoz-zegerius",
		"D. Yesilgöz-Zegerius":             "d-yesilgoz-zegerius",
		"D. Yes\u0327ilgo\u0308z-Zegerius": "d-yesilgoz-zegerius", // decomposed
		"F.M. Weerwind":                    "f-m-weerwind",
		"F. M. Weerwind":                   "f-m-weerwind",
		"E. van der Burg":                  "e-van-der-burg",
		"M.H.M. Faber":                     "m-h-m-faber",
	})
	sig, ok := parseSignature("De Minister voor Rechtsbescherming,\nF.M. Weerwind")
	if !ok || sig.office != "Minister voor Rechtsbescherming" || sig.name != "F.M. Weerwind" {
		t.Errorf("parseSignature = %+v, %v", sig, ok)
	}
	if e := officeEntity(sig.office); e.Key != "minister-voor-rechtsbescherming" {
		t.Errorf("office key %q", e.Key)
	}
	for _, notSig := range []string{"Het kabinet meent,\ndat dit goed is.", "De Minister van Justitie en Veiligheid\nD. Yeşilgöz-Zegerius"} {
		if _, ok := parseSignature(notSig); ok {
			t.Errorf("parseSignature(%q) ok", notSig)
		}
	}
}

func TestResolveMeetingYears(t *testing.T) {
	letter, _ := parseISO("2024-01-15")
	tests := []struct {
		mm   meetingMention
		role meetingRole
		want string
		fix  bool
	}{
		{meetingMention{d1: 25, m1: 1, d2: 26, m2: 1, year: 2023}, roleAnnotates, "2024-01-25", true},
		{meetingMention{d1: 25, m1: 1, d2: 26, m2: 1, year: 2023}, roleMentions, "2023-01-25", false},
		{meetingMention{d1: 25, m1: 1, d2: 26, m2: 1}, roleAnnotates, "2024-01-25", false},
		{meetingMention{d1: 4, m1: 12, d2: 5, m2: 12, rel: "jl."}, roleMentions, "2023-12-04", false},
		{meetingMention{d1: 4, m1: 12, d2: 5, m2: 12}, roleMentions, "2023-12-04", false},
		{meetingMention{d1: 4, m1: 3, d2: 5, m2: 3, rel: "a.s."}, roleMentions, "2024-03-04", false},
		{meetingMention{d1: 4, m1: 12, d2: 5, m2: 12, year: 2024}, roleReportsOn, "2023-12-04", true},
		{meetingMention{d1: 30, m1: 11, d2: 1, m2: 12, year: 2023}, roleMentions, "2023-11-30", false},
	}
	for _, tt := range tests {
		r, ok := resolveMeeting(tt.mm, tt.role, letter, true)
		if !ok || iso(r.start) != tt.want || r.yearCorrected != tt.fix {
			t.Errorf("resolveMeeting(%+v, %d) = %s corrected %v (%v), want %s corrected %v", tt.mm, tt.role, iso(r.start), r.yearCorrected, ok, tt.want, tt.fix)
		}
	}
}

func TestFindMeetings(t *testing.T) {
	for s, want := range map[string]string{
		"de informele Raad Justitie en Binnenlandse Zaken op 25 en 26 januari 2023 in Brussel.": "informele Raad Justitie en Binnenlandse Zaken op 25 en 26 januari 2023 in Brussel",
		"het verslag van de JBZ-Raad van 4-5 december jl. is":                                   "JBZ-Raad van 4-5 december jl.",
		"de JBZ Raad van 4 en 5 december 2023 (Kamerstuk":                                       "JBZ Raad van 4 en 5 december 2023",
		"de JBZ-Raad van 12 en 13 juni a.s. in Luxemburg":                                       "JBZ-Raad van 12 en 13 juni a.s. in Luxemburg",
		"de JBZ-Raad van 8 juni 2023 in Europees verband":                                       "JBZ-Raad van 8 juni 2023",
		"Justice and Home Affairs Council of 9-10 March 2023":                                   "Justice and Home Affairs Council of 9-10 March 2023",
		"voorafgaand aan de informele JBZ-Raad, een bijeenkomst in Antwerpen":                   "",
	} {
		ms := findMeetings(s)
		got := ""
		if len(ms) > 0 {
			got = ms[0].written
		}
		if got != want {
			t.Errorf("findMeetings(%q) = %q, want %q", s, got, want)
		}
	}
}

// The parser's fast paths give what the code they skip gives: normaliseSource
// replaces each odd character as the replacer does and leaves a text
// without one as it is; classify's regexps change nothing where the fast
// path skips them; splitSentences keeps an enumerator's full stop.
func TestParseFastPathsAsPlain(t *testing.T) {
	for k := 0; k < len(sourceReplacements); k += 2 {
		s := "Het kabinet steunt het voorstel" + sourceReplacements[k] + "niet.\n"
		if got, want := normaliseSource(s), sourceReplacer.Replace(s); got != want {
			t.Errorf("normaliseSource(%q) = %q, want %q", s, got, want)
		}
	}
	if s := "Het kabinet – na overleg – steunt het voorstel.\nDe Raad stemt in."; normaliseSource(s) != s {
		t.Errorf("normaliseSource changed %q", s)
	}
	for _, s := range []string{"Europese havenalliantie", "Europese havenalliantie[3]", "II. Justitie", "12. Overige punten[4][5]", "Xenofobie", ""} {
		if trailMarkRe.MatchString(s) && !strings.HasSuffix(s, "]") || enumeratorRe.MatchString(s) && strings.IndexByte("IVX0123456789", s[0]) < 0 {
			t.Errorf("%q: a regexp matches where the fast path skips it", s)
		}
	}
	for _, c := range []struct {
		text string
		want int
	}{{"1. Strategische discussie over het beleid", 1}, {"II. Justitie", 1}, {"De Raad stemt in. Het kabinet ook.", 2}} {
		if got := len(splitSentences([]rune(c.text))); got != c.want {
			t.Errorf("splitSentences(%q): %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// TestJoinerForesees checks that the joiner, reading only the joined forms
// its own line ends ask for, joins as the whole vocabulary joins, and
// answers a form it did not foresee from the whole vocabulary.
func TestJoinerForesees(t *testing.T) {
	lines := []string{
		"De gemeente meldt dat de fietsenstalling bij het station",
		"vol is; de Fietsenstalling wordt uitgebreid en de veer-",
		"pont vaart om het uur. Over de fietsen-",
		"stalling is het college het eens, maar over de zee-",
		"egel en de oud-wethouder niet, noch over de oud-",
		"wethouder van Zuidwijk-Oost of de fiets-",
		"",
		"enstalling.",
	}
	foreseen := newJoiner(lines)
	whole := newJoiner(lines)
	whole.words() // reads every word before the first hyphen asks
	if got, want := foreseen.join(lines), whole.join(lines); got != want {
		t.Fatalf("join with the foreseen forms:\n%s\nwith the whole vocabulary:\n%s", got, want)
	}
	if foreseen.vocab != nil {
		t.Errorf("the joiner read the whole vocabulary for forms it foresaw")
	}
	if w, ok := foreseen.form("fietsenstalling"); !ok || w != "fietsenstalling" {
		t.Errorf(`form("fietsenstalling") = %q, %v; want the first spelling "fietsenstalling"`, w, ok)
	}
	if _, ok := foreseen.form("zeeegel"); ok {
		t.Errorf(`form("zeeegel") found a word the letter does not write`)
	}
	if w, ok := foreseen.form("uur"); !ok || w != "uur" || foreseen.vocab == nil {
		t.Errorf(`form("uur"), not foreseen = %q, %v; want "uur" from the whole vocabulary`, w, ok)
	}
	if w, ok := foreseen.form("oud-wethouder"); !ok || w != "oud-wethouder" {
		t.Errorf(`form("oud-wethouder") = %q, %v`, w, ok)
	}
}
