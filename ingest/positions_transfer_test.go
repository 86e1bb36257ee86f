package ingest

import (
	"slices"
	"strings"
	"testing"
)

// transferCase is one sentence of a fictional letter and the position it
// should give ("" for none).
type transferCase struct {
	sentence string
	stance   stance
	actors   string // HOLDS sources, sorted, joined with "+", when it matters
	subject  string // a part of the subject's words, when it matters
}

// checkTransfer extracts each sentence as the body of a one-sentence
// letter and checks its one position, or that it has none.
func checkTransfer(t *testing.T, cases []transferCase) {
	t.Helper()
	for _, c := range cases {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence))
		if c.stance == "" {
			for _, p := range ps {
				t.Errorf("%q: want no position, got %v (cue %q)", c.sentence, p.e.Props["stance"], p.e.Props["cue"])
			}
			continue
		}
		if len(ps) != 1 {
			t.Errorf("%q: want one position, got %d", c.sentence, len(ps))
			continue
		}
		p := ps[0]
		if got := p.e.Props["stance"]; got != string(c.stance) {
			t.Errorf("%q: stance %v, want %s (cue %q)", c.sentence, got, c.stance, p.e.Props["cue"])
		}
		if c.actors != "" {
			holds := slices.Clone(p.holds)
			slices.Sort(holds)
			if got := strings.Join(holds, "+"); got != c.actors {
				t.Errorf("%q: actors %q, want %q (actor %q)", c.sentence, got, c.actors, p.e.Props["actor"])
			}
		}
		if subj, _ := p.e.Props["subject"].(string); c.subject != "" && !strings.Contains(subj, c.subject) {
			t.Errorf("%q: subject %q, want it to hold %q", c.sentence, subj, c.subject)
		}
	}
}

// Rule 1: a closed class of adverbs and particles may stand inside any
// cue's fixed sequence or strict gap without breaking it; a negation or a
// content word does not, and a negation keeps turning the cue.
func TestCueAdverbsInsideCue(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet vindt het van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het daarom van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het dan ook van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet vindt het met name van belang dat de lidstaten samenwerken.", stPriority, "", ""},
		{"Het kabinet streeft er namelijk naar een akkoord te bereiken.", stCommit, "", ""},
		{"Het kabinet streeft nog steeds naar een akkoord.", stCommit, "", ""},
		{"Het kabinet is dan ook nadrukkelijk voorstander van een Europese aanpak.", stSupport, "", ""},
		{"Het kabinet zet zich nog steeds in voor een akkoord.", stCommit, "", ""},
		{"Het kabinet hecht er in het bijzonder aan dat de rechten geborgd zijn.", stPriority, "", ""},
		// a hedge skipped inside the cue still hedges it
		{"Nederland kan zich daarom in beginsel vinden in het compromis.", stReserved, "", ""},
		// a negation is no adverb of the class: in a gap or inside a fixed
		// sequence it turns the cue (a negated priority is reserved)
		{"Het kabinet is daarom geen voorstander van een Europese aanpak.", stOppose, "", ""},
		{"Het kabinet vindt het niet van belang dat de lidstaten samenwerken.", stReserved, "country:NL", ""},
		{"Ik bericht u dat Nederland zich niet tegen een verlenging zal verzetten.", stReserved, "country:NL", "een verlenging"},
		{"Nederland zal het compromis niet blokkeren.", stReserved, "country:NL", ""},
		{"Het kabinet ziet geen reden om het voorstel te steunen.", stOppose, "country:NL", "het voorstel te steunen"},
		{"Het kabinet zou graag zien dat de termijn wordt verlengd.", stPreference, "country:NL", "de termijn wordt verlengd"},
		// a content word is no adverb: "het project" is the object
		{"Het kabinet vindt het project van belang voor de regio.", "", "", ""},
	})
}

