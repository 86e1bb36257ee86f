package ingest

// The frames in which parliamentary documents write a stance (issue 12),
// harvested from the development set's reports of written consultations
// (inbreng, verslag van een schriftelijk overleg, Eerste Kamer voorlopig
// verslag, nota naar aanleiding van het verslag), reports of committee
// debates (verslag van een algemeen overleg / commissiedebat), verbatim
// reports (Handelingen), motions and answers to Kamervragen, with the class
// docs/stances.md ("Parliamentary documents", "Negation") gives them.
// TestKamerGenresAudit (kamer_forms_test.go) writes each frame in every
// genre that uses it, with every way the genre names its actor, in the
// tenses and orders of Dutch, and measures what the extractor reads.
//
// A frame is written as the rest of a main clause after its finite verb
// (v2) and as the body of a verb-final clause (vf, "{V}" where the verb
// cluster stands). The forms are, in order, the first person singular, the
// third person singular, the plural, and the past singular and plural;
// vfForms those of the verb-final clause when a separable particle joins
// the verb there ("dringen … aan" → "aandringen"). "{zich}" is the
// subject's reflexive pronoun ("mij", "ons", "zich"); a plain "zich" is
// another's ("vragen de regering zich in te zetten").

// kamerFrame is one frame of the inventory.
type kamerFrame struct {
	family string
	stance stance // "" when the frame holds no position (a question, a request for information)
	forms  [5]string
	v2     string
	// vf is the verb-final body ("" for v2 followed by "{V}"; "-" for a
	// frame with no natural subordinate order in the harvest); vfForms its
	// verb forms when they differ from forms.
	vf      string
	vfForms [5]string
	// inf is the infinitive after "kunnen" / "willen" ("" when the frame
	// takes no modal: it is one itself, or a perfect).
	inf string
	// neg is the rest of the negated main clause, negStance its class;
	// "" when the harvest has no negated form.
	neg       string
	negStance stance
	// members: a frame of members and groups only (a question, a request);
	// gov: a frame of the government only (a promise).
	members, gov bool
}

// Verb forms of the frames: 1sg, 3sg, plural, past sg, past plural.
var (
	zijnForms    = [5]string{"ben", "is", "zijn", "was", "waren"}
	hebbenForms  = [5]string{"heb", "heeft", "hebben", "had", "hadden"}
	vindenForms  = [5]string{"vind", "vindt", "vinden", "vond", "vonden"}
	vragenForms  = [5]string{"vraag", "vraagt", "vragen", "vroeg", "vroegen"}
	delenForms   = [5]string{"deel", "deelt", "delen", "deelde", "deelden"}
	kunnenForms  = [5]string{"kan", "kan", "kunnen", "kon", "konden"}
	willenForms  = [5]string{"wil", "wil", "willen", "wilde", "wilden"}
	achtenForms  = [5]string{"acht", "acht", "achten", "achtte", "achtten"}
	steunenForms = [5]string{"steun", "steunt", "steunen", "steunde", "steunden"}
)

