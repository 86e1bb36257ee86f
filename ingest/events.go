package ingest

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"jhagraph/graph"
)

// Dated events: what the letter says happened, or will happen, on a day — a
// decision taken, the day from which checks end, an expiry date. There is
// no Event kind: an event is a string "<ISO date> <class>" in the list
// property "events" of the relation from the Document to what the event
// concerns. Decision: events always go on Document -MENTIONS-> target, the
// relation that says the letter talks about the target; when the letter
// only CITES the target by number, or reads it from context, a MENTIONS is
// created for it, with only "events" and the event's sentence as evidence.
// Events never go on CITES: one relation type to look in, whatever the way
// the letter names the target.
//
// A date is "30 december 2023", "30 december jl." (the last 30 December
// before the letter), "20 december a.s." (the next one) or "24 januari":
// the last one before the letter when its clause is in a past tense ("heeft
// ... bereikt", "trad ... in werking"), the next one when in a future or
// present of what is to come ("zal", "treedt ... in werking", "vanaf"),
// else the one nearest to the letter's date (clauseTense). Dates of meetings ("JBZ-Raad van 4 en
// 5 december") and ranges are no events — except the one day of a meeting
// at which the Council reached a political agreement, general approach or
// mandate ("het politieke akkoord ... in de JBZ-Raad van 7 december 2018")
// — nor are a label line's date
// ("Vastgesteld 5 maart 2026"), the date of a letter or of a document listed
// with its Kamerstuk ("het EU-voorstel d.d. 4 maart 2013 ... (Kamerstuk
// ...)", the day it was sent) and the date in a directive's or regulation's
// title. A date is an event when its clause classifies it — a cue elsewhere
// in the sentence ("besprak op 4 maart het voorstel, dat eerder was
// aangenomen") does not — first by the words right around it:
//
//	decision        "(Raads)besluit van <date>"
//	expiry          "verlengd / blijft van toepassing tot (en met) <date>"; "<date>, de (huidige) einddatum"
//	checks-end      "vanaf / sinds / per / met ingang van <date>" with "controles"; "tot en met <date>" with checks held
//	checks-start    the same with checks held or brought back ("vindt plaats", "ingevoerd"), not lifted
//	entry-into-application  the same with "van toepassing"
//	accession       the same with "toetreding", "lidmaatschap"
//	proposal        "voorstel (van de Commissie) van <date>"; "het op <date> verschenen pakket van voorstellen"
//	publication     "de op <date> gepubliceerde mededeling"
//
// then by its words, in this order:
//
//	expiry          "einddatum", "verloopt", "vervalt", "loopt af", "de geldigheid ... eindigt"
//	political-agreement     "politiek akkoord", "voorlopig akkoord", "politieke overeenstemming"; an
//	                agreement of the Council and the Parliament ("akkoord bereikt met het Europees
//	                Parlement", "de medewetgevers werden het eens")
//	mandate         "mandaat vastgesteld", "stelde het mandaat vast", "onderhandelingspositie vastgesteld",
//	                "verleende ... een mandaat", "stemde in met het mandaat"
//	general-approach        "algemene oriëntatie" reached ("bereikte een algemene oriëntatie", "stelde /
//	                legde ... algemene oriëntatie vast", "eens geworden over een algemene oriëntatie")
//	proposal        "voorgesteld", "stelde ... voor", "presenteerde ... voorstel / concept", "voorstel gedaan",
//	                "kwam met een voorstel", "verscheen ... voorstel", "voorstel ... dateert van"
//	decision        "besloten", "besloot", "goedkeurde", "goedgekeurd", "keurde ... goed", "besluit ...
//	                genomen", "groen licht", "bevestigde de deelname"
//	entry-into-force        "in werking getreden", "treedt / trad ... in werking", "inwerkingtreding", "is /
//	                wordt van kracht"
//	agreement       "instemde", "ingestemd", "instemmen", "stemde ... in", "akkoord bereikt", "afspraken gemaakt",
//	                "ging akkoord", "bevestigde / bekrachtigde het akkoord", "werd het eens"
//	adoption        "aangenomen", "vastgesteld", "aanneming van", a separable verb whose particle closes
//	                the clause ("nam ... aan", "stelde ... vast")
//	accession       "toegetreden", "trad ... toe tot"
//	launch          "gelanceerd", "lancering", "van start"
//	publication     "gepubliceerd", "publiceerde", "bekendgemaakt", "Publicatieblad", "presenteerde"; before
//	                proposal where the first thing published is no proposal ("heeft de Mededeling ... gepubliceerd",
//	                "heeft op 7 maart een Aanbeveling uitgebracht")
//	entry-into-application  "wordt ... van toepassing"
//
// A step a body takes (all but entry into force or application, expiry,
// checks and accession) that the clause only wishes, hopes or aims for or
// sets a condition on ("hoopt ... te bereiken", "indien", "kan ... worden
// aangenomen") is no event; one the letter expects on a day is ("zal naar
// verwachting instemmen").
//
// A date its sentence leaves unclassified takes the cue of the next
// sentence when that one has no date, is set at no other time ("inmiddels",
// "zal") and takes up a noun of it ("Coreper besprak op 8 mei de
// Raadspositie. Nederland heeft met de Raadspositie ingestemd."); an agreement under a heading of a provisional agreement is
// a political agreement.
//
// What it concerns: the legal acts its sentence names (only those of the
// date's clause when that clause names one: "De Raad besprak X; Y is op 3
// maart aangenomen"; not the act a published report is about: "het
// verslag over de toepassing van X") and the countries
// and EU bodies its clause names (with the noun phrase a relative clause is
// about: "de toetreding van Kroatië, die de Raad ... goedkeurde") — the Netherlands only where the sentence names it as a party
// ("Nederland en België hebben ... afspraken gemaakt", not "De Nederlandse
// inzet"), meetings not at all (a meeting is where an event happens). For
// events about acts (all classes but checks-end, accession and launch), a
// sentence that names no act and nothing else that is published or decided
// ("strategie", "actieplan", "routekaart", "verslag") takes the acts of the
// sentence before it in the paragraph when it refers back to them
// ("hierover", "het voorstel"; "Op 9 december 2023 is hierover een
// politiek akkoord bereikt" after a sentence on the AI-verordening); for
// what happens to an act or is agreed on it (expiry, political agreement,
// general approach, adoption, entry into force or application, agreement),
// else the one act named in the agenda item or under the heading it stands
// under. What happens to an act (the same, without agreement, plus
// publication) concerns only the act when there is one; a proposal concerns
// the act and who proposes it ("de Commissie"), not the countries it lists;
// decisions and agreements also concern the countries and bodies that take
// or make them ("de Raad", "Coreper", "Nederland en België"). A body named
// inside what is proposed or published ("een aanbeveling van de Raad") is
// not concerned, nor are the institutions a Commission document is
// addressed to ("aan het Europees Parlement, de Raad, ..."), nor is an act the new one replaces ("die de huidige
// Terugkeerrichtlijn vervangt"). A sentence that names nothing but refers
// back ("Het besluit treedt ... in werking") concerns what the event of the
// sentence before concerned, less the institution that decided; one that
// names only a Commissioner by name concerns the Commission, and so does a
// proposal that names nothing with a node but "het Commissievoorstel". A BNC-fiche's
// label "Datum ontvangst Commissiedocument" dates the Commission's proposal
// (fiche_receipt.go); what happens to "Herziening X" where the data know no
// revision of X is no event of X; a presidency that reaches an approach or
// agreement on an act is no party to it.

var (
	eventDateRe   = startsWith(`(?i)\b([0-9]{1,2})\s+(` + meetingMonth + `)\b(?:\s+([0-9]{4})\b|\s+(jl\.|j\.l\.|jongstleden|a\.s\.|aanstaande))?`)
	rangeBeforeRe = regexp.MustCompile(`[0-9]\s*(?:-|–|—|en|tot\s+en\s+met|t/m)\s*$`)
	rangeAfterRe  = regexp.MustCompile(`^\s*(?:-|–|—|en|tot\s+en\s+met|t/m)\s*[0-9]`)

	decisionBeforeRe = guard(`(?i)(?:besluit|beschikking|decision)\s+(?:van|d\.d\.|of)\s+$`)
	untilBeforeRe    = guard(`(?i)\b(?:tot\s+en\s+met|t/m|tot|until)\s+$`)
	fromBeforeRe     = guard(`(?i)\b(?:vanaf|sinds|per|met\s+ingang\s+van|from|since)\s+$`)
	endDateAfterRe   = regexp.MustCompile(`(?i)^\s*,?\s*(?:de|het)\s+(?:huidige\s+|geplande\s+)?(?:einddatum|vervaldatum)`)
	proposalBeforeRe = guard(`(?i)\bvoorstel\s+(?:van\s+de\s+(?:Europese\s+)?Commissie\s+)?(?:van|d\.d\.)\s+$`)
)

// publishedDocs are the documents other than proposals that the Commission
// publishes: a sentence whose first object is one ("heeft de Commissie de
// Mededeling ..., het Uitvoeringsbesluit ... en een voorstel ...
// gepubliceerd") is a publication, though a proposal comes with it.
const publishedDocs = `(?:mededeling|verslag|jaarverslag|rapport|aanbeveling|strategie|actieplan|routekaart|uitvoeringsbesluit|richtsnoeren|evaluatie)`

