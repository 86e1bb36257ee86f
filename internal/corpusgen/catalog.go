package corpusgen

// The words of the letters: agenda topics per Council section, with the
// areas of acts.tsv they draw their act from, formats of discussion, and the
// sentences around them. Nothing here names an act, a country, an EU body or
// a Council meeting by itself: those are put in by the generator, which
// records them, so that the truth of every letter is known.

type topic struct {
	title string   // agenda item title
	about string   // running-text form: "de stand van zaken van het asiel- en migratiepact"
	areas []string // act areas the item may concern
	since int      // first year the subject is on the Council's agenda (0: always)
}

// sectionTitles are the sections of an annotated agenda or a report.
var sectionTitles = [...]string{"", "Binnenlandse Zaken", "Justitie"}

var homeTopics = []topic{
	{"Stand van zaken asiel- en migratiepact", "de voortgang van de onderhandelingen over het asiel- en migratiepact", []string{"asylum"}, 2020},
	{"Strategische discussie over migratiebeleid", "de toekomst van het Europese migratiebeleid", []string{"migration", "asylum"}, 0},
	{"Schengen: stand van zaken", "de werking van het Schengengebied", []string{"schengen", "borders"}, 0},
	{"Terugkeer", "de effectiviteit van het terugkeerbeleid", []string{"migration"}, 0},
	{"Externe dimensie van migratie", "de samenwerking met landen van herkomst en doorreis", []string{"migration"}, 0},
	{"Tijdelijke bescherming van ontheemden uit Oekraïne", "de opvang van ontheemden uit Oekraïne", []string{"asylum"}, 2022},
	{"Versterking van de buitengrenzen", "het beheer van de buitengrenzen", []string{"borders"}, 0},
	{"Interoperabiliteit van informatiesystemen", "de invoering van de nieuwe informatiesystemen", []string{"borders", "visas"}, 2016},
	{"Visumbeleid", "het gemeenschappelijke visumbeleid", []string{"visas"}, 0},
	{"Politiële samenwerking en informatie-uitwisseling", "de grensoverschrijdende politiële samenwerking", []string{"police"}, 0},
	{"Aanpak van drugshandel en georganiseerde criminaliteit", "de aanpak van drugshandel en georganiseerde criminaliteit", []string{"police", "criminal-law"}, 0},
	{"Terrorismebestrijding", "de dreiging van terrorisme en gewelddadig extremisme", []string{"security", "criminal-law"}, 0},
	{"Kunstmatige intelligentie en rechtshandhaving", "de inzet van kunstmatige intelligentie in de rechtshandhaving", []string{"digital", "data-protection"}, 2019},
	{"Legale migratie en arbeidsmigratie", "legale migratieroutes naar de Unie", []string{"labour-migration", "migration"}, 0},
	{"Bestrijding van migrantensmokkel", "de bestrijding van migrantensmokkel", []string{"migration", "trafficking"}, 0},
	{"Toekomst van de agentschappen", "het mandaat van de agentschappen op het terrein van binnenlandse zaken", []string{"agencies"}, 0},
}

var justiceTopics = []topic{
	{"Strafrechtelijke aanpak van mensenhandel", "de strafrechtelijke aanpak van mensenhandel", []string{"trafficking"}, 0},
	{"Elektronisch bewijs", "de toegang tot elektronisch bewijsmateriaal", []string{"judicial-criminal", "data-protection"}, 2018},
	{"Europees Openbaar Ministerie", "de opbouw van het Europees Openbaar Ministerie", []string{"agencies", "judicial-criminal"}, 2013},
	{"Rechtsstatelijkheid en grondrechten", "de rechtsstaat en de bescherming van grondrechten", []string{"data-protection"}, 0},
	{"Bestrijding van witwassen", "de bestrijding van witwassen en terrorismefinanciering", []string{"criminal-law"}, 0},
	{"Rechten van slachtoffers", "de positie van slachtoffers in het strafproces", []string{"criminal-law", "judicial-criminal"}, 0},
	{"Digitalisering van justitiële samenwerking", "de digitalisering van de justitiële samenwerking", []string{"judicial-criminal", "civil-justice"}, 2020},
	{"Seksueel misbruik van kinderen", "de bestrijding van seksueel misbruik van kinderen", []string{"criminal-law"}, 0},
	{"Gegevensbewaring voor opsporing en vervolging", "de bewaring van gegevens voor opsporing en vervolging", []string{"data-protection"}, 0},
	{"Justitiële samenwerking in burgerlijke zaken", "de samenwerking in burgerlijke en handelszaken", []string{"civil-justice"}, 0},
	{"Wederzijdse erkenning in strafzaken", "de wederzijdse erkenning van rechterlijke beslissingen in strafzaken", []string{"judicial-criminal"}, 0},
	{"Detentieomstandigheden", "de omstandigheden in detentie en de re-integratie van gedetineerden", nil, 0},
	{"Ontneming en confiscatie", "de ontneming van criminele vermogens", []string{"criminal-law"}, 0},
	{"Strijd tegen georganiseerde criminaliteit", "de justitiële aanpak van georganiseerde criminaliteit", []string{"judicial-criminal", "criminal-law"}, 0},
}

var formats = []string{"Werksessie", "Beleidsdebat", "Algemene oriëntatie", "Werklunch", "Informatievoorziening", "Presentatie door de Commissie", "Stand van zaken"}

// Sentences of an annotated agenda about an item; %s is the topic.
var agendaDescriptions = []string{
	"Onder dit agendapunt zullen de lidstaten naar verwachting spreken over %s.",
	"De Raad zal van gedachten wisselen over %s.",
	"Het voorzitterschap heeft ten tijde van schrijven nog geen inhoudelijk voorbereidend stuk verspreid over %s.",
	"Naar verwachting zal de discussie zich richten op %s.",
	"De Commissie zal de Raad informeren over %s.",
	"Het voorzitterschap beoogt tijdens deze bijeenkomst een gedachtewisseling over %s.",
}

