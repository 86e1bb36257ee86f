package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// parliamentaryDoc extracts a fictional parliamentary document, kst-36999-4,
// with the given title line and paragraphs.
func parliamentaryDoc(t *testing.T, title string, paras ...string) graph.DocumentGraph {
	t.Helper()
	text := "Nr. 4  " + title + " \n\nVastgesteld 3 maart 2025 \n\n" + strings.Join(paras, " \n\n") + " \n"
	return extractChecked(t, "kst-36999-4.txt", []byte(text))
}

// checkAll checks the wanted positions and that there are no others; it
// returns the positions found.
func checkAll(t *testing.T, g graph.DocumentGraph, want []wantPosition) []position {
	t.Helper()
	ps := checkPositions(t, g, want)
	if len(ps) != len(want) {
		for _, p := range ps {
			t.Logf("%s %s %q: %q", p.e.Key, p.e.Props["stance"], p.e.Props["actor"], p.e.Props["quote"])
		}
		t.Errorf("%d positions, want %d", len(ps), len(want))
	}
	return ps
}

// Members of parliament, their groups and the committee are actors with
// their words; questions and requests for information are no positions.
func TestPositionsParliamentaryActors(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda. "+
			"Deze leden zijn voor een gezamenlijke aanpak van mensensmokkel. "+
			"Zij vragen de regering of het kabinet bereid is dit in de Raad aan te kaarten.",
		"De leden van de D66-fractie hebben zorgen over de bescherming van persoonsgegevens. "+
			"De leden van de CDA-fractie vragen de regering om een nadere toelichting op de financiering.",
		"De leden van de fractie van GroenLinks-PvdA zijn kritisch over het voorgestelde screeningsmechanisme. "+
			"De SP-fractie acht een verplicht solidariteitsmechanisme onwenselijk.",
		"De heer Jansen (SP) kan zich vinden in de voorgestelde aanpak. "+
			"Mevrouw De Vries (D66) is voorstander van een Europese aanpak. "+
			"Het lid Bakker (PVV) is tegen een verplicht solidariteitsmechanisme.",
		"De leden van de BBB-fractie dringen er bij de regering op aan de onderhandelingen op te schorten. "+
			"De commissie verzoekt de regering de Kamer voor de JBZ-Raad te informeren over de stand van zaken. "+
			"De vaste commissie voor Justitie en Veiligheid steunt het voorstel.",
		"Steunt het kabinet het voorstel van de Commissie? "+
			"Deelt u de mening dat de regering het voorstel moet steunen? "+
			"De minister antwoordt dat het kabinet de algemene oriëntatie steunt.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Deze leden zijn voor", stance: stSupport, actorWords: "de leden van de VVD-fractie", subject: "een gezamenlijke aanpak"},
		{quote: "De leden van de D66-fractie", stance: stConcern, actorWords: "de leden van de D66-fractie", subject: "de bescherming van persoonsgegevens"},
		{quote: "De leden van de fractie van GroenLinks-PvdA", stance: stConcern, actorWords: "de leden van de fractie van GroenLinks-PvdA", subject: "het voorgestelde screeningsmechanisme"},
		{quote: "De SP-fractie acht", stance: stOppose, actorWords: "de SP-fractie", subject: "een verplicht solidariteitsmechanisme"},
		{quote: "De heer Jansen (SP)", stance: stAgree, actorWords: "de heer Jansen (SP)", subject: "de voorgestelde aanpak"},
		{quote: "Mevrouw De Vries (D66)", stance: stSupport, actorWords: "Mevrouw De Vries (D66)", subject: "een Europese aanpak"},
		{quote: "Het lid Bakker (PVV)", stance: stOppose, actorWords: "het lid Bakker (PVV)", subject: "een verplicht solidariteitsmechanisme"},
		{quote: "De leden van de BBB-fractie dringen", stance: stSupport, actorWords: "de leden van de BBB-fractie", subject: "de onderhandelingen op te schorten"},
		{quote: "De vaste commissie voor Justitie", stance: stSupport, actorWords: "de vaste commissie voor Justitie en Veiligheid", subject: "het voorstel"},
		{quote: "De minister antwoordt", stance: stSupport, actors: "country:NL", subject: "de algemene oriëntatie"},
	})
}