// Rule 3: aiming ("streven naar") is a commitment of whoever aims, not of
// the cabinet only; the presidency announcing the format of an agenda item
// or a request to the Council is procedure, and so is the purpose of an
// instrument.
func TestAimOfAnyActor(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het Hongaarse voorzitterschap streeft nog steeds naar het bereiken van een algemene oriëntatie over deze verordening.", stCommit, "country:HU", "het bereiken van een algemene oriëntatie"},
		{"Het Slowaakse Voorzitterschap streeft er namelijk naar tijdens deze bijeenkomst een algemene oriëntatie te bereiken.", stCommit, "country:SK", "een algemene oriëntatie te bereiken"},
		{"De Commissie streefde naar een akkoord voor de zomer.", stCommit, "org:european-commission", "een akkoord voor de zomer"},
		{"Het merendeel van de lidstaten lijkt actief te streven naar afronding van dit dossier.", stCommit, "", "afronding van dit dossier"},
		{"Het kabinet heeft steeds gestreefd naar een evenwichtige uitkomst.", stCommit, "country:NL", "een evenwichtige uitkomst"},
		{"Het kabinet streeft naar een snelle afronding.", stCommit, "country:NL", ""},
		// no position
		{"Het voorzitterschap streeft naar een algemene oriëntatie over het voorstel.", "", "", ""},
		{"Het Voorzitterschap streeft ernaar de Raad te vragen in te stemmen met een algemene oriëntatie.", "", "", ""},
		{"Het Deense voorzitterschap streeft naar een akkoord.", "", "", ""},
		{"Met het voorstel streeft de Commissie naar een betere bescherming van slachtoffers.", "", "", ""},
	})
}

// Rule 2: a prepositional phrase (or two) attached to a cue's noun head
// may stand between the noun and the cue's preposition, bounded: at most
// six words, no punctuation, no verb or clause word.
func TestAttachedPhraseInsideCue(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet ziet een duidelijke meerwaarde voor de Europese Unie in het voorstel.", stSupport, "country:NL", "het voorstel"},
		{"Het kabinet ziet meerwaarde voor de lidstaten in een gezamenlijke aanpak.", stSupport, "country:NL", "een gezamenlijke aanpak"},
		{"Nederland sprak zijn zorgen bij de Commissie uit over de termijnen.", stConcern, "country:NL", "de termijnen"},
		{"Het kabinet benadrukt het belang voor Nederland van een sterke buitengrens.", stSupport, "country:NL", "een sterke buitengrens"},
		// the preposition right after the noun is the cue's own
		{"Het kabinet ziet meerwaarde in het voorstel voor de lidstaten.", stSupport, "country:NL", "het voorstel"},
		// bounds: a relative clause, a comma, three phrases
		{"Het kabinet ziet meerwaarde voor de lidstaten die samenwerken in het voorstel.", "", "", ""},
		{"Het kabinet ziet meerwaarde voor de lidstaten, in het bijzonder in het voorstel.", "", "", ""},
		{"Het kabinet ziet meerwaarde voor de diensten bij de grens op de luchthavens in het voorstel.", "", "", ""},
	})
}

// Rule 3: "EC" is the Commission where the letter names the Commission; a
// country named inside a group (", waaronder Nederland,") holds the
// group's position.
func TestActorShortFormsAndIncluded(t *testing.T) {
	const ec = "org:european-commission"
	checkTransfer(t, []transferCase{
		{"De Europese Commissie presenteerde een voorstel. Ook de EC sprak haar steun uit voor het voorstel.", stSupport, ec, "het voorstel"},
		{"De Europese Commissie presenteerde een voorstel. De EC steunt de aanpak.", stSupport, ec, "de aanpak"},
		{"Tijdens de Raad spraken meerdere lidstaten, waaronder Nederland, hun teleurstelling uit over het compromis.", stConcern, "country:NL", "het compromis"},
		{"Enkele lidstaten, waaronder Frankrijk en Duitsland, steunen het voorstel.", stSupport, "country:DE+country:FR", "het voorstel"},
		// no Commission named in the letter: "EC" is not read as one
		{"De EC steunt de aanpak.", "", "", ""},
		// a group without an aside keeps its words only
		{"Meerdere lidstaten spraken hun zorgen uit over het compromis.", stConcern, "", "het compromis"},
	})
}

