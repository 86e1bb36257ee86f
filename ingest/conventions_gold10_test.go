package ingest

import "testing"

// The conventions settled by the held-out second annotation (docs/stances.md,
// "Conventions settled by the held-out second annotation (gold10)"), each
// with sentences where it fires and near misses where it must not.

// Convention 11: "gaf aan / heeft aangegeven / liet weten dat <pronoun> …
// zal / gaat + verb" is an announced intention, commit of any actor; another
// subject, an expectation, attending, correspondence with parliament, a
// passive stay no position; a refusal is oppose; a stance cue in the clause
// is read instead.
func TestConventionThatIntention(t *testing.T) {
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", "De Commissie meldde dat zij heeft vernomen dat de lidstaten het actieplan steunen."))
	if len(ps) != 1 || ps[0].e.Props["actor"] != "de lidstaten" {
		t.Errorf("a clause of its own: want the member states' support, got %d positions", len(ps))
	}
	checkTransfer(t, []transferCase{
		{"De Commissie geeft aan dat zij de herziening van de kaderrichtlijn in het najaar zal afronden.", stCommit, "org:european-commission", "de herziening van de kaderrichtlijn"},
		{"De Commissie liet weten dat zij de evaluatie van het fonds voor de zomer zal afronden.", stCommit, "org:european-commission", "de evaluatie van het fonds"},
		{"De Commissie heeft aangegeven dat zij de uitvoering van het actieplan gaat versnellen.", stCommit, "org:european-commission", "de uitvoering van het actieplan"},
		{"Duitsland gaf aan dat het de controles aan de binnengrenzen zal beëindigen.", stCommit, "country:DE", "de controles aan de binnengrenzen"},
		// the reporter named again
		{"De Commissie gaf aan dat de Commissie in het najaar een voorstel over drugsprecursoren zal doen.", stCommit, "org:european-commission", "een voorstel over drugsprecursoren"},
		// a refusal
		{"Duitsland gaf aan dat het de controles niet zal beëindigen.", stOppose, "country:DE", ""},
		// the clause's own stance cue
		{"Frankrijk heeft aangegeven dat het de verlenging van de sancties zal steunen.", stSupport, "country:FR", "de verlenging van de sancties"},
		{"Spanje gaf aan dat het geen steun zal verlenen aan het voorstel.", stOppose, "country:ES", "het voorstel"},
		// in the order of a subordinate clause the noun phrase after the
		// pronoun is the object, the pronoun (the reporter) the actor
		{"De Commissie gaf aan dat zij de kandidaat-lidstaten zal ondersteunen bij de hervormingen.", stSupport, "org:european-commission", "de kandidaat-lidstaten"},
		{"De Commissie gaf aan dat zij Griekenland zal steunen bij de opvang.", stSupport, "org:european-commission", "Griekenland"},
		// near miss: a clause of its own with its own subject
		{"De Commissie meldde dat zij heeft vernomen dat de lidstaten het actieplan steunen.", stSupport, "", "het actieplan"},
		// near misses: another subject, "het" as an article, a passive, an
		// expectation, attending, correspondence, no "zal"
		{"De Commissie gaf aan dat de lidstaten het voorstel in juni zullen ontvangen.", "", "", ""},
		{"De Commissie gaf aan dat Frankrijk de aanbevelingen zal uitvoeren.", "", "", ""},
		{"De Commissie gaf aan dat het rapport in juni zal verschijnen.", "", "", ""},
		{"De Commissie gaf aan dat zij door de lidstaten zal worden gehoord.", "", "", ""},
		{"De Commissie gaf aan dat zij naar verwachting in juni een voorstel zal doen.", "", "", ""},
		{"De Commissie gaf aan dat zij de bijeenkomst van juni zal bijwonen.", "", "", ""},
		{"De Commissie gaf aan dat zij uw Kamer hierover zal informeren.", "", "", ""},
		{"De Commissie gaf aan dat zij het voorstel in juni indient.", "", "", ""},
	})
}

// Convention 15: "heeft … kennisgenomen van / gelezen" takes the class of
// its manner: an evaluative manner is concern or welcome, on the document
// read; a neutral one stays no required position, the cabinet's bare
// "heeft kennisgenomen van" the table's informational cue.
func TestConventionReadWithManner(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De leden van de D66-fractie hebben het wetsvoorstel met zorg gelezen.", stConcern, "", "het wetsvoorstel"},
		{"De leden van de D66-fractie hebben de notitie met grote bezorgdheid gelezen.", stConcern, "", "de notitie"},
		{"De leden van de D66-fractie hebben de brief met gemengde gevoelens gelezen.", stConcern, "", "de brief"},
		{"De leden van de D66-fractie hebben de mededeling kritisch gelezen.", stConcern, "", "de mededeling"},
		{"De leden van de D66-fractie hebben kritisch kennisgenomen van de kabinetsreactie.", stConcern, "", "de kabinetsreactie"},
		{"De leden van de D66-fractie hebben de notitie met waardering gelezen.", stWelcome, "", "de notitie"},
		// the manner fronted, and the present "neemt … kennis van"
		{"Met grote zorg hebben de leden van de D66-fractie kennisgenomen van de mededeling.", stConcern, "", "de mededeling"},
		{"Met waardering heeft het kabinet kennisgenomen van het jaarverslag.", stWelcome, "country:NL", "het jaarverslag"},
		{"De leden van de D66-fractie nemen met verbazing kennis van de kabinetsreactie.", stConcern, "", "de kabinetsreactie"},
		{"Met belangstelling hebben de leden van de D66-fractie kennisgenomen van de notitie.", "", "", ""},
		// near misses: a neutral manner; the cabinet's bare formula
		{"De leden van de D66-fractie hebben met belangstelling kennisgenomen van de notitie.", "", "", ""},
		{"De leden van de D66-fractie hebben de notitie met belangstelling gelezen.", "", "", ""},
		{"Het kabinet heeft kennisgenomen van het jaarverslag.", stInformational, "country:NL", "het jaarverslag"},
	})
}

