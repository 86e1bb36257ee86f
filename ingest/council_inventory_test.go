package ingest

// Others' voices in Council reports and annotated agendas (issue 12,
// council1): the inventory of the ways the development letters write the
// stance of an actor other than the cabinet, generalised into their
// grammatical variants. The rows are the forms, not sentences of a letter;
// TestCouncilVoicesAudit (council_voices_test.go) builds every actor form
// into every frame in every tense and word order and measures what the
// extractor reads. docs/stances.md (Actors; Not positions; the
// conventions) says whose position each is.

// councilActor is one way a report names an actor other than the cabinet.
type councilActor struct {
	words  string // as written inside a sentence: "de Commissie", "enkele lidstaten"
	plural bool   // the verb agrees in the plural
	pron   string // the pronoun that points back to it in a dat-clause ("zij"), "" when none is natural
	// want is what the gold writes: the ids of HOLDS sorted and joined
	// with "+" ("country:DE+country:FR"), or the actor's words (a group
	// without a node, no HOLDS).
	want string
}

// councilActors are the actor forms of the development Council reports and
// agendas (testdata/real/dev/gold): EU bodies and their members, the
// presidency, single member states and their delegations and ministers,
// joint statements, named and counted groups, quantified parts of the
// member states, and the apposition "waaronder <country>" (convention 27:
// the named countries alone).
var councilActors = []councilActor{
	// EU bodies and who speaks for them
	{words: "de Commissie", pron: "zij", want: "org:european-commission"},
	{words: "de Europese Commissie", pron: "zij", want: "org:european-commission"},
	{words: "Commissaris Verhoeven", pron: "zij", want: "org:european-commission"},
	{words: "de Raad", pron: "hij", want: "org:council-of-the-eu"},
	{words: "het Europees Parlement", want: "org:ep"},
	{words: "de Europese Raad", pron: "hij", want: "org:european-council"},
	{words: "de nieuwe Commissie", pron: "zij", want: "org:european-commission"},
	{words: "de Commissaris voor Migratie", pron: "hij", want: "org:european-commission"},
	{words: "het EP", want: "org:ep"},
	{words: "Europol", want: "org:europol"},
	{words: "Frontex", want: "org:frontex"},
	{words: "de Hoge Vertegenwoordiger", pron: "hij", want: "de Hoge Vertegenwoordiger"},
	// the presidency: the letter's (14 March 2025: Poland) or a named one
	{words: "het voorzitterschap", want: "country:PL"},
	{words: "het Poolse voorzitterschap", want: "country:PL"},
	{words: "het inkomende Deense voorzitterschap", want: "country:DK"},
	{words: "de nieuwe Duitse regering", pron: "zij", want: "country:DE"},
	// single member states, their delegations and ministers
	{words: "Frankrijk", want: "country:FR"},
	{words: "Oostenrijk", want: "country:AT"},
	{words: "de Duitse delegatie", pron: "zij", want: "country:DE"},
	{words: "de Spaanse minister", pron: "hij", want: "country:ES"},
	// joint statements
	{words: "Frankrijk en Duitsland", plural: true, pron: "zij", want: "country:DE+country:FR"},
	{words: "Nederland en België", plural: true, pron: "zij", want: "country:BE+country:NL"},
	{words: "Italië, Griekenland en Malta", plural: true, pron: "zij", want: "country:GR+country:IT+country:MT"},
	{words: "de Commissie en het voorzitterschap", plural: true, pron: "zij", want: "country:PL+org:european-commission"},
	{words: "Duitsland, samen met Frankrijk,", pron: "het", want: "country:DE+country:FR"},
	{words: "zowel Frankrijk als Duitsland", plural: true, pron: "zij", want: "country:DE+country:FR"},
	// named and counted groups: words, no node
	{words: "de C7", want: "de C7"},
	{words: "twintig lidstaten", plural: true, pron: "zij", want: "twintig lidstaten"},
	{words: "12 lidstaten", plural: true, pron: "zij", want: "12 lidstaten"},
	{words: "de Baltische staten", plural: true, pron: "zij", want: "de Baltische staten"},
	// quantified parts of the member states
	{words: "de lidstaten", plural: true, pron: "zij", want: "de lidstaten"},
	{words: "alle lidstaten", plural: true, pron: "zij", want: "alle lidstaten"},
	{words: "de meeste lidstaten", plural: true, pron: "zij", want: "de meeste lidstaten"},
	{words: "veel lidstaten", plural: true, pron: "zij", want: "veel lidstaten"},
	{words: "enkele lidstaten", plural: true, pron: "zij", want: "enkele lidstaten"},
	{words: "verschillende lidstaten", plural: true, pron: "zij", want: "verschillende lidstaten"},
	{words: "meerdere lidstaten", plural: true, pron: "zij", want: "meerdere lidstaten"},
	{words: "sommige lidstaten", plural: true, pron: "zij", want: "sommige lidstaten"},
	{words: "de overige lidstaten", plural: true, pron: "zij", want: "de overige lidstaten"},
	{words: "een aantal lidstaten", plural: true, pron: "zij", want: "een aantal lidstaten"},
	{words: "een ruime meerderheid van de lidstaten", want: "een ruime meerderheid van de lidstaten"},
	{words: "een meerderheid van de lidstaten", want: "een meerderheid van de lidstaten"},
	{words: "het merendeel van de lidstaten", want: "het merendeel van de lidstaten"},
	{words: "een enkele lidstaat", want: "een enkele lidstaat"},
	{words: "een grote groep lidstaten", want: "een grote groep lidstaten"},
	{words: "enkele ministers", plural: true, pron: "zij", want: "enkele ministers"},
	{words: "alle 27 lidstaten", plural: true, pron: "zij", want: "alle 27 lidstaten"},
	{words: "vijftien lidstaten", plural: true, pron: "zij", want: "vijftien lidstaten"},
	{words: "een overgrote meerderheid van de lidstaten", want: "een overgrote meerderheid van de lidstaten"},
	{words: "een kleine minderheid van de lidstaten", want: "een kleine minderheid van de lidstaten"},
	{words: "een groot aantal lidstaten", want: "een groot aantal lidstaten"},
	{words: "verschillende delegaties", plural: true, pron: "zij", want: "verschillende delegaties"},
	{words: "de andere delegaties", plural: true, pron: "zij", want: "de andere delegaties"},
	{words: "sommige landen", plural: true, pron: "zij", want: "sommige landen"},
	{words: "de delegaties", plural: true, pron: "zij", want: "de delegaties"},
	{words: "de Visegrad-landen", plural: true, pron: "zij", want: "de Visegrad-landen"},
	{words: "de Franse en Duitse ministers", plural: true, pron: "zij", want: "country:DE+country:FR"},
	{words: "de Franse minister en zijn Duitse collega", plural: true, pron: "zij", want: "country:DE+country:FR"},
	// a group with the countries named in it: those countries alone
	{words: "een aantal lidstaten, waaronder Nederland,", plural: true, pron: "zij", want: "country:NL"},
	{words: "enkele lidstaten, waaronder Frankrijk en Duitsland,", plural: true, pron: "zij", want: "country:DE+country:FR"},
	{words: "veel lidstaten, waaronder Polen,", plural: true, pron: "zij", want: "country:PL"},
}

