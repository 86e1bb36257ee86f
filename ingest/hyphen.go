package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line joining and dehyphenation.
//
// A line that ends in a hyphen is either a word split by the typesetter
// ("onderhandelingsre-" + "sultaat") or a real hyphen that happens to end the
// line ("JBZ-" + "Raad", "Asiel-" + "en migratiepact"). joiner decides, in
// this order:
//
//  1. the next line starts with a conjunction ("en", "of", "tot", "dan"):
//     a suspended compound, keep "- " ("wet- en regelgeving");
//  2. a dash after a space stays a dash; a hyphen after a digit stays
//     ("2023-2024");
//  3. a capital before the hyphen or a capital or digit after it: keep it
//     ("JBZ-Raad", "EU-niveau", "Noord-Afrika");
//  4. the letter itself decides when it writes the word elsewhere, in the
//     middle of a line: the joined form ("rechtshandhaving") joins, the
//     hyphenated form ("publiek-private") keeps the hyphen;
//  5. known first parts of hyphenated compounds keep it ("niet-coöperatieve",
//     "ex-minister", "sociaal-economische");
//  6. two vowels that would merge into one sound keep it ("zee-egel"; Dutch
//     writes a hyphen or a diaeresis there, and the letter has dropped the
//     diaeresis at the break);
//  7. otherwise the hyphen was the typesetter's: join ("samenwer-" +
//     "kingen", "geavan-" + "ceerde", "veror-" + "dening").
type joiner struct {
	lines []string
	// vocab maps the folded lower-case form of every word written in the
	// middle of a line to the first spelling seen. It is read from lines
	// when first needed: most lines end in no hyphen.
	vocab map[string]string
	// wanted maps the folded lower-case joined forms the hyphens at line
	// ends of lines will ask for (foreseen) to their first spelling, ""
	// for none: most documents ask for a few words, so the joiner reads
	// only those; a form not foreseen reads the whole vocabulary.
	wanted map[string]string
	// wantedLens has bit n set when a wanted form has n bytes (n < 64), or
	// bit 63 for any longer one: a word of ASCII letters of another
	// length is no wanted form.
	wantedLens uint64
}

var suspendedConjunctions = map[string]bool{"en": true, "of": true, "tot": true, "dan": true, "noch": true, "en/of": true}

var hyphenPrefixes = map[string]bool{
	"niet": true, "ex": true, "oud": true, "vice": true, "non": true,
	"publiek": true, "sociaal": true, "politiek": true, "civiel": true, "financieel": true,
	"juridisch": true, "bestuurlijk": true, "medisch": true, "technisch": true,
}

var vowelDigraphs = map[string]bool{
	"aa": true, "ee": true, "oo": true, "uu": true, "ie": true, "ei": true, "eu": true,
	"oe": true, "ou": true, "ui": true, "au": true, "ii": true,
}

// newJoiner returns the joiner of a text from its lines, which it keeps.
func newJoiner(lines []string) *joiner { return &joiner{lines: lines} }

// words returns the vocabulary of the text.
func (j *joiner) words() map[string]string {
	if j.vocab != nil {
		return j.vocab
	}
	size := 0
	for _, line := range j.lines {
		size += len(line) / 8 // about the number of words
	}
	j.vocab = make(map[string]string, size)
	j.eachWord(func(w string) {
		k := strings.ToLower(foldDiacritics(w))
		if _, ok := j.vocab[k]; !ok {
			j.vocab[k] = w
		}
	})
	return j.vocab
}

// form returns the first spelling of the word of the text whose folded
// lower-case form is k, as words()[k] does. It reads the text for the
// forms foreseen (foresee) only, and for all words when k is not one.
func (j *joiner) form(k string) (string, bool) {
	if j.vocab == nil && j.wanted == nil {
		j.foresee()
	}
	if j.vocab == nil {
		if w, ok := j.wanted[k]; ok {
			return w, w != ""
		}
	}
	w, ok := j.words()[k]
	return w, ok
}

// foresee collects the forms the hyphens at the ends of lines will ask
// joinAtHyphen for, and reads their first spellings from the text.
func (j *joiner) foresee() {
	j.wanted = map[string]string{}
	for i, line := range j.lines {
		if !endsWithHyphen(line) {
			continue
		}
		prev, next := collapseSpace(line), ""
		for _, l := range j.lines[i+1:] {
			if next = collapseSpace(l); next != "" {
				break
			}
		}
		head := strings.TrimSuffix(strings.TrimSuffix(prev, "-"), "\u2010")
		w, t := trailingLetters(head), leadingLetters(next)
		if w == "" || t == "" {
			continue
		}
		lw, lt := strings.ToLower(foldDiacritics(w)), strings.ToLower(foldDiacritics(t))
		for _, k := range []string{lw + lt, lw + "-" + lt} {
			j.wanted[k] = ""
			j.wantedLens |= 1 << min(len(k), 63)
		}
	}
	if len(j.wanted) == 0 {
		return
	}
	j.eachWord(func(w string) {
		if len(w) < 63 && isASCII(w) {
			if j.wantedLens&(1<<len(w)) == 0 {
				return // folded and in lower case it has as many bytes
			}
			var buf [63]byte
			k := buf[:len(w)]
			for i := 0; i < len(w); i++ {
				k[i] = w[i]
				if 'A' <= w[i] && w[i] <= 'Z' {
					k[i] += 'a' - 'A'
				}
			}
			if f, ok := j.wanted[string(k)]; ok && f == "" {
				j.wanted[string(k)] = w
			}
			return
		}
		k := strings.ToLower(foldDiacritics(w))
		if f, ok := j.wanted[k]; ok && f == "" {
			j.wanted[k] = w
		}
	})
}