// eventCues classify a date by its sentence, in order of precedence.
// Each is guarded (see guardedRe): most sentences name none of their words.
var eventCues = []struct {
	class string
	re    guardedRe
}{
	{"expiry", guard(`(?i)\b(?:einddatum|verloopt|vervalt|loopt\s+(?:\S+\s+){0,4}?af|afloopt|expires?)\b|\b(?:geldigheid|looptijd|termijn)\b.*\beindigt\b`)},
	// a transposition deadline: "Uiterste implementatiedatum: 17 juli
	// 2021", "uiterlijk op 17 juli 2021 omgezet", "Vóór 15 augustus 2010
	// dienen de lidstaten het kaderbesluit ... te hebben omgezet"
	{"expiry", guard(`(?i)\b(?:implementatie|omzettings|transpositie)(?:datum|termijn)\b|` +
		`\b(?:uiterlijk|v[oó]{2}r)\s+(?:op\s+)?(?:\p{L}+dag\s+)?[0-9]{1,2}\s+\p{L}+(?:\s+[0-9]{4}|\s+a\.s\.|\s+aanstaande)?(?:\s|[,.;]|$).*\b(?:omgezet|om\s+te\s+zetten|ge[iï]mplementeerd|te\s+implementeren)\b|` +
		`\b(?:omgezet|om\s+te\s+zetten|ge[iï]mplementeerd|te\s+implementeren)\b.*\b(?:uiterlijk|v[oó]{2}r)\s+(?:op\s+)?(?:\p{L}+dag\s+)?[0-9]{1,2}\s+\p{L}+(?:\s+[0-9]{4})?\b`)},
	{"political-agreement", guard(`(?i)\b(?:politieke?|voorlopige?)\s+akkoord|\bpolitieke\s+overeenstemming|\bpolitical\s+agreement|\btriloog\p{L}*\b.*\bakkoord|\bakkoord\b.*\btriloog|\bprovisional\s+agreement|` +
		// Council and Parliament agree: a trilogue agreement ("een akkoord
		// bereikt met het Europees Parlement", "de medewetgevers bereikten")
		`\b(?:akkoord|overeenstemming)\s+(?:\S+\s+){0,3}?(?:bereikt|gesloten)\s+met\s+het\s+(?:Europees\s+)?Parlement\b|` +
		`\b(?:Raad|voorzitterschap)\s+en\s+het\s+(?:Europees\s+)?Parlement\b.*(?:\b(?:bereikten|sloten)\b.*\b(?:akkoord|overeenstemming)\b|\b(?:akkoord|overeenstemming)\s+(?:\S+\s+){0,3}?(?:bereikt|gesloten)\b)|` +
		`\bmedewetgevers\b.*(?:\b(?:bereikten|bereikt|sloten|gesloten)\b.*\b(?:akkoord|overeenstemming)\b|\b(?:akkoord|overeenstemming)\s+(?:\S+\s+){0,3}?(?:bereikt|gesloten)\b|\bwerden\s+het\b.*\beens\b|\beens\s+geworden\b)`)},
	{"mandate", guard(`(?i)\b(?:onderhandelings)?mandaat\b.*\b(?:vastgesteld|verleend|aangenomen|bereikt|goedgekeurd|ingestemd)\b|\b(?:vastgesteld|verleend|aangenomen|bereikt|goedgekeurd|ingestemd)\b.*\b(?:onderhandelings)?mandaat\b|\bnegotiating\s+mandate\b|` +
		`\b(?:onderhandelingspositie|raadspositie|raadsstandpunt)\b.*\b(?:vastgesteld|bepaald|aangenomen|goedgekeurd)\b|\b(?:stelde|stelden|legde|legden)\b.*\b(?:(?:onderhandelings)?mandaat|onderhandelingspositie|raadspositie|raadsstandpunt)\b.*\bvast\b|` +
		`\b(?:verleende|verleenden)\b.*\b(?:onderhandelings)?mandaat\b|` +
		`\b(?:gaf|gaven)\s+(?:(?:de|het)\s+)?(?:Raad|Coreper|lidstaten|ministers)?\s*(?:(?:aan\s+)?(?:het|de)\s+(?:voorzitterschap|Commissie)\s+)?(?:een|het)\s+(?:onderhandelings)?mandaat\b|\bstemden?\b.*\bin\s+met\s+(?:het|een)\s+(?:onderhandelings)?mandaat\b`)},
	{"general-approach", guard(`(?i)\balgemene\s+ori[eë]ntatie\b.*\b(?:bereikt|vastgesteld|overeenstemming|aangenomen)|\b(?:bereikte|bereikten|bereikt)\b.*\balgemene\s+ori[eë]ntatie\b|\bgeneral\s+approach|` +
		`\balgemene\s+ori[eë]ntatie\b.*\b(?:bereiken|vaststellen|aannemen)\b|\b(?:bereiken|vaststellen)\b.*\balgemene\s+ori[eë]ntatie\b|` +
		`\b(?:stelde|stelden|legde|legden)\b.*\balgemene\s+ori[eë]ntatie\b.*\bvast\b|\beens\s+(?:geworden|werd|werden)\b.*\balgemene\s+ori[eë]ntatie\b`)},
	{"publication", guard(`(?i)\b(?:heeft|hebben|publiceerde|presenteerde)\s+(?:de\s+(?:Europese\s+)?Commissie\s+(?:\([^)]{0,30}\)\s+)?)?(?:op\s+[0-9]{1,2}\s+\p{L}+(?:\s+[0-9]{4})?\s+)?(?:de|het|een|haar)\s+` + publishedDocs + `[0-9]*\b.*\b(?:gepubliceerd|gepresenteerd|uitgebracht|bekendgemaakt)\b|` +
		`\b(?:publiceerde|presenteerde|bracht)n?\s+(?:de\s+(?:Europese\s+)?Commissie\s+(?:\([^)]{0,30}\)\s+)?)?(?:op\s+(?:\p{L}+dag\s+)?[0-9]{1,2}\s+\p{L}+(?:\s+[0-9]{4}|\s+j\.?l\.)?\s+)?(?:de|het|een|haar|zijn)\s+(?:[\p{L}-]+e\s+)?\p{L}*` + publishedDocs + `[0-9]*\b`)},
	{"proposal", guard(`(?i)\b(?:voorgesteld|proposed)\b|\bvoorstel\b.*\bgedaan\b|\bstelde\b.*\bvoor\b|\b(?:presenteerde|publiceerde|deed|diende)\b.*\b(?:voorstel|concept|ontwerp)|\bvoorstel\b.*\b(?:gepresenteerd|gepubliceerd|ingediend|uitgebracht|presenteerde|presenteerden|publiceerde|indiende|uitbracht)\b|\bbracht\b.*\bvoorstel\b.*\buit\b|` +
		`\b(?:kwam|kwamen)\b.*\bmet\s+(?:een|haar|zijn|het)\s+(?:\p{L}+\s+)?voorstel|\b(?:verscheen|verschenen)\b.*\bvoorstel|\b\p{L}*voorstel\b.*\b(?:verscheen|verschenen|dateert\s+van)\b`)},
	{"decision", guard(`(?i)\b(?:besloten|besloot|besluit\s+genomen|goedkeurde|goedgekeurd|decided)\b|\bbesluit\b[^,;:]{0,80}\bgenomen\b|\bkeurden?\b[^,;:]*\bgoed\s*(?:[.,;:]|$)|\bgroen\s+licht\b|\bbevestigd[e]?\b.*\b(?:deelname|toetreding|lidmaatschap)\b`)},
	{"entry-into-force", guard(`(?i)\bin\s+werking\s+(?:(?:is|zijn|was|waren|zal|zullen|zou|zouden)\s+)?(?:getreden|treden|treedt|trad|traden)|\b(?:treedt|trad|traden)\b.*\bin\s+werking|\binwerkingtreding\b|\b(?:wordt|worden|werd|werden|is|zijn|geworden)\b[^,;:]*\bvan\s+kracht\b|\bvan\s+kracht\s+(?:geworden|worden|wordt)\b|\bentered\s+into\s+force`)},
	{"agreement", guard(`(?i)\b(?:instemde|ingestemd|instemmen|stemde\b.*\bin\b|akkoord\s+(?:bereikt|gegaan)|afspraken\s+gemaakt|overeenstemming\s+bereikt|agreed)\b|` +
		`\b(?:ging|gingen|gaat|gaan)\b[^,;:]*\bakkoord\b|\b(?:bevestigden?|bekrachtig(?:d|de|den))\b[^,;:]*\b(?:akkoord|compromis)\b|` +
		`\b(?:akkoord|compromis)\b[^,;:]*\bbekrachtig(?:d|de|den)\b|\b(?:werd|werden)\s+het\b[^,;:]*\beens\b|\beens\s+geworden\b`)},
	{"adoption", guard(`(?i)\b(?:aangenomen|vastgesteld|adopted|aannam|aannamen|vaststelde|vaststelden)\b|\baanneming\s+van\b|` +
		// a separable verb's particle closes the clause: "De Raad nam de
		// richtlijn op 3 maart aan", "stelde de verordening ... vast"
		`\b(?:nam|namen|stelde|stelden|legde|legden)\b[^,;:]*\b(?:aan|vast)\s*(?:[.,;:]|$)`)},
	{"accession", guard(`(?i)\btoegetreden\b|\b(?:trad|traden|treedt|treden)\b[^,;:]*\btoe\s+tot\b`)},
	{"launch", guard(`(?i)\b(?:gelanceerd|lancering|van\s+start|launched)\b`)},
	{"publication", guard(`(?i)\b(?:gepubliceerd|publiceerde|publiceert|bekendgemaakt|bekendmaking|publicatieblad|presenteerde|published)\b`)},
	{"entry-into-application", guard(`(?i)\b(?:wordt|worden|werd|werden)\b.*\bvan\s+toepassing\b|\bvan\s+toepassing\s+(?:geworden|worden|wordt)\b`)},
}

var (
	checksRe = needing(`(?i)controles|grenstoezicht`)
	// checksStartRe says that checks are held or brought back, not lifted:
	// "Het binnengrenstoezicht vindt plaats vanaf ...", "heeft
	// binnengrenscontroles ingevoerd met ingang van ..."
	checksStartRe = needing(`(?i)\bvind(?:t|en)\s+plaats\b|\b(?:her)?ingevoerd\b|\b(?:her)?invoer(?:en|ing)\b|\bvoert\b.*\bin\b|\bvoer(?:t|en)\b.*\buit\b|\buit(?:gevoerd|voeren|voering)\b`)
	// checksStopRe says that checks end: "geen controles meer", "opgeheven"
	checksStopRe = needing(`(?i)\bgeen\b|\bniet\s+meer\b|\bopgeheven\b|\bafgeschaft\b|\bbe[eë]indigd\b|\bvervallen\b|\bvervalt\b`)
	// internalChecksRe is the checks at a state's own internal borders
	internalChecksRe = needing(`(?i)binnengrens(?:controles|toezicht)`)
	accessionRe      = needing(`(?i)toetreding|lidmaatschap|treedt\b.*\btoe\b|accession`)
	applicationRe    = needing(`(?i)van\s+toepassing|toegepast|\bgeld(?:t|en)\b|applies|apply`)
	extendRe         = needing(`(?i)verleng|geldig|loopt|duurt|blijft|van\s+toepassing|extended|remains`)
)