// A verbatim report: a label opens each speaker's turn; "ik" is the
// speaker, the minister's "ik" the cabinet; the chair takes no positions.
func TestPositionsSpeakerLabels(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De voorzitter: Ik open dit overleg over het behandelvoorbehoud en heet de staatssecretaris welkom.",
		"Ik steun overigens het verzoek om een rondetafelgesprek.",
		"De heer Jansen (SP): Ik steun het voorstel om de screening te versterken.",
		"Wij zijn er niet van overtuigd dat een nieuw agentschap nodig is.",
		"Minister Van Dijk: Ik kan mij vinden in de analyse van de heer Jansen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP): Ik steun", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "het voorstel om de screening te versterken"},
		{quote: "Wij zijn er niet van overtuigd", stance: stConcern, actorWords: "de heer Jansen (SP)", subject: "een nieuw agentschap", negated: true},
		{quote: "Minister Van Dijk: Ik kan mij vinden", stance: stAgree, actors: "country:NL", subject: "de analyse van de heer Jansen"},
	})
}

// Answers to Kamervragen: the minister answering is the cabinet; the
// questions, whatever they say, are no positions.
func TestPositionsKamervragen(t *testing.T) {
	g := parliamentaryDoc(t, "ANTWOORD VAN MINISTER VAN DIJK",
		"Vraag 1\nDeelt u de mening dat Nederland het voorstel moet steunen?",
		"Antwoord 1\nJa. Het kabinet steunt het voorstel.",
		"Vraag 2\nHet kabinet heeft eerder gezegd het screeningsvoorstel te steunen. Klopt dat?",
		"Antwoord 2\nNee, op dit moment ziet het kabinet geen aanleiding de afspraken te herzien. Ik deel de zorg over de toename van mensensmokkel.",
		"Vraag 3: Bent u bereid de Kamer te informeren? Het lid Jansen steunt het plan.",
		"Antwoord 3: Het kabinet is van mening dat de bestaande regels voldoende ruimte bieden.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet steunt het voorstel", stance: stSupport, actors: "country:NL", subject: "het voorstel"},
		{quote: "ziet het kabinet geen aanleiding", stance: stOppose, actors: "country:NL", subject: "de afspraken te herzien"},
		{quote: "Ik deel de zorg", stance: stConcern, actors: "country:NL", subject: "de toename van mensensmokkel"},
		{quote: "Het kabinet is van mening dat", stance: stSatisfied, actors: "country:NL", subject: "de bestaande regels"},
	})
}

// Formulas of written consultations: the members "aan het woord" are the
// group named before; announcing questions is no doubt, asking attention
// is.
func TestPositionsConsultationFormulas(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG",
		"De leden van de PVV-fractie hebben kennisgenomen van het wetsvoorstel.",
		"Deze aan het woord zijnde leden hebben nog enkele vragen over de uitvoering. "+
			"Zij zijn van mening dat geen geld gestopt moet worden in nieuwe instellingen.",
		"De leden van de SGP-fractie vragen aandacht voor de onderbouwing van de keuze voor een verordening.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Zij zijn van mening", stance: stConcern, actorWords: "de leden van de PVV-fractie", subject: "geld gestopt"},
		{quote: "De leden van de SGP-fractie vragen aandacht", stance: stConcern, actorWords: "de leden van de SGP-fractie", subject: "de onderbouwing"},
	})
}

