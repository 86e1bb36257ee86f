package ingest

import (
	"strings"
	"testing"
)

// The stance lemmas of Dutch policy text (issue 12, lex5): a thesaurus, not
// taken from any letter, of the verbs, verb + particle, verb + preposition,
// nominal and adjectival expressions by which a government, a state or a
// group states a stance, each with the class docs/stances.md gives it ("" for
// none: a look-alike that holds no position). TestStanceLemmaAudit builds
// fictional sentences from every entry and measures which lemmas the
// extractor reads with the right class.

// stanceLemma is one entry: the finite forms of its verb (3sg present,
// plural present, 3sg past) and a template, "{V}" the finite verb, "{O}"
// the object noun phrase, "{C}" a dat-clause.
type stanceLemma struct {
	want  stance
	forms string // "sg|pl|past"
	tmpl  string
}

const (
	lexObject = "het voorstel voor een grensfonds"
	lexClause = "dat de lidstaten de grensbewaking uitbreiden"
)

var stanceLemmas = []stanceLemma{
	// support
	{stSupport, "steunt|steunen|steunde", "{V} {O}"},
	{stSupport, "onderschrijft|onderschrijven|onderschreef", "{V} {O}"},
	{stSupport, "omarmt|omarmen|omarmde", "{V} {O}"},
	{stSupport, "ondersteunt|ondersteunen|ondersteunde", "{V} {O}"},
	{stSupport, "bepleit|bepleiten|bepleitte", "{V} {O}"},
	{stSupport, "schaart|scharen|schaarde", "{V} zich achter {O}"},
	{stSupport, "staat|staan|stond", "{V} achter {O}"},
	{stSupport, "staat|staan|stond", "{V} volledig achter {O}"},
	{stSupport, "pleit|pleiten|pleitte", "{V} voor {O}"},
	{stSupport, "dringt|dringen|drong", "{V} aan op {O}"},
	{stSupport, "hamert|hameren|hamerde", "{V} op {O}"},
	{stSupport, "maakt|maken|maakte", "{V} zich sterk voor {O}"},
	{stSupport, "maakt|maken|maakte", "{V} zich hard voor {O}"},
	{stSupport, "is|zijn|was", "{V} voorstander van {O}"},
	{stSupport, "is|zijn|was", "{V} een warm voorstander van {O}"},
	{stSupport, "is|zijn|was", "{V} pleitbezorger van {O}"},
	{stSupport, "is|zijn|was", "{V} positief over {O}"},
	{stSupport, "staat|staan|stond", "{V} positief tegenover {O}"},
	{stSupport, "staat|staan|stond", "{V} welwillend tegenover {O}"},
	{stSupport, "staat|staan|stond", "{V} open voor {O}"},
	{stSupport, "spreekt|spreken|sprak", "{V} zich uit voor {O}"},
	{stSupport, "spreekt|spreken|sprak", "{V} steun uit voor {O}"},
	{stSupport, "betuigt|betuigen|betuigde", "{V} steun aan {O}"},
	{stSupport, "sluit|sluiten|sloot", "{V} zich aan bij {O}"},
	{stSupport, "breekt|breken|brak", "{V} een lans voor {O}"},
	{stSupport, "moedigt|moedigen|moedigde", "{V} {O} aan"},
	{stSupport, "roept|roepen|riep", "{V} op tot {O}"},
	{stSupport, "vraagt|vragen|vroeg", "{V} om {O}"},
	{stSupport, "verzoekt|verzoeken|verzocht", "{V} om {O}"},
	{stSupport, "eist|eisen|eiste", "{V} {C}"},
	{stSupport, "bedingt|bedingen|bedong", "{V} {O}"},
	{stCommit, "ijvert|ijveren|ijverde", "{V} voor {O}"},
	{stSupport, "propageert|propageren|propageerde", "{V} {O}"},
	{stSupport, "voelt|voelen|voelde", "{V} veel voor {O}"},
	{stSupport, "is|zijn|was", "{V} gecharmeerd van {O}"},
	{stSupport, "ziet|zien|zag", "{V} de meerwaarde van {O}"},
	{stSupport, "ziet|zien|zag", "{V} de noodzaak van {O}"},
	{stSupport, "ziet|zien|zag", "{V} kansen in {O}"},
	{stSupport, "onderstreept|onderstrepen|onderstreepte", "{V} het belang van {O}"},
	{stSupport, "benadrukt|benadrukken|benadrukte", "{V} het belang van {O}"},
	{stSupport, "billijkt|billijken|billijkte", "{V} {O}"},
	{stSupport, "bepleit|bepleiten|bepleitte", "{V} met klem {O}"},
	{stAgree, "stemt|stemmen|stemde", "{V} voor {O}"},
	{stSupport, "staat|staan|stond", "{V} sympathiek tegenover {O}"},
	{stSupport, "is|zijn|was", "{V} enthousiast over {O}"},
	{stSupport, "beveelt|bevelen|beval", "{V} {O} aan"},
	{stSupport, "bepleit|bepleiten|bepleitte", "{V} krachtig {O}"},
	{stSupport, "geeft|geven|gaf", "{V} steun aan {O}"},
	{stSupport, "verleent|verlenen|verleende", "{V} steun aan {O}"},
	{stSupport, "zegt|zeggen|zei", "{V} steun toe aan {O}"},
	{stSupport, "geeft|geven|gaf", "{V} bijval aan {O}"},
	{stPreference, "kiest|kiezen|koos", "{V} voor {O}"},
	// welcome
	{stWelcome, "verwelkomt|verwelkomen|verwelkomde", "{V} {O}"},
	{stWelcome, "juicht|juichen|juichte", "{V} {O} toe"},
	{stWelcome, "is|zijn|was", "{V} ingenomen met {O}"},
	{stWelcome, "is|zijn|was", "{V} verheugd over {O}"},
	{stWelcome, "is|zijn|was", "{V} blij met {O}"},
	{stWelcome, "waardeert|waarderen|waardeerde", "{V} {O}"},
	{stWelcome, "heeft|hebben|had", "{V} waardering voor {O}"},
	{stWelcome, "spreekt|spreken|sprak", "{V} waardering uit voor {O}"},
	{stWelcome, "neemt|nemen|nam", "{V} met instemming kennis van {O}"},
	{stWelcome, "kijkt|kijken|keek", "{V} uit naar {O}"},
	{stWelcome, "prijst|prijzen|prees", "{V} {O}"},
	{stWelcome, "is|zijn|was", "{V} verheugd {C}"},
	{stWelcome, "is|zijn|was", "{V} blij {C}"},
	{stWelcome, "begroet|begroeten|begroette", "{V} {O} met instemming"},
	{stWelcome, "spreekt|spreken|sprak", "{V} lof uit over {O}"},
	{stWelcome, "is|zijn|was", "{V} opgetogen over {O}"},
	{stWelcome, "is|zijn|was", "{V} verheugd met {O}"},
	{stSupport, "reageert|reageren|reageerde", "{V} positief op {O}"},
	// agree
	{stAgree, "stemt|stemmen|stemde", "{V} in met {O}"},
	{stAgree, "gaat|gaan|ging", "{V} akkoord met {O}"},
	{stAgree, "kan|kunnen|kon", "{V} leven met {O}"},
	{stAgree, "kan|kunnen|kon", "{V} zich vinden in {O}"},
	{stAgree, "aanvaardt|aanvaarden|aanvaardde", "{V} {O}"},
	{stAgree, "accepteert|accepteren|accepteerde", "{V} {O}"},
	{stAgree, "keurt|keuren|keurde", "{V} {O} goed"},
	{stAgree, "is|zijn|was", "{V} het eens met {O}"},
	{stAgree, "heeft|hebben|had", "{V} geen bezwaar tegen {O}"},
	{stAgree, "legt|leggen|legde", "{V} zich neer bij {O}"},
	{stAgree, "gaat|gaan|ging", "{V} mee met {O}"},
	{stAgree, "geeft|geven|gaf", "{V} groen licht voor {O}"},
	{stAgree, "geeft|geven|gaf", "{V} zijn instemming aan {O}"},
	{stAgree, "berust|berusten|berustte", "{V} in {O}"},
	{stAgree, "heeft|hebben|had", "{V} geen bezwaren tegen {O}"},
	{stAgree, "heeft|hebben|had", "{V} geen problemen met {O}"},
	{stAgree, "is|zijn|was", "{V} akkoord met {O}"},
	{stAgree, "bekrachtigt|bekrachtigen|bekrachtigde", "{V} {O}"},
	{stAgree, "stemt|stemmen|stemde", "{V} toe in {O}"},
	// satisfied
	{stSatisfied, "is|zijn|was", "{V} tevreden over {O}"},
	{stSatisfied, "is|zijn|was", "{V} tevreden met {O}"},
	{stSatisfied, "is|zijn|was", "{V} content met {O}"},
	{stSatisfied, "acht|achten|achtte", "{V} {O} evenwichtig"},
	{stSatisfied, "vindt|vinden|vond", "{V} {O} aanvaardbaar"},
	{stSatisfied, "acht|achten|achtte", "{V} {O} haalbaar"},
	{stSatisfied, "is|zijn|was", "{V} te spreken over {O}"},
	// commit
	{stCommit, "zet|zetten|zette", "{V} zich in voor {O}"},
	{stCommit, "zet|zetten|zette", "{V} in op {O}"},
	{stCommit, "committeert|committeren|committeerde", "{V} zich aan {O}"},
	{stCommit, "verbindt|verbinden|verbond", "{V} zich aan {O}"},
	{stCommit, "streeft|streven|streefde", "{V} naar {O}"},
	{stCommit, "werkt|werken|werkte", "{V} toe naar {O}"},
	{stCommit, "zegt|zeggen|zei", "{V} {O} toe"},
	{stCommit, "spant|spannen|spande", "{V} zich in voor {O}"},
	{stCommit, "beijvert|beijveren|beijverde", "{V} zich voor {O}"},
	{stCommit, "neemt|nemen|nam", "{V} het voortouw bij {O}"},
	{stCommit, "neemt|nemen|nam", "{V} het initiatief tot {O}"},
	{stCommit, "verplicht|verplichten|verplichtte", "{V} zich tot {O}"},
	{stCommit, "belooft|beloven|beloofde", "{V} {O}"},
	{stCommit, "loopt|lopen|liep", "{V} voorop bij {O}"},
	{stSupport, "draagt|dragen|droeg", "{V} {O} uit"},
	{stSupport, "is|zijn|was", "{V} vastbesloten {O} te steunen"},
	{stCommit, "engageert|engageren|engageerde", "{V} zich voor {O}"},
	{stInformational, "werkt|werken|werkte", "{V} actief mee aan {O}"},
	// priority
	{stPriority, "hecht|hechten|hechtte", "{V} aan {O}"},
	{stPriority, "hecht|hechten|hechtte", "{V} groot belang aan {O}"},
	{stPriority, "geeft|geven|gaf", "{V} prioriteit aan {O}"},
	{stPriority, "geeft|geven|gaf", "{V} voorrang aan {O}"},
	{stPriority, "acht|achten|achtte", "{V} {O} van groot belang"},
	{stPriority, "acht|achten|achtte", "{V} {O} essentieel"},
	{stPriority, "vindt|vinden|vond", "{V} {O} belangrijk"},
	{stPriority, "stelt|stellen|stelde", "{V} {O} centraal"},
	{stPriority, "legt|leggen|legde", "{V} de prioriteit bij {O}"},
	{stPriority, "legt|leggen|legde", "{V} de nadruk op {O}"},
	{stPriority, "erkent|erkennen|erkende", "{V} het belang van {O}"},
	{stPriority, "ziet|zien|zag", "{V} {O} als een prioriteit"},
	{stPriority, "beschouwt|beschouwen|beschouwde", "{V} {O} als een prioriteit"},
	{stPriority, "zet|zetten|zette", "{V} {O} hoog op de agenda"},
	{stPriority, "hecht|hechten|hechtte", "{V} veel waarde aan {O}"},
	{stPriority, "wijst|wijzen|wees", "{V} op het belang van {O}"},
	{stPriority, "acht|achten|achtte", "{V} {O} onmisbaar"},
	{stPriority, "acht|achten|achtte", "{V} {O} cruciaal"},
	// preference
	{stPreference, "heeft|hebben|had", "{V} een voorkeur voor {O}"},
	{stPreference, "geeft|geven|gaf", "{V} de voorkeur aan {O}"},
	{stPreference, "verkiest|verkiezen|verkoos", "{V} {O} boven nationale maatregelen"},
	{stPreference, "opteert|opteren|opteerde", "{V} voor {O}"},
	{stPreference, "prefereert|prefereren|prefereerde", "{V} {O}"},
	{stPreference, "houdt|houden|hield", "{V} vast aan {O}"},
	{stPreference, "ziet|zien|zag", "{V} liever {O}"},
	{stPreference, "ziet|zien|zag", "{V} het liefst {O}"},
	// oppose
	{stOppose, "wijst|wijzen|wees", "{V} {O} af"},
	{stOppose, "verwerpt|verwerpen|verwierp", "{V} {O}"},
	{stOppose, "blokkeert|blokkeren|blokkeerde", "{V} {O}"},
	{stOppose, "houdt|houden|hield", "{V} {O} tegen"},
	{stOppose, "verzet|verzetten|verzette", "{V} zich tegen {O}"},
	{stOppose, "is|zijn|was", "{V} gekant tegen {O}"},
	{stOppose, "is|zijn|was", "{V} tegenstander van {O}"},
	{stOppose, "is|zijn|was", "{V} tegen {O}"},
	{stOppose, "stemt|stemmen|stemde", "{V} tegen {O}"},
	{stOppose, "veroordeelt|veroordelen|veroordeelde", "{V} {O}"},
	{stOppose, "staat|staan|stond", "{V} negatief tegenover {O}"},
	{stOppose, "staat|staan|stond", "{V} afwijzend tegenover {O}"},
	{stOppose, "maakt|maken|maakte", "{V} bezwaar tegen {O}"},
	{stOppose, "heeft|hebben|had", "{V} bezwaar tegen {O}"},
	{stOppose, "wijst|wijzen|wees", "{V} {O} van de hand"},
	{stOppose, "acht|achten|achtte", "{V} {O} niet opportuun"},
	{stOppose, "ziet|zien|zag", "{V} geen noodzaak voor {O}"},
	{stOppose, "ziet|zien|zag", "{V} geen meerwaarde in {O}"},
	{stOppose, "ziet|zien|zag", "{V} niets in {O}"},
	{stOppose, "vindt|vinden|vond", "{V} {O} onaanvaardbaar"},
	{stOppose, "acht|achten|achtte", "{V} {O} overbodig"},
	{stOppose, "acht|achten|achtte", "{V} {O} inopportuun"},
	{stSupport, "acht|achten|achtte", "{V} {O} opportuun"},
	{stOppose, "keert|keren|keerde", "{V} zich tegen {O}"},
	{stOppose, "spreekt|spreken|sprak", "{V} zich uit tegen {O}"},
	{stOppose, "is|zijn|was", "{V} negatief over {O}"},
	{stOppose, "torpedeert|torpederen|torpedeerde", "{V} {O}"},
	{stOppose, "protesteert|protesteren|protesteerde", "{V} tegen {O}"},
	{stOppose, "ageert|ageren|ageerde", "{V} tegen {O}"},
	{stOppose, "ligt|liggen|lag", "{V} dwars bij {O}"},
	{stOppose, "voelt|voelen|voelde", "{V} weinig voor {O}"},
	{stOppose, "neemt|nemen|nam", "{V} stelling tegen {O}"},
	{stOppose, "spreekt|spreken|sprak", "{V} een veto uit over {O}"},
	{stOppose, "kan|kunnen|kon", "{V} niet instemmen met {O}"},
	{stOppose, "steunt|steunen|steunde", "{V} {O} niet"},
	{stOppose, "is|zijn|was", "{V} geen voorstander van {O}"},
	{stOppose, "ziet|zien|zag", "{V} af van {O}"},
	{stOppose, "weigert|weigeren|weigerde", "{V} {O} te steunen"},
	{stOppose, "is|zijn|was", "{V} afwijzend over {O}"},
	{stOppose, "maakt|maken|maakte", "{V} bezwaar tegen {O}"},
	{stOppose, "is|zijn|was", "{V} fel gekant tegen {O}"},
	{stOppose, "zet|zetten|zette", "{V} zich af tegen {O}"},
	// concern
	{stConcern, "betreurt|betreuren|betreurde", "{V} {O}"},
	{stConcern, "betreurt|betreuren|betreurde", "{V} {C}"},
	{stConcern, "vreest|vrezen|vreesde", "{V} {C}"},
	{stConcern, "vreest|vrezen|vreesde", "{V} voor {O}"},
	{stConcern, "maakt|maken|maakte", "{V} zich zorgen over {O}"},
	{stConcern, "heeft|hebben|had", "{V} zorgen over {O}"},
	{stConcern, "is|zijn|was", "{V} bezorgd over {O}"},
	{stConcern, "heeft|hebben|had", "{V} bedenkingen bij {O}"},
	{stConcern, "heeft|hebben|had", "{V} twijfels bij {O}"},
	{stConcern, "heeft|hebben|had", "{V} twijfels over {O}"},
	{stConcern, "heeft|hebben|had", "{V} reserves bij {O}"},
	{stConcern, "is|zijn|was", "{V} huiverig voor {O}"},
	{stConcern, "is|zijn|was", "{V} sceptisch over {O}"},
	{stConcern, "is|zijn|was", "{V} kritisch over {O}"},
	{stConcern, "staat|staan|stond", "{V} kritisch tegenover {O}"},
	{stConcern, "staat|staan|stond", "{V} sceptisch tegenover {O}"},
	{stConcern, "plaatst|plaatsen|plaatste", "{V} vraagtekens bij {O}"},
	{stConcern, "plaatst|plaatsen|plaatste", "{V} kanttekeningen bij {O}"},
	{stConcern, "zet|zetten|zette", "{V} vraagtekens bij {O}"},
	{stConcern, "waarschuwt|waarschuwen|waarschuwde", "{V} voor {O}"},
	{stConcern, "wijst|wijzen|wees", "{V} op de risico's van {O}"},
	{stConcern, "is|zijn|was", "{V} ongerust over {O}"},
	{stConcern, "is|zijn|was", "{V} verontrust over {O}"},
	{stConcern, "is|zijn|was", "{V} teleurgesteld over {O}"},
	{stConcern, "is|zijn|was", "{V} teleurgesteld in {O}"},
	{stConcern, "twijfelt|twijfelen|twijfelde", "{V} aan {O}"},
	{stConcern, "betwijfelt|betwijfelen|betwijfelde", "{V} de noodzaak van {O}"},
	{stConcern, "heeft|hebben|had", "{V} moeite met {O}"},
	{stConcern, "ziet|zien|zag", "{V} problemen bij {O}"},
	{stConcern, "ziet|zien|zag", "{V} risico's in {O}"},
	{stConcern, "is|zijn|was", "{V} niet gelukkig met {O}"},
	{stConcern, "stoort|storen|stoorde", "{V} zich aan {O}"},
	{stConcern, "uit|uiten|uitte", "{V} zorgen over {O}"},
	{stConcern, "uit|uiten|uitte", "{V} kritiek op {O}"},
	{stConcern, "heeft|hebben|had", "{V} kritiek op {O}"},
	{stConcern, "levert|leveren|leverde", "{V} kritiek op {O}"},
	{stConcern, "spreekt|spreken|sprak", "{V} zorgen uit over {O}"},
	{stConcern, "spreekt|spreken|sprak", "{V} zich kritisch uit over {O}"},
	{stConcern, "uit|uiten|uitte", "{V} bezorgdheid over {O}"},
	{stConcern, "heeft|hebben|had", "{V} vragen bij {O}"},
	{stConcern, "vraagt|vragen|vroeg", "{V} aandacht voor {O}"},
	{stConcern, "is|zijn|was", "{V} beducht voor {O}"},
	{stConcern, "is|zijn|was", "{V} bang voor {O}"},
	{stConcern, "kijkt|kijken|keek", "{V} kritisch naar {O}"},
	{stConcern, "hekelt|hekelen|hekelde", "{V} {O}"},
	{stConcern, "bekritiseert|bekritiseren|bekritiseerde", "{V} {O}"},
	{stConcern, "is|zijn|was", "{V} ontevreden over {O}"},
	{stConcern, "heeft|hebben|had", "{V} scepsis over {O}"},
	{stConcern, "heeft|hebben|had", "{V} bezwaren bij {O}"},
	{stConcern, "ziet|zien|zag", "{V} bezwaren in {O}"},
	{stConcern, "volgt|volgen|volgde", "{V} {O} met zorg"},
	{stConcern, "houdt|houden|hield", "{V} {O} nauwlettend in de gaten"},
	{stConcern, "waakt|waken|waakte", "{V} voor {O}"},
	{stConcern, "acht|achten|achtte", "{V} {O} risicovol"},
	{stConcern, "vindt|vinden|vond", "{V} {O} zorgelijk"},
	{stConcern, "acht|achten|achtte", "{V} {O} disproportioneel"},
	{stConcern, "is|zijn|was", "{V} niet overtuigd van {O}"},
	{stConcern, "trekt|trekken|trok", "{V} {O} in twijfel"},
	// reserved
	{stReserved, "maakt|maken|maakte", "{V} een voorbehoud bij {O}"},
	{stReserved, "heeft|hebben|had", "{V} een voorbehoud bij {O}"},
	{stReserved, "plaatst|plaatsen|plaatste", "{V} een voorbehoud bij {O}"},
	{stReserved, "heeft|hebben|had", "{V} een studievoorbehoud bij {O}"},
	{stReserved, "onthoudt|onthouden|onthield", "{V} zich van stemming over {O}"},
	{stReserved, "is|zijn|was", "{V} terughoudend over {O}"},
	{stReserved, "is|zijn|was", "{V} terughoudend met {O}"},
	{stReserved, "staat|staan|stond", "{V} terughoudend tegenover {O}"},
	{stReserved, "staat|staan|stond", "{V} afwachtend tegenover {O}"},
	{stReserved, "staat|staan|stond", "{V} neutraal tegenover {O}"},
	{stReserved, "is|zijn|was", "{V} voorzichtig met {O}"},
	{stReserved, "beraadt|beraden|beraadde", "{V} zich nog op {O}"},
	{stReserved, "houdt|houden|hield", "{V} een slag om de arm bij {O}"},
	{stReserved, "is|zijn|was", "{V} niet tegen {O}"},
	{stReserved, "aarzelt|aarzelen|aarzelde", "{V} over {O}"},
	{stConcern, "is|zijn|was", "{V} nog niet overtuigd van {O}"},
	{stReserved, "wacht|wachten|wachtte", "{V} {O} af"},
	{stReserved, "stelt|stellen|stelde", "{V} voorwaarden aan {O}"},
	{stReserved, "verbindt|verbinden|verbond", "{V} voorwaarden aan {O}"},
	{stReserved, "is|zijn|was", "{V} gereserveerd over {O}"},
	{stReserved, "stelt|stellen|stelde", "{V} zich terughoudend op over {O}"},
	// informational
	{stInformational, "neemt|nemen|nam", "{V} kennis van {O}"},
	{stInformational, "is|zijn|was", "{V} betrokken bij {O}"},
	{"", "neemt|nemen|nam", "{V} deel aan {O}"}, // attending a meeting: no position
	{stInformational, "doet|doen|deed", "{V} mee aan {O}"},
	// a second round: distancing, sympathy, trust, disapproval
	{stOppose, "neemt|nemen|nam", "{V} afstand van {O}"},
	{stOppose, "distantieert|distantiëren|distantieerde", "{V} zich van {O}"},
	{stOppose, "heeft|hebben|had", "{V} geen behoefte aan {O}"},
	{stOppose, "ziet|zien|zag", "{V} geen aanleiding voor {O}"},
	{stOppose, "keurt|keuren|keurde", "{V} {O} af"},
	{stOppose, "is|zijn|was", "{V} het oneens met {O}"},
	{stOppose, "staat|staan|stond", "{V} afkerig tegenover {O}"},
	{stOppose, "is|zijn|was", "{V} afkerig van {O}"},
	{stOppose, "is|zijn|was", "{V} principieel tegen {O}"},
	{stSupport, "heeft|hebben|had", "{V} sympathie voor {O}"},
	{stSupport, "heeft|hebben|had", "{V} vertrouwen in {O}"},
	{stConcern, "heeft|hebben|had", "{V} geen vertrouwen in {O}"},
	{stSupport, "komt|komen|kwam", "{V} op voor {O}"},
	{stSupport, "neemt|nemen|nam", "{V} het op voor {O}"},
	{stSupport, "verlangt|verlangen|verlangde", "{V} {C}"},
	{stPreference, "acht|achten|achtte", "{V} {O} wenselijk"},
	{stOppose, "acht|achten|achtte", "{V} {O} onwenselijk"},
	{stSupport, "is|zijn|was", "{V} een groot voorstander van {O}"},
	{stReserved, "is|zijn|was", "{V} ambivalent over {O}"},
	{stReserved, "is|zijn|was", "{V} verdeeld over {O}"},
	{stPreference, "heeft|hebben|had", "{V} een uitgesproken voorkeur voor {O}"},
	{stCommit, "maakt|maken|maakte", "{V} werk van {O}"},
	{stCommit, "zet|zetten|zette", "{V} de schouders onder {O}"},
	{stCommit, "is|zijn|was", "{V} bereid tot {O}"},
	{stAgree, "deelt|delen|deelde", "{V} de analyse van de Commissie over {O}"},
	{stConcern, "deelt|delen|deelde", "{V} de zorgen over {O}"},
	{stConcern, "heeft|hebben|had", "{V} grote zorgen over {O}"},
	{stConcern, "is|zijn|was", "{V} uiterst kritisch over {O}"},
	{stWelcome, "juicht|juichen|juichte", "{V} {O} van harte toe"},
	{stOppose, "wijst|wijzen|wees", "{V} {O} resoluut af"},
	{stConcern, "heeft|hebben|had", "{V} ernstige twijfels over {O}"},
	{stReserved, "staat|staan|stond", "{V} positief-kritisch tegenover {O}"},
	{stConcern, "is|zijn|was", "{V} allerminst overtuigd van {O}"},
	{stReserved, "houdt|houden|hield", "{V} de boot af bij {O}"},
	{stOppose, "staat|staan|stond", "{V} niet achter {O}"},
	// none: look-alikes
	{"", "bespreekt|bespreken|besprak", "{V} {O}"},
	{"", "presenteert|presenteren|presenteerde", "{V} {O}"},
	{"", "ontvangt|ontvangen|ontving", "{V} {O}"},
	{"", "publiceert|publiceren|publiceerde", "{V} {O}"},
	{"", "analyseert|analyseren|analyseerde", "{V} {O}"},
	{"", "vertaalt|vertalen|vertaalde", "{V} {O}"},
	{"", "stuurt|sturen|stuurde", "{V} {O} door"},
	{"", "verstuurt|versturen|verstuurde", "{V} {O}"},
}

