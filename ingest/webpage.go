package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied from a web page differs from a PDF extraction in two ways:
// the site's furniture surrounds the letter, and the layout is the page's.
// webText takes the furniture off, reading the metadata it states, and lays
// the letter out as Parse reads it. It knows the document pages of
//
//   - OpenTK (berthub.eu/tkconv): a navigation bar ("[overzicht]
//     [activiteiten] ..."), the title, the kind ("Brief regering",
//     "Bijlage"), "Nummer: 2023D11165, datum: 2023-03-20, bijgewerkt: ...",
//     link lines ("Directe link naar document", "officiële HTML versie
//     (kst-22112-3162)"), "Gerelateerde personen:- Eerste ondertekenaar:
//     D. Yesilgöz-Zegerius, minister van Justitie en Veiligheid (VVD)",
//     "Onderdeel van kamerstukdossier 22112 -3162 ...", the case ("Onderdeel
//     van zaak ...") with its submitters and agenda listings, and "Preview
//     document (🔗 origineel)", after which the document itself stands;
//   - tweedekamer.nl: a first line "<kind> : <title>" ("Brief regering :
//     Fiche: ..."), the document with one line per printed line and no
//     blank lines, and at its end the list "Ondertekenaars" with "Eerste
//     ondertekenaar" / "Mede ondertekenaar" and "name, office";
//   - officielebekendmakingen.nl and rijksoverheid.nl: the document with
//     blank lines between paragraphs, signatures on one line ("De Minister
//     van Buitenlandse Zaken, A.G. Koenders"), download links ("... (PDF |
//     6 pagina's | 313 kB)").
//
// The text keeps every word of the letter; only line breaks change: a
// one-line signature becomes office and name lines, "Nr. 564" and the title
// on the next line are joined, and a text without blank lines gets them
// where a paragraph visibly ends.

var (
	webNavRe        = regexp.MustCompile(`^\[[^\]]+\](?:\s*\[[^\]]+\])+\s*$`)
	webNumberRe     = regexp.MustCompile(`^Nummer:\s*([0-9]{4}D[0-9]{5}),\s*datum:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\b`)
	webPreviewRe    = regexp.MustCompile(`^Preview document\b`)
	webKstIDRe      = regexp.MustCompile(`officiële HTML versie \((kst-[0-9A-Za-z-]+)\)`)
	webDossierRe    = regexp.MustCompile(`^Onderdeel van kamerstukdossier\s+([0-9]{4,6}(?:-[0-9A-Z]{1,6})?)\s+-\s*([0-9]{1,5}|[A-Z]{1,2})\b`)
	webSignerRe     = regexp.MustCompile(`(Eerste|Mede) ondertekenaar:\s*([^,]+),\s*(.+?)\s*(?:\([^()]*\))?\s*$`)
	webTKTitleRe    = regexp.MustCompile(`^(\p{Lu}[\p{L} -]{2,40}?) : (\S.*)$`)
	webDownloadRe   = regexp.MustCompile(`\((?:PDF|DOCX?|ODT|XLSX?) \| [^|()]+ \| [^|()]+\)\s*$`)
	webChamberRe    = regexp.MustCompile(`^((?:Tweede|Eerste) Kamer der Staten-Generaal)\s+([12])$`)
	webNrOnlyRe     = regexp.MustCompile(`^(?:Nr\.\s*[0-9]{1,5}|[A-Z]{1,2})$`)
	webOneSigRe     = regexp.MustCompile(`^((?:De|de|Het|het)\s+(?:Minister-[Pp]resident|[Mm]inister|[Ss]taats?secretaris|Vicepremier)(?:\s+(?:van|voor)\s+[^,]+)?),\s+(\S.*)$`)
	webOfficeOnlyRe = regexp.MustCompile(`^(?:De|de|Het|het)\s+(?:Minister-[Pp]resident|[Mm]inister|[Ss]taats?secretaris|Vicepremier)(?:\s+(?:van|voor)\s+[^,]+)?,$`)
)

// webText returns the letter text of a copied web page in the layout Parse
// reads, and the metadata its furniture states.
func webText(name, s string) (string, Meta) {
	s = strings.TrimPrefix(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\uFEFF")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(strings.ReplaceAll(l, "\u00A0", " "))
	}
	var m Meta
	lines = openTKFurniture(name, lines, &m)
	lines = tweedeKamerFurniture(name, lines, &m)
	return webLayout(lines), m
}