// Rule 4: "acht / vindt X <evaluative adjective>" with a documented class of
// adjectives; a negation turns it; "vindt plaats" is no judgement.
func TestEvaluativePredicates(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap achtte het compromis uitgebalanceerd ten aanzien van de belangen van de lidstaten.", stSatisfied, "", "het compromis"},
		{"Het kabinet acht de waarborgen voldoende.", stSatisfied, "country:NL", "de waarborgen"},
		{"Het kabinet vindt de tekst aanvaardbaar.", stSatisfied, "country:NL", "de tekst"},
		{"Het kabinet acht de tekst niet evenwichtig.", stConcern, "country:NL", "de tekst"},
		{"Het kabinet vindt de voorgestelde termijn onaanvaardbaar.", stOppose, "country:NL", "de voorgestelde termijn"},
		{"Nederland vond het compromis onwerkbaar voor de praktijk.", stConcern, "country:NL", "het compromis"},
		// no judgement
		{"Het overleg met de Commissie vindt plaats in een evenwichtig kader.", "", "", ""},
		{"Het overleg vindt plaats op basis van voldoende informatie.", "", "", ""},
	})
}

// The rest of the fifth set's misses, each as a form of any letter.
func TestFifthSetForms(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Ook de bevoegde instanties (BI’s) onderschrijven het nut van het gebruik van PNR-gegevens.", stSupport, "", "het nut van het gebruik"},
		{"Het Europees Parlement heeft een advies uitgebracht, waarbij het instemming betuigt met de tekst van de Raad.", stAgree, "org:ep", "de tekst van de Raad"},
		{"Het Europees Parlement betuigde instemming met de tekst.", stAgree, "org:ep", "de tekst"},
		{"Het merendeel van de lidstaten is bereid gebleken in te stemmen met een verordening.", stAgree, "", "een verordening"},
		{"Het merendeel van de lidstaten is bereid gebleken in te stemmen met een verordening, mits die voldoende ruimte laat.", stReserved, "", "een verordening"},
		{"Het Luxemburgse voorzitterschap heeft besloten alle inspanningen te richten op de afronding van de verordening.", stCommit, "country:LU", "de afronding van de verordening"},
		{"Het kabinet richt zijn inspanningen op de uitvoering van het pact.", stCommit, "country:NL", "de uitvoering van het pact"},
		{"Een van de prioriteiten van het Nederlands Voorzitterschap is het verbeteren van de implementatie.", stPriority, "country:NL", "het verbeteren van de implementatie"},
		{"Daarom verzoek ik u in te stemmen met de medewerking van de regering aan de herziening.", stSupport, "country:NL", "de medewerking van de regering"},
		// no position: the noun "verzoek", a request of others, "het" as an article
		{"Het verzoek van de Commissie om in te stemmen met de tekst is ontvangen.", "", "", ""},
		{"Het Parlement nam een resolutie aan, waarin het voorstel wordt besproken.", "", "", ""},
	})
}

// The delegations' support reported in a dat-clause keeps its object past
// the clause's verb: "dat er weinig steun bestond voor X".
func TestDelegationsSupportVerbBeforeObject(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap concludeerde dat er weinig steun bestond voor hetgeen in de brief werd aangekaart.", stOppose, "", "hetgeen in de brief werd aangekaart"},
		{"Het voorzitterschap concludeerde dat er brede steun was voor het compromis.", stSupport, "", "het compromis"},
	})
}

