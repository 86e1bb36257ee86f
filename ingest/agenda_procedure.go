package ingest

import "regexp"

// An annotated agenda may close an item's heading with the legislative
// file the item is on, as a sentence of its own after the title:
// "1. Voorstel voor een verordening ... (Eerste lezing). Interinstitutioneel
// dossiernummer: 2016/0357 (COD)". The procedure reference (year/number
// and the procedure's code: COD, NLE, CNS, APP, SPE) belongs to the
// heading, which stays one title; a heading with any other second sentence
// is running text (parseItemHeading).

// procedureSentenceRe is a sentence that only gives a legislative file:
// "Interinstitutioneel dossier(nummer): 2016/0357 (COD)", "Inter-
// institutioneel dossiernummer 2023/0089(COD)", "Procedurenummer:
// 2021/0106 (COD)".
var procedureSentenceRe = regexp.MustCompile(`(?i)^\s*(?:inter-?\s?institutione(?:el|le)\s+dossier(?:nummer)?|procedure(?:nummer)?|dossiernummer)\s*:?\s*[0-9]{4}/[0-9]{3,4}\s*\((?:COD|NLE|CNS|APP|SPE)\)\s*\.?\s*$`)

// procedureTail reports whether every sentence of a heading after its
// first only gives a legislative file.
func procedureTail(rs []rune) bool {
	ss := splitSentences(rs)
	if len(ss) < 2 {
		return false
	}
	for _, s := range ss[1:] {
		if !procedureSentenceRe.MatchString(string(rs[s.Start:s.End])) {
			return false
		}
	}
	return true
}