// actEvents are the classes about acts: a sentence naming no act looks for
// one before it.
var actEvents = map[string]bool{"mandate": true, "decision": true, "expiry": true, "political-agreement": true, "general-approach": true,
	"entry-into-force": true, "entry-into-application": true, "agreement": true, "adoption": true, "publication": true,
	"proposal": true}

// contextEvents are the classes for which a sentence that names no act,
// after one that names none either, takes the one act of its agenda item or
// heading: what happens to an act or is agreed on it.
var contextEvents = map[string]bool{"mandate": true, "expiry": true, "political-agreement": true, "general-approach": true,
	"entry-into-force": true, "entry-into-application": true, "adoption": true, "agreement": true}

// nonActObjectRe names things other than acts that are published, proposed
// or decided: a sentence about one takes no act from its context.
var nonActObjectRe = guard(`(?i)\b(?:strategie|\p{L}*plan|routekaart|mededeling|verslag|rapport|non-paper|brief)\b`)

// headingCue is the event cue of the heading paragraph para stands under,
// or "".
func (x *extraction) headingCue(para int) string {
	lo, _ := x.headingSection(para)
	if h := x.doc.Paragraphs[lo]; h.Kind == ParaHeading && lo != para {
		return sentenceCue(h.Text)
	}
	return ""
}

// anaphoricRe opens a sentence that refers back to what the sentence
// before it was about: "Het Commissiebesluit zal ...", "Dit besluit",
// "Deze verordening", "Het akkoord".
var anaphoricRe = regexp.MustCompile(`^(?:Het|De|Dit|Deze|Dat|Die)\s+(?:\p{L}+)?(?:besluit|akkoord|verordening|richtlijn|voorstel|overeenkomst|besluiten|beschikking)\b`)

// commissionerRe is a Commissioner named by name: "Commissaris Brunner",
// "Eurocommissaris Johansson".
var commissionerRe = regexp.MustCompile(`\b(?:[Ee]uro)?[Cc]ommissaris\s+(?:voor\s+\p{L}+\s+)?\p{Lu}\p{L}+`)

// commissionWordRe is the Commission named inside a compound:
// "Commissievoorstel", "Commissiemededeling".
var commissionWordRe = regexp.MustCompile(`\bCommissie(?:voorstel|voorstellen)\b`)

// institutions are the EU institutions that propose, decide and publish.
var institutions = map[string]bool{"european-commission": true, "council-of-the-eu": true, "ep": true,
	"coreper": true, "european-council": true}

// revisionBeforeRe ends the words before a name of the act a revision
// revises: "Herziening terugkeerrichtlijn", "de herziening van de X".
var revisionBeforeRe = needing(`(?i)\bherziening\s+(?:van\s+(?:de\s+|het\s+)?)?$`)

// actOnlyEvents are things that happen to an act: when they concern one,
// they do not also concern the countries and bodies the sentence names.
var actOnlyEvents = map[string]bool{"mandate": true, "expiry": true, "political-agreement": true, "general-approach": true,
	"entry-into-force": true, "entry-into-application": true, "adoption": true, "publication": true}

// datedEvent is a classified date in a sentence.
type datedEvent struct {
	date   string
	class  string
	clause Span // the clause of the date, in the text's runes; zero when unknown
	// byCouncil: the JHA Council adopted something at the meeting the date
	// is of ("de goedkeuring van de verklaring van de JBZ-Raad op 6
	// december 2018"); the event concerns that Council configuration
	byCouncil bool
}

// jhaCouncilBefore is the JHA Council as the date-before patterns name it
// ("goedkeuring … door de JBZ-Raad op", "in de JBZ-Raad van").
const jhaCouncilBefore = `(?:JBZ-Raad|JBZ-raad|Raad\s+Justitie\s+en\s+Binnenlandse\s+Zaken)`

// councilApprovalBeforeRe ends the words before the date of a JHA Council
// meeting at which the Council approved or adopted what the sentence
// names: "de goedkeuring van de verklaring van de JBZ-Raad op".
var councilApprovalBeforeRe = needing(`(?i)\b(?:goedkeuring|aanneming|vaststelling)\s+van\s+(?:de|het|een)\s+[^.;:]{0,80}?\b(?:van|door)\s+de\s+` + jhaCouncilBefore + `\s+(?:op|van)\s+$`)

// groupOr returns submatch g of m in s, or "" when it did not take part.
func groupOr(s string, m []int, g int) string {
	if m[g] < 0 {
		return ""
	}
	return s[m[g]:m[g+1]]
}

// events adds the dated events of the letter; ms are its mentions, as
// x.agenda returns them.
func (x *extraction) events(ms []mention, letter time.Time, haveLetter bool) {
	lay := x.agendaLayout()
	bySentence := map[Span][]mention{}
	for _, m := range ms {
		s := x.doc.sentenceAt(m.para, m.span.Start)
		bySentence[s] = append(bySentence[s], m)
	}
	found := map[graph.Ref]map[string]bool{}
	firstOcc := map[graph.Ref]occurrence{}
	for i, p := range x.doc.Paragraphs {
		if !x.scanned(i) {
			continue
		}
		meetings := x.meetingsIn(i)
		var prevTargets []graph.Ref // what the event of the sentence before concerned
		for si, s := range p.Sentences {
			dates := x.sentenceDates(s, meetings, letter, haveLetter)
			evs := classifiedEvents(dates)
			named := bySentence[s]
			if len(evs) == 0 {
				evs = x.followedEvents(i, si, dates)
				if len(evs) > 0 {
					// "Op 3 maart vond de JBZ-Raad plaats. Daar bereikten de
					// ministers een algemene oriëntatie over X.": the act the
					// next sentence names
					for _, m := range bySentence[p.Sentences[si+1]] {
						if m.to.Kind == graph.KindLegalAct {
							named = append(named[:len(named):len(named)], m)
						}
					}
				}
			}
			if len(evs) == 0 {
				prevTargets = nil
				continue
			}
			var targets []graph.Ref
			for _, ev := range evs {
				if ev.class == "agreement" && x.headingCue(i) == "political-agreement" {
					ev.class = "political-agreement" // "een akkoord bereikt" under "Voorlopig akkoord ..."
				}
				tos := x.usageTargets(ev, x.eventTargets(ev, i, si, named, bySentence, lay), named)
				if ev.byCouncil {
					if e, ok := orgEntity("jha-council"); ok {
						tos = []graph.Ref{x.addEntity(e)} // the Council configuration, not what it adopted
					}
				}
				if len(tos) == 0 && len(bySentence[s]) == 0 && anaphoricRe.MatchString(x.sentenceText(i, si)) {
					// "Op 29 februari bevestigde de Commissie de deelname
					// van Polen. Het besluit treedt op 20 maart in werking.":
					// what the event before concerned
					for _, to := range prevTargets {
						if !actOnlyEvents[ev.class] || !institutions[to.Key] || to.Kind != graph.KindOrganisation {
							tos = append(tos, to) // the institution that decided is no party to what happens to it
						}
					}
				}
				if len(tos) == 0 && ev.class == "proposal" && ev.clause.End > 0 && commissionWordRe.MatchString(x.str(ev.clause.Start, ev.clause.End)) {
					// "Het Commissievoorstel tot wijziging van X dateert van
					// 3 maart": a proposal of no act with a node is the
					// Commission's event
					if e, ok := orgEntity("european-commission"); ok {
						tos = []graph.Ref{x.addEntity(e)}
					}
				}
				if len(tos) == 0 && commissionerRe.MatchString(x.sentenceText(i, si)) {
					// "gaf Commissaris Brunner een toelichting op de
					// strategie, die op 4 december werd gepubliceerd": a
					// named Commissioner stands for the Commission
					if e, ok := orgEntity("european-commission"); ok {
						tos = []graph.Ref{x.addEntity(e)}
					}
				}
				if len(tos) == 0 && (ev.class == "checks-start" || ev.class == "checks-end") {
					tos = x.ownChecks(i, si, bySentence)
				}
				targets = append(targets, tos...)
				for _, to := range tos {
					if found[to] == nil {
						found[to] = map[string]bool{}
						firstOcc[to] = occurrence{para: i, span: s}
					}
					found[to][ev.date+" "+ev.class] = true
				}
			}
			prevTargets = targets
		}
	}
	x.ficheReceiptEvents(found, firstOcc, letter, haveLetter)
	for to, set := range found {
		list := make([]string, 0, len(set))
		for e := range set {
			list = append(list, e)
		}
		sort.Strings(list)
		acc := x.eventRelation(to, firstOcc[to])
		acc.setSticky("events", list)
	}
}

// ownChecks is the country of internal border checks that sentence si of
// paragraph para dates without naming a country ("Het
// binnengrenstoezicht vindt plaats vanaf 9 december 2024"): in a letter of
// the Dutch government, the Netherlands', unless that sentence or the one
// before it names another country.
func (x *extraction) ownChecks(para, si int, bySentence map[Span][]mention) []graph.Ref {
	if !internalChecksRe.MatchString(x.sentenceText(para, si)) {
		return nil
	}
	for k := si; k >= 0 && k >= si-1; k-- {
		for _, m := range bySentence[x.doc.Paragraphs[para].Sentences[k]] {
			if m.to.Kind == graph.KindCountry && m.to.Key != "NL" {
				return nil
			}
		}
	}
	e, ok := countryEntity("NL")
	if !ok {
		return nil
	}
	return []graph.Ref{x.addEntity(e)}
}

// eventRelation is the relation that carries the events on to: the
// document's MENTIONS of it, created when missing with o as its evidence.
func (x *extraction) eventRelation(to graph.Ref, o occurrence) *relAcc {
	k := relKey{graph.RelMentions, x.docRef(), to}
	if _, ok := x.rels[k]; !ok {
		x.relate(graph.RelMentions, x.docRef(), to, o, false)
	}
	return x.rels[k]
}

// classifiedEvents are the dates of all, a sentence's dates, that have a
// class. It filters all in place: when it returns none, all is as it was.
func classifiedEvents(all []datedEvent) []datedEvent {
	out := all[:0]
	for _, ev := range all {
		if ev.class != "" {
			out = append(out, ev)
		}
	}
	return out
}

// stepEvents are the classes of what a body does — decides, agrees,
// proposes, publishes — as against what follows from a law on a day
// (entry into force or application, expiry, checks, accession).
var stepEvents = map[string]bool{"general-approach": true, "mandate": true, "political-agreement": true, "agreement": true,
	"adoption": true, "decision": true, "proposal": true, "publication": true, "launch": true}