// Convention 16: advice names a course the adviser backs: support; advising
// against is oppose; advice without content is none.
func TestConventionAdvice(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"De Commissie adviseert de Raad de toetredingsgesprekken met het kandidaat-land te beginnen.", stSupport, "org:european-commission", "de toetredingsgesprekken"},
		{"De Raad van State raadt aan de overgangsbepaling te schrappen.", stSupport, "", "de overgangsbepaling"},
		{"De Commissie beveelt aan de termijn voor de aanvragen te verkorten.", stSupport, "org:european-commission", "de termijn voor de aanvragen"},
		// the addressee and the particle of a separable verb are no part
		// of what is advised
		{"De Commissie adviseert de lidstaten de kaderbesluiten binnen een jaar om te zetten.", stSupport, "org:european-commission", "de kaderbesluiten"},
		{"De Raad van State adviseert negatief over het initiatiefvoorstel.", stOppose, "", "het initiatiefvoorstel"},
		{"De Raad van State raadt de verplichte registratie af.", stOppose, "", "de verplichte registratie"},
		{"Het kabinet raadt de Kamer af het initiatiefwetsvoorstel aan te nemen.", stOppose, "country:NL", "het initiatiefwetsvoorstel"},
		{"De Raad van State adviseert de bepaling niet in te voeren.", stOppose, "", "de bepaling"},
		// near misses: advice without content
		{"De Raad van State adviseert over het initiatiefvoorstel.", "", "", ""},
		{"De Raad van State heeft over het initiatiefvoorstel advies uitgebracht.", "", "", ""},
	})
	for s, want := range map[string]string{
		"De Commissie adviseert de Raad de toetredingsgesprekken met het kandidaat-land te beginnen.": "de toetredingsgesprekken met het kandidaat-land",
		"De Raad van State raadt aan de overgangsregeling af te schaffen.":                            "de overgangsregeling",
		"De Commissie adviseert de lidstaten de kaderbesluiten binnen een jaar om te zetten.":         "de kaderbesluiten binnen een jaar",
	} {
		ps := positionsOf(t, fictionalLetter(t, "14 maart 2025", s))
		if len(ps) != 1 {
			t.Errorf("%q: %d positions, want 1", s, len(ps))
			continue
		}
		if got, _ := ps[0].e.Props["subject"].(string); got != want {
			t.Errorf("%q: subject %q, want %q (no addressee, no particle)", s, got, want)
		}
	}
}

// Convention 17: an opinion that a process is complete, stable or ready is
// satisfied; a wish or forecast that it be completed stays support or none,
// a report of completion without an opinion verb a fact.
func TestConventionRipeOpinion(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het voorzitterschap is van mening dat de besprekingen op technisch niveau zijn afgerond.", stSatisfied, "", "de besprekingen op technisch niveau"},
		{"Het kabinet is van mening dat het dossier rijp is voor een besluit.", stSatisfied, "country:NL", "het dossier"},
		{"Het kabinet is van oordeel dat een akkoord over de verordening binnen bereik is.", stSatisfied, "country:NL", "een akkoord over de verordening"},
		{"Het kabinet vindt dat de Raad een stabiele positie heeft bereikt over de richtlijn.", stSatisfied, "country:NL", "een stabiele positie"},
		// an evaluative predicate of readiness
		{"Het kabinet acht de ontwerptekst rijp voor besluitvorming.", stSatisfied, "country:NL", "de ontwerptekst"},
		{"Het kabinet acht een akkoord over de richtlijn binnen bereik.", stSatisfied, "country:NL", "een akkoord over de richtlijn"},
		// near miss: a fact
		{"De besprekingen over de verordening zijn afgerond.", "", "", ""},
	})
	// near misses: a wish that it be completed, a forecast, a denial
	for _, s := range []string{
		"Het kabinet is van mening dat de besprekingen snel moeten worden afgerond.",
		"Het kabinet is van mening dat de besprekingen in juni zullen worden afgerond.",
		"Het kabinet is van mening dat het dossier nog niet rijp is voor een besluit.",
	} {
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", s)) {
			if p.e.Props["stance"] == string(stSatisfied) {
				t.Errorf("%q: satisfied, want no judgement of completion", s)
			}
		}
	}
}

