package ingest

// How the development letters refer to a JHA Council meeting, by genre
// (issue 12): the inventory TestMeetingUsageAudit (meetings_usage_test.go)
// multiplies into fictional letters. Each row names a form the letters of
// testdata/real/dev and ../shared/corpus/real print, with a letter that
// prints it; the audit writes it for a fictional meeting of 10 and 11 June
// 2027 and generalises it (names, date forms, genre frames), so that the
// rules are measured on the grammar of the forms, not on the letters.

// meetingUsageName is a way to name the JHA Council: the words before the
// meeting's dates. informal and formal: what the name says of the meeting.
type meetingUsageName struct {
	name             string
	informal, formal bool
	seen             string // a development letter that prints it
}

var meetingUsageNames = []meetingUsageName{
	{"JBZ-Raad", false, false, "kst-32317-818"},
	{"JBZ-raad", false, false, "kst-32317-11"},
	{"JBZ Raad", false, false, "kst-32761-80"},
	{"JBZ-Raadsvergadering", false, false, "ek-20150922-korteaantekening"},
	{"informele JBZ-Raad", true, false, "kst-32317-567"},
	{"Informele JBZ-Raad", true, false, "h-tk-20222023-51-5"},
	{"Informele JBZ Raad", true, false, "kst-32317-882"},
	{"formele JBZ-Raad", false, true, "tk-2025D43551"},
	{"Formele JBZ-Raad", false, true, "kst-22112-3113"},
	{"Raad Justitie en Binnenlandse Zaken", false, false, "kst-32317-477"},
	{"Raad Justitie en Binnenlandse Zaken (JBZ-Raad)", false, false, "kst-32317-862"},
	{"Raad Justitie en Binnenlandse Zaken (JBZ)", false, false, "kst-32317-861"},
	{"bijeenkomst van de Raad Justitie en Binnenlandse Zaken", false, false, "kst-32317-356"},
	{"informele bijeenkomst van de Raad Justitie en Binnenlandse Zaken", true, false, "kst-32317-406"},
	{"informele Raad Justitie en Binnenlandse Zaken (iJBZ-Raad)", true, false, "tk-2025D43551"},
	{"Informele Raad Justitie en Binnenlandse Zaken", true, false, "kst-32317-443"},
	{"formele Raad Justitie en Binnenlandse Zaken (JBZ)", false, true, "kst-32317-764"},
	{"bijeenkomst van het Gemengd Comité en de Raad Justitie en Binnenlandse Zaken", false, false, "kst-32317-128"},
	{"informele bijeenkomst van de JBZ-Raad", true, false, "kst-32317-480"},
	// named after its ministers (issue 12), or half in English
	{"informele bijeenkomst van JBZ-ministers", true, false, "issue 12"},
	{"informele bijeenkomst van de ministers van Justitie en Binnenlandse Zaken", true, false, "issue 12"},
	{"JHA Raad", false, false, "issue 12"},
	{"informele JHA-Raad", true, false, "issue 12"},
}

// meetingUsageDate is what follows the name: the days of the meeting of
// 10 and 11 June 2027 as the letters write them, the place it gives, and
// whether it names the first day only (one) or no year (noYear: the
// letter's date decides).
type meetingUsageDate struct {
	tail        string
	place       string
	one, noYear bool
	seen        string
}

