package ingest

import "testing"

// A member's turn in a debate: an impersonal judgement ("Het is goed
// dat …") is the speaker's, "in de visie van mijn fractie" the speaker's
// group, a feeling ("ben teleurgesteld dat") its subject's, "namens mijn
// fractie" the group's; the class follows the adjective. The chair, the
// questions, a judgement in a subordinate clause, "goed om" and courtesy
// about the debate itself ("Het is goed dat u dat vraagt") hold none.
func TestPositionsDebateJudgements(t *testing.T) {
	const nl = "country:NL"
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De voorzitter: Het is goed dat u er allemaal bent. Ik geef het woord aan de heer Bakker.",
		"De heer Bakker (CDA):",
		"Dank u wel, voorzitter. Het is heel goed dat de Commissie een actieplan tegen mensensmokkel heeft gepresenteerd. "+
			"Toch is het in de visie van mijn fractie zeer positief dat drie lidstaten een gezamenlijk plan hebben opgesteld.",
		"Daarom ben ik erg teleurgesteld dat de regering de terugkeerverordening blokkeert. "+
			"Het is onaanvaardbaar dat de wachttijden in de opvang oplopen tot twee jaar. "+
			"Ik vind het onbegrijpelijk dat de uitwisseling van gegevens nog altijd stokt. "+
			"Ik ben verbaasd dat de minister zegt dat de verklaring over hervestiging te vroeg komt.",
		"Namens mijn fractie steun ik het voorstel voor een Europese grenswacht. "+
			"Is het niet vreemd dat de staatssecretaris het screeningsvoorstel afwacht? "+
			"Vindt de minister het ook goed dat de termijn wordt verlengd? "+
			"Ik noem dit omdat het goed is dat de Kamer wordt gehoord. "+
			"Het is goed om dat nog even te markeren. "+
			"Het is goed dat de heer Jansen dat punt noemt. Het is fijn dat ik het woord krijg.",
		"Minister Van Dijk:",
		"Het is goed dat de lidstaten overeenstemming hebben bereikt over het migratiepact. "+
			"Het is goed dat u dat vraagt.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het is heel goed dat", stance: stWelcome, actorWords: "de heer Bakker (CDA)", subject: "een actieplan tegen mensensmokkel"},
		{quote: "Toch is het in de visie van mijn fractie", stance: stWelcome, actorWords: "de CDA-fractie", subject: "een gezamenlijk plan"},
		{quote: "Daarom ben ik erg teleurgesteld", stance: stConcern, actorWords: "de heer Bakker (CDA)", subject: "de terugkeerverordening"},
		// the dat-clause's own stance, the government's as the speaker reports it
		{quote: "Daarom ben ik erg teleurgesteld", stance: stOppose, actors: nl, subject: "de terugkeerverordening"},
		{quote: "Het is onaanvaardbaar", stance: stOppose, actorWords: "de heer Bakker (CDA)", subject: "de wachttijden"},
		{quote: "Ik vind het onbegrijpelijk", stance: stConcern, actorWords: "de heer Bakker (CDA)", subject: "de uitwisseling van gegevens"},
		// a verb of saying inside the clause reports what the minister
		// said: no courtesy
		{quote: "Ik ben verbaasd dat de minister zegt", stance: stConcern, actorWords: "de heer Bakker (CDA)", subject: "de verklaring over hervestiging"},
		{quote: "Namens mijn fractie steun ik", stance: stSupport, actorWords: "de CDA-fractie", subject: "een Europese grenswacht"},
		{quote: "Het is goed dat de lidstaten", stance: stWelcome, actors: nl, subject: "het migratiepact"},
	})
}

