package ingest

// The event usage inventory (issue 12): every way the development letters
// (testdata/real/dev/letters, with their gold events and the sentences the
// gold lists as optional events) write a dated event, taken apart into its
// grammatical parts — who takes the step, the verb with its particle,
// participle, auxiliary and infinitive, what the step is taken on, and the
// letter each form was read in — so that TestEventUsageAudit
// (events_usage_test.go) can put every form in every tense (past, perfect,
// passive, expected future), order (main clause, inversion, subordinate
// clause), date form and act form, in fictional sentences. The dates and
// acts of the letters are not kept: only the forms.
//
// Forms the letters use that are no event by testdata/gold/README.md
// ("Events": a date stated with its day) are in eventUsageNonEvents: a
// month, a season or a week without a day ("in maart", "eind 2026", "vorige
// week"), a step wished for or conditional, a meeting's range of days.

// usageVerb is a verb of an event in the forms the audit conjugates: the
// finite past (singular, plural), the particle of a separable verb ("aan"
// in "nam ... aan", "in werking" in "trad ... in werking"), the participle,
// the perfect's auxiliary, the infinitive (with its particle) and the
// present that says what will happen on a day ("treedt ... in werking"),
// "" where the verb has none.
type usageVerb struct {
	past, pastPl, particle, part, aux, inf, present string
}

// usageActor is who takes the step, with its number.
type usageActor struct {
	text   string
	plural bool
}

// eventUsage is one form of an event: class and target (the act, "" , or
// an organisation or country key), the actors who take it ("" for a form
// whose subject is the object itself: "{A} treedt in werking"), the verb,
// the object with "{A}" for the act, whether the object follows the
// particle ("stemde in met {A}"), whether it has a passive ("werd ...
// aangenomen"), and where it was read.
type eventUsage struct {
	class, target string
	actors        []usageActor
	verb          usageVerb
	object        string
	objectLast    bool
	passive       bool
	source        string
}

var (
	usageCouncil    = usageActor{text: "de Raad"}
	usageMinisters  = usageActor{text: "de ministers", plural: true}
	usageCoreper    = usageActor{text: "Coreper"}
	usageMembers    = usageActor{text: "de lidstaten", plural: true}
	usagePresidency = usageActor{text: "het voorzitterschap"}
	usageCommission = usageActor{text: "de Europese Commissie"}
	usageCoLeg      = usageActor{text: "de Raad en het Europees Parlement", plural: true}
	usageEPCouncil  = usageActor{text: "het Europees Parlement en de Raad", plural: true}
)

var (
	verbReach    = usageVerb{past: "bereikte", pastPl: "bereikten", part: "bereikt", aux: "heeft", inf: "bereiken"}
	verbAdopt    = usageVerb{past: "nam", pastPl: "namen", particle: "aan", part: "aangenomen", aux: "heeft", inf: "aannemen"}
	verbFix      = usageVerb{past: "stelde", pastPl: "stelden", particle: "vast", part: "vastgesteld", aux: "heeft", inf: "vaststellen"}
	verbApprove  = usageVerb{past: "keurde", pastPl: "keurden", particle: "goed", part: "goedgekeurd", aux: "heeft", inf: "goedkeuren"}
	verbConsent  = usageVerb{past: "stemde", pastPl: "stemden", particle: "in", part: "ingestemd", aux: "heeft", inf: "instemmen"}
	verbDecide   = usageVerb{past: "besloot", pastPl: "besloten", part: "besloten", aux: "heeft", inf: "besluiten"}
	verbPresent  = usageVerb{past: "presenteerde", pastPl: "presenteerden", part: "gepresenteerd", aux: "heeft", inf: "presenteren"}
	verbPublish  = usageVerb{past: "publiceerde", pastPl: "publiceerden", part: "gepubliceerd", aux: "heeft", inf: "publiceren"}
	verbDo       = usageVerb{past: "deed", pastPl: "deden", part: "gedaan", aux: "heeft", inf: "doen"}
	verbIssue    = usageVerb{past: "bracht", pastPl: "brachten", particle: "uit", part: "uitgebracht", aux: "heeft", inf: "uitbrengen"}
	verbSubmit   = usageVerb{past: "diende", pastPl: "dienden", particle: "in", part: "ingediend", aux: "heeft", inf: "indienen"}
	verbForce    = usageVerb{past: "trad", pastPl: "traden", particle: "in werking", part: "in werking getreden", aux: "is", inf: "in werking treden", present: "treedt"}
	verbApply    = usageVerb{past: "werd", pastPl: "werden", particle: "van toepassing", part: "van toepassing geworden", aux: "is", inf: "van toepassing worden", present: "wordt"}
	verbRunOut   = usageVerb{past: "liep", pastPl: "liepen", particle: "af", part: "afgelopen", aux: "is", inf: "aflopen", present: "loopt"}
	verbAgreeOn  = usageVerb{part: "overeengekomen", aux: "is"}
	verbOJAppear = usageVerb{past: "verscheen", pastPl: "verschenen", particle: "in het Publicatieblad", part: "in het Publicatieblad verschenen", aux: "is", inf: "in het Publicatieblad verschijnen", present: "verschijnt"}
)