var meetingUsageDates = []meetingUsageDate{
	{" van 10 en 11 juni 2027", "", false, false, "kst-32317-67"},
	{" 10 en 11 juni 2027", "", false, false, "kst-32317-443"},
	{" 10-11 juni 2027", "", false, false, "tk-20250611-commissiedebat-jbz-raad"},
	{" 10 11 juni 2027", "", false, false, "tk-2025D43551"},
	{" d.d. 10-11 juni 2027", "", false, false, "tk-20250611-commissiedebat-jbz-raad"},
	{" d.d. 10 en 11 juni 2027", "", false, false, "kst-32317-11"},
	{" op 10 en 11 juni 2027", "", false, false, "kst-32317-67"},
	{", 10 en 11 juni 2027", "", false, false, "kst-32317-5"},
	{" van 10–11 juni 2027", "", false, false, "kst-32317-964"},
	{" te Luxemburg van 10 en 11 juni 2027", "Luxemburg", false, false, "kst-32317-830"},
	{" te Luxemburg 10-11 juni 2027", "Luxemburg", false, false, "h-tk-20222023-51-5"},
	{" (Luxemburg) 10 en 11 juni 2027", "Luxemburg", false, false, "kst-32317-882"},
	{" Luxemburg van 10 en 11 juni 2027", "Luxemburg", false, false, "kst-32317-764"},
	{" Luxemburg 10 en 11 juni 2027", "Luxemburg", false, false, "kst-32317-764"},
	{" 10 & 11 juni 2027", "", false, false, "kst-32317-818"},
	{" van 10 juni en 11 juni 2027", "", false, false, "kst-32317-67"},
	{" van donderdag 10 en vrijdag 11 juni 2027", "", false, false, "kst-32317-316"},
	{" op 10 en 11 juni 2027 via videoconferentie", "", false, false, "kst-32317-621"},
	{" van 10 en 11 juni 2027 te Luxemburg", "Luxemburg", false, false, "kst-32317-500"},
	{" 10-11 juni 2027 te Luxemburg", "Luxemburg", false, false, "tk-20250611-commissiedebat-jbz-raad"},
	{" op 10 en 11 juni 2027 in Luxemburg", "Luxemburg", false, false, "kst-32317-861"},
	{", 10 en 11 juni 2027 te Luxemburg", "Luxemburg", false, false, "kst-32317-128"},
	{", gehouden in Luxemburg op 10 en 11 juni 2027", "Luxemburg", false, false, "kst-32317-356"},
	{" gehouden te Brussel op 10 en 11 juni 2027", "Brussel", false, false, "kst-32317-263"},
	{" te Brussel van 10 en 11 juni 2027", "Brussel", false, false, "kst-32317-316"},
	{" gehouden op 10 en 11 juni 2027", "", false, false, "kst-32317-101"},
	{" op 10 en 11 juni 2027 in Hongarije", "", false, false, "kst-32317-882"},
	{" van 10 juni 2027", "", true, false, "kst-32317-559"},
	{" 10 juni 2027", "", true, false, "kst-32317-422"},
	// no year: the letter's date, or the cited letter's, decides
	{" 10 en 11 juni", "", false, true, "kst-32317-818"},
	{" van 10 en 11 juni", "", false, true, "kst-32317-IX"},
	{" op 10 en 11 juni", "", false, true, "kst-32317-316"},
	{" van 10-11 juni", "", false, true, "kst-32317-567"},
	{" 10/11 juni", "", false, true, "kst-32317-263"},
	{" van 10 en 11 juni jl.", "", false, true, "kst-32317-375"},
}

// meetingUsageFrame is a genre's frame around a meeting's reference (%s,
// the name and its dates): the document it stands in (a letter of the
// government, a record of the Kamer, answers to questions, a web page of
// the Kamer's records), its date, and the relation the document then has
// with the meeting. before: the frame needs the meeting after the letter's
// date (an agenda), a report one before it; 0 either way.
type meetingUsageFrame struct {
	genre string
	kind  string // the document: "letter", "procedure", "answers", "page", "handelingen"
	date  string // the document's date, as it prints it
	frame string
	rel   string // MENTIONS, ANNOTATES, REPORTS_ON
	seen  string
}