// plannedRe says that a step is wished, hoped for, aimed at or
// conditional, not taken: "hoopt ... te bereiken", "streeft ernaar",
// "indien", "kan ... worden aangenomen". A step the letter expects on a
// day is an event ("Op 20 december a.s. zal Coreper naar verwachting
// instemmen met ...", testdata/gold/kst-32317-870.json).
var plannedRe = needing(`(?i)\bwil(?:len|de|den)?\b|\bhoop(?:t|en|te|ten)\b|\bstreef(?:t|de)\b|\bstreven\b|` +
	`\bhopen\b|\bbeoog(?:t|de)\b|\bbeogen\b|\bindien\b|\bmits\b|\bmocht(?:en)?\b|\b(?:kan|kunnen|zou|zouden|moet|moeten)\b[^,;:]*\bworden\b`)

// followCues are the classes a sentence without a date lends to the dates
// of the sentence before it: "Coreper besprak op 8 mei een Raadspositie.
// Nederland heeft met de Raadspositie ingestemd."
var followCues = map[string]bool{"agreement": true, "decision": true, "mandate": true,
	"general-approach": true, "political-agreement": true}

// otherTimeRe is a word that sets a sentence at another time than the one
// before it ("Inmiddels heeft de Raad ...", "zal ... instemmen"): such a
// sentence lends its cue to no earlier date.
var otherTimeRe = regexp.MustCompile(`(?i)\b(?:inmiddels|vervolgens|daarna|nadien|later|sindsdien|intussen|eerder|thans|nu|momenteel|binnenkort|zal|zullen|verwacht\p{L}*)\b`)

// followedEvents classifies the dates of sentence si of paragraph para that
// its own words leave unclassified by the cue of the next sentence, when
// that sentence names no date, sets itself at no other time ("inmiddels",
// "zal") and takes up a noun of this one ("de Raadspositie"). dates are
// the dates of sentence si (sentenceDates).
func (x *extraction) followedEvents(para, si int, dates []datedEvent) []datedEvent {
	ss := x.doc.Paragraphs[para].Sentences
	if si+1 >= len(ss) || !hasASCIIDigit(x.text[ss[si].Start:ss[si].End]) {
		return nil
	}
	next := x.sentenceText(para, si+1)
	if hasASCIIDigit(x.text[ss[si+1].Start:ss[si+1].End]) &&
		(!thereRe.MatchString(next) || len(eventDateRe.FindAllStringSubmatchIndex(next)) > 0) {
		return nil // the next sentence may date its own event; one set "Daar" only when it names no date ("Richtlijn 2008/115/EG" is none)
	}
	var out []datedEvent
	for _, ev := range dates {
		if ev.class == "" {
			out = append(out, ev)
		}
	}
	if len(out) == 0 {
		return nil
	}
	cue := sentenceCue(next)
	if !followCues[cue] || otherTimeRe.MatchString(next) || !(sharesNoun(x.sentenceText(para, si), next) || thereRe.MatchString(next)) {
		return nil
	}
	for k := range out {
		out[k].class = cue
	}
	return out
}

// sharesNoun reports whether b takes up a long noun of a after an article
// ("de Raadspositie", "het compromisvoorstel").
func sharesNoun(a, b string) bool {
	for _, m := range articleNounRe.FindAllStringSubmatch(b, -1) {
		if len(m[1]) >= 8 && strings.Contains(strings.ToLower(a), strings.ToLower(m[1])) {
			return true
		}
	}
	return false
}

// thereRe opens a sentence set at the occasion the sentence before dates:
// "Daar bereikten de ministers ...", "Daarin werd een voorlopig akkoord
// bereikt", "Tijdens deze bijeenkomst ...".
var thereRe = regexp.MustCompile(`^(?:Daar|Daarin|Daarbij|Toen|Tijdens\s+(?:die|deze|dat|dit)\s+\p{L}+)\b`)

var articleNounRe = regexp.MustCompile(`\b(?:de|het|deze|dit|die|dat)\s+(\p{L}+)`)

// sentenceDates finds the dates of sentence s with their class, "" for a
// date its words do not classify.
func (x *extraction) sentenceDates(s Span, meetings []placedMeeting, letter time.Time, haveLetter bool) []datedEvent {
	if !hasASCIIDigit(x.text[s.Start:s.End]) {
		return nil // a date starts with a digit
	}
	sentence := x.str(s.Start, s.End)
	// foldedPart(a, b) is foldForGuard(sentence[a:b]), for the guards: a
	// part of the sentence folded once when folding keeps its length
	folded := foldForGuard(sentence)
	foldedPart := func(a, b int) string {
		if len(folded) == len(sentence) {
			return folded[a:b] // only ASCII capitals were folded, byte for byte
		}
		return foldForGuard(sentence[a:b])
	}
	var out []datedEvent
	cueLo, cueHi, cue := -1, -1, "" // the cue of the last clause read
	for _, m := range eventDateRe.FindAllStringSubmatchIndex(sentence) {
		start := s.Start + runeLen(sentence[:m[0]])
		end := s.Start + runeLen(sentence[:m[1]])
		inMeeting := false
		for _, pm := range meetings {
			if start < pm.span.End && pm.span.Start < end {
				inMeeting = true
			}
		}
		before, after := sentence[:m[0]], sentence[m[1]:]
		foldedBefore := foldedPart(0, m[0])
		meetingAgreement := ""
		if inMeeting {
			// "het politieke akkoord ... in de JBZ-Raad van 7 december
			// 2018": what the Council reached at a meeting of one day is
			// dated by it
			meetingAgreement = meetingDayAgreement(sentence, m[0], m[1], before, after)
			if meetingAgreement == "" && councilApprovalBeforeRe.matchFolded(before, foldedBefore) && !rangeAfterRe.MatchString(after) {
				// "de goedkeuring van de verklaring van de JBZ-Raad op 6
				// december 2018": the Council configuration adopted it
				// that day
				if date, ok := eventDate(sentence[m[2]:m[3]], sentence[m[4]:m[5]], groupOr(sentence, m, 6), groupOr(sentence, m, 8), letter, haveLetter); ok {
					lo, hi := dateClauseBounds(sentence, m[0], m[1])
					clause := Span{s.Start + runeLen(sentence[:antecedentStart(sentence, lo)]), s.Start + runeLen(sentence[:hi])}
					out = append(out, datedEvent{date: date, class: "adoption", clause: clause, byCouncil: true})
				}
				continue
			}
			if meetingAgreement == "" {
				continue
			}
		}
		if !inMeeting && (rangeBeforeRe.MatchString(before) || rangeAfterRe.MatchString(after)) && !checksPeriod(sentence, before) {
			continue
		}
		get := func(g int) string { return submatch(sentence, m, g) }
		rel := get(4)
		if get(3) == "" && rel == "" {
			// "Op 17 juni heeft de Raad ... bereikt": a date without a year
			// that a past tense sets is the last such day before the
			// letter, one a future tense sets the next
			rel = clauseTense(dateClause(sentence, m[0], m[1]))
		}
		date, ok := eventDate(get(1), get(2), get(3), rel, letter, haveLetter)
		if !ok {
			continue
		}
		if meetingAgreement != "" {
			lo, hi := dateClauseBounds(sentence, m[0], m[1])
			clause := Span{s.Start + runeLen(sentence[:antecedentStart(sentence, lo)]), s.Start + runeLen(sentence[:hi])}
			out = append(out, datedEvent{date: date, class: meetingAgreement, clause: clause})
			continue
		}
		if commissionDocBeforeRe.need.holds(foldedBefore) && commissionProposalDate(before, after) {
			// "het voorstel van de Europese Commissie d.d. 29 april 2016
			// inzake EU-voorstel: ...": the Commission's own document, the
			// day it proposed, even in a list of documents
			lo, hi := dateClauseBounds(sentence, m[0], m[1])
			clause := Span{s.Start + runeLen(sentence[:antecedentStart(sentence, lo)]), s.Start + runeLen(sentence[:hi])}
			out = append(out, datedEvent{date: date, class: "proposal", clause: clause})
			continue
		}
		if dateLabelLine(before, after) || listedDocumentDate(sentence, before) || actTitleDate(before) ||
			followUpDateBeforeRe.matchFolded(before, foldedBefore) || ofMeetingDateBeforeRe.matchFolded(before, foldedBefore) ||
			registeredProposalDateRe.matchFolded(before, foldedBefore) {
			continue
		}
		lo, hi := dateClauseBounds(sentence, m[0], m[1])
		// "met ingang van dinsdag 3 februari": the weekday is part of the date
		wb, foldedWb := withoutWeekdayBefore(before), foldedBefore
		if len(wb) != len(before) {
			foldedWb = foldedPart(0, len(wb)) // the weekday dropped is its end
		}
		class, ok := classifyFolded(sentence, wb, after, foldedWb)
		if !ok {
			if lo != cueLo || hi != cueHi {
				cueLo, cueHi, cue = lo, hi, cueOfFolded(sentence[lo:hi], foldedPart(lo, hi))
			}
			class = cue
			if class == "" && labelLineRe.MatchString(sentence) {
				// "Uiterste implementatiedatum: 17 juli 2021": the label
				// before the colon classifies its date
				class = cueOfFolded(sentence, folded)
			}
			if stepEvents[class] && plannedRe.matchFolded(sentence[lo:hi], foldedPart(lo, hi)) {
				class = "" // "zal naar verwachting op 1 juli worden aangenomen": a step hoped for, not taken
			}
		}
		clause := Span{s.Start + runeLen(sentence[:antecedentStart(sentence, lo)]), s.Start + runeLen(sentence[:hi])}
		out = append(out, datedEvent{date: date, class: class, clause: clause})
	}
	return out
}

// weekdayBeforeRe is a weekday right before a date: "op dinsdag 3 februari".
var weekdayBeforeRe = regexp.MustCompile(`(?i)\b(?:` + weekdayNames + `)\s+$`)

// weekdays are the names of weekdayNames.
var weekdays = strings.Split(weekdayNames, "|")