// Others' will read as a verb only: "wensen" after a determiner or an
// adjective is a noun, "zal … willen" the letter's presumption; a "zal"
// after "te verwachten" a forecast.
func TestWishNounPresumptionForecast(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De ER zal proberen overeenstemming te bereiken over de Britse wensen voor EU-hervorming.", "", "", ""},
		{"Wel zal Bulgarije de resterende tijd willen benutten om de onderhandelingen af te ronden.", "", "", ""},
		{"De ontwikkelingen geven het kabinet aanleiding te verwachten dat er steun zal zijn bij de lidstaten.", "", "", ""},
		// the verbs themselves still count
		{"Frankrijk wil de termijnen verlengen.", stSupport, "country:FR", "de termijnen"},
		{"Andere lidstaten wensen aanvullende maatregelen.", stSupport, "", "aanvullende maatregelen"},
	})
}

// The passive of "beschouwt X als een goede basis" with its agent.
func TestPassiveGoodBasis(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het compromis werd door Nederland gezien als een goede basis voor verdere onderhandelingen.", stSupport, "country:NL", "Het compromis"},
		{"De tekst wordt door de meeste lidstaten beschouwd als een goede basis, met dien verstande dat een aantal onderdelen nog bespreking behoeft.", stReserved, "", "De tekst"},
		// no agent, no actor
		{"De tekst wordt beschouwd als een goede basis.", "", "", ""},
	})
}

// Every tense: the past forms of cues that were listed in the present only.
func TestPastFormsOfPresentCues(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland zag kansen voor een betere samenwerking.", stSupport, "country:NL", "een betere samenwerking"},
		{"Nederland stond welwillend tegenover het voorstel.", stSupport, "country:NL", "het voorstel"},
		{"De lidstaten committeerden zich aan de uitvoering van het pact.", stCommit, "", "de uitvoering van het pact"},
		{"Het kabinet vond het van belang dat de rechten geborgd bleven.", stPriority, "country:NL", ""},
		{"Nederland hechtte aan een snelle uitvoering.", stPriority, "country:NL", "een snelle uitvoering"},
		{"Nederland zag geen meerwaarde in het voorstel.", stOppose, "country:NL", "het voorstel"},
		{"Frankrijk stond afwijzend tegenover het voorstel.", stOppose, "country:FR", "het voorstel"},
		{"Nederland zette vraagtekens bij de uitvoerbaarheid.", stConcern, "country:NL", "de uitvoerbaarheid"},
	})
}

// "verklaren dat" reports an opinion like "stellen dat": a position only
// when its dat-clause holds an opinion word.
func TestDeclareThat(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Veel lidstaten, waaronder Nederland, verklaarden dat een onderscheid gemaakt dient te worden tussen vluchtelingen en migranten.", stReserved, "country:NL", ""},
		{"Nederland verklaarde dat aanpassing van de verordening wenselijk is.", stPreference, "country:NL", ""},
		{"De Commissie verklaarde dat de verordening op 1 juli in werking treedt.", "", "", ""},
	})
}

// Adverbs of the class may also stand between a fronted verb and its
// inverted subject; the subject after them is the actor.
func TestAdverbsBeforeInvertedSubject(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Daarom kan ook Nederland zich vinden in het compromis.", stAgree, "country:NL", "het compromis"},
		{"Ook benadrukte daarnaast de Commissie het belang van een sterk Europol.", stSupport, "org:european-commission", "een sterk Europol"},
		{"Tevens sprak ook Duitsland zijn steun uit voor het voorstel.", stSupport, "country:DE", "het voorstel"},
		{"Wel heeft ook Frankrijk zich uitgesproken voor een verlenging.", stSupport, "country:FR", "een verlenging"},
		// the adverb before a noun that is no actor makes no actor of it
		{"Daarom kan ook de tekst worden aangepast.", "", "", ""},
	})
}

