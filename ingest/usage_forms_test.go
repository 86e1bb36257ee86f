package ingest

// The stance constructions the development letters use (issue 12, lex3).
//
// usageForms is an inventory, not a cue table: every row is one way the
// positions of the development gold (testdata/real/dev/gold) are written —
// the cue (lemma with its reflexive, predicate and preposition), the frame it
// takes (a noun-phrase object, a dat-clause, an object before a predicate)
// and, in dev, how many gold positions it explains. The extractor does not
// read this table; TestUsageAudit (usage_audit_test.go) builds fictional
// sentences from every row times the grammatical axes (actor, tense, word
// order, modal, negation, the subject's form) and measures what the
// extractor reads of them. The rows are constructions, never sentences of a
// letter.
//
// The counts (dev) are of the 845 gold positions (460 required, 385
// optional) of the 339 development documents on 2026-12-07, each given to
// the first row whose cue its quote holds: the rows hold 637 of them, 418
// of the 460 required (usageDevTotal); a row's note names the variants
// counted with it.

// usageForm is one construction of a position.
type usageForm struct {
	stance stance
	verb   string // conjugate spec of the verb that carries it ("steunen", "zijn:ben:…@is")
	refl   bool   // "zich"
	pred   string // the words between the verb (and "zich") and its object: "voorstander", "het belang"
	tail   string // an infinitive after the predicate in every form: "vinden" of "kan zich vinden in"
	prep   string // the object's preposition; "" a direct object
	post   string // a predicate after the object: "van belang" of "acht X van belang"
	// ppFirst: in the verb-final order the prepositional object stands
	// before the verbs ("heeft tegen X gestemd", "dat het voor X is")
	ppFirst bool
	// clause: the object may be a dat-clause ("benadrukt dat …", "is blij
	// dat …"); clauseOnly: it is always one ("vindt het belangrijk dat").
	clause, clauseOnly bool
	// neg: the class of the negated cue (docs/stances.md, Negation); "" where
	// a negation is no natural cell. negPred: the predicate negated, where
	// "niet" / "geen" does not simply precede it ("het niet eens").
	neg     stance
	negPred string
	// noModal, noPerfect: the cell is no natural Dutch.
	noModal, noPerfect bool
	// cabinet: read for the cabinet only (docs/stances.md); other actors
	// are no cell of the audit.
	cabinet bool
	// tmpl: a construction with no verb paradigm of its own, as a template
	// ("{O}" the object, "{a}" the actor after a preposition).
	tmpl string
	dev  int    // dev gold positions it explains
	note string // what it is, briefly
}

// usageDevTotal: the required dev gold positions the rows explain, of 460.
// The rest (about one in ten) are one-off phrasings: "beschouwt X als
// hoekstenen", "baart mij zorgen", "houdt vast aan haar opvatting dat",
// "is goed geborgd", a passive without its agent.
const usageDevTotal = 418

