package ingest

import "testing"

// Part G (pos15, docs/stances.md): who holds the position when the
// sentence names it by a pronoun further back, a titled person, or the
// committees of a chamber; each rule with a near-miss.
func TestPronounTitledCommitteeActors(t *testing.T) {
	const ec = "org:european-commission"
	checkTransfer(t, []transferCase{
		// a pronoun whose sentence before has a pronoun subject too: the
		// noun phrase further back
		{"De commissies voor Justitie en voor Europese Zaken van de Tweede Kamer hebben de eer dit verslag uit te brengen. " +
			"Daarna gaven zij een toelichting. Zij dringen aan op een snelle beantwoording.", stSupport, "", "een snelle beantwoording"},
		// near-miss: no noun phrase to point back to
		{"Daarna gaven zij een toelichting. Zij dringen aan op een snelle beantwoording.", "", "", ""},
		// announcing the remarks that follow is the report's procedure
		{"De commissies voor Justitie en voor Europese Zaken hebben de eer dit verslag uit te brengen. " +
			"In dit stadium wensen zij de volgende opmerkingen te maken en vragen te stellen.", "", "", ""},
		// "hij": a titled person named before, past a sentence whose
		// subject is "hij" too
		{"De Oekraïense minister, dhr. Kuleba, was bij de bespreking aanwezig. In zijn bijdrage sprak hij over de aanvallen. " +
			"Hij riep de lidstaten op de steun aan Oekraïne te verhogen.", stSupport, "", "de steun aan Oekraïne"},
		// near-miss: "hij" does not take a group
		{"Een aantal lidstaten was bij de bespreking aanwezig. In zijn bijdrage sprak hij over de aanvallen. " +
			"Hij riep de lidstaten op de steun aan Oekraïne te verhogen.", "", "", ""},
		// a Commissioner is the Commission, a node even where the letter
		// names the Commission no other way; "geen goed idee vinden" opposes
		{"De nieuwe Commissaris, Tonio Borg, geeft aan dat hij het voorstel geen goed idee vindt.", stOppose, ec, "het voorstel"},
		{"Het kabinet vindt het voorstel geen goed idee.", stOppose, "country:NL", "het voorstel"},
		// near-misses: a good idea reported is no opposition; a bad moment is no bad idea
		{"De Commissaris Borg gaf aan dat hij het voorstel een goed idee vindt.", "", "", ""},
		{"Het kabinet acht het geen goed moment om het voorstel te bespreken.", "", "", ""},
	})
}

// Volition of others: "wil" with an object, its clause ending before a
// reason ("…, want …"), and the Commission by its short form "de CIE"
// where the letter names it only by a Commissioner.
func TestOthersVolition(t *testing.T) {
	const ec = "org:european-commission"
	checkTransfer(t, []transferCase{
		{"Het merendeel van de lidstaten wil hiervoor echter wel een oplossing vinden, want het is onverstandig om de DG alleen achteraf te informeren.", stSupport, "", "een oplossing vinden"},
		// near-miss: the procedure stays one where no reason cuts it off
		{"Het voorzitterschap wil de lidstaten na de Raad hierover informeren.", "", "", ""},
		{"De Commissaris gaf een toelichting. De CIE wil hiervoor echter een regulier comité oprichten.", stSupport, ec, "een regulier comité"},
		// near-miss: "CIE" where the letter names no Commission at all
		{"De CIE wil hiervoor echter een regulier comité oprichten.", "", "", ""},
	})
}