// councilFrame is one way a report writes an actor's stance, as the parts
// of a Dutch clause: the finite verb in the present and the past (singular,
// plural), the perfect's auxiliary and verbal end, the middle field, the
// separable particle or infinitive that closes a simple tense, and what
// stands after the verbs.
type councilFrame struct {
	stance stance
	pres   [2]string // singular, plural
	past   [2]string
	aux    [2]string // "heeft", "hebben" (or "is", "zijn")
	perf   string    // the perfect's verbal end: "gesteund", "uitgesproken", "kunnen instemmen"
	mid    string    // the middle field: the object, "steun", "niet"
	end    string    // the simple tense's verbal end: a particle ("uit") or an infinitive ("instemmen")
	sep    bool      // end is a particle that joins the finite verb in a dat-clause ("uitsprak")
	extra  string    // after the verbs: "voor een nieuw fonds"
	subj   string    // a word the subject must hold
}

var (
	sgPlHeeft = [2]string{"heeft", "hebben"}
	sgPlIs    = [2]string{"is", "zijn"}
)

// councilFrames are the frames of the development reports with an actor as
// the subject.
var councilFrames = []councilFrame{
	{stance: stSupport, pres: [2]string{"steunt", "steunen"}, past: [2]string{"steunde", "steunden"}, aux: sgPlHeeft, perf: "gesteund",
		mid: "het voorstel voor een terugkeerfonds", subj: "terugkeerfonds"},
	{stance: stSupport, pres: [2]string{"spreekt", "spreken"}, past: [2]string{"sprak", "spraken"}, aux: sgPlHeeft, perf: "uitgesproken",
		mid: "steun", end: "uit", sep: true, extra: "voor een gezamenlijk terugkeerfonds", subj: "terugkeerfonds"},
	{stance: stSupport, pres: [2]string{"onderstreept", "onderstrepen"}, past: [2]string{"onderstreepte", "onderstreepten"}, aux: sgPlHeeft, perf: "onderstreept",
		mid: "het belang van een sterke buitengrens", subj: "buitengrens"},
	{stance: stSupport, pres: [2]string{"benadrukt", "benadrukken"}, past: [2]string{"benadrukte", "benadrukten"}, aux: sgPlHeeft, perf: "benadrukt",
		mid: "het belang van samenwerking met derde landen", subj: "samenwerking"},
	{stance: stSupport, pres: [2]string{"pleit", "pleiten"}, past: [2]string{"pleitte", "pleitten"}, aux: sgPlHeeft, perf: "gepleit",
		extra: "voor een snellere terugkeer", subj: "terugkeer"},
	{stance: stSupport, pres: [2]string{"is", "zijn"}, past: [2]string{"was", "waren"}, aux: sgPlIs, perf: "geweest",
		mid: "voorstander", extra: "van een Europees terugkeerfonds", subj: "terugkeerfonds"},
	{stance: stWelcome, pres: [2]string{"verwelkomt", "verwelkomen"}, past: [2]string{"verwelkomde", "verwelkomden"}, aux: sgPlHeeft, perf: "verwelkomd",
		mid: "het actieplan over smokkel", subj: "actieplan"},
	{stance: stAgree, pres: [2]string{"stemt", "stemmen"}, past: [2]string{"stemde", "stemden"}, aux: sgPlHeeft, perf: "ingestemd",
		end: "in", sep: true, extra: "met het compromis over de opvang", subj: "compromis"},
	{stance: stOppose, pres: [2]string{"kan", "kunnen"}, past: [2]string{"kon", "konden"}, aux: sgPlHeeft, perf: "kunnen instemmen",
		mid: "niet", end: "instemmen", extra: "met het compromis over de opvang", subj: "compromis"},
	{stance: stOppose, pres: [2]string{"verzet", "verzetten"}, past: [2]string{"verzette", "verzetten"}, aux: sgPlHeeft, perf: "verzet",
		mid: "zich", extra: "tegen een verplichte herverdeling", subj: "herverdeling"},
	{stance: stOppose, pres: [2]string{"wijst", "wijzen"}, past: [2]string{"wees", "wezen"}, aux: sgPlHeeft, perf: "afgewezen",
		mid: "een verplichte herverdeling", end: "af", sep: true, subj: "herverdeling"},
	{stance: stOppose, pres: [2]string{"heeft", "hebben"}, past: [2]string{"had", "hadden"}, aux: sgPlHeeft, perf: "gehad",
		mid: "bezwaar", extra: "tegen een verplichte herverdeling", subj: "herverdeling"},
	{stance: stConcern, pres: [2]string{"uit", "uiten"}, past: [2]string{"uitte", "uitten"}, aux: sgPlHeeft, perf: "geuit",
		mid: "zorgen", extra: "over de kosten van het systeem", subj: "kosten"},
	{stance: stConcern, pres: [2]string{"plaatst", "plaatsen"}, past: [2]string{"plaatste", "plaatsten"}, aux: sgPlHeeft, perf: "geplaatst",
		mid: "kanttekeningen bij de voorgestelde structuur", subj: "structuur"},
	{stance: stReserved, pres: [2]string{"is", "zijn"}, past: [2]string{"was", "waren"}, aux: sgPlIs, perf: "geweest",
		mid: "terughoudend", extra: "over een uitbreiding van het mandaat", subj: "mandaat"},
	{stance: stCommit, pres: [2]string{"zet", "zetten"}, past: [2]string{"zette", "zetten"}, aux: sgPlHeeft, perf: "ingezet",
		mid: "zich", end: "in", sep: true, extra: "voor een snelle uitvoering van het pact", subj: "uitvoering"},
	{stance: stSupport, pres: [2]string{"roept", "roepen"}, past: [2]string{"riep", "riepen"}, aux: sgPlHeeft, perf: "opgeroepen",
		end: "op", sep: true, extra: "tot een snellere terugkeer", subj: "terugkeer"},
	{stance: stSupport, pres: [2]string{"onderschrijft", "onderschrijven"}, past: [2]string{"onderschreef", "onderschreven"}, aux: sgPlHeeft, perf: "onderschreven",
		mid: "de conclusies over de buitengrens", subj: "conclusies"},
	{stance: stSupport, pres: [2]string{"vraagt", "vragen"}, past: [2]string{"vroeg", "vroegen"}, aux: sgPlHeeft, perf: "gevraagd",
		extra: "om meer middelen voor de buitengrens", subj: "middelen"},
	{stance: stConcern, pres: [2]string{"vraagt", "vragen"}, past: [2]string{"vroeg", "vroegen"}, aux: sgPlHeeft, perf: "gevraagd",
		mid: "aandacht", extra: "voor de situatie aan de buitengrens", subj: "situatie"},
	{stance: stOppose, pres: [2]string{"spreekt", "spreken"}, past: [2]string{"sprak", "spraken"}, aux: sgPlHeeft, perf: "uitgesproken",
		mid: "zich", end: "uit", sep: true, extra: "tegen een verplichte herverdeling", subj: "herverdeling"},
	{stance: stPreference, pres: [2]string{"geeft", "geven"}, past: [2]string{"gaf", "gaven"}, aux: sgPlHeeft, perf: "gegeven",
		mid: "de voorkeur", extra: "aan een vrijwillige regeling", subj: "regeling"},
	{stance: stPriority, pres: [2]string{"hecht", "hechten"}, past: [2]string{"hechtte", "hechtten"}, aux: sgPlHeeft, perf: "gehecht",
		mid: "veel belang", extra: "aan de bescherming van slachtoffers", subj: "bescherming"},
}