// lexActors: the cabinet, a country, another, a group; the fifth cell is
// the past of the third.
var lexActors = []stanceUsageActor{
	{"het kabinet", "country:NL", 3, "het"},
	{"Nederland", "country:NL", 3, "het"},
	{"Duitsland", "country:DE", 3, "het"},
	{"enkele lidstaten", "", 4, "zij"},
}

// cells are the fictional sentences of an entry.
func (l stanceLemma) cells() []usageCell {
	f := strings.Split(l.forms, "|")
	fill := func(a stanceUsageActor, v string) string {
		r := strings.NewReplacer("{V}", v, "{O}", lexObject, "{C}", lexClause)
		return a.capital() + " " + r.Replace(l.tmpl) + "."
	}
	subj := "grensfonds"
	if strings.Contains(l.tmpl, "{C}") {
		subj = "grensbewaking"
	}
	var out []usageCell
	for i, a := range lexActors {
		v := f[0]
		if a.person == 4 {
			v = f[1]
		}
		out = append(out, usageCell{axis: "actor", value: a.words, text: fill(a, v), want: l.want, actor: a, subj: subj})
		if i == 2 {
			out = append(out, usageCell{axis: "tense", value: "past", text: fill(a, f[2]), want: l.want, actor: a, subj: subj})
		}
	}
	return out
}