// Forms found by reading the rules against sentences of the kind the
// reports print: the infinitive "open te staan voor", the split "zich er
// sterk voor gemaakt", the chair's "stelde vast dat er steun …", the
// adverb phrase "eens te meer", an (in)ability reported with "gaf aan …
// te kunnen".
func TestMoreTransferForms(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie gaf aan open te staan voor aanpassingen.", stSupport, "org:european-commission", "aanpassingen"},
		{"Nederland heeft zich er sterk voor gemaakt dat de rechten geborgd blijven.", stSupport, "country:NL", "de rechten geborgd blijven"},
		{"Het voorzitterschap stelde vast dat er brede steun bestaat voor het compromis.", stSupport, "", "het compromis"},
		{"De Commissie benadrukte eens te meer het belang van samenwerking.", stSupport, "org:european-commission", "samenwerking"},
		{"Een aantal lidstaten gaf aan het voorstel niet te kunnen steunen.", stOppose, "", "het voorstel"},
		// no position: a fact the chair establishes, a procedure
		{"Het voorzitterschap stelde vast dat de vergadering was beëindigd.", "", "", ""},
		{"De Commissie gaf aan de lidstaten te kunnen informeren over de stand van zaken.", "", "", ""},
	})
}

// A relative clause of place ("van waaruit zij … willen afstaan")
// describes its noun; its verbs are no stance of the pronoun's actor.
func TestRelativeClauseOfPlace(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De inzet hangt af van de capaciteit van lidstaten van waaruit zij materieel willen afstaan.", "", "", ""},
		{"Frontex wil meer materieel van de lidstaten.", stSupport, "org:frontex", "meer materieel"},
	})
}

// Predicates carry their stance in every verb form: the infinitive after a
// verb of saying ("gaf aan tevreden te zijn met", "lieten weten bezwaar te
// hebben tegen", "positief te staan tegenover") and the copulas that say
// "is" ("toonde zich bereid", "bleek voorstander van"); a negation before
// the predicate turns it.
func TestPredicatesInEveryVerbForm(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap gaf aan tevreden te zijn met het bereikte resultaat.", stSatisfied, "", "het bereikte resultaat"},
		{"Frankrijk en Duitsland lieten weten bezwaar te hebben tegen de tekst.", stOppose, "country:DE+country:FR", "de tekst"},
		{"Nederland gaf aan kritisch te zijn over het voorstel.", stConcern, "country:NL", "het voorstel"},
		{"Ook de Commissie liet weten positief te staan tegenover het voorstel.", stSupport, "org:european-commission", "het voorstel"},
		{"Nederland toonde zich voorstander van een Europese aanpak.", stSupport, "country:NL", "een Europese aanpak"},
		{"De lidstaten toonden zich tevreden met het resultaat.", stSatisfied, "", "het resultaat"},
		{"Nederland bleek bereid in te stemmen met het compromis.", stAgree, "country:NL", "het compromis"},
		{"Nederland gaf aan niet tevreden te zijn met het resultaat.", stConcern, "country:NL", "het resultaat"},
		{"Nederland gaf aan geen voorstander te zijn van een nieuw agentschap.", stOppose, "country:NL", "een nieuw agentschap"},
		// an informational predicate as the object of another cue is part of it
		{"De regering hecht eraan betrokken te blijven bij de besprekingen.", stPriority, "country:NL", "betrokken te blijven bij de besprekingen"},
		// no actor, no position
		{"Het bleek voorstander van niets.", "", "", ""},
	})
}

// ", samen met <land>," is an aside in a cue's gap whose countries act with
// the actor; the actor's words leave out the verb between them.
func TestTogetherWithAside(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland onderstreepte, samen met Duitsland, het belang van een gezamenlijke aanpak.", stSupport, "country:DE+country:NL", "een gezamenlijke aanpak"},
		{"Nederland heeft, samen met Denemarken en Oostenrijk, gepleit voor strengere regels.", stSupport, "country:AT+country:DK+country:NL", "strengere regels"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "Nederland heeft samen met Denemarken gepleit voor strengere regels."))
	if len(ps) != 1 || ps[0].e.Props["actor"] != "Nederland, samen met Denemarken" {
		t.Errorf("actor words: %v", ps)
	}
}