// eachWord calls add with every word written in the middle of a line, in
// the order of the text, without the characters around it that are no
// letters, and with the parts of a hyphenated word after it.
func (j *joiner) eachWord(add func(w string)) {
	add0 := add
	add = func(w string) {
		if w = trimNonLetters(w); w != "" {
			add0(w)
		}
	}
	prevSplit := false
	var fields []string // of a line, strings.Fields(line)
	for _, line := range j.lines {
		fields = fields[:0]
		if isASCII(line) {
			fields = appendASCIIFields(fields, line)
		} else {
			for f := range strings.FieldsSeq(line) {
				fields = append(fields, f)
			}
		}
		split := endsWithHyphen(line)
		for i, f := range fields {
			if (i == 0 && prevSplit) || (i == len(fields)-1 && split) {
				continue
			}
			add(f)
			if strings.Contains(f, "-") {
				for part := range strings.SplitSeq(f, "-") {
					add(part)
				}
			}
		}
		prevSplit = split
	}
}

// trimNonLetters is strings.TrimFunc(w, not unicode.IsLetter), byte by
// byte when w is ASCII.
func trimNonLetters(w string) string {
	if !isASCII(w) {
		return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	letter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	i, k := 0, len(w)
	for i < k && !letter(w[i]) {
		i++
	}
	for k > i && !letter(w[k-1]) {
		k--
	}
	return w[i:k]
}

// appendASCIIFields appends strings.Fields(s) to fields, for s ASCII.
func appendASCIIFields(fields []string, s string) []string {
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiSpace[s[i]] {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

func endsWithHyphen(s string) bool {
	s = strings.TrimRight(s, " \t")
	return strings.HasSuffix(s, "-") || strings.HasSuffix(s, "\u2010") || strings.HasSuffix(s, "\u00AD")
}

// join joins lines into one paragraph text, collapsing white space. Only
// the line being joined is rewritten, so long paragraphs join in linear time.
func (j *joiner) join(lines []string) string {
	if len(lines) == 1 {
		return collapseSpace(lines[0]) // the loop below would write it alone
	}
	var b strings.Builder
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	b.Grow(size)
	pending := ""
	for _, l := range lines {
		l = collapseSpace(l)
		switch {
		case l == "":
		case pending == "":
			pending = l
		case endsWithHyphen(pending):
			pending = j.joinAtHyphen(pending, l)
		default:
			b.WriteString(pending)
			b.WriteByte(' ')
			pending = l
		}
	}
	b.WriteString(pending)
	return b.String()
}

// joinAtHyphen joins prev, which ends in a hyphen, and next.
func (j *joiner) joinAtHyphen(prev, next string) string {
	if strings.HasSuffix(prev, "\u00AD") { // a soft hyphen is always the typesetter's
		return strings.TrimSuffix(prev, "\u00AD") + next
	}
	hy := "-"
	if strings.HasSuffix(prev, "\u2010") {
		hy = "\u2010"
	}
	head := strings.TrimSuffix(prev, hy)
	w := trailingLetters(head)
	t := leadingLetters(next)
	first, _ := firstRune(next)
	switch {
	case suspendedConjunctions[strings.ToLower(firstField(next))]:
		return prev + " " + next
	case head == "" || unicode.IsSpace(lastRune(head)): // a dash, not a hyphen
		return prev + " " + next
	case w == "" || unicode.IsUpper(lastRune(w)) || unicode.IsUpper(first) || unicode.IsDigit(first) || t == "":
		return prev + next
	}
	lw, lt := strings.ToLower(foldDiacritics(w)), strings.ToLower(foldDiacritics(t))
	if form, ok := j.form(lw + lt); ok {
		return strings.TrimSuffix(head, w) + respell(w+t, form) + next[len(t):]
	}
	if _, ok := j.form(lw + "-" + lt); ok {
		return prev + next
	}
	if hyphenPrefixes[lw] || vowelDigraphs[string(lastRune(lw))+string(firstRuneOf(lt))] {
		return prev + next
	}
	return head + next
}

// respell returns the letters of written with the diacritics of form when
// both are the same word up to diacritics and case; otherwise written.
func respell(written, form string) string {
	wr, fr := []rune(written), []rune(form)
	if len(wr) != len(fr) {
		return written
	}
	for i := range wr {
		if unicode.IsUpper(wr[i]) {
			fr[i] = unicode.ToUpper(fr[i])
		} else {
			fr[i] = unicode.ToLower(fr[i])
		}
	}
	return string(fr)
}

func trailingLetters(s string) string {
	rs := []rune(s)
	i := len(rs)
	for i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.Is(unicode.Mn, rs[i-1])) {
		i--
	}
	return string(rs[i:])
}

func leadingLetters(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return s[:i]
		}
	}
	return s
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.TrimRight(f[0], ",;:")
	}
	return ""
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

func firstRuneOf(s string) rune { r, _ := firstRune(s); return r }

// lastRune is the last rune of s as []rune(s) reads it, or 0.
func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