// The minister's own words in answers: first-person verb forms, "mij"
// for "zich", and the inverted "die zorg deel ik" about the question.
func TestPositionsFirstPerson(t *testing.T) {
	g := parliamentaryDoc(t, "ANTWOORD VAN MINISTER VAN DIJK",
		"Vraag 1\nDeelt u de zorg over de toename van mensensmokkel via de Middellandse Zee?",
		"Antwoord 1\nJa, die zorg deel ik. Ik zet mij in voor een snelle afronding van de onderhandelingen.",
		"Vraag 2\nDeelt u de mening dat het screeningsvoorstel moet worden ingetrokken?",
		"Antwoord 2\nDie mening deel ik niet. Ik onderschrijf de conclusies van de Raad. "+
			"Ik vind het belangrijk dat de opvang op orde is. Ik maak mij zorgen over de wachttijden.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "die zorg deel ik", stance: stConcern, actors: "country:NL", subject: "de toename van mensensmokkel"},
		{quote: "Ik zet mij in voor", stance: stCommit, actors: "country:NL", subject: "een snelle afronding"},
		{quote: "Die mening deel ik niet", stance: stOppose, actors: "country:NL", subject: "het screeningsvoorstel moet worden ingetrokken", negated: true},
		{quote: "Ik onderschrijf", stance: stSupport, actors: "country:NL", subject: "de conclusies van de Raad", on: []string{"org:council-of-the-eu"}},
		{quote: "Ik vind het belangrijk", stance: stPriority, actors: "country:NL", subject: "de opvang op orde is"},
		{quote: "Ik maak mij zorgen", stance: stConcern, actors: "country:NL", subject: "de wachttijden"},
	})
}

// A BNC-fiche: the judgements of competence, subsidiarity and
// proportionality, in the new and the old layout, are the cabinet's;
// a cue without an actor in the description of the proposal or of the
// field of forces is not.
func TestPositionsFicheJudgements(t *testing.T) {
	g := parliamentaryDoc(t, "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
		"2. Essentie voorstel",
		"Het zou het meest effectief zijn als de lidstaten de procedures harmoniseren. De Commissie pleit voor een snelle invoering.",
		"3. Nederlandse positie ten aanzien van het voorstel",
		"b) Beoordeling + inzet ten aanzien van dit voorstel",
		"Het kabinet verwelkomt het voorstel.",
		"c) Eerste inschatting van krachtenveld",
		"Een meerderheid van de lidstaten staat positief tegenover het voorstel.",
		"4. Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
		"Het kabinet heeft een positief oordeel over de bevoegdheid. "+
			"Het oordeel van het kabinet ten aanzien van de subsidiariteit is negatief. "+
			"Het kabinet beoordeelt de proportionaliteit als positief met kanttekeningen.",
		"Nederlandse positie ten aanzien van de bevoegdheid: positief",
		"Subsidiariteitsoordeel: positief, omdat lidstaten dit niet alleen kunnen.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De Commissie pleit", stance: stSupport, actors: "org:european-commission", subject: "een snelle invoering"},
		{quote: "Het kabinet verwelkomt", stance: stWelcome, actors: "country:NL", subject: "het voorstel"},
		{quote: "Een meerderheid van de lidstaten", stance: stSupport, actorWords: "een meerderheid van de lidstaten", subject: "het voorstel"},
		{quote: "positief oordeel over de bevoegdheid", stance: stSupport, actors: "country:NL", subject: "de bevoegdheid"},
		{quote: "ten aanzien van de subsidiariteit is negatief", stance: stOppose, actors: "country:NL", subject: "de subsidiariteit"},
		{quote: "als positief met kanttekeningen", stance: stReserved, actors: "country:NL", subject: "de proportionaliteit"},
		{quote: "Nederlandse positie ten aanzien van de bevoegdheid", stance: stSupport, actors: "country:NL", subject: "de bevoegdheid"},
		{quote: "Subsidiariteitsoordeel: positief", stance: stSupport, actors: "country:NL", subject: "de subsidiariteit"},
	})
}