// Convention 18: "beschouwt / ziet X als een kans" is welcome of X (a
// demonstrative: the sentence before), not of the purpose clause; "ziet
// kansen voor Y" stays support of Y.
func TestConventionChance(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Het kabinet beschouwt de top als een kans om de samenwerking met Afrika te verdiepen.", stWelcome, "country:NL", "de top"},
		{"Het kabinet ziet de nieuwe havenstrategie als een belangrijke kans voor het bedrijfsleven.", stWelcome, "country:NL", "de nieuwe havenstrategie"},
		{"Frankrijk beschouwt het voorzitterschap van Polen als een kans.", stWelcome, "country:FR", "het voorzitterschap van Polen"},
		// near miss: chances for a course
		{"Het kabinet ziet kansen voor meer samenwerking op het gebied van waterstof.", stSupport, "country:NL", "meer samenwerking"},
	})
	ps := positionsOf(t, fictionalLetter(t, "14 maart 2025",
		"De Raad bespreekt in mei de toekomst van de douane-unie. Het kabinet beschouwt dit als een kans om de handhaving te verbeteren."))
	if len(ps) != 1 || ps[0].e.Props["stance"] != string(stWelcome) {
		t.Fatalf("dit als een kans: want one welcome, got %d", len(ps))
	}
	if subj, _ := ps[0].e.Props["subject"].(string); subj != "De Raad bespreekt in mei de toekomst van de douane-unie" {
		t.Errorf("dit als een kans: subject %q, want the sentence before", subj)
	}
}

// Convention 19: answering a request of the Kamer is correspondence, no
// position, whatever stance word it uses; a reply on a motion's substance
// or a positive reaction to a proposal stays.
func TestConventionKamerRequestAnswer(t *testing.T) {
	checkTransfer(t, []transferCase{
		{"Graag reageren wij positief op uw schrijven van 12 april.", "", "", ""},
		{"Wij reageren positief op het verzoek van de vaste commissie voor Europese Zaken.", "", "", ""},
		{"Graag voldoe ik aan het verzoek van de commissie om een appreciatie van het werkprogramma.", "", "", ""},
		{"Het kabinet steunt graag het verzoek van uw Kamer om een appreciatie van het werkprogramma.", "", "", ""},
		// near misses: a policy request; a proposal of others; the
		// Commission's request
		{"Het kabinet steunt het verzoek van uw Kamer om een onafhankelijk onderzoek naar de grensbewaking.", stSupport, "country:NL", ""},
		{"Italië reageerde positief op het voorstel van het voorzitterschap.", stSupport, "country:IT", "het voorstel van het voorzitterschap"},
		{"Italië reageerde positief op het verzoek van de Europese Commissie.", stSupport, "country:IT", "het verzoek van de Europese Commissie"},
	})
}

// Convention 13 with 15: members who read a cited stance with an
// evaluative manner react to it: their welcome or concern, on the cited
// content; the cited stance is optional (read or not by its own cue), and
// reading without a manner is no reaction of theirs.
func TestConventionCitedStanceReaction(t *testing.T) {
	cases := []struct {
		sentence string
		stance   stance
	}{
		{"De leden van de SP-fractie lezen met instemming dat het kabinet de oprichting van het expertisecentrum steunt.", stWelcome},
		{"De leden van de SP-fractie lezen met zorg in de geannoteerde agenda dat het kabinet de oprichting van het expertisecentrum steunt.", stConcern},
		{"De leden van de SP-fractie hebben met waardering gelezen dat het kabinet de oprichting van het expertisecentrum steunt.", stWelcome},
		// near misses: no manner, a neutral one
		{"De leden van de SP-fractie lezen in de geannoteerde agenda dat het kabinet de oprichting van het expertisecentrum steunt.", ""},
		{"De leden van de SP-fractie lezen met belangstelling dat het kabinet de oprichting van het expertisecentrum steunt.", ""},
	}
	for _, c := range cases {
		var got []string
		for _, p := range positionsOf(t, fictionalLetter(t, "14 maart 2025", c.sentence)) {
			if p.e.Props["actor"] == "het kabinet" {
				continue // the cited stance: optional
			}
			got = append(got, p.e.Props["stance"].(string))
			if subj, _ := p.e.Props["subject"].(string); subj != "de oprichting van het expertisecentrum" {
				t.Errorf("%q: subject %q, want the cited content", c.sentence, subj)
			}
			if p.e.Props["actor"] != "de leden van de SP-fractie" {
				t.Errorf("%q: actor %v, want the members", c.sentence, p.e.Props["actor"])
			}
		}
		switch {
		case c.stance == "" && len(got) > 0:
			t.Errorf("%q: want no reaction of the members, got %v", c.sentence, got)
		case c.stance != "" && (len(got) != 1 || got[0] != string(c.stance)):
			t.Errorf("%q: want the members' %s, got %v", c.sentence, c.stance, got)
		}
	}
}