// eventUsageForms are the forms of the development letters.
var eventUsageForms = []eventUsage{
	// general approach: "heeft het Hongaars Voorzitterschap een algemene oriëntatie bereikt op de verordening" (tk-2025D02017),
	// "bereikte de Raad een algemene oriëntatie" (kst-32317-559 and the agendas' reports), "is een algemene oriëntatie ...
	// overeengekomen" (kst-21501-31-538)
	{class: "general-approach", actors: []usageActor{usageCouncil, usageMinisters, usagePresidency}, verb: verbReach, object: "een algemene oriëntatie over {A}", passive: true, source: "tk-2025D02017"},
	{class: "general-approach", actors: []usageActor{usageCouncil}, verb: verbFix, object: "een algemene oriëntatie over {A}", passive: true, source: "kst-32317-559"},
	{class: "general-approach", verb: verbAgreeOn, object: "een algemene oriëntatie over {A}", passive: true, source: "kst-21501-31-538"},
	// mandate: "het concept onderhandelingsmandaat" (kst-32317-973), "een voorstel voor een Raadspositie" agreed in Coreper
	// (kst-32317-862)
	{class: "mandate", actors: []usageActor{usageCoreper}, verb: verbFix, object: "het mandaat voor de onderhandelingen over {A}", passive: true, source: "kst-32317-862"},
	{class: "mandate", actors: []usageActor{usageCoreper}, verb: verbApprove, object: "het onderhandelingsmandaat voor {A}", passive: true, source: "kst-32317-973"},
	// political agreement: "het op 29 mei 2013 in de triloog bereikte akkoord" (kst-32317-179), "Het voorlopig akkoord is de
	// uitkomst van de laatste triloog op 9 november 2023" (kst-21501-08-928), "het politieke akkoord ... in de JBZ-Raad van 7
	// december 2018" (kst-32317-559)
	{class: "political-agreement", actors: []usageActor{usageCoLeg}, verb: verbReach, object: "een voorlopig akkoord over {A}", passive: true, source: "kst-32317-179"},
	{class: "political-agreement", actors: []usageActor{usageCoLeg}, verb: verbReach, object: "een politiek akkoord over {A}", passive: true, source: "kst-32317-559"},
	// agreement: "is op ambassadeursniveau (in Coreper) overeenstemming bereikt over de teksten" (kst-32317-559), "heeft de Raad
	// overeenstemming bereikt over jaarlijkse solidariteitspool" (kst-32317-PV), "hebben de lidstaten in Coreper overeenstemming
	// bereikt over de positie van de Raad" (kst-21501-03-160), "Nederland heeft ingestemd met" (kst-21501-20-907)
	{class: "agreement", actors: []usageActor{usageCoreper, usageMembers}, verb: verbReach, object: "overeenstemming over {A}", passive: true, source: "kst-32317-PV"},
	{class: "agreement", actors: []usageActor{usageCoreper}, verb: verbConsent, object: "met {A}", objectLast: true, source: "kst-21501-20-907"},
	// adoption: "De richtlijn is door het Europees Parlement en de Raad gezamenlijk op 13 december 2011 vastgesteld" (kst-33580-3),
	// "die 27 juni jl. door de Europese Raad zijn aangenomen" (kst-21501-20-907)
	{class: "adoption", actors: []usageActor{usageEPCouncil}, verb: verbFix, object: "{A}", passive: true, source: "kst-33580-3"},
	{class: "adoption", actors: []usageActor{usageCouncil}, verb: verbAdopt, object: "{A}", passive: true, source: "kst-21501-20-907"},
	// decision: "heeft het College van Commissarissen 20 juli 2016 besloten om het voorstel ... te handhaven" (tk-2016D36326),
	// "De wijziging van de richtlijn ... is goedgekeurd" (tk-2011D28261)
	{class: "decision", actors: []usageActor{usageCouncil}, verb: verbDecide, object: "tot verlenging van {A}", objectLast: true, source: "tk-2016D36326"},
	{class: "decision", actors: []usageActor{usageCouncil}, verb: verbApprove, object: "{A}", passive: true, source: "tk-2011D28261"},
	// proposal, the Commission's event: "presenteerde de Europese Commissie een voorstel" (kst-22112-3254), "publiceerde de
	// Commissie een voorstel tot herziening van de Richtlijn 2003/109/EG" (kst-32317-862), "heeft de Europese Commissie een
	// voorstel gedaan voor een Terugkeerverordening" (kst-22112-4031), "een voorstel voor een richtlijn COM(2016)723
	// uitgebracht" (kst-32317-525), "heeft ... een voorstel ... gepubliceerd" (kst-22112-3627, kst-32317-932)
	{class: "proposal", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbPresent, object: "een voorstel tot wijziging van {A}", passive: true, source: "kst-22112-3254"},
	{class: "proposal", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbPublish, object: "een voorstel tot herziening van {A}", passive: true, source: "kst-32317-862"},
	{class: "proposal", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbDo, object: "een voorstel tot wijziging van {A}", passive: true, source: "kst-22112-4031"},
	{class: "proposal", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbIssue, object: "een voorstel tot wijziging van {A}", passive: true, source: "kst-32317-525"},
	{class: "proposal", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbSubmit, object: "een voorstel tot wijziging van {A}", passive: true, source: "kst-22112-3627"},
	// publication of a Commission document: "publiceerde de Commissie een aanbeveling" (kst-32317-866), "heeft de Commissie
	// een Aanbeveling uitgebracht" (kst-32317-480), "heeft de Europese Commissie haar evaluatie ... gepubliceerd"
	// (kst-21501-07-1655), "publiceerde de Europese Commissie de mededeling over de nieuwe EU-drugsstrategie" (kst-22112-4246)
	{class: "publication", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbPublish, object: "een mededeling over de toepassing van {A}", passive: true, source: "kst-22112-4246"},
	{class: "publication", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbIssue, object: "een aanbeveling over de uitvoering van {A}", passive: true, source: "kst-32317-480"},
	{class: "publication", target: "org:european-commission", actors: []usageActor{usageCommission}, verb: verbPublish, object: "haar evaluatie van {A}", source: "kst-21501-07-1655"},
	// publication of the act: "is ... gepubliceerd" (tk-2011D28261, kst-32317-559), in the Official Journal (kst-33580-3)
	{class: "publication", actors: []usageActor{{text: ""}}, verb: verbOJAppear, object: "{A}", source: "tk-2011D28261"},
	// entry into force: "De herziening van het opschortingsmechanisme treedt op 28 maart a.s. in werking" (kst-32317-461),
	// "treedt in werking met ingang van 28 maart a.s." (kst-32317-461), "Daarmee zal de verordening op 9 januari 2022 in
	// werking treden" (tk-2021D50764), "Het Commissiebesluit zal op 20 maart a.s. gefaseerd in werking treden" (kst-32317-OO)
	{class: "entry-into-force", actors: []usageActor{{text: ""}}, verb: verbForce, object: "{A}", source: "kst-32317-461"},
	// entry into application
	{class: "entry-into-application", actors: []usageActor{{text: ""}}, verb: verbApply, object: "{A}", source: "tk-2021D50764"},
	// expiry: "De implementatietermijn loopt af op 18 december 2013" (kst-33580-3, kst-36835-3)
	{class: "expiry", actors: []usageActor{{text: ""}}, verb: verbRunOut, object: "de implementatietermijn van {A}", source: "kst-33580-3"},
}

