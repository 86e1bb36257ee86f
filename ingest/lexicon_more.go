package ingest

// Stance lemmas the cue table lacked in every form (issue 12, lex5): a
// lexicographer's thesaurus of the ways Dutch policy text states a stance
// (TestStanceLemmaAudit, lexicon_audit_test.go) read against the extractor;
// the rows below are the lemmas it did not read whose class docs/stances.md
// gives ("Lexicon families", the last subsection). cueTable holds them
// (stances.go), so that the paradigm (stances_paradigm.go), the verb-final
// order (verbfinal.go) and the constructions (constructions.go) derive
// their other forms as they do for the table's own rows.

var lexiconMoreCues = []cueDef{
	// support: "staat volledig achter", "breekt een lans voor",
	// "propageert", "beveelt … aan", "geeft bijval aan"
	{stance: stSupport, pattern: "staat|staan|stond|stonden|sta … achter", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stSupport, pattern: "breekt|breken|brak|braken|breek … een lans voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … een lans gebroken voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "propageert|propageren|propageerde|propageerden|propageer", obj: objAfter},
	{stance: stSupport, pattern: "beveelt|bevelen|beval|bevalen|beveel … aan", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: "geeft|geven|gaf|gaven|geef … bijval aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden … opportuun", obj: objGap, gap: 10, flags: closedGap},
	// welcome: "is opgetogen over"
	{stance: stWelcome, pattern: isV + " … opgetogen over|met", obj: objAfter, gap: 3, flags: strictGap},
	// agree: "geeft groen licht voor", "geeft zijn instemming aan",
	// "stemt toe in" (not "bekrachtigt": a Council endorsing a text does its
	// business)
	{stance: stAgree, pattern: "geeft|geven|gaf|gaven|geef … groen licht voor|aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: "geeft|geven|gaf|gaven|geef … zijn|haar|hun instemming aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: "stemt|stemmen|stemde|stemden|stem … toe in", obj: objAfter, gap: 3, flags: strictGap},
	// satisfied: "is (goed) te spreken over", "is gelukkig met" (negated:
	// concern)
	{stance: stSatisfied, pattern: isV + " … te spreken over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSatisfied, pattern: isV + " … gelukkig met", obj: objAfter, gap: 3, flags: strictGap},
	// commit: "verbindt zich aan", "beijvert zich voor", "engageert zich
	// voor"
	{stance: stCommit, pattern: "verbindt|verbinden|verbond|verbonden|verbind zich … aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "beijvert|beijveren|beijverde|beijverden|beijver zich … voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "engageert|engageren|engageerde|engageerden|engageer zich … voor", obj: objAfter, gap: 3, flags: strictGap},
	// priority: "stelt X centraal", "zet X hoog op de agenda"
	{stance: stPriority, pattern: "stelt|stellen|stelde|stelden|stel … centraal", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPriority, pattern: "zet|zetten|zette|zetten … hoog op de agenda", obj: objGap, gap: 10, flags: closedGap},
	// preference: "verkiest X boven Y", "opteert voor"
	{stance: stPreference, pattern: "verkiest|verkiezen|verkoos|verkozen|verkies … boven", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPreference, pattern: "opteert|opteren|opteerde|opteerden|opteer … voor", obj: objAfter, gap: 3, flags: strictGap},
	// oppose: "wijst X van de hand", "is negatief / afwijzend over",
	// "torpedeert", "protesteert / ageert tegen", "ligt dwars bij",
	// "spreekt een veto uit over", "acht X inopportuun"
	{stance: stOppose, pattern: "wijst|wijzen|wees|wezen|wijs … van de hand", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: hasV + " … van de hand gewezen", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: isV + " … negatief|afwijzend over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "torpedeert|torpederen|torpedeerde|torpedeerden", obj: objAfter},
	{stance: stOppose, pattern: "protesteert|protesteren|protesteerde|protesteerden|protesteer|ageert|ageren|ageerde|ageerden … tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "ligt|liggen|lag|lagen … dwars bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "spreekt|spreken|sprak|spraken … een|zijn|haar|hun veto uit over|tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden … inopportuun", obj: objGap, gap: 10, flags: closedGap},
	// concern: "is teleurgesteld in", "stoort zich aan", "levert kritiek
	// op", "hekelt", "bekritiseert", "heeft scepsis over", "heeft bezwaren
	// bij", "trekt X in twijfel"
	{stance: stConcern, pattern: isV + " … teleurgesteld in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "stoort|storen|stoorde|stoorden|stoor zich … aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "levert|leveren|leverde|leverden … kritiek op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "hekelt|hekelen|hekelde|hekelden|bekritiseert|bekritiseren|bekritiseerde|bekritiseerden", obj: objAfter},
	{stance: stConcern, pattern: hasV + " … scepsis|bezwaren over|bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "trekt|trekken|trok|trokken … in twijfel", obj: objGap, gap: 10, flags: closedGap},
	// reserved: "staat afwachtend / neutraal tegenover", "is voorzichtig
	// met", "aarzelt over", "stelt / verbindt voorwaarden aan", "is
	// gereserveerd over"
	{stance: stReserved, pattern: "staat|staan|stond|stonden … afwachtend|neutraal tegenover", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: isV + " … voorzichtig|gereserveerd|ambivalent met|over|tegenover", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "aarzelt|aarzelen|aarzelde|aarzelden … over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "stelt|stellen|stelde|stelden|verbindt|verbinden|verbond|verbonden … voorwaarden aan", obj: objAfter, gap: 3, flags: strictGap},
	// informational: "doet / werkt mee aan" (not "neemt deel aan": attending a
	// meeting is no position)
	{stance: stInformational, pattern: "doet|doen|deed|deden|werkt|werken|werkte|werkten … mee aan", obj: objAfter, gap: 3, flags: strictGap},
	// The perfect of the rows above whose participle the paradigm does not
	// derive (a particle, a reflexive or a noun before it): "heeft groen
	// licht gegeven voor", "heeft zich gestoord aan", "heeft X centraal
	// gesteld", "heeft X in twijfel getrokken".
	{stance: stSupport, pattern: hasV + " … bijval gegeven aan", obj: objAfter, gap: 3, flags: strictGap},
	// (one row for both: "groen licht", "zijn instemming")
	{stance: stAgree, pattern: hasV + " … groen|zijn|haar|hun licht|instemming gegeven voor|aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: hasV + " … toegestemd in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " zich … verbonden|beijverd|geëngageerd aan|voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: hasV + " … centraal gesteld", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPriority, pattern: hasV + " … hoog op de agenda gezet|geplaatst", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPreference, pattern: hasV + " … geopteerd voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: hasV + " … een|zijn|haar|hun veto uitgesproken over|tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " zich … gestoord aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … kritiek geleverd|geuit op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … in twijfel getrokken", obj: objGap, gap: 10, flags: closedGap},
	{stance: stReserved, pattern: hasV + " … voorwaarden gesteld|verbonden aan", obj: objAfter, gap: 3, flags: strictGap},
	// A second round (any actor): "heeft geen behoefte aan", "is afkerig
	// van", "is principieel tegen", "is fel gekant tegen" (oppose); "heeft
	// sympathie voor", "komt op voor", "neemt het op voor", "staat pal
	// achter" (support); "heeft een duidelijke voorkeur voor"
	// (preference); "zet de schouders onder", "is bereid tot" (commit);
	// "is ambivalent over", "houdt de boot af bij" (reserved).
	{stance: stOppose, pattern: hasV + " … geen behoefte aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "staat|staan|stond|stonden … afkerig tegenover", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: isV + " … afkerig van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: isV + " … principieel|fundamenteel tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: isV + " … fel|sterk|hevig gekant tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … sympathie voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "komt|komen|kwam|kwamen|kom … op voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "neemt|nemen|nam|namen|neem … het op voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "staat|staan|stond|stonden|sta … volledig|geheel|vierkant|pal achter", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stPreference, pattern: hasV + " … een duidelijke|uitgesproken|sterke voorkeur voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "zet|zetten|zette|zet … de schouders onder", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: isV + " … bereid tot", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "houdt|houden|hield|hielden … de boot af bij", obj: objAfter, gap: 3, flags: strictGap},
	// demanding, as "eist dat" (support): "verlangt dat de lidstaten …"
	{stance: stSupport, pattern: "verlangt|verlangen|verlangde|verlangden … dat", obj: objAfter, gap: 2, flags: strictGap | thatClause},
}