// A brief report: in the members' part a cue without an actor is the
// member's; in the minister's answer the cabinet's. A question with a
// footnote marker is still a question.
func TestPositionsReportTurns(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN ALGEMEEN OVERLEG",
		"Vragen en opmerkingen uit de commissie",
		"De heer Jansen (SP) kan zich vinden in de aanpak. Het zou het meest effectief zijn als de lidstaten samenwerken. "+
			"Steunt de minister het voorstel van de Commissie?2",
		"Antwoord van de minister",
		"Het zou het meest effectief zijn als de Raad snel besluit.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP) kan zich vinden", stance: stAgree, actorWords: "de heer Jansen (SP)", subject: "de aanpak"},
		{quote: "als de lidstaten samenwerken", stance: stPreference, actorWords: "de heer Jansen (SP)", subject: "de lidstaten samenwerken"},
		{quote: "als de Raad snel besluit", stance: stPreference, actors: "country:NL", subject: "de Raad snel besluit"},
	})
}

// "waaraan ik … hecht" ranks the noun of the main clause; "trekt … met X
// op" is cooperation of one's own, X the partner.
func TestPositionsRelativePriorityAndCooperation(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"Europol levert een belangrijke bijdrage aan de aanpak van drugshandel, waaraan ik grote waarde hecht.",
		"Het kabinet trekt bij de voorbereiding nauw met Duitsland op. Nederland trekt samen op met Frankrijk in deze kwestie.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "waaraan ik grote waarde hecht", stance: stPriority, actors: "country:NL", on: []string{"org:europol"}},
		{quote: "Het kabinet trekt bij de voorbereiding", stance: stCommit, actors: "country:NL", on: []string{"country:DE"}},
		{quote: "Nederland trekt samen op met Frankrijk", stance: stCommit, actors: "country:NL", on: []string{"country:FR"}},
	})
}

// Questions and answers printed in one paragraph; the opening lines of
// Kamervragen; a request to go into a matter is a request for information.
func TestPositionsKamervragenOneParagraph(t *testing.T) {
	g := parliamentaryDoc(t, "ANTWOORD VAN MINISTER VAN DIJK",
		"Vragen van het lid Jansen (SP) aan de minister van Justitie en Veiligheid over het screeningsvoorstel (ingezonden 1 februari 2025). "+
			"Antwoord van minister Van Dijk (Justitie en Veiligheid) (ontvangen 3 maart 2025).",
		"Vraag 1 Het kabinet steunt het screeningsvoorstel toch? Het lid steunt het plan.\n"+
			"Antwoord 1 Het kabinet steunt het voorstel. Vraag 2 Het kabinet heeft gezegd het voorstel te steunen. "+
			"Antwoord 2 Het kabinet verwelkomt het voorstel.",
		"De leden van de CDA-fractie verzoeken de regering in te gaan op de gevolgen voor gemeenten.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Antwoord 1 Het kabinet steunt", stance: stSupport, actors: "country:NL", subject: "het voorstel"},
		{quote: "Antwoord 2 Het kabinet verwelkomt", stance: stWelcome, actors: "country:NL", subject: "het voorstel"},
	})
}