// eventUsageSentences are forms of the letters that do not take the
// conjugations of eventUsageForms: a noun phrase, a copula, a label. "{A}"
// is the act, "{D}" the date; future marks a day after the letter.
var eventUsageSentences = []struct {
	class, target, text, source string
	future                      bool
}{
	{"political-agreement", "", "Het kabinet verwelkomt het op {D} in de triloog bereikte akkoord over {A}.", "kst-32317-179", false},
	{"political-agreement", "", "Het voorlopig akkoord over {A} is de uitkomst van de laatste triloog op {D}.", "kst-21501-08-928", false},
	{"political-agreement", "", "Het kabinet verwelkomt het politieke akkoord over {A} in de JBZ-Raad van {D}.", "kst-32317-559", false},
	{"political-agreement", "", "Onder het Belgische voorzitterschap van de Raad is op {D} een akkoord bereikt over {A}.", "kst-32317-OO", false},
	{"publication", "", "Publicatie van {A} in het Publicatieblad is voorzien voor {D}.", "tk-2021D50764", true},
	{"publication", "", "{A} is goedgekeurd en op {D} gepubliceerd.", "tk-2011D28261", false},
	{"publication", "", "Op {D} is de finale tekst van {A} gepubliceerd.", "kst-32317-559", false},
	{"publication", "org:european-commission", "De Commissie publiceerde haar mededeling over {A} op {D}.", "kst-30072-38", false},
	{"publication", "org:european-commission", "Het kabinet heeft kennisgenomen van de op {D} gepubliceerde mededeling van de Europese Commissie over {A}.", "kst-35876-B", false},
	{"publication", "org:european-commission", "De Commissie gaf een toelichting op de strategie over {A}, die op {D} werd gepubliceerd.", "kst-32317-987", false},
	{"proposal", "org:european-commission", "De Commissie publiceerde haar voorstel tot wijziging van {A} op {D}.", "kst-30072-38", false},
	{"proposal", "org:european-commission", "Op {D} heeft de Europese Commissie (hierna: Commissie) een voorstel tot aanpassing van {A} gepubliceerd.", "kst-22112-3627", false},
	{"proposal", "org:european-commission", "Op {D} heeft de Europese Commissie voorstellen gepubliceerd voor de herziening van {A}.", "tk-2011D59682", false},
	{"proposal", "org:european-commission", "Op {D} presenteerde de Commissie een concept onderhandelingsmandaat over {A}.", "kst-32317-973", false},
	{"entry-into-force", "", "{A} treedt in werking met ingang van {D}.", "kst-32317-461", true},
	{"entry-into-force", "", "Daarmee zal {A} op {D} in werking treden.", "tk-2021D50764", true},
	{"entry-into-force", "", "{A} zal op {D} gefaseerd in werking treden.", "kst-32317-OO", true},
	{"expiry", "", "Vóór {D} dienen de lidstaten {A} in nationale wetgeving te hebben omgezet.", "kst-32257-3", true},
	{"adoption", "", "{A} is door het Europees Parlement en de Raad gezamenlijk op {D} vastgesteld.", "kst-33580-3", false},
	{"agreement", "org:coreper", "Op {D} is op ambassadeursniveau (in Coreper) overeenstemming bereikt over {A}.", "kst-32317-559", false},
	{"decision", "", "Zoals eerder gemeld, heeft de Raad {D} besloten {A} ongewijzigd te handhaven.", "tk-2016D36326", false},
}