// The preposition that links a noun cue to its object is no part of the
// subject: "uitten hun zorgen [over] X", "riep de lidstaten op [tot] X".
func TestSubjectAfterNounCuePreposition(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Veel lidstaten uitten hun zorgen over de haalbaarheid.", stConcern, "", "de haalbaarheid"},
		{"Duitsland riep de lidstaten op tot solidariteit.", stSupport, "country:DE", "solidariteit"},
	})
	for _, s := range []string{"Veel lidstaten uitten hun zorgen over de haalbaarheid.", "Duitsland riep de lidstaten op tot solidariteit."} {
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", s)) {
			if subj, _ := p.e.Props["subject"].(string); strings.HasPrefix(subj, "over ") || strings.HasPrefix(subj, "tot ") {
				t.Errorf("%q: subject %q opens with the preposition", s, subj)
			}
		}
	}
}

// A minister named by the country adjective speaks for that country;
// quantified ministers are a group without a node.
func TestMinistersAsActors(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Mijn Franse collega sprak zijn steun uit voor het voorstel.", stSupport, "country:FR", "het voorstel"},
		{"De Duitse minister pleitte voor strengere grenscontroles.", stSupport, "country:DE", "strengere grenscontroles"},
		{"Enkele ministers uitten kritiek op het voorstel.", stConcern, "", "het voorstel"},
		// a minister met, no stance
		{"De Duitse minister bezocht Den Haag op 3 maart.", "", "", ""},
	})
}

// Judgements of fiche prose: "oordeelt positief over", "beoordeelt X
// positief", "De grondhouding van het kabinet is positief", "staat
// positief-kritisch tegenover"; framing adverbs ("in algemene zin", "naar
// verwachting") are no part of the subject.
func TestFicheJudgements(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet oordeelt positief over het voorstel.", stSupport, "country:NL", "het voorstel"},
		{"Het kabinet beoordeelt het voorstel positief.", stSupport, "country:NL", "het voorstel"},
		{"Het kabinet beoordeelt het voorstel kritisch.", stConcern, "country:NL", "het voorstel"},
		{"De grondhouding van het kabinet is positief.", stSupport, "country:NL", ""},
		{"Het kabinet staat positief-kritisch tegenover het voorstel.", stReserved, "country:NL", "het voorstel"},
		{"Het kabinet staat in algemene zin positief tegenover het voorstel.", stSupport, "country:NL", "het voorstel"},
		{"Nederland verwelkomt in algemene zin het voorstel.", stWelcome, "country:NL", "het voorstel"},
		{"Het kabinet heeft een positieve grondhouding ten aanzien van het voorstel.", stSupport, "country:NL", "het voorstel"},
		// no actor: the proposal's assessment by no one
		{"De beoordeling van het voorstel is positief.", "", "", ""},
	})
	for _, s := range []string{"Nederland verwelkomt in algemene zin het voorstel.", "Nederland zal de algemene oriëntatie naar verwachting kunnen steunen."} {
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", s)) {
			if subj, _ := p.e.Props["subject"].(string); strings.Contains(subj, "algemene zin") || strings.Contains(subj, "verwachting") || strings.HasSuffix(subj, "kunnen") {
				t.Errorf("%q: subject %q holds a framing adverb", s, subj)
			}
		}
	}
}

// The passive of "benadrukken / onderstrepen" with its agent; a
// verb-final row does not read across a passive auxiliary.
func TestPassiveUnderline(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het belang van samenwerking werd door de Commissie benadrukt.", stSupport, "org:european-commission", "Het belang van samenwerking"},
		{"De noodzaak van een snelle uitvoering werd door alle lidstaten onderstreept.", stSupport, "", "De noodzaak van een snelle uitvoering"},
		{"Het kabinet meldt dat enkele lidstaten het belang van samenwerking benadrukten.", stSupport, "", "samenwerking"},
		// no agent
		{"Het belang van samenwerking werd benadrukt.", "", "", ""},
	})
}