// TestStanceLemmaAudit reads every cell of every lemma and logs those the
// extractor does not read with the entry's class; it fails below the
// measured floor. A look-alike's cell is read when it gives no position.
func TestStanceLemmaAudit(t *testing.T) {
	const minRead, minLemmas = 1479, 291 // lex5 (lexicon_more.go); 1184, 232 on main at b5e5e76
	read, total, lemmasRead := 0, 0, 0
	for _, l := range stanceLemmas {
		n, cs := 0, l.cells()
		for _, c := range cs {
			total++
			if c.want == "" {
				g := fictionalLetter(t, "14 maart 2025", c.text)
				if ps := positionsOf(t, g); len(ps) > 0 {
					st, _ := ps[0].e.Props["stance"].(string)
					t.Logf("FP   %s → %s", c.text, st)
					continue
				}
				n++
				continue
			}
			miss, _ := readUsage(t, c)
			if miss != "" {
				t.Logf("MISS %-13s %s → %s", c.want, c.text, miss)
				continue
			}
			n++
		}
		read += n
		if n == len(cs) {
			lemmasRead++
		} else {
			t.Logf("LEMMA %d/%d %-13s %s %s", n, len(cs), l.want, strings.Split(l.forms, "|")[0], l.tmpl)
		}
	}
	t.Logf("lemmas %d, fully read %d; cells read %d of %d (%.3f)", len(stanceLemmas), lemmasRead, read, total, float64(read)/float64(total))
	if read < minRead || lemmasRead < minLemmas {
		t.Errorf("read %d cells, %d lemmas fully; want at least %d, %d", read, lemmasRead, minRead, minLemmas)
	}
}