// openTKFurniture takes off an OpenTK page's furniture, up to "Preview
// document", and reads its metadata.
func openTKFurniture(name string, lines []string, m *Meta) []string {
	end, number := -1, -1
	for i, l := range lines {
		if i > 80 {
			break
		}
		if webNumberRe.MatchString(l) && number < 0 {
			number = i
		}
		if webPreviewRe.MatchString(l) && number >= 0 {
			end = i
			break
		}
	}
	if number < 0 {
		return lines
	}
	// A page cut before "Preview document" (a copy that holds only the
	// header) still states its metadata; its lines are kept, as there is
	// no letter after them to tell furniture from text.
	cut := end < 0
	if cut {
		end = min(len(lines), 80)
	}
	src := name + " (page header)"
	set := func(field string, dst *string, v string) {
		if *dst == "" && v != "" {
			*dst = v
			m.from(field, src)
		}
	}
	var title, kind string
	for i, l := range lines[:end] {
		if l == "" || webNavRe.MatchString(l) {
			continue
		}
		if title == "" {
			title = l
		}
		if i+1 == number || (i < number && kind == "" && i+2 == number && lines[i+1] == "") {
			kind = l
		}
		if n := webNumberRe.FindStringSubmatch(l); n != nil {
			set("docNumber", &m.DocNumber, n[1])
			set("date", &m.Date, n[2])
		}
		if k := webKstIDRe.FindStringSubmatch(l); k != nil {
			if d, nr, ok := parseKstKey(k[1]); ok {
				set("dossier", &m.Dossier, d)
				set("number", &m.Number, nr)
				set("url", &m.URL, "https://zoek.officielebekendmakingen.nl/"+k[1]+".html")
			}
		}
		if d := webDossierRe.FindStringSubmatch(l); d != nil {
			set("dossier", &m.Dossier, d[1])
			set("number", &m.Number, d[2])
		}
		if strings.HasPrefix(strings.TrimLeft(l, "- "), "Indiener:") || strings.HasPrefix(strings.TrimLeft(l, "- "), "Medeindiener:") {
			continue // the case's submitters, not the letter's signatories
		}
		if sg := webSignerRe.FindStringSubmatch(l); sg != nil {
			m.Signatories = append(m.Signatories, Signatory{Name: strings.TrimSpace(sg[2]), Office: strings.TrimSpace(sg[3])})
			m.from("signatories", src)
		}
	}
	if kind != title {
		set("kind", &m.Kind, kind)
	}
	set("title", &m.Title, title)
	if cut {
		return lines
	}
	return lines[end+1:]
}

// tweedeKamerFurniture takes off the "<kind> : <title>" line that starts a
// tweedekamer.nl page and the "Ondertekenaars" list at its end.
func tweedeKamerFurniture(name string, lines []string, m *Meta) []string {
	first := 0
	for first < len(lines) && lines[first] == "" {
		first++
	}
	if first == len(lines) {
		return lines
	}
	src := name + " (page header)"
	if t := webTKTitleRe.FindStringSubmatch(lines[first]); t != nil && !strings.HasPrefix(lines[first], "Fiche") {
		if m.Kind == "" {
			m.Kind = t[1]
			m.from("kind", src)
		}
		if m.Title == "" {
			m.Title = t[2]
			m.from("title", src)
		}
		lines = lines[first+1:]
	}
	// "Ondertekenaars", "-", "Eerste ondertekenaar", "D.M. van Weel,
	// minister van Justitie en Veiligheid -", "Mede ondertekenaar", ...
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-40; i-- {
		if lines[i] != "Ondertekenaars" {
			continue
		}
		var sigs []Signatory
		for k := i + 1; k < len(lines); k++ {
			l := lines[k]
			if (l == "Eerste ondertekenaar" || l == "Mede ondertekenaar") && k+1 < len(lines) {
				who := strings.TrimSpace(strings.TrimSuffix(lines[k+1], "-"))
				n, office, _ := strings.Cut(who, ",")
				sigs = append(sigs, Signatory{Name: strings.TrimSpace(n), Office: strings.TrimSpace(office)})
				k++
			}
		}
		if len(sigs) > 0 {
			if len(m.Signatories) == 0 {
				m.Signatories = sigs
				m.from("signatories", name+" (page: Ondertekenaars)")
			}
			lines = lines[:i]
		}
		break
	}
	return lines
}

// webBrokenHeadRe is the first line of a heading of an agenda or a report
// that breaks off after "van", "het", "de" or a comma, without its year.
var webBrokenHeadRe = regexp.MustCompile(`^(?:Geannoteerde agenda|Verslag)\b[^0-9]{0,80}(?:\s(?:van|het|de)|,)\s*$`)

// yearRe4 is a year from 1990 to 2099.
var yearRe4 = regexp.MustCompile(`\b(?:199[0-9]|20[0-9]{2})\b`)