// councilCollective are the collective outcomes of a report without an
// actor as the subject, each in its orders: "{fin}" is the finite verb
// (present, past), the presidency's conclusion the dat-clause order. The
// member states hold them, in words (docs/stances.md, Actors).
type councilCollective struct {
	stance stance
	v2     [2]string // present, past: the main clause
	inv    [2]string // after a fronted phrase
	sub    [2]string // in a dat-clause
	want   string
	subj   string
}

var councilCollectives = []councilCollective{
	{stance: stSupport,
		v2:   [2]string{"Het voorstel voor een terugkeerfonds kan rekenen op brede steun.", "Het voorstel voor een terugkeerfonds kon rekenen op brede steun."},
		inv:  [2]string{"Tijdens de Raad kan het voorstel voor een terugkeerfonds rekenen op brede steun.", "Tijdens de Raad kon het voorstel voor een terugkeerfonds rekenen op brede steun."},
		sub:  [2]string{"Het voorzitterschap stelt vast dat het voorstel voor een terugkeerfonds kan rekenen op brede steun.", "Het voorzitterschap stelde vast dat het voorstel voor een terugkeerfonds kon rekenen op brede steun."},
		want: "de lidstaten", subj: "terugkeerfonds"},
	{stance: stSupport,
		v2:   [2]string{"Er blijkt brede steun te bestaan voor een gezamenlijk terugkeerfonds.", "Er bleek brede steun te bestaan voor een gezamenlijk terugkeerfonds."},
		inv:  [2]string{"Tijdens de Raad blijkt brede steun te bestaan voor een gezamenlijk terugkeerfonds.", "Tijdens de Raad bleek brede steun te bestaan voor een gezamenlijk terugkeerfonds."},
		sub:  [2]string{"Het voorzitterschap stelt vast dat er consensus bestaat over een gezamenlijk terugkeerfonds.", "Het voorzitterschap stelde vast dat er consensus bestond over een gezamenlijk terugkeerfonds."},
		want: "de lidstaten", subj: "terugkeerfonds"},
	{stance: stOppose,
		v2:   [2]string{"Er blijkt geen overeenstemming te bestaan over een verplichte herverdeling.", "Er bleek geen overeenstemming te bestaan over een verplichte herverdeling."},
		inv:  [2]string{"In de Raad blijkt geen consensus te bestaan over een verplichte herverdeling.", "In de Raad bleek geen consensus te bestaan over een verplichte herverdeling."},
		sub:  [2]string{"Het voorzitterschap concludeert dat er geen overeenstemming is over een verplichte herverdeling.", "Het voorzitterschap concludeerde dat er geen overeenstemming was over een verplichte herverdeling."},
		want: "de lidstaten", subj: "herverdeling"},
	{stance: stSupport,
		v2:   [2]string{"Er is brede steun voor een gezamenlijk terugkeerfonds.", "Er was brede steun voor een gezamenlijk terugkeerfonds."},
		inv:  [2]string{"Tijdens de Raad is er brede steun voor een gezamenlijk terugkeerfonds.", "Tijdens de Raad was er brede steun voor een gezamenlijk terugkeerfonds."},
		sub:  [2]string{"Het voorzitterschap concludeert dat er brede steun is voor een gezamenlijk terugkeerfonds.", "Het voorzitterschap concludeerde dat er brede steun was voor een gezamenlijk terugkeerfonds."},
		want: "de lidstaten", subj: "terugkeerfonds"},
	{stance: stOppose,
		v2:   [2]string{"Er is geen steun voor een verplichte herverdeling.", "Er was geen steun voor een verplichte herverdeling."},
		inv:  [2]string{"Onder de lidstaten is er geen steun voor een verplichte herverdeling.", "Onder de lidstaten was er geen steun voor een verplichte herverdeling."},
		sub:  [2]string{"Het voorzitterschap concludeert dat er geen steun is voor een verplichte herverdeling.", "Het voorzitterschap concludeerde dat er geen steun was voor een verplichte herverdeling."},
		want: "de lidstaten", subj: "herverdeling"},
	{stance: stSupport,
		v2:   [2]string{"Er is overeenstemming over een versterkt mandaat van Frontex.", "Er was overeenstemming over een versterkt mandaat van Frontex."},
		inv:  [2]string{"In de Raad is overeenstemming over een versterkt mandaat van Frontex.", "In de Raad was overeenstemming over een versterkt mandaat van Frontex."},
		sub:  [2]string{"Het voorzitterschap concludeert dat er overeenstemming is over een versterkt mandaat van Frontex.", "Het voorzitterschap concludeerde dat er overeenstemming was over een versterkt mandaat van Frontex."},
		want: "de lidstaten", subj: "mandaat"},
	{stance: stSupport,
		v2:   [2]string{"Er bestaat veel steun voor de modernisering van de regels.", "Er bestond veel steun voor de modernisering van de regels."},
		inv:  [2]string{"Onder de lidstaten bestaat veel steun voor de modernisering van de regels.", "Onder de lidstaten bestond veel steun voor de modernisering van de regels."},
		sub:  [2]string{"Het voorzitterschap stelt vast dat er veel steun bestaat voor de modernisering van de regels.", "Het voorzitterschap stelde vast dat er veel steun bestond voor de modernisering van de regels."},
		want: "de lidstaten", subj: "modernisering"},
}

