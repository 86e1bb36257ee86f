package ingest

import (
	"strings"
	"testing"

	"jhagraph/graph"
)

// The forms real reports use (issue 12), one fictional sentence each: the
// classifier finds the cue and its class.
func TestClassifyStanceRealForms(t *testing.T) {
	tests := []struct {
		sentence string
		stance   stance
		negated  bool
		cue      string
	}{
		// inverted word order: the subject between the verb and the rest
		{"Ook benadrukte de Commissie het belang van betere samenwerking met derde landen.", stSupport, false, "benadrukte … het belang van"},
		{"Daarom kan het kabinet zich vinden in het compromis.", stAgree, false, "kan … zich vinden in"},
		{"Tevens onderstreepte Zweden het belang van een sterke buitengrens.", stSupport, false, "onderstreepte … het belang van"},
		// a footnote number glued to the cue's last word
		{"Het kabinet heeft de lidstaten hiertoe meermaals opgeroepen3.", stSupport, false, "heeft … opgeroepen3"},
		// reported opinions
		{"Het kabinet heeft eerder gemeld dat een snellere procedure wenselijk is.", stPreference, false, "heeft … gemeld dat"},
		{"Verder heeft Nederland gesteld dat de lidstaten de kosten dienen te dragen.", stReserved, false, "heeft … gesteld dat"},
		{"Het kabinet heeft gemeld dat een verplichte toets niet wenselijk is.", stConcern, false, "heeft gemeld dat"},
		// "acht … wenselijk / noodzakelijk"
		{"Zo acht het kabinet een evaluatie van de nieuwe regels na drie jaar wenselijk.", stPreference, false, "acht … wenselijk"},
		{"Het kabinet acht onafhankelijk toezicht op de databank noodzakelijk.", stPriority, false, "acht … noodzakelijk"},
		// requests
		{"Estland heeft om een extra overleg verzocht.", stSupport, false, "heeft om … verzocht"},
		{"Spanje verzocht de Commissie om een snelle evaluatie.", stSupport, false, "verzocht … om"},
		{"Het voorzitterschap verzocht de lidstaten de afspraken voor het einde van het jaar uit te voeren.", stSupport, false, "verzocht … te"},
		// announced undertakings
		{"De Commissie gaf aan na een rondgang langs de lidstaten te gaan werken aan een nieuw actieplan.", stCommit, false, "gaf aan … te gaan"},
		{"De Raad wenst de onderhandelingen voor de zomer af te ronden.", stCommit, false, "wenst … te"},
		{"De coalitie zal inzetten op de aanpak van witwassen.", stCommit, false, "zal inzetten op"},
		{"Nederland loopt in Europa voorop bij de digitalisering van de asielprocedure.", stCommit, false, "loopt … voorop"},
		{"De Oostenrijkse en Nederlandse insteek is dit thema te agenderen in de Raad.", stCommit, false, "insteek is … te"},
		// a problem raised
		{"Tijdens de lunch heeft de Minister de gevolgen van de droogte voor de landbouw opgebracht.", stConcern, false, "heeft … opgebracht"},
		// ambition, with the commas of an inserted phrase around the cue's end
		{"Het kabinet is, net als Frankrijk ambitieus, om de onderhandelingen snel af te ronden.", stSupport, false, "is … ambitieus"},
		// a bracketed insertion neither counts in a gap nor closes it
		{"Italië sprak (als eerste: zie bijlage) steun uit voor het plan.", stSupport, false, "sprak … steun uit voor"},
		// joining, stressing, rejecting and regretting in past and perfect tenses
		{"België en Luxemburg sloten zich daarbij aan.", stSupport, false, "sloten zich daarbij aan"},
		{"De Minister heeft het belang benadrukt van een snelle invoering.", stSupport, false, "heeft het belang benadrukt van"},
		{"Portugal heeft zich tegen een verplichte quotering uitgesproken.", stOppose, false, "heeft zich tegen … uitgesproken"},
		{"Het kabinet ziet op dit moment geen aanleiding voor een nieuw fonds.", stOppose, false, "ziet … geen aanleiding"},
		{"Het kabinet betreurt dat de termijn opnieuw is verlengd.", stConcern, false, "betreurt"},
		{"Nederland deelt deze zorg.", stConcern, false, "deelt … zorg"},
		{"Op de tweede dag uitten Letland en Litouwen zorgen over de capaciteit.", stConcern, false, "uitten … zorgen"},
		{"Nederland neemt, zoals bekend, een kritische houding aan ten aanzien van het plan.", stConcern, false, "neemt … kritische houding aan"},
		{"Het kabinet neemt een afwachtende houding aan.", stReserved, false, "neemt … afwachtende houding aan"},
		{"Nederland hecht er met name aan dat de rechtsbescherming gewaarborgd blijft.", stPriority, false, "hecht er … aan"},
		{"De bescherming van kritieke infrastructuur heeft de volle aandacht van het kabinet.", stPriority, false, "heeft … aandacht van"},
		{"Naar het oordeel van het kabinet moeten lidstaten zelf hun lijsten bepalen.", stPreference, false, "Naar het oordeel van"},
		// the perfect tense of reports
		{"Nederland heeft de Raadsconclusies gesteund.", stSupport, false, "heeft … gesteund"},
		{"Het kabinet heeft het initiatief van het voorzitterschap verwelkomd.", stWelcome, false, "heeft … verwelkomd"},
		{"Polen heeft het compromis afgewezen.", stOppose, false, "heeft … afgewezen"},
		{"Hongarije heeft tegengestemd.", stOppose, false, "heeft tegengestemd"},
		{"Nederland heeft voor gestemd.", stAgree, false, "heeft voor gestemd"},
		{"Italië heeft zorgen geuit over de kosten.", stConcern, false, "heeft zorgen geuit"},
		{"Italië en Frankrijk bepleiten een uitbreiding van het mandaat.", stSupport, false, "bepleiten"},
		// more report forms
		{"Denemarken sprak zich positief uit over het kader.", stSupport, false, "sprak zich positief uit over"},
		{"Nederland staat open voor een verkenning van nieuwe instrumenten.", stSupport, false, "staat open voor"},
		{"De ministers betuigden hun steun aan Oekraïne.", stSupport, false, "betuigden … steun aan"},
		{"Het kabinet is tegenstander van een nieuwe heffing.", stOppose, false, "is tegenstander van"},
		{"Tsjechië maakte bezwaar tegen de termijn.", stOppose, false, "maakte bezwaar tegen"},
		{"Ierland zet vraagtekens bij de haalbaarheid.", stConcern, false, "zet vraagtekens bij"},
		{"Het kabinet ziet de meerwaarde van een gezamenlijke aanpak.", stSupport, false, "ziet … meerwaarde van"},
		{"De Commissie reageerde positief op het verzoek.", stSupport, false, "reageerde positief op"},
		{"Het kabinet vindt het positief dat de termijnen korter worden.", stWelcome, false, "vindt het positief dat"},
		{"Het kabinet is voornemens in te stemmen met de algemene oriëntatie.", stAgree, false, "is voornemens in te stemmen met"},
		{"De Nederlandse inzet is gericht op een snelle afronding.", stCommit, false, "inzet is gericht op"},
		{"Nederland staat kritisch tegenover een nieuw agentschap.", stConcern, false, "staat kritisch tegenover"},
		{"Het kabinet is sceptisch over de haalbaarheid.", stConcern, false, "is sceptisch"},
		{"Nederland heeft moeite met de voorgestelde termijn.", stConcern, false, "heeft moeite met"},
		// abstention announced; an opinion reported in the simple past
		{"Blijft de tekst ongewijzigd, dan zal Nederland zich onthouden van stemming.", stCommit, false, "zal"},
		{"Nederland heeft zich onthouden van stemming.", stReserved, false, "zich onthouden van stemming"},
		{"Duitsland gaf aan dat een evaluatie wenselijk is.", stPreference, false, "gaf aan dat"},
		// the chair reports the delegations' support
		{"Er was brede steun voor het voorstel.", stSupport, false, "Er was … steun"},
		{"Het voorzitterschap constateerde brede steun voor het actieplan.", stSupport, false, "constateerde … steun"},
		{"De voorzitter concludeerde dat er geen steun was voor de tekst.", stOppose, true, "concludeerde … steun"},
	}
	for _, tt := range tests {
		r, ok := classifyStance(tt.sentence)
		if !ok {
			t.Errorf("%q: no cue, want %s", tt.sentence, tt.stance)
			continue
		}
		if r.stance != tt.stance || r.negated != tt.negated || r.cue != tt.cue {
			t.Errorf("%q:\n got  %s negated=%v cue=%q\n want %s negated=%v cue=%q", tt.sentence, r.stance, r.negated, r.cue, tt.stance, tt.negated, tt.cue)
		}
	}
	for _, s := range []string{
		// a participle in a relative clause is no cue of the main verb
		"De Commissie heeft het voorstel dat door Nederland werd gesteund gepresenteerd.",
	} {
		// the relative clause's own passive is the agent's (constructions.go)
		if r, ok := classifyStance(s); ok && r.cue != "door … werd gesteund" {
			t.Errorf("%q: cue %q (%s), want none of the main verb", s, r.cue, r.stance)
		}
	}
	for _, s := range []string{
		// a comma closes the clause; no pair of commas holds the cue
		"Dat is, in de ogen van velen ambitieus.",
		"Het plan is klaar, het tijdpad ambitieus.",
	} {
		if r, ok := classifyStance(s); ok && r.cue == "is … ambitieus" {
			t.Errorf("%q: cue %q across a clause boundary", s, r.cue)
		}
	}
}