// Cues of letters and answers beyond the report forms.
func TestClassifyStanceMoreCues(t *testing.T) {
	tests := []struct {
		sentence string
		stance   stance
		cue      string
	}{
		{"Het kabinet acht het niet opportuun om nu een nieuw agentschap op te richten.", stOppose, "acht … opportuun"},
		{"Het kabinet ondersteunt de inzet van de Commissie.", stSupport, "ondersteunt"},
		{"Het kabinet maakt zich sterk voor een Europese aanpak.", stSupport, "maakt zich sterk voor"},
		{"Het kabinet heeft zich hard gemaakt voor een sterke tekst.", stSupport, "heeft zich hard gemaakt voor"},
		{"Nederland blijft aandringen op een evaluatie.", stSupport, "aandringen op"},
		{"Het kabinet erkent het belang van grensbewaking.", stPriority, "erkent het belang van"},
		{"Nederland ziet het belang van een sterke buitengrens.", stPriority, "ziet het belang van"},
		{"Het kabinet kijkt kritisch naar het voorstel.", stConcern, "kijkt kritisch naar"},
		{"Het kabinet ziet de noodzaak van een herziening.", stSupport, "ziet de noodzaak van"},
		{"Het kabinet streeft naar een snelle afronding.", stCommit, "streeft naar"},
		{"De regering is het met de leden van de D66-fractie eens dat de procedure sneller moet.", stAgree, "is het met … eens"},
		{"Het kabinet heeft hier aandacht voor gevraagd.", stConcern, "heeft … aandacht voor gevraagd"},
		{"De SP-fractie acht een verplicht solidariteitsmechanisme onwenselijk.", stOppose, "acht … onwenselijk"},
		{"De leden dringen er bij de regering op aan de onderhandelingen op te schorten.", stSupport, "dringen er … op aan"},
		{"Ik deel de zorg over de toename van mensensmokkel.", stConcern, "deel … zorg"},
		{"Het kabinet heeft een positieve grondhouding ten aanzien van het voorstel.", stSupport, "heeft … positieve grondhouding"},
		{"Het kabinet heeft een positief-kritische grondhouding ten opzichte van de mededeling.", stReserved, "heeft … positief-kritische grondhouding"},
		{"Het kabinet heeft een kritische grondhouding ten aanzien van het voorstel.", stConcern, "heeft … kritische grondhouding"},
		{"Nederland heeft een terughoudende houding ten aanzien van nieuwe bevoegdheden.", stReserved, "heeft … terughoudende houding"},
	}
	for _, tt := range tests {
		r, ok := classifyStance(tt.sentence)
		if !ok || r.stance != tt.stance || r.cue != tt.cue {
			t.Errorf("%q: %v %s %q, want %s %q", tt.sentence, ok, r.stance, r.cue, tt.stance, tt.cue)
		}
	}
	// the others' "ondersteunt" and "streeft naar" describe, they do not
	// take a stance
	g := fictionalLetter(t, "14 maart 2025",
		"Europol ondersteunt de lidstaten bij grensoverschrijdende onderzoeken. Het voorzitterschap streeft naar een algemene oriëntatie.")
	checkAll(t, g, nil)
	g = fictionalLetter(t, "14 maart 2025", "Het kabinet heeft een positieve grondhouding ten aanzien van het voorstel.")
	checkAll(t, g, []wantPosition{{quote: "positieve grondhouding", stance: stSupport, actors: "country:NL", subject: "het voorstel"}})
}

// Groups joined by "en", groups named after a member, parties by their
// name, a Kamerlid by name.
func TestPositionsMoreGroups(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de SGP-fractie en van de ChristenUnie-fractie steunen het voorstel. "+
			"De fractie-Jansen is kritisch over de termijnen. "+
			"De leden van de fractie van 50PLUS zijn tegen een verplichte verdeling.",
		"PVV en SP stemden tegen het voorstel. Kamerlid De Wit steunt het plan van de minister. "+
			"Het plan van mevrouw Bakker (VVD) werd besproken.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De leden van de SGP-fractie en van de ChristenUnie-fractie", stance: stSupport, actorWords: "de leden van de SGP-fractie en van de ChristenUnie-fractie", subject: "het voorstel"},
		{quote: "De fractie-Jansen", stance: stConcern, actorWords: "de fractie-Jansen", subject: "de termijnen"},
		{quote: "De leden van de fractie van 50PLUS", stance: stOppose, actorWords: "de leden van de fractie van 50PLUS", subject: "een verplichte verdeling"},
		{quote: "PVV en SP stemden tegen", stance: stOppose, actorWords: "PVV en SP", subject: "het voorstel"},
		{quote: "Kamerlid De Wit", stance: stSupport, actorWords: "Kamerlid De Wit", subject: "het plan van de minister"},
	})
}

