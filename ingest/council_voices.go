package ingest

import (
	"maps"
	"slices"
	"strings"
)

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

// Groups of member states as Council reports write them, by their grammar:
// a quantifier before a plural noun of the group ("enkele lidstaten",
// "een grote groep delegaties", "twintig landen"), a part of the group
// ("een ruime meerderheid van de lidstaten", "het merendeel van de
// delegaties"). councilGroups spells them out as word sequences for the
// group table (actorGroups, positions.go), which candidateAt and the cue
// gaps (groupInGap) read by their first word.
var (
	// groupQuantifiers stand before the plural noun.
	groupQuantifiers = []string{"alle", "veel", "vele", "enkele", "sommige", "meerdere", "verschillende", "diverse",
		"bepaalde", "andere", "de meeste", "de overige", "de andere", "vrijwel alle", "nagenoeg alle", "een aantal",
		"een groot aantal", "een beperkt aantal", "een klein aantal", "een handvol", "een groep", "een grote groep",
		"een kleine groep", "een groep van", "het merendeel van de", "het overgrote deel van de", "een groot deel van de"}
	// groupParts: "een/de [degree] meerderheid van (de)".
	groupParts   = []string{"meerderheid", "minderheid"}
	groupDegreeW = []string{"", "grote", "ruime", "brede", "kleine", "overgrote"}
	// groupNouns are the plural nouns of a group of states or their
	// representatives.
	groupNouns = []string{"lidstaten", "delegaties", "landen", "ministers"}
)

// councilGroups spells out the group forms: every quantifier and number
// before every noun, the parts of the member states and the delegations
// (a part of the countries or the ministers reads as its quantifier). A
// form that is a prefix of another is left out, so the longest always
// wins.
func councilGroups() [][]string {
	out := [][]string{{"de", "delegaties"}}
	add := func(s string) { out = append(out, strings.Fields(s)) }
	for _, n := range groupNouns {
		for _, q := range groupQuantifiers {
			add(q + " " + n)
		}
		for _, w := range slices.Sorted(maps.Keys(numberWords)) {
			add(w + " " + n)
		}
		if n != "lidstaten" && n != "delegaties" {
			continue
		}
		for _, art := range []string{"een", "de"} {
			for _, d := range groupDegreeW {
				for _, p := range groupParts {
					add(strings.Join(strings.Fields(art+" "+d+" "+p+" van de "+n), " "))
				}
			}
		}
	}
	return out
}

// withCouncilGroups is the group table base with the council groups it
// lacks after it, the longest first.
func withCouncilGroups(base [][]string) [][]string {
	seen := map[string]bool{}
	for _, g := range base {
		seen[strings.Join(g, " ")] = true
	}
	var more [][]string
	for _, g := range councilGroups() {
		if k := strings.Join(g, " "); !seen[k] {
			seen[k] = true
			more = append(more, g)
		}
	}
	slices.SortStableFunc(more, func(a, b []string) int { return len(b) - len(a) })
	return append(slices.Clip(base), more...)
}

// passiveV are the finite forms of the passive's auxiliary.
const passiveV = "wordt|worden|werd|werden|is|zijn"

