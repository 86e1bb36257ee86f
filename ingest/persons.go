package ingest

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"jhagraph/graph"
)

// Persons and offices against the reference data (refdata/officeholders.tsv).
//
// A person the data know is one node however a letter spells the name: its
// key is the folded name under which the data record the person's
// signature ("D. Yeşilgöz-Zegerius": "d-yesilgoz-zegerius"), whether the
// letter writes "D. Yesilgöz-Zegerius", "D. Yeşilgöz", "Yeşilgöz-Zegerius"
// or "Dilan Yeşilgöz". A printed name matches a person when, titles ("mr.",
// "drs.") dropped, it is one of the person's names as the data give them,
// or it has initials or a given name and its surname is one of the
// person's surnames (the signed surname, a variant that is part of it such
// as "Yeşilgöz" or "Faber", or the first part of a double surname) and the
// initials agree with the person's (one is a prefix of the other: "F." and
// "F.M."; a given name agrees with the person's given name, or its initial
// with the first initial). A bare surname ("Yeşilgöz-Zegerius", "Blok")
// matches only when the data list it among the person's variants, so that
// "Rutte" alone is not taken for Arno Rutte. A name that fits two people is
// not resolved. A person the data do not know keeps the
// folded printed name as key (personKey).
//
// An office is keyed by the slug of its title; the data give its canonical
// name and who held it when, so that HELD_OFFICE relations carry the term
// ("termStart", "termEnd"; "termEnd" is "" while the term runs) and OfficeHolders
// answers who held an office on a date.

// officeTerm is one row of the officeholders data: a person's term in an
// office.
type officeTerm struct {
	NameSigned string // "D. Yeşilgöz-Zegerius"
	FullName   string // "Dilan Yeşilgöz-Zegerius"
	Variants   []string
	Office     string // "Minister van Justitie en Veiligheid"
	Start, End string // ISO dates; End "" while in office
	Cabinet    string // "Rutte IV"; "(a.i.)" marks acting holders
	Party      string
	Source     string
	Note       string
	line       int
}

// refPerson is a person of the officeholders data, with all terms.
type refPerson struct {
	key      string // slug of name_signed
	name     string // name_signed
	fullName string
	party    string
	initials string          // folded lower-case initials of name_signed: "dm"; "" when none
	given    string          // folded first given name, when known: "dilan"
	names    map[string]bool // slugs of full forms: the signed name, the full name, variants
	surnames map[string]bool // slugs of surnames: "yesilgoz-zegerius", "yesilgoz"
	aliases  []string
	terms    []*officeTerm
}

type personIndexes struct {
	persons []*refPerson
	byKey   map[string]*refPerson
	offices map[string]string // office slug -> office name as in the data
	holders map[string][]*officeTerm
}

var titlesRe = regexp.MustCompile(`(?i)^(?:(?:mr|mrs|drs|dr|prof|ir|ing|ds|dhr|mevr|jhr)\.\s*)+`)