// A heading names the group whose questions and remarks follow: "deze
// leden" below it are that group, and so is a cue without an actor.
func TestPositionsGroupHeading(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"Vragen en opmerkingen van de leden van de VVD-fractie",
		"Deze leden zijn positief over de geannoteerde agenda. Het zou het meest effectief zijn als de lidstaten samenwerken.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Deze leden zijn positief", stance: stSupport, actorWords: "de leden van de VVD-fractie", subject: "de geannoteerde agenda"},
		{quote: "Het zou het meest effectief", stance: stPreference, actorWords: "de leden van de VVD-fractie", subject: "de lidstaten samenwerken"},
	})
}

// A memorandum in reply quotes the members' questions: a cue inside what
// they ask is no position; the government sharing their view is.
func TestPositionsQuotedQuestions(t *testing.T) {
	g := parliamentaryDoc(t, "MEMORIE VAN ANTWOORD",
		"De leden van de VVD-fractie vragen de regering of het kabinet het voorstel steunt. "+
			"Deze leden vragen hoe het kabinet de uitbreiding steunt. "+
			"De leden van de D66-fractie vragen waarom de regering niet kan instemmen met het compromis. "+
			"Zij willen weten of de regering bereid is het voorstel te steunen. "+
			"Deze leden informeren naar de mate waarin het kabinet de samenwerking steunt.",
		"De regering deelt de opvatting van de leden van de VVD-fractie dat de samenwerking moet worden versterkt. "+
			"De regering is het met de leden van de D66-fractie eens dat de termijnen te kort zijn.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De regering deelt de opvatting", stance: stAgree, actors: "country:NL", subject: "de samenwerking moet worden versterkt"},
		{quote: "De regering is het met de leden", stance: stAgree, actors: "country:NL", subject: "de termijnen te kort zijn"},
	})
}

// Indirect speech in a brief report: "hij" is the member or minister
// named before; the verb-final order of a subordinate clause.
func TestPositionsIndirectSpeech(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De minister antwoordt dat hij het voorstel steunt.",
		"De heer Jansen (SP) zegt dat hij voorstander is van een verbod. Hij geeft aan dat hij zich kan vinden in de aanpak.",
		"Mevrouw De Vries (D66) zegt dat zij zorgen heeft over de termijnen. Zij merkt op dat zij kritisch is over de financiering.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De minister antwoordt dat hij", stance: stSupport, actors: "country:NL", subject: "het voorstel"},
		{quote: "dat hij voorstander is van", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "een verbod"},
		{quote: "dat hij zich kan vinden in", stance: stAgree, actorWords: "de heer Jansen (SP)", subject: "de aanpak"},
		{quote: "dat zij zorgen heeft over", stance: stConcern, actorWords: "Mevrouw De Vries (D66)", subject: "de termijnen"},
		{quote: "dat zij kritisch is over", stance: stConcern, actorWords: "Mevrouw De Vries (D66)", subject: "de financiering"},
	})
}

// A heading ends a speaker's turn: the letter's own "wij" after it is the
// cabinet again.
func TestPositionsHeadingEndsTurn(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Jansen (SP): Wij steunen het voorstel.",
		"Toezeggingen",
		"Wij steunen de evaluatie.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De heer Jansen (SP): Wij steunen", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "het voorstel"},
		{quote: "Wij steunen de evaluatie", stance: stSupport, actors: "country:NL", subject: "de evaluatie"},
	})
}