// The adverb rule in the order of a subordinate clause; an adverb inside
// the cue's fixed words is no part of a subject in its gap.
func TestAdverbsInVerbFinalOrder(t *testing.T) {
	const pre = "Ik bericht u dat "
	checkTransfer(t, []transferCase{
		{pre + "het kabinet nog steeds voorstander is van een Europese aanpak.", stSupport, "country:NL", "een Europese aanpak"},
		{pre + "Nederland daarom met het compromis kan instemmen.", stAgree, "country:NL", "het compromis"},
		{pre + "het kabinet dan ook blij is met de routekaart.", stWelcome, "country:NL", "de routekaart"},
		{pre + "het kabinet het daarom van belang vindt dat de lidstaten samenwerken.", stPriority, "country:NL", "de lidstaten samenwerken"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", pre+"Nederland zich daarom in het compromis kan vinden."))
	if len(ps) != 1 || ps[0].e.Props["subject"] != "het compromis" {
		for _, p := range ps {
			t.Errorf("subject %q, want %q", p.e.Props["subject"], "het compromis")
		}
		if len(ps) == 0 {
			t.Error("no position")
		}
	}
}

// Doubts, reservations and disappointment voiced are concern like
// "zorgen", with the linking preposition outside the subject.
func TestVoicedDoubts(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Enkele lidstaten hebben hun twijfels geuit over de haalbaarheid.", stConcern, "", "de haalbaarheid"},
		{"Nederland uitte zijn teleurstelling over het resultaat.", stConcern, "country:NL", "het resultaat"},
		{"De lidstaten uitten hun bedenkingen bij de termijnen.", stConcern, "", "de termijnen"},
		{"Nederland sprak zijn twijfels bij de Commissie uit over de termijnen.", stConcern, "country:NL", "de termijnen"},
	})
}

// A negation right before a verb-final vote turns it; the auxiliary of a
// verb-final perfect is no part of the subject.
func TestVerbFinalVote(t *testing.T) {
	const pre = "Ik bericht u dat "
	checkTransfer(t, []transferCase{
		{pre + "Nederland niet voor het voorstel stemt.", stOppose, "country:NL", "het voorstel"},
		{pre + "Nederland niet tegen het voorstel stemde.", stReserved, "country:NL", "het voorstel"},
		{pre + "Nederland voor het voorstel heeft gestemd.", stAgree, "country:NL", "het voorstel"},
	})
	for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", pre+"Nederland voor het voorstel heeft gestemd.")) {
		if p.e.Props["subject"] != "het voorstel" {
			t.Errorf("subject %q", p.e.Props["subject"])
		}
	}
}

// "de ER" is the European Council where the letter names it in full.
func TestEuropeanCouncilShortForm(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Europese Raad kwam bijeen. De ER riep op tot versnelling van de terugkeer.", stSupport, "org:european-council", "versnelling van de terugkeer"},
		{"De ER riep op tot versnelling van de terugkeer.", "", "", ""},
	})
}

// A trailing ", evenals <land>." acts with the actor and is no part of the
// subject; more adverbs (uiteindelijk, alsnog, toch) and frames ("bij de
// stemming") stand inside a cue.
func TestTrailingCoActorAndFrames(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland stemde in met het compromis, evenals Duitsland.", stAgree, "country:DE+country:NL", "het compromis"},
		{"Nederland ging uiteindelijk akkoord met het compromis.", stAgree, "country:NL", "het compromis"},
		{"Nederland heeft zich bij de stemming onthouden.", stReserved, "country:NL", ""},
	})
	for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", "Nederland stemde in met het compromis, evenals Duitsland.")) {
		if subj, _ := p.e.Props["subject"].(string); strings.Contains(subj, "Duitsland") {
			t.Errorf("subject %q holds the co-actor", subj)
		}
	}
}
