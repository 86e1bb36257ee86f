package ingest

import (
	"slices"
	"strings"
	"testing"
)

// A minister named by title and name, without an article: the Netherlands
// when the name is a Dutch officeholder on the letter's date (Van Weel in
// March 2025), or the country the letter introduced the name with.
// Near-misses: the title before "van" (no name), and a foreign minister
// introduced before. A name the letter does not place is no country
// (TestNamedMinisterNotPlaced, positions_steun_verlenen_test.go).
func TestNamedMinisterActor(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Minister Van Weel heeft gepleit voor een snelle aanpak van mensensmokkel.", stSupport, "country:NL", "een snelle aanpak"},
		{"De minister sprak met zijn Bulgaarse collega Tsacheva. Minister Tsacheva heeft aangedrongen op het versnellen van het onderzoek.", stSupport, "country:BG", "het versnellen van het onderzoek"},
		{"De Duitse minister Faeser heeft gepleit voor een snelle aanpak van mensensmokkel.", stSupport, "country:DE", "een snelle aanpak"},
		{"Minister Faeser heeft de vergadering geopend.", "", "", ""},
	})
}

// Help to a state ("zal Griekenland blijven ondersteunen") is an effort of
// the actor's own on that state; backing a proposal, even one a country
// made, stays support.
func TestStateHelped(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland zal Griekenland daarbij blijven ondersteunen.", stCommit, "country:NL", "Griekenland"},
		{"Het kabinet zal Italië ook in de komende jaren ondersteunen.", stCommit, "country:NL", "Italië"},
		{"Nederland zal het voorstel van Frankrijk blijven steunen.", stSupport, "country:NL", "het voorstel van Frankrijk"},
		{"Het kabinet kan Duitse voorstellen steunen.", stSupport, "country:NL", "Duitse voorstellen"},
		// backing a state's wish with "kan" is support of the wish
		{"Nederland kan Roemenië steunen in zijn wens om toe te treden.", stSupport, "country:NL", ""},
	})
}

// A relative clause opened by "waarover"/"waarvan" holds a stance on its
// antecedent; wanting a further justification is reserved. Near-misses: a
// relative clause that closes before the main clause's cue, and a request
// for a justification addressed to the government by parliament's members.
func TestRelativeAntecedent(t *testing.T) {
	g := fictionalLetter(t, "14 maart 2025", "De discussie in de Raad richtte zich met name op het punt van het staande corps, waarover enkele lidstaten zich positief uitlieten, maar waarvan een groter aantal andere lidstaten, waaronder Nederland, een nadere onderbouwing wensen.")
	var got []string
	for _, p := range positionsOf(t, g) {
		got = append(got, p.e.Props["stance"].(string)+" "+p.e.Props["actor"].(string)+" on "+p.e.Props["subject"].(string))
	}
	want := "support enkele lidstaten on het staande corps|reserved andere lidstaten, waaronder Nederland on het staande corps"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
	checkTransfer(t, []transferCase{
		{"De Commissie presenteerde het migratiepact, waarover Frankrijk zich kritisch uitliet.", stConcern, "country:FR", "het migratiepact"},
		{"Duitsland vroeg om een nadere onderbouwing van het voorstel.", stReserved, "country:DE", "het voorstel"},
		{"Het voorstel, waarover de Raad in juni besluit, ligt nu voor.", "", "", ""},
		{"De Commissie presenteerde het migratiepact, waarover de Raad in juni besluit.", "", "", ""},
	})
}

// The writer's "wil" that sends the letter or a document to its addressee
// is business, no commitment; the cabinet's will to offer something to
// others stays one.
func TestSendingToKamer(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Met deze brief wil ik u de reactie namens het kabinet aanbieden.", "", "", ""},
		{"Met deze brief wil ik uw Kamer het verslag toesturen.", "", "", ""},
		{"Samen met de partners wil het kabinet de slachtoffers steun aanbieden.", stCommit, "country:NL", "de slachtoffers steun aanbieden"},
	})
}

// "benadrukt / onderstreept dat" reports a statement: a cue in its
// dat-clause makes the position; alone, it is support.
func TestUnderlinedReport(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland benadrukte dat het niet kan instemmen met de tekst.", stOppose, "country:NL", "de tekst"},
		{"Ik heb onderstreept dat Nederland het eindresultaat afwacht.", stReserved, "country:NL", "het eindresultaat"},
		{"Het kabinet benadrukt dat de samenwerking met derde landen nodig blijft.", stSupport, "country:NL", "de samenwerking met derde landen"},
	})
}

