package ingest

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"jhagraph/graph"
)

// The signature audit: every term of refdata/officeholders.tsv signs a
// short fictional letter dated inside the term, in each layout family the
// development letters (testdata/real/dev/letters, ../shared/corpus/real)
// print a signature in, and the extraction must give SIGNED from the
// person the data record (the key of name_signed) with the office of the
// term. The families:
//
//	two-lines   "De Minister van Justitie en Veiligheid,\nD. Yeşilgöz-Zegerius"
//	lower       "De minister van Buitenlandse Zaken,\nU. Rosenthal" (old KOOP pages)
//	split       office line, blank line, name (tkconv pages of 2010–2012)
//	spaced      "De staatssecretaris van Buitenlandse Zaken,\n\nH. P. M. Knapen"
//	one-line    "De Minister van Buitenlandse Zaken, A.G. Koenders" (web pages)
//	given       "De Staatssecretaris van Justitie en Veiligheid,\n\nAnkie Broekers-Knol"
//	furniture   the name line followed, without a blank line, by the next
//	            document's heading ("Fiche: Verordening …", BNC fiches)
//	second      a second signer's block right after the first (several signers)
//	second-tight the second block on the next line, on one line (kst-32317-970)
//	misspelt    "De Staatsecretaris van …," (a web page of Kamerstuk 32 317)
//	blanks      several blank lines between office and name
//	wrapped     "De Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,"
//	premier     "De Minister-President,\nMinister van Algemene Zaken,\nM. Rutte"
//	folded      the name without its diacritics
//	initial     the first initial only ("D. van Weel"; "T. Berendsen")
//	glued       initials glued to the surname ("D.M.van Weel")
//	misprinted  a wrong initial: the holder of the office with that surname
//	titled      "mr. D. Yeşilgöz-Zegerius"
//	acting      "De Minister van Buitenlandse Zaken a.i.," for an acting holder
//	variant     every full name and variant of the data with initials or a
//	            given name ("M-F. Agema", "Dilan Yeşilgöz")
//
// Negatives: sentences after an office that are no name, addressees and
// ministers mentioned in the text give no signatory.

var sigAuditMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december"}

// auditDate is a day inside the term: the middle of a closed term, a month
// after the start of one that runs.
func sigAuditDate(t *officeTerm) (time.Time, bool) {
	start, err := time.Parse("2006-01-02", t.Start)
	if err != nil {
		return time.Time{}, false
	}
	end := start.AddDate(0, 2, 0)
	if t.End != "" {
		if end, err = time.Parse("2006-01-02", t.End); err != nil {
			return time.Time{}, false
		}
	}
	d := start.Add(end.Sub(start) / 2).Truncate(24 * time.Hour)
	if !d.Before(end) || d.Before(start) {
		d = start
	}
	return d, true
}

func sigDutchDate(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), sigAuditMonths[d.Month()-1], d.Year())
}

// spacedInitials writes "H.P.M. Knapen" as "H. P. M. Knapen".
func spacedInitials(name string) string {
	m := initialsRe.FindString(name)
	if m == "" {
		return name
	}
	var parts []string
	for _, p := range strings.Split(m, ".") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p+".")
		}
	}
	return strings.Join(parts, " ") + " " + strings.TrimSpace(name[len(m):])
}

// givenName writes the signer with the given name the full name begins
// with ("Ankie Broekers-Knol"), or "" when the data give none.
func givenName(t *officeTerm) string {
	_, rest := splitName(t.NameSigned)
	full := strings.Fields(t.FullName)
	if len(full) < 2 || strings.HasSuffix(full[0], ".") {
		return ""
	}
	if rest == "" || strings.Contains(rest, ".") || initialsRe.FindString(stripTitles(t.NameSigned)) == "" {
		return ""
	}
	return full[0] + " " + rest
}

type sigAuditLayout struct {
	family string
	// block returns the signature block(s) and the signers expected, or
	// ok false when the family does not apply to the term.
	block func(t *officeTerm, other *officeTerm) (text string, want []string, ok bool)
}

func sigAuditWant(name, office string) string {
	p, ok := lookupPerson(name)
	key := personKey(name)
	if ok {
		key = p.key
	}
	return key + "|" + slug(office)
}