// withoutWeekdayBefore drops a weekday that ends before (weekdayBeforeRe).
// The regexp, anchored at the end, would try every position of a long
// sentence; it runs only when the last word is a weekday's name.
func withoutWeekdayBefore(before string) string {
	t := strings.TrimRightFunc(before, unicode.IsSpace)
	if len(t) == len(before) {
		return before
	}
	tail := strings.ToLower(t[max(0, len(t)-len("donderdag")):])
	for _, d := range weekdays {
		if strings.HasSuffix(tail, d) {
			return weekdayBeforeRe.ReplaceAllString(before, "")
		}
	}
	return before
}

// meetingAgreementBeforeRe ends the words before a meeting's date that
// say the Council reached something at it: "het politieke akkoord over ...
// in de JBZ-Raad van", "bereikte de Raad tijdens de JBZ-Raad van ... een
// algemene oriëntatie".
var meetingAgreementBeforeRe = regexp.MustCompile(`(?i)\b(?:in|tijdens|op)\s+de\s+(?:informele\s+)?` + jhaCouncilBefore + `\s+(?:van|op)\s+$`)

// meetingDayAgreement is the class of an agreement reached at the meeting
// whose date (sentence[start:end]) a clause names, or "": a political
// agreement, general approach or mandate reached "in de JBZ-Raad van
// <date>", at a meeting of one day as the letter names it (a range, "4 en
// 5 december", dates no single event).
func meetingDayAgreement(sentence string, start, end int, before, after string) string {
	before = withoutWeekdayBefore(before) // "in de JBZ-Raad van dinsdag 3 februari" (events_usage.go)
	if rangeBeforeRe.MatchString(before) || rangeAfterRe.MatchString(after) || !meetingAgreementBeforeRe.MatchString(before) {
		return ""
	}
	clause := dateClause(sentence, start, end)
	if plannedRe.MatchString(clause) {
		return "" // "wil tijdens de JBZ-Raad van 13 juni een algemene oriëntatie bereiken": an aim
	}
	switch cue := sentenceCue(clause); cue {
	case "political-agreement", "general-approach", "mandate", "agreement", "adoption", "decision": // events_usage.go: agreement, adoption, decision
		return cue
	}
	return ""
}

// checksPeriod reports whether a date that opens or closes a range is the
// first or last day of checks held: "Het binnengrenstoezicht vindt plaats
// vanaf 9 december 2024 tot en met 8 juni 2025". Other ranges are the days
// of a meeting or a period reported on, no event.
func checksPeriod(sentence, before string) bool {
	if !checksRe.MatchString(sentence) || !checksStartRe.MatchString(sentence) || checksStopRe.MatchString(sentence) {
		return false
	}
	folded := foldForGuard(before)
	return fromBeforeRe.matchFolded(before, folded) || untilBeforeRe.matchFolded(before, folded)
}

// pastTenseRe is a verb form that sets a clause in the past: a perfect's
// or past passive's auxiliary with a participle, or a past tense of the
// verbs that report events ("bereikte", "stelde ... vast", "trad ... in
// werking", "besloot").
var pastTenseRe = regexp.MustCompile(`(?i)\b(?:heeft|hebben|had|hadden|werd|werden|was|waren)\b|` +
	`\b(?:is|zijn)\b.*\b(?:\p{L}*ge\p{L}+(?:d|t|en)|aangenomen|vastgesteld|bereikt|overeengekomen|ingestemd|ingediend|uitgebracht|verschenen|toegetreden|besloten|voorgesteld|aanvaard)\b|` +
	`\b(?:sinds|dateert|dateren|ging|gingen)\b|\b\p{L}*(?:eerde|eerden|bereikte|bereikten|stelde|stelden|legde|legden|besloot|besloten|trad|traden|nam|namen|kwam|kwamen|verscheen|verschenen|bracht|brachten|keurde|keurden|stemde|stemden|verleende|verleenden|deed|deden|diende|dienden|bevestigde|bevestigden|volgde|volgden|sloot|sloten|leidde|leidden|sprak|spraken|gaf|gaven|vond|vonden)\b`)

// futureTenseRe is a verb form that sets a clause after the letter: the
// future's auxiliary, or a present of what is to happen on the day ("treedt
// ... in werking", "wordt van toepassing", "verloopt").
var futureTenseRe = regexp.MustCompile(`(?i)\b(?:zal|zullen|verwacht|verwachten|treedt|treden|wordt|worden|verloopt|vervalt|eindigt|geldt|gelden|gaat|gaan|loopt|lopen)\b`)

// futureFromRe sets a clause with no verb of tense after the letter: a
// period's start or end ("vanaf 1 januari is ... van toepassing", "tot 1
// juli"), a day planned ("is voorzien op").
var futureFromRe = regexp.MustCompile(`(?i)\b(?:vanaf|per|met\s+ingang\s+van|tot(?:\s+en\s+met)?)\s+[0-9]|\b(?:voorzien|gepland)\b`)

// modalFutureRe is an auxiliary that sets the clause after the letter
// whatever participle follows: "zal ... zijn aangenomen", "moeten ...
// uiterlijk op 1 juli hebben omgezet".
var modalFutureRe = regexp.MustCompile(`(?i)\b(?:zal|zullen|moet|moeten|dient|dienen)\b`)

// clauseTense returns "jl." when the clause of a date without a year is
// set in the past, "a.s." when in the future, else "" (the day nearest the
// letter).
func clauseTense(clause string) string {
	switch {
	case modalFutureRe.MatchString(clause):
		return "a.s."
	case pastTenseRe.MatchString(clause) && !futureTenseRe.MatchString(clause):
		return "jl."
	case (futureTenseRe.MatchString(clause) || futureFromRe.MatchString(clause)) && !pastTenseRe.MatchString(clause):
		return "a.s."
	}
	return ""
}

// eventDate settles the date of "<day> <month> [<year> | jl. | a.s.]".
func eventDate(day, month, year, rel string, letter time.Time, haveLetter bool) (string, bool) {
	d, _ := strconv.Atoi(day)
	mo := monthNumber(month)
	if year != "" {
		y, _ := strconv.Atoi(year)
		t, ok := mkDate(y, mo, d)
		return iso(t), ok
	}
	if !haveLetter {
		return "", false
	}
	var best time.Time
	found := false
	for _, y := range []int{letter.Year() - 1, letter.Year(), letter.Year() + 1} {
		t, ok := mkDate(y, mo, d)
		if !ok {
			continue
		}
		switch strings.ToLower(rel) {
		case "jl.", "j.l.", "jongstleden":
			ok = !t.After(letter)
		case "a.s.", "aanstaande":
			ok = !t.Before(letter)
		}
		if ok && (!found || distance(t, letter) < distance(best, letter)) {
			best, found = t, true
		}
	}
	return iso(best), found
}

// classifyDate returns the class of the event a date in sentence stands
// for, or "" when it is none; before and after are the sentence around it.
func classifyDate(sentence, before, after string) string {
	if class, ok := classifyByContext(sentence, before, after); ok {
		return class
	}
	return sentenceCue(dateClause(sentence, len(before), len(sentence)-len(after)))
}

// attributiveBeforeRe and attributiveAfterRe frame a date inside a noun
// phrase whose participle says what happened on it: "het op 9 september
// 2015 verschenen pakket van voorstellen", "de op 14 april 2021
// gepubliceerde mededeling". A proposal when the noun is one.
var (
	attributiveBeforeRe   = regexp.MustCompile(`(?i)\b(?:de|het|een|the)\s+op\s+$`)
	attributiveAfterRe    = regexp.MustCompile(`(?i)^\s*(?:door\s+de\s+(?:Europese\s+)?Commissie\s+)?(?:verschenen|gepubliceerde|gepresenteerde|uitgebrachte|ingediende|bekendgemaakte)\s+\p{L}`)
	attributiveProposalRe = regexp.MustCompile(`(?i)^\s*(?:door\s+de\s+(?:Europese\s+)?Commissie\s+)?(?:verschenen|gepubliceerde|gepresenteerde|uitgebrachte|ingediende|bekendgemaakte)\s+(?:[\p{L}-]+\s+){0,3}?(?:wetgevings)?voorstel(?:len)?\b`)
)

// dateLabelLine reports whether the words around a date make a label line
// of the document rather than a sentence: "Vastgesteld 26 mei 2013",
// "Datum: 4 maart 2024". Such a line names no one who acts.
func dateLabelLine(before, after string) bool {
	return strings.Trim(after, " .\t") == "" && len(strings.Fields(before)) <= 1
}

// actTitleDateRe ends the words before the date in the title of a
// regulation or directive ("Verordening (EU) 2016/399 van het Europees
// Parlement en de Raad van 9 maart 2016"): the date names the act, it is no
// event of the sentence.
var actTitleDateRe = regexp.MustCompile(`(?i)\b(?:richtlijn|verordening|kaderbesluit|directive|regulation)\b[^.;]{0,120}\b(?:van\s+(?:het\s+Europees\s+Parlement\s+en\s+)?de\s+(?:Raad|Commissie)|of\s+the\s+(?:European\s+Parliament\s+and\s+of\s+the\s+)?(?:Council|Commission))\s+(?:van|of)\s+$`)

// actTitleDate reports whether the words before a date end in an act's
// title (actTitleDateRe), read in the last 200 bytes.
func actTitleDate(before string) bool {
	t := strings.TrimRight(before, " \t\n")
	if !strings.HasSuffix(t, "van") && !strings.HasSuffix(t, "of") {
		return false // the title's date follows "van" or "of"
	}
	if len(before) > 200 {
		before = before[len(before)-200:]
	}
	return actTitleDateRe.MatchString(before)
}

// listedDateBeforeRe ends the words before the date of a document the
// sentence lists: "de brief van ... d.d. 22 maart 2013", "het EU-voorstel
// d.d. 4 maart 2013", "bij brief van 3 juni".
var listedDateBeforeRe = guard(`(?i)(?:\bd\.d\.|\bgedateerd|\b(?:brief|kamerbrief|fiche|verslag|beantwoording)\s+van)\s+$`)

// followUpDateBeforeRe ends the words before the date of what a sentence
// follows up on: "als vervolg op de Europese Raad van 28 juni 2018", "naar
// aanleiding van de motie van 12 december": that day's meeting or paper,
// not the day of the sentence's event.
var followUpDateBeforeRe = needing(`(?i)\b(?:als\s+vervolg\s+op|naar\s+aanleiding\s+van|n\.a\.v\.)\s+(?:de|het)\s+(?:[\p{L}-]+\s+){1,3}van\s+$`)