// A time or condition inserted after "om" is no part of the aim; without
// the inserted clause the aim starts at its object.
func TestAimInsertedClause(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet streeft ernaar om wanneer die verantwoordelijkheid is vastgesteld, personen ook zo snel mogelijk over te dragen aan de verantwoordelijke lidstaat.", stCommit, "country:NL", "personen ook zo snel mogelijk over te dragen"},
		{"Het kabinet streeft ernaar de procedure te versnellen.", stCommit, "country:NL", "de procedure te versnellen"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "Het kabinet streeft ernaar om wanneer die verantwoordelijkheid is vastgesteld, personen over te dragen."))
	if len(ps) != 1 || strings.Contains(ps[0].e.Props["subject"].(string), "wanneer") {
		t.Errorf("the inserted clause is in the subject: %v", ps)
	}
}

// After "en" a verb-first conjunct drops its topic, the object it shares
// with the first conjunct's subject. Near-miss: a second conjunct with its
// own object and actor before the verb.
func TestDroppedTopic(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Deze prioriteiten zijn nog steeds actueel en zal ik dan ook onder de aandacht brengen van de Commissie.", stCommit, "country:NL", "Deze prioriteiten"},
		{"Dit voorstel is evenwichtig en kan het kabinet daarom steunen.", stSupport, "country:NL", "Dit voorstel"},
		{"De Raad was het eens en Nederland zal het voorstel steunen.", stSupport, "country:NL", "het voorstel"},
	})
}

// A footnote number printed bare after a closing bracket or quote ends
// the sentence; a decimal number does not.
func TestBareFootnoteSplit(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Ik informeer u over de bevoegdheden van de Europese Unie (hierna: EU).1 Tijdens het overleg heb ik dit toegezegd.", 2},
		{"Zie het non-paper «A Renewed European Agenda on Migration.»1 Deze prioriteiten zijn actueel.", 2},
		{"Het gaat om artikel 2.1 Tijdens de vergadering werd dit besproken.", 1},
		{"Het gaat om het jaar 2020).123 Nieuwe regels volgen.", 1},
	} {
		if got := len(splitSentences([]rune(c.text))); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// A promise to treat a topic in this letter is correspondence, no
// commitment; a promise to involve others in the work stays one.
func TestPromiseLetterTopic(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Tijdens het Algemeen Overleg heb ik toegezegd hierbij ook het Europees openbaar ministerie (hierna: EOM) te zullen betrekken.", "", "", ""},
		{"Nederland heeft toegezegd in deze brief in te gaan op de motie.", "", "", ""},
		{"Het kabinet heeft toegezegd de lidstaten bij de uitvoering te zullen betrekken.", stCommit, "country:NL", "de lidstaten bij de uitvoering"},
	})
}

// "De EU" speaking as one is an actor without a node; "de EU" after a
// preposition is none.
func TestUnionActor(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De EU veroordeelde ten zeerste de wreedheden en mensenrechtenschendingen.", stOppose, "", "de wreedheden"},
		{"De EU heeft aangegeven dat het geen steun zal verlenen aan initiatieven die de rechten van de bevolking niet respecteren.", stOppose, "", "initiatieven"},
		{"Nederland steunt de inzet van de EU.", stSupport, "country:NL", "de inzet van de EU"},
		// what the Union should do is the writer's view, no act of the Union
		{"De EU moet zich blijven inzetten voor de mensenrechten.", "", "", ""},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De EU veroordeelde ten zeerste de wreedheden."))
	if len(ps) != 1 || ps[0].e.Props["actor"] != "de EU" || len(ps[0].holds) != 0 {
		t.Errorf("want one position held by the words 'de EU', got %v", ps)
	}
}

// A second verb after ", en" with an object of its own is a position of
// its own, even of the same actor and class; without the comma, or on the
// same object, it is the same position.
func TestCoordinatedOwnClause(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"De Commissie benadrukte in dat kader het belang van paraatheid aan de buitengrenzen, betere informatie-uitwisseling en politiesamenwerking, en riep op tot goede monitoring van de effectiviteit van binnengrenscontroles.", 2},
		{"Het kabinet verwelkomt de routekaart en ziet het als een waardevol instrument.", 1},
		{"Het kabinet steunt de richtlijn, en steunt de richtlijn ook in de Raad.", 1},
	} {
		if got := len(positionsOf(t, fictionalLetter(t, "14 maart 2025", c.text))); got != c.want {
			t.Errorf("%q: %d positions, want %d", c.text, got, c.want)
		}
	}
}

// A passive without its agent after a verb of finding is held by the body
// the sentence places it in; without such a body, or in a relative clause,
// it is no one's position.
func TestPassiveInBody(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Uit de eerste gedachtewisseling in de Raad is gebleken dat het voorstel in het algemeen wordt gesteund.", stSupport, "org:council-of-the-eu", "het voorstel"},
		{"In de Raad werd geconcludeerd dat de aanpak van de Commissie breed wordt gesteund.", stSupport, "org:council-of-the-eu", "de aanpak van de Commissie"},
		{"Uit de discussie in de Raad bleek dat het plan door Frankrijk wordt gesteund.", stSupport, "country:FR", "het plan"},
		{"In het Europees Parlement kon het voorstel tot dusver op grote steun rekenen van de meeste partijen.", stSupport, "org:ep", "het voorstel"},
		{"Het voorstel wordt gesteund.", "", "", ""},
		{"In de Raad werd gesproken over het voorstel dat in Nederland wordt gesteund.", "", "", ""},
	})
}