// Stances in nouns and reading formulas: doubt with which a text is read,
// a request to consider, a rejection by an agent, the High
// Representative's attention, a passive whose agent is a group of
// "EU-lidstaten"; each with a near-miss.
func TestNounAndFormulaStances(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De leden van de CDA-fractie hebben met enige twijfel kennisgenomen van het initiatiefvoorstel.", stConcern, "", "het initiatiefvoorstel"},
		{"De leden van de VVD-fractie hebben met zeer gemengde gevoelens kennisgenomen van het voorstel van rijkswet.", stConcern, "", "het voorstel van rijkswet"},
		{"De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het voorstel van rijkswet.", "", "", ""},
		{"Een aantal lidstaten vroegen de Commissie te overwegen het voorstel van tafel te halen.", stSupport, "", "het voorstel van tafel te halen"},
		{"Een aantal lidstaten vroegen de Commissie wanneer zij het voorstel zou overwegen.", "", "", ""},
		{"De gedachtewisseling werd gedomineerd door de afwijzing door een meerderheid van de lidstaten van het voorstel.", stOppose, "", "het voorstel"},
		{"De Commissie besprak de afwijzing van het voorstel door het Europees Parlement.", "", "", ""},
		{"Het verzet van Polen tegen het voorstel bleef groot.", stOppose, "country:PL", "het voorstel"},
		{"De nieuwe HV besteedde in het bijzonder aandacht aan het vergroten van druk op Rusland via sancties.", stPriority, "", "druk op Rusland"},
		{"In deze brief besteed ik aandacht aan de stand van zaken.", "", "", ""},
		{"De Raad sprak over de sancties. Dit werd door een groot aantal EU-lidstaten gesteund.", stSupport, "", ""},
		{"Een groot aantal EU-burgers heeft de petitie getekend.", "", "", ""},
	})
}

// A call made with an act, and thanks for what others brought about.
func TestCallsAndThanks(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Estland, Finland en Litouwen zullen een diversenpunt agenderen met een oproep tot gemeenschappelijke acties.", stSupport, "country:EE+country:FI+country:LT", "gemeenschappelijke acties"},
		{"De brief eindigt met een oproep tot gemeenschappelijke acties.", "", "", ""},
		{"De Oekraïense minister, dhr. Kuleba, sprak de Raad toe. Hij sprak over de aanvallen. " +
			"Hij bedankte de EU-lidstaten voor de voortgang ten aanzien van het gebruik van de rente-inkomsten.", stWelcome, "", "het gebruik van de rente-inkomsten"},
		{"Ik dank u voor de steun van uw Kamer.", "", "", ""},
		{"Het voorzitterschap dankte de Commissie voor haar presentatie.", "", "", ""},
	})
}

// Difficulty and worries in the order of a speech: "heeft daar grote
// moeite mee", "heeft over een aantal punten zorgen" (concern, not the
// support of the "wil" after it); a wish to exchange views is procedure.
func TestWorriesInSpeech(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet heeft daar grote moeite mee.", stConcern, "country:NL", ""},
		{"Frankrijk heeft over een aantal punten zorgen.", stConcern, "country:FR", "een aantal punten"},
		{"Frankrijk wil graag met de Commissie van gedachten wisselen over het voorstel.", "", "", ""},
		// near-misses: "zorgen" as a verb; a wish that is a stance
		{"Het kabinet heeft over de uitvoering afspraken gemaakt om te zorgen dat de regels worden nageleefd.", "", "", ""},
		{"Frankrijk wil het voorstel steunen.", stSupport, "country:FR", "het voorstel"},
	})
}

// The Union speaking as one, a Dutch minister by title and name, and
// support lent in a verb-final clause.
func TestUnionMinisterVerbFinalSpeakers(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De EU veroordeelde ten zeerste de wreedheden en mensenrechtenschendingen.", stOppose, "", "de wreedheden"},
		{"In de EU steunen veel lidstaten het voorstel.", stSupport, "", "het voorstel"}, // "veel lidstaten", not the EU
		{"De EU-lidstaten bespraken het voorstel.", "", "", ""},
		{"De Oekraïense Minister Kuleba drong aan op meer steun.", stSupport, "country:UA", "meer steun"},
		{"Minister Van Weel heeft aangedrongen op meer samenwerking.", stSupport, "country:NL", "meer samenwerking"},
		{"De EU heeft aangegeven dat het geen steun zal verlenen aan initiatieven die de rechten niet respecteren.", stOppose, "", "initiatieven"},
		{"Frankrijk heeft aangegeven dat het steun zal verlenen aan het initiatief.", stSupport, "country:FR", "het initiatief"},
		{"Het fonds zal steun verlenen aan projecten in de regio.", "", "", ""}, // money granted, no actor's stance
	})
}

// A counted group with its quantifier in the gap of an inverted verb.
func TestCountedGroupInGap(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Uiteindelijk hebben alle 27 lidstaten de tekst van de verklaring onderschreven.", stSupport, "", "de tekst van de verklaring"},
		{"De verklaring geldt voor alle 27 lidstaten.", "", "", ""},
	})
}