// Filler of an annotated agenda, said of nothing in particular.
var agendaFiller = []string{
	"Aanvullende informatie over de invulling van dit agendapunt is op het moment van schrijven nog niet beschikbaar.",
	"Uw Kamer wordt over de uitkomst geïnformeerd via het verslag van deze bijeenkomst.",
	"Daarbij zal vermoedelijk eveneens de coördinatie binnen de Unie aan bod komen.",
	"De verwachting is dat het voorzitterschap hierover op korte termijn een discussienota verspreidt.",
	"Het is de bedoeling dat de ministers richting geven aan de verdere uitwerking op ambtelijk niveau.",
	"Voor het effectief slagen van een dergelijke samenwerking is langdurige en gezamenlijke inzet essentieel.",
	"Ook dient rekening te worden gehouden met de verschillende lopende samenwerkingen.",
}

// Sentences of a report about an item; %s is the topic.
var reportDescriptions = []string{
	"De Raad sprak over %s.",
	"Het voorzitterschap gaf een toelichting op %s.",
	"De Commissie informeerde de Raad over %s.",
	"De ministers wisselden van gedachten over %s.",
	"Tijdens de lunch is gesproken over %s.",
}

var reportFiller = []string{
	"Veel lidstaten onderstreepten het belang van een gezamenlijke aanpak.",
	"Enkele lidstaten wezen op de uitvoeringslasten voor de nationale autoriteiten.",
	"Het voorzitterschap concludeerde dat het werk op technisch niveau wordt voortgezet.",
	"Een ruime meerderheid van de lidstaten steunde de voorgestelde richting.",
	"Er werden geen besluiten genomen.",
	"De Commissie zegde toe de Raad op de hoogte te houden van de verdere ontwikkelingen.",
}

// Cabinet stances: the verb phrase before the object, in the present tense
// (annotated agendas) and the past (reports). The stance names follow
// schema.graphqls (support, welcome, agree, oppose, concern).
type stance struct {
	name, present, past string
}

var stances = []stance{
	{"support", "Het kabinet steunt", "Nederland steunde"},
	{"welcome", "Het kabinet verwelkomt", "Nederland verwelkomde"},
	{"agree", "Het kabinet kan instemmen met", "Nederland kon instemmen met"},
	{"oppose", "Het kabinet kan niet instemmen met", "Nederland kon niet instemmen met"},
	{"concern", "Het kabinet heeft zorgen over", "Nederland uitte zorgen over"},
	{"support", "Het kabinet is voorstander van", "Nederland sprak zich uit voor"},
}

// Objects of a stance; %s is an act citation.
var actObjects = []string{
	"het voorstel tot herziening van %s",
	"de voorgestelde wijziging van %s",
	"de algemene oriëntatie over de herziening van %s",
	"het compromisvoorstel van het voorzitterschap over %s",
	"een evaluatie van de uitvoering van %s",
	"de inzet om de onderhandelingen over de herziening van %s dit jaar af te ronden",
}

// Objects of a stance without an act; %s is the topic.
var topicObjects = []string{
	"een gezamenlijke Europese aanpak van %s",
	"de bespreking van %s",
	"een verkenning van verdere Europese samenwerking op het gebied van %s",
	"de voorgestelde aanpak van %s",
}

var stanceReasons = []string{
	"Een Europees gecoördineerde inzet is immers wenselijk.",
	"Daarbij hecht het kabinet aan een zorgvuldige uitvoering in de lidstaten.",
	"Het kabinet ziet het als een waardevol instrument ter versterking van de gezamenlijke aanpak.",
	"De Nederlandse inzet op deze onderwerpen is naar tevredenheid verwerkt.",
	"Wel vraagt het kabinet aandacht voor de gevolgen voor de uitvoeringspraktijk.",
	"Het kabinet zal zich hiervoor ook in de komende periode blijven inzetten.",
}

// Subjects of the letters' own paragraphs besides the agenda ("Overige
// onderwerpen"); the heading and an opening clause, %s is an act citation.
var letterTopics = []struct{ heading, opening string }{
	{"Onderhandelingsresultaat", "Het onderhandelingsresultaat over %s is naar tevredenheid verwerkt in de tekst waarmee het Comité van Permanente Vertegenwoordigers instemde"},
	{"Voortgang van de onderhandelingen", "De onderhandelingen in triloog met het Europees Parlement over %s bevinden zich in een afrondende fase"},
	{"Uitvoering", "De uitvoering van %s vraagt de komende tijd bijzondere aandacht van de lidstaten"},
	{"Evaluatie", "De Commissie heeft een evaluatie van de werking van %s gepubliceerd"},
	{"Implementatie", "Het wetsvoorstel ter implementatie van %s wordt binnenkort bij uw Kamer ingediend"},
}

// Sentences that name countries; %s are Dutch country names.
var countrySentences = []string{
	"Met %s en %s zijn afspraken gemaakt om gezamenlijk op te trekken.",
	"Ook %s en %s hebben zich bij dit initiatief aangesloten.",
	"De situatie in %s en %s blijft de aandacht van de Raad vragen.",
}

// Sentences that name EU bodies; %s is the body as letters write it.
var orgSentences = []string{
	"Naar verwachting zal %s hierover in de loop van het jaar rapporteren.",
	"De rol van %s bij de uitvoering wordt daarbij nadrukkelijk betrokken.",
	"Het kabinet hecht aan een goede samenwerking met %s.",
}