// fictionalLetter extracts a short letter of the cabinet with the given body
// paragraphs and date (as "1 maart 2025").
func fictionalLetter(t *testing.T, date string, paras ...string) graph.DocumentGraph {
	t.Helper()
	text := "Nr. 999  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n" +
		"Den Haag, " + date + " \n\n" + strings.Join(paras, " \n\n") + " \n"
	return extractChecked(t, "kst-32317-999.txt", []byte(text))
}

// Actors beyond the cabinet, the subject of the clause, and statements in
// real reports that hold no stance.
func TestPositionsRealForms(t *testing.T) {
	const nl, ec = "country:NL", "org:european-commission"
	g := fictionalLetter(t, "14 maart 2025",
		"De Europese Commissie presenteerde in januari een mededeling over georganiseerde criminaliteit. "+
			"De nieuwe Commissie gaf aan na een rondgang langs de hoofdsteden te gaan werken aan een Europees havenplan. "+
			"Ook benadrukte de Commissie het belang van een sterker Europol. "+
			"De Commissaris voor Binnenlandse Zaken verwelkomde de afspraken. "+
			"Commissievoorzitter Van der Berg sprak steun uit voor een nieuw fonds.",
		"Drie lidstaten konden niet instemmen met het compromis. "+
			"De G7 zal inzetten op de aanpak van synthetische drugs. "+
			"De Baltische staten pleitten voor meer steun aan de buitengrens. "+
			"De MED5 wezen een verplichte verdeling af. "+
			"De Beneluxlanden steunen het plan.",
		"Het kabinet heeft met de tekst van het compromis ingestemd. "+
			"Het voorzitterschap concludeerde dat er voldoende steun was.",
		"De Duitse en Nederlandse insteek is het thema van de vuurwapenhandel te agenderen bij de partners. "+
			"Het kabinet is, net als Frankrijk ambitieus, om de onderhandelingen snel af te ronden.",
		"Voor Nederland is het daarbij van belang dat de rechten van slachtoffers geborgd blijven. "+
			"Het kabinet acht het daarbij essentieel dat de lidstaten de lasten delen.",
		"Een ruime meerderheid van de lidstaten steunde de aanpak. "+
			"Spanje sloot zich daarbij aan. "+
			"De bescherming van kritieke infrastructuur heeft de volle aandacht van het kabinet.",
		"Blijft de tekst ongewijzigd, dan zal Nederland zich onthouden van stemming. "+
			"Ook gaf Nederland aan dat het de tekst kan steunen. "+
			"De Commissie gaf aan dat de verordening in mei in werking treedt. "+
			"Er was brede steun voor het voorstel.",
		"Estland heeft om een extra overleg verzocht. "+
			"Ook sprak Jansen van den Berg namens de Commissie (hierna: de voorzitter) steun uit voor een gezamenlijke aanpak. "+
			"Achttien lidstaten hebben aangegeven de verklaring te zullen onderschrijven.",
		// no stance
		"De Minister en de Staatssecretaris hebben deelgenomen aan de JBZ-Raad. "+
			"Ook kan het overleg bijdragen aan de strategie die de Commissie heeft aangekondigd. "+
			"Wij informeren u over de bijeenkomst die op 3 mei zal plaatsvinden. "+
			"Het kabinet heeft gemeld dat de verordening op 1 juli in werking treedt. "+
			"De Commissie heeft de tekst, die veel lidstaten hebben afgewezen, ingetrokken.",
		"Er is steun nodig voor de opvang van ontheemden. "+
			"Het voorzitterschap verzocht de delegaties hun schriftelijke opmerkingen voor 1 mei toe te sturen. "+
			"Nederland zal hierover in de Raad het woord voeren.",
	)
	want := []wantPosition{
		{quote: "De nieuwe Commissie gaf aan", stance: stCommit, actors: ec, actorWords: "de nieuwe Commissie", subject: "een Europees havenplan"},
		{quote: "Ook benadrukte de Commissie", stance: stSupport, actors: ec, subject: "een sterker Europol"},
		{quote: "De Commissaris voor Binnenlandse Zaken verwelkomde", stance: stWelcome, actors: ec, actorWords: "de Commissaris voor Binnenlandse Zaken", subject: "de afspraken"},
		{quote: "Commissievoorzitter Van der Berg", stance: stSupport, actors: ec, actorWords: "Commissievoorzitter Van der Berg", subject: "een nieuw fonds"},
		{quote: "Drie lidstaten konden niet", stance: stOppose, actorWords: "Drie lidstaten", subject: "het compromis", negated: true},
		{quote: "De G7 zal inzetten op", stance: stCommit, actorWords: "de G7", subject: "de aanpak van synthetische drugs"},
		{quote: "De Baltische staten pleitten", stance: stSupport, actorWords: "de Baltische staten", subject: "meer steun aan de buitengrens"},
		{quote: "De MED5 wezen", stance: stOppose, actorWords: "de MED5", subject: "een verplichte verdeling"},
		{quote: "De Beneluxlanden steunen", stance: stSupport, actorWords: "de Beneluxlanden", subject: "het plan"},
		{quote: "Het kabinet heeft met de tekst", stance: stAgree, actors: nl, subject: "de tekst van het compromis"},
		{quote: "Het voorzitterschap concludeerde", stance: stSupport, actorWords: "de lidstaten", subject: "de tekst van het compromis"},
		{quote: "De Duitse en Nederlandse insteek", stance: stCommit, actors: "country:DE+country:NL", subject: "het thema van de vuurwapenhandel"},
		{quote: "Het kabinet is, net als Frankrijk", stance: stSupport, actors: "country:FR+country:NL", subject: "de onderhandelingen snel af te ronden"},
		{quote: "Voor Nederland is het daarbij van belang", stance: stPriority, actors: nl, subject: "de rechten van slachtoffers geborgd blijven"},
		{quote: "Het kabinet acht het daarbij essentieel", stance: stPriority, actors: nl, subject: "de lidstaten de lasten delen"},
		{quote: "Een ruime meerderheid van de lidstaten steunde", stance: stSupport, actorWords: "een ruime meerderheid van de lidstaten", subject: "de aanpak"},
		{quote: "Spanje sloot zich daarbij aan", stance: stSupport, actors: "country:ES", subject: "de aanpak"},
		{quote: "De bescherming van kritieke infrastructuur heeft", stance: stPriority, actors: nl, actorWords: "het kabinet", subject: "De bescherming van kritieke infrastructuur"},
		{quote: "Blijft de tekst ongewijzigd, dan zal Nederland", stance: stReserved, actors: nl},
		{quote: "Ook gaf Nederland aan dat het de tekst kan steunen", stance: stSupport, actors: nl, subject: "de tekst"},
		{quote: "Er was brede steun voor het voorstel", stance: stSupport, actorWords: "de lidstaten", subject: "het voorstel"},
		{quote: "Estland heeft om een extra overleg verzocht", stance: stSupport, actors: "country:EE", subject: "een extra overleg"},
		{quote: "Ook sprak Jansen van den Berg namens de Commissie", stance: stSupport, actors: ec, actorWords: "Jansen van den Berg namens de Commissie", subject: "een gezamenlijke aanpak"},
		{quote: "Achttien lidstaten hebben aangegeven", stance: stCommit, actorWords: "Achttien lidstaten", subject: "de verklaring"},
	}
	checkAll(t, g, want)
}