// A cabinet letter: an impersonal judgement without an actor is the
// author's, the cabinet's; a named subject's feeling is that subject's;
// "niet goed" turns the welcome; "het" as an article before a noun is
// no dummy subject; praise of a question or of informing the Kamer is
// courtesy.
func TestPositionsLetterJudgements(t *testing.T) {
	const nl, fr = "country:NL", "country:FR"
	g := fictionalLetter(t, "14 maart 2025",
		"Het is zorgelijk dat het aantal irreguliere aankomsten opnieuw stijgt. "+
			"Frankrijk was verheugd dat de Raad het akkoord over de terugkeerverordening bekrachtigde. "+
			"Het is niet goed dat de lidstaten de afspraken over hervestiging uitstellen. "+
			"Frankrijk vindt het onbegrijpelijk dat de Commissie de termijn verlengt. "+
			"Het is uitstekend dat de Raad de Eurodac-verordening heeft aangenomen. "+
			"Vindt het kabinet het terecht dat de termijn wordt verlengd?",
		"Daarom is het voorstel zo belangrijk dat de Commissie het voor de zomer wil afronden. "+
			"De Commissie meldde dat het goed is dat de lidstaten samenwerken. "+
			"Het is terecht dat de vragenstellers aandacht vragen voor de opvang van minderjarigen. "+
			"Het is goed dat uw Kamer over de onderhandelingen wordt geïnformeerd.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het is zorgelijk", stance: stConcern, actors: nl, subject: "het aantal irreguliere aankomsten"},
		{quote: "Frankrijk was verheugd", stance: stWelcome, actors: fr, subject: "het akkoord over de terugkeerverordening"},
		{quote: "Het is niet goed", stance: stConcern, actors: nl, subject: "de afspraken over hervestiging", negated: true},
		{quote: "Het is uitstekend", stance: stWelcome, actors: nl, subject: "de Eurodac-verordening"},
		{quote: "Frankrijk vindt het onbegrijpelijk", stance: stConcern, actors: fr, subject: "de Commissie de termijn verlengt"},
	})
}

// "namens" another group than the speaker's leaves the view the
// speaker's; a motion's operative clause is the Kamer's in a member's turn.
func TestPositionsDebateOnBehalfAndMotion(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"Mevrouw De Wit (SP):",
		"Ik steun namens de VVD het voorstel voor een gemeenschappelijke aanpak. "+
			"Ik steun namens de SP het plan voor meer grensbewaking.",
		"De Kamer, gehoord de beraadslaging,",
		"verzoekt de regering zich in te zetten voor een eerlijke verdeling van asielzoekers,",
		"en gaat over tot de orde van de dag.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ik steun namens de VVD", stance: stSupport, actorWords: "Mevrouw De Wit (SP)", subject: "een gemeenschappelijke aanpak"},
		{quote: "Ik steun namens de SP", stance: stSupport, actorWords: "de SP-fractie", subject: "meer grensbewaking"},
		{quote: "verzoekt de regering", stance: stSupport, actorWords: "de Kamer"},
	})
}

// "Het verbaast mij dat", "Het doet mijn fractie deugd dat": a feeling of
// the experiencer, the speaker, the speaker's group or the actor named;
// noun predicates "een goede zaak", "een gemiste kans", "winst"; a verb
// without its particle or an experiencer ("Het stelt de vraag of") is none.
func TestPositionsDebateExperiencers(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"Mevrouw Smit (D66):",
		"Het verbaast mij dat de Commissie het asielpact opnieuw openbreekt. "+
			"Daarom doet het mijn fractie veel deugd dat de lidstaten het screeningsvoorstel steunen. "+
			"Het is een goede zaak dat de Raad een akkoord over de Eurodac-verordening heeft bereikt. "+
			"Het is een gemiste kans dat de terugkeerrichtlijn niet is herzien. "+
			"Het stelt de vraag of de planning haalbaar is. "+
			"Het verheugt de leden van de VVD-fractie dat de grensprocedure wordt ingevoerd.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het verbaast mij", stance: stConcern, actorWords: "Mevrouw Smit (D66)", subject: "het asielpact"},
		{quote: "Daarom doet het mijn fractie", stance: stWelcome, actorWords: "de D66-fractie", subject: "het screeningsvoorstel"},
		{quote: "Daarom doet het mijn fractie", stance: stSupport, actorWords: "de lidstaten", subject: "het screeningsvoorstel"},
		{quote: "Het is een goede zaak", stance: stWelcome, actorWords: "Mevrouw Smit (D66)", subject: "een akkoord over de Eurodac-verordening"},
		{quote: "Het is een gemiste kans", stance: stConcern, actorWords: "Mevrouw Smit (D66)", subject: "de terugkeerrichtlijn"},
		{quote: "Het verheugt de leden", stance: stWelcome, actorWords: "de leden van de VVD-fractie", subject: "de grensprocedure"},
	})
}