// kamerFrames is the inventory, in the order of docs/stances.md's classes.
var kamerFrames = []kamerFrame{
	// support
	{family: "steunen", stance: stSupport, forms: steunenForms, v2: "het voorstel voor een grensfonds", inf: "steunen",
		neg: "het voorstel voor een grensfonds niet", negStance: stOppose},
	{family: "voorstander", stance: stSupport, forms: zijnForms, v2: "voorstander van een Europees grensfonds", vf: "voorstander {V} van een Europees grensfonds",
		neg: "geen voorstander van een Europees grensfonds", negStance: stOppose},
	{family: "onderschrijven", stance: stSupport, forms: [5]string{"onderschrijf", "onderschrijft", "onderschrijven", "onderschreef", "onderschreven"},
		v2: "de inzet van het kabinet op het grensfonds", inf: "onderschrijven",
		neg: "de inzet van het kabinet op het grensfonds niet", negStance: stOppose},
	{family: "onderstrepen het belang", stance: stSupport, forms: [5]string{"onderstreep", "onderstreept", "onderstrepen", "onderstreepte", "onderstreepten"},
		v2: "het belang van een gedegen uitvoering van het pact"},
	{family: "aansluiten bij het standpunt", stance: stSupport, forms: [5]string{"sluit", "sluit", "sluiten", "sloot", "sloten"},
		v2: "{zich} aan bij het standpunt van de Raad over het grensfonds", vf: "{zich} {V} bij het standpunt van de Raad over het grensfonds",
		vfForms: [5]string{"aansluit", "aansluit", "aansluiten", "aansloot", "aansloten"}},
	{family: "pleiten voor", stance: stSupport, forms: [5]string{"pleit", "pleit", "pleiten", "pleitte", "pleitten"},
		v2: "voor een Europees grensfonds", vf: "{V} voor een Europees grensfonds"},
	{family: "dringen aan op", stance: stSupport, forms: [5]string{"dring", "dringt", "dringen", "drong", "drongen"},
		v2:      "er bij de regering op aan de onderhandelingen over het grensfonds op te schorten",
		vf:      "er bij de regering op {V} de onderhandelingen over het grensfonds op te schorten",
		vfForms: [5]string{"aandring", "aandringt", "aandringen", "aandrong", "aandrongen"}, members: true},
	{family: "verzoeken zich in te zetten", stance: stSupport, forms: [5]string{"verzoek", "verzoekt", "verzoeken", "verzocht", "verzochten"},
		v2: "de regering zich in te zetten voor een Europees grensfonds", vf: "de regering {V} zich in te zetten voor een Europees grensfonds", members: true},
	{family: "willen vragen zich in te zetten", stance: stSupport, forms: willenForms,
		v2: "de regering vragen zich in te zetten voor een Europees grensfonds", vf: "de regering {V} vragen zich in te zetten voor een Europees grensfonds", members: true},
	{family: "vragen zich in te zetten", stance: stSupport, forms: vragenForms,
		v2: "de regering zich in te zetten voor een Europees grensfonds", vf: "de regering {V} zich in te zetten voor een Europees grensfonds", members: true},
	{family: "bepleiten dat", stance: stSupport, forms: [5]string{"bepleit", "bepleit", "bepleiten", "bepleitte", "bepleitten"},
		v2: "dat het grensfonds wordt uitgebreid", vf: "{V} dat het grensfonds wordt uitgebreid"},
	// statements of opinion take their class from the dat-clause
	// (docs/stances.md, "Statements of opinion"): a requirement is
	// reserved, a plain assessment support
	{family: "vinden dat … moet", stance: stReserved, forms: vindenForms, v2: "dat er een Europees grensfonds moet komen",
		vf: "{V} dat er een Europees grensfonds moet komen"},
	{family: "menen dat … moet", stance: stReserved, forms: [5]string{"meen", "meent", "menen", "meende", "meenden"},
		v2: "dat er een Europees grensfonds moet komen", vf: "{V} dat er een Europees grensfonds moet komen"},
	{family: "vinden dat … is", stance: stSupport, forms: vindenForms, v2: "dat het grensfonds een verbetering is",
		vf: "{V} dat het grensfonds een verbetering is"},
	// welcome
	{family: "kijken uit naar", stance: stWelcome, forms: [5]string{"kijk", "kijkt", "kijken", "keek", "keken"},
		v2: "uit naar het voorstel voor een grensfonds", vf: "{V} naar het voorstel voor een grensfonds",
		vfForms: [5]string{"uitkijk", "uitkijkt", "uitkijken", "uitkeek", "uitkeken"}},
	{family: "verwelkomen", stance: stWelcome, forms: [5]string{"verwelkom", "verwelkomt", "verwelkomen", "verwelkomde", "verwelkomden"},
		v2: "het akkoord over het grensfonds", inf: "verwelkomen"},
	{family: "verheugd over", stance: stWelcome, forms: zijnForms, v2: "verheugd over het akkoord over het grensfonds", vf: "verheugd {V} over het akkoord over het grensfonds"},
	{family: "vinden het positief dat", stance: stWelcome, forms: vindenForms, v2: "het positief dat de Commissie een grensfonds voorstelt",
		vf: "het positief {V} dat de Commissie een grensfonds voorstelt"},
	{family: "waardering voor", stance: stWelcome, forms: hebbenForms, v2: "waardering voor de inzet van het kabinet op het grensfonds", vf: "waardering {V} voor de inzet van het kabinet op het grensfonds"},
	{family: "met waardering kennisgenomen", stance: stWelcome, forms: hebbenForms, v2: "met waardering kennisgenomen van het voorstel voor een grensfonds", vf: "-"},
	// agree
	{family: "zich vinden in", stance: stAgree, forms: kunnenForms, v2: "{zich} vinden in de voorgestelde aanpak van het grensfonds",
		vf:      "{zich} in de voorgestelde aanpak van het grensfonds {V}",
		vfForms: [5]string{"kan vinden", "kan vinden", "kunnen vinden", "kon vinden", "konden vinden"},
		neg:     "{zich} niet vinden in de voorgestelde aanpak van het grensfonds", negStance: stOppose},
	{family: "instemmen met", stance: stAgree, forms: [5]string{"stem", "stemt", "stemmen", "stemde", "stemden"},
		v2: "in met het compromis over het grensfonds", vf: "met het compromis over het grensfonds {V}",
		vfForms: [5]string{"instem", "instemt", "instemmen", "instemde", "instemden"}, inf: "instemmen",
		neg: "niet in met het compromis over het grensfonds", negStance: stOppose},
	{family: "het eens met", stance: stAgree, forms: zijnForms, v2: "het eens met de voorgestelde aanpak van het grensfonds", vf: "het eens {V} met de voorgestelde aanpak van het grensfonds",
		neg: "het niet eens met de voorgestelde aanpak van het grensfonds", negStance: stOppose},
	{family: "delen de mening", stance: stAgree, forms: delenForms, v2: "de mening dat een grensfonds nodig is",
		vf: "de mening {V} dat een grensfonds nodig is"},
	{family: "het met de vragensteller eens", stance: stAgree, forms: zijnForms, v2: "het met de vragensteller eens dat een grensfonds nodig is",
		vf: "het met de vragensteller eens {V} dat een grensfonds nodig is", gov: true},
	// the government's reply names the members in its object (a memorie
	// van antwoord, a nota naar aanleiding van het verslag)
	{family: "delen de mening van de leden", stance: stAgree, forms: delenForms,
		v2: "de mening van de leden van de VVD-fractie dat een grensfonds nodig is",
		vf: "de mening van de leden van de VVD-fractie {V} dat een grensfonds nodig is", gov: true},
	{family: "delen de zorg van de leden", stance: stConcern, forms: delenForms,
		v2: "de zorg van de leden van de SP-fractie over de gevolgen van het grensfonds",
		vf: "de zorg van de leden van de SP-fractie over de gevolgen van het grensfonds {V}", gov: true},
	{family: "het met de leden eens", stance: stAgree, forms: zijnForms, v2: "het met de leden van de CDA-fractie eens dat een grensfonds nodig is",
		vf: "het met de leden van de CDA-fractie eens {V} dat een grensfonds nodig is", gov: true},
	// satisfied
	{family: "tevreden over", stance: stSatisfied, forms: zijnForms, v2: "tevreden over de inzet van het kabinet op het grensfonds", vf: "tevreden {V} over de inzet van het kabinet op het grensfonds",
		neg: "niet tevreden over de inzet van het kabinet op het grensfonds", negStance: stConcern},
	// commit
	{family: "zetten zich in voor", stance: stCommit, forms: [5]string{"zet", "zet", "zetten", "zette", "zetten"},
		v2: "{zich} in voor een Europees grensfonds", vf: "{zich} voor een Europees grensfonds {V}",
		vfForms: [5]string{"inzet", "inzet", "inzetten", "inzette", "inzetten"}, inf: "inzetten", gov: true},
	{family: "zeggen toe zich in te zetten", stance: stCommit, forms: [5]string{"zeg", "zegt", "zeggen", "zei", "zeiden"},
		v2: "toe {zich} in te zetten voor een Europees grensfonds", vf: "{V} {zich} in te zetten voor een Europees grensfonds",
		vfForms: [5]string{"toezeg", "toezegt", "toezeggen", "toezei", "toezeiden"}, gov: true},
	// preference
	{family: "graag gezien", stance: stPreference, forms: hebbenForms, v2: "graag gezien dat het grensfonds groter was geworden", vf: "-"},
	// priority
	{family: "vinden het belangrijk dat", stance: stPriority, forms: vindenForms, v2: "het belangrijk dat het grensfonds er snel komt",
		vf: "het belangrijk {V} dat het grensfonds er snel komt"},
	{family: "hechten belang aan", stance: stPriority, forms: [5]string{"hecht", "hecht", "hechten", "hechtte", "hechtten"},
		v2: "groot belang aan een gedegen evaluatie van het grensfonds", vf: "groot belang {V} aan een gedegen evaluatie van het grensfonds"},
	// oppose
	{family: "tegen", stance: stOppose, forms: zijnForms, v2: "tegen een verplicht solidariteitsmechanisme"},
	{family: "afwijzen", stance: stOppose, forms: [5]string{"wijs", "wijst", "wijzen", "wees", "wezen"},
		v2: "het voorstel voor een grensfonds af", vf: "het voorstel voor een grensfonds {V}",
		vfForms: [5]string{"afwijs", "afwijst", "afwijzen", "afwees", "afwezen"}, inf: "afwijzen"},
	{family: "bezwaar tegen", stance: stOppose, forms: hebbenForms, v2: "bezwaar tegen een verplicht solidariteitsmechanisme", vf: "bezwaar {V} tegen een verplicht solidariteitsmechanisme",
		neg: "geen bezwaar tegen een verplicht solidariteitsmechanisme", negStance: stAgree},
	{family: "onwenselijk achten", stance: stOppose, forms: achtenForms, v2: "een verplicht solidariteitsmechanisme onwenselijk"},
	// concern
	{family: "bezorgd over", stance: stConcern, forms: zijnForms, v2: "bezorgd over de gevolgen van het grensfonds voor de rechtsstaat", vf: "bezorgd {V} over de gevolgen van het grensfonds voor de rechtsstaat"},
	{family: "zorgen maken", stance: stConcern, forms: [5]string{"maak", "maakt", "maken", "maakte", "maakten"},
		v2: "{zich} zorgen over de gevolgen van het grensfonds voor de rechtsstaat",
		vf: "{zich} zorgen {V} over de gevolgen van het grensfonds voor de rechtsstaat"},
	{family: "zorgen hebben", stance: stConcern, forms: hebbenForms, v2: "zorgen over de gevolgen van het grensfonds voor de rechtsstaat", vf: "zorgen {V} over de gevolgen van het grensfonds voor de rechtsstaat"},
	{family: "kritisch over", stance: stConcern, forms: zijnForms, v2: "kritisch over het voorgestelde screeningsmechanisme", vf: "kritisch {V} over het voorgestelde screeningsmechanisme"},
	{family: "verbaasd over", stance: stConcern, forms: zijnForms, v2: "verbaasd over de hoogte van de beoogde bedragen", vf: "verbaasd {V} over de hoogte van de beoogde bedragen"},
	{family: "betreuren", stance: stConcern, forms: [5]string{"betreur", "betreurt", "betreuren", "betreurde", "betreurden"},
		v2: "het uitstel van de evaluatie van het grensfonds"},
	{family: "moeite met", stance: stConcern, forms: hebbenForms, v2: "grote moeite met de voorgestelde screening aan de grens", vf: "grote moeite {V} met de voorgestelde screening aan de grens"},
	{family: "delen de zorg", stance: stConcern, forms: delenForms, v2: "de zorg over de gevolgen van het grensfonds",
		vf: "de zorg {V} over de gevolgen van het grensfonds"},
	{family: "aandacht voor", stance: stConcern, forms: vragenForms, v2: "aandacht voor de rechtsbescherming van asielzoekers", vf: "aandacht {V} voor de rechtsbescherming van asielzoekers", members: true},
	{family: "met zorg kennisgenomen", stance: stConcern, forms: hebbenForms, v2: "met zorg kennisgenomen van het voorstel voor een grensfonds", vf: "-", members: true},
	{family: "met gemengde gevoelens kennisgenomen", stance: stConcern, forms: hebbenForms,
		v2: "met gemengde gevoelens kennisgenomen van het voorstel voor een grensfonds", vf: "-", members: true},
	// no position: correspondence with parliament (docs/stances.md,
	// convention 2), questions and requests for information
	{family: "toezeggen te informeren", forms: [5]string{"zeg", "zegt", "zeggen", "zei", "zeiden"},
		v2: "toe de Kamer voor de zomer te informeren over het grensfonds", vf: "{V} de Kamer voor de zomer te informeren over het grensfonds",
		vfForms: [5]string{"toezeg", "toezegt", "toezeggen", "toezei", "toezeiden"}, gov: true},
	{family: "toezeggen een brief", forms: [5]string{"zeg", "zegt", "zeggen", "zei", "zeiden"},
		v2: "toe de Kamer een brief over het grensfonds te sturen", vf: "{V} de Kamer een brief over het grensfonds te sturen",
		vfForms: [5]string{"toezeg", "toezegt", "toezeggen", "toezei", "toezeiden"}, gov: true},
	{family: "vragen of", forms: vragenForms, v2: "de regering of het kabinet het voorstel voor een grensfonds steunt",
		vf: "de regering {V} of het kabinet het voorstel voor een grensfonds steunt", members: true},
	{family: "vragen hoe", forms: vragenForms, v2: "hoe het kabinet zich wil inzetten voor een Europees grensfonds",
		vf: "{V} hoe het kabinet zich wil inzetten voor een Europees grensfonds", members: true},
	{family: "vragen om een toelichting", forms: vragenForms, v2: "de regering om een nadere toelichting op het grensfonds",
		vf: "de regering om een nadere toelichting op het grensfonds {V}", members: true},
	{family: "verzoeken te informeren", forms: [5]string{"verzoek", "verzoekt", "verzoeken", "verzocht", "verzochten"},
		v2: "de regering de Kamer te informeren over het grensfonds", vf: "de regering {V} de Kamer te informeren over het grensfonds", members: true},
	{family: "vragen aankondigen", forms: hebbenForms, v2: "nog enkele vragen over de gevolgen van het grensfonds", members: true},
	{family: "aansluiten bij de vragen", forms: [5]string{"sluit", "sluit", "sluiten", "sloot", "sloten"},
		v2: "{zich} aan bij de vragen van de leden van de VVD-fractie", vf: "{zich} {V} bij de vragen van de leden van de VVD-fractie", members: true,
		vfForms: [5]string{"aansluit", "aansluit", "aansluiten", "aansloot", "aansloten"}},
	{family: "vragen stellen", forms: [5]string{"stel", "stelt", "stellen", "stelde", "stelden"}, v2: "graag nog enkele vragen over het grensfonds", members: true},
	{family: "benieuwd naar", forms: zijnForms, v2: "benieuwd naar de gevolgen van het grensfonds", vf: "benieuwd {V} naar de gevolgen van het grensfonds", members: true},
	{family: "lezen dat", forms: [5]string{"lees", "leest", "lezen", "las", "lazen"}, v2: "in de brief dat de Commissie een grensfonds voorstelt", vf: "-", members: true},
	{family: "willen weten of", forms: willenForms, v2: "weten of het kabinet het voorstel voor een grensfonds steunt",
		vf: "{V} weten of het kabinet het voorstel voor een grensfonds steunt", members: true},
}

// kamerMotionFrames are the operative clauses of a motion ("De Kamer,
// gehoord de beraadslaging, …"): support of "de Kamer" (docs/stances.md,
// convention 28), after recitals of any kind.
var kamerMotionFrames = []string{
	"verzoekt de regering zich in te zetten voor een Europees grensfonds",
	"verzoekt de regering om zich in te zetten voor een Europees grensfonds",
	"verzoekt het kabinet in de JBZ-Raad te pleiten voor een Europees grensfonds",
	"verzoekt de regering het voorstel voor een grensfonds te steunen",
	"verzoekt de regering om in Europees verband te pleiten voor een grensfonds",
	"roept de regering op zich in te zetten voor een Europees grensfonds",
	"draagt de regering op zich in te zetten voor een Europees grensfonds",
	"verzoekt de regering, in overleg met de andere lidstaten, te pleiten voor een Europees grensfonds",
	"verzoekt de regering voorts zich in te zetten voor een Europees grensfonds",
	"verzoekt de regering tevens het voorstel voor een grensfonds te steunen",
	"verzoekt de minister van Justitie en Veiligheid zich in te zetten voor een Europees grensfonds",
}
