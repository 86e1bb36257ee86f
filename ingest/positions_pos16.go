package ingest

// Rules from the misses of part K (docs/stances.md, "Part K (pos16)"):
// general readings of word order, actors and word families that the first
// run on fourteen unseen documents missed.

// handOverAt reports whether token j opens a verb of handing a document
// over — "ter beschikking stellen / gesteld", "verstrekken", "toezenden",
// "overleggen" — within toks[..end]. With "uw Kamer" in the clause it is
// correspondence with parliament ("zal het voorstel vertrouwelijk aan uw
// Kamer ter beschikking stellen"), like "met uw Kamer delen".
func handOverAt(toks []token, j, end int) bool {
	switch toks[j].lower {
	case "verstrekken", "toezenden", "overleggen", "zenden", "doorgeleiden", "aanbieden":
		return true
	case "ter":
		return j+2 <= end && toks[j+1].lower == "beschikking" &&
			(toks[j+2].lower == "stellen" || toks[j+2].lower == "gesteld")
	}
	return false
}