// ofMeetingDateBeforeRe ends the words before the date of a meeting that
// the sentence's object comes from: "Tsjechië presenteerde de uitkomsten
// van de Visegradgroepbijeenkomst van landbouwministers op 29 april jl.":
// the day of that meeting, not of the presenting.
var ofMeetingDateBeforeRe = needing(`(?i)\bvan\s+(?:de|het|een)\s+(?:\p{L}+e\s+)?[\p{L}-]*(?:bijeenkomst|vergadering|conferentie|topontmoeting)\b[^.;:,()]{0,60}?\b(?:op|van|d\.d\.)\s+$`)

// commissionDocBeforeRe ends the words before the date of a document of
// the Commission: "het voorstel van de Europese Commissie d.d.", "de brief
// van de Europese Commissie d.d.".
var commissionDocBeforeRe = needing(`(?i)\b(voorstel|brief)\s+van\s+de\s+(?:Europese\s+)?Commissie\s+d\.d\.\s+$`)

// commissionProposalDate reports whether a date is that of a proposal the
// Commission sent: its proposal dated so, or its letter dated so that
// carries a proposal ("houdende het EU-voorstel", "inzake EU-voorstel")
// in the same list item.
func commissionProposalDate(before, after string) bool {
	m := commissionDocBeforeRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	if strings.EqualFold(m[1], "voorstel") {
		return true
	}
	if i := strings.IndexAny(after, ";\n"); i >= 0 {
		after = after[:i]
	}
	after = strings.ToLower(after)
	k := strings.Index(after, "voorstel")
	if k < 0 {
		return false
	}
	// "met EU-voorstel: Jaarrapportage immigratie en asiel COM(2011)291": a
	// report or communication sent as an "EU-voorstel" proposes no act
	return !nonProposalDocRe.MatchString(after[k+len("voorstel"):])
}

// nonProposalNouns name the Commission documents that propose no act: the
// Commission publishes them. One list for the title after "EU-voorstel"
// (nonProposalDocRe) and the title of a BNC-fiche (nonProposalTitleRe).
const nonProposalNouns = `mededeling|rapportage|verslag|rapport|strategie|actieplan|agenda|groenboek|witboek|evaluatie|aanbeveling|routekaart`

// nonProposalDocRe opens the title of a Commission document that proposes
// no act, after "EU-voorstel": "Jaarrapportage immigratie en asiel", "De
// Europese Veiligheidsagenda", "Mededeling over ...".
var nonProposalDocRe = regexp.MustCompile(`^\s*:?\s*(?:\p{L}+\s+){0,2}\p{L}*(?:` + nonProposalNouns + `)\b`)

// registeredProposalDateRe ends the words before the date of an EU
// proposal listed among the documents a debate concerns ("het EU-voorstel
// d.d. 21 januari 2016 voor een richtlijn ECRIS voor derdelanders COM (2016)
// 7"): the day the Kamer registered it, not the day the Commission proposed
// it (19 January 2016), so no event.
var registeredProposalDateRe = needing(`(?i)\bEU-voorstel\s+d\.d\.\s+$`)

// listedDocumentDate reports whether a date is that of a document listed
// as a Kamerstuk ("het EU-voorstel d.d. 4 maart 2013 ... (Kamerstuk 33
// 614, nr. 1)"): the day it was sent to the Kamer, no event.
func listedDocumentDate(sentence, before string) bool {
	if !listedDateBeforeRe.matchFolded(before, foldForGuard(before)) {
		return false
	}
	return strings.Contains(before, "brief") || strings.Contains(before, "Brief") ||
		kstCiteRe.MatchString(sentence) || kstBareCiteRe.MatchString(sentence)
}

// clauseBoundaryRe ends a clause inside a sentence: a semicolon or colon, a
// dash between spaces, or a comma before a relative pronoun or a
// subordinating conjunction ("..., die ...", "..., nadat ...").
var clauseBoundaryRe = regexp.MustCompile(`(?i)[;:]|\s[–—-]\s|,\s+(?:die|dat|waarin|waarbij|waarna|waarmee|waarop|waardoor|waarover|terwijl|maar|omdat|zodat|nadat|voordat|hoewel|wat|welke|zoals|toen|waar|indien|tenzij|mits|doordat|aangezien|na)\b`)

// dateClause is the clause of sentence that holds the date at
// sentence[start:end] (byte offsets): the event cue that classifies a date
// must stand in its own clause ("Op 4 maart besprak de Raad het voorstel,
// dat de Commissie in 2023 had gedaan" dates no proposal).
func dateClause(sentence string, start, end int) string {
	lo, hi := dateClauseBounds(sentence, start, end)
	return sentence[lo:hi]
}

// dateClauseBounds returns the byte offsets of dateClause in sentence.
func dateClauseBounds(sentence string, start, end int) (int, int) {
	lo, hi := 0, len(sentence)
	for _, b := range clauseBoundaryRe.FindAllStringIndex(unbracketed(sentence, start, end), -1) {
		if b[1] <= start && b[1] > lo {
			lo = b[1]
		}
		if b[0] >= end && b[0] < hi {
			hi = b[0]
		}
	}
	return lo, hi
}

// relativeOpenRe ends the words before a relative clause: "..., die",
// "..., waarmee".
var relativeOpenRe = regexp.MustCompile(`(?i),\s+(?:die|dat|welke|waar\p{L}+)\s*$`)

// antecedentWordsRe is the last few words before a comma: the noun phrase a
// relative clause after it is about.
var antecedentWordsRe = regexp.MustCompile(`(?:[^\s,;:]+\s+){0,5}[^\s,;:]+\s*$`)

// antecedentStart returns where the parties of a clause starting at lo
// begin: a relative clause ("over de toetreding van Kroatië, die de Raad op
// 8 december 2022 goedkeurde") is about the noun phrase before its comma,
// up to six words.
func antecedentStart(sentence string, lo int) int {
	if lo == 0 {
		return lo
	}
	loc := relativeOpenRe.FindStringIndex(sentence[:lo])
	if loc == nil {
		return lo
	}
	if w := antecedentWordsRe.FindStringIndex(sentence[:loc[0]]); w != nil {
		return w[0]
	}
	return lo
}

// unbracketed is s with what stands in brackets, other than the bytes
// [start, end), blanked: an insertion ("(hierna: Commissie)") does not end
// the clause around it.
func unbracketed(s string, start, end int) string {
	if !strings.Contains(s, "(") {
		return s
	}
	b := []byte(s)
	open := -1
	for i, c := range b {
		switch {
		case c == '(' && open < 0:
			open = i
		case c == ')' && open >= 0:
			if i < start || open >= end {
				for k := open; k <= i; k++ {
					b[k] = ' '
				}
			}
			open = -1
		}
	}
	return string(b)
}

// classifyByContext classifies a date by the words right around it, when
// they say.
func classifyByContext(sentence, before, after string) (string, bool) {
	return classifyFolded(sentence, before, after, foldForGuard(before))
}

// classifyFolded is classifyByContext given folded, foldForGuard(before),
// for the guarded regexps on before.
func classifyFolded(sentence, before, after, folded string) (string, bool) {
	fromBefore := func() bool { return fromBeforeRe.matchFolded(before, folded) }
	switch {
	case decisionBeforeRe.matchFolded(before, folded):
		return "decision", true
	case untilBeforeRe.matchFolded(before, folded) && extendRe.MatchString(sentence):
		return "expiry", true
	case endDateAfterRe.MatchString(after):
		return "expiry", true
	case untilBeforeRe.matchFolded(before, folded) && checksRe.MatchString(sentence) && checksStartRe.MatchString(sentence):
		return "checks-end", true // "vindt plaats vanaf 9 december 2024 tot en met 8 juni 2025": the last day
	case fromBefore() && checksRe.MatchString(sentence):
		if checksStartRe.MatchString(sentence) && !checksStopRe.MatchString(sentence) {
			return "checks-start", true // "Het binnengrenstoezicht vindt plaats vanaf 9 december"
		}
		return "checks-end", true
	case fromBefore() && applicationRe.MatchString(sentence):
		return "entry-into-application", true
	case fromBefore() && accessionRe.MatchString(sentence):
		return "accession", true
	case proposalBeforeRe.matchFolded(before, folded):
		return "proposal", true
	case attributiveBeforeRe.MatchString(before):
		// "het op 9 september verschenen pakket van voorstellen", "de op
		// 14 april gepubliceerde mededeling"
		if attributiveProposalRe.MatchString(after) {
			return "proposal", true
		}
		if attributiveAfterRe.MatchString(after) {
			return "publication", true
		}
	}
	return "", false
}

// sentenceCue is the class of the first event cue of the sentence, or "".
// A cue's regexp runs only where the literals its matches need stand in
// the sentence: one of its guard's, then all its need asks (eventCueNeeds).
func sentenceCue(sentence string) string {
	return cueOfFolded(sentence, foldForGuard(sentence))
}

// cueOfFolded is sentenceCue(sentence) given folded, foldForGuard(sentence).
func cueOfFolded(sentence, folded string) string {
	if c := usageCue(sentence, folded, true); c != "" {
		return c // events_usage.go
	}
	needs := eventCueNeeds()
	for k, c := range eventCues {
		if (c.re.lits == nil || c.re.mayMatch(folded)) && needs[k].holds(folded) && c.re.re.MatchString(sentence) {
			return usageUnlessNegated(c.class, sentence)
		}
	}
	return usageCue(sentence, folded, false)
}

// eventCueNeeds are the literal needs of eventCues, in their order.
var eventCueNeeds = sync.OnceValue(func() []litNeed {
	out := make([]litNeed, len(eventCues))
	for k, c := range eventCues {
		out[k] = needOf(c.re.re.String())
	}
	return out
})

// A litNeed is what every match of a regexp needs in the text, folded as
// foldForGuard folds it: all of the needs in and, or one of those in or,
// or the literal lit. Where guardedRe asks for one literal of the match's
// best part, a need asks for a literal of every part: "\b(?:nam|stelde)\b
// [^,;:]*\baan\b" needs "nam" or "stelde", and "aan". The zero litNeed
// is always met.
type litNeed struct {
	lit     string
	and, or []litNeed
}

// holds reports whether folded (foldForGuard) meets n.
func (n litNeed) holds(folded string) bool {
	switch {
	case n.lit != "":
		return strings.Contains(folded, n.lit)
	case n.or != nil:
		for _, o := range n.or {
			if o.holds(folded) {
				return true
			}
		}
		return false
	}
	for _, a := range n.and {
		if !a.holds(folded) {
			return false
		}
	}
	return true
}

