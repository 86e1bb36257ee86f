package ingest

import "testing"

// "Vragen van de leden van de X-fractie" heads a group's contribution to a
// written consultation: its judgements are the group's positions. Kamervragen
// put by members by name ("Vragen van de leden Jansen en De Vries") stay
// questions, whose words hold no stance.
func TestPositionsGroupQuestionsHeading(t *testing.T) {
	g := parliamentaryDoc(t, "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
		"Vragen van de leden van de CDA-fractie",
		"De leden van de CDA-fractie hebben kennisgenomen van de geannoteerde agenda.",
		"Visserij",
		"De leden van de CDA-fractie zijn tevreden met de inzet van de minister ten aanzien van de vangstquota. "+
			"Ook vinden zij het positief dat er steun voor de aanpak lijkt te zijn. "+
			"De leden van de CDA-fractie zijn wel bezorgd over de uitspraak van de Eurocommissaris.",
	)
	checkAll(t, g, []wantPosition{
		{quote: "De leden van de CDA-fractie zijn tevreden", stance: stSatisfied, actorWords: "de leden van de CDA-fractie", subject: "de inzet van de minister"},
		{quote: "Ook vinden zij het positief", stance: stWelcome, actorWords: "de leden van de CDA-fractie"},
		{quote: "De leden van de CDA-fractie zijn wel bezorgd", stance: stConcern, actorWords: "de leden van de CDA-fractie", subject: "de uitspraak van de Eurocommissaris"},
	})

	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Vragen van de leden Jansen en De Vries (beiden SP) aan de Minister van Buitenlandse Zaken", true},
		{"Vragen van de leden van der Berg en Bakker (D66)", true},
		{"Vragen van het lid Jansen (SP) aan de Minister", true},
		{"Vraag 3", true},
		{"Vragen van de leden van de VVD-fractie", false},
		{"Vragen van de leden van de fractie van GroenLinks-PvdA", false},
		{"Vragen van de leden van de PVV- en SP-fracties", false},
	} {
		if got := questionOpener(tc.text); got != tc.want {
			t.Errorf("questionOpener(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
