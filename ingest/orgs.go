package ingest

import (
	"strings"
	"sync"
	"unicode"

	"jhagraph/graph"
)

// orgRecord is an EU institution or body of the reference table. Acronyms
// (all capitals) match with case, longer names without.
type orgRecord struct {
	Key     string // canonical acronym or name, as a slug: "coreper", "eu-lisa"
	Name    string // "Committee of Permanent Representatives (Coreper)"
	Acronym string
	Type    string // institution, agency, council body, parliament committee, ...
	Words   []string
}

var orgTable = []orgRecord{
	{"cats", "Coordinating Committee in the area of police and judicial cooperation in criminal matters (CATS)", "CATS", "council body", []string{"CATS"}},
	{"cepol", "European Union Agency for Law Enforcement Training (CEPOL)", "CEPOL", "agency", []string{"CEPOL"}},
	{"cjeu", "Court of Justice of the European Union", "CJEU", "institution", []string{"Hof van Justitie van de Europese Unie", "Hof van Justitie", "HvJ EU", "HvJEU", "Court of Justice of the European Union", "CJEU"}},
	{"coreper", "Committee of Permanent Representatives (Coreper)", "Coreper", "council body", []string{"Coreper", "COREPER", "Comité van Permanente Vertegenwoordigers", "Comité van permanent vertegenwoordigers", "Committee of Permanent Representatives"}},
	{"cosi", "Standing Committee on Operational Cooperation on Internal Security (COSI)", "COSI", "council body", []string{"COSI", "Standing Committee on Operational Cooperation on Internal Security"}},
	{"council-of-the-eu", "Council of the European Union", "", "institution", []string{"Raad van de Europese Unie", "Raad van de EU", "Council of the European Union", "Council of the EU", "Raad van Ministers"}},
	{"edps", "European Data Protection Supervisor", "EDPS", "body", []string{"EDPS", "Europese Toezichthouder voor gegevensbescherming", "European Data Protection Supervisor"}},
	{"empact", "European Multidisciplinary Platform Against Criminal Threats (EMPACT)", "EMPACT", "council framework", []string{"EMPACT"}},
	{"ep", "European Parliament", "EP", "institution", []string{"EP", "Europees Parlement", "Europese Parlement", "European Parliament"}},
	{"eppo", "European Public Prosecutor's Office", "EPPO", "body", []string{"EPPO", "EOM", "Europees Openbaar Ministerie", "European Public Prosecutor's Office"}},
	{"euaa", "European Union Agency for Asylum", "EUAA", "agency", []string{"EUAA", "Asielagentschap van de Europese Unie", "European Union Agency for Asylum"}},
	{"euda", "European Union Drugs Agency", "EUDA", "agency", []string{"EUDA", "EMCDDA", "Drugsagentschap van de Europese Unie", "European Union Drugs Agency"}},
	{"eu-lisa", "European Union Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice (eu-LISA)", "eu-LISA", "agency", []string{"eu-LISA", "EU-LISA", "eu-Lisa"}},
	{"eurojust", "European Union Agency for Criminal Justice Cooperation (Eurojust)", "Eurojust", "agency", []string{"Eurojust"}},
	{"european-commission", "European Commission", "", "institution", []string{"Europese Commissie", "European Commission", "EU-Commissie"}},
	{"european-council", "European Council", "", "institution", []string{"Europese Raad", "European Council"}},
	{"europol", "European Union Agency for Law Enforcement Cooperation (Europol)", "Europol", "agency", []string{"Europol"}},
	{"fra", "European Union Agency for Fundamental Rights", "FRA", "agency", []string{"FRA", "Bureau van de Europese Unie voor de grondrechten", "EU-Grondrechtenagentschap", "European Union Agency for Fundamental Rights", "Fundamental Rights Agency"}},
	{"frontex", "European Border and Coast Guard Agency (Frontex)", "Frontex", "agency", []string{"Frontex", "Europees Grens- en Kustwachtagentschap", "European Border and Coast Guard Agency"}},
	{"jit", "Joint Investigation Teams (JITs)", "JIT", "cooperation instrument", []string{"JIT", "JITs", "JIT's", "Joint Investigation Team", "Joint Investigation Teams", "gemeenschappelijk onderzoeksteam", "gemeenschappelijke onderzoeksteams"}},
	{"libe", "Committee on Civil Liberties, Justice and Home Affairs (LIBE)", "LIBE", "parliament committee", []string{"LIBE", "LIBE-comité", "LIBE-commissie", "LIBE Committee"}},
	{"olaf", "European Anti-Fraud Office (OLAF)", "OLAF", "body", []string{"OLAF", "Europees Bureau voor fraudebestrijding", "European Anti-Fraud Office"}},
	{"scifa", "Strategic Committee on Immigration, Frontiers and Asylum (SCIFA)", "SCIFA", "council body", []string{"SCIFA"}},
}