// shortest is the length of the shortest literal n may be met by.
func (n litNeed) shortest() int {
	switch {
	case n.lit != "":
		return len(n.lit)
	case n.or != nil:
		m := -1
		for _, o := range n.or {
			if l := o.shortest(); m < 0 || l < m {
				m = l
			}
		}
		return m
	}
	m := 0
	for _, a := range n.and {
		m = max(m, a.shortest())
	}
	return m
}

// A neededRe is a regexp that runs only on a text holding what its
// matches need (litNeed): most of the sentences and words before a date
// hold none of the words an anchored regexp looks for, and the regexp
// would try it at every byte.
type neededRe struct {
	re   *regexp.Regexp
	need litNeed
}

// needing compiles pattern with its need.
func needing(pattern string) neededRe {
	return neededRe{re: regexp.MustCompile(pattern), need: needOf(pattern)}
}

// MatchString is r.re.MatchString(s).
func (r neededRe) MatchString(s string) bool {
	return r.need.holds(foldForGuard(s)) && r.re.MatchString(s)
}

// matchFolded is r.re.MatchString(s), given folded, foldForGuard(s).
func (r neededRe) matchFolded(s, folded string) bool {
	return r.need.holds(folded) && r.re.MatchString(s)
}

// FindStringSubmatch is r.re.FindStringSubmatch(s).
func (r neededRe) FindStringSubmatch(s string) []string {
	if !r.need.holds(foldForGuard(s)) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

// always reports whether n is met by any text.
func (n litNeed) always() bool { return n.lit == "" && n.or == nil && len(n.and) == 0 }

// needOf is the need of pattern's matches; the zero litNeed when it
// cannot be read.
func needOf(pattern string) litNeed {
	t, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return litNeed{}
	}
	return needOfSyntax(t.Simplify())
}