// initialsRe matches the initials before a surname: "D. ", "F.M. ",
// "F. M. ", "Th.J. ".
var initialsRe = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}?\.\s*)+`)

// stripTitles removes academic and professional titles before a name:
// "Mr. F. van Oosten" is "F. van Oosten".
func stripTitles(name string) string {
	return strings.TrimSpace(titlesRe.ReplaceAllString(collapseSpace(name), ""))
}

// splitName splits a printed name, titles removed, into its folded
// lower-case initials ("fm") and the rest ("van der Burg").
func splitName(name string) (initials, rest string) {
	name = stripTitles(name)
	m := initialsRe.FindString(name)
	if m == "" {
		return "", name
	}
	var b strings.Builder
	for _, part := range strings.Split(m, ".") {
		if r, ok := firstRune(strings.TrimSpace(part)); ok {
			b.WriteRune(r)
		}
	}
	return strings.ToLower(foldDiacritics(b.String())), strings.TrimSpace(name[len(m):])
}

var personIndex = sync.OnceValue(func() *personIndexes {
	idx := &personIndexes{byKey: map[string]*refPerson{}, offices: map[string]string{}, holders: map[string][]*officeTerm{}}
	terms := reference().terms
	for i := range terms {
		t := &terms[i]
		key := personKey(t.NameSigned)
		p, ok := idx.byKey[key]
		if !ok {
			p = newRefPerson(t)
			idx.byKey[key] = p
			idx.persons = append(idx.persons, p)
		}
		p.terms = append(p.terms, t)
		office := slug(t.Office)
		if _, ok := idx.offices[office]; !ok {
			idx.offices[office] = t.Office
		}
		idx.holders[office] = append(idx.holders[office], t)
	}
	for _, ts := range idx.holders {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Start < ts[j].Start })
	}
	return idx
})

func newRefPerson(t *officeTerm) *refPerson {
	p := &refPerson{key: personKey(t.NameSigned), name: t.NameSigned, fullName: t.FullName, party: t.Party,
		names: map[string]bool{}, surnames: map[string]bool{}}
	p.aliases = uniqueStrings(append([]string{t.FullName}, t.Variants...), t.NameSigned)
	initials, rest := splitName(t.NameSigned)
	p.initials = initials
	if fi, frest := splitName(t.FullName); fi == "" {
		if f := strings.Fields(frest); len(f) > 1 {
			p.given = strings.ToLower(foldDiacritics(f[0]))
		}
	}
	if p.initials == "" && p.given != "" {
		p.initials = p.given[:1]
	}
	// The signed surname: what follows the initials; for a name signed
	// without initials the longest variant that ends it ("Van den Brink").
	surname := rest
	if initials == "" {
		surname = ""
		words := slugWords(rest)
		for _, v := range t.Variants {
			vw := slugWords(v)
			if len(vw) < len(words) && len(vw) > len(slugWords(surname)) && hasSuffixWords(words, vw) {
				surname = v
			}
		}
		if surname == "" {
			surname = words[len(words)-1]
		}
	}
	sur := slugWords(surname)
	p.addSurname(surname)
	for _, n := range append([]string{t.NameSigned, t.FullName}, t.Variants...) {
		vi, vrest := splitName(n)
		p.names[slug(stripTitles(n))] = true
		if vi != "" {
			p.addSurname(vrest)
			continue
		}
		// A variant without initials is a surname when its words are
		// words of the signed surname ("Yeşilgöz", "Van der Burg").
		if vw := slugWords(vrest); subsetWords(vw, sur) {
			p.addSurname(vrest)
		}
	}
	return p
}

// addSurname records a surname and, for a double surname, its first part
// ("Faber-van de Klashorst": "Faber").
func (p *refPerson) addSurname(s string) {
	if k := slug(s); k != "" {
		p.surnames[k] = true
	}
	if i := strings.IndexAny(s, "-‐"); i > 0 {
		if k := slug(s[:i]); k != "" {
			p.surnames[k] = true
		}
	}
}

func slugWords(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(slug(s), "-")
}

func hasSuffixWords(words, suffix []string) bool {
	if len(suffix) > len(words) {
		return false
	}
	off := len(words) - len(suffix)
	for i, w := range suffix {
		if words[off+i] != w {
			return false
		}
	}
	return true
}

func subsetWords(ws, of []string) bool {
	set := map[string]bool{}
	for _, w := range of {
		set[w] = true
	}
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return len(ws) > 0
}

// printedName is a printed name read for matching, once for all persons.
type printedName struct {
	slug     string // slug(stripTitles(name))
	initials string
	surname  string // with initials: slug of the rest
	// without initials: the rest's words, the slug of all but the first,
	// and the first folded in lower case
	fields int
	tail   string
	given  string
}

func readName(name string) printedName {
	n := printedName{slug: slug(stripTitles(name))}
	initials, rest := splitName(name)
	n.initials = initials
	if initials != "" {
		n.surname = slug(rest)
		return n
	}
	f := strings.Fields(rest)
	n.fields = len(f)
	if len(f) >= 2 {
		n.tail = slug(strings.Join(f[1:], " "))
		n.given = strings.ToLower(foldDiacritics(f[0]))
	}
	return n
}

// matchesName reports whether a printed name can be this person.
func (p *refPerson) matchesName(n printedName) bool {
	if p.names[n.slug] {
		return true
	}
	if n.initials != "" {
		return p.surnames[n.surname] && compatibleInitials(n.initials, p.initials)
	}
	// A bare surname is a name of the person only when the data list it
	// (above): "Rutte" alone is not Arno Rutte.
	// A given name and a surname: "Dilan Yeşilgöz", "D Yeşilgöz".
	if n.fields < 2 || !p.surnames[n.tail] {
		return false
	}
	given := n.given
	if given == "" {
		return false
	}
	if p.given != "" && len(given) > 1 {
		return given == p.given
	}
	return compatibleInitials(given[:1], p.initials)
}

// compatibleInitials reports whether two sets of initials can be the same
// person's: one is a prefix of the other, or either is unknown.
func compatibleInitials(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// lookupPerson returns the person of the reference data a printed name
// stands for, if exactly one fits.
func lookupPerson(name string) (*refPerson, bool) {
	var found *refPerson
	n := readName(name)
	for _, p := range personIndex().persons {
		if !p.matchesName(n) {
			continue
		}
		if found != nil && found != p {
			return nil, false
		}
		found = p
	}
	return found, found != nil
}

// ResolvePerson returns the canonical key of a person however the name is
// printed ("D. Yesilgöz-Zegerius", "D. Yeşilgöz", "Dilan Yeşilgöz" all give
// "d-yesilgoz-zegerius"), and whether the reference data know the person;
// for a person they do not know, the folded printed name.
func ResolvePerson(name string) (key string, known bool) {
	if p, ok := lookupPerson(name); ok {
		return p.key, true
	}
	return personKey(stripTitles(name)), false
}

// personEntity is the Person a printed name stands for: for a person of the
// reference data the canonical name, key, all names and terms (the printed
// name among the aliases); else the printed name and its folded key.
func personEntity(name string) graph.Entity {
	p, ok := lookupPerson(name)
	if !ok {
		return graph.Entity{Kind: graph.KindPerson, Key: personKey(stripTitles(name)), Name: name}
	}
	e := p.entity()
	e.Aliases = uniqueStrings(append([]string{name}, e.Aliases...), e.Name)
	return e
}

// signerEntity is the Person who signs as the holder of office on date:
// the person the name stands for (personEntity), or else, for a name printed
// with initials that the reference data do not list ("G. van den Brink" for
// Bart van den Brink), the one person of that surname who held the office
// on that date.
func signerEntity(name, office, date string) graph.Entity {
	if _, ok := lookupPerson(name); ok || date == "" || office == "" {
		return personEntity(name)
	}
	n := readName(name)
	if n.initials == "" || n.surname == "" {
		return personEntity(name)
	}
	officeKey := slug(office)
	var found *refPerson
	for _, p := range personIndex().persons {
		if !p.surnames[n.surname] {
			continue
		}
		if _, ok := officeTermOn(p.key, officeKey, date); !ok {
			continue
		}
		if found != nil {
			return personEntity(name)
		}
		found = p
	}
	if found == nil {
		return personEntity(name)
	}
	e := found.entity()
	e.Aliases = uniqueStrings(append([]string{name}, e.Aliases...), e.Name)
	return e
}

// entity is the reference entity of the person: Props "fullName", "party"
// and "terms" ("<office key>|<start>|<end>", by start).
func (p *refPerson) entity() graph.Entity {
	terms := make([]string, 0, len(p.terms))
	for _, t := range p.terms {
		terms = append(terms, slug(t.Office)+"|"+t.Start+"|"+t.End)
	}
	sort.Slice(terms, func(i, j int) bool {
		return strings.SplitN(terms[i], "|", 2)[1] < strings.SplitN(terms[j], "|", 2)[1]
	})
	return graph.Entity{Kind: graph.KindPerson, Key: p.key, Name: p.name, Aliases: append([]string(nil), p.aliases...),
		Props: map[string]any{"fullName": p.fullName, "party": p.party, "terms": terms}}
}

// officeEntity is the Office of a printed title ("Minister van Justitie en
// Veiligheid"), keyed by its slug; an office of the reference data has its
// name as the data write it and Props "holders" ("<person key>|<start>|<end>",
// by start).
func officeEntity(office string) graph.Entity {
	key := slug(office)
	idx := personIndex()
	name, ok := idx.offices[key]
	if !ok {
		return graph.Entity{Kind: graph.KindOffice, Key: key, Name: office}
	}
	e := graph.Entity{Kind: graph.KindOffice, Key: key, Name: name}
	if office != name {
		e.Aliases = []string{office}
	}
	var holders []string
	for _, t := range idx.holders[key] {
		holders = append(holders, personKey(t.NameSigned)+"|"+t.Start+"|"+t.End)
	}
	e.Props = map[string]any{"holders": holders}
	return e
}

// officeTermOn returns the term of person in office that covers date
// (start <= date < end; an open term has no end).
func officeTermOn(personKey, officeKey, date string) (*officeTerm, bool) {
	if date == "" {
		return nil, false
	}
	p, ok := personIndex().byKey[personKey]
	if !ok {
		return nil, false
	}
	for _, t := range p.terms {
		if slug(t.Office) == officeKey && covers(t, date) {
			return t, true
		}
	}
	return nil, false
}

func covers(t *officeTerm, date string) bool {
	return t.Start <= date && (t.End == "" || date < t.End)
}

// OfficeHolders returns the people who held an office on a date (ISO,
// "2024-01-15") according to the reference data, as Person entities in the
// order their terms began. The office may be written as a title in any case
// ("Minister van Justitie en Veiligheid", "de minister van justitie en
// veiligheid") or as its key ("minister-van-justitie-en-veiligheid"). A
// term holds from its first day up to, not including, its last: on the day
// a cabinet is installed the new minister holds the office. Offices may
// have two holders at once (two state secretaries).
func OfficeHolders(office, date string) []graph.Entity {
	office = strings.TrimSpace(office)
	for _, art := range []string{"de ", "De ", "het ", "Het "} {
		office = strings.TrimPrefix(office, art)
	}
	idx := personIndex()
	var out []graph.Entity
	seen := map[string]bool{}
	for _, t := range idx.holders[slug(office)] {
		key := personKey(t.NameSigned)
		if covers(t, date) && !seen[key] {
			seen[key] = true
			out = append(out, idx.byKey[key].entity())
		}
	}
	return out
}

// heldOffices completes the HELD_OFFICE relations read from the signatures:
// Props "termStart" and "termEnd" of the person's term in the office on the
// letter's date, when the reference data know it.
func (x *extraction) heldOffices(date string) {
	for k, acc := range x.rels {
		if k.t != graph.RelHeldOffice {
			continue
		}
		t, ok := officeTermOn(k.from.Key, k.to.Key, date)
		if !ok {
			continue
		}
		props := map[string]any{}
		for pk, v := range acc.first.props {
			props[pk] = v
		}
		props["termStart"], props["termEnd"] = t.Start, t.End
		acc.first.props = props
	}
}

// referencePersons returns the Person and Office entities of the reference
// data.
func referencePersons() []graph.Entity {
	idx := personIndex()
	var out []graph.Entity
	for _, p := range idx.persons {
		out = append(out, p.entity())
	}
	for _, name := range idx.offices {
		out = append(out, officeEntity(name))
	}
	return out
}

// titledPerson returns the person of the reference data whom a title and a
// surname name in a letter of date: "Minister Hoekstra" in March 2022 is
// W.B. Hoekstra, then Minister van Buitenlandse Zaken; "staatssecretaris
// Rutte" in October 2025 is A.C.L. Rutte and "minister Rutte" in 2020 is M.
// Rutte. The person is the one of that surname who held, on that date, an
// office the title begins: "Minister" any "Minister van/voor ..." office,
// "Staatssecretaris" any state secretary's, "Minister-president" and
// "premier" the Minister van Algemene Zaken. Without a date it is the one
// person of that surname who ever held such an office. A surname no Dutch
// officeholder of the data bears ("Minister Kuleba", a foreign minister),
// or one that fits two people, is not resolved.
func titledPerson(title, surname, date string) (graph.Entity, bool) {
	fits := officeTitleFilter(title)
	sur := slug(surname)
	if fits == nil || sur == "" {
		return graph.Entity{}, false
	}
	var found *refPerson
	for _, p := range personIndex().persons {
		if !p.surnames[sur] {
			continue
		}
		if !p.heldOn(date, fits) {
			continue
		}
		if found != nil && found != p {
			return graph.Entity{}, false
		}
		found = p
	}
	if found == nil {
		return graph.Entity{}, false
	}
	return found.entity(), true
}

// dutchOfficeholderOn reports whether the reference data know a person
// with surname name who held an office on date (ISO): the test by which
// "Minister <Name>" is the Netherlands' (ministerNameRef,
// actors_minister.go).
func dutchOfficeholderOn(name, date string) bool {
	if date == "" || name == "" {
		return false
	}
	s := slug(name)
	for _, p := range personIndex().persons {
		if p.surnames[s] && p.heldOn(date, nil) {
			return true
		}
	}
	return false
}

// heldOn reports whether p held, on date (ISO; "" any date), an office
// that fits (nil: any office).
func (p *refPerson) heldOn(date string, fits func(office string) bool) bool {
	for _, t := range p.terms {
		if (fits == nil || fits(t.Office)) && (date == "" || covers(t, date)) {
			return true
		}
	}
	return false
}

// officeTitleFilter returns a test of the offices a title ("Minister",
// "de staatssecretaris", "Minister-president") covers, or nil for a word
// that is no Dutch title of office.
func officeTitleFilter(title string) func(office string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	for _, art := range []string{"de ", "het "} {
		t = strings.TrimPrefix(t, art)
	}
	switch t {
	case "minister", "ministers":
		return func(o string) bool { return strings.HasPrefix(strings.ToLower(o), "minister ") }
	case "staatssecretaris", "staatsecretaris", "staatssecretarissen":
		return func(o string) bool { return strings.HasPrefix(strings.ToLower(o), "staatssecretaris ") }
	case "minister-president", "premier":
		return func(o string) bool { return strings.EqualFold(o, "Minister van Algemene Zaken") }
	}
	return nil
}

// ministerWithoutMinistry reports whether the minister of a task is a
// minister without a ministry of his own, "Minister voor" the task, as the
// reference data write the office ("Minister voor Rechtsbescherming",
// "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
// "Minister voor Klimaat en Energie"), so that a letter's "de Minister van
// Rechtsbescherming" is that office. A task that the data also know as a
// ministry ("Minister van Asiel en Migratie") is not.
func ministerWithoutMinistry(task string) bool {
	offices := personIndex().offices
	if _, ok := offices[slug("Minister van "+task)]; ok {
		return false
	}
	_, ok := offices[slug("Minister voor "+task)]
	return ok
}