var usageForms = []usageForm{
	// support (211 of 845)
	{stance: stSupport, verb: "steunen", neg: stOppose, clause: false, dev: 44, note: "steunt X; kan X steunen; heeft X gesteund (and the cabinet's ondersteunt)"},
	{stance: stSupport, verb: "onderschrijven:onderschrijf:onderschreef,onderschreven:onderschreven", neg: stOppose, dev: 7, note: "onderschrijft X"},
	{stance: stSupport, verb: "zijn:ben:was,waren:geweest:is@is", pred: "voorstander", prep: "van", neg: stOppose, noModal: true, noPerfect: true, dev: 4, note: "is (geen) voorstander van X"},
	{stance: stSupport, verb: "zijn:ben:was,waren:geweest:is@is", prep: "voor", ppFirst: true, noModal: true, noPerfect: true, dev: 2, note: "is / zijn voor X, the actor right before it"},
	{stance: stSupport, verb: "benadrukken", pred: "het belang", prep: "van", dev: 31, note: "benadrukt / onderstreept het belang van X (also noodzaak, urgentie)"},
	{stance: stSupport, verb: "onderstrepen:onderstreep:onderstreepte,onderstreepten:onderstreept", pred: "het belang", prep: "van", note: "the same with onderstrepen (counted above)"},
	{stance: stSupport, verb: "benadrukken", clauseOnly: true, dev: 15, note: "benadrukt / onderstreept dat …: a support row, not a reported opinion"},
	{stance: stSupport, verb: "pleiten", prep: "voor", clause: true, dev: 10, note: "pleit voor X, pleit ervoor dat …"},
	{stance: stSupport, verb: "maken:maak", refl: true, pred: "sterk", prep: "voor", dev: 2, note: "maakt zich sterk voor X"},
	{stance: stSupport, verb: "aan+sluiten:sluit:sloot,sloten:gesloten", refl: true, prep: "bij", dev: 3, note: "sluit zich aan bij X"},
	{stance: stSupport, verb: "op+roepen:roep:riep,riepen:geroepen", prep: "tot", dev: 19, note: "roept op tot X; riep X op … te"},
	{stance: stSupport, verb: "vragen:vraag:vroeg,vroegen:gevraagd", prep: "om", dev: 29, note: "vraagt om X; verzoekt om X"},
	{stance: stSupport, verb: "aan+dringen:dring:drong,drongen:gedrongen", prep: "op", dev: 4, note: "dringt aan op X"},
	{stance: stSupport, verb: "zien:zie:zag,zagen:gezien", pred: "de meerwaarde", prep: "van", dev: 6, note: "ziet de meerwaarde / toegevoegde waarde van X"},
	{stance: stSupport, tmpl: "In de Raad was brede steun voor {o}.|Er bestond brede steun voor {o}.", dev: 17, note: "a chair's report of the delegations' support: actor de lidstaten (words)"},
	// welcome (40)
	{stance: stWelcome, verb: "verwelkomen", dev: 17, note: "verwelkomt X"},
	{stance: stWelcome, verb: "zijn:ben:was,waren:geweest:is@is", pred: "blij", prep: "met", clause: true, neg: stConcern, noModal: true, noPerfect: true, dev: 8, note: "is blij met X / blij dat …; verheugd, ingenomen"},
	{stance: stWelcome, verb: "waarderen:waardeer", dev: 9, note: "waardeert X; spreekt waardering uit"},
	// agree (42)
	{stance: stAgree, verb: "in+stemmen", prep: "met", neg: stOppose, dev: 16, note: "stemt in met X; kan (niet) instemmen met X"},
	{stance: stAgree, verb: "gaan:ga:ging,gingen:gegaan:gaat@is", pred: "akkoord", prep: "met", neg: stOppose, dev: 11, note: "gaat akkoord met X"},
	{stance: stAgree, verb: "kunnen:kan:kon,konden:gekund:kan", refl: true, tail: "vinden", prep: "in", noModal: true, noPerfect: true, dev: 2, note: "kan zich vinden in X"},
	{stance: stAgree, verb: "zijn:ben:was,waren:geweest:is@is", pred: "het eens", negPred: "het niet eens", prep: "met", neg: stOppose, noModal: true, noPerfect: true, dev: 5, note: "is het (on)eens met X; deelt de mening"},
	// satisfied (30)
	{stance: stSatisfied, verb: "zijn:ben:was,waren:geweest:is@is", pred: "tevreden", prep: "over", neg: stConcern, noModal: true, noPerfect: true, dev: 10, note: "is tevreden over X"},
	// commit (122)
	{stance: stCommit, verb: "in+zetten", refl: true, prep: "voor", clause: true, dev: 9, note: "zet zich in voor X, zet zich ervoor in dat …"},
	{stance: stCommit, verb: "in+zetten", prep: "op", dev: 13, note: "zet in op X (an aim of its own)"},
	{stance: stCommit, verb: "streven:streef:streefde,streefden:gestreefd", prep: "naar", dev: 20, note: "streeft naar X (any actor); ijvert, beoogt"},
	{stance: stCommit, tmpl: "De inzet van {a} is gericht op {o}.", dev: 5, note: "de inzet van X is gericht op Y"},
	{stance: stCommit, verb: "lopen:loop:liep,liepen:gelopen", pred: "voorop", prep: "bij", dev: 4, note: "loopt voorop bij X"},
	{stance: stCommit, tmpl: "{A} {zal} {o} verder uitwerken.|Daarom {zal} {a} {o} verder uitwerken.", cabinet: true, dev: 80, note: "zal / wil / blijft + action: the cabinet's only (others' are forecasts)"},
	// priority (86)
	{stance: stPriority, tmpl: "{O} is een prioriteit van {a}.|Voor {a} is {o} een prioriteit.", dev: 17, note: "X is een prioriteit van Y; staat bovenaan de agenda"},
	{stance: stPriority, verb: "hechten", pred: "groot belang", prep: "aan", dev: 9, note: "hecht (groot belang) aan X"},
	{stance: stPriority, verb: "vinden:vind:vond,vonden:gevonden", pred: "het belangrijk", clauseOnly: true, neg: stReserved, noModal: true, noPerfect: true, dev: 22, note: "vindt het belangrijk / van belang dat …"},
	{stance: stPriority, verb: "achten:acht:achtte,achtten:geacht", post: "van belang", noPerfect: true, dev: 21, note: "acht X van belang / essentieel / noodzakelijk"},
	// preference (47)
	{stance: stPreference, verb: "geven:geef:gaf,gaven:gegeven", pred: "de voorkeur", prep: "aan", dev: 12, note: "geeft de voorkeur aan X; heeft de voorkeur voor; kiest voor; ziet graag"},
	{stance: stPreference, verb: "achten:acht:achtte,achtten:geacht", post: "wenselijk", noPerfect: true, dev: 5, note: "acht X wenselijk / gewenst"},
	// oppose (39)
	{stance: stOppose, verb: "af+wijzen:wijs:wees,wezen:gewezen", dev: 7, note: "wijst X af; verwerpt; veroordeelt; ziet geen aanleiding"},
	{stance: stOppose, verb: "uit+spreken:spreek:sprak,spraken:gesproken", refl: true, prep: "tegen", dev: 3, note: "spreekt zich uit tegen X; keurt X af"},
	{stance: stOppose, verb: "stemmen", prep: "tegen", ppFirst: true, noModal: true, dev: 6, note: "stemt tegen X"},
	{stance: stOppose, verb: "hebben:heb:had,hadden:gehad:heeft", pred: "bezwaar", prep: "tegen", neg: stAgree, noModal: true, noPerfect: true, dev: 2, note: "heeft (geen) bezwaar tegen X; verzet zich tegen"},
	// reserved (33)
	{stance: stReserved, verb: "hebben:heb:had,hadden:gehad:heeft", pred: "een behandelvoorbehoud", prep: "bij", noModal: true, noPerfect: true, dev: 4, note: "heeft een (behandel)voorbehoud bij X"},
	{stance: stReserved, verb: "zijn:ben:was,waren:geweest:is@is", pred: "terughoudend", prep: "over", noModal: true, noPerfect: true, dev: 2, note: "is terughoudend over X; wacht X af"},
	// concern (83)
	{stance: stConcern, verb: "wijzen:wijs:wees,wezen:gewezen", prep: "op", dev: 9, note: "wijst op X (a risk, a development)"},
	{stance: stConcern, verb: "aan+spreken:spreek:sprak,spraken:gesproken", pred: "de lidstaten", prep: "op", dev: 5, note: "spreekt X aan op Y; heeft X opgebracht"},
	{stance: stConcern, verb: "hebben:heb:had,hadden:gehad:heeft", pred: "zorgen", prep: "over", noModal: true, noPerfect: true, dev: 20, note: "heeft zorgen over X; uitte zorgen; is bezorgd"},
	{stance: stConcern, verb: "maken:maak", refl: true, pred: "zorgen", prep: "over", note: "maakt zich zorgen over X (counted with zorgen)"},
	{stance: stConcern, verb: "zijn:ben:was,waren:geweest:is@is", pred: "kritisch", prep: "over", noModal: true, noPerfect: true, dev: 8, note: "is kritisch over X; vraagtekens, twijfels, moeite"},
	{stance: stConcern, verb: "vragen:vraag:vroeg,vroegen:gevraagd", pred: "aandacht", prep: "voor", dev: 5, note: "vraagt aandacht voor X"},
	{stance: stConcern, verb: "betreuren", clause: true, dev: 4, note: "betreurt X / dat …; waarschuwt voor"},
	// informational (112)
	{stance: stInformational, verb: "nemen:neem:nam,namen:genomen", pred: "kennis", prep: "van", cabinet: true, noModal: true, dev: 23, note: "(het kabinet) heeft kennisgenomen van X"},
	{stance: stInformational, verb: "zijn:ben:was,waren:geweest:is@is", pred: "betrokken", prep: "bij", noModal: true, noPerfect: true, dev: 9, note: "is betrokken bij X; heeft meegedaan aan; heeft opgesteld"},
	{stance: stInformational, tmpl: "{A} {heeft} aangegeven dat de lidstaten bij de grensbewaking nauwer samenwerken.|Daarom {heeft} {a} aangegeven dat de lidstaten bij de grensbewaking nauwer samenwerken.", dev: 29, note: "heeft aangegeven dat … (a report without another cue; the present and past 'gaf aan dat' report an opinion, no position without an opinion word)"},
	// opinions (the dat-clause decides)
	{stance: stSupport, verb: "zijn:ben:was,waren:geweest:is@is", pred: "van mening", clauseOnly: true, noModal: true, noPerfect: true, dev: 13, note: "is van mening / meent / vindt dat …, no class word in the clause"},
}