// "het voorzitterschap" in a letter that names no Council meeting is the
// presidency of the letter's date (Denmark in the second half of 2025).
func TestPositionsPresidencyOfLetterDate(t *testing.T) {
	g := fictionalLetter(t, "24 november 2025",
		"Het voorzitterschap verzocht de lidstaten de afspraken voor het einde van het jaar uit te voeren.")
	checkPositions(t, g, []wantPosition{
		{quote: "Het voorzitterschap verzocht", stance: stSupport, actors: "country:DK", subject: "de afspraken"},
	})
}

// The grammatical subject is the actor: the agent of a passive, not the
// country adjective inside the object; the addressee of a request is no
// actor; one sentence with two actors carries two positions, each with its
// own subject.
func TestPositionsSubjectOfClause(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"De Europese Commissie presenteerde een plan. Nederland veroordeelt de Russische invasie van Oekraïne. "+
			"De Russische agressie werd door alle lidstaten veroordeeld.",
		"Nederland steunt het voorstel en Frankrijk pleit voor een snellere invoering. "+
			"Spanje en Portugal blijven zich inzetten voor een ambitieus Eurojust en bepleiten een ruimer mandaat. "+
			"Het kabinet heeft de Commissie verzocht de gevolgen in kaart te brengen.",
	)
	want := []wantPosition{
		{quote: "Nederland veroordeelt", stance: stOppose, actors: "country:NL", on: []string{"country:RU", "country:UA"}, subject: "de Russische invasie van Oekraïne"},
		{quote: "De Russische agressie werd", stance: stOppose, actorWords: "alle lidstaten", on: []string{"country:RU"}, subject: "De Russische agressie"},
		{quote: "Nederland steunt het voorstel en", stance: stSupport, actors: "country:NL", actorWords: "Nederland", subject: "het voorstel"},
		{quote: "Het kabinet heeft de Commissie verzocht", stance: stSupport, actors: "country:NL", subject: "de gevolgen in kaart"},
		// a verb coordinated with the one before shares its subject; "ambitieus"
		// inside the object is no cue
		{quote: "Spanje en Portugal blijven", stance: stCommit, actors: "country:ES+country:PT", subject: "een ambitieus Eurojust"},
		{quote: "Spanje en Portugal blijven", stance: stSupport, actors: "country:ES+country:PT", subject: "een ruimer mandaat"},
	}
	// and Frankrijk's position in the second sentence, checked below
	ps := checkPositions(t, g, want)
	if len(ps) != len(want)+1 {
		t.Errorf("%d positions, want %d", len(ps), len(want)+1)
	}
	france := false
	for _, p := range ps {
		q := p.e.Props["quote"].(string)
		switch {
		case strings.HasPrefix(q, "Nederland steunt") && p.e.Props["actor"] == "Frankrijk":
			france = true
			if strings.Join(p.holds, "+") != "country:FR" || p.e.Props["stance"] != "support" || p.e.Props["subject"] != "een snellere invoering" {
				t.Errorf("second position of the sentence: %v", p.e.Props)
			}
		case strings.HasPrefix(q, "Nederland steunt") && p.e.Props["subject"] != "het voorstel":
			t.Errorf("first position of the sentence: subject %q, want %q", p.e.Props["subject"], "het voorstel")
		case strings.HasPrefix(q, "Het kabinet heeft de Commissie"):
			if strings.Join(p.holds, "+") != "country:NL" || strings.Contains(p.e.Props["subject"].(string), "Commissie") {
				t.Errorf("request: actor %v subject %q: the Commission is the addressee", p.holds, p.e.Props["subject"])
			}
		case strings.HasPrefix(q, "Nederland veroordeelt") && containsString(p.holds, "country:RU"):
			t.Errorf("Russia holds the condemnation of its invasion")
		}
	}
	if !france {
		t.Error("no position of Frankrijk in the sentence with two actors")
	}
}