var meetingUsageFrames = []meetingUsageFrame{
	// the committee's record lists the letters its debate is about
	{"list item", "procedure", "20 juni 2027", "de brief van de Minister van Justitie en Veiligheid d.d. 2 juni 2027 inzake geannoteerde agenda %s (Kamerstuk 32 317, nr. 989);", "MENTIONS", "kst-32317-818"},
	{"list item", "procedure", "20 juni 2027", "– de brief van de Staatssecretaris van Justitie en Veiligheid d.d. 16 juni 2027 inzake verslag van de %s (Kamerstuk 32 317, nr. 991);", "MENTIONS", "kst-32317-818"},
	{"list item", "procedure", "20 juni 2027", "• Geannoteerde agenda %s (Kamerstuk 32 317, nr. 989)", "MENTIONS", "kst-32317-859"},
	{"list item", "procedure", "20 juni 2027", "  • Verslag van de %s (Kamerstuk 32 317, nr. 991)", "MENTIONS", "tk-2025D43551"},
	{"list item", "letter", "20 juni 2027", "- de brief van de Minister van Justitie en Veiligheid d.d. 2 juni 2027 met de geannoteerde agenda voor de %s (Kamerstuk 32 317, nr. 989);", "MENTIONS", "kst-32317-101"},
	{"list item", "letter", "20 juni 2027", "– de brief van de Minister d.d. 16 juni 2027 ter aanbieding van het verslag van de %s (Kamerstuk 32 317, nr. 991);", "MENTIONS", "kst-32317-316"},
	// the committee's opening sentence names what the debate is about
	{"sentence", "procedure", "20 juni 2027", "De vaste commissie voor Justitie en Veiligheid heeft op 8 juni 2027 overleg gevoerd met de heer Jansen, minister van Justitie en Veiligheid, over %s (vreemdelingen- en asielbeleid).", "MENTIONS", "tk-20250611-commissiedebat-jbz-raad"},
	{"sentence", "procedure", "20 juni 2027", "De leden van de fractie hebben kennisgenomen van de geannoteerde agenda van de %s en hebben nog enkele vragen.", "MENTIONS", "kst-32317-637"},
	{"sentence", "procedure", "20 juni 2027", "De leden van de fractie hebben kennisgenomen van de agenda van de %s op het terrein van asiel- en vreemdelingenzaken.", "MENTIONS", "kst-32317-263"},
	// answers to questions of the Kamer
	{"sentence", "answers", "20 juni 2027", "Het onderwerp stond niet op de agenda van de %s en is daar ook niet besproken.", "MENTIONS", "ah-tk-20192020-3912"},
	{"sentence", "answers", "20 juni 2027", "Klopt het dat dit onderwerp op de agenda van de %s stond?", "MENTIONS", "ah-tk-20192020-3912"},
	// a government letter on another topic
	{"sentence", "letter", "20 juni 2027", "Tijdens het algemeen overleg van 8 juni jl. ter voorbereiding van de %s is hierover gesproken.", "MENTIONS", "kst-32317-375"},
	{"sentence", "letter", "20 juni 2027", "Het voorstel lag voor tijdens de %s.", "MENTIONS", "kst-32317-906"},
	// the web page's record of activities: a dated line per activity
	{"metadata line", "page", "20 juni 2027", "- 2027-06-08 10:00: %s (algemeen) (Commissiedebat), vaste commissie voor Justitie en Veiligheid", "MENTIONS", "tk-2024D01753"},
	{"metadata line", "page", "20 juni 2027", "- 2027-06-04 12:00: %s (vreemdelingen- en asielbeleid) (Inbreng schriftelijk overleg), vaste commissie voor Justitie en Veiligheid", "MENTIONS", "kst-32317-830"},
	// a debate of the Kamer named after the Council and its days: the
	// debate is no meeting, the Council it names is mentioned
	{"debate", "handelingen", "20 juni 2027", "Aan de orde is het tweeminutendebat %s (CD d.d. 8/6).", "MENTIONS", "h-tk-20222023-51-5"},
	{"debate", "handelingen", "20 juni 2027", "Aan de orde is het VAO %s (AO 8/6).", "MENTIONS", "h-tk-20152016-62-9"},
	{"debate", "handelingen", "20 juni 2027", "Dan is nu aan de orde het VSO %s.", "MENTIONS", "h-tk-20192020-9-4"},
	{"debate", "letter", "20 juni 2027", "Tijdens het Commissiedebat %s (vreemdelingen- en asielonderwerpen) heeft de minister toegezegd uw Kamer te informeren.", "MENTIONS", "kst-32317-764"},
	{"debate", "letter", "20 juni 2027", "Hierbij beantwoord ik de vragen uit het verslag van het schriftelijk overleg %s over het voortgangsoverzicht.", "MENTIONS", "kst-32317-316"},
	// the government's answers to the committee's questions on an agenda
	// or a report: the letter is neither
	{"sentence", "letter", "1 juni 2027", "Hierbij ontvangt u de antwoorden op de vragen van de vaste commissie voor Justitie en Veiligheid over de geannoteerde agenda van de %s.", "MENTIONS", "tk-2025D43551"},
	{"sentence", "letter", "1 juni 2027", "Hierbij bieden wij u de antwoorden aan op vragen van de commissie over de geannoteerde agenda voor de %s.", "MENTIONS", "kst-32317-818"},
	{"sentence", "letter", "20 juni 2027", "Hierbij ontvangt u de beantwoording van de vragen van de commissie over het verslag van de %s.", "MENTIONS", "kst-32317-859"},
	{"heading", "letter", "1 juni 2027", "Antwoorden op vragen commissie over de geannoteerde agenda %s", "MENTIONS", "kst-32317-859"},
	// the Kamer's record of a procedure named after the Council, as a
	// heading or offered: no report of the Council
	{"heading", "letter", "20 juni 2027", "Verslag van een schriftelijk overleg over de geannoteerde agenda %s", "MENTIONS", "kst-32317-859"},
	{"sentence", "letter", "20 juni 2027", "Hierbij zend ik u het verslag van het schriftelijk overleg over de %s.", "MENTIONS", "kst-32317-316"},
	// answers to Kamervragen whose first question names the agenda
	{"sentence", "answers1", "20 juni 2027", "Bent u bekend met de geannoteerde agenda van de %s?", "MENTIONS", "ah-tk-20192020-3912"},
	{"sentence", "answers1", "20 juni 2027", "Heeft u kennisgenomen van het verslag van de %s?", "MENTIONS", "ah-tk-20192020-3912"},
	// the government's own agenda and report
	{"heading", "letter", "1 juni 2027", "Geannoteerde agenda %s", "ANNOTATES", "kst-32317-830"},
	{"heading", "letter", "20 juni 2027", "Verslag %s", "REPORTS_ON", "kst-32317-882"},
	{"heading", "letter", "20 juni 2027", "Uitkomsten %s", "REPORTS_ON", "kst-32317-322"},
	{"heading", "letter", "20 juni 2027", "Belangrijkste resultaten van de %s", "REPORTS_ON", "kst-32317-322"},
	{"heading", "letter", "20 juni 2027", "Terugblik op de %s", "REPORTS_ON", "kst-32317-322"},
	{"sentence", "letter", "1 juni 2027", "Hierbij bieden wij uw Kamer de geannoteerde agenda aan van de %s.", "ANNOTATES", "kst-32317-862"},
	{"sentence", "letter", "20 juni 2027", "Hierbij bieden wij uw Kamer het verslag aan van de %s.", "REPORTS_ON", "kst-32317-866"},
}