// councilAgentFrames hold the actor after the verb: the support an object
// received ("X kreeg de steun van A"), a passive with its agent, support
// "bij" an actor. "{A}" is the actor's words.
var councilAgentFrames = []struct {
	stance stance
	forms  [3]string // present, past, perfect
	subj   string
}{
	{stSupport, [3]string{"Het voorstel voor een terugkeerfonds krijgt de steun van {A}.", "Het voorstel voor een terugkeerfonds kreeg de steun van {A}.", "Het voorstel voor een terugkeerfonds heeft de steun van {A} gekregen."}, "terugkeerfonds"},
	{stSupport, [3]string{"Het voorstel voor een terugkeerfonds wordt door {A} gesteund.", "Het voorstel voor een terugkeerfonds werd door {A} gesteund.", "Het voorstel voor een terugkeerfonds is door {A} gesteund."}, "terugkeerfonds"},
	{stSupport, [3]string{"Tijdens de Raad wordt door {A} steun uitgesproken voor een terugkeerfonds.", "Tijdens de Raad werd door {A} steun uitgesproken voor een terugkeerfonds.", "Tijdens de Raad is door {A} steun uitgesproken voor een terugkeerfonds."}, "terugkeerfonds"},
}

// councilNoStance are near-misses: forms of a report that hold no
// position (docs/stances.md, Not positions).
var councilNoStance = []string{
	"De lidstaten waren verdeeld over de herverdeling.",
	"De lidstaten waren verdeeld langs de bekende lijnen.",
	"Het voorzitterschap informeerde de Raad over de stand van zaken.",
	"De Commissie presenteerde het actieplan over smokkel.",
	"Het voorzitterschap wil van de ministers horen of zij het compromis kunnen steunen.",
	"Het voorzitterschap verzocht de delegaties hun opmerkingen schriftelijk toe te sturen.",
	"De Commissie gaf aan dat de verordening in mei in werking treedt.",
}