// A text cut off in the middle of its last sentence (a web-page excerpt)
// leaves a last line that looks like a heading; it is running text and is
// read for positions under the agenda item before it.
func TestPositionsCutLastSentence(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"Het kabinet steunt de herziening van de verordening.",
		"Het voorzitterschap constateerde verder een brede steun voor de terugkeer, samenwerking met de landen van")
	var kinds []ParaKind
	doc, err := Parse("kst-32317-999.txt", []byte("Nr. 999  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\nDen Haag, 14 maart 2025 \n\n"+
		"Het kabinet steunt de herziening van de verordening. \n\n"+
		"Het voorzitterschap constateerde verder een brede steun voor de terugkeer, samenwerking met de landen van \n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Paragraphs {
		kinds = append(kinds, p.Kind)
	}
	if kinds[len(kinds)-1] != ParaHeading {
		t.Logf("the parser reads the cut line as %s (kinds %v); the rule is not exercised", kinds[len(kinds)-1], kinds)
	}
	checkPositions(t, g, []wantPosition{
		{quote: "Het voorzitterschap constateerde verder", stance: stSupport, actorWords: "de lidstaten", subject: "de terugkeer"},
	})
}

// Reported refusals and announced non-participation are stances; taking
// part in a meeting and questions put to the ministers are not.
func TestPositionsRefusalsAndQuestions(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025",
		"Litouwen en Letland stelden dat zij niet aan de nieuwe regeling zullen meedoen. "+
			"Nederland zal vooralsnog niet deelnemen aan de versterkte samenwerking. "+
			"Estland en Finland hebben aangegeven voorlopig niet aan het programma deel te nemen. "+
			"Verder is Nederland er nog niet van overtuigd dat een nieuw agentschap nodig is.",
		"Het voorzitterschap wil van de ministers horen welke prioriteiten zij zien. "+
			"Het voorzitterschap wil van de ministers weten of zij een akkoord voor de zomer kunnen steunen. "+
			"De Minister en de Staatssecretaris zullen hier aan deelnemen.",
	)
	want := []wantPosition{
		{quote: "Litouwen en Letland stelden", stance: stOppose, actors: "country:LT+country:LV", subject: "niet aan de nieuwe regeling"},
		{quote: "Nederland zal vooralsnog niet deelnemen", stance: stReserved, actors: "country:NL", subject: "de versterkte samenwerking"},
		{quote: "Estland en Finland hebben aangegeven", stance: stReserved, actors: "country:EE+country:FI", subject: "aan het programma", negated: true},
		{quote: "Verder is Nederland er nog niet van overtuigd", stance: stConcern, actors: "country:NL", subject: "een nieuw agentschap nodig is", negated: true},
	}
	checkAll(t, g, want)
}