// orgStops name bodies that are not EU bodies but contain words the rules
// below would take for one.
var orgStops = []string{
	"Raad van State", "Raad van Europa", "Raad voor de rechtspraak", "Raad voor Vreemdelingenzaken",
	"Raad voor de Kinderbescherming", "Raad voor Strafrechtstoepassing en Jeugdbescherming",
	"Commissie Meijers", "Commissie van Venetië", "Europees Hof voor de Rechten van de Mens",
	"Council of Europe",
}

type orgIndexes struct {
	byKey map[string]*orgRecord
	words *phraseDict
}

var orgIndex = sync.OnceValue(func() *orgIndexes {
	idx := &orgIndexes{byKey: map[string]*orgRecord{}}
	var ps []phrase
	for i := range orgTable {
		o := &orgTable[i]
		idx.byKey[o.Key] = o
		for _, w := range o.Words {
			ps = append(ps, phrase{text: w, target: o.Key, exact: isAcronym(w) || strings.Contains(w, "LISA") || strings.HasPrefix(w, "Europese Raad")})
		}
	}
	for _, w := range orgStops {
		ps = append(ps, phrase{text: w, exact: true})
	}
	idx.words = newPhraseDict(ps, false)
	return idx
})

func orgEntity(key string) (graph.Entity, bool) {
	o, ok := orgIndex().byKey[key]
	if !ok {
		return graph.Entity{}, false
	}
	e := graph.Entity{Kind: graph.KindOrganisation, Key: o.Key, Name: o.Name, Aliases: uniqueStrings(o.Words, o.Name),
		Props: map[string]any{"type": o.Type}}
	if o.Acronym != "" {
		e.Props["acronym"] = o.Acronym
	}
	return e, true
}

// findOrgs finds EU bodies in a paragraph: names from the table, "de
// Commissie" as the European Commission and "de Raad" as the Council of the
// EU. An abbreviation in brackets right after a name ("Europees Parlement
// (EP)") is the same mention.
func findOrgs(p []rune, toks []token) []match {
	dict := orgIndex().words
	var out []match
	for i := 0; i < len(toks); {
		m, ok := dict.longest(p, toks, i)
		if !ok {
			m, ok = orgRule(p, toks, i)
		}
		if !ok {
			i++
			continue
		}
		i += m.n
		if m.target == "" {
			continue
		}
		out = append(out, m)
		i = skipBracketed(p, toks, i, m.target, dict)
	}
	return out
}

// skipBracketed skips "(EP)" after "Europees Parlement" when the bracketed
// words name the same target.
func skipBracketed(p []rune, toks []token, i int, target string, dict *phraseDict) int {
	if i >= len(toks) || strings.TrimSpace(string(p[toks[i-1].end:toks[i].start])) != "(" {
		return i
	}
	m, ok := dict.longest(p, toks, i)
	if !ok || m.target != target {
		return i
	}
	end := m.end
	if end < len(p) && p[end] == ')' {
		return i + m.n
	}
	return i
}

// orgRule reads "de Commissie" as the European Commission and "de Raad" as
// the Council of the EU, unless a name or formation follows ("de Commissie
// Meijers", "de Raad Justitie en Binnenlandse Zaken", "de Raad van State",
// "de Raad voor de rechtspraak").
func orgRule(p []rune, toks []token, i int) (match, bool) {
	t := toks[i].text
	if (t != "Commissie" && t != "Raad") || i == 0 {
		return match{}, false
	}
	prev := toks[i-1]
	if (prev.text != "de" && prev.text != "De") || !spaced(p, prev, toks[i]) {
		return match{}, false
	}
	if i+1 < len(toks) && spaced(p, toks[i], toks[i+1]) {
		next := toks[i+1].text
		switch {
		case isCapitalised(next):
			return match{}, false
		case next == "voor" && t == "Raad":
			return match{}, false
		case (next == "van" || next == "voor") && i+2 < len(toks) && spaced(p, toks[i+1], toks[i+2]) && isCapitalised(toks[i+2].text):
			return match{}, false
		}
	}
	target := "european-commission"
	if t == "Raad" {
		target = "council-of-the-eu"
	}
	return match{target: target, start: toks[i].start, end: toks[i].end, n: 1}, true
}

// spaced reports whether only white space stands between tokens a and b.
func spaced(p []rune, a, b token) bool {
	gap := p[a.end:b.start]
	if len(gap) == 0 {
		return false
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func isCapitalised(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsUpper(r)
}