// Pointing to a responsibility, a role or a body ranks it (priority);
// pointing to a development stays concern.
func TestPointingToAsset(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Nederland wees nadrukkelijk op de eigen verantwoordelijkheid van Griekenland om het asielstelsel te verbeteren.", stPriority, "country:NL", "de eigen verantwoordelijkheid van Griekenland"},
		{"De Minister wijst in dit verband met name op Eurojust en Europol.", stPriority, "country:NL", "Eurojust en Europol"},
		{"Daarbij wijst de Commissie op de toenemende beschikbaarheid van drugs.", stConcern, "org:european-commission", "de toenemende beschikbaarheid van drugs"},
	})
}

// "De Ministers" points back to the ministers the paragraph named with
// their countries (and the writer who met them); without such a list it
// is no actor. A reflexive alone in the gap leaves the aim after the verb
// as the subject.
func TestMinistersNamedBefore(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "Op 30 september 2019 organiseerde ik in Den Haag een bijeenkomst van de justitie ministers (of hun vertegenwoordigers) van Frankrijk, België en Italië. De Ministers verklaarden zich te zullen inzetten om seksueel misbruik van kinderen te bestrijden."))
	if len(ps) != 1 {
		t.Fatalf("want one position, got %d", len(ps))
	}
	holds := append([]string(nil), ps[0].holds...)
	slices.Sort(holds)
	if got := strings.Join(holds, "+"); got != "country:BE+country:FR+country:IT+country:NL" {
		t.Errorf("actors %q", got)
	}
	if got := ps[0].e.Props["subject"]; got != "seksueel misbruik van kinderen te bestrijden" {
		t.Errorf("subject %q", got)
	}
	checkTransfer(t, []transferCase{
		{"De Ministers verklaarden zich te zullen inzetten om seksueel misbruik van kinderen te bestrijden.", "", "", ""},
	})
}

// A last paragraph the copy cut mid-word, without a comma but longer than
// any heading, is read as a sentence; a short one stays a heading.
func TestCutLastSentence(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Raad bereikte een algemene oriëntatie over de verordening.",
		"De Raad stemde in met het voorstel ter goedkeuring van het Raadsbesluit tot ondertekening van de overeenkomst tussen de EU en d"))
	if len(ps) != 1 || ps[0].e.Props["stance"] != "agree" {
		t.Errorf("want the cut sentence's agree, got %d positions", len(ps))
	}
	ps = positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Raad bereikte een algemene oriëntatie over de verordening.",
		"De Raad stemde in met het voorstel over de overeenkomst"))
	if len(ps) != 0 {
		t.Errorf("a short last line is a heading, got %d positions", len(ps))
	}
}

// "waarop … inzetten": an effort for the antecedent, or for what a copula
// before it names; deploying means ("hun middelen inzetten", "de wijze
// waarop") is none.
func TestWaaropInzetten(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Zoals ook naar voren komt in het Regeerprogramma, zijn mest, pulsvisserij en de herijking van de Natura 2000-gebieden de specifieke dossiers waarop wij met voorrang in Europees verband inzetten.", stCommit, "country:NL", "mest, pulsvisserij en de herijking"},
		{"Het kabinet kijkt naar de wijze waarop de lidstaten inzetten.", "", "", ""},
		{"Het gaat om de terreinen waarop lidstaten hun middelen inzetten.", "", "", ""},
	})
}

// "Hier hebben X … op aangedrongen": the pronominal split by the
// participle, the fronted "hier" the sentence before; a country's embassy
// speaks for it; "de EU-delegatie" is no "de EU".
func TestUrgedHere(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "Het is van belang dat de autoriteiten dit incident nader onderzoeken. Hier hebben de Nederlandse ambassade en de EU-delegatie in Tripoli bij de Libische autoriteiten op aangedrongen."))
	var got []string
	for _, p := range ps {
		got = append(got, p.e.Props["stance"].(string)+" "+strings.Join(p.holds, "+")+" "+p.e.Props["actor"].(string))
	}
	if n := len(ps) - 1; n < 0 || got[n] != "support country:NL de Nederlandse ambassade" || !strings.Contains(ps[n].e.Props["subject"].(string), "dit incident nader onderzoeken") {
		t.Errorf("got %q", got)
	}
	checkTransfer(t, []transferCase{
		{"Daar heeft de delegatie van de EU-lidstaten over gesproken.", "", "", ""},
	})
}
