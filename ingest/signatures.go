package ingest

import (
	"strings"
	"unicode"
)

// A signature block is an office line ending in a comma and a name line:
//
//	De Minister van Justitie en Veiligheid,
//	D. Yeşilgöz-Zegerius
//
// The office is the line without its article and comma ("Minister van
// Justitie en Veiligheid", "Staatsecretaris" read as "Staatssecretaris"), keyed by its slug
// ("minister-van-justitie-en-veiligheid"). The person is keyed by the folded
// name, initials kept, of the person as the reference data record the
// signature: "D. Yeşilgöz-Zegerius", "D. Yesilgöz-Zegerius" and "D. Yeşilgöz"
// are all "d-yesilgoz-zegerius", "F.M. Weerwind" is "f-m-weerwind"; a person
// the data do not know is keyed by the folded printed name (see persons.go).

// signature is a parsed signature block.
type signature struct {
	office, name string
}

// parseSignature reads a signature paragraph ("office,\nname", or
// "name\noffice" in the name-first house style: nameFirstSignature).
func parseSignature(text string) (signature, bool) {
	officeLine, name, ok := strings.Cut(text, "\n")
	if !ok {
		return signature{}, false
	}
	if nameFirstSignature(officeLine, name) {
		m := bareOfficeLineRe.FindStringSubmatch(name)
		return signature{office: officeSpelling(capitalise(collapseSpace(m[1]))), name: collapseSpace(officeLine)}, true
	}
	m := officeLineRe.FindStringSubmatch(officeLine)
	if m == nil || !nameLineRe.MatchString(name) {
		return signature{}, false
	}
	return signature{office: officeSpelling(capitalise(collapseSpace(m[1]))), name: collapseSpace(name)}, true
}

// officeSpelling corrects the one misspelling of an office title that
// signature blocks print ("De Staatsecretaris van Justitie en Veiligheid,"
// on a web page of Kamerstuk 32 317, nr. 569): the office is the same.
func officeSpelling(office string) string {
	if rest, ok := strings.CutPrefix(office, "Staatsecretaris"); ok {
		return "Staatssecretaris" + rest
	}
	return office
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// personKey is the folded form of a printed name: the slug. It is the key
// of a person the reference data do not know; personEntity (persons.go)
// gives a known person the key of the name the data record.
func personKey(name string) string { return slug(name) }