var sigAuditLayouts = []sigAuditLayout{
	{"two-lines", func(t, _ *officeTerm) (string, []string, bool) {
		return "De " + t.Office + ",\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"lower", func(t, _ *officeTerm) (string, []string, bool) {
		o := strings.ToLower(t.Office[:1]) + t.Office[1:]
		return "De " + o + ",\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"split", func(t, _ *officeTerm) (string, []string, bool) {
		o := strings.ToLower(t.Office[:1]) + t.Office[1:]
		return "De " + o + ",\n\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"spaced", func(t, _ *officeTerm) (string, []string, bool) {
		s := spacedInitials(t.NameSigned)
		if s == t.NameSigned {
			return "", nil, false
		}
		return "De " + t.Office + ",\n\n" + s, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"one-line", func(t, _ *officeTerm) (string, []string, bool) {
		return "De " + t.Office + ", " + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"given", func(t, _ *officeTerm) (string, []string, bool) {
		g := givenName(t)
		if g == "" {
			return "", nil, false
		}
		return "De " + t.Office + ",\n\n" + g, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"furniture", func(t, _ *officeTerm) (string, []string, bool) {
		return "De " + t.Office + ",\n" + t.NameSigned + "\nFiche: Verordening betreffende de terugkeer van onderdanen van derde landen",
			[]string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"second", func(t, o *officeTerm) (string, []string, bool) {
		if o == nil {
			return "", nil, false
		}
		return "De " + t.Office + ",\n" + t.NameSigned + "\n\nDe " + o.Office + ",\n" + o.NameSigned,
			[]string{personKey(t.NameSigned) + "|" + slug(t.Office), personKey(o.NameSigned) + "|" + slug(o.Office)}, true
	}},
	{"second-tight", func(t, o *officeTerm) (string, []string, bool) {
		// the blocks without a blank line between them, the second on one line (kst-32317-970)
		if o == nil {
			return "", nil, false
		}
		return "De " + t.Office + ",\n" + t.NameSigned + "\nDe " + o.Office + ", " + o.NameSigned,
			[]string{personKey(t.NameSigned) + "|" + slug(t.Office), personKey(o.NameSigned) + "|" + slug(o.Office)}, true
	}},
	{"misspelt", func(t, _ *officeTerm) (string, []string, bool) {
		rest, ok := strings.CutPrefix(t.Office, "Staatssecretaris")
		if !ok {
			return "", nil, false
		}
		return "De Staatsecretaris" + rest + ",\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"blanks", func(t, _ *officeTerm) (string, []string, bool) {
		return "De " + t.Office + ",\n\n\n\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"wrapped", func(t, _ *officeTerm) (string, []string, bool) {
		o := "De " + t.Office + ","
		i := strings.LastIndex(o[:min(len(o), 45)], " ")
		if len(o) < 45 || i < 0 {
			return "", nil, false
		}
		return o[:i] + "\n" + o[i+1:] + "\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"premier", func(t, _ *officeTerm) (string, []string, bool) {
		if t.Office != "Minister van Algemene Zaken" {
			return "", nil, false
		}
		return "De Minister-President,\nMinister van Algemene Zaken,\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"folded", func(t, _ *officeTerm) (string, []string, bool) {
		f := foldDiacritics(t.NameSigned)
		if f == t.NameSigned {
			return "", nil, false
		}
		return "De " + t.Office + ",\n" + f, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"initial", func(t, _ *officeTerm) (string, []string, bool) {
		initials, rest := splitName(t.NameSigned)
		if initials == "" { // signed under the name as reported: "Tom Berendsen" signs "T. Berendsen"
			f := strings.Fields(rest)
			if len(f) < 2 {
				return "", nil, false
			}
			initials, rest = strings.ToLower(f[0][:1]), strings.Join(f[1:], " ")
		} else if len(initials) < 2 {
			return "", nil, false
		}
		return "De " + t.Office + ",\n" + strings.ToUpper(initials[:1]) + ". " + rest, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"glued", func(t, _ *officeTerm) (string, []string, bool) {
		m := initialsRe.FindString(t.NameSigned)
		if m == "" {
			return "", nil, false
		}
		return "De " + t.Office + ",\n" + strings.TrimSpace(m) + strings.TrimSpace(t.NameSigned[len(m):]), []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"misprinted", func(t, _ *officeTerm) (string, []string, bool) {
		// a misprinted initial: the one holder of the office on the day with that surname
		m := initialsRe.FindString(t.NameSigned)
		if m == "" || strings.HasPrefix(m, "Q") {
			return "", nil, false
		}
		return "De " + t.Office + ",\nQ. " + strings.TrimSpace(t.NameSigned[len(m):]), []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"titled", func(t, _ *officeTerm) (string, []string, bool) {
		return "De " + t.Office + ",\nmr. " + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
	{"acting", func(t, _ *officeTerm) (string, []string, bool) {
		if !strings.Contains(t.Cabinet, "a.i.") {
			return "", nil, false
		}
		return "De " + t.Office + " a.i.,\n" + t.NameSigned, []string{personKey(t.NameSigned) + "|" + slug(t.Office)}, true
	}},
}

// auditLetter is a short fictional letter signed with block.
func sigAuditLetter(date time.Time, block string) string {
	return "99 999 Terugkeer\n\nNr. 1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n" +
		"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n" +
		"Den Haag, " + sigDutchDate(date) + "\n\n" +
		"Hierbij informeer ik uw Kamer over de voortgang van de onderhandelingen over het voorstel.\n\n" +
		"Het kabinet blijft zich inzetten voor een spoedig akkoord.\n\n" + block + "\n"
}

// readExtract reads a letter as the ingest does (Read: a text that is not
// in the PDF layout is read as a web page's), parses and extracts it.
func readExtract(name, text string) (graph.DocumentGraph, error) {
	l, err := Read(name, []byte(text))
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	doc, err := Parse(name, l.Text)
	if err != nil {
		return graph.DocumentGraph{}, err
	}
	return Extract(doc, l.Meta)
}

func signedKeys(g graph.DocumentGraph) []string {
	var out []string
	for _, r := range g.Relations {
		if r.Type == graph.RelSigned {
			o, _ := r.Props["office"].(string)
			out = append(out, r.From.Key+"|"+slug(o))
		}
	}
	sort.Strings(out)
	return out
}

func TestSignatureAudit(t *testing.T) {
	terms := reference().terms
	// other: a term of another person that runs on the same day, for the
	// family of two signers.
	other := func(i int, d string) *officeTerm {
		for j := range terms {
			o := &terms[j]
			if o.NameSigned != terms[i].NameSigned && covers(o, d) {
				return o
			}
		}
		return nil
	}
	total, failed := map[string]int{}, map[string]int{}
	var shown int
	for i := range terms {
		tm := &terms[i]
		date, ok := sigAuditDate(tm)
		if !ok {
			t.Errorf("row %d: bad term %s–%s", tm.line, tm.Start, tm.End)
			continue
		}
		iso := date.Format("2006-01-02")
		type job struct {
			family, block string
			want          []string
		}
		var jobs []job
		for _, l := range sigAuditLayouts {
			if block, want, ok := l.block(tm, other(i, iso)); ok {
				jobs = append(jobs, job{l.family, block, want})
			}
		}
		// every variant of the data with initials or a given name, as the
		// signed name
		for _, v := range append([]string{tm.FullName}, tm.Variants...) {
			if initials, rest := splitName(v); initials != "" || len(strings.Fields(rest)) > 1 {
				jobs = append(jobs, job{"variant", "De " + tm.Office + ",\n" + v, []string{personKey(tm.NameSigned) + "|" + slug(tm.Office)}})
			}
		}
		for _, j := range jobs {
			l, block, want := struct{ family string }{j.family}, j.block, j.want
			total[l.family]++
			g, err := readExtract("kst-99999-1.txt", sigAuditLetter(date, block))
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			sort.Strings(want)
			if got := signedKeys(g); strings.Join(got, " ") != strings.Join(want, " ") {
				failed[l.family]++
				if shown < 40 {
					shown++
					t.Errorf("%s, %s (%s): signed %v, want %v\n%s", l.family, tm.NameSigned, iso, got, want, block)
				}
			}
		}
	}
	logFamilies(t, "%-10s", "blocks", total, failed)
}

// The signatories an OpenTK page lists in its furniture ("Gerelateerde
// personen:- Eerste ondertekenaar: D. Yesilgöz-Zegerius, minister van
// Justitie en Veiligheid (VVD)"), with the name as the Tweede Kamer writes
// it (as signed, without diacritics, with the first initial only), and the
// letter's own signature block under the page: one SIGNED per signer, from
// the person the data record, with the office of the term.
func TestSignatureAuditOpenTK(t *testing.T) {
	terms := reference().terms
	total, failed := map[string]int{}, map[string]int{}
	shown := 0
	for i := range terms {
		tm := &terms[i]
		date, ok := sigAuditDate(tm)
		if !ok {
			continue
		}
		iso := date.Format("2006-01-02")
		initials, rest := splitName(tm.NameSigned)
		variants := map[string]string{"signed": tm.NameSigned, "folded": foldDiacritics(tm.NameSigned)}
		if len(initials) > 1 {
			variants["initial"] = strings.ToUpper(initials[:1]) + ". " + rest
		}
		office := strings.ToLower(tm.Office[:1]) + tm.Office[1:]
		for form, name := range variants {
			for _, block := range []bool{false, true} {
				family := form
				if block {
					family += "+block"
				}
				total[family]++
				page := "Voortgang van de onderhandelingen\nBrief regering\nNummer: 2027D12345, datum: " + iso +
					", bijgewerkt: " + iso + " 10:09, versie: 1\nDirecte link naar document (.docx), link naar pagina op de Tweede Kamer site.\n" +
					"Gerelateerde personen:- Eerste ondertekenaar: " + name + ", " + office + " (Ooit XYZ kamerlid)\n" +
					"Preview document (🔗 origineel)\n" +
					"Hierbij informeer ik uw Kamer over de voortgang van de onderhandelingen over het voorstel.\n" +
					"Het kabinet blijft zich inzetten voor een spoedig akkoord.\n"
				if block {
					page += "De " + tm.Office + ",\n\n" + tm.NameSigned + "\n"
				}
				g, err := readExtract("tk-2027D12345.txt", page)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				want := personKey(tm.NameSigned) + "|" + slug(tm.Office)
				if got := signedKeys(g); strings.Join(got, " ") != want {
					failed[family]++
					if shown < 30 {
						shown++
						t.Errorf("%s, %q, %s (%s): signed %v, want %s", family, name, office, iso, got, want)
					}
				}
			}
		}
	}
	logFamilies(t, "%-14s", "pages", total, failed)
}

// A tweedekamer.nl page: one line per printed line, no blank lines, the
// signature on two lines, on one line or with its office wrapped, and at
// the end the list "Ondertekenaars".
func TestSignatureAuditTweedeKamer(t *testing.T) {
	terms := reference().terms
	total, failed := map[string]int{}, map[string]int{}
	shown := 0
	for i := range terms {
		tm := &terms[i]
		date, ok := sigAuditDate(tm)
		if !ok {
			continue
		}
		office := "De " + tm.Office + ","
		blocks := map[string]string{
			"two-lines": office + "\n" + tm.NameSigned,
			"one-line":  office + " " + tm.NameSigned,
		}
		if k := strings.LastIndex(office[:min(len(office), 45)], " "); len(office) >= 45 && k > 0 {
			blocks["wrapped"] = office[:k] + "\n" + office[k+1:] + "\n" + tm.NameSigned
		}
		for family, block := range blocks {
			for _, list := range []bool{false, true} {
				f := family
				if list {
					f += "+list"
				}
				total[f]++
				page := "Brief regering : Voortgang van de onderhandelingen over het voorstel\n99 999 Terugkeer\nNr. 1\n" +
					"BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n" +
					"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, " + sigDutchDate(date) + "\n" +
					"Hierbij informeer ik uw Kamer over de voortgang van de onderhandelingen over het voorstel van\n" +
					"de Commissie voor een verordening over de terugkeer van onderdanen van derde landen die\n" +
					"illegaal in de Unie verblijven. Het kabinet blijft zich inzetten voor een spoedig akkoord\n" +
					"over dit voorstel, zoals eerder aan uw Kamer gemeld.\n" + block + "\n"
				if list {
					page += "Ondertekenaars\n-\nEerste ondertekenaar\n" + tm.NameSigned + ", " +
						strings.ToLower(tm.Office[:1]) + tm.Office[1:] + " -\n"
				}
				g, err := readExtract("kst-99999-1.txt", page)
				if err != nil {
					t.Fatalf("%s: %v", tm.NameSigned, err)
				}
				want := personKey(tm.NameSigned) + "|" + slug(tm.Office)
				if got := signedKeys(g); strings.Join(got, " ") != want {
					failed[f]++
					if shown < 30 {
						shown++
						t.Errorf("%s, %s: signed %v, want %s\n%s", f, tm.NameSigned, got, want, block)
					}
				}
			}
		}
	}
	logFamilies(t, "%-14s", "pages", total, failed)
}

// No signatory: sentences that run on after an office and a comma, an
// office wrapped in running text, addressees and ministers mentioned in the
// text (fictional sentences).
func TestSignatureAuditNegatives(t *testing.T) {
	for _, body := range []string{
		"Namens het kabinet zullen de Minister van Sociale Zaken en de Staatssecretaris van Volksgezondheid,\nWelzijn en Sport zullen hieraan deelnemen.",
		"Aan de bijeenkomst nemen de Staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\nen de Minister van Financiën deel.",
		"De Minister van Onderwijs, Cultuur\nen Wetenschap,\nzal de Kamer hierover informeren.",
		"Tijdens de lunch sprak de Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\nMevrouw Jansen van de ambassade.",
		"De Minister van Buitenlandse Zaken, Cultuur\nen de ambassadeur spraken over de kunstroof.",
		"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nBinnenhof 4",
		"De Minister van Justitie en Veiligheid heeft op 3 maart gereageerd op het voorstel.",
		"Mede namens de Minister van Buitenlandse Zaken,\nbied ik u hierbij het verslag aan.",
		"Het verslag is opgesteld door de Minister van Asiel en Migratie, Erkens.",
		"De Minister van Financiën, Wetenschap\nen Innovatie is een ambt dat niet bestaat.",
	} {
		page := "99 999 Terugkeer\n\nNr. 1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n" +
			"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 maart 2024\n\n" + body + "\n\nHet kabinet blijft zich inzetten voor een akkoord.\n"
		g, err := readExtract("kst-99999-1.txt", page)
		if err != nil {
			t.Fatal(err)
		}
		if got := signedKeys(g); len(got) > 0 {
			t.Errorf("%q: signed %v, want none", body, got)
		}
	}
}

// The rules the audit found wanting, each on one fictional block: an acting
// holder's mark, a one-word rest of a wrapped line (no name), an office
// wrapped over two lines, also where a copied page parts them; titles
// before the name; hyphenated initials.
func TestSignatureBlockForms(t *testing.T) {
	for block, want := range map[string]string{
		"De Minister van Buitenlandse Zaken a.i.,\nR.P. Brekelmans":                       "r-p-brekelmans|minister-van-buitenlandse-zaken",
		"De Minister van Buitenlandse Zaken ad interim,\nR.P. Brekelmans":                 "r-p-brekelmans|minister-van-buitenlandse-zaken",
		"De Minister van Buitenlandse Zaken a.i., R.P. Brekelmans":                        "r-p-brekelmans|minister-van-buitenlandse-zaken",
		"De Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\nJ.W.E. Spies":       "j-w-e-spies|minister-van-binnenlandse-zaken-en-koninkrijksrelaties",
		"De Staatssecretaris van Onderwijs, Cultuur\nen Wetenschap,\nS.A.M. Dijksma":      "s-a-m-dijksma|staatssecretaris-van-onderwijs-cultuur-en-wetenschap",
		"De Staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\nP. Blokhuis":        "p-blokhuis|staatssecretaris-van-volksgezondheid-welzijn-en-sport",
		"De Minister van Sociale Zaken en\n\nWerkgelegenheid,\nH.G.J. Kamp":               "h-g-j-kamp|minister-van-sociale-zaken-en-werkgelegenheid",
		"De Minister van Volksgezondheid, Welzijn en Sport,\nM-F. Agema":                  "m-agema|minister-van-volksgezondheid-welzijn-en-sport",
		"De Minister van Buitenlandse Zaken, Stef Blok":                                   "s-a-blok|minister-van-buitenlandse-zaken",
		"De Minister van Buitenlandse Zaken, Blok":                                        "",
		"De Minister van Justitie en Veiligheid,\nmr. D. Yeşilgöz-Zegerius":               "d-yesilgoz-zegerius|minister-van-justitie-en-veiligheid",
		"De Minister van Justitie en Veiligheid,\n\nProf. dr. J. Jansen":                  "j-jansen|minister-van-justitie-en-veiligheid",
		"De Minister van Landbouw, Natuur en\nVoedselkwaliteit,\nC.J. Schouten":           "c-j-schouten|minister-van-landbouw-natuur-en-voedselkwaliteit",
		"De Staatssecretaris van Binnenlandse Zaken\nen Koninkrijksrelaties,\nR.W. Knops": "r-w-knops|staatssecretaris-van-binnenlandse-zaken-en-koninkrijksrelaties",
	} {
		page := "99 999 Terugkeer\n\nNr. 1 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\n" +
			"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 maart 2019\n\n" +
			"Het kabinet blijft zich inzetten voor een akkoord.\n\n" + block + "\n"
		g, err := readExtract("kst-99999-1.txt", page)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(signedKeys(g), " "); got != want {
			t.Errorf("%q: signed %q, want %q", block, got, want)
		}
	}
}

// logFamilies logs, per family in order, how many of its units (blocks,
// pages) the audit tried and how many were read wrong.
func logFamilies(t *testing.T, width, unit string, total, failed map[string]int) {
	t.Helper()
	for _, f := range slices.Sorted(maps.Keys(total)) {
		t.Logf(width+" %4d %s, %3d wrong", f, total[f], unit, failed[f])
	}
}