// "Ik vraag de minister om …": the speaker's request is support of what
// it asks, and the cues inside what is asked are no stance of the
// addressee; a request for information, a question and the noun "vraag"
// are none.
func TestPositionsDebateFirstPersonRequest(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Visser (ChristenUnie):",
		"Ik vraag de staatssecretaris om het screeningsvoorstel in de Raad te blokkeren. "+
			"Daarom vraag ik het kabinet om zich in te zetten voor een eerlijke verdeling van asielzoekers. "+
			"Ik vraag de minister om een toelichting op de planning. "+
			"Ik vraag de minister of zij het voorstel steunt. "+
			"Mijn vraag is om welke termijn het gaat.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ik vraag de staatssecretaris", stance: stSupport, actorWords: "de heer Visser (ChristenUnie)", subject: "het screeningsvoorstel in de Raad te blokkeren"},
		{quote: "Daarom vraag ik het kabinet", stance: stSupport, actorWords: "de heer Visser (ChristenUnie)", subject: "een eerlijke verdeling"},
	})
}

// A report's account of a member: "volgens hem" and "Volgens mevrouw Kok
// is het goed dat" name the holder; an impersonal judgement after a
// member's position in the paragraph is that member's; "zegt / vindt
// dat het zorgelijk is dat" is the saying verb's subject; "omdat het goed
// is dat" gives a reason and "volgens de planning" no holder.
func TestPositionsReportJudgements(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Van Dam (CDA) steunt het actieplan tegen mensensmokkel. "+
			"Het is goed dat de Commissie ook aandacht heeft voor terugkeer.",
		"Volgens mevrouw Kok (PvdA) is het zorgelijk dat de wachttijden in de opvang oplopen.",
		"De heer Peters (SGP) zegt dat het onaanvaardbaar is dat Hongarije de afspraken over hervestiging negeert. "+
			"Het is volgens hem kwalijk dat de Eurodac-verordening vertraging oploopt.",
		"Nederland steunt het screeningsvoorstel omdat het goed is dat de lidstaten samenwerken. "+
			"Het is volgens de planning onwenselijk dat de onderhandelingen uitlopen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Van Dam (CDA) steunt", stance: stSupport, actorWords: "de heer Van Dam (CDA)", subject: "het actieplan"},
		{quote: "Het is goed dat de Commissie", stance: stWelcome, actorWords: "de heer Van Dam (CDA)", subject: "aandacht heeft voor terugkeer"},
		{quote: "Volgens mevrouw Kok", stance: stConcern, actorWords: "mevrouw Kok (PvdA)", subject: "de wachttijden"},
		{quote: "De heer Peters (SGP) zegt", stance: stOppose, actorWords: "de heer Peters (SGP)", subject: "Hongarije de afspraken over hervestiging negeert"},
		{quote: "Het is volgens hem kwalijk", stance: stConcern, actorWords: "de heer Peters (SGP)", subject: "de Eurodac-verordening"},
		{quote: "Nederland steunt", stance: stSupport, actors: "country:NL", subject: "het screeningsvoorstel"},
	})
}

// A report: a member named with the party speaking "namens" the party's
// group is the group; "namens" another group leaves the member.
func TestPositionsReportOnBehalf(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Jansen (SP) steunt namens de SP-fractie het voorstel voor een terugkeerverordening. "+
			"Mevrouw Kok (PvdA) steunt namens de VVD het plan voor meer grensbewaking.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP) steunt", stance: stSupport, actorWords: "de SP-fractie", subject: "een terugkeerverordening"},
		{quote: "Mevrouw Kok (PvdA) steunt", stance: stSupport, actorWords: "Mevrouw Kok (PvdA)", subject: "meer grensbewaking"},
	})
}
