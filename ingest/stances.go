package ingest

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// stance is the class of a position: what an actor's statement does with its
// subject. docs/stances.md defines each class with its Dutch cues, the
// negation and hedging rules and examples from the real letter.
type stance string

// The stance classes, in the order docs/stances.md lists them.
const (
	// support: the actor backs a proposal, measure or course of action
	// ("steunt", "kan … steunen", "is voorstander van", "onderstreept het
	// belang van").
	stSupport stance = "support"
	// welcome: the actor greets a development, initiative or discussion that
	// others bring ("verwelkomt", "is blij dat", "kijkt uit naar").
	stWelcome stance = "welcome"
	// agree: the actor consents to a decision or text ("kan instemmen met",
	// "heeft ingestemd met", "gaat akkoord met", "heeft geen bezwaar").
	stAgree stance = "agree"
	// satisfied: the actor judges an outcome good ("naar tevredenheid", "is
	// tevreden over").
	stSatisfied stance = "satisfied"
	// commit: the actor undertakes, or reports that it undertook, an effort
	// ("zet zich in voor", "blijft zich inzetten voor", "draagt … uit",
	// "committeren zich aan").
	stCommit stance = "commit"
	// priority: the actor ranks a subject high ("is een prioriteit van het
	// kabinet", "een van de prioriteiten", "voor Nederland … van belang").
	stPriority stance = "priority"
	// preference: the actor names the option it prefers, or how something
	// should be done ("zet in op" an option set against another, "het zou
	// het meest effectief zijn als", "heeft de voorkeur voor", "is van
	// mening dat … lidstaten zelf").
	stPreference stance = "preference"
	// oppose: the actor rejects a subject ("kan niet instemmen", "is geen
	// voorstander van", "is tegen", "wijst af").
	stOppose stance = "oppose"
	// reserved: the actor holds back or binds its backing to a condition
	// ("onder voorwaarde dat", "mits", "in beginsel", "heeft een
	// parlementair behandelvoorbehoud", "is terughoudend").
	stReserved stance = "reserved"
	// concern: the actor voices doubts or worries without rejecting
	// ("heeft zorgen over", "plaatst vraagtekens bij", "is kritisch").
	stConcern stance = "concern"
	// informational: the actor reports its own part in a process without
	// judging ("heeft actief meegedaan aan de onderhandelingen", "is
	// betrokken bij").
	stInformational stance = "informational"
)

// polarity of a stance: support to preference are positive, oppose and
// concern negative, reserved and informational neutral.
func (s stance) polarity() string {
	switch s {
	case stOppose, stConcern:
		return "negative"
	case stReserved, stInformational:
		return "neutral"
	}
	return "positive"
}

// negated is the stance a negation turns s into: "kan niet instemmen"
// (agree) is oppose, "is niet blij" (welcome) concern, "is niet tegen"
// (oppose) reserved, "heeft geen zorgen" (concern) agree.
func (s stance) negated() stance {
	switch s {
	case stSupport, stAgree:
		return stOppose
	case stWelcome, stSatisfied:
		return stConcern
	case stCommit, stPriority, stPreference, stOppose:
		return stReserved
	case stConcern, stReserved:
		return stAgree
	}
	return s
}

// objectAt says where a cue's subject stands.
type objectAt uint8

const (
	objAfter     objectAt = iota // after the cue: "verwelkomt [de routekaart]"
	objGap                       // inside the cue: "kan [het verlengen van …] steunen"
	objBefore                    // before the cue: "[De aanpak van …] is een prioriteit"
	objClause                    // an opinion's dat-clause: "meent dat [AI kansen biedt]"
	objSelf                      // the cue's own noun: "heeft … een [non-paper] opgesteld"
	objVerbFinal                 // before a clause-final verb: "en [voor Bulgarije eerst de uitkomst] afwacht"
)

// cueFlags refine how a cue finds its actor.
type cueFlags uint32

const (
	// impersonal cues may stand without an actor: the letter's author, the
	// cabinet, holds them ("Het zou het meest effectief zijn als …").
	impersonal cueFlags = 1 << iota
	// actorAfter: the actor may follow the cue ("een prioriteit van het
	// kabinet").
	actorAfter
	// actorVoor: the actor may be introduced by "voor" ("voor Nederland …
	// van belang", "voor het Belgische voorzitterschap een van de
	// prioriteiten").
	actorVoor
	// voorOnly: only an actor introduced by "voor" counts; without one the
	// words are no position ("is van essentieel belang" stands in argument).
	voorOnly
	// thirdParty: only actors other than the author ("Deze partijen willen
	// …"); the cabinet's own wants are read from its other cues.
	thirdParty
	// strictGap: the gap may hold only the actor, negations, hedges and
	// adverbs, for cues whose last words are common ("is … tegen" is no cue
	// in "is een initiatief tegen drugshandel").
	strictGap
	// cabinetOnly: only the cabinet ("Nederland zal … indienen"); what
	// others "will" do is no stance of theirs.
	cabinetOnly
	// reporting: the cue reports a statement and yields to a cue that
	// follows it in the sentence ("heeft aangegeven dat Nederland … kan
	// steunen", "zal aandacht vragen voor").
	reporting
	// promise: a promise that is procedure when its object is ("heeft
	// toegezegd uw Kamer te informeren"), a commitment otherwise.
	promise
	// actorOnder: the actor may be introduced by "onder" opening the
	// sentence ("Onder de lidstaten bestond veel steun voor …").
	actorOnder
	// delegations: the cue reports the support of the delegations ("Het
	// voorzitterschap constateerde brede steun voor …"): its actor is the
	// member states, whoever reports it.
	delegations
	// opinionOnly: a reporting cue that makes a position only when its
	// dat-clause holds an opinion word ("heeft gemeld dat aanpassing
	// wenselijk is"); a plain report is none.
	opinionOnly
	// aimNoun: an aim noun of the actor's phrase opens the cue ("De Duitse
	// en Nederlandse [insteek is] dit onderwerp [te] agenderen"): the actor
	// is the phrase that ends with it.
	aimNoun
	// lastGap: the subject is the cue's last gap; an earlier one holds the
	// actor or the addressee ("heeft [de Commissie] verzocht [de gevolgen
	// in kaart] te brengen").
	lastGap
	// passive: the actor is the agent "door X" in the cue's gap, the
	// subject stands before the cue ("[De invasie] werd door alle lidstaten
	// veroordeeld").
	passive
	// closedGap: the gap of an objGap cue stays in one clause: no relative
	// pronoun or subordinating conjunction, commas only in pairs ("heeft
	// [het voorstel] gesteund", not "heeft het voorstel dat door X werd
	// gesteund").
	closedGap
	// subjectFirst: the actor stands right before the cue, and a plain
	// copula with "voor" is support only for a noun phrase ("[Deze leden]
	// zijn voor een gezamenlijke aanpak", not "is voor de Commissie van
	// belang").
	subjectFirst
	// firstPersonOnly: only "ik" or "wij" right before or after the cue
	// ("Ik steun het voorstel", "steun ik"): the verb's form is also a noun.
	firstPersonOnly
	// clauseFinal: the cue's last word, a finite verb, closes its clause,
	// the order of a subordinate clause ("dat zij [tegen een Europees
	// Openbaar Ministerie] is.", not "dat dit tegen de regels is gedaan").
	clauseFinal
	// nounObject: the cue's last word is the head noun of its object, kept
	// in the subject with its determiner ("deelt [de analyse van de
	// Commissie]").
	nounObject
	// attributive: a participle with its agent inside a noun phrase ("het
	// [door Nederland] bekritiseerde opschortingsmechanisme"): the agent is
	// the actor, the noun after the participle the subject.
	attributive
	// docVoice: a document may stand as the subject ("De brief bevat een
	// oproep aan de Commissie tot …"): its senders, the first actor of the
	// sentence before, hold the position.
	docVoice
	// predicateFirst: the verb-final order of a copula or "hebben" cue,
	// made from its main-clause row (predicateFirstVariant): the predicate
	// stands before the finite verb ("dat Nederland [blij is] met",
	// "dat het kabinet [een voorkeur heeft] voor"), and a negation right
	// before it turns it ("dat Nederland [geen] voorstander is van").
	predicateFirst
	// verbFinal: a cue in the order of a subordinate clause, its finite
	// verb last ("dat Nederland [met het compromis] instemt"); a negation
	// right before its first word turns it ("dat Nederland niet met het
	// compromis kan instemmen").
	verbFinal
	// thatClause: the cue's last word "dat" opens a clause, not a
	// demonstrative object ("wil dat de termijn wordt verlengd", not "wil
	// dat voorkomen", "wil dat graag toelichten"): a single word or an
	// adverb after it is no clause.
	thatClause
	// aimVerb: a verb of aiming ("streeft naar"), a commitment of any
	// actor, but no one's when a fronted "Met <het voorstel>" makes it the
	// purpose of an instrument.
	aimVerb
	// bodyIn: a passive without its agent whose actor is the body the
	// sentence places it in ("Uit de gedachtewisseling in de Raad is
	// gebleken dat het voorstel wordt gesteund": the Council).
	bodyIn
	// teInfinitive: a te-infinitive derived from a row (verbClusterCue):
	// the stance of the one who says it ("gaf aan in te stemmen met"), not
	// of the addressee of a request ("verzoekt de regering zich in te
	// spannen voor": requestBefore).
	teInfinitive
	// firstPersonClause: a derived 1sg form in the order of a subordinate
	// clause ("omdat ik het voorstel steun", "dat ik instem met"): only
	// with "ik" as the clause's subject, right after its subordinator
	// (firstPersonFinalCue, stances_paradigm.go).
	firstPersonClause
)

// cueDef is a row of the cue table. Pattern words are folded lower case;
// "a|b" are alternatives, "…" a gap of up to gap tokens (which may hold the
// actor, a negation, or the subject for objGap cues).
type cueDef struct {
	stance  stance
	pattern string
	obj     objectAt
	gap     int
	flags   cueFlags
	negAs   stance // the stance when negated, when not stance.negated()
}

// Evaluative adjectives after "acht" / "vindt" + object, by the class they
// give (docs/stances.md, "Evaluative predicates"): an outcome judged good
// enough is satisfied, unacceptable oppose, wanting concern. "voldoende",
// "toereikend" and "adequaat" only after "acht": "vindt plaats op basis
// van voldoende …" is no judgement.
const (
	judgedGoodStrict   = "uitgebalanceerd|evenwichtig|acceptabel|aanvaardbaar|werkbaar|verdedigbaar"
	judgedGood         = judgedGoodStrict + "|voldoende|toereikend|adequaat"
	judgedUnacceptable = "onaanvaardbaar|onacceptabel"
	judgedWanting      = "onevenwichtig|onwerkbaar|onuitvoerbaar|ongebalanceerd"
)

// Finite forms used in the patterns.
const (
	isV   = "is|zijn|was|waren|blijft|blijven|ben|blijf"
	hasV  = "heeft|hebben|had|hadden|heb"
	canV  = "kan|kunnen|kon|konden"
	willV = "zal|zullen"
	// findingV report what a discussion showed: "is gebleken dat"
	findingV = "gebleken|bleek|blijkt|concludeerde|concludeert|geconcludeerd|constateerde|constateert|geconstateerd"
)

// cueTable lists the cues of every stance class (see findCues for which
// wins where several match).
var cueTable = slices.Concat(tableCues, lexiconMoreCues, stanceClusterCues, clauseCues, nominalCues) // lexicon_more.go, stance_cluster.go, clause_structure.go, nominal.go