// councilCues are the cue rows of the frames the cue table lacked: the
// nominal stances of a report in the passive with their agent ("Tijdens de
// Raad werd door Frankrijk steun uitgesproken voor X", "werden door enkele
// lidstaten zorgen geuit over X", "werden door hen kanttekeningen bij X
// geplaatst"), and support received in the perfect ("X heeft de steun van
// twintig lidstaten gekregen"). The cue compiler (stances.go) adds them.
var councilCues = []cueDef{
	{stance: stSupport, pattern: passiveV + " … door … steun|bijval uitgesproken voor|aan", obj: objAfter, gap: 8, flags: passive},
	{stance: stWelcome, pattern: passiveV + " … door … waardering uitgesproken voor", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … zorgen|zorg|kritiek|bezorgdheid|twijfels|twijfel|bedenkingen geuit|uitgesproken over|bij", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … vraagtekens|kanttekeningen|kritische kanttekeningen geplaatst bij", obj: objAfter, gap: 8, flags: passive},
	{stance: stConcern, pattern: passiveV + " … door … vraagtekens|kanttekeningen bij … geplaatst", obj: objGap, gap: 10, flags: passive | lastGap | closedGap},
	{stance: stOppose, pattern: passiveV + " … door … bezwaar|bezwaren gemaakt|aangetekend tegen", obj: objAfter, gap: 8, flags: passive},
	{stance: stSupport, pattern: hasV + " … steun|bijval van … gekregen|ontvangen", obj: objBefore, gap: 8, flags: actorAfter | closedGap},
	// the chair's finding of agreement in a dat-clause ("Het
	// voorzitterschap concludeerde dat er overeenstemming was over X"), as
	// its finding of support ("concludeerde … steun") is the delegations'
	{stance: stSupport, pattern: "concludeert|concluderen|concludeerde|concludeerden|constateert|constateren|constateerde|constateerden … overeenstemming|consensus", obj: objAfter, gap: 5, flags: delegations},
	{stance: stSupport, pattern: "stelt|stellen|stelde|stelden vast dat … overeenstemming|consensus", obj: objAfter, gap: 4, flags: delegations},
	// support found to exist, with or without "er" ("Tijdens de Raad
	// bleek brede steun te bestaan voor X", "Hierover bleek in de Raad
	// consensus te bestaan")
	{stance: stSupport, pattern: "bleek|bleken|blijkt|blijken … steun|overeenstemming|consensus te bestaan", obj: objAfter, gap: 5, flags: delegations | impersonal},
	// what could count on broad support ("Het voorstel kon rekenen op
	// brede steun"): the delegations' support, its subject before; with
	// the supporters named ("op steun van X") the passive rows read X
	{stance: stSupport, pattern: "kan|kon|kunnen|konden … rekenen op … steun", obj: objBefore, gap: 4, flags: delegations | impersonal},
	// an agentless passive in a "waarbij"-clause after a main clause: the
	// main clause's subject acts in it ("Verschillende lidstaten
	// presenteerden voorstellen, waarbij het belang van X werd benadrukt");
	// an agent in the clause is the passive rows' (agentInClause)
	{stance: stSupport, pattern: "waarbij het belang van … werd|werden|wordt|worden benadrukt|onderstreept", obj: objGap, gap: 10, flags: closedGap},
	{stance: stSupport, pattern: "waarbij … werd|werden|wordt|worden gepleit voor", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: "waarbij … werd|wordt opgeroepen tot", obj: objAfter, gap: 3},
	{stance: stSupport, pattern: "waarbij … steun werd|wordt uitgesproken voor|aan", obj: objAfter, gap: 3},
	{stance: stConcern, pattern: "waarbij … zorgen|kritiek|bezorgdheid werd|werden|wordt|worden geuit|uitgesproken over|bij", obj: objAfter, gap: 3},
	// the present of "kon … rekenen op … steun van X" (stances.go)
	{stance: stSupport, pattern: "kan|kunnen … rekenen op … steun|bijval van", obj: objBefore, gap: 3, flags: actorAfter | strictGap},
}

// breadthWords make support a count of the delegations: "brede steun".
var breadthWords = map[string]bool{"brede": true, "ruime": true, "grote": true, "algemene": true, "unanieme": true,
	"veel": true, "breed": true, "voldoende": true, "zeer": true}

// notCountedSupport reports whether a cue of support counted on ("kon
// rekenen op … steun") is no count of the delegations: no breadth word in
// its gap, or an actor before it that receives the support ("Nederland kon
// rekenen op steun").
func (sc *sentenceCtx) notCountedSupport(h cueHit, cands []posActor) bool {
	if sc.toks[h.first()].lower == "waarbij" && h.def.flags&passive == 0 {
		return sc.agentInClause(h, cands)
	}
	if len(h.fixed) < 4 || sc.toks[h.fixed[1]].lower != "rekenen" || h.def.flags&delegations == 0 {
		return false
	}
	if l := h.last(); l+1 < len(sc.toks) && sc.toks[l+1].lower == "van" {
		return true // "op brede steun van Frankrijk": the supporters named
	}
	broad := false
	for _, k := range h.gapTokens() {
		broad = broad || breadthWords[sc.toks[k].lower]
	}
	for _, c := range cands {
		if c.t1 <= h.first() && c.prep == "" && !sc.thatBetween(c.t1, h.first()) {
			return true
		}
	}
	return !broad
}

// namesToEnd returns, for a group closed by an apposition that runs to the
// end of its sentence ("kreeg de steun van veel lidstaten, waaronder
// Polen."), the number of tokens from the "waaronder" at k to the
// sentence's end, as includedNames (stances.go) does for an aside a comma
// closes; 0 when a word other than a capitalised name or "en" follows.
func namesToEnd(rs []rune, toks []token, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k].lower != "waaronder" && toks[k].lower != "inclusief" ||
		!strings.Contains(string(rs[toks[k-1].end:toks[k].start]), ",") {
		return 0
	}
	for j := k + 1; j < len(toks); j++ {
		if j-k > 9 || !startsUpper(toks[j].text) && toks[j].lower != "en" {
			return 0
		}
		if j > k+1 && strings.ContainsAny(string(rs[toks[j-1].end:toks[j].start]), ";:()") {
			return 0
		}
	}
	return len(toks) - k
}