// The forms TestKamerGenresAudit found unread, one fictional sentence
// each: a group without its hyphen, a pronoun opening the paragraph after
// the one that names the member, a group inverted into a cue's gap, a
// request with a te-infinitive and no "om", a speaker's label before an
// inverted subject.
func TestPositionsKamerForms(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de SP fractie zijn kritisch over het voorgestelde havenfonds.",
		"De leden van de D66-fractie hebben nog enkele vragen over de geannoteerde agenda.",
		"Zij maken zich zorgen over de termijnen van het havenfonds.",
		"Daarom zijn de leden van de PVV-fractie tegen een verplicht havenfonds.",
		"De leden van de BBB-fractie vragen de regering zich in te zetten voor een kleiner havenfonds.",
		"De leden van de BBB-fractie vragen de regering of het kabinet het havenfonds steunt.",
		"De leden van de BBB-fractie vragen de regering de Kamer te informeren over het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De leden van de SP fractie", stance: stConcern, actorWords: "de leden van de SP fractie", subject: "het voorgestelde havenfonds"},
		{quote: "Zij maken zich zorgen", stance: stConcern, actorWords: "de leden van de D66-fractie", subject: "de termijnen"},
		{quote: "Daarom zijn de leden van de PVV-fractie tegen", stance: stOppose, actorWords: "de leden van de PVV-fractie", subject: "een verplicht havenfonds"},
		{quote: "vragen de regering zich in te zetten", stance: stSupport, actorWords: "de leden van de BBB-fractie", subject: "kleiner havenfonds"},
	})
	// a man is "hij", not the group named before
	g = parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De leden van de D66-fractie hebben nog enkele vragen over de geannoteerde agenda.",
		"Hij maakt zich zorgen over de termijnen van het havenfonds.",
		"Minister Van Dijk: Daarom steun ik het voorstel voor een havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Daarom steun ik", stance: stSupport, actors: "country:NL", subject: "het voorstel voor een havenfonds"},
	})
}

// The inverted subject of any length in a cue's gap and a request whose
// subject is inverted or whose addressee stands before the verb; a second
// name in the gap keeps the cue unread.
func TestPositionsKamerInverted(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"Daarom is de minister van Justitie en Veiligheid tevreden over de evaluatie van het havenfonds.",
		"Daarom vragen de leden van de VVD-fractie de regering zich in te zetten voor een kleiner havenfonds.",
		"De heer Jansen (SP) zegt dat hij de regering vraagt het voorstel voor een havenfonds te blokkeren.",
		"Daarom heeft de minister van Justitie en Veiligheid het Kamerlid Smit (D66) toegezegd terug te komen op het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Daarom is de minister van Justitie", stance: stSatisfied, actors: "country:NL", subject: "de evaluatie van het havenfonds"},
		{quote: "Daarom vragen de leden van de VVD-fractie", stance: stSupport, actorWords: "de leden van de VVD-fractie", subject: "kleiner havenfonds"},
		{quote: "De heer Jansen (SP) zegt", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "havenfonds te blokkeren"},
	})
}

// A judgement of "vinden" in the order of a subordinate clause, a request
// with "verzoeken" and the addressee before the verb, a committee whose
// name holds "voor" inverted into a cue's gap.
func TestPositionsKamerSubordinate(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de CDA-fractie merken op dat zij het zorgelijk vinden dat de Commissie het havenfonds uitstelt.",
		"De leden van de SP-fractie merken op dat zij de regering verzoeken het havenfonds te blokkeren.",
		"Daarom is de vaste commissie voor Infrastructuur en Waterstaat kritisch over het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "dat zij het zorgelijk vinden", stance: stConcern, actorWords: "de leden van de CDA-fractie"},
		{quote: "dat zij de regering verzoeken", stance: stSupport, actorWords: "de leden van de SP-fractie", subject: "havenfonds te blokkeren"},
		{quote: "Daarom is de vaste commissie", stance: stConcern, actorWords: "de vaste commissie voor Infrastructuur en Waterstaat", subject: "het havenfonds"},
	})
}