// tableCues are the rows of this file.
var tableCues = []cueDef{
	// support: backing a proposal, a measure, a course of action; advocating
	// it ("pleit voor", "draagt … uit", "onderstreept het belang van"); a
	// call or request for it ("roept … op", "vraagt … om").
	{stance: stSupport, pattern: "steunt|steunen|steunde|steunden", obj: objAfter},
	// verb-final "dat het steun zal geven aan X" (Part G, pos15): lending
	// support; "geen" before the noun turns it (readStance). The same
	// with "verlenen" is the row "steun … verlenen aan" below, its one
	// owner.
	{stance: stSupport, pattern: "steun zal|zullen|zou|zouden|wil|willen geven aan", obj: objAfter},
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten … noodzaak|wenselijkheid van", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten dat", obj: objAfter, flags: reporting},
	// "De Commissie onderstreepte de inspanningen van Griekenland": what an
	// actor underlines it backs
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten", obj: objAfter},
	// "De leden onderstrepen het standpunt dat er een sterkere rol moet zijn
	// voor X"
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten … standpunt|opvatting|overtuiging dat", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stSupport, pattern: "sluit|sluiten|sloot|sloten zich … aan bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "sluit|sluiten|sloot|sloten zich … daarbij|hierbij|erbij|daar|hier aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … daarbij|hierbij|erbij aangesloten", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: hasV + " … het belang benadrukt|onderstreept van", obj: objAfter, gap: 4},
	{stance: stSupport, pattern: hasV + " zich voor … uitgesproken", obj: objGap, gap: 10},
	{stance: stSupport, pattern: hasV + " zich … aangesloten bij", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: isV + " … voorstander van|voor", obj: objAfter, gap: 4},
	// "was actief pleitbezorger van": the noun of "pleit voor"
	{stance: stSupport, pattern: isV + " … pleitbezorger van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "is|zijn|blijft|blijven|ben … positief", obj: objAfter, gap: 4, flags: strictGap},
	// its verb-final order: "dat het kabinet positief is over X" (not
	// "was positief", satisfied)
	{stance: stSupport, pattern: "positief is|zijn|ben|blijft|blijven over|tegenover", obj: objAfter, flags: predicateFirst},
	{stance: stSupport, pattern: "staat|staan|sta|stond|stonden … positief tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "onderschrijft|onderschrijven|onderschreef|onderschreven|onderschrijf", obj: objAfter},
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten het belang van", obj: objAfter},
	// confirming the importance of something: "De ER bevestigde het belang
	// van een geïntegreerd beleid"
	{stance: stSupport, pattern: "bevestigt|bevestigen|bevestigde|bevestigden het belang van", obj: objAfter},
	// a framing phrase before the object: "benadrukte [in dat kader] het belang van"
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten … het belang van", obj: objAfter, gap: 6, flags: strictGap},
	{stance: stSupport, pattern: hasV + " het belang van … benadrukt|onderstreept", obj: objGap, gap: 12},
	// "de waarde van" as "het belang van", and the inverted perfect "heb ik
	// de waarde van X benadrukt"
	{stance: stSupport, pattern: "onderstreept|onderstrepen|onderstreepte|onderstreepten|benadrukt|benadrukken|benadrukte|benadrukten … de waarde van", obj: objAfter, gap: 6, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … de waarde van … benadrukt|onderstreept", obj: objGap, gap: 12, flags: closedGap | lastGap},
	{stance: stSupport, pattern: "pleit|pleiten|pleitte|pleitten … voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … gepleit voor", obj: objAfter, gap: 6},
	// the pronominal "er … voor" split by the verb: "heeft Nederland er in de
	// Management Board voor gepleit [een procedure te starten]"
	{stance: stSupport, pattern: hasV + " … er … voor gepleit", obj: objAfter, gap: 8, flags: closedGap},
	{stance: stSupport, pattern: hasV + " … ervoor gepleit", obj: objAfter, gap: 6, flags: closedGap},
	{stance: stSupport, pattern: "pleit|pleiten|pleitte|pleitten … ervoor", obj: objAfter, gap: 3, flags: strictGap},
	// "zal pleiten dat de regels niet meer van toepassing zijn"
	{stance: stSupport, pattern: "pleit|pleiten|pleitte|pleitten dat", obj: objAfter},
	{stance: stSupport, pattern: "roept|roepen|riep|riepen … op", obj: objAfter, gap: 4, flags: strictGap},
	// a call as a noun: "De brief bevat een oproep aan de Commissie tot …",
	// "deed een oproep tot"
	{stance: stSupport, pattern: "bevat|bevatten|bevatte|doet|doen|deed|deden … een|de|hun|zijn|haar … oproep", obj: objAfter, gap: 2, flags: strictGap | docVoice},
	// "zullen een diversenpunt agenderen met een oproep tot gemeenschappelijke
	// acties" (Part G, pos15): an act done with a call makes the call
	{stance: stSupport, pattern: "met een|hun|de … oproep tot", obj: objAfter, gap: 1, flags: thirdParty},
	// "Hij bedankte de EU-lidstaten voor de voortgang …": thanks for what
	// others brought about (not the letter's own courtesy)
	{stance: stWelcome, pattern: "bedankt|bedankte|bedankten|dankt|dankte|dankten … voor de|het voortgang|inzet|steun|resultaat|resultaten|akkoord|toezegging|toezeggingen", obj: objAfter, gap: 4, flags: strictGap | thirdParty},
	{stance: stSupport, pattern: hasV + " … opgeroepen", obj: objAfter, gap: 8},
	{stance: stSupport, pattern: "vraagt|vragen|vroeg|vroegen … om", obj: objAfter, gap: 4, flags: strictGap},
	// "vroegen de Commissie te overwegen het voorstel van tafel te halen"
	// (Part G, pos15): asking another to consider a course supports it
	{stance: stSupport, pattern: "vraagt|vragen|vroeg|vroegen … te overwegen", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … gevraagd om", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen|zie … kansen voor|in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken … steun uit voor", obj: objAfter, gap: 8, flags: strictGap},
	// "Lidstaten spraken onvoorwaardelijke steun uit aan Oekraïne" (Part
	// K, pos16): support spoken to its beneficiary
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken … steun uit aan", obj: objAfter, gap: 8, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … steun uitgesproken aan|voor", obj: objAfter, gap: 8, flags: strictGap},
	// receiving support (Part K, pos16): the giver in the van-phrase is the
	// actor, the receiver before the verb the subject ("Deze benadering
	// kreeg de steun van een meerderheid van de lidstaten", "De thema's
	// kregen van vele lidstaten steun")
	{stance: stSupport, pattern: "kreeg|kregen|krijgt|krijgen … steun van", obj: objBefore, gap: 3, flags: strictGap | actorAfter},
	{stance: stSupport, pattern: hasV + " … steun gekregen van", obj: objBefore, gap: 3, flags: strictGap | actorAfter},
	{stance: stSupport, pattern: "kreeg|kregen|krijgt|krijgen van … steun", obj: objBefore, gap: 10, flags: closedGap | actorAfter},
	// the support qualified: "sprak zijn sterke steun uit voor"
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken … sterke|volle|volledige|brede|krachtige|grote steun uit voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … steun uitgesproken voor", obj: objAfter, gap: 4},
	{stance: stSupport, pattern: "bestaat|bestond|bestaan|bestonden … steun voor", obj: objAfter, gap: 3, flags: strictGap | actorOnder},
	{stance: stSupport, pattern: "staat|staan|stond|stonden|sta … welwillend tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "wil|willen", obj: objAfter, flags: thirdParty},
	{stance: stSupport, pattern: "wenst|wensen|wenste|wensten", obj: objAfter, flags: thirdParty},
	// the cabinet's own will to act: "Samen met alle partijen wil het
	// kabinet alle middelen benutten" (its plans for a meeting, "wil u
	// informeren", are procedure)
	{stance: stCommit, pattern: "wil|willen", obj: objAfter, flags: cabinetOnly | reporting},
	{stance: stSupport, pattern: "ziet|zien … als een|het waardevol|waardevolle|nuttig|nuttige|belangrijk|belangrijke", obj: objGap, gap: 8},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen|beschouwt|beschouwen|beschouwde|beschouwden … als een goede|geschikte|werkbare basis|stap|uitgangspunt", obj: objGap, gap: 8, flags: closedGap},
	// the same judgement with other adjectives of approval and other nouns
	// of a course taken: "beschouwt X als een positieve stap", "ziet X
	// (niet) als de juiste weg", "als een verstandige aanpak"
	{stance: stSupport, pattern: "ziet|zien|zag|zagen|beschouwt|beschouwen|beschouwde|beschouwden … als een|de positieve|juiste|verstandige|passende|wenselijke|zinvolle stap|weg|aanpak|oplossing|richting|ontwikkeling|basis|uitgangspunt", obj: objGap, gap: 8, flags: closedGap},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen|beschouwt|beschouwen|beschouwde|beschouwden … als een stap in de goede richting", obj: objGap, gap: 8, flags: closedGap},
	{stance: stSupport, pattern: "draagt|dragen|droeg|droegen … uit", obj: objGap, gap: 6},
	{stance: stSupport, pattern: canV + "|" + willV + "|zou|zouden … steunen|ondersteunen", obj: objGap, gap: 20},
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken zich … uit voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … uitgesproken voor", obj: objAfter, gap: 4},
	{stance: stSupport, pattern: "dringt|dringen|drong|drongen … aan op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "dringt|dringen|drong|drongen er … op aan", obj: objAfter, gap: 5},
	{stance: stSupport, pattern: "is|zijn|was|waren voor", obj: objAfter, flags: subjectFirst},
	{stance: stSupport, pattern: "steun|ondersteun", obj: objAfter, flags: firstPersonOnly},
	{stance: stSupport, pattern: hasV + " … aangedrongen op", obj: objAfter, gap: 4},
	// the pronominal "hier/daar … op" split by the participle: "Hier hebben
	// de Nederlandse ambassade en … bij de autoriteiten op aangedrongen"
	// (the sentence before is what was urged)
	{stance: stSupport, pattern: hasV + " … op aangedrongen", obj: objAfter, gap: 16},
	{stance: stSupport, pattern: "geeft|geven|gaf|gaven … steun aan", obj: objAfter, gap: 3, flags: strictGap},
	// lending support: "verleent steun aan", "zal (geen) steun verlenen aan",
	// verb-final "dat het (geen) steun zal verlenen aan": one row reads
	// them all, "geen" before the noun turns it (readStance), so the
	// stored cue is "steun … verlenen aan", negated, as "kan … niet
	// instemmen" is
	{stance: stSupport, pattern: "verleent|verlenen|verleende|verleenden … steun aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "steun … verlenen|verleent|verleende|verleenden aan", obj: objAfter, gap: 2},
	{stance: stSupport, pattern: "staat|staan|stond|stonden … achter", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … positieve grondhouding|houding", obj: objAfter, gap: 3},
	{stance: stReserved, pattern: hasV + " … positief kritische|afwachtende grondhouding|houding", obj: objAfter, gap: 3},
	{stance: stConcern, pattern: hasV + " … kritische|negatieve grondhouding|houding", obj: objAfter, gap: 3},
	{stance: stReserved, pattern: hasV + " … terughoudende|afwachtende grondhouding|houding", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: "voorstander is|zijn|was|waren|blijft|blijven van", obj: objAfter, flags: predicateFirst},
	{stance: stSupport, pattern: "ondersteunt|ondersteunen|ondersteunde|ondersteunden", obj: objAfter, flags: cabinetOnly},
	{stance: stSupport, pattern: "maakt|maken|maakte|maakten|maak zich … sterk|hard voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … sterk|hard gemaakt voor", obj: objAfter, gap: 3},
	// the pronominal "er … voor" split by the participle: "heeft zich er
	// sterk voor gemaakt dat …"
	{stance: stSupport, pattern: hasV + " zich … sterk|hard voor gemaakt", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "aandringen op", obj: objAfter},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen|zie … de noodzaak van|tot", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: isV + " het met … eens", obj: objAfter, gap: 8},
	{stance: stSupport, pattern: "verzoekt|verzoeken|verzocht|verzochten … om", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "bepleit|bepleiten|bepleitte|bepleitten", obj: objAfter},
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken zich … positief uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … positief uitgesproken over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "staat|staan|stond|stonden … open voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "open staat|staan|stond|stonden voor", obj: objAfter},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen … meerwaarde in|van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "ziet|zien|zag|zagen … toegevoegde waarde in|van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "reageert|reageren|reageerde|reageerden … positief op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "betuigt|betuigen|betuigde|betuigden … steun aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … gesteund|ondersteund|onderschreven|bepleit", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: hasV + " … om … verzocht|gevraagd", obj: objGap, gap: 8},
	{stance: stSupport, pattern: "verzoekt|verzoeken|verzocht|verzochten … te", obj: objGap, gap: 14, flags: promise},
	{stance: stSupport, pattern: hasV + " … verzocht|gevraagd|opgeroepen … te", obj: objGap, gap: 8, flags: lastGap | promise},
	{stance: stSupport, pattern: isV + " … ambitieus", obj: objAfter, gap: 6, flags: strictGap},
	{stance: stSupport, pattern: "constateert|constateren|constateerde|constateerden|concludeert|concluderen|concludeerde|concludeerden … steun", obj: objAfter, gap: 5, flags: delegations},
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden vast dat … steun", obj: objAfter, gap: 4, flags: delegations},
	{stance: stSupport, pattern: "er is|was|bestond|bestaat … steun", obj: objAfter, gap: 3, flags: delegations | impersonal | strictGap},
	// inverted after a fronted phrase: "Op dit moment is er onder de
	// lidstaten geen steun voor …"
	{stance: stSupport, pattern: "is|was|bestond|bestaat er … steun", obj: objAfter, gap: 5, flags: delegations | impersonal | strictGap},
	{stance: stSupport, pattern: "er is|was|bestond|bleek … overeenstemming|consensus", obj: objAfter, gap: 3, flags: delegations | impersonal | strictGap},
	// without "er", after a fronted phrase (Part K, pos16): "In de RAZ was
	// brede steun voor X", "Hiervoor is brede steun", "In de Raad was
	// overeenstemming over X"; the breadth word or the noun
	// "overeenstemming" makes it a count of the delegations, and the object
	// must open with "voor", "over" or "onder" (delegationsObject)
	{stance: stSupport, pattern: "is|was brede|ruime|grote|algemene|unanieme|veel steun", obj: objAfter, flags: delegations | impersonal},
	{stance: stSupport, pattern: "is|was|bestond|bestaat … overeenstemming|consensus", obj: objAfter, gap: 2, flags: delegations | impersonal | strictGap},

	// welcome: greeting a development, initiative or discussion that
	// others bring.
	{stance: stWelcome, pattern: "verwelkomt|verwelkomen|verwelkomde|verwelkomden|verwelkom", obj: objAfter},
	{stance: stWelcome, pattern: isV + " … verheugd|blij|ingenomen", obj: objAfter, gap: 3},
	{stance: stWelcome, pattern: "kijkt|kijken|keek|keken|ziet|zien … uit naar", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: "waardeert|waarderen|waardeerde|waardeerden", obj: objAfter},
	{stance: stWelcome, pattern: "is|zijn … welkom", obj: objBefore, gap: 3, flags: impersonal | actorVoor | strictGap},
	{stance: stWelcome, pattern: "juicht|juichen|juichte|juichten|juich … toe", obj: objGap, gap: 8},
	{stance: stWelcome, pattern: hasV + "|" + isV + " … waardering voor", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: "spreekt|spreken|sprak|spraken … waardering uit voor", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: hasV + " … waardering uitgesproken voor", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: "uit|uiten|uitte|uitten … waardering voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stWelcome, pattern: hasV + " … verwelkomd|toegejuicht", obj: objGap, gap: 10, flags: closedGap},
	{stance: stWelcome, pattern: "vindt|vinden|vond|vonden het … positief|goed dat", obj: objAfter, gap: 1, flags: strictGap},

	// agree: consent to a decision, a text or an outcome.
	{stance: stAgree, pattern: canV + " … instemmen met", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: "in te kunnen stemmen met", obj: objAfter},
	{stance: stAgree, pattern: canV + " … bevestigend antwoorden|reageren op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: hasV + " … ingestemd met", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: "stemt|stemmen|stemde|stemden … in met", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: "gaat|gaan|ging|gingen … akkoord met", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: canV + " … akkoord gaan met", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: canV + " zich … vinden in", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: "zich … kan|kunnen|kon|konden vinden in", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: hasV + " … ingestemd", obj: objGap, gap: 10},
	{stance: stAgree, pattern: willV + " … instemmen met", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: canV + "|" + willV + " … instemmen", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: "stemt|stemmen|stemde|stemden voor", obj: objAfter},
	{stance: stAgree, pattern: hasV + " … voorgestemd", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: isV + " … bereid|voornemens in te stemmen met", obj: objAfter, gap: 4},
	// the minister asks the Kamer to consent: "verzoek ik u vóór 17 juni
	// expliciet in te stemmen met X" backs X
	{stance: stSupport, pattern: "verzoek … in te stemmen met", obj: objAfter, gap: 12, flags: closedGap | firstPersonOnly},
	// "is bereid gebleken in te stemmen met": willingness found
	{stance: stAgree, pattern: isV + " … bereid gebleken|geweest in te stemmen met", obj: objAfter, gap: 4},
	// a decision noun with its owner: "de (voorlopige) positiebepaling van
	// het kabinet om in te stemmen met dit akkoord"
	{stance: stAgree, pattern: "positiebepaling|besluit|beslissing|voornemen van … om in te stemmen met", obj: objAfter, gap: 4, flags: actorAfter | strictGap},
	// consent as a noun: "waarbij het instemming betuigt met de tekst"
	{stance: stAgree, pattern: "betuigt|betuigen|betuigde|betuigden … instemming met", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: "instemming betuigt|betuigen|betuigde|betuigden met", obj: objAfter},
	// efforts directed: "Het Voorzitterschap heeft besloten alle
	// inspanningen te richten op …", "richt zijn inspanningen op …"
	{stance: stCommit, pattern: "richt|richten|richtte|richtten … inspanningen op", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stCommit, pattern: "inspanningen te richten op", obj: objAfter},
	{stance: stAgree, pattern: hasV + " … voor gestemd", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: isV + " het … erover eens dat", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stAgree, pattern: isV + " … het mee eens", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: isV + " … het eens met", obj: objAfter, gap: 3, flags: strictGap},
	// its opposite: "Het kabinet is het oneens met X"
	{stance: stOppose, pattern: isV + " … het oneens met", obj: objAfter, gap: 3, flags: strictGap},
	// a group agreeing on the worth of something backs it: "De 27
	// staatshoofden en regeringsleiders waren het eens over de grote
	// waarde van de EU"
	{stance: stSupport, pattern: isV + " … het eens over", obj: objAfter, gap: 3, flags: strictGap},
	// "bereikten Ministers consensus over de wenselijkheid van X"
	{stance: stSupport, pattern: "bereikt|bereiken|bereikte|bereikten … consensus over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: "deelt|delen|deelde|deelden|deel … analyse|standpunt|opvatting|mening|visie|conclusie|conclusies|bevinding|bevindingen|constatering|houding|inschatting|lijn|doel|doelen|doelstelling|doelstellingen|ambitie|ambities|uitgangspunt|uitgangspunten|streven|wens", obj: objAfter, gap: 3, flags: nounObject},
	{stance: stAgree, pattern: "analyse|standpunt|opvatting|mening|visie|conclusie deel|delen|deelt", obj: objBefore, flags: firstPersonOnly | actorAfter},

	// satisfied: an outcome or an observed practice judged good.
	{stance: stSatisfied, pattern: "naar tevredenheid verwerkt|opgenomen in", obj: objAfter, flags: impersonal},
	{stance: stSatisfied, pattern: "naar tevredenheid", obj: objAfter, flags: impersonal},
	{stance: stSatisfied, pattern: "stemt|stemmen|stemde|stemden … tot tevredenheid", obj: objBefore, gap: 5, flags: impersonal},
	// the one concerned as the object: "[De omstandigheden] baren mij
	// zorgen"; the letter's author holds it
	{stance: stConcern, pattern: "baart|baren|baarde|baarden mij|ons|me zorgen|zorg", obj: objBefore, flags: impersonal},
	{stance: stSatisfied, pattern: isV + " … tevreden", obj: objAfter, gap: 3},
	{stance: stSatisfied, pattern: "was|waren … positief", obj: objAfter, gap: 4, flags: strictGap},

	// commit: an effort undertaken, or reported as undertaken.
	{stance: stCommit, pattern: "zet|zetten|zette zich ervoor in", obj: objAfter},
	// separable verbs with adverbs between the parts: "zet zich er
	// [juist] voor in", "ijvert er [– zoals bekend –] voor"
	{stance: stCommit, pattern: "zet|zetten|zette … zich … voor|ervoor in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "ijvert|ijveren|ijverde|ijverden … voor|ervoor", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stCommit, pattern: "noemt|noemen|noemde|noemden|benoemt|benoemen|benoemde|benoemden … ambitie om", obj: objAfter, gap: 4, flags: strictGap},
	// staying engaged: "Ik blijf [gedurende de looptijd] in contact met …"
	{stance: stCommit, pattern: "blijf|blijft|blijven … in contact|gesprek|overleg met", obj: objAfter, gap: 8, flags: cabinetOnly | closedGap},
	{stance: stCommit, pattern: hasV + " … geijverd voor", obj: objAfter, gap: 4, flags: strictGap},
	// "blijft werken aan een EU die hervormt": a continuing effort
	{stance: stCommit, pattern: "blijft|blijven|bleef|bleven … werken aan", obj: objAfter, gap: 3, flags: strictGap},
	// an aim of the actor's own, whoever it is: "Het Hongaarse
	// voorzitterschap streeft nog steeds naar …" (not the purpose of an
	// instrument: "Met het voorstel streeft de Commissie naar …")
	{stance: stCommit, pattern: "streeft|streven|streefde|streefden|streef … naar|ernaar", obj: objAfter, gap: 2, flags: strictGap | aimVerb},
	{stance: stCommit, pattern: hasV + " … gestreefd naar", obj: objAfter, gap: 3, flags: strictGap | aimVerb},
	{stance: stCommit, pattern: "te streven naar", obj: objAfter, flags: aimVerb},
	{stance: stCommit, pattern: "trekt|trekken|trok|trokken … met … op", obj: objGap, gap: 5},
	{stance: stCommit, pattern: "trekt|trekken|trok|trokken … samen op met", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "zet|zetten|zette … zich in voor|om", obj: objAfter, gap: 3},
	{stance: stCommit, pattern: "zich … inzetten|inspannen voor|om", obj: objAfter, gap: 2},
	{stance: stCommit, pattern: hasV + " zich … ingezet|ingespannen voor|om", obj: objAfter, gap: 4},
	{stance: stCommit, pattern: "ons … inzetten|inspannen voor|om", obj: objAfter, gap: 2},
	{stance: stCommit, pattern: "zich|ons … inzetten|inspannen", obj: objAfter, gap: 2},
	// "De ER stelde zich [hiervoor] te zullen blijven inspannen"
	{stance: stCommit, pattern: "stelt|stellen|stelde|stelden zich … te zullen … inspannen|inzetten", obj: objGap, gap: 3, flags: closedGap},
	{stance: stCommit, pattern: "werk … maken van", obj: objAfter, gap: 2},
	{stance: stCommit, pattern: "maak|maakt|maken|maakte|maakten … werk van", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stCommit, pattern: "zich committeren|committeerden aan", obj: objAfter},
	{stance: stCommit, pattern: "committeert|committeren|committeerde|committeerden zich aan", obj: objAfter},
	{stance: stCommit, pattern: hasV + " zich … gecommitteerd aan", obj: objAfter, gap: 3},
	{stance: stCommit, pattern: "zet|zetten|zette … in op", obj: objAfter, gap: 4, flags: strictGap},
	// the relative clause with "waarop" fronted: "de dossiers waarop wij met
	// voorrang in Europees verband inzetten" (the antecedent, or what the
	// copula before it names, is the subject)
	{stance: stCommit, pattern: "waarop … inzet|inzetten|inzette|inzetten", obj: objBefore, gap: 8},
	{stance: stCommit, pattern: "verklaart|verklaren|verklaarde|verklaarden … te zullen", obj: objGap, gap: 8, negAs: stOppose},
	{stance: stCommit, pattern: willV, obj: objAfter, flags: cabinetOnly | reporting | actorAfter},
	{stance: stCommit, pattern: hasV + " … toegezegd", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stCommit, pattern: hasV + " … aangekondigd", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " … aangegeven|aangekondigd … te zullen", obj: objGap, gap: 8, flags: promise, negAs: stOppose},
	{stance: stCommit, pattern: "zegt|zeggen|zegde|zegden|zeg … toe", obj: objAfter, gap: 3, flags: promise | strictGap},
	{stance: stCommit, pattern: "geeft|geven|gaf|gaven aan … te gaan", obj: objAfter, gap: 10, negAs: stOppose},
	{stance: stCommit, pattern: hasV + " … aangegeven … te gaan", obj: objAfter, gap: 10, negAs: stOppose},
	{stance: stCommit, pattern: hasV + " … aangegeven … te", obj: objGap, gap: 8, flags: promise | closedGap, negAs: stOppose},
	// (in)ability reported in the simple past: "Een aantal lidstaten gaf
	// aan het voorstel niet te kunnen steunen" (not "gaf aan open te staan
	// voor", which its own cue reads)
	{stance: stSupport, pattern: "geeft|geven|gaf|gaven aan … te kunnen", obj: objGap, gap: 8, flags: promise | closedGap, negAs: stOppose},
	{stance: stCommit, pattern: "wenst|wensen|wenste|wensten … te", obj: objGap, gap: 16, flags: promise},
	{stance: stCommit, pattern: willV + " … inzetten op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "loopt|lopen|liep|liepen … voorop", obj: objAfter, gap: 4},
	// taking measures or steps of its own: "Het kabinet neemt maatregelen
	// om …", "zet het kabinet nu concrete stappen naar …"
	{stance: stCommit, pattern: "neemt|nemen|nam|namen|zet|zetten … maatregelen|stappen", obj: objAfter, gap: 4, flags: cabinetOnly},
	{stance: stCommit, pattern: "insteek|inzet|streven|ambitie is|was … te", obj: objGap, gap: 6, flags: aimNoun},
	{stance: stCommit, pattern: "insteek|inzet|streven|ambitie is|was … gericht op", obj: objAfter, gap: 2, flags: aimNoun},
	// the pronominal adverb before a clause: "De Nederlandse inzet was erop
	// gericht dat …"
	{stance: stCommit, pattern: "insteek|inzet|streven|ambitie is|was … erop gericht", obj: objAfter, gap: 2, flags: aimNoun},
	// the utmost effort: "heeft zijn uiterste best gedaan om X", "doet haar
	// uiterste best voor X"
	{stance: stCommit, pattern: "doet|doen|deed|deden|doe … uiterste best om|voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " … uiterste best gedaan om|voor", obj: objAfter, gap: 4},
	// a starting point chosen: "andere lidstaten nemen X als uitgangspunt"
	{stance: stPreference, pattern: "neemt|nemen|nam|namen|hanteert|hanteren|hanteerde|hanteerden … als uitgangspunt|leidraad", obj: objGap, gap: 8, flags: closedGap},
	// the order of a subordinate clause: "terwijl andere lidstaten [X] als
	// uitgangspunt nemen"
	{stance: stPreference, pattern: "als uitgangspunt|leidraad neemt|nemen|nam|namen|hanteert|hanteren|hanteerde|hanteerden", obj: objVerbFinal, flags: clauseFinal},
	// in a relative clause: "de Nederlandse inzet die in eerste instantie
	// gericht is op …"
	{stance: stCommit, pattern: "insteek|inzet|streven|ambitie die … gericht is|was op", obj: objAfter, gap: 4, flags: aimNoun},
	{stance: stCommit, pattern: "zegt|zeggen|zegde|zegden|zeg … toe", obj: objGap, gap: 8, flags: promise},

	// priority: a subject ranked high.
	{stance: stPriority, pattern: isV + " … een prioriteit", obj: objBefore, gap: 2, flags: actorAfter | impersonal | strictGap},
	{stance: stPriority, pattern: "een van de prioriteiten|speerpunten", obj: objBefore, flags: actorVoor | impersonal},
	{stance: stPriority, pattern: hasV + " aangegeven zich … te focussen|richten op", obj: objAfter, gap: 4},
	{stance: stPriority, pattern: "van … belang", obj: objBefore, gap: 1, flags: actorVoor | voorOnly},
	{stance: stPriority, pattern: "acht|achten|achtte|achtten … van belang", obj: objGap, gap: 16},
	{stance: stPriority, pattern: "acht|achten|achtte|achtten … essentieel|noodzakelijk|cruciaal", obj: objGap, gap: 16},
	{stance: stPreference, pattern: "acht|achten|achtte|achtten … wenselijk|gewenst", obj: objGap, gap: 16, negAs: stOppose},
	{stance: stOppose, pattern: "acht|achten|achtte|achtten … onwenselijk|ongewenst", obj: objGap, gap: 16},
	{stance: stOppose, pattern: "vindt|vinden|vond|vonden het onwenselijk|ongewenst", obj: objAfter},
	{stance: stPriority, pattern: "vindt|vinden|vind|vond|vonden het belangrijk|essentieel|wenselijk", obj: objAfter},
	{stance: stPriority, pattern: "vindt|vinden|vind|vond|vonden het van belang", obj: objAfter},
	// the object between "het" and the judgement: "vindt het bestrijden
	// daarvan ook belangrijk"
	{stance: stPriority, pattern: "vindt|vinden|vond|vonden|vind het … belangrijk|essentieel", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPriority, pattern: "waaraan … hecht|hechten|hechtte|hechtten", obj: objBefore, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "waaraan … waarde|belang hecht|hechten|hechtte|hechtten", obj: objBefore, gap: 4},
	{stance: stPriority, pattern: "hecht|hechten|hechtte|hechtten … belang|waarde aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "erkent|erkennen|erkende|erkenden|onderkent|onderkennen|ziet|zien|zag|zagen … het belang van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "erkent|erkennen|erkende|erkenden|onderkent|onderkennen … de urgentie van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPreference, pattern: "acht|achten|achtte|achtten … opportuun", obj: objAfter, gap: 3, negAs: stOppose},
	{stance: stPriority, pattern: "hecht|hechten|hechtte|hechtten … aan|eraan", obj: objAfter, gap: 2, flags: strictGap},
	{stance: stPriority, pattern: "hecht|hechten|hechtte|hechtten er … aan", obj: objAfter, gap: 4},
	// a degree adverb before the preposition: "hecht het kabinet ten zeerste aan"
	{stance: stPriority, pattern: "hecht|hechten|hechtte|hechtten … ten zeerste|volle aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: hasV + "|houdt|houden|blijft|blijven … aandacht van", obj: objBefore, gap: 3, flags: actorAfter},
	{stance: stPriority, pattern: "wijst|wijzen|wees|wezen … op het belang van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "legt|leggen|legde|legden … nadruk op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "zet|zetten|zette … met prioriteit|voorrang in op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "staat|staan|stond|stonden … bovenaan de agenda van", obj: objBefore, gap: 2, flags: actorAfter | strictGap},
	{stance: stPriority, pattern: "staat|staan|stond|stonden … hoog op de agenda van", obj: objBefore, gap: 2, flags: actorAfter | strictGap},
	{stance: stPriority, pattern: "noemt|noemen|noemde|noemden … het belang van", obj: objAfter, gap: 3, flags: strictGap},
	// in line with an actor's priorities: "Dit is conform de prioriteiten
	// van Nederland."
	{stance: stPriority, pattern: isV + " … conform|overeenkomstig de prioriteiten|prioriteit van", obj: objBefore, gap: 2, flags: actorAfter | strictGap},
	{stance: stPriority, pattern: isV + " … in lijn met de prioriteiten|prioriteit van", obj: objBefore, gap: 2, flags: actorAfter | strictGap},

	// preference: the option preferred, or how something should be done.
	// what others choose is mostly their own practice ("De meeste lidstaten
	// kiezen voor een eigen model"): only the cabinet's choice is a stance
	{stance: stPreference, pattern: "kiest|kiezen|koos|kozen … voor|ervoor", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	{stance: stPreference, pattern: hasV + " … voor|ervoor gekozen", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	{stance: stPreference, pattern: hasV + " … graag gezien dat", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPreference, pattern: "ziet|zien|zag|zagen|zie … graag", obj: objAfter, gap: 2, flags: strictGap},
	// the conditional: "Het kabinet zou graag zien dat …"
	{stance: stPreference, pattern: "zou|zouden … graag zien", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPreference, pattern: "zou|zouden het … zijn als", obj: objAfter, gap: 3, flags: impersonal},
	{stance: stPreference, pattern: hasV + " … de|een|duidelijke voorkeur voor", obj: objAfter, gap: 4},
	{stance: stPreference, pattern: "geeft|geven|gaf|gaven … de voorkeur aan", obj: objAfter, gap: 4},
	{stance: stPreference, pattern: "spreekt|spreken|sprak|spraken … voorkeur uit voor", obj: objAfter, gap: 3, flags: strictGap},
	// a wish made known: "maakt het kabinet de Nederlandse wens voor een
	// opt-out kenbaar"
	{stance: stPreference, pattern: "maakt|maken|maakte|maakten … wens|voorkeur … kenbaar", obj: objGap, gap: 10, flags: closedGap | lastGap},
	{stance: stPreference, pattern: hasV + " … wens|voorkeur … kenbaar", obj: objGap, gap: 10, flags: closedGap | lastGap},

	// oppose: rejection.
	// not on the table for an actor: "[X] is op dit moment voor Nederland
	// niet aan de orde"
	{stance: stOppose, pattern: "niet aan de orde", obj: objBefore, flags: actorVoor | voorOnly},
	{stance: stOppose, pattern: isV + " … tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "verzet|verzetten|verzette zich … tegen", obj: objAfter, gap: 3},
	// "neemt stelling tegen", "heeft stelling genomen tegen"
	{stance: stOppose, pattern: "neemt|nemen|nam|namen … stelling tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: hasV + " … stelling genomen tegen", obj: objAfter, gap: 3, flags: strictGap},
	// a subordinate clause's order: "dat zij tegen een Europees OM is"
	{stance: stOppose, pattern: "tegen … is|zijn|was|waren", obj: objGap, gap: 8, flags: closedGap | clauseFinal},
	{stance: stOppose, pattern: "verwerpt|verwerpen|verwierp|verwierpen", obj: objAfter},
	// disagreement with another side: "verschilt van mening met de
	// lidstaten over …", "geeft aan van mening te verschillen met de
	// tekst"; without "met" it is a split among the actors ("De lidstaten
	// verschillen van mening over …"), no stance on a subject
	{stance: stOppose, pattern: "verschilt|verschillen|verschilde|verschilden … van mening met", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: "van mening te verschillen met", obj: objAfter},
	// holding on to a view or option: "houdt vast aan haar opvatting dat …"
	{stance: stPreference, pattern: "houdt|houden|hield|hielden … vast aan", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stPreference, pattern: hasV + " … vastgehouden aan", obj: objAfter, gap: 4, flags: strictGap},
	// an intervention in a meeting for something (tokens fold diacritics,
	// so the rows spell "geintervenieerd"): "heeft met kracht
	// geïntervenieerd voor een …"
	{stance: stSupport, pattern: "intervenieert|intervenieren|intervenieerde|intervenieerden … voor", obj: objAfter, gap: 6},
	{stance: stSupport, pattern: hasV + " … geintervenieerd voor", obj: objAfter, gap: 8},
	// leading an effort, the perfect of "loopt … voorop": "heeft altijd
	// voorop gelopen met effectieve …"
	{stance: stCommit, pattern: hasV + " … voorop gelopen", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: "veroordeelt|veroordelen|veroordeelde|veroordeelden", obj: objAfter},
	{stance: stOppose, pattern: hasV + " … veroordeeld", obj: objGap, gap: 10},
	{stance: stOppose, pattern: "keurt|keuren|keurde|keurden … af", obj: objGap, gap: 8},
	{stance: stOppose, pattern: hasV + " … afgekeurd", obj: objGap, gap: 10},
	{stance: stOppose, pattern: "ziet|zien|zag|zagen|zie geen meerwaarde in", obj: objAfter},
	{stance: stOppose, pattern: hasV + " … bezwaar|bezwaren tegen", obj: objAfter, gap: 3, negAs: stAgree},
	{stance: stOppose, pattern: "wijst|wijzen|wees|wezen|wijs … af", obj: objGap, gap: 8},
	{stance: stOppose, pattern: "bezwaar|bezwaren hebben|heeft|had|hadden tegen", obj: objAfter, negAs: stAgree, flags: predicateFirst},
	{stance: stOppose, pattern: "stemt|stemmen|stemde|stemden tegen", obj: objAfter},
	{stance: stOppose, pattern: "handhaaft|handhaven|handhaafde|handhaafden … bezwaar|bezwaren", obj: objAfter, gap: 3, flags: strictGap, negAs: stAgree},
	{stance: stOppose, pattern: "staat|staan|stond|stonden|sta … onwelwillend|afwijzend tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: "spreekt|spreken|sprak|spraken zich … uit tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: hasV + " zich … uitgesproken tegen", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: hasV + " zich tegen … uitgesproken", obj: objGap, gap: 10},
	{stance: stOppose, pattern: hasV + " … afgewezen|verworpen", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: isV + " … tegenstander van", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: "maakt|maken|maakte|maakten … bezwaar|bezwaren tegen", obj: objAfter, gap: 3, flags: strictGap, negAs: stAgree},
	{stance: stOppose, pattern: "spreekt|spreken|sprak|spraken zich … negatief uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: hasV + " … tegengestemd", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: hasV + " … tegen gestemd", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: "ziet|zien|zag|zagen|zie … geen aanleiding|noodzaak|reden", obj: objAfter, gap: 4},

	// concern: doubts and worries, without rejection.
	{stance: stConcern, pattern: hasV + " … zorgen over|bij", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "maakt|maken|maakte|maakten|maak zich … zorgen over|om", obj: objAfter, gap: 3},
	// the infinitive after a verb of saying (Part K, pos16): "gaven aan zich
	// ernstig zorgen te maken over"
	{stance: stConcern, pattern: "zich … zorgen te maken over|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "uit|uiten|uitte|uitten … zorgen|zorg|kritiek|bezorgdheid|twijfels|twijfel|bedenkingen|teleurstelling|ongenoegen|onvrede", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: isV + " … bezorgd|kritisch", obj: objAfter, gap: 3},
	{stance: stConcern, pattern: "plaatst|plaatsen|plaatste|plaatsten … vraagtekens|kanttekeningen bij", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "kijkt|kijken|keek|keken … kritisch naar", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "kritisch is|zijn|was|waren over", obj: objAfter, flags: predicateFirst},
	{stance: stConcern, pattern: "zorgen heeft|hebben|had|hadden over", obj: objAfter, flags: predicateFirst},
	{stance: stConcern, pattern: hasV + " … aandacht voor gevraagd", obj: objGap, gap: 4},
	{stance: stConcern, pattern: hasV + " … aandacht gevraagd voor", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … vraagtekens|kanttekeningen geplaatst bij", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … twijfels|vragen over|bij", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "vraagt|vragen|vroeg|vroegen … aandacht voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "vraagt|vragen|vroeg|vroegen om … aandacht voor", obj: objAfter, gap: 2},
	{stance: stConcern, pattern: "aandacht vragen|vraagt|vroegen|vroeg", obj: objAfter},
	{stance: stConcern, pattern: "wijst|wijzen|wees|wezen … op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … gewezen op", obj: objAfter, gap: 12},
	{stance: stConcern, pattern: "deelt|delen|deelde|deelden|deel … zorgen|zorg|bezorgdheid", obj: objAfter, gap: 3, flags: strictGap | nounObject},
	{stance: stConcern, pattern: "zorg|zorgen|bezorgdheid deel|delen|deelt", obj: objBefore, flags: firstPersonOnly | actorAfter},
	{stance: stConcern, pattern: "betreurt|betreuren|betreurde|betreurden|betreur", obj: objAfter},
	{stance: stConcern, pattern: "zet|zetten|zette … vraagtekens|kanttekeningen bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "staat|staan|stond|stonden … kritisch|sceptisch tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stConcern, pattern: isV + " … sceptisch", obj: objAfter, gap: 3, flags: strictGap},
	// dismay and disappointment: "Voornoemde leden zijn verbaasd over de
	// hoogte van de bedragen"
	{stance: stConcern, pattern: isV + " … verbaasd|verbijsterd|verontrust|teleurgesteld|ontstemd over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … moeite met", obj: objAfter, gap: 3, flags: strictGap},
	// "Mijn fractie heeft daar grote moeite mee"; "heeft echter over een
	// aantal punten zorgen" (Part G, pos15: its "wil" was read as the
	// sentence's only stance, support)
	{stance: stConcern, pattern: hasV + " … moeite mee", obj: objAfter, gap: 3},
	{stance: stConcern, pattern: hasV + " … over … zorgen|bedenkingen|twijfels", obj: objGap, gap: 5, flags: closedGap},
	{stance: stConcern, pattern: "reageert|reageren|reageerde|reageerden … kritisch|terughoudend op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "spreekt|spreken|sprak|spraken zich … kritisch uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … zorgen|zorg|kritiek|bezorgdheid|twijfels|twijfel|bedenkingen|teleurstelling|ongenoegen|onvrede geuit", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "neemt|nemen|nam|namen … kritische houding aan", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … opgebracht|aangekaart", obj: objGap, gap: 14},
	// the feeling with which a report is read: "hebben met zorg / met een
	// aan ontsteltenis grenzende verbazing kennisgenomen van"
	{stance: stConcern, pattern: hasV + " … met … zorg|bezorgdheid|verbazing|teleurstelling|verontrusting kennisgenomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … zorg|bezorgdheid|verbazing|teleurstelling|verontrusting kennis genomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … ontsteltenis kennisgenomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … ontsteltenis kennis genomen", obj: objAfter, gap: 4},
	// doubt with which a text is read (Part G, pos15): "hebben met enige
	// twijfel / met zeer gemengde gevoelens kennisgenomen van"
	{stance: stConcern, pattern: hasV + " … met … twijfel|scepsis|argwaan kennisgenomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … twijfel|scepsis|argwaan kennis genomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … gemengde gevoelens kennisgenomen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: hasV + " … met … gemengde gevoelens kennis genomen", obj: objAfter, gap: 4},
	// a point of attention: "De Commissie noemt wel de Nederlandse
	// opvangcapaciteit als aandachtspunt"
	{stance: stConcern, pattern: "noemt|noemen|noemde|noemden|benoemt|benoemen|benoemde|benoemden|ziet|zien|zag|zagen … als aandachtspunt|zorgpunt|knelpunt", obj: objGap, gap: 10, flags: closedGap},

	// reserved: holding back; a caveat; (with any cue) a condition or hedge.
	{stance: stReserved, pattern: "behandelvoorbehoud|studievoorbehoud", obj: objAfter, flags: impersonal},
	{stance: stReserved, pattern: "plaatst|plaatsen|plaatste|plaatsten|maakt|maken|maakte|maakten|heeft|hebben|had|hadden|handhaaft|handhaven|handhaafde|handhaafden … voorbehoud|voorbehouden", obj: objAfter, gap: 5},
	{stance: stReserved, pattern: isV + " … terughoudend", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "neemt|nemen|nam|namen … terughoudende|afwachtende houding aan", obj: objAfter, gap: 4},
	{stance: stReserved, pattern: "wijst|wijzen|wees|wezen erop dat", obj: objAfter},
	{stance: stReserved, pattern: "onthoudt|onthouden|onthield|onthielden zich … van stemming", obj: objAfter, gap: 2},
	{stance: stReserved, pattern: "zich … onthouden van stemming", obj: objAfter, gap: 2},
	{stance: stReserved, pattern: "zich … van stemming onthouden|onthoudt|onthouden", obj: objAfter, gap: 2},
	{stance: stReserved, pattern: "afwacht|afwachten|afwachtte|afwachtten", obj: objVerbFinal},
	{stance: stReserved, pattern: "wacht|wachten|wachtte|wachtten … af", obj: objGap, gap: 10},
	{stance: stReserved, pattern: "wijst|wijzen|wees|wezen er … op dat", obj: objAfter, gap: 4},

	// the passive with its agent: "[X] werd door de lidstaten veroordeeld"
	{stance: stSupport, pattern: "wordt|worden|werd|werden|is|zijn|was|waren … door … gesteund|ondersteund|onderschreven|bepleit", obj: objBefore, gap: 6, flags: passive},
	{stance: stWelcome, pattern: "wordt|worden|werd|werden|is|zijn|was|waren … door … verwelkomd|toegejuicht|gewaardeerd", obj: objBefore, gap: 6, flags: passive},
	// the passive without its agent, held by the body it happened in:
	// "in de Raad … dat het voorstel in het algemeen wordt gesteund"
	{stance: stSupport, pattern: findingV + " dat … wordt|worden|werd|werden gesteund|ondersteund|onderschreven", obj: objGap, gap: 10, flags: passive | bodyIn | closedGap},
	{stance: stWelcome, pattern: findingV + " dat … wordt|worden|werd|werden verwelkomd|toegejuicht", obj: objGap, gap: 10, flags: passive | bodyIn | closedGap},
	// support a subject finds in a body: "In het Europees Parlement kon het
	// voorstel tot dusver op grote steun rekenen"
	{stance: stSupport, pattern: "kan|kon|kunnen|konden … op … steun rekenen", obj: objGap, gap: 6, flags: passive | bodyIn | closedGap | lastGap},
	{stance: stOppose, pattern: "wordt|worden|werd|werden|is|zijn|was|waren … door … veroordeeld|afgewezen|afgekeurd|verworpen", obj: objBefore, gap: 6, flags: passive},
	{stance: stAgree, pattern: "wordt|worden|werd|werden|is|zijn|was|waren … door … aanvaard|goedgekeurd", obj: objBefore, gap: 6, flags: passive},
	// the agent after the participle: "De Raadsconclusies zijn positief
	// ontvangen door de lidstaten en de Commissie"
	{stance: stWelcome, pattern: "wordt|worden|werd|werden|is|zijn … positief|goed ontvangen door", obj: objBefore, gap: 3, flags: actorAfter | strictGap},
	// "[Het belang van samenwerking] werd door de Commissie benadrukt"
	{stance: stSupport, pattern: "wordt|worden|werd|werden … door … benadrukt|onderstreept", obj: objBefore, gap: 6, flags: passive},
	// the object after the agent: "werd o.a. door Nederland [het belang
	// van bestrijden van antisemitisme] opgebracht"
	{stance: stSupport, pattern: "wordt|worden|werd|werden … door … het belang van … benadrukt|onderstreept|opgebracht", obj: objGap, gap: 10, flags: passive | lastGap | closedGap},
	// "[De tekst] wordt door de meeste lidstaten beschouwd als een goede
	// basis": the passive of "beschouwt X als een goede basis"
	{stance: stSupport, pattern: "wordt|worden|werd|werden … door … beschouwd|gezien als een goede|geschikte|werkbare basis|stap|uitgangspunt", obj: objBefore, gap: 6, flags: passive},

	// the attributive participle with its agent: "het door Nederland
	// bekritiseerde opschortingsmechanisme"
	{stance: stSupport, pattern: "door … gesteunde|ondersteunde|bepleite|voorgestane|gewenste", obj: objAfter, gap: 4, flags: attributive | strictGap},
	{stance: stWelcome, pattern: "door … verwelkomde|toegejuichte", obj: objAfter, gap: 4, flags: attributive | strictGap},
	{stance: stConcern, pattern: "door … bekritiseerde|gekritiseerde", obj: objAfter, gap: 4, flags: attributive | strictGap},
	{stance: stOppose, pattern: "door … afgewezen|verworpen|veroordeelde|afgekeurde", obj: objAfter, gap: 4, flags: attributive | strictGap},

	// informational: the actor's own part in a process, unjudged.
	{stance: stInformational, pattern: hasV + " … meegedaan aan", obj: objAfter, gap: 6},
	{stance: stInformational, pattern: hasV + " … deelgenomen aan", obj: objAfter, gap: 12},
	{stance: stInformational, pattern: isV + " … betrokken bij", obj: objAfter, gap: 4},
	{stance: stInformational, pattern: "neemt|nemen|nam|namen … kennis van", obj: objAfter, gap: 3, flags: strictGap},
	// "Het kabinet heeft kennisgenomen van het rapport"; not the formula
	// that opens a committee report ("De leden van de VVD-fractie hebben
	// kennisgenomen van het wetsvoorstel")
	{stance: stInformational, pattern: hasV + " … kennisgenomen van", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	// the participle written apart: "heeft het kabinet kennis genomen van"
	{stance: stInformational, pattern: hasV + " … kennis genomen van", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	{stance: stInformational, pattern: hasV + " … non paper|nonpaper opgesteld|gepubliceerd|ingediend", obj: objSelf, gap: 10},

	// The inventory of docs/stances.md ("Cue inventory"): the forms a cue
	// lemma takes besides its present and past main clause.
	//
	// The perfect, the infinitive after a modal and the past of separable
	// and reflexive verbs.
	{stance: stAgree, pattern: isV + " … bereid|voornemens om in te stemmen met", obj: objAfter, gap: 4},
	{stance: stAgree, pattern: isV + " … akkoord gegaan met", obj: objAfter, gap: 3, flags: strictGap},
	// with a manner in the gap (Part K, pos16): "is het EP [met een kleine
	// meerderheid] akkoord gegaan met"
	{stance: stAgree, pattern: isV + " … akkoord gegaan met", obj: objAfter, gap: 8, flags: closedGap},
	{stance: stAgree, pattern: isV + " … akkoord met", obj: objAfter, gap: 3, flags: strictGap | subjectFirst},
	{stance: stAgree, pattern: canV + " … leven met", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "zich … aansluiten bij", obj: objAfter, gap: 2},
	{stance: stSupport, pattern: "sluit|sluiten|sloot|sloten zich bij … aan", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: hasV + " zich bij … aangesloten", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: hasV + " zich … verzet tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "zich … verzetten tegen", obj: objAfter, gap: 2},
	{stance: stConcern, pattern: hasV + " … betreurd", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: hasV + " … bezwaar|bezwaren gemaakt tegen", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: hasV + " … bezwaar|bezwaren", obj: objAfter, gap: 3, flags: strictGap | clauseFinal, negAs: stAgree},
	{stance: stPriority, pattern: hasV + " … belang|waarde gehecht aan", obj: objAfter, gap: 4},
	{stance: stCommit, pattern: hasV + " … ingezet op", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stReserved, pattern: hasV + " zich … onthouden", obj: objAfter, gap: 3, flags: strictGap | clauseFinal},
	{stance: stPreference, pattern: hasV + " … de voorkeur gegeven aan", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: "zal|zullen|kan|kunnen … tegenstemmen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "spreekt|spreken|sprak|spraken … zorgen|zorg|bezorgdheid|twijfels|twijfel|bedenkingen|kritiek|teleurstelling|ongenoegen|onvrede uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "twijfelt|twijfelen|twijfelde|twijfelden … aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "betwijfelt|betwijfelen|betwijfelde|betwijfelden", obj: objAfter},
	{stance: stSupport, pattern: isV + " … de mening toegedaan dat", obj: objClause, gap: 3},
	{stance: stPreference, pattern: "wil|willen|wilde|wilden dat", obj: objAfter, flags: thatClause, negAs: stOppose},
	{stance: stPriority, pattern: "acht|achten|achtte|achtten … van groot|grote|essentieel|cruciaal|wezenlijk|bijzonder|eminent belang", obj: objGap, gap: 16},
	{stance: stPriority, pattern: "vindt|vinden|vond|vonden|vind het van groot|grote|essentieel|cruciaal|wezenlijk|bijzonder|eminent belang", obj: objAfter},
	{stance: stSupport, pattern: "acht|achten|achtte|achtten … proportioneel|evenredig|gerechtvaardigd|passend|zinvol|verstandig", obj: objGap, gap: 16, negAs: stConcern},
	{stance: stConcern, pattern: "acht|achten|achtte|achtten … disproportioneel|onevenredig|onvoldoende|ontoereikend", obj: objGap, gap: 16},
	// evaluative predicates as a class: "achtte het compromis
	// uitgebalanceerd", "vindt de tekst aanvaardbaar" (docs/stances.md
	// lists the adjectives and their classes)
	{stance: stSatisfied, pattern: "acht|achten|achtte|achtten … " + judgedGood, obj: objGap, gap: 16, negAs: stConcern},
	{stance: stSatisfied, pattern: "vindt|vinden|vond|vonden|vind … " + judgedGoodStrict, obj: objGap, gap: 10, flags: closedGap, negAs: stConcern},
	{stance: stOppose, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … " + judgedUnacceptable, obj: objGap, gap: 12, flags: closedGap},
	{stance: stConcern, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … " + judgedWanting, obj: objGap, gap: 12, flags: closedGap},
	{stance: stReserved, pattern: "staat|staan|stond|stonden|sta … terughoudend|neutraal tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stOppose, pattern: "staat|staan|stond|stonden|sta … negatief tegenover", obj: objAfter, gap: 4, flags: strictGap},
	// positive with criticism: "staat positief-kritisch tegenover" (as "een
	// positief kritische grondhouding")
	{stance: stReserved, pattern: "staat|staan|stond|stonden|sta … positief-kritisch|positief kritisch tegenover", obj: objAfter, gap: 4, flags: strictGap},
	// a judgement of one's own: "oordeelt positief over", "beoordeelt het
	// voorstel positief"
	{stance: stSupport, pattern: "oordeelt|oordelen|oordeelde|oordeelden … positief over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "oordeelt|oordelen|oordeelde|oordeelden … kritisch|negatief over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "beoordeelt|beoordelen|beoordeelde|beoordeelden … positief", obj: objGap, gap: 10, flags: closedGap | clauseFinal},
	{stance: stConcern, pattern: "beoordeelt|beoordelen|beoordeelde|beoordeelden … negatief|kritisch", obj: objGap, gap: 10, flags: closedGap | clauseFinal},
	// "De grondhouding van het kabinet is positief"
	{stance: stSupport, pattern: "grondhouding|houding van … is|was positief", obj: objAfter, gap: 3, flags: actorAfter | strictGap},
	{stance: stReserved, pattern: "grondhouding|houding van … is|was positief-kritisch|terughoudend|afwachtend", obj: objAfter, gap: 3, flags: actorAfter | strictGap},
	{stance: stConcern, pattern: "grondhouding|houding van … is|was kritisch|negatief", obj: objAfter, gap: 3, flags: actorAfter | strictGap},
	// Nominalisations with the actor after the noun: "De voorkeur van het
	// kabinet gaat uit naar …", "De inzet van het kabinet is gericht op …"
	// (not "de steun van X voor Y", as often money as a stance).
	{stance: stPreference, pattern: "voorkeur van … gaat|ging uit naar", obj: objAfter, gap: 4, flags: actorAfter | strictGap},
	{stance: stPreference, pattern: "voorkeur van … ligt|lag bij", obj: objAfter, gap: 4, flags: actorAfter | strictGap},
	// "Het heeft de voorkeur van het kabinet om …"
	{stance: stPreference, pattern: "het heeft|had de voorkeur van … om", obj: objAfter, gap: 4, flags: actorAfter | strictGap},
	{stance: stCommit, pattern: "inzet|insteek van … is|was gericht op", obj: objAfter, gap: 4, flags: actorAfter | strictGap},
	// "de afwijzing door een meerderheid van de lidstaten van het
	// voorstel" (Part G, pos15): a rejection with its agent, "het verzet
	// van X tegen Y"
	{stance: stOppose, pattern: "afwijzing|verwerping door", obj: objAfter, flags: actorAfter},
	{stance: stOppose, pattern: "verzet van … tegen", obj: objAfter, gap: 5, flags: actorAfter | strictGap},
	// "De nieuwe HV besteedde in het bijzonder aandacht aan …": what others
	// put first
	{stance: stPriority, pattern: "besteedt|besteden|besteedde|besteedden … aandacht aan", obj: objAfter, gap: 4, flags: strictGap | thirdParty},
	// the family (Part K, pos16): giving or devoting attention, finite and
	// after a modal ("Het voorzitterschap wil bijzondere aandacht geven
	// aan …", "geeft … aandacht aan", "heeft … aandacht besteed aan")
	{stance: stPriority, pattern: "geeft|geven|gaf|gaven|schenkt|schenken|schonk|schonken … aandacht aan", obj: objAfter, gap: 5, flags: closedGap | thirdParty},
	{stance: stPriority, pattern: "wil|willen|wilde|wilden|zal|zullen|zou|zouden … aandacht besteden|geven|schenken aan", obj: objAfter, gap: 5, flags: closedGap | thirdParty},
	{stance: stPriority, pattern: "aandacht besteed|gegeven|geschonken aan", obj: objAfter, flags: thirdParty},
	// The verb-final order of a subordinate clause: the object, with its
	// preposition, stands before the finite verb ("dat Nederland [met het
	// compromis] instemt", "dat het kabinet [positief] tegenover [het
	// voorstel] staat").
	{stance: stAgree, pattern: "met … instemt|instemde|instemden|instemmen", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stAgree, pattern: "met … kan|kunnen|kon|konden|zal|zullen|wil|willen instemmen", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stAgree, pattern: "met … akkoord gaat|ging|gingen|gaan", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stAgree, pattern: "met … akkoord is|zijn|was|waren gegaan", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stSupport, pattern: "zich bij … aansluit|aansluiten|aansloot|aansloten", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stSupport, pattern: "zich bij … heeft|hebben|had|hadden aangesloten", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stOppose, pattern: "zich tegen … verzet|verzetten|verzette", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stCommit, pattern: "zich voor … inzet|inzetten|inzette", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stCommit, pattern: "zich voor … heeft|hebben|had|hadden ingezet", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stSupport, pattern: "voor … pleit|pleiten|pleitte|pleitten", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stSupport, pattern: "voor … heeft|hebben|had|hadden gepleit", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stAgree, pattern: "voor … stemt|stemde|stemden|stemmen|gestemd", obj: objGap, gap: 8, flags: closedGap | clauseFinal | verbFinal},
	{stance: stOppose, pattern: "tegen … stemt|stemde|stemden|stemmen|gestemd", obj: objGap, gap: 8, flags: closedGap | clauseFinal | verbFinal},
	{stance: stOppose, pattern: "afwijst|afwees|afwezen|afwijzen", obj: objVerbFinal, flags: clauseFinal | verbFinal},
	{stance: stOppose, pattern: "afkeurt|afkeurde|afkeurden|afkeuren", obj: objVerbFinal, flags: clauseFinal | verbFinal},
	{stance: stWelcome, pattern: "toejuicht|toejuichte|toejuichten|toejuichen", obj: objVerbFinal, flags: clauseFinal | verbFinal},
	{stance: stSupport, pattern: "positief|welwillend tegenover … staat|staan|stond|stonden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stConcern, pattern: "kritisch|sceptisch tegenover … staat|staan|stond|stonden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stReserved, pattern: "terughoudend|neutraal tegenover … staat|staan|stond|stonden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stOppose, pattern: "negatief|afwijzend tegenover … staat|staan|stond|stonden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stOppose, pattern: "tegenstander is|zijn|was|waren|blijft|blijven van", obj: objAfter, flags: predicateFirst},
	// support spoken without its object, which the sentence before gives:
	// "Nederland sprak zijn steun uit."
	{stance: stSupport, pattern: "spreekt|spreken|sprak|spraken … steun uit", obj: objAfter, gap: 3, flags: strictGap | clauseFinal},
	{stance: stSupport, pattern: hasV + " … steun uitgesproken", obj: objAfter, gap: 3, flags: strictGap | clauseFinal},
	// a stance as an infinitive after "aangeven": "gaf aan voorstander te
	// zijn van"
	{stance: stSupport, pattern: "voorstander te zijn|blijven van", obj: objAfter, flags: predicateFirst},
	{stance: stSupport, pattern: "open te staan voor", obj: objAfter},
	// the infinitive of "staat … tegenover" after a verb of saying: "liet
	// weten positief te staan tegenover"
	{stance: stSupport, pattern: "positief|welwillend|sympathiek te staan tegenover", obj: objAfter, flags: predicateFirst},
	{stance: stConcern, pattern: "kritisch|sceptisch te staan tegenover", obj: objAfter, flags: predicateFirst},
	{stance: stReserved, pattern: "terughoudend|neutraal te staan tegenover", obj: objAfter, flags: predicateFirst},
	{stance: stOppose, pattern: "negatief|afwijzend te staan tegenover", obj: objAfter, flags: predicateFirst},
	{stance: stOppose, pattern: "tegenstander te zijn|blijven van", obj: objAfter, flags: predicateFirst},
	// an intention: "is bereid om bij te dragen", "is van plan om" (not
	// meeting business: "is voornemens een werklunch te organiseren")
	{stance: stCommit, pattern: isV + " … bereid|voornemens om|te", obj: objAfter, gap: 3, flags: strictGap | promise, negAs: stOppose},
	{stance: stCommit, pattern: isV + " … van plan|zinnens om|te", obj: objAfter, gap: 3, flags: strictGap | promise, negAs: stOppose},
	// a finding with its feeling: "constateert met tevredenheid dat", "stelt
	// met zorg vast dat"
	{stance: stSatisfied, pattern: "constateert|constateren|constateerde|constateerden|stelt|stellen|stelde|stelden … met tevredenheid|genoegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "constateert|constateren|constateerde|constateerden|stelt|stellen|stelde|stelden … met zorg|bezorgdheid|teleurstelling|spijt", obj: objAfter, gap: 3, flags: strictGap},
	// a standpoint named by its owner: "Het Nederlandse standpunt is dat",
	// "Het standpunt van het kabinet is dat"
	{stance: stSupport, pattern: "standpunt|opvatting|positie is|was dat", obj: objClause, flags: aimNoun},
	{stance: stSupport, pattern: "standpunt|opvatting|positie van … is|was dat", obj: objClause, gap: 3, flags: actorAfter | strictGap},
	// advice to act: "zal de commissaris aanraden voldoende tijd te nemen",
	// "raadt de Commissie aan om …"
	{stance: stSupport, pattern: willV + "|" + canV + " … aanraden|adviseren", obj: objAfter, gap: 4, flags: closedGap},
	{stance: stSupport, pattern: "raadt|raden|raadde|raadden … aan om|te", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "adviseert|adviseren|adviseerde|adviseerden … om|te", obj: objAfter, gap: 4, flags: strictGap},
	// more lemmas of Council reports: siding with, blocking, distancing
	{stance: stSupport, pattern: "schaart|scharen|schaarde|schaarden zich … achter", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … geschaard achter", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich achter … geschaard", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: isV + " … voorvechter van", obj: objAfter, gap: 4},
	{stance: stSupport, pattern: "krijgt|krijgen|kreeg|kregen|kon|konden … steun|bijval van", obj: objBefore, gap: 4, flags: actorAfter | strictGap},
	{stance: stSupport, pattern: "kon|konden … rekenen op … steun|bijval van", obj: objBefore, gap: 3, flags: actorAfter | strictGap},
	{stance: stOppose, pattern: "blokkeert|blokkeren|blokkeerde|blokkeerden", obj: objAfter},
	{stance: stOppose, pattern: hasV + " … geblokkeerd", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: "neemt|nemen|nam|namen … afstand van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "distantieert|distantieren|distantiëren|distantieerde|distantieerden zich … van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "zet|zetten|zette zich … af tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: hasV + " … geen probleem|problemen met", obj: objAfter, gap: 3, flags: strictGap},
	// a negation or an adverb before the one agreed with: "Ik ben het niet
	// met de vragensteller eens dat …"
	{stance: stAgree, pattern: isV + " het … met … eens", obj: objAfter, gap: 8, flags: closedGap},
	// regret and worry as a judgement: "vindt het jammer dat", "vindt het
	// zorgelijk dat"
	{stance: stConcern, pattern: "vindt|vinden|vond|vonden|vind het … jammer|teleurstellend|zorgelijk|spijtig|betreurenswaardig|verontrustend|onbevredigend", obj: objAfter, gap: 1, flags: strictGap},
	// the verb-final order: "waarbij enkele lidstaten het belang van X
	// benadrukten"
	{stance: stSupport, pattern: "het|de belang|noodzaak van … benadrukt|benadrukte|benadrukten|onderstreept|onderstreepte|onderstreepten", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	// a framing phrase, however long, between the verb and its dat-clause:
	// "benadrukt Nederland [in de onderhandelingen over …] steeds dat …"
	{stance: stSupport, pattern: "benadrukt|benadrukken|benadrukte|benadrukten|onderstreept|onderstrepen|onderstreepte|onderstreepten … dat", obj: objAfter, gap: 16, flags: closedGap},
	// the actor's worries named by their owner: "De zorgen van het kabinet
	// over X zijn niet weggenomen"
	{stance: stConcern, pattern: "zorgen|bezorgdheid van … over", obj: objAfter, gap: 3, flags: actorAfter | strictGap},

	// More lemmas: warnings, criticism, reservations as nouns, risks,
	// renewed support, letting oneself be heard.
	{stance: stConcern, pattern: "waarschuwt|waarschuwen|waarschuwde|waarschuwden … voor|tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … gewaarschuwd voor|tegen", obj: objAfter, gap: 4},
	{stance: stConcern, pattern: "plaatst|plaatsen|plaatste|plaatsten|zet|zetten|zette … een kanttekening|vraagteken bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … kritiek op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "uit|uiten|uitte|uitten … kritiek op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … vraagtekens|kanttekeningen|bedenkingen bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "ziet|zien|zag|zagen … risico's|risicos|risico in|voor|bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "laat|laten|liet|lieten zich … kritisch|negatief|bezorgd uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " zich … kritisch|bezorgd uitgelaten over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "laat|laten|liet|lieten zich … positief uit over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … positief uitgelaten over", obj: objAfter, gap: 3, flags: strictGap},
	// the relative clause with "waarover" fronted and the verb last: "het
	// staande corps, waarover enkele lidstaten zich positief uitlieten"
	// (the antecedent is the subject, relativeAntecedent)
	{stance: stSupport, pattern: "waarover … zich positief uitlaat|uitlaten|uitliet|uitlieten", obj: objBefore, gap: 6},
	{stance: stConcern, pattern: "waarover … zich kritisch|negatief|bezorgd uitlaat|uitlaten|uitliet|uitlieten", obj: objBefore, gap: 6},
	// wanting a proposal justified further before backing it: "waarvan
	// andere lidstaten een nadere onderbouwing wensen", "vroeg om een
	// betere onderbouwing van"
	{stance: stReserved, pattern: "nadere|verdere|betere onderbouwing wenst|wensen|wenste|wensten|vraagt|vragen|vroeg|vroegen|verlangt|verlangen|verlangde|verlangden", obj: objAfter},
	{stance: stReserved, pattern: "wenst|wensen|wenste|wensten|vraagt|vragen|vroeg|vroegen|verlangt|verlangen|verlangde|verlangden … nadere|verdere|betere onderbouwing van", obj: objAfter, gap: 4},
	{stance: stReserved, pattern: "wenst|wensen|wenste|wensten|vraagt|vragen|vroeg|vroegen|verlangt|verlangen|verlangde|verlangden … nadere|verdere|betere onderbouwing", obj: objAfter, gap: 4},
	{stance: stOppose, pattern: hasV + " zich … negatief uitgelaten|uitgesproken over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "herhaalt|herhalen|herhaalde|herhaalden|bevestigt|bevestigen|bevestigde|bevestigden … steun voor|aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "zegt|zeggen|zegde|zegden … steun toe aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "staat|staan|stond|stonden|sta … sympathiek tegenover", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "sympathiek tegenover … staat|staan|stond|stonden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	// a separable or reflexive verb alone at the clause's end: "Nederland
	// stemde in.", "Polen onthield zich."
	{stance: stAgree, pattern: "stemt|stemmen|stemde|stemden in", obj: objAfter, flags: clauseFinal},
	{stance: stReserved, pattern: "onthoudt|onthouden|onthield|onthielden zich", obj: objAfter, flags: clauseFinal},
	{stance: stAgree, pattern: "wenst|wensen|wenste|wensten|wil|willen … in te stemmen met", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "er … op aandringen|aangedrongen", obj: objAfter, gap: 5},
	{stance: stSupport, pattern: "vindt|vinden|vond|vonden|vind … proportioneel|evenredig|gerechtvaardigd", obj: objGap, gap: 10, flags: closedGap, negAs: stConcern},
	{stance: stConcern, pattern: "vindt|vinden|vond|vonden|vind … disproportioneel|onevenredig|onvoldoende", obj: objGap, gap: 10, flags: closedGap},
	// "vindt het voorstel geen goed idee" (Part G, pos15): a bad idea is
	// opposed
	{stance: stOppose, pattern: "vindt|vinden|vond|vonden|vind … geen goed idee", obj: objGap, gap: 10, flags: closedGap},
	// more verb-final orders
	{stance: stAgree, pattern: "zich in … kan|kunnen|kon|konden vinden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stAgree, pattern: "zich in … heeft|hebben|had|hadden kunnen vinden", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stOppose, pattern: "zich tegen … heeft|hebben|had|hadden uitgesproken", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stOppose, pattern: "zich tegen … uitspreekt|uitspreken|uitsprak|uitspraken", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stSupport, pattern: "zich voor … heeft|hebben|had|hadden uitgesproken", obj: objGap, gap: 10, flags: closedGap | verbFinal},
	{stance: stSupport, pattern: "zich voor … uitspreekt|uitspreken|uitsprak|uitspraken", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stPriority, pattern: "aan … hecht|hechten|hechtte|hechtten", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	{stance: stPriority, pattern: "belang|waarde aan hecht|hechten|hechtte|hechtten", obj: objAfter},
	{stance: stPriority, pattern: "het van … belang acht|achten|achtte|achtten|vindt|vinden|vond|vonden", obj: objAfter, gap: 1},
	{stance: stPriority, pattern: "het belangrijk|essentieel|noodzakelijk acht|achten|achtte|achtten|vindt|vinden|vond|vonden", obj: objAfter},
	{stance: stConcern, pattern: "zich … zorgen maakt|maken|maakte|maakten over", obj: objAfter, gap: 2},
	{stance: stOppose, pattern: "bezwaar|bezwaren maakt|maken|maakte|maakten tegen", obj: objAfter, flags: predicateFirst, negAs: stAgree},
	{stance: stReserved, pattern: "voorbehoud|voorbehouden heeft|hebben|had|hadden gemaakt|geplaatst", obj: objAfter},
	{stance: stReserved, pattern: "voorbehoud|voorbehouden maakt|maken|maakte|maakten|plaatst|plaatsen|plaatste|plaatsten", obj: objAfter},
	{stance: stReserved, pattern: "zich van stemming heeft|hebben|had|hadden onthouden", obj: objAfter},
	{stance: stReserved, pattern: "zich van stemming onthield|onthielden|onthoudt", obj: objAfter},
	{stance: stPreference, pattern: "de voorkeur geeft|geven|gaf|gaven aan", obj: objAfter},
	{stance: stCommit, pattern: "op … inzet|inzetten|inzette|inzetten", obj: objGap, gap: 10, flags: closedGap | clauseFinal | verbFinal},
	// the cabinet's effort named by its owner: "De inzet van Nederland was
	// en is een herziening van …" (not "De inzet van middelen is …")
	{stance: stCommit, pattern: "inzet|insteek van … is|was", obj: objAfter, gap: 3, flags: actorAfter | strictGap | cabinetOnly},
	{stance: stCommit, pattern: "maakt|maken|maakte|maakten zich … sterk|hard op|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " zich … sterk|hard gemaakt op|om", obj: objAfter, gap: 6},
	// an invitation to act: "De Raad nodigde de Commissie uit om met een
	// voorstel te komen"
	{stance: stSupport, pattern: "nodigt|nodigen|nodigde|nodigden … uit om|tot", obj: objAfter, gap: 8, flags: promise | closedGap},
	{stance: stSupport, pattern: hasV + " … uitgenodigd om|tot", obj: objAfter, gap: 8, flags: promise | closedGap},

	// statements of opinion: the dat-clause decides (opinionStance).
	// "dat wat mij betreft Europol … adequaat worden toegerust": the
	// speaker's view
	{stance: stSupport, pattern: "wat mij|ons betreft", obj: objClause},
	// another actor's view as the frame of a modal: "Wat de Commissie
	// betreft dienen zoveel mogelijk lidstaten te participeren"; only
	// before a verb of obligation ("Wat Frontex betreft kan worden
	// opgemerkt …" and "Wat de termijn betreft …" are topics)
	{stance: stPreference, pattern: "wat … betreft dient|dienen|moet|moeten|zou|zouden", obj: objAfter, gap: 3, flags: strictGap},
	// "Het kabinet kwam tot de conclusie dat nadere aanscherping
	// noodzakelijk is": a conclusion of the actor's own
	{stance: stSupport, pattern: "komt|komen|kwam|kwamen … tot de conclusie dat", obj: objClause, gap: 6, flags: closedGap},
	{stance: stSupport, pattern: isV + " … tot de conclusie gekomen dat", obj: objClause, gap: 4, flags: closedGap},
	// a subordinate clause's order: "dat het [X] van belang vindt"
	{stance: stPriority, pattern: "van belang vindt|vinden|vond|vonden", obj: objVerbFinal, flags: clauseFinal},
	{stance: stPriority, pattern: "belangrijk|essentieel vindt|vinden|vond|vonden", obj: objVerbFinal, flags: clauseFinal},
	{stance: stSupport, pattern: "meent|menen|meende|meenden dat", obj: objClause},
	{stance: stSupport, pattern: isV + " … van mening|oordeel|opvatting dat", obj: objClause, gap: 3},
	{stance: stSupport, pattern: "van mening|oordeel|opvatting is|zijn|was|waren dat", obj: objClause},
	{stance: stSupport, pattern: "vindt|vinden|vind|vond|vonden dat", obj: objClause},
	{stance: stSupport, pattern: "naar het|de oordeel|mening|opvatting|inschatting van", obj: objClause, flags: actorAfter},
	// "Volgens het kabinet is een verlenging noodzakelijk": the actor's view
	{stance: stSupport, pattern: "volgens", obj: objClause, flags: actorAfter},
	// a proposal of one's own in a negotiation: "Nederland stelde voor om de
	// termijn te verlengen"
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden … voor om|te", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stSupport, pattern: hasV + " … voorgesteld om|te", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stSupport, pattern: "neemt|nemen|nam|namen het standpunt in dat", obj: objClause},
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden zich … op het standpunt dat", obj: objClause, gap: 3},
	{stance: stSupport, pattern: isV + " … overtuigd dat|van", obj: objClause, gap: 6, negAs: stConcern},
	{stance: stInformational, pattern: hasV + " … aangegeven dat", obj: objClause, gap: 3, flags: reporting},
	{stance: stInformational, pattern: hasV + " … gemeld|gesteld|betoogd dat", obj: objClause, gap: 4, flags: reporting | opinionOnly},
	{stance: stInformational, pattern: "geeft|geven|gaf|gaven aan dat", obj: objClause, flags: reporting | opinionOnly},
	// the actor between the verb's parts: "gaven alle lidstaten aan dat …"
	{stance: stInformational, pattern: "geeft|geven|gaf|gaven … aan dat", obj: objClause, gap: 4, flags: reporting | opinionOnly | strictGap},
	{stance: stInformational, pattern: "stelt|stellen|stelde|stelden|betoogt|betogen|betoogde|betoogden|verklaart|verklaren|verklaarde|verklaarden … dat", obj: objClause, gap: 3, flags: reporting | opinionOnly | strictGap},

	// The lexicon families (docs/stances.md, "Lexicon families"): the
	// lemmas a careful reader knows as stance words, each with its forms,
	// for any letter rather than for one letter's wording.
	//
	// Intention (commit, the cabinet's own: what others intend is their
	// plan, often an instrument's purpose): "Het kabinet beoogt met de
	// Europawet …", "heb ik besloten … te", "neemt zich voor … te". Not
	// "beoogde", far more often the adjective ("de beoogde bedragen").
	{stance: stCommit, pattern: "beoogt|beogen|beoogden|beoog", obj: objAfter, flags: cabinetOnly | aimVerb},
	{stance: stCommit, pattern: hasV + " … besloten om|dat", obj: objAfter, gap: 3, flags: cabinetOnly | promise | strictGap},
	// the infinitive without "om" only in the first person ("heb ik
	// besloten … te"): a cue with its "te" would swallow the cue of its
	// object where another actor decided ("Het voorzitterschap heeft
	// besloten alle inspanningen te richten op …")
	{stance: stCommit, pattern: "heb … besloten … te", obj: objGap, gap: 8, flags: cabinetOnly | promise | closedGap | lastGap},
	{stance: stCommit, pattern: "besluit|besluiten|besloot|besloten … om|dat", obj: objAfter, gap: 3, flags: cabinetOnly | promise | strictGap},
	{stance: stCommit, pattern: "neemt|nemen|nam|namen|neem zich … voor om", obj: objAfter, gap: 3, flags: cabinetOnly | promise | strictGap},
	{stance: stCommit, pattern: hasV + " zich … voorgenomen om", obj: objAfter, gap: 3, flags: cabinetOnly | promise | strictGap},
	// Problems named (concern, any actor): the nouns of shortcomings, risks
	// and threats after a verb of seeing or noting ("Het kabinet ziet
	// tekortkomingen in het huidige systeem", "signaleerde knelpunten bij
	// de uitvoering"), and issues raised as problematic ("stelden meer
	// problematische kwesties … aan de orde").
	{stance: stConcern, pattern: "ziet|zien|zag|zagen|zie|signaleert|signaleren|signaleerde|signaleerden … tekortkomingen|knelpunten|gebreken|problemen|bedreigingen|bedreiging|nadelen|obstakels|risico's|risicos|risico in|bij|voor|aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "signaleert|signaleren|signaleerde|signaleerden … tekortkomingen|knelpunten|gebreken|problemen|risico's|risicos", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " … tekortkomingen|knelpunten|gebreken|problemen|risico's|risicos gesignaleerd|geconstateerd|gezien in|bij", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stConcern, pattern: "stelt|stellen|stelde|stelden|brengt|brengen|bracht|brachten … problematische|lastige|moeilijke|kritische|gevoelige kwesties|punten|vragen|aspecten|elementen", obj: objAfter, gap: 3, flags: closedGap},
	// Judgement adjectives (docs/stances.md, "Evaluative predicates"), as
	// a family over the verbs of judging: what is held fundamental or
	// indispensable ranks high (priority), what is premature is held back
	// (reserved), what is undesirable is rejected (oppose). "beschouwt X
	// als hoekstenen van …", "acht het voorbarig om …", "vindt een
	// verplichte verdeling onwenselijk".
	{stance: stPriority, pattern: "beschouwt|beschouwen|beschouwde|beschouwden|ziet|zien|zag|zagen … als fundamenteel|essentieel|cruciaal|onmisbaar|onontbeerlijk|wezenlijk|hoekstenen|hoeksteen|topprioriteit|prioriteit", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPriority, pattern: "beschouwt|beschouwen|beschouwde|beschouwden|ziet|zien|zag|zagen … als een|de hoeksteen|topprioriteit|prioriteit|randvoorwaarde|kernwaarde", obj: objGap, gap: 10, flags: closedGap},
	{stance: stPriority, pattern: "acht|achten|achtte|achtten … fundamenteel|onmisbaar|onontbeerlijk|wezenlijk|urgent", obj: objGap, gap: 16},
	{stance: stPriority, pattern: "vindt|vinden|vind|vond|vonden het noodzakelijk|nodig|cruciaal|onmisbaar|fundamenteel|wezenlijk", obj: objAfter},
	{stance: stReserved, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind het voorbarig|prematuur", obj: objAfter},
	{stance: stReserved, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … voorbarig|prematuur", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: "vindt|vinden|vond|vonden|vind … onwenselijk|ongewenst", obj: objGap, gap: 10, flags: closedGap},
	// Wishes (preference, any actor): the conditional with its object
	// inside ("zou graag een verhoging van het aantal overdrachten zien"),
	// and "liever" as "graag" ("ziet liever een evaluatie").
	{stance: stPreference, pattern: "zou|zouden … graag … zien", obj: objGap, gap: 12, flags: closedGap | lastGap},
	{stance: stPreference, pattern: "zou|zouden … liever … zien", obj: objGap, gap: 12, flags: closedGap | lastGap},
	{stance: stPreference, pattern: "ziet|zien|zag|zagen|zie … liever", obj: objAfter, gap: 2, flags: strictGap},
	// Ranking first (priority): what stands first or central for an actor
	// ("Voor het kabinet staat voorop dat …", only with its "voor": "In
	// het voorstel staat de burger centraal" ranks nothing), and priority
	// or precedence given ("geeft prioriteit aan", "legt de prioriteit
	// bij").
	{stance: stPriority, pattern: "staat|staan|stond|stonden voorop|centraal", obj: objAfter, flags: actorVoor | voorOnly},
	{stance: stPriority, pattern: "staat|staan|stond|stonden … voorop|centraal", obj: objGap, gap: 8, flags: actorVoor | voorOnly | closedGap},
	{stance: stPriority, pattern: "geeft|geven|gaf|gaven … prioriteit|voorrang aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: hasV + " … prioriteit|voorrang gegeven aan", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stPriority, pattern: "legt|leggen|legde|legden … prioriteit|prioriteiten bij", obj: objAfter, gap: 3, flags: strictGap},
	// The feeling with which a report is taken note of, the welcome half
	// of "met zorg kennisgenomen" (concern): "heeft met waardering
	// kennisgenomen van het rapport", "neemt met instemming kennis van".
	{stance: stWelcome, pattern: hasV + " … met … waardering|instemming|genoegen|tevredenheid|blijdschap kennisgenomen", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: hasV + " … met … waardering|instemming|genoegen|tevredenheid|blijdschap kennis genomen", obj: objAfter, gap: 4},
	{stance: stWelcome, pattern: "neemt|nemen|nam|namen … met … waardering|instemming|genoegen|tevredenheid|blijdschap kennis van", obj: objAfter, gap: 4},
	// Urging and stipulating (support, any actor): "bedingen" (a condition
	// secured, also in the passive with its agent: "is door Nederland en
	// Frankrijk bedongen dat …"), "aansporen", "hameren op", "eisen dat";
	// and a measure taken at the cabinet's request ("worden, mede op
	// verzoek van Nederland, de gevolgen gemonitord"; others' requests
	// are mostly procedure: "op verzoek van uw Kamer", "van het lid …").
	{stance: stSupport, pattern: "bedingt|bedingen|bedong|bedongen … dat|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … bedongen dat|om", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "is|zijn|werd|werden|wordt|worden … door … bedongen dat", obj: objAfter, gap: 12, flags: passive},
	{stance: stSupport, pattern: "spoort|sporen|spoorde|spoorden … aan om|tot|te", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … aangespoord om|tot|te", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "hamert|hameren|hamerde|hamerden … op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " … gehamerd op", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "eist|eisen|eiste|eisten … dat", obj: objAfter, gap: 2, flags: strictGap | thatClause},
	{stance: stSupport, pattern: hasV + " … geeist dat", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stSupport, pattern: "op verzoek van", obj: objAfter, flags: actorAfter | cabinetOnly},
	// Continued help and engagement (commit): "Nederland zal Griekenland
	// daarbij blijven ondersteunen" (help given, the cabinet's: an agency
	// "blijft de lidstaten ondersteunen" at its work; "zal … steunen"
	// backs a proposal), "Hiertoe blijft de inzet van het kabinet om …",
	// and of any actor "gaat graag in overleg om …" (not the cabinet-only
	// check for procedure: the overleg is about information).
	{stance: stCommit, pattern: willV + "|blijft|blijven|blijf … blijven ondersteunen", obj: objGap, gap: 20, flags: cabinetOnly | closedGap},
	{stance: stCommit, pattern: "blijft|blijven|blijf … ondersteunen", obj: objGap, gap: 12, flags: cabinetOnly | closedGap},
	{stance: stCommit, pattern: "gaat|gaan|ga … graag in overleg|gesprek", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "blijft|is|was de inzet|insteek van … om", obj: objAfter, gap: 4, flags: actorAfter | cabinetOnly | strictGap},
	// Watching closely (concern, the cabinet's vigilance): "Het kabinet
	// volgt de rechtsstatelijke ontwikkelingen in Polen op de voet",
	// "volgt de situatie met zorg"; an agency that "volgt de ontwikkelingen
	// nauwlettend" does its work.
	{stance: stConcern, pattern: "volgt|volgen|volgde|volgden|volg … op de voet|nauwlettend|kritisch", obj: objGap, gap: 10, flags: cabinetOnly | closedGap},
	{stance: stConcern, pattern: "volgt|volgen|volgde|volgden|volg … met zorg|bezorgdheid|argusogen", obj: objGap, gap: 10, flags: cabinetOnly | closedGap},
	{stance: stConcern, pattern: "houdt|houden|hield|hielden|houd … nauwlettend|scherp|kritisch in de gaten", obj: objGap, gap: 10, flags: cabinetOnly | closedGap},
	// Embracing and rejecting, fearing and contentment: lemmas of any
	// actor that the table lacked in every form ("Het kabinet omarmt de
	// aanbevelingen", "is gekant tegen", "ziet niets in", "voelt weinig
	// voor", "vreest dat", "is content met"; "is huiverig voor" is the
	// clause fallback's, whose lexicon holds the adjectives of fear).
	{stance: stSupport, pattern: "omarmt|omarmen|omarmde|omarmden|omarm|billijkt|billijken|billijkte|billijkten", obj: objAfter},
	{stance: stSupport, pattern: hasV + " … omarmd|gebillijkt", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: "voelt|voelen|voelde|voelden|voel … veel voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: isV + " … gekant tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "ziet|zien|zag|zagen|zie … niets|weinig in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: "voelt|voelen|voelde|voelden|voel … niets|weinig voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "vreest|vrezen|vreesde|vreesden|vrees … dat|voor", obj: objAfter, gap: 3, flags: strictGap},
	// fearing an outcome, its object a noun phrase: "Duitsland vreest een
	// toename van de kosten" (its perfect, modal, 1sg: stances_paradigm.go)
	{stance: stConcern, pattern: "vreest|vrezen|vreesde|vreesden", obj: objAfter},
	// advising against: "Het kabinet ontraadt het amendement"
	{stance: stOppose, pattern: "ontraadt|ontraden|ontraadde|ontraadden", obj: objAfter},
	{stance: stOppose, pattern: hasV + " … ontraden", obj: objGap, gap: 10, flags: closedGap},
	{stance: stConcern, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … risicovol|riskant", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSatisfied, pattern: isV + " … content met|over", obj: objAfter, gap: 3, flags: strictGap},
	// Approval and refusal (agree, oppose; any actor): "De Raad keurde het
	// voorstel goed", "heeft de tekst aanvaard", "accepteert het
	// compromis", "weigerde het akkoord te ondertekenen".
	{stance: stAgree, pattern: "keurt|keuren|keurde|keurden … goed", obj: objGap, gap: 10, flags: closedGap},
	{stance: stAgree, pattern: hasV + " … goedgekeurd|aanvaard|geaccepteerd", obj: objGap, gap: 10, flags: closedGap},
	// with its object after it: not the verb-final order of a legal
	// clause ("dat het EOM geen instructies … aanvaardt of vraagt")
	{stance: stAgree, pattern: "aanvaardt|aanvaarden|aanvaardde|aanvaardden|accepteert|accepteren|accepteerde|accepteerden het|de|dit|deze|dat|een|zijn|haar|hun", obj: objAfter},
	{stance: stOppose, pattern: "weigert|weigeren|weigerde|weigerden … te", obj: objGap, gap: 10, flags: closedGap},
	// Effort and intention as nouns and reflexives (commit): "heeft het
	// voornemen om …", "Het is het voornemen van het kabinet om …",
	// "spant zich in voor …", "werkt toe naar een akkoord", and the
	// cabinet's contributions ("Nederland draagt bij aan de missie",
	// "levert een bijdrage aan"; what a sector or an agency contributes
	// is no stance).
	{stance: stCommit, pattern: hasV + " … het|een voornemen om|te", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stCommit, pattern: "is|was het voornemen van … om|te", obj: objAfter, gap: 4, flags: actorAfter | strictGap | promise},
	{stance: stCommit, pattern: "spant|spannen|spande|spanden … zich … in voor|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "werkt|werken|werkte|werkten … toe naar", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "draagt|dragen|droeg|droegen … bij aan", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	{stance: stCommit, pattern: "levert|leveren|leverde|leverden … een|haar|zijn|substantiele|actieve bijdrage aan", obj: objAfter, gap: 3, flags: strictGap | cabinetOnly},
	// Undecided (reserved, any actor): no view taken yet ("Het kabinet
	// neemt nog geen standpunt in over …", "heeft nog geen positie
	// bepaald", "beraadt zich nog op …", "houdt een slag om de arm").
	{stance: stReserved, pattern: "neemt|nemen|nam|namen … nog geen standpunt|positie in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: hasV + " … nog geen standpunt|positie|oordeel bepaald|ingenomen|gevormd", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "beraadt|beraden|beraadde|beraadden zich … nog op|over", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: "houdt|houden|hield|hielden … een slag om de arm", obj: objAfter, gap: 3, flags: strictGap},
	// Praise (welcome): "De Raad prees de inzet van Griekenland", "heeft
	// … geprezen" (not "prijzen", the prices).
	{stance: stWelcome, pattern: "prijst|prees|prezen", obj: objAfter},
	{stance: stWelcome, pattern: hasV + " … geprezen", obj: objGap, gap: 10, flags: closedGap},
	{stance: stWelcome, pattern: "spreekt|spreken|sprak|spraken … lof uit over|voor", obj: objAfter, gap: 3, flags: strictGap},
	// Preferring (preference): "prefereert", "ziet het liefst".
	{stance: stPreference, pattern: "prefereert|prefereren|prefereerde|prefereerden|prefereer", obj: objAfter},
	{stance: stPreference, pattern: "ziet|zien|zag|zagen|zie … het liefst", obj: objAfter, gap: 2, flags: strictGap},
	// Turning against, being taken with, seeing objections (any actor):
	// "keert zich tegen" (oppose), "is gecharmeerd van" (support; "niet
	// gecharmeerd" oppose), "ziet bezwaren in" (concern).
	{stance: stOppose, pattern: "keert|keren|keerde|keerden zich … tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stOppose, pattern: hasV + " zich … gekeerd tegen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: isV + " … gecharmeerd van", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: "ziet|zien|zag|zagen|zie … bezwaren|nadelen in|bij|tegen", obj: objAfter, gap: 3, flags: strictGap},
	// Promising and binding oneself (commit): "belooft … te", "heeft
	// beloofd … te", "verplicht zich tot …" (a promise to inform the
	// Kamer is procedure).
	{stance: stCommit, pattern: "belooft|beloven|beloofde|beloofden|beloof", obj: objAfter, flags: promise},
	{stance: stCommit, pattern: hasV + " … beloofd", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stCommit, pattern: "verplicht|verplichten|verplichtte|verplichtten zich … tot|om|te", obj: objAfter, gap: 3, flags: strictGap | promise},
	{stance: stCommit, pattern: hasV + " zich … verplicht tot|om|te", obj: objAfter, gap: 3, flags: strictGap | promise},
	// Assurances (commit, any actor): what an actor leaves no doubt about
	// or assures it will do ("De Commissie liet er geen twijfel over
	// bestaan dat zij de deal nauwgezet zal volgen", "verzekerde dat …");
	// a reporting cue, so a stance cue in its clause takes precedence.
	{stance: stCommit, pattern: "laat|laten|liet|lieten … er geen twijfel over bestaan dat", obj: objAfter, gap: 3, flags: strictGap | reporting},
	{stance: stCommit, pattern: "laat|laten|liet|lieten … er geen misverstand over bestaan dat", obj: objAfter, gap: 3, flags: strictGap | reporting},
	// (singular and past only: "verzekeren", "garanderen" are mostly the
	// infinitive of a request, "het verzoek om te garanderen dat …")
	{stance: stCommit, pattern: "verzekert|verzekerde|verzekerden|garandeert|garandeerde|garandeerden … dat", obj: objAfter, gap: 3, flags: strictGap | reporting | thatClause},
	// Signing a declaration or a call (support): "Alle lidstaten hebben
	// de verklaring ondertekend" (not a letter or a contract: its author
	// or party).
	{stance: stSupport, pattern: "ondertekent|ondertekenen|ondertekende|ondertekenden|ondertekende … verklaring|declaratie|oproep|intentieverklaring", obj: objAfter, gap: 3, flags: strictGap | nounObject},
	{stance: stSupport, pattern: hasV + " … verklaring|declaratie|oproep|intentieverklaring … ondertekend|medeondertekend", obj: objGap, gap: 10, flags: closedGap},
	// The infinitive after a modal for the lemmas that had only their
	// main clause (as "kan … steunen" has): "kan het voorstel
	// verwelkomen", "zal het compromis niet accepteren", "zou de tekst
	// afwijzen", "kan de conclusies onderschrijven".
	{stance: stWelcome, pattern: canV + "|" + willV + "|zou|zouden … verwelkomen|toejuichen|waarderen", obj: objGap, gap: 20, flags: closedGap},
	{stance: stOppose, pattern: canV + "|" + willV + "|zou|zouden … afwijzen|verwerpen|veroordelen|blokkeren", obj: objGap, gap: 20, flags: closedGap},
	{stance: stAgree, pattern: canV + "|" + willV + "|zou|zouden … aanvaarden|accepteren|goedkeuren", obj: objGap, gap: 20, flags: closedGap},
	{stance: stSupport, pattern: canV + "|" + willV + "|zou|zouden … onderschrijven|omarmen|bepleiten", obj: objGap, gap: 20, flags: closedGap},
	// The verb-final order of the families above, in a subordinate clause:
	// "dat het kabinet tekortkomingen ziet in …", "dat het kabinet de
	// situatie op de voet volgt".
	{stance: stConcern, pattern: "tekortkomingen|knelpunten|gebreken|problemen|risico's|risicos|bezwaren|nadelen ziet|zien|zag|zagen in|bij|voor", obj: objAfter},
	{stance: stConcern, pattern: "op de voet|nauwlettend volgt|volgen|volgde|volgden", obj: objVerbFinal, flags: clauseFinal | cabinetOnly},
	// Taking the lead (commit, any actor): "Nederland nam het voortouw bij
	// …", "heeft het initiatief genomen tot …", "is aanjager van …".
	{stance: stCommit, pattern: "neemt|nemen|nam|namen … het voortouw", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " … het voortouw genomen", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: "neemt|nemen|nam|namen … het initiatief tot|voor|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: hasV + " … het initiatief genomen tot|voor|om", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stCommit, pattern: isV + " … aanjager|trekker van", obj: objAfter, gap: 3, flags: strictGap},
	// Feasibility and guarding (any actor): "acht de termijn (niet)
	// haalbaar" (satisfied; negated concern), "vindt het plan
	// onrealistisch" (concern), "waakt voor extra lasten" (concern), and
	// support voiced as a noun ("uitte steun voor", as "sprak steun uit").
	{stance: stSatisfied, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … haalbaar|realistisch|uitvoerbaar", obj: objGap, gap: 10, flags: closedGap, negAs: stConcern},
	{stance: stConcern, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … onhaalbaar|onrealistisch", obj: objGap, gap: 10, flags: closedGap},
	{stance: stConcern, pattern: "waakt|waken|waakte|waakten|waak … voor", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "uit|uiten|uitte|uitten … steun voor|aan", obj: objAfter, gap: 3, flags: strictGap},
	// Encouraging and recommending (support, any actor): "De Raad moedigt
	// de lidstaten aan om …", "beveelt aan om …", "heeft aanbevolen dat
	// …", "deed een beroep op de lidstaten om …".
	{stance: stSupport, pattern: "moedigt|moedigen|moedigde|moedigden … aan om|tot|te", obj: objAfter, gap: 4, flags: strictGap | promise},
	{stance: stSupport, pattern: hasV + " … aangemoedigd om|tot|te", obj: objAfter, gap: 4, flags: strictGap | promise},
	{stance: stSupport, pattern: "beveelt|bevelen|beval|bevalen … aan om|te|dat", obj: objAfter, gap: 4, flags: strictGap | promise},
	{stance: stSupport, pattern: hasV + " … aanbevolen om|te|dat", obj: objAfter, gap: 4, flags: strictGap | promise},
	{stance: stSupport, pattern: "doet|doen|deed|deden … een dringend|dringende|nadrukkelijk beroep op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: "doet|doen|deed|deden … een beroep op", obj: objAfter, gap: 3, flags: strictGap},
	// Needless (oppose, any actor): "acht een nieuw agentschap overbodig",
	// "vindt een verlenging niet nodig" (as "ziet geen noodzaak").
	{stance: stOppose, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … overbodig|onnodig", obj: objGap, gap: 10, flags: closedGap},
	{stance: stOppose, pattern: "acht|achten|achtte|achtten|vindt|vinden|vond|vonden|vind … niet nodig", obj: objGap, gap: 10, flags: closedGap},
	// Going along and acquiescing (agree, any actor): "Nederland kon
	// meegaan met de algemene oriëntatie", "gaat mee in het compromis",
	// "is meegegaan met", "legt zich neer bij de uitkomst".
	{stance: stAgree, pattern: canV + "|" + willV + " … meegaan met|in", obj: objAfter, gap: 4, flags: strictGap},
	{stance: stAgree, pattern: "gaat|gaan|ging|gingen … mee met|in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: isV + " … meegegaan met|in", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: "legt|leggen|legde|legden zich … neer bij", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stAgree, pattern: hasV + " zich … neergelegd bij", obj: objAfter, gap: 3, flags: strictGap},
	// An attitude taken (any actor): "Nederland heeft zich constructief
	// opgesteld", "stelde zich kritisch op", "stelt zich terughoudend op".
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden zich … constructief|flexibel|positief|cooperatief op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stSupport, pattern: hasV + " zich … constructief|flexibel|positief|cooperatief opgesteld", obj: objGap, gap: 8, flags: closedGap},
	{stance: stConcern, pattern: "stelt|stellen|stelde|stelden zich … kritisch|sceptisch op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stConcern, pattern: hasV + " zich … kritisch|sceptisch opgesteld", obj: objGap, gap: 8, flags: closedGap},
	{stance: stReserved, pattern: "stelt|stellen|stelde|stelden zich … terughoudend|afwachtend|voorzichtig op", obj: objAfter, gap: 3, flags: strictGap},
	{stance: stReserved, pattern: hasV + " zich … terughoudend|afwachtend|voorzichtig opgesteld", obj: objGap, gap: 8, flags: closedGap},
	// The delegations' worries beside their support ("Er was brede steun
	// voor …"): "Er waren zorgen over …", the member states hold them
	// (the row ends at the noun, as the support row does: its object must
	// open with "over", "voor" or "onder", so "Er is zorg nodig" is none).
	{stance: stConcern, pattern: "er is|was|waren|zijn|bestond|bestonden|bestaat … zorgen|zorg|bezorgdheid|twijfel|twijfels|scepsis|kritiek", obj: objAfter, gap: 3, flags: delegations | impersonal | strictGap},
	// Greeting a development (welcome, any actor), only with its manner:
	// "begroette het voorstel positief / met instemming" (a bare "begroet"
	// greets a guest).
	{stance: stWelcome, pattern: "begroet|begroeten|begroette|begroetten … positief|hartelijk", obj: objGap, gap: 10, flags: closedGap},
	{stance: stWelcome, pattern: "begroet|begroeten|begroette|begroetten … met instemming|genoegen|enthousiasme", obj: objGap, gap: 10, flags: closedGap},
	// conventions settled by gold9 (pos17); the rules that go with them
	// are in conventions.go.
	// 3: "zoekt naar" is an aim, like "streeft naar": a commitment of
	// whoever seeks ("Het voorzitterschap zoekt naar een compromis").
	{stance: stCommit, pattern: seekPattern, obj: objAfter, gap: 2, flags: strictGap | aimVerb},
	// 6: "gaf aan … te + infinitive" is an announced intention, a
	// commitment of any actor ("De Commissie gaf aan in het voorstel een
	// wettelijke basis op te nemen"), as "heeft aangegeven … te" is.
	{stance: stCommit, pattern: intentionPattern, obj: objGap, gap: 14, flags: promise | closedGap, negAs: stOppose},
	// 7: "lijkt … te" is the writer's hedge, not the actor's: "Er lijkt
	// brede steun te bestaan voor X" is the delegations' support, as "Er
	// bestaat brede steun voor X" is.
	{stance: stSupport, pattern: "er lijkt|leek|lijken|leken … steun|overeenstemming|consensus", obj: objAfter, gap: 3, flags: delegations | impersonal | strictGap},
	// 8: a chair's conclusion of consensus or support is the member
	// states' ("HV Borrell besloot … met de conclusie dat op basis van
	// brede consensus in de Raad, X …"), as "concludeerde … steun" is.
	{stance: stSupport, pattern: "conclusie|conclusies|constatering dat … brede|ruime|grote|algemene|unanieme consensus|steun", obj: objAfter, gap: 6, flags: delegations | impersonal},
	// 7 and 8: the chair's finding that there is (no) majority ("Het
	// voorzitterschap concludeerde dat er geen meerderheid lijkt te
	// bestaan die erkent dat Y") is the member states' (no) support.
	{stance: stSupport, pattern: "concludeert|concluderen|concludeerde|concludeerden|constateert|constateren|constateerde|constateerden dat er … meerderheid", obj: objAfter, gap: 3, flags: delegations | strictGap},
	// 9: a participle with its agent after "zoals": "geschiedt stapsgewijs
	// zoals aanbevolen door de Commissie" is the agent's support for what
	// the clause describes.
	{stance: stSupport, pattern: "zoals aanbevolen|bepleit|voorgesteld|gevraagd|gewenst door", obj: objBefore, flags: actorAfter},
	// 9: a participle aside with its agent: "de Commissie, gesteund door
	// ons kabinet, met een plan komt om …" is the agent's support for what
	// the clause says its head does (asideBacking, conventions.go).
	{stance: stSupport, pattern: asidePattern, obj: objAfter, flags: actorAfter},
	// 9: a stance verb in a relative clause with its own named subject is
	// that subject's position, on the antecedent ("het non-paper dat
	// Nederland … heeft opgesteld", "thema's, die het kabinet als
	// prioritair heeft aangemerkt", "de zorg die enkele organisaties …
	// hebben uitgesproken"); relativeStance (conventions.go) keeps only
	// those whose gap is their actor and whose antecedent fits.
	{stance: stInformational, pattern: "dat|die … heeft|hebben|had|hadden opgesteld|gepubliceerd|ingediend", obj: objGap, gap: 12},
	{stance: stInformational, pattern: "dat|die … opgesteld|gepubliceerd|ingediend heeft|hebben|had|hadden", obj: objGap, gap: 12},
	{stance: stPriority, pattern: "dat|die … als prioritair|prioriteit|speerpunt heeft|hebben|had|hadden aangemerkt|bestempeld|aangewezen|benoemd", obj: objGap, gap: 8},
	{stance: stPriority, pattern: "dat|die … als prioritair|prioriteit|speerpunt aangemerkt|bestempeld|aangewezen|benoemd heeft|hebben|had|hadden", obj: objGap, gap: 8},
	{stance: stConcern, pattern: "dat|die … heeft|hebben|had|hadden uitgesproken|geuit", obj: objGap, gap: 12},
	{stance: stConcern, pattern: "dat|die … uitgesproken|geuit heeft|hebben|had|hadden", obj: objGap, gap: 12},
	{stance: stSupport, pattern: "dat|die … heeft|hebben|had|hadden bepleit|voorgestaan", obj: objGap, gap: 8},
	{stance: stSupport, pattern: "dat|die … bepleit|voorgestaan heeft|hebben|had|hadden", obj: objGap, gap: 8},
}

// proceduralVerbs end a "wil"-cue that is no stance but a plan for the
// meeting ("Het voorzitterschap wil spreken over …").
var proceduralVerbs = map[string]bool{"spreken": true, "bespreken": true, "praten": true, "discussieren": true,
	"organiseren": true, "presenteren": true, "informeren": true, "agenderen": true, "faciliteren": true,
	"stilstaan": true, "terugkomen": true, "ingaan": true, "toelichten": true, "voorleggen": true, "inventariseren": true,
	"deelnemen": true, "aanwezig": true, "vertegenwoordigen": true, "voorzitten": true, "terugkoppeling": true,
	"terugkoppelen": true, "openen": true, "afsluiten": true, "verslag": true, "uitnodigen": true, "bijwonen": true,
	"horen": true, "weten": true, "vernemen": true, "peilen": true,
	"vooropstellen": true, "opmerken": true,
	"reageren": true, "sturen": true, "woord": true, "informatie": true, "behandelen": true, "toesturen": true, "aanleveren": true, "opmerkingen": true, "reacties": true,
	// meetings to be held: "zal op 30 januari een gesprek hebben met …"
	"gesprek": true, "gesprekken": true, "ontmoeting": true, "ontmoetingen": true, "werkbezoek": true, "lunch": true, "diner": true}

// Conditions and hedges. A position with one is reserved (its stance before
// that is kept as baseStance): conditional is true for a condition, hedge
// holds the hedging words.
var conditionMarkers = []string{"onder voorwaarde dat", "onder voorwaarde van", "op voorwaarde dat", "mits",
	"voor zover", "voorzover", "indien", "tenzij", "onder voorbehoud van", "onder voorbehoud dat",
	"met dien verstande dat"}

var hedgeMarkers = []string{"in beginsel", "in principe", "vooralsnog", "op hoofdlijnen", "voorlopig niet", "voorlopig geen",
	"in grote lijnen"} // the last: convention 22, "in grote lijnen" hedges as "op hoofdlijnen" does

// negators turn a cue: "kan niet instemmen", "is geen voorstander".
var negators = map[string]bool{"niet": true, "geen": true, "nooit": true}

// opinion clauses (opinionStance).
var (
	nationalCompetence = []string{"lidstaten zelf", "lidstaat zelf", "nationale bevoegdheid", "nationaal niveau",
		"nationale competentie", "subsidiariteit"}
	satisfiedWords   = map[string]bool{"voldoende": true, "volstaan": true, "volstaat": true, "toereikend": true, "afdoende": true}
	preferenceWords  = map[string]bool{"bestaande": true, "eerst": true, "liever": true, "voorkeur": true}
	requirementWords = map[string]bool{"moet": true, "moeten": true, "dient": true, "dienen": true}
	negativeWords    = map[string]bool{"niet": true, "geen": true, "onvoldoende": true, "onwenselijk": true,
		"disproportioneel": true, "risico": true, "risico's": true, "risicos": true, "zorgen": true, "bezwaarlijk": true}
)

// slot is one position of a compiled pattern.
type slot struct {
	words     map[string]bool
	gapBefore bool
	first     [4]uint64 // bit b: a word of words starts with byte b (mayHold)
	hashes    wordBits  // the bits of its words (wordBits.add)
}

// wordBits is a 512-bit set of word hashes: the words of a cue's slot, or
// those of a sentence. A slot none of whose bits the sentence has cannot
// match in it, so findCues tries no cue with such a slot.
type wordBits [8]uint64

// add sets the bit of word w (FNV-1a, 9 bits).
func (b *wordBits) add(w string) {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	h &= 511
	b[h>>6] |= 1 << (h & 63)
}

// meets reports whether b and o share a bit.
func (b *wordBits) meets(o *wordBits) bool {
	return b[0]&o[0] != 0 || b[1]&o[1] != 0 || b[2]&o[2] != 0 || b[3]&o[3] != 0 ||
		b[4]&o[4] != 0 || b[5]&o[5] != 0 || b[6]&o[6] != 0 || b[7]&o[7] != 0
}

// mayMatchIn is false when a slot after the first has no word in the
// sentence whose bits are sent: every slot must match a token whose cueWord
// (or lower-case form) is one of its words (matchSlots).
func (c *compiledCue) mayMatchIn(sent *wordBits) bool {
	for k := 1; k < len(c.slots); k++ {
		if !c.slots[k].hashes.meets(sent) {
			return false
		}
	}
	return true
}

// mayHold is false when no word of s starts as w does: a quick test before
// s.words[w], which most tokens in a cue's gap fail.
func (s *slot) mayHold(w string) bool { return w == "" || s.first[w[0]>>6]&(1<<(w[0]&63)) != 0 }

type compiledCue struct {
	def   *cueDef
	slots []slot
	// nounHead[k]: slot k is a noun head (nounHeads) and slot k+1, right
	// after it, a preposition: a prepositional phrase attached to the noun
	// may stand between them (attachedPhrase).
	nounHead []bool
	// inversion: an inverted subject may follow the first word (a finite
	// verb, inversionVerb), computed once
	inversion bool
}

// cuesByFirst indexes the compiled cues by the words of their first slot.
var cuesByFirst = sync.OnceValue(func() map[string][]compiledCue {
	idx := map[string][]compiledCue{}
	for _, c := range compiledCues() {
		for w := range c.slots[0].words {
			idx[w] = append(idx[w], c)
		}
	}
	return idx
})

var compiledCues = sync.OnceValue(func() []compiledCue {
	out := make([]compiledCue, 0, len(cueTable))
	defs := make([]*cueDef, 0, 2*len(cueTable))
	for i := range cueTable {
		defs = append(defs, &cueTable[i])
	}
	for i := range cueTable {
		if v, ok := predicateFirstVariant(cueTable[i]); ok {
			defs = append(defs, &v)
			if inf, ok := infinitiveVariant(cueTable[i], v); ok {
				defs = append(defs, &inf)
			}
		}
		for _, v := range copulaVariants(cueTable[i]) {
			defs = append(defs, &v)
		}
	}
	for _, v := range paradigmCues() { // stances_paradigm.go
		defs = append(defs, &v)
	}
	for _, v := range verbFinalCues() { // verbfinal.go
		defs = append(defs, &v)
	}
	for i := range conventionCues { // conventions.go
		defs = append(defs, &conventionCues[i])
	}
	for i := range councilCues { // council_voices.go
		defs = append(defs, &councilCues[i])
	}
	for _, v := range constructionCues() { // constructions.go
		defs = append(defs, &v)
	}
	for _, d := range defs {
		if d.gap == 0 {
			d.gap = 4
		}
		var c compiledCue
		c.def = d
		gap := false
		for _, w := range strings.Fields(d.pattern) {
			if w == "…" {
				gap = true
				continue
			}
			s := slot{words: map[string]bool{}, gapBefore: gap}
			for _, alt := range strings.Split(w, "|") {
				s.words[alt] = true
				if alt == "zich" {
					// the speaker's own: "kan mij vinden in", "zet ons in voor"
					s.words["mij"], s.words["me"], s.words["ons"] = true, true, true
				}
			}
			for w := range s.words {
				if w != "" {
					s.first[w[0]>>6] |= 1 << (w[0] & 63)
					s.hashes.add(w)
				} else {
					s.hashes = wordBits{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
				}
			}
			c.slots = append(c.slots, s)
			gap = false
		}
		c.inversion = inversionVerb(c)
		c.nounHead = make([]bool, len(c.slots))
		for k := 0; k+1 < len(c.slots); k++ {
			c.nounHead[k] = !c.slots[k+1].gapBefore && allIn(c.slots[k].words, nounHeads) && allIn(c.slots[k+1].words, functionWords)
		}
		out = append(out, c)
	}
	return out
})

// functionWords end the predicate of a cue: a preposition, "in te …", "om",
// "dat".
var functionWords = map[string]bool{"van": true, "voor": true, "met": true, "over": true, "bij": true, "tegen": true,
	"op": true, "aan": true, "in": true, "om": true, "te": true, "dat": true, "naar": true, "uit": true,
	"tegenover": true, "tot": true}

// predicateFirstVariant derives the verb-final order of a main-clause row
// "<is|heeft> … <predicate> <preposition …>": the finite verb moves behind
// the predicate and the rest follows it ("is … voorstander van" gives
// "voorstander is van", "heeft … de voorkeur voor" gives "de voorkeur heeft
// voor", "is … bereid in te stemmen met" gives "bereid is in te stemmen
// met"), as a subordinate clause orders it. Only rows whose object follows
// the cue, whose words after the gap are contiguous, and whose predicate
// opens with a content word.
func predicateFirstVariant(d cueDef) (cueDef, bool) {
	if d.obj != objAfter || d.flags&^(strictGap|subjectFirst) != 0 {
		return cueDef{}, false
	}
	words := strings.Fields(d.pattern)
	if len(words) < 3 || words[1] != "…" || (words[0] != isV && words[0] != hasV) {
		return cueDef{}, false
	}
	rest := words[2:]
	k := 0
	for k < len(rest) && rest[k] != "…" && !anyFunctionWord(rest[k]) {
		k++
	}
	if k == 0 || slices.Contains(rest, "…") {
		return cueDef{}, false
	}
	v := d
	v.pattern = strings.Join(slices.Concat(rest[:k], []string{words[0]}, rest[k:]), " ")
	v.flags = d.flags&^(strictGap|subjectFirst) | predicateFirst
	return v, true
}

// infinitiveVariant derives, from a row and its verb-final variant
// ("voorstander is van", "bezwaar heeft tegen"), the infinitive a verb of
// saying takes ("gaf aan [voorstander te zijn van]", "lieten weten
// [bezwaar te hebben tegen]", "gaf aan [tevreden te zijn met]"): the
// finite verb becomes "te zijn" / "te blijven" / "te hebben".
func infinitiveVariant(d, pf cueDef) (cueDef, bool) {
	if d.stance == stInformational {
		return cueDef{}, false // "hecht eraan [betrokken te blijven bij …]": the object of another cue
	}
	words := strings.Fields(d.pattern)
	var inf string
	switch words[0] {
	case isV:
		inf = "te zijn|blijven"
	case hasV:
		inf = "te hebben"
	default:
		return cueDef{}, false
	}
	v := pf
	v.pattern = strings.Replace(pf.pattern, " "+words[0], " "+inf, 1)
	if v.pattern == pf.pattern {
		return cueDef{}, false
	}
	return v, true // predicateFirst: "[niet] tevreden te zijn met" turns it
}

// copulaVariants derives, from a main-clause row "<is> … <predicate> …"
// that predicateFirstVariant accepts, the same row with the copulas that
// say the same: "toonde zich bereid", "bleek voorstander van", "toonden
// zich tevreden met".
func copulaVariants(d cueDef) []cueDef {
	if _, ok := predicateFirstVariant(d); !ok || !strings.HasPrefix(d.pattern, isV+" … ") {
		return nil
	}
	rest := strings.TrimPrefix(d.pattern, isV+" ")
	a, b := d, d
	a.pattern = "bleek|bleken|blijkt|blijken " + rest
	b.pattern = "toont|tonen|toonde|toonden zich " + rest
	// the gap holds the actor, never a clause: "blijkt dat de Commissie
	// blij is met" is the verb-final row's
	a.flags |= closedGap
	return []cueDef{a, b}
}

func anyFunctionWord(alts string) bool {
	for _, w := range strings.Split(alts, "|") {
		if functionWords[w] {
			return true
		}
	}
	return false
}

// thatAdverbs follow a demonstrative "dat", never a complementizer: "wil
// dat graag toelichten".
var thatAdverbs = map[string]bool{"graag": true, "ook": true, "nog": true, "wel": true, "niet": true, "nu": true,
	"eerst": true, "zeker": true, "dan": true, "verder": true, "nader": true, "nogmaals": true}

// cueHit is a cue found in a sentence: token indexes (into the sentence's
// tokens) of its fixed words, and the gaps between them.
type cueHit struct {
	def   *cueDef
	fixed []int // token index of each slot
}

func (h cueHit) first() int { return h.fixed[0] }
func (h cueHit) last() int  { return h.fixed[len(h.fixed)-1] }

// gapTokens returns the token indexes inside the cue's gaps.
func (h cueHit) gapTokens() []int {
	var out []int
	for k := 1; k < len(h.fixed); k++ {
		for j := h.fixed[k-1] + 1; j < h.fixed[k]; j++ {
			out = append(out, j)
		}
	}
	return out
}

// findCues finds the cues of a sentence's tokens, left to right, without
// overlapping fixed words. At one start the match with the most fixed words
// wins ("kan instemmen met" over "kan … steunen", "naar tevredenheid
// verwerkt in" over "naar tevredenheid"), then the one with the fewest words
// in its gaps, then the earlier row of the table.
func findCues(rs []rune, toks []token) []cueHit {
	used := map[int]bool{}
	out := separableHits(rs, toks, used, nil, true) // sep1 hook: "waar … op aandringt" before the rows (separable.go)
	// read once a cue may match: most sentences have none
	var paren []bool
	var adv cueRuns
	read := false
	byFirst := cuesByFirst()
	var sent wordBits // the words of the sentence, for mayMatchIn
	for _, t := range toks {
		sent.add(t.lower)
		if w := cueWord(t); len(w) != len(t.lower) {
			sent.add(w)
		}
	}
	for i := range toks {
		if used[i] {
			continue
		}
		var best cueHit
		found := false
		for _, c := range byFirst[cueWord(toks[i])] {
			if !c.mayMatchIn(&sent) {
				continue // a slot has no word in the sentence
			}
			if !read {
				paren, read = bracketed(rs, toks), true
				adv = cueRuns{adverb: cueAdverbRuns(toks), group: groupRuns(toks)}
			}
			h, ok := matchCue(c, rs, toks, i, used, paren, adv)
			if !ok || c.def.flags&firstPersonClause != 0 && !ikClauseSubject(rs, toks, h.first()) {
				continue
			}
			if !found || betterHit(h, best) || h.def.flags&firstPersonClause != 0 && len(h.fixed) == len(best.fixed) {
				// the 1sg of a subordinate clause, its "ik" checked, over
				// the same words read as "Ik steun" (firstPersonOnly)
				best, found = h, true
			}
		}
		if !found {
			continue
		}
		for _, j := range best.fixed {
			used[j] = true
		}
		out = append(out, best)
	}
	return separableHits(rs, toks, used, out, false) // sep1 hook: split separable verbs on the tokens left (separable.go)
}

func betterHit(h, than cueHit) bool {
	if len(h.fixed) != len(than.fixed) {
		return len(h.fixed) > len(than.fixed)
	}
	return len(h.gapTokens()) < len(than.gapTokens())
}

// matchCue matches c at token i, a word of c's first slot (cuesByFirst).
func matchCue(c compiledCue, rs []rune, toks []token, i int, used map[int]bool, paren []bool, adv cueRuns) (cueHit, bool) {
	if takesPlace(toks, i) {
		return cueHit{}, false // "vindt plaats": no judgement
	}
	if h, ok := matchSlots(c, rs, toks, i, i, used, paren, adv); ok {
		return h, true
	}
	// Inverted word order: after a fronted word the subject follows the
	// finite verb and splits the cue ("Ook benadrukte [de Commissie] het
	// belang van …", "Daarom kan [het kabinet] zich vinden in …"); not
	// in the order of a subordinate clause, whose verb comes last ("dat
	// [de] Commissie de voorkeur geeft aan": no cue "de … voorkeur").
	if i == 0 || len(c.slots) < 2 || c.slots[1].gapBefore && !articleSlot(c.slots[1].words) || !c.inversion || c.def.flags&(predicateFirst|verbFinal) != 0 {
		return cueHit{}, false
	}
	// adverbs of the closed class may stand before the subject ("Daarom
	// kan [ook] Nederland zich vinden in …")
	lead := 0
	for i+1+lead < len(toks) && adv.adverb[i+1+lead] > 0 {
		lead += int(adv.adverb[i+1+lead])
	}
	if i+1+lead >= len(toks) {
		return cueHit{}, false
	}
	if t := toks[i+1+lead]; !determiners[t.lower] && !pronounActors[t.lower] && !startsUpper(t.text) && !invertedQuantifiers[t.lower] {
		return cueHit{}, false
	}
	for n := 1; n <= 5+lead && i+n+1 < len(toks); n++ {
		if n <= lead {
			continue // the adverbs before the subject
		}
		t := toks[i+n]
		sep := string(rs[toks[i+n-1].end:t.start])
		if strings.TrimSpace(sep) == "," && n > lead+1 && startsUpper(toks[i+n-1].text) && startsUpper(t.text) {
			sep = "" // "Daarom pleitten [Duitsland, Frankrijk en Italië] voor"
		}
		if used[i+n] || !gapWord(t) && !(n > 1 && actorAdjective(t)) && !(n > lead+1 && invertedSubjectWord(toks, i+n)) ||
			strings.ContainsAny(sep, ",;:()") {
			break
		}
		if h, ok := matchSlots(c, rs, toks, i, i+n, used, paren, adv); ok {
			return h, true
		}
	}
	return cueHit{}, false
}

// takesPlace reports whether token i is a form of "vinden" in "plaats
// vinden" ("De bespreking vindt plaats in een evenwichtig kader").
func takesPlace(toks []token, i int) bool {
	switch toks[i].lower {
	case "vindt", "vinden", "vond", "vonden":
		return i+1 < len(toks) && toks[i+1].lower == "plaats"
	}
	return false
}

// invertedQuantifiers may open the subject of an inverted cue: "Daarom
// stemmen [enkele lidstaten] tegen", "Ook steunen [alle lidstaten] …".
var invertedQuantifiers = map[string]bool{"enkele": true, "alle": true, "sommige": true, "veel": true, "vele": true,
	"meerdere": true, "bepaalde": true, "verschillende": true, "diverse": true, "andere": true, "beide": true}

// invertedOffices are the lower-case heads of an office an inverted subject
// names: "Daarom maakt [de minister] zich sterk voor".
var invertedOffices = map[string]bool{"minister": true, "staatssecretaris": true, "commissaris": true, "premier": true,
	"minister-president": true, "voorzitter": true, "ministers": true}

// invertedSubjectWord: a word inside an inverted subject past its first:
// an office after a determiner, "en" joining a second actor ("Daarom
// stemmen [Nederland en Frankrijk] tegen", "[de Commissie en het
// voorzitterschap]").
func invertedSubjectWord(toks []token, j int) bool {
	t := toks[j]
	if invertedOffices[t.lower] {
		return determiners[toks[j-1].lower] || toks[j-1].lower == "mijn" || actorAdjective(toks[j-1])
	}
	if invertedActorAdjective(toks, j) {
		return true // "heeft [het toenmalige kabinet] toegezegd" (clause_structure.go)
	}
	if (t.lower == "aantal" || t.lower == "meerderheid") && toks[j-1].lower == "een" {
		return true // "Daarom stemt [een aantal lidstaten] tegen"
	}
	if t.lower == "en" && j+1 < len(toks) {
		nx := toks[j+1]
		return startsUpper(toks[j-1].text) && (startsUpper(nx.text) || determiners[nx.lower])
	}
	return false
}

// articleSlot: a cue's slot of articles only ("is … het eens met"): a gap
// before it may hold an inverted subject that opens with the same article
// ("Daarom is [het kabinet] het eens met"), which the gap's first match
// would take for the cue's word.
func articleSlot(words map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	for w := range words {
		if !determiners[w] {
			return false
		}
	}
	return true
}

// pronounActors are pronouns that may stand as the subject of an inverted
// cue ("Daarom steunen wij …", "en onderstreepte zij …").
var pronounActors = map[string]bool{"wij": true, "zij": true, "ze": true, "ik": true, "we": true} // stance1 hook: "we"

// actorAdjective is a lower-case word inside an actor's phrase ("de
// [nieuwe] Commissie", "het [inkomende] voorzitterschap").
func actorAdjective(t token) bool {
	return strings.HasSuffix(t.lower, "e") && len(t.lower) > 3
}

// nonVerbStarts are the first words of cues that are no finite verb, which
// an inverted subject never follows.
var nonVerbStarts = map[string]bool{"een": true, "de": true, "het": true, "naar": true, "van": true, "in": true, "zich": true, "ons": true,
	"werk": true, "aandacht": true, "bezwaar": true, "bezwaren": true, "insteek": true, "inzet": true, "streven": true,
	"ambitie": true, "behandelvoorbehoud": true, "studievoorbehoud": true}

func inversionVerb(c compiledCue) bool {
	for w := range c.slots[0].words {
		if nonVerbStarts[w] {
			return false
		}
	}
	return true
}

// matchSlots matches the slots after the first (at token i) from token at:
// at > i when an inverted subject stands between them.
func matchSlots(c compiledCue, rs []rune, toks []token, i, at int, used map[int]bool, paren []bool, adv cueRuns) (cueHit, bool) {
	var buf [8]int // the slots, copied out on a match: most tries fail
	fixed := append(buf[:0], i)
	for k, s := range c.slots[1:] {
		if c.nounHead[k] && at+1 < len(toks) && !(s.mayHold(toks[at+1].lower) && s.words[cueWord(toks[at+1])]) {
			// "meerwaarde [voor de Europese Unie] in", "steun [van de
			// lidstaten] voor": a phrase attached to the noun
			if n := attachedPhrase(rs, toks, at+1, s.words); n > 0 && !used[at+1+n] {
				fixed = append(fixed, at+1+n)
				at = at + 1 + n
				continue
			}
		}
		limit := at + 1
		if s.gapBefore {
			limit = at + 1 + c.def.gap
		}
		next := -1
		for j := at + 1; j <= limit && j < len(toks); j++ {
			if paren[j] {
				// a bracketed insertion ("(hierna: de Commissie)")
				// neither counts in the gap nor closes it
				if s.gapBefore {
					limit++
				}
				continue
			}
			if s.mayHold(toks[j].lower) && s.words[cueWord(toks[j])] && !used[j] { // cueWord keeps the first byte
				if s.gapBefore && determiners[toks[j].lower] && k+2 < len(c.slots) && !c.slots[k+2].gapBefore &&
					j+1 < len(toks) && !c.slots[k+2].words[cueWord(toks[j+1])] && !c.nounHead[k+1] &&
					!negators[toks[j+1].lower] && adv.adverb[j+1] == 0 {
					// an article of the gap, not the cue's: "is [het
					// voorstel voor een grensfonds] een prioriteit", "is
					// [het kabinet] het eens met"; the cue's article is the
					// one its next word follows
					if c.def.flags&strictGap != 0 && !gapWord(toks[j]) {
						break
					}
					continue
				}
				next = j
				break
			}
			if !s.gapBefore && (toks[j].lower == "niet" || toks[j].lower == "geen") && !used[j] && !contrastNegation(toks, j) {
				// a negation inside a fixed sequence ("zich [niet] tegen
				// … verzetten") stands in the cue's gap and turns it
				limit++
				continue
			}
			if n := int(adv.adverb[j]); n > 0 && !used[j] && (!s.gapBefore || c.def.flags&strictGap != 0) {
				// an adverb inside the cue ("vindt het [daarom] van
				// belang", "streeft [nog steeds] naar") neither breaks its
				// fixed sequence nor counts in a strict gap (a free gap
				// admits any word already)
				limit += n
				j += n - 1
				continue
			}
			if n := int(adv.group[j]); n > 1 && s.gapBefore && (c.def.flags&cabinetOnly == 0 || groupInGap(toks, j) == n) {
				// (a cue of the cabinet's only spans no other actor's
				// phrase: "heeft het Hongaarse voorzitterschap ervoor
				// gekozen" makes no position)
				// "Daarom uitte [een meerderheid van de lidstaten] zorgen
				// over": a group, the inverted actor, counts as one word
				// (constructions.go)
				limit += n - 1
				j += n - 1
				continue
			}
			if s.gapBefore && toks[j].lower == "en" && j > at+1 && invertedSubjectWord(toks, j) {
				// "Daarom streven [Nederland en Frankrijk] naar": the
				// conjunction of two actors counts in no gap
				limit++
				continue
			}
			if c.def.flags&strictGap != 0 && !gapWord(toks[j]) && !nameParticle(toks, j) && !nameJoin(toks, j) && !compoundTail(rs, toks, j) && !framePhrase(toks, j) && !(j > at+1 && invertedSubjectWord(toks, j)) {
				break
			}
		}
		if next < 0 || (c.def.obj != objGap || c.def.flags&closedGap != 0) && !balancedGap(rs, toks, fixed[len(fixed)-1], next) {
			return cueHit{}, false
		}
		if s.gapBefore && c.def.obj == objAfter && spansThatClause(toks, fixed[len(fixed)-1], next) {
			return cueHit{}, false // "Het [is] bekend dat Nederland [kritisch] is over" (constructions.go)
		}
		if c.def.flags&closedGap != 0 {
			for j := fixed[len(fixed)-1] + 1; j < next; j++ {
				if w := toks[j].lower; w == "die" || w == "dat" || w == "welke" || w == "waarmee" || subordinators[w] {
					return cueHit{}, false
				}
				if w := toks[j].lower; c.def.flags&verbFinal != 0 && (w == "wordt" || w == "worden" || w == "werd" || w == "werden") {
					// "[het belang van X] werd door Y benadrukt": a
					// passive, which its own row reads
					return cueHit{}, false
				}
			}
		}
		fixed = append(fixed, next)
		at = next
	}
	if c.def.flags&clauseFinal != 0 && at+1 < len(toks) && !strings.ContainsAny(string(rs[toks[at].end:toks[at+1].start]), ",;:.(") {
		return cueHit{}, false
	}
	if c.def.flags&thatClause != 0 {
		end := clauseEndToken(rs, toks, at, false)
		if end <= at+1 || thatAdverbs[toks[at+1].lower] {
			return cueHit{}, false // "wil dat voorkomen", "wil dat graag toelichten"
		}
	}
	return cueHit{def: c.def, fixed: slices.Clone(fixed)}, true
}

// bracketed marks the tokens inside round brackets and inside a pair of
// dashes set off by spaces ("ijvert er – zoals bekend – voor").
func bracketed(rs []rune, toks []token) []bool {
	out := make([]bool, len(toks))
	dashes := 0
	for k := 1; k < len(toks); k++ {
		if asideDash(rs[toks[k-1].end:toks[k].start]) {
			dashes++
		}
	}
	depth, at, seen := 0, 0, 0
	if len(toks) > 0 {
		at = sentenceOpen(rs, toks) // the sentence's own brackets, not the paragraph's before it
	}
	open := openedBrackets(rs, toks) // an opening bracket counts only when its closing one follows (sentence.go)
	inDash := false
	for k, t := range toks {
		for i, r := range rs[at:t.start] {
			switch r {
			case '(':
				if open[at+i] {
					depth++
				}
			case ')':
				depth = max(0, depth-1)
			}
		}
		if k > 0 && asideDash(rs[at:t.start]) {
			seen++
			// an opening dash counts only when its closing one follows
			inDash = seen%2 == 1 && seen < dashes
		}
		out[k] = depth > 0 || inDash
		at = t.end
	}
	for k := 1; k < len(toks); k++ {
		if n := includedNames(rs, toks, k); n > 0 {
			for j := k; j < k+n; j++ {
				out[j] = true
			}
		}
	}
	return out
}

// includedNames returns the number of tokens of an aside ", waaronder
// <names>," that opens at token k ("meerdere lidstaten, [waaronder
// Nederland], hun zorgen"): capitalised names joined by "en" or commas,
// closed by a comma; 0 when none opens there.
func includedNames(rs []rune, toks []token, k int) int {
	if k < 1 || k >= len(toks) {
		return 0
	}
	switch toks[k].lower {
	case "waaronder", "inclusief", "samen", "gezamenlijk": // "inclusief": Part K (pos16)
	default:
		return 0
	}
	if !slices.Contains(rs[toks[k-1].end:toks[k].start], ',') {
		return 0
	}
	first := k + 1
	switch toks[k].lower {
	case "waaronder", "inclusief":
	case "samen", "gezamenlijk":
		// ", samen met Duitsland,": the partners of the actor
		// (coActors), an aside in the cue's gap
		if k+1 >= len(toks) || toks[k+1].lower != "met" {
			return 0
		}
		first = k + 2
	default:
		return 0
	}
	for j := first; j < len(toks) && j-k <= 9; j++ {
		if !startsUpper(toks[j].text) && toks[j].lower != "en" {
			return 0
		}
		if j+1 < len(toks) && strings.Contains(string(rs[toks[j].end:toks[j+1].start]), ",") &&
			(j+2 >= len(toks) || !startsUpper(toks[j+1].text) || toks[j+1].lower == "en") {
			return j + 1 - k // the comma that closes the aside
		}
	}
	return 0
}

// asideDash reports whether the text between two tokens is a dash that
// opens or closes an aside: a dash with a space on either side.
func asideDash(between []rune) bool {
	if len(between) < 3 {
		return false
	}
	for k := 1; k+1 < len(between); k++ {
		switch between[k] {
		case '–', '—', '-':
			if between[k-1] == ' ' && between[k+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// nounHeads are the nouns of cues whose fixed part is "<noun> <preposition>"
// ("meerwaarde in", "steun voor", "het belang van", "zorgen over"): a
// prepositional phrase attached to the noun may stand between them.
var nounHeads = map[string]bool{"meerwaarde": true, "waarde": true, "steun": true, "zorgen": true, "zorg": true,
	"bezorgdheid": true, "belang": true, "noodzaak": true, "kritiek": true, "vraagtekens": true, "vraagteken": true,
	"kanttekeningen": true, "kanttekening": true, "twijfels": true, "voorkeur": true, "bezwaar": true,
	"bezwaren": true, "nadruk": true, "waardering": true, "behoefte": true, "urgentie": true, "kansen": true,
	"risico's": true, "risicos": true, "risico": true, "wenselijkheid": true, "bijval": true, "teleurstelling": true,
	"ongenoegen": true, "onvrede": true, "twijfel": true, "bedenkingen": true}

// attachPreps open a phrase attached to a noun head; attachStop are the
// words such a phrase never holds (a clause boundary, a verb, a negation).
var (
	attachPreps = map[string]bool{"voor": true, "van": true, "bij": true, "onder": true, "binnen": true, "in": true,
		"op": true, "vanuit": true, "aan": true, "tussen": true, "uit": true}
	attachStop = map[string]bool{"dat": true, "die": true, "wat": true, "welke": true, "om": true, "te": true,
		"en": true, "of": true, "maar": true, "niet": true, "geen": true, "nooit": true, "er": true, "zich": true,
		"wordt": true, "worden": true, "werd": true, "werden": true}
)

// attachedPhrase returns the number of tokens, from token j, of one or two
// prepositional phrases attached to a cue's noun head and followed by the
// cue's preposition (next): "meerwaarde [voor de Europese Unie] in", "zorgen
// [bij veel lidstaten] over". At most six tokens, within one clause: no
// punctuation but a hyphen, no finite verb or clause word (attachStop). 0
// when there is none.
func attachedPhrase(rs []rune, toks []token, j int, next map[string]bool) int {
	if j >= len(toks) || !attachPreps[toks[j].lower] {
		return 0
	}
	phrases := 1
	for k := j + 1; k < len(toks) && k-j <= 6; k++ {
		if runesAny(rs[toks[k-1].end:toks[k].start], ",;:()\"'“”‘’–—") {
			return 0
		}
		w := cueWord(toks[k])
		if next[w] && k > j+1 {
			return k - j
		}
		if attachPreps[w] {
			if phrases++; phrases > 2 {
				return 0
			}
			continue
		}
		if attachStop[w] || finalVerbs[w] || subordinators[w] {
			return 0
		}
	}
	return 0
}

// runesAny reports whether rs holds one of the runes of set, without
// building a string.
func runesAny(rs []rune, set string) bool {
	for _, r := range rs {
		if strings.ContainsRune(set, r) {
			return true
		}
	}
	return false
}

func allIn(words map[string]bool, set map[string]bool) bool {
	for w := range words {
		if !set[w] {
			return false
		}
	}
	return len(words) > 0
}

// cueAdverbs are the closed class of adverbs and particles that may stand
// inside any cue, between its fixed words or in its gap, without breaking
// it or counting in the gap: "vindt het [daarom] van belang", "streeft
// [nog steeds] naar", "streeft er [namelijk] naar". Negations are no part
// of it: "niet" and "geen" turn a cue and are read as negation where a cue
// has a gap for them. cueAdverbPhrases are the runs of several words.
var (
	cueAdverbs = map[string]bool{"daarom": true, "daarbij": true, "daarnaast": true, "ook": true, "tevens": true,
		"eveneens": true, "nog": true, "steeds": true, "namelijk": true, "echter": true, "wel": true,
		"nadrukkelijk": true, "uitdrukkelijk": true, "zeer": true, "graag": true, "immers": true,
		"bovendien": true, "evenwel": true, "dus": true, "juist": true, "altijd": true, "nogmaals": true,
		"opnieuw": true, "wederom": true, "zeker": true, "vooral": true, "eerder": true, "reeds": true,
		"inmiddels": true, "onverminderd": true, "expliciet": true, "nadrukkelijker": true, "verder": true,
		"derhalve": true, "hierbij": true, "onverkort": true, "vanzelfsprekend": true,
		"uiteraard": true, "blijvend": true, "voortdurend": true, "consequent": true, "primair": true,
		"uiteindelijk": true, "alsnog": true, "toch": true, "thans": true}
	cueAdverbPhrases = [][]string{{"nog", "steeds"}, {"dan", "ook"}, {"met", "name"}, {"in", "het", "bijzonder"},
		{"van", "harte"}, {"in", "beginsel"}, {"in", "principe"}, {"ten", "zeerste"}, {"onder", "meer"},
		{"in", "ieder", "geval"}, {"in", "elk", "geval"}, {"op", "zichzelf"}, {"als", "zodanig"},
		{"eens", "te", "meer"}, {"te", "allen", "tijde"}, {"in", "algemene", "zin"}, {"in", "grote", "lijnen"},
		{"op", "hoofdlijnen"}, {"naar", "verwachting"}}
)

// cueRuns holds what findCues reads once per sentence for every cue it
// tries: the cue adverbs (cueAdverbRuns) and the actor groups (groupRuns)
// that start at each token.
type cueRuns struct {
	adverb, group []int8
}

// cueAdverbRuns gives, for each token, the number of words of the cue
// adverb (cueAdverbs, cueAdverbPhrases) that starts there, or 0.
func cueAdverbRuns(toks []token) []int8 {
	out := make([]int8, len(toks))
	for j := range toks {
		out[j] = int8(cueAdverbAt(toks, j))
	}
	return out
}

// cueAdverbAt returns the number of words of the cue adverb that starts at
// token j, or 0.
func cueAdverbAt(toks []token, j int) int {
	if j >= len(toks) {
		return 0
	}
	n := 0
	for _, ph := range cueAdverbPhrasesByFirst()[toks[j].lower] {
		if j+len(ph) <= len(toks) && len(ph) > n {
			ok := true
			for k := 1; k < len(ph); k++ {
				if toks[j+k].lower != ph[k] {
					ok = false
					break
				}
			}
			if ok {
				n = len(ph)
			}
		}
	}
	if n == 0 && cueAdverbs[toks[j].lower] {
		n = 1
	}
	return n
}

// cueAdverbPhrasesByFirst indexes cueAdverbPhrases by their first word.
var cueAdverbPhrasesByFirst = sync.OnceValue(func() map[string][][]string {
	idx := map[string][][]string{}
	for _, ph := range cueAdverbPhrases {
		idx[ph[0]] = append(idx[ph[0]], ph)
	}
	return idx
})

// leadingAdverbs returns the number of tokens of cue adverbs that follow
// token i ("kan [ook] Nederland", "benadrukte [daarnaast] de Commissie").
func leadingAdverbs(toks []token, i int) int {
	n := 0
	for i+1+n < len(toks) {
		k := cueAdverbAt(toks, i+1+n)
		if k == 0 {
			break
		}
		n += k
	}
	return n
}

// cueWord is a token's lower-case form for matching cues, without the
// number of a footnote glued to its end as the page prints it
// ("opgeroepen1").
func cueWord(t token) string {
	w := t.lower
	k := len(w)
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if k == len(w) || k < 3 || len(w)-k > 2 {
		return w
	}
	return w[:k]
}

// balancedGap reports whether the text between tokens a and b crosses no
// clause boundary: no semicolon or colon, and commas only in pairs around an
// inserted phrase ("heeft, met Denemarken en Oostenrijk, gepleit voor"; but
// not "kunnen beroepen, maar kan instemmen").
func balancedGap(rs []rune, toks []token, a, b int) bool {
	commas, depth := 0, 0
	for _, r := range rs[toks[a].end:toks[b].start] {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(0, depth-1)
		case depth > 0:
		case r == ';', r == ':':
			return false
		case r == ',':
			commas++
		}
	}
	// a list of names in the gap ("zijn [Duitsland, Frankrijk en Italië]
	// voorstander van"): its commas pair with nothing
	for j := a + 1; j+1 < b; j++ {
		if startsUpper(toks[j].text) && startsUpper(toks[j+1].text) && strings.TrimSpace(string(rs[toks[j].end:toks[j+1].start])) == "," &&
			nameListRun(toks, j) > 0 {
			commas--
		}
	}
	if commas%2 == 1 && commas == 1 && strings.HasPrefix(strings.TrimSpace(string(rs[toks[a].end:toks[b].start])), ",") &&
		strings.HasPrefix(strings.TrimSpace(string(rs[toks[b].end:min(len(rs), toks[b].end+2)])), ",") {
		// "is, net als het voorzitterschap ambitieus, om …": the pair of
		// commas holds the cue's last word
		return true
	}
	return commas%2 == 0
}

// gapFiller are the words a strict gap may hold besides capitalised names:
// determiners and nouns of actors, negations, hedges and adverbs.
var gapFiller = map[string]bool{
	"het": true, "de": true, "dit": true, "deze": true, "die": true, "kabinet": true, "regering": true, "wij": true,
	"zij": true, "ze": true, "ik": true, "lidstaten": true, "lidstaat": true, "partijen": true, "voorzitterschap": true,
	"commissie": true, "raad": true, "parlement": true, "alle": true, "veel": true, "enkele": true, "meeste": true,
	"niet": true, "geen": true, "nooit": true, "ook": true, "dan": true, "daarom": true, "daarbij": true,
	"daarnaast": true, "immers": true, "wel": true, "nog": true, "steeds": true, "altijd": true, "eveneens": true,
	"momenteel": true, "echter": true, "zeer": true, "erg": true, "groot": true, "grote": true,
	"in": true, "beginsel": true, "principe": true, "vooralsnog": true, "hierbij": true, "verder": true, "zich": true,
	"hun": true, "zijn": true, "haar": true, "graag": true, "ernstige": true, "nadrukkelijk": true, "opnieuw": true, "uitdrukkelijk": true,
	"von": true, "der": true, "den": true, "namens": true, "vanuit": true, "brede": true, "ruime": true,
	"voldoende": true, "weinig": true, "unanieme": true, "politieke": true, "net": true, "als": true, "evenals": true,
	// adverbs of cabinet prose between actor, verb, particle and object
	"er": true, "stevig": true, "juist": true, "sterk": true, "actief": true, "tevens": true, "bovendien": true,
	"dus": true, "nu": true, "inmiddels": true, "onverminderd": true, "krachtig": true, "volop": true,
	"daartoe": true, "hiervoor": true, "daarvoor": true, "hierop": true, "daarop": true, "eerder": true,
	"reeds": true, "al": true, "langer": true, "eens": true, "nogmaals": true, "bij": true, "uitstek": true, "voortdurend": true,
	// quantifiers of groups of member states
	"bepaalde": true, "sommige": true, "verschillende": true, "diverse": true, "andere": true, "meerdere": true,
	"vele": true, "landen": true, "staten": true,
	// the nouns of group actors an inverted sentence puts after the verb
	// ("maken [deze leden] zich zorgen over", "benadrukten [de ministers]")
	"leden": true, "fractie": true, "fracties": true, "delegaties": true, "delegatie": true, "ministers": true,
	// more adverbs of cabinet prose ("zet onverkort in op")
	"onverkort": true, "consequent": true, "vooral": true, "primair": true, "blijvend": true, "expliciet": true,
	"wederom": true, "allereerst": true, "eerst": true, "hierin": true, "daarin": true,
	// an aspect verb and the kind of support (Part K, pos16): "zal [het
	// voorzitterschap blijven] inzetten op", "spraken [onvoorwaardelijke]
	// steun uit aan"
	"blijven": true, "onvoorwaardelijke": true, "onverminderde": true, "volle": true, "volledige": true,
	"sterke": true, "krachtige": true, "eensgezinde": true, "ernstig": true,
	// the kind of support ("Er was algemene steun voor …")
	"algemene": true, "duidelijke": true, "overweldigende": true,
	// the article and degree of a cue's noun ("ziet [een duidelijke]
	// meerwaarde in")
	"een": true, "belangrijke": true, "aanzienlijke": true, "substantiële": true, "evidente": true, "zekere": true,
}

// nameParticle reports whether token j is a particle inside a person's
// name ("Jansen [van den] Berg").
func nameParticle(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && nameParticles[toks[j].lower] && !startsUpper(toks[j].text) &&
		(startsUpper(toks[j-1].text) || nameParticles[toks[j-1].lower])
}

// nameJoin reports whether token j joins two names: "Polen [en]
// Hongarije", "Frankrijk[,] Spanje".
func nameJoin(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].lower == "en" && startsUpper(toks[j-1].text) && startsUpper(toks[j+1].text)
}

// nameParticleWords are the small words that stand inside a person's name
// before a capitalised part: "Von der Leyen", "Van den Brink", "van der
// Wal-Zeggelink". Two readings take them, each with its own column: a
// signature's name line (line: surnameParticles, parse.go), where every
// other word is capitalised, and running text (prose: nameParticles).
// "ten", "le", "la", "du" and "'t" count on a name line only, "te" in
// running text only.
var nameParticleWords = []struct {
	word        string
	line, prose bool
}{
	{"van", true, true}, {"de", true, true}, {"der", true, true}, {"den", true, true}, {"ter", true, true},
	{"ten", true, false}, {"von", true, true},
	{"le", true, false}, {"la", true, false}, {"du", true, false}, {"'t", true, false},
	{"te", false, true},
}

// nameParticles are the particles of a name in running text
// (nameParticleWords' prose column), by their lower-case form.
var nameParticles = proseParticles()

func proseParticles() map[string]bool {
	out := map[string]bool{}
	for _, p := range nameParticleWords {
		if p.prose {
			out[p.word] = true
		}
	}
	return out
}

// compoundTail reports whether token j ends a compound joined by a hyphen
// to a capitalised word ("EU-[verband]", "Benelux-[verband]").
func compoundTail(rs []rune, toks []token, j int) bool {
	return j > 0 && toks[j].start == toks[j-1].end+1 && rs[toks[j-1].end] == '-' && startsUpper(toks[j-1].text)
}

// framePhrase reports whether token j is part of an adverbial phrase that
// frames a statement without being its object: "benadrukte [in dat kader]
// het belang van", "steunt [op dit punt]", "riep [in dit verband] op", "is
// er [onder de lidstaten] geen steun".
func framePhrase(toks []token, j int) bool {
	// "onder de lidstaten": the group among which there is support
	for s := max(0, j-2); s <= j && s+1 < len(toks); s++ {
		if toks[s].lower == "onder" && (toks[s+1].lower == "lidstaten" || toks[s+1].lower == "delegaties" ||
			s+2 < len(toks) && toks[s+1].lower == "de" && (toks[s+2].lower == "lidstaten" || toks[s+2].lower == "delegaties")) {
			return true
		}
	}
	for s := max(0, j-2); s <= j && s+2 < len(toks); s++ {
		if framePreps[toks[s].lower] && frameDets[toks[s+1].lower] && frameNouns[toks[s+2].lower] {
			return true
		}
	}
	return false
}

var (
	framePreps = map[string]bool{"in": true, "op": true, "bij": true, "tijdens": true}
	frameDets  = map[string]bool{"dat": true, "dit": true, "die": true, "deze": true, "het": true, "de": true}
	frameNouns = map[string]bool{"kader": true, "verband": true, "context": true, "punt": true, "opzicht": true,
		"licht": true, "moment": true, "overleg": true, "gesprek": true, "debat": true, "stemming": true}
)

func gapWord(t token) bool {
	return gapFiller[t.lower] || startsUpper(t.text)
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// stanceReading is what the cue classifier makes of one cue in a sentence.
type stanceReading struct {
	stance      stance // final class
	base        stance // before negation and conditions
	negated     bool
	conditional bool
	condition   string // the condition's words, from its marker to the clause end
	hedge       string // hedging words ("in beginsel")
	cue         string // the cue as printed, gaps as " … "
}

// classifyStance reads the first cue of a sentence: its stance, negation and
// conditions. It is the classifier Extract uses, exposed for tests and
// docs/stances.md.
func classifyStance(sentence string) (stanceReading, bool) {
	rs := []rune(sentence)
	toks := tokenize(rs)
	hits := findCues(rs, toks)
	if len(hits) == 0 {
		return stanceReading{}, false
	}
	hi := len(toks) - 1
	if len(hits) > 1 {
		hi = hits[1].first() - 1
	}
	return readStance(rs, toks, hits[0], nil, 0, hi), true
}

// readStance classifies one cue hit. skip marks the actor's tokens, which a
// gap may hold. Conditions and hedges count in the cue's stretch of the
// sentence, tokens [lo, hi], between the cues before and after it ("steunt
// in beginsel X, maar kan niet instemmen met Y" hedges only the first).
// contrastNegation reports whether the negation at token n opens a
// contrast rather than turning the verb before it: "verwelkomt niet alleen
// …", "onthield zich van stemming, niet omdat …, maar omdat …".
func contrastNegation(toks []token, n int) bool {
	if n+1 >= len(toks) {
		return false
	}
	w := toks[n+1].lower
	return w == "alleen" || w == "enkel" || w == "slechts" || w == "zozeer" || w == "omdat" || subordinators[w]
}

// verbFinalNegation reports whether the negation at token n, right before
// the cue hit h, turns the cue: the cue opens with a verb (a finite modal
// or auxiliary at the end of a subordinate clause, "dat zij niet zal
// instemmen met"), nothing but a space separates them, and the negation
// is no "al dan niet".
func verbFinalNegation(rs []rune, toks []token, h cueHit, n int) bool {
	if strings.TrimSpace(string(rs[toks[n].end:toks[h.first()].start])) != "" {
		return false
	}
	if n > 0 && toks[n-1].lower == "dan" {
		return false
	}
	return finalVerbs[toks[h.first()].lower]
}

// finalVerbs are the finite modals and auxiliaries a cue opens with that
// stand at the end of a subordinate clause after its negation.
var finalVerbs = map[string]bool{
	"kan": true, "kunnen": true, "kon": true, "konden": true, "zal": true, "zullen": true, "zou": true, "zouden": true,
	"wil": true, "willen": true, "wilde": true, "wilden": true, "is": true, "zijn": true, "was": true, "waren": true,
	"heeft": true, "hebben": true, "had": true, "hadden": true,
}

func readStance(rs []rune, toks []token, h cueHit, skip map[int]bool, lo, hi int) stanceReading {
	d := h.def
	r := stanceReading{base: d.stance, cue: cueText(rs, toks, h)}
	if d.obj == objClause {
		r.base = opinionStance(toks, h)
	}
	// A negation in a gap ("kan niet instemmen", "is geen voorstander"; in
	// a gap that holds the subject only at either end: "kan X niet
	// steunen"), right after a verb cue ("steunt niet"), or closing the
	// clause of a one-word verb cue ("steunt het voorstel niet").
	var gap []int
	for _, j := range h.gapTokens() {
		if !skip[j] {
			gap = append(gap, j)
		}
	}
	for k, j := range gap {
		if negators[toks[j].lower] && (d.obj != objGap || k < 2 || k >= len(gap)-2) {
			r.negated = true
		}
		// "concludeerde dat er weinig steun bestond voor": little support
		// is none
		if toks[j].lower == "weinig" && toks[h.last()].lower == "steun" {
			r.negated = true
		}
	}
	// A negation right before the verb cluster of a verb-final clause:
	// "dat zij niet zal instemmen met", "dat op dit moment niet kan
	// instemmen"; not "al dan niet", not across punctuation.
	if n := h.first() - 1; n >= 0 && (toks[n].lower == "niet" || toks[n].lower == "nooit") && verbFinalNegation(rs, toks, h, n) {
		r.negated = true
	}
	if perfectClusterNegation(rs, toks, h) {
		r.negated = true // "dat zij niet hebben kunnen instemmen met" (verbfinal.go)
	}
	if n := h.first() - 1; len(h.fixed) == 1 && d.obj == objAfter && n > 0 && (toks[n].lower == "niet" || toks[n].lower == "nooit") &&
		toks[n-1].lower != "dan" && strings.TrimSpace(string(rs[toks[n].end:toks[h.first()].start])) == "" {
		r.negated = true // "zal het compromis niet blokkeren"
	}
	if n := h.first() - 1; d.flags&(predicateFirst|verbFinal) != 0 && n >= 0 && negators[toks[n].lower] &&
		strings.TrimSpace(string(rs[toks[n].end:toks[h.first()].start])) == "" {
		r.negated = true // "dat Nederland geen voorstander is van"
	}
	if n := h.last() + 1; n < len(toks) && negators[toks[n].lower] && d.obj != objClause && d.obj != objBefore &&
		!strings.ContainsAny(string(rs[toks[n-1].end:toks[n].start]), ",;:") && !contrastNegation(toks, n) {
		r.negated = true
	}
	if n := h.first() - 1; n >= 0 && toks[n].lower == "geen" && len(h.fixed) > 1 && nounHeads[toks[h.first()].lower] &&
		strings.TrimSpace(string(rs[toks[n].end:toks[h.first()].start])) == "" {
		r.negated = true // "zal geen steun verlenen aan": the cue opens on its noun
	}
	if n := h.last() + 2; d.flags&firstPersonOnly != 0 && n < len(toks) && negators[toks[n].lower] {
		r.negated = true // "Die mening deel ik niet."
	}
	if len(h.fixed) == 1 && d.obj == objAfter {
		if end := clauseEndToken(rs, toks, h.last(), true); end > h.last()+1 && toks[end].lower == "niet" {
			r.negated = true
		}
	}
	r.stance = r.base
	if r.negated {
		r.stance = r.base.negated()
		if d.negAs != "" {
			r.stance = d.negAs
		}
	}
	scope := toks[lo : hi+1]
	lower := " " + strings.Join(lowerWords(scope), " ") + " "
	for _, m := range conditionMarkers {
		if k := strings.Index(lower, " "+m+" "); k >= 0 {
			r.conditional = true
			r.condition = textFromWord(rs, scope, wordIndexAt(lower, k+1))
			break
		}
	}
	for _, m := range hedgeMarkers {
		if strings.Contains(lower, " "+m+" ") {
			r.hedge = m
			break
		}
	}
	if (r.conditional || r.hedge != "") && r.stance != stInformational {
		r.stance = stReserved
	}
	return r
}

// opinionStance classifies the dat-clause of an opinion cue: national
// competence makes a preference, sufficiency ("voldoende ruimte") a
// satisfied, a preferred option ("eerst", "bestaande") a preference,
// negative words a
// concern, a requirement ("moeten in lijn blijven met") a reservation,
// anything else the cue's own class (support; informational for "heeft
// aangegeven dat").
func opinionStance(toks []token, h cueHit) stance {
	var words []string
	for j := h.last() + 1; j < len(toks); j++ {
		words = append(words, toks[j].lower)
	}
	clause := " " + strings.Join(words, " ") + " "
	for _, m := range nationalCompetence {
		if strings.Contains(clause, " "+m+" ") {
			return stPreference
		}
	}
	if badIdea(words) {
		return stOppose // "dat hij X geen goed idee vindt" (actors_more.go)
	}
	for _, w := range words {
		if satisfiedWords[w] {
			return stSatisfied
		}
	}
	for k, w := range words {
		if preferenceWords[w] || w == "wenselijk" && !(k > 0 && negators[words[k-1]]) {
			// "dat aanpassing van de verordening wenselijk is": how it
			// should be
			return stPreference
		}
	}
	if importanceOpening(words) {
		// "gaf aan dat het belangrijk is hierbij goede randvoorwaarden te
		// formuleren zodat … niet leidt tot …": what the actor ranks high,
		// whatever the purpose clause after it says
		return stPriority
	}
	if importancePredicate(words) {
		// "gaven alle lidstaten aan dat het toepassen van technologie
		// belangrijk is voor …": the clause's subject is ranked high
		return stPriority
	}
	for k, w := range words {
		if negators[w] {
			// "stelden dat zij niet aan X zullen deelnemen": a refusal
			for _, v := range words[k+1 : min(len(words), k+8)] {
				if v == "zullen" || v == "zal" || v == "willen" || v == "wil" {
					return stOppose
				}
			}
		}
	}
	for _, w := range words {
		if negativeWords[w] {
			return stConcern
		}
	}
	for k, w := range words {
		if requirementWords[w] {
			// "dat er aandacht moet zijn voor X" calls for X
			for _, v := range words[max(0, k-3):min(len(words), k+4)] {
				if v == "aandacht" {
					return stSupport
				}
			}
			return stReserved
		}
	}
	return h.def.stance
}

// importanceOpening reports whether a dat-clause opens with a judgement
// of importance: "het (zeer) belangrijk / essentieel / cruciaal is", "het
// van (groot) belang is".
func importanceOpening(words []string) bool {
	if len(words) < 3 || words[0] != "het" {
		return false
	}
	k := 1
	if words[k] == "zeer" || words[k] == "erg" || words[k] == "wel" || words[k] == "daarom" || words[k] == "ook" {
		k++
	}
	switch {
	case k < len(words) && (words[k] == "belangrijk" || words[k] == "essentieel" || words[k] == "cruciaal" || words[k] == "wezenlijk"):
		k++
	case k+1 < len(words) && words[k] == "van" && words[k+1] == "belang":
		k += 2
	case k+2 < len(words) && words[k] == "van" && (words[k+1] == "groot" || words[k+1] == "essentieel" || words[k+1] == "cruciaal") && words[k+2] == "belang":
		k += 3
	default:
		return false
	}
	return k < len(words) && (words[k] == "is" || words[k] == "was")
}

// importancePredicate reports whether a dat-clause judges its subject
// important in the order of a subordinate clause: "[X] belangrijk /
// essentieel / cruciaal is", "[X] van (groot) belang is"; not after a
// negation ("niet belangrijk is").
func importancePredicate(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if clauseOpeners[words[k]] {
			return false // "…, hoewel het belangrijk is": another clause
		}
		if words[k+1] != "is" && words[k+1] != "was" && words[k+1] != "zijn" && words[k+1] != "waren" {
			continue
		}
		w := words[k]
		p := k - 1
		switch {
		case w == "belangrijk" || w == "essentieel" || w == "cruciaal" || w == "wezenlijk":
		case w == "belang" && words[p] == "van":
			p--
		case w == "belang" && p >= 1 && words[p-1] == "van" && (words[p] == "groot" || words[p] == "essentieel" || words[p] == "cruciaal"):
			p -= 2
		default:
			continue
		}
		if p >= 0 && (negators[words[p]] || p >= 1 && negators[words[p-1]] && (words[p] == "zo" || words[p] == "erg" || words[p] == "zeer")) {
			continue
		}
		return true
	}
	return false
}

// clauseOpeners open a clause of their own inside a dat-clause.
var clauseOpeners = map[string]bool{
	"hoewel": true, "omdat": true, "maar": true, "terwijl": true, "zodat": true, "indien": true,
	"want": true, "dat": true, "die": true, "wat": true, "waarbij": true, "zodra": true, "mits": true,
}

// cueText is the cue as printed: its fixed words, consecutive ones as they
// stand, gaps as " … ".
func cueText(rs []rune, toks []token, h cueHit) string {
	var b strings.Builder
	from := h.fixed[0]
	for k := 1; k <= len(h.fixed); k++ {
		if k < len(h.fixed) && h.fixed[k] == h.fixed[k-1]+1 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(collapseSpace(string(rs[toks[from].start:toks[h.fixed[k-1]].end])))
		if k < len(h.fixed) {
			from = h.fixed[k]
		}
	}
	return b.String()
}

func lowerWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// wordIndexAt returns the index of the word starting at byte k of a string
// of words joined by single spaces (with a leading space).
func wordIndexAt(joined string, k int) int {
	return strings.Count(joined[:k], " ") - 1
}

// textFromWord returns the text from token i to the end of its clause.
func textFromWord(rs []rune, toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	end := clauseEndToken(rs, toks, i, false)
	return trimSubject(string(rs[toks[i].start:toks[end].end]))
}

// clauseEndToken returns the last token of the clause that token i is in: up
// to a semicolon, a colon (and with commas, a comma) or the end of the
// sentence.
func clauseEndToken(rs []rune, toks []token, i int, commas bool) int {
	stops := ";:"
	if commas {
		stops = ";:,"
	}
	for j := i + 1; j < len(toks); j++ {
		gap := string(rs[toks[j-1].end:toks[j].start])
		if strings.ContainsAny(gap, stops) {
			return j - 1
		}
	}
	return len(toks) - 1
}

// trimSubject trims white space, punctuation and footnote markers from the
// ends of a subject.
func trimSubject(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, " .,;:\n")
		t = strings.TrimLeft(t, " ,;:\n")
		if i := strings.LastIndexByte(t, '['); i >= 0 && strings.HasSuffix(t, "]") && markerLen([]rune(t[i:])) == len([]rune(t[i:])) {
			t = t[:i]
		}
		if t == s {
			return s
		}
		s = t
	}
}