// webLayout lays the letter's lines out as Parse reads them.
func webLayout(lines []string) string {
	var out []string
	blank := func() {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.Contains(l, "|") {
			l = collapseSpace(strings.Trim(strings.ReplaceAll(l, "|", " "), " "))
		}
		switch {
		case webDownloadRe.MatchString(l):
			continue // a download link
		case webChamberRe.MatchString(l):
			c := webChamberRe.FindStringSubmatch(l)
			out = append(out, c[1], c[2])
			continue
		case webNrOnlyRe.MatchString(l) && i+1 < len(lines) && isUpperLine(lines[i+1]):
			out = append(out, l+" "+lines[i+1]) // "Nr. 564" / "BRIEF VAN ..." printed on one line
			i++
			continue
		case webOneSigRe.MatchString(l) && isSignedName(webOneSigRe.FindStringSubmatch(l)[2]):
			sg := webOneSigRe.FindStringSubmatch(l)
			blank()
			out = append(out, collapseSpace(sg[1])+",", collapseSpace(sg[2]), "")
			continue
		case webBrokenHeadRe.MatchString(l):
			// "Geannoteerde agenda van de bijeenkomst van" / "de Raad Justitie en
			// Binnenlandse Zaken," / "3 – 4 december 2015 te Brussel": a heading
			// broken over short lines is one line again, up to the line with its year.
			joined, k := l, i
			for n := 0; n < 3; n++ {
				j := k + 1
				for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
					j++
				}
				if j >= len(lines) || len(lines[j]) > 90 {
					break
				}
				joined, k = joined+" "+strings.TrimSpace(lines[j]), j
				if yearRe4.MatchString(lines[j]) {
					break
				}
			}
			if k > i && yearRe4.MatchString(joined) {
				out = append(out, collapseSpace(joined))
				i = k
				continue
			}
		case webOfficeOnlyRe.MatchString(l):
			k := i + 1
			for k < len(lines) && lines[k] == "" {
				k++
			}
			if k < len(lines) && nameLineRe.MatchString(collapseSpace(lines[k])) {
				blank()
				out = append(out, collapseSpace(l), collapseSpace(lines[k]), "")
				i = k
				continue
			}
		}
		out = append(out, l)
	}
	out = paragraphBreaks(out)
	for len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}

// initialRe is an initial of a signed name: "D.", "Th.".
var initialRe = regexp.MustCompile(`\p{Lu}\p{Ll}?\.`)

// isSignedName reports whether the rest of a one-line signature ("De
// Minister van Buitenlandse Zaken, A.G. Koenders") is a signed name: a name
// line with initials, so that running text ("De Minister van Justitie en
// Veiligheid, de Minister voor ...") is not taken for one.
func isSignedName(s string) bool {
	s = collapseSpace(s)
	return nameLineRe.MatchString(s) && initialRe.MatchString(s)
}

// paragraphBreaks puts blank lines where paragraphs end in a text copied
// without them (tweedekamer.nl prints one line per printed line): after a
// line that ends a sentence short of the full width, and after a short line
// without final punctuation (a heading) followed by a capital. Text that has
// blank lines between its paragraphs is left as it is.
func paragraphBreaks(lines []string) []string {
	var blanks, full, widest int
	for _, l := range lines {
		if l == "" {
			blanks++
			continue
		}
		full++
		widest = max(widest, utf8.RuneCountInString(l))
	}
	if full == 0 || blanks*5 >= full {
		return lines
	}
	width := wrapWidth(lines, widest)
	var out []string
	for i, l := range lines {
		out = append(out, l)
		if l == "" || i+1 >= len(lines) || lines[i+1] == "" {
			continue
		}
		n := utf8.RuneCountInString(l)
		next, _ := firstRune(lines[i+1])
		last := lastRune(l)
		nn := utf8.RuneCountInString(lines[i+1])
		nextLast := lastRune(lines[i+1])
		switch {
		case strings.ContainsRune(".:;!?)", last) && n*10 < width*8:
			out = append(out, "")
		case strings.ContainsRune(".:;!?)", last) && nn*10 < width*6 && !strings.ContainsRune(".,;:-", nextLast) &&
			(isUpperRune(next) || isDigitRune(next) || next == '='):
			out = append(out, "") // a heading follows
		case !strings.ContainsRune(".,;:-", last) && n*10 < width*6 && (isUpperRune(next) || isDigitRune(next) || next == '='):
			out = append(out, "")
		case !strings.ContainsRune(".,;:-", last) && n*10 < width*9 && isUpperRune(next) && numberedTitleRe.MatchString(l):
			out = append(out, "") // "1. Werksessie I: Nieuwe en innovatieve ...": a numbered title short of the width
		}
	}
	return out
}

// numberedTitleRe is a line that opens with an item's number and a
// capital: "1. Werksessie I: Nieuwe en innovatieve oplossingen voor
// migratiemanagement".
var numberedTitleRe = regexp.MustCompile(`^[0-9]{1,2}\.\s+\p{Lu}`)

// wrapWidth is the width at which a text copied line by line wraps: the
// length most long lines reach (the 80th percentile).
func wrapWidth(lines []string, widest int) int {
	var ns []int
	for _, l := range lines {
		if l != "" {
			ns = append(ns, utf8.RuneCountInString(l))
		}
	}
	counts := make([]int, widest+1)
	for _, n := range ns {
		counts[n]++
	}
	seen := 0
	for w := 0; w <= widest; w++ {
		seen += counts[w]
		if seen*10 >= len(ns)*8 {
			return max(w, 40)
		}
	}
	return max(widest, 40)
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }
func isDigitRune(r rune) bool { return unicode.IsDigit(r) }