// A first-person verb coordinated to the clause of "ik", without its
// pronoun, after an inline label too; the chair's turn stays silent.
func TestPositionsKamerCoordinatedIk(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"De heer Jansen (SP): Ik heb de brief over het havenfonds gelezen en steun het voorstel voor een kleiner havenfonds.",
		"De voorzitter: Ik heb de agenda gelezen en steun het voorstel voor een kleiner havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "gelezen en steun", stance: stSupport, actorWords: "de heer Jansen (SP)", subject: "kleiner havenfonds"},
	})
}

// Two groups each with "de leden van" are one actor; joining another
// group's questions is no position.
func TestPositionsKamerTwoGroups(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de JA21-fractie en de leden van de SGP-fractie zijn kritisch over het havenfonds.",
		"De leden van de BBB-fractie sluiten zich aan bij de vragen van de leden van de VVD-fractie.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "zijn kritisch over", stance: stConcern, actorWords: "de leden van de JA21-fractie en de leden van de SGP-fractie", subject: "het havenfonds"},
	})
}

// The layout of openkamer.org: a bulleted question with its text in one
// paragraph, the answer unlabelled in the next; a statement inside the
// question is no position, the answer is the cabinet's.
func TestPositionsKamervragenBulleted(t *testing.T) {
	text := "Kamervraag 2025Z99999 \n\nHet havenfonds \n\n" +
		" • Vraag 1\n  Het kabinet steunt het havenfonds. Kunt u aangeven waarom \n\n" +
		"Het kabinet steunt een kleiner havenfonds. \n\n" +
		" • Vraag 2\n  Deelt u de mening dat het havenfonds te groot is? \n\n" +
		"Ja. Ik deel de zorg over de omvang van het havenfonds. \n"
	g := extractChecked(t, "ah-tk-20242025-998.txt", []byte(text))
	checkAll(t, g, []wantPosition{
		{quote: "Het kabinet steunt een kleiner", stance: stSupport, actors: "country:NL", subject: "een kleiner havenfonds"},
		{quote: "Ik deel de zorg", stance: stConcern, actors: "country:NL", subject: "de omvang van het havenfonds"},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{{"Vraag 2", true}, {"Vraag 1 en 2:", true}, {"• Vraag 3", true}, {"Vraag 2 Steunt u het plan?", false}} {
		if got := labelOnly(tc.text); got != tc.want {
			t.Errorf("labelOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A member's request through "willen": "Ik zou de minister-president
// willen vragen … te", the addressee's name split at its hyphen.
func TestPositionsKamerWouldAsk(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN COMMISSIEDEBAT",
		"Mevrouw Smit (D66):",
		"Ik zou de minister-president willen vragen het voorstel voor een havenfonds te blokkeren.",
		"Ik wil de staatssecretaris vragen de Kamer te informeren over het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Ik zou de minister-president willen vragen", stance: stSupport, actorWords: "Mevrouw Smit (D66)", subject: "havenfonds te blokkeren"},
	})
}

// A group of one member: "het lid van de PvdD-fractie".
func TestPositionsKamerOneMemberGroup(t *testing.T) {
	g := parliamentaryDoc(t, "VOORLOPIG VERSLAG",
		"Het lid van de PvdD-fractie is kritisch over het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "Het lid van de PvdD-fractie", stance: stConcern, actorWords: "het lid van de PvdD-fractie", subject: "het havenfonds"},
	})
}

// The members of a committee, and groups listed with their articles.
func TestPositionsKamerCommitteeMembers(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"De leden van de vaste commissie voor Infrastructuur en Waterstaat steunen het havenfonds.",
		"De leden van de fracties van de SP en het CDA zijn kritisch over de omvang van het havenfonds.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De leden van de vaste commissie", stance: stSupport, actorWords: "de leden van de vaste commissie voor Infrastructuur en Waterstaat", subject: "het havenfonds"},
		{quote: "De leden van de fracties van de SP en het CDA", stance: stConcern, actorWords: "de leden van de fracties van de SP en het CDA", subject: "de omvang"},
	})
}