// meetingUsageNegative is a sentence that names no JHA Council meeting,
// though it names the Council or a meeting like it: a debate or a
// committee of the Kamer dated on its own day, another configuration, the
// European Council, a meeting by its month or its order alone.
var meetingUsageNegatives = []struct {
	sentence string
	seen     string
}{
	{"Dit heb ik medegedeeld tijdens het AO JBZ-raad van 3 juni 2027 en het AO vreemdelingenbeleid.", "ah-tk-20172018-2499"},
	{"Passage uit het stenografisch verslag van het VAO JBZ-raad, 3 juni 2027:", "ah-tk-20102011-1745"},
	{"Zoals gevraagd tijdens het AO JBZ-Raad op 3 juni jl. heeft de minister gesproken met zijn collega.", "kst-32317-529"},
	{"Zoals toegezegd tijdens het AO JBZ-Raad (Asiel- en Migratiedeel) op 3 juni jl. informeer ik u hierbij.", "kst-32317-532"},
	{"Ik verwijs naar de toezegging tijdens het Algemeen Overleg over de informele JBZ-Raad op 3 juni 2027.", "kst-32317-543"},
	{"Ik verwijs naar de reactie op vragen gesteld tijdens het algemeen overleg JBZ Raad, 3 juni 2027 over het aanhoudingsbevel.", "kst-32317-443"},
	{"Tijdens het debat over de JBZ-Raad, op 3 juni jl., is met uw Kamer gesproken over de verordening.", "kst-32317-906"},
	{"De vaste commissie voor Immigratie & Asiel / JBZ-Raad heeft op 3 juni 2027 overleg gevoerd.", "ek-20240326-mensensmokkel"},
	{"Korte aantekeningen vergadering commissie Immigratie & Asiel / JBZ-Raad (I&A/JBZ) van 3 juni 2027.", "ek-20150922-korteaantekening"},
	{"Dit kwam aan de orde tijdens de Raad Algemene Zaken van 18 juni 2027.", "kst-32317-785"},
	{"Dit wordt besproken tijdens de Europese Raad van 24 en 25 juni 2027.", "kst-21501-02-1503"},
	{"Het verslag van de informele bijeenkomst van Europese staatshoofden en regeringsleiders van 16 juni 2027 treft u bijgaand aan.", "kst-21501-20-1150"},
	{"Het tweeminutendebat Milieuraad d.d. 17 juni 2027 vond gisteren plaats.", "h-tk-20232024-55-4"},
	{"Ik verwijs naar de brief van de ministers van Justitie en Binnenlandse Zaken van 3 juni 2027 over de opvang.", "kst-23490-555"},
	{"Dit komt aan bod tijdens de EU-Afrika-top van 10 en 11 juni 2027.", "issue 12"},
	{"De Ecofin-Raad van 10 juni 2027 besprak de begroting.", "kst-21501-07-1655"},
	{"Tijdens de Milieuraad van 10 juni 2027 is hierover gesproken.", "kst-21501-08-891"},
	{"Dit kwam aan de orde in de RBZ van 10 juni 2027 en de RAZ van 11 juni 2027.", "kst-21501-02-2703"},
	{"Tijdens de informele bijeenkomst van de ministers van Buitenlandse Zaken (Gymnich) van 10 en 11 juni 2027 is hierover gesproken.", "kst-21501-02-2703"},
	{"Het tweeminutendebat Raad Algemene Zaken d.d. 10 en 11 juni 2027 vond gisteren plaats.", "h-tk-20232024-55-4"},
	{"De bijeenkomst van de ministers van Financiën van 10 en 11 juni 2027 besprak de begroting.", "kst-21501-07-1655"},
	{"Tijdens het Commissiedebat Raad Buitenlandse Zaken Handel van 15 juni 2027 is dit toegezegd.", "kst-21501-02-2864"},
	{"Het gesprek hierover wordt voortgezet tijdens de informele JBZ-Raad in juli.", "kst-32317-179"},
	{"Het voorzitterschap heeft de bespreking hiervan verdaagd tot de JBZ-raad in juni.", "kst-32317-682"},
	{"Dit werd besproken in de laatste JBZ Raad.", "kst-32317-263"},
	{"Vervolgstappen komen aan de orde tijdens volgende JBZ-Raden.", "kst-32317-253"},
	{"De stand van zaken na de JBZ-raad van februari 2027 treft u hierbij aan.", "kst-32317-11"},
	{"Op de informele JBZ Raad van juli 2027 is een voldoende mate van consensus bereikt.", "kst-32761-80"},
}