func needOfSyntax(re *syntax.Regexp) litNeed {
	switch re.Op {
	case syntax.OpLiteral:
		if ls, ok := literalOf(re); ok {
			return litNeed{lit: ls[0]}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return needOfSyntax(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needOfSyntax(re.Sub[0])
		}
	case syntax.OpConcat:
		var and []litNeed
		for _, sub := range re.Sub {
			if n := needOfSyntax(sub); !n.always() {
				and = append(and, n)
			}
		}
		if len(and) == 1 {
			return and[0]
		}
		// the part whose shortest literal is longest first: the rarest
		slices.SortStableFunc(and, func(a, b litNeed) int { return b.shortest() - a.shortest() })
		return litNeed{and: and}
	case syntax.OpAlternate:
		var or []litNeed
		for _, sub := range re.Sub {
			n := needOfSyntax(sub)
			if n.always() {
				return litNeed{}
			}
			or = append(or, n)
		}
		return litNeed{or: or}
	}
	return litNeed{}
}

// hasASCIIDigit reports whether rs holds a digit 0 to 9.
func hasASCIIDigit(rs []rune) bool {
	for _, r := range rs {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// situationBeforeRe ends "de situatie in" / "de toestand in" before a
// country: the country is what the event is about, not a party to it.
var situationBeforeRe = regexp.MustCompile(`(?i)\b(?:situatie|toestand|ontwikkelingen|oorlog)\s+in\s+$`)

// docRelativeRe is a published document followed by a relative clause
// ("een Aanbeveling uitgebracht waarmee wordt beoogd ..."): an act named in
// that clause is what the document is for, not what was published.
var docRelativeRe = regexp.MustCompile(`(?i)\b` + publishedDocs + `[0-9]*\b[^,;]{0,40}?\s(?:waarmee|waarin|waarbij|waardoor|die|dat)\s`)

// docAboutRe ends the words before an act that a published document is
// about: "haar mededeling over de toepassing van", "het evaluatieverslag
// inzake".
var docAboutRe = regexp.MustCompile(`(?i)\p{L}*` + publishedDocs + `[0-9]*\b[^,;]{0,30}?\s(?:over|inzake|betreffende|omtrent|aangaande|met\s+betrekking\s+tot)\s+[^,;]{0,40}$`)

// listItemSepRe separates the items of a list run into one sentence: a
// semicolon, then the next item's dash or bullet.
var listItemSepRe = regexp.MustCompile(`;\s*[−–—•-]\s`)

// otherListItem reports whether a list-item separator stands between the
// clause of an event and a mention: they are in different items.
func (x *extraction) otherListItem(clause, m Span) bool {
	switch {
	case m.Start >= clause.End:
		return listItemSepRe.MatchString(x.str(clause.End, m.Start))
	case m.End <= clause.Start:
		return listItemSepRe.MatchString(x.str(m.End, clause.Start))
	}
	return false
}

// eventTargets returns what an event of class in sentence si of paragraph
// para concerns, given what the sentence names.
func (x *extraction) eventTargets(ev datedEvent, para, si int, named []mention, bySentence map[Span][]mention, lay agendaLayout) []graph.Ref {
	class := ev.class
	var acts, others []graph.Ref
	seen := map[graph.Ref]bool{}
	inClause := func(m mention) bool { // m stands in the date's clause
		return ev.clause.End > 0 && m.span.Start >= ev.clause.Start && m.span.End <= ev.clause.End
	}
	clauseAct := slices.ContainsFunc(named, func(m mention) bool { return m.to.Kind == graph.KindLegalAct && inClause(m) })
	for _, m := range named {
		if m.to.Kind == graph.KindLegalAct && clauseAct && !inClause(m) {
			continue // "De Raad besprak X; Y is op 3 maart aangenomen": the act of the date's own clause
		}
		if m.to.Kind == graph.KindLegalAct && (class == "publication" || class == "proposal") && ev.clause.End > 0 &&
			m.span.Start > ev.clause.Start && docAboutRe.MatchString(x.str(ev.clause.Start, m.span.Start)) {
			continue // "het verslag over de toepassing van de X": what the document is about, not the document
		}
		if seen[m.to] || m.to.Kind == graph.KindDocument || m.to.Kind == graph.KindCouncilMeeting {
			continue
		}
		if m.to.Kind == graph.KindCountry && m.to.Key == "NL" && !strings.EqualFold(m.ref, "Nederland") {
			continue // "De Nederlandse inzet": the writer, no party to the event
		}
		if m.to.Kind == graph.KindCountry && situationBeforeRe.MatchString(x.str(max(0, m.span.Start-24), m.span.Start)) {
			continue // "een JBZ-Raad in te lassen over de situatie in Oekraïne": the topic, no party to the event
		}
		if m.to.Kind == graph.KindCountry && actOnlyEvents[class] && (presidencyAfterRe.MatchString(x.str(m.span.End, min(len(x.text), m.span.End+20))) ||
			presidencyBeforeRe.MatchString(x.str(max(0, m.span.Start-24), m.span.Start))) {
			continue // "heeft het Hongaars Voorzitterschap een algemene oriëntatie bereikt op ...": the Council's chair, not what it concerns
		}
		if (class == "proposal" || class == "publication") && x.addresseeMention(m) {
			continue // "een mededeling ... aan het Europees Parlement, de Raad, ...": whom it is sent to
		}
		if (class == "proposal" || class == "publication") && m.to.Kind == graph.KindOrganisation &&
			ofBeforeRe.MatchString(x.str(max(0, m.span.Start-12), m.span.Start)) && x.otherBody(named, m) &&
			!strings.HasPrefix(x.str(m.span.End, min(m.span.End+6, len(x.text))), " d.d.") { // "het voorstel van de Commissie d.d. ...": its author
			continue // "publiceerde de Commissie een aanbeveling van de Raad": the Council is the act's author to be
		}
		if m.to.Kind == graph.KindOrganisation && actAuthorBeforeRe.MatchString(x.str(max(0, m.span.Start-80), m.span.Start)) {
			continue // "Richtlijn 2002/90/EG van de Raad": the act's author, no party to the event
		}
		if m.to.Kind != graph.KindLegalAct && ev.clause.End > 0 && (m.span.Start < ev.clause.Start || m.span.End > ev.clause.End) {
			continue // a country or body takes part in the event of its own clause only
		}
		if m.to.Kind == graph.KindLegalAct && ev.clause.End > 0 && x.otherListItem(ev.clause, m.span) {
			continue // "− het voorstel d.d. 29 april 2016 inzake ...; − het voorstel d.d. 4 mei 2016 inzake <act>": another item's act
		}
		if m.to.Kind == graph.KindLegalAct && (class == "publication" || class == "proposal") && ev.clause.End > 0 &&
			m.span.Start > ev.clause.Start && docRelativeRe.MatchString(x.str(ev.clause.Start, m.span.Start)) {
			continue // "een Aanbeveling uitgebracht waarmee wordt beoogd de Terugkeerrichtlijn ...": what the document is for, not the document
		}
		seen[m.to] = true
		if m.to.Kind == graph.KindLegalAct && x.amendedAct(m) && (x.otherAct(named, m) || class == "proposal") {
			continue // the act amended or replaced is not the one the event concerns
		}
		if m.to.Kind == graph.KindLegalAct {
			acts = append(acts, m.to)
		} else {
			others = append(others, m.to)
		}
	}
	if len(acts) == 0 && actEvents[class] && !nonActObjectRe.MatchString(x.sentenceText(para, si)) {
		acts = x.contextActs(class, para, si, bySentence, lay)
	}
	if len(acts) > 0 && actOnlyEvents[class] {
		others = nil
	}
	if len(acts) > 0 && class == "proposal" {
		kept := others[:0]
		for _, o := range others {
			if o.Kind != graph.KindCountry {
				kept = append(kept, o)
			}
		}
		others = kept
	}
	out := append(acts, others...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// labelLineRe is a paragraph that is a label and its date: "Uiterste
// implementatiedatum: 17 juli 2021", "Inwerkingtreding: 1 mei 2024".
var labelLineRe = regexp.MustCompile(`^\p{Lu}[\p{L}\- ]{2,48}:\s*[0-9]{1,2}\s+\p{L}+\s+[0-9]{4}\s*\.?$`)

// backReferenceRe is a word that refers back to what the sentence before
// named: "hierover", "daarmee", "het voorstel", "de Herzieningsrichtlijn",
// "deze tekst".
var backReferenceRe = needing(`(?i)\b(?:hier|daar)(?:over|van|mee|in|bij|op|aan|toe|voor)\b|\b(?:het|de|dit|deze|dat|die)\s+\p{L}*(?:voorstel|verordening|richtlijn|besluit|akkoord|overeenkomst|tekst|wetgeving|pakket|instrument)(?:en)?\b`)

// contextActs returns the acts an event sentence that names none refers
// to: those of the sentence before it in the paragraph when it refers back
// to them ("hierover", "het voorstel"), else the one act
// named in its agenda item, else the one act named under its heading.
func (x *extraction) contextActs(class string, para, si int, bySentence map[Span][]mention, lay agendaLayout) []graph.Ref {
	actsIn := func(ms []mention) []graph.Ref {
		var out []graph.Ref
		seen := map[graph.Ref]bool{}
		for _, m := range ms {
			if m.to.Kind == graph.KindLegalAct && x.amendedAct(m) {
				continue // "tot wijziging van Richtlijn 2011/36/EU": the act amended is not the one the event concerns
			}
			if m.to.Kind == graph.KindLegalAct && !seen[m.to] {
				seen[m.to] = true
				out = append(out, m.to)
			}
		}
		return out
	}
	if si > 0 && backReferenceRe.MatchString(x.sentenceText(para, si)) {
		// the nearest of the three sentences before that names an act:
		// "werd de Verordening ... aangenomen. Dit vond plaats zonder
		// discussie. Publicatie van de verordening is voorzien voor ..."
		for k := si - 1; k >= 0 && k >= si-3; k-- {
			if acts := actsIn(bySentence[x.doc.Paragraphs[para].Sentences[k]]); len(acts) > 0 {
				return acts
			}
		}
	}
	if contextEvents[class] && para > 0 && len(x.doc.Paragraphs[para].Sentences) == 1 && labelLineRe.MatchString(x.sentenceText(para, si)) {
		// "RICHTLIJN (EU) 2019/1024 ... inzake open data ...\n\nUiterste
		// implementatiedatum: 17 juli 2021": a label line dates the entry
		// right above it
		var ms []mention
		for _, list := range bySentence {
			for _, m := range list {
				if m.para == para-1 {
					ms = append(ms, m)
				}
			}
		}
		if acts := actsIn(ms); len(acts) == 1 {
			return acts
		}
	}
	it, inItem := lay.itemAt(x.readingPara(para))
	// a proposal under an agenda item is the proposal of the item's act
	// ("1. Verordening over de geleidelijke invoering van het EES ... Op 4
	// december 2024 heeft de Commissie een voorstel gepubliceerd")
	// an act's publication in the Official Journal is what happens to the
	// act the sentence refers back to ("Terugkeerrichtlijn\n\nDe richtlijn
	// is op 3 maart in het Publicatieblad gepubliceerd"), not "een besluit"
	ojPublication := class == "publication" && officialJournalRe.MatchString(x.sentenceText(para, si)) &&
		backReferenceRe.MatchString(x.sentenceText(para, si))
	if !contextEvents[class] && !(class == "proposal" && inItem) && !ojPublication {
		return nil
	}
	lo, hi := x.headingSection(para)
	if inItem {
		lo, hi = it.head, it.end
	}
	if ojPublication && !contextEvents[class] && !inItem && x.doc.Paragraphs[lo].Kind != ParaHeading {
		return nil // under no heading or item: only the sentences right before say what "de verordening" is
	}
	var ms []mention
	for _, list := range bySentence {
		for _, m := range list {
			if at := x.readingPara(m.para); at >= lo && at < hi {
				ms = append(ms, m)
			}
		}
	}
	if acts := actsIn(ms); len(acts) == 1 {
		return acts
	}
	return nil
}

// officialJournalRe names the Official Journal, which publishes acts.
var officialJournalRe = regexp.MustCompile(`(?i)\bPublicatieblad\b`)

func (x *extraction) sentenceText(para, si int) string {
	s := x.doc.Paragraphs[para].Sentences[si]
	return x.str(s.Start, s.End)
}

// headingSection returns the paragraphs [lo, hi) from the heading before
// paragraph para (or the first paragraph) to the next heading.
func (x *extraction) headingSection(para int) (int, int) {
	at := x.readingPara(para)
	lo := 0
	for i := at; i >= 0; i-- {
		if x.doc.Paragraphs[i].Kind == ParaHeading {
			lo = i
			break
		}
	}
	hi := len(x.doc.Paragraphs)
	for i := at + 1; i < len(x.doc.Paragraphs); i++ {
		if k := x.doc.Paragraphs[i].Kind; k == ParaHeading || k == ParaSignature || k == ParaFootnote {
			hi = i
			break
		}
	}
	return lo, hi
}

// amendedNeed is what the matches of amendedRe (acts_defined.go) need.
var amendedNeed = sync.OnceValue(func() litNeed { return needOf(amendedRe.String()) })

// amendedAct reports whether an act is named as the one another act
// amends, repeals or replaces ("tot wijziging van Richtlijn 2011/36/EU").
func (x *extraction) amendedAct(m mention) bool {
	if before := x.str(max(0, m.span.Start-40), m.span.Start); amendedNeed().holds(foldForGuard(before)) && amendedRe.MatchString(before) {
		return true
	}
	// "EU-voorstel: Herziening terugkeerrichtlijn": a revision the data do
	// not know (the name was not read as one) is a new act, not the act
	// revised
	if revisionBeforeRe.MatchString(x.str(max(0, m.span.Start-40), m.span.Start)) {
		if literal, ok := actIndex().names.lookup(m.ref); ok && literal == m.to.Key {
			return true
		}
	}
	// the second of a list: "ter vervanging van Richtlijn 2002/90/EG van
	// de Raad en Kaderbesluit 2002/946/JBZ van de Raad"
	if amendedListRe.MatchString(x.str(max(0, m.span.Start-120), m.span.Start)) {
		return true
	}
	// "een Terugkeerverordening, die de huidige Terugkeerrichtlijn vervangt"
	return replacedBeforeRe.MatchString(x.str(max(0, m.span.Start-30), m.span.Start)) &&
		replacedAfterRe.MatchString(x.str(m.span.End, min(len(x.text), m.span.End+60)))
}

// amendedListRe ends the words before an act that follows, in a list, an
// act named as amended, repealed or replaced.
var amendedListRe = regexp.MustCompile(`(?i)(?:wijziging|intrekking|vervanging|herschikking)\s+van\s+(?:de\s+|het\s+)?(?:richtlijn|verordening|kaderbesluit|besluit)\s+(?:\(E[GU]\)\s+)?(?:nr\.\s*)?[0-9]{2,4}/[0-9]{1,4}(?:/(?:EG|EU|EEG|JBZ))?(?:\s+van\s+(?:het\s+Europees\s+Parlement\s+en\s+)?de\s+Raad)?\s*(?:,|en)\s+$`)

// actAuthorBeforeRe ends the words before a body named as the author of
// an act cited or titled right before it: "Richtlijn 2002/90/EG van de
// Raad", "een richtlijn van het Europees Parlement en de Raad tot ...".
var actAuthorBeforeRe = regexp.MustCompile(`(?i)(?:[0-9]{2,4}/[0-9]{1,4}(?:/(?:EG|EU|EEG|JBZ))?|\b(?:richtlijn|verordening|kaderbesluit|besluit))\s+van\s+(?:het\s+Europees\s+Parlement\s+en\s+)?(?:de\s+)?$`)

// replacedBeforeRe and replacedAfterRe frame an act named as the one a
// relative clause says the new act replaces: "die de huidige X ...
// vervangt".
var (
	replacedBeforeRe = regexp.MustCompile(`(?i)\b(?:die|dat)\s+(?:de|het)\s+(?:huidige\s+|bestaande\s+)?$`)
	replacedAfterRe  = regexp.MustCompile(`^[^.;]{0,40}?\b(?:vervangt|vervangen|intrekt|wijzigt|herziet)\b`)
)

// addresseeListRe opens the list of institutions a Commission document is
// addressed to: "aan het Europees Parlement, de Raad, het Europees
// Economisch en Sociaal Comité en het Comité van de Regio's".
var addresseeListRe = regexp.MustCompile(`(?i)\baan\s+het\s+Europees\s+Parlement(?:\s*,\s*|\s+en\s+)(?:de|het)\s+(?:Europese\s+)?Raad\b(?:(?:\s*,\s*|\s+en\s+)(?:de|het)\s+(?:Europees\s+Economisch\s+en\s+Sociaal\s+Comité|Comité\s+van\s+de\s+Regio['’]s|Europese\s+Centrale\s+Bank|Europese\s+Investeringsbank))*`)

// addresseeMention reports whether a body is named in the list of
// addressees of a Commission document (addresseeListRe).
func (x *extraction) addresseeMention(m mention) bool {
	if m.to.Kind != graph.KindOrganisation {
		return false
	}
	s := x.doc.sentenceAt(m.para, m.span.Start)
	sentence := x.str(s.Start, s.End)
	if !strings.Contains(sentence, "Parlement") {
		return false
	}
	for _, loc := range addresseeListRe.FindAllStringIndex(sentence, -1) {
		start, end := s.Start+runeLen(sentence[:loc[0]]), s.Start+runeLen(sentence[:loc[1]])
		if m.span.Start >= start && m.span.End <= end {
			return true
		}
	}
	return false
}

// ofBeforeRe ends the words before a body named inside a noun phrase ("een
// aanbeveling van de Raad").
var ofBeforeRe = regexp.MustCompile(`(?i)\bvan\s+(?:de|het)\s+$`)

// otherBody reports whether the sentence names another body or country
// than m's that is not named after "van de".
func (x *extraction) otherBody(named []mention, m mention) bool {
	for _, o := range named {
		if o.to != m.to && (o.to.Kind == graph.KindOrganisation || o.to.Kind == graph.KindCountry) && !x.addresseeMention(o) &&
			!ofBeforeRe.MatchString(x.str(max(0, o.span.Start-12), o.span.Start)) {
			return true
		}
	}
	return false
}

// otherAct reports whether the sentence names an act other than m's that
// is not itself named as amended.
func (x *extraction) otherAct(named []mention, m mention) bool {
	for _, o := range named {
		if o.to.Kind == graph.KindLegalAct && o.to != m.to && !x.amendedAct(o) {
			return true
		}
	}
	return false
}