// eventUsageNonEvents are forms the letters use that state no event of the
// act on a day: a month or season or week without a day, a step wished for
// or conditional, a meeting's range of days, a discussion. "{A}" is the
// act, "{D}" a day.
var eventUsageNonEvents = []struct{ text, source string }{
	{"De Raad heeft in maart een algemene oriëntatie over {A} bereikt.", "kst-32317-932"},
	{"Eind 2026 treedt {A} in werking.", "kst-32317-906"},
	{"Vorige week heeft Coreper ingestemd met {A}.", "kst-32317-862"},
	{"Het voorzitterschap beoogt op {D} een algemene oriëntatie over {A} te bereiken.", "kst-21501-32-1253"},
	{"Het voorzitterschap hoopt op {D} een akkoord over {A} te bereiken.", "kst-32317-906"},
	{"Indien de Raad op {D} instemt met {A}, volgt de stemming in het Parlement.", "kst-32317-559"},
	{"Tijdens de Europese Raad van 18 en 19 februari 2026 is gesproken over {A}.", "kst-21501-20-1092"},
	{"Op {D} vond een triloog plaats over {A}.", "kst-32317-375"},
	{"Er is op {D} geen akkoord bereikt over {A}.", "kst-32317-204"},
	{"Tijdens de Radenwerkgroep van {D} is het meest recente voorstel inzake {A} besproken.", "tk-2025D47770"},
	{"De Raad zal naar verwachting in juni een besluit nemen over {A}.", "kst-32317-906"},
}