// The rows of lexicon_more.go in other forms than the audit's, and the
// look-alikes that hold no position.
func TestLexiconMoreRules(t *testing.T) {
	tests := []struct {
		text string
		want stance // "" for no position
	}{
		{"Het kabinet heeft een lans gebroken voor een Europees havenfonds.", stSupport},
		{"Het is bekend dat Duitsland een lans breekt voor een Europees havenfonds.", stSupport},
		{"Het kabinet is niet te spreken over de vertraging bij de visumaanvragen.", stConcern},
		{"Het kabinet is te spreken over het compromis over de asielprocedure.", stSatisfied},
		{"Polen heeft het voorstel voor een havenfonds van de hand gewezen.", stOppose},
		{"Zweden zal het voorstel voor een havenfonds niet torpederen.", stReserved},
		{"Het kabinet stelt de bescherming van slachtoffers centraal.", stPriority},
		{"Het kabinet is niet gelukkig met de gekozen termijn.", stConcern},
		{"Italië verkiest een vrijwillige regeling boven een verplichte verdeling.", stPreference},
		{"Enkele lidstaten staan afwachtend tegenover het nieuwe fonds.", stReserved},
		// the perfect of a row with a particle, a reflexive or a noun
		{"Duitsland heeft groen licht gegeven voor het nieuwe havenfonds.", stAgree},
		{"Duitsland heeft zich gestoord aan de trage besluitvorming over het havenfonds.", stConcern},
		{"Duitsland heeft de bescherming van slachtoffers centraal gesteld.", stPriority},
		{"Enkele lidstaten hebben de noodzaak van het havenfonds in twijfel getrokken.", stConcern},
		{"Het kabinet heeft voorwaarden gesteld aan het nieuwe havenfonds.", stReserved},
		{"Duitsland heeft kritiek geleverd op het nieuwe havenfonds.", stConcern},
		// verb-final and inverted orders the derivations give
		{"Het is bekend dat Duitsland het voorstel voor een havenfonds torpedeert.", stOppose},
		{"Het is bekend dat Duitsland groen licht geeft voor het nieuwe havenfonds.", stAgree},
		{"Daarom stelt Duitsland de bescherming van slachtoffers centraal.", stPriority},
		// the second round
		{"Het kabinet heeft geen behoefte aan een nieuw agentschap voor havens.", stOppose},
		{"Het is bekend dat Oostenrijk afkerig is van een verplichte verdeling.", stOppose},
		{"Daarom komt Nederland op voor de rechten van kinderen in de asielprocedure.", stSupport},
		{"Enkele lidstaten hebben sympathie voor een Europees havenfonds.", stSupport},
		{"Het kabinet verlangt dat de Commissie de effecten eerst onderzoekt.", stSupport},
		{"Italië houdt de boot af bij de hervorming van het havenfonds.", stReserved},
		// look-alikes: attending a meeting, a text that sets conditions, a
		// Council endorsing a text
		{"De minister nam deel aan de vergadering van de Raad.", ""},
		{"De verordening stelt voorwaarden aan de doorgifte van gegevens.", ""},
		{"Daarnaast bekrachtigde de Raad de conclusies over de interne markt.", ""},
	}
	for _, tt := range tests {
		g := fictionalLetter(t, "14 maart 2025", tt.text)
		var got []string
		ok := false
		for _, p := range positionsOf(t, g) {
			st, _ := p.e.Props["stance"].(string)
			got = append(got, st)
			if stance(st) == tt.want {
				ok = true
			}
		}
		if tt.want == "" {
			ok = len(got) == 0
		}
		if !ok {
			t.Errorf("%s: got %v, want %q", tt.text, got, tt.want)
		}
	}
}