// agentOf is the actor of a passive whose agent is candidate a: a pronoun
// ("werden door [hen] kanttekeningen … geplaatst") is the actor named
// before it in the sentence, else the paragraph's previous one; an agent
// that "en" joins to another inside the cue ("werd door [de Commissie en
// het voorzitterschap] gesteund") holds it with that one, as two actors
// joined before an active verb do (actorOf).
func (sc *sentenceCtx) agentOf(a posActor, cands []posActor, limit int, prev *posActor) (posActor, bool) {
	if a.pronoun {
		for _, c := range cands {
			if c.t0 < a.t0 && !c.pronoun && c.prep == "" {
				r := c
				r.t0, r.t1, r.prep = a.t0, a.t1, a.prep
				return r, true
			}
		}
		if prev != nil {
			r := *prev
			r.t0, r.t1, r.prep = a.t0, a.t1, a.prep
			return r, true
		}
		return posActor{}, false
	}
	a = sc.joinedNext(a, cands, limit)
	sc.coActors(&a, cueHit{fixed: []int{a.t0, limit}}, cands) // "door Duitsland, samen met Frankrijk,"
	return a, true
}

// joinedNext widens actor a to the actor "en" joins right after it, both
// ending by token limit: "[de Commissie en het voorzitterschap]".
func (sc *sentenceCtx) joinedNext(a posActor, cands []posActor, limit int) posActor {
	j := a.t1
	if j < 1 || j+1 >= limit || sc.toks[j].lower != "en" || strings.ContainsAny(string(sc.rs[sc.toks[j-1].end:sc.toks[j+1].start]), ",;:()") {
		return a
	}
	for _, c := range cands {
		if c.t0 == j+1 && c.prep == "" && c.t1 <= limit && !c.pronoun && !c.implicit {
			return sc.joinedActors(a, a, c)
		}
	}
	return a
}

// pointerAdverbs are the pronominal adverbs that, fronted, stand for the
// object of a collective outcome: "Hierover bleek in de Raad consensus te
// bestaan", "Hiervoor is brede steun".
var pointerAdverbs = map[string]bool{"hierover": true, "daarover": true, "hiervoor": true, "daarvoor": true}

// frontedPointer reports whether a cue of the delegations' support (or its
// negation) opens after a fronted pronominal adverb that is its object,
// the sentence before: no object of its own ("voor X", "over X") follows.
func (sc *sentenceCtx) frontedPointer(h cueHit) bool {
	if h.def.flags&delegations == 0 || h.first() == 0 || !pointerAdverbs[sc.toks[0].lower] {
		return false
	}
	n := sc.delegationsPrep(h)
	return n >= len(sc.toks) || sc.toks[n].lower != "voor" && sc.toks[n].lower != "over"
}

// thatBetween reports whether a "dat" opens a clause between tokens a and
// b: an actor before it is the main clause's ("Het voorzitterschap stelde
// vast [dat] het voorstel kon rekenen op brede steun").
func (sc *sentenceCtx) thatBetween(a, b int) bool {
	for k := a; k < b && k < len(sc.toks); k++ {
		if sc.toks[k].lower == "dat" {
			return true
		}
	}
	return false
}

// bothActors widens actor a to the second actor of "zowel A als B" ("Zowel
// Frankrijk als de Commissie steunden het plan"): both hold the position,
// as two actors joined by "en" do.
func (sc *sentenceCtx) bothActors(a *posActor, cands []posActor) {
	if a.t0 < 1 || a.t1 >= len(sc.toks) || sc.toks[a.t0-1].lower != "zowel" || sc.toks[a.t1].lower != "als" {
		return
	}
	for _, c := range cands {
		if c.t0 == a.t1+1 && c.prep == "als" && !c.pronoun && !c.implicit {
			refs := uniqueRefs(append(slices.Clone(a.refs), c.refs...))
			*a = posActor{t0: a.t0 - 1, t1: c.t1, refs: refs, words: sc.text(a.t0-1, c.t1-1), prep: a.prep}
			return
		}
	}
}

// agentInClause reports whether an agentless "waarbij"-row has no main
// clause to take its actor from, or an agent of its own ("waarbij door
// Frankrijk het belang van X werd benadrukt"), which the passive rows
// read: the main clause's subject is a candidate before the comma that
// no preposition introduces.
func (sc *sentenceCtx) agentInClause(h cueHit, cands []posActor) bool {
	for k := h.first() + 1; k < h.last(); k++ {
		if sc.toks[k].lower == "door" {
			return true
		}
	}
	if h.first() == 0 || !strings.Contains(string(sc.rs[sc.toks[h.first()-1].end:sc.toks[h.first()].start]), ",") {
		return true
	}
	for _, c := range cands {
		if c.t1 <= h.first() && c.prep == "" && !c.pronoun {
			return false
		}
	}
	return true
}
