package ingest

import (
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
)

// The cue classifier: a sentence's first cue, its class, negation and
// conditions (docs/stances.md).
func TestClassifyStance(t *testing.T) {
	tests := []struct {
		sentence    string
		stance      stance
		negated     bool
		conditional bool
		cue         string
	}{
		// support
		{"Het kabinet steunt het voorstel.", stSupport, false, false, "steunt"},
		{"Het kabinet kan het verder verlengen van de werking van de Richtlijn Tijdelijke Bescherming na 4 maart 2025 steunen.", stSupport, false, false, "kan … steunen"},
		{"Zoals eerder met u gedeeld, is het kabinet voorstander van een gecoördineerde oplossing.", stSupport, false, false, "is … voorstander van"},
		{"Het kabinet onderstreept het belang van publiek-private samenwerking.", stSupport, false, false, "onderstreept het belang van"},
		{"Nederland heeft, met Denemarken en Oostenrijk, gepleit voor effectieve grensprocedures.", stSupport, false, false, "heeft … gepleit voor"},
		{"Het kabinet draagt dit ook steeds uit richting de Commissie.", stSupport, false, false, "draagt … uit"},
		{"Het kabinet pleit ervoor dat alle lidstaten de afspraken nakomen.", stSupport, false, false, "pleit ervoor"},
		{"Polen, Litouwen en Finland riepen de Commissie op om meer ruimte te bieden.", stSupport, false, false, "riepen … op"},
		{"Onder de lidstaten bestond veel steun voor de modernisering van de verordeningen.", stSupport, false, false, "bestond … steun voor"},
		{"Duitsland sprak zich uit voor een snelle afronding.", stSupport, false, false, "sprak zich uit voor"},
		{"Het kabinet deelt de analyse van de Commissie.", stAgree, false, false, "deelt … analyse"},
		{"Frankrijk drong aan op een snelle afronding van de onderhandelingen.", stSupport, false, false, "drong aan op"},
		{"De lidstaten gaven steun aan de routekaart.", stSupport, false, false, "gaven steun aan"},
		{"Oostenrijk sprak zich uit tegen het compromis.", stOppose, false, false, "sprak zich uit tegen"},
		{"De ministers waren het erover eens dat de samenwerking moet worden versterkt.", stAgree, false, false, "waren het erover eens dat"},
		{"Ja, daar zijn wij het mee eens.", stAgree, false, false, "zijn … het mee eens"},
		{"Nederland is het eens met de analyse van de Commissie.", stAgree, false, false, "is het eens met"},
		{"Het kabinet zet met prioriteit in op de aanpak van mensensmokkelaars.", stPriority, false, false, "zet met prioriteit in op"},
		{"Alle lidstaten, inclusief Nederland, spraken de voorkeur uit voor een decentraal systeem.", stPreference, false, false, "spraken … voorkeur uit voor"},
		// welcome
		{"Het kabinet verwelkomt de bespreking van dit onderwerp.", stWelcome, false, false, "verwelkomt"},
		{"Daarom is Nederland blij dat de Commissie ervoor heeft gekozen.", stWelcome, false, false, "is … blij"},
		{"In dit kader kijkt het kabinet uit naar het gesprek.", stWelcome, false, false, "kijkt … uit naar"},
		{"Het kabinet verwelkomt niet alleen het voorstel maar ook de conclusies.", stWelcome, false, false, "verwelkomt"},
		// agree
		{"Het kabinet heeft ingestemd met bovengenoemd Raadsbesluit.", stAgree, false, false, "heeft ingestemd met"},
		{"Nederland kan instemmen met de volledige toepassing van het Schengenacquis.", stAgree, false, false, "kan instemmen met"},
		{"Het kabinet kan zich vinden in het resultaat.", stAgree, false, false, "kan zich vinden in"},
		{"Het kabinet heeft geen bezwaar tegen het voorstel.", stAgree, true, false, "heeft … bezwaar tegen"},
		{"Oostenrijk kon instemmen nadat Bulgarije en Roemenië hadden toegezegd de bewaking te versterken.", stAgree, false, false, "kon instemmen"},
		{"Nederland heeft, zoals aangekondigd, met het besluit ingestemd.", stAgree, false, false, "heeft … ingestemd"},
		// satisfied
		{"De Nederlandse inzet is naar tevredenheid verwerkt in het resultaat.", stSatisfied, false, false, "naar tevredenheid verwerkt in"},
		{"Het kabinet is tevreden over de samenwerking.", stSatisfied, false, false, "is tevreden"},
		// commit
		{"Hierbij blijft het kabinet zich inzetten voor de verantwoorde inzet van AI.", stCommit, false, false, "zich inzetten voor"},
		{"Het kabinet heeft zich ingezet voor een goede balans.", stCommit, false, false, "heeft zich ingezet voor"},
		{"De lidstaten hebben een verklaring afgelegd waarin zij zich committeren aan de inzet.", stCommit, false, false, "zich committeren aan"},
		{"Bulgarije en Roemenië hadden toegezegd de bewaking te versterken.", stCommit, false, false, "hadden toegezegd"},
		{"Hongarije verklaarde het pact niet te zullen uitvoeren.", stOppose, true, false, "verklaarde … te zullen"},
		// priority
		{"De aanpak van georganiseerde criminaliteit is een prioriteit van het kabinet.", stPriority, false, false, "is een prioriteit"},
		{"Het kabinet acht het van belang dat de lidstaten de uitspraken volgen.", stPriority, false, false, "acht … van belang"},
		// preference
		{"Het zou het meest effectief zijn als de alliantie zich op havens richt.", stPreference, false, false, "zou het … zijn als"},
		{"Nederland is van mening dat lidstaten zelf verantwoordelijk zouden moeten zijn voor het beleid.", stPreference, false, false, "is van mening dat"},
		// oppose: negation flips
		{"Nederland kan niet instemmen met de algemene oriëntatie.", stOppose, true, false, "kan … instemmen met"},
		{"Het kabinet is geen voorstander van een verplichte herverdeling.", stOppose, true, false, "is … voorstander van"},
		{"Het kabinet kan de uitbreiding van het mandaat op dit moment niet steunen.", stOppose, true, false, "kan … steunen"},
		{"Het kabinet steunt het voorstel niet.", stOppose, true, false, "steunt"},
		{"Het kabinet is tegen een verplichte herverdeling.", stOppose, false, false, "is tegen"},
		{"Oostenrijk en Denemarken wijzen een verplichte herverdeling af.", stOppose, false, false, "wijzen … af"},
		{"Polen en Hongarije stemden tegen.", stOppose, false, false, "stemden tegen"},
		{"Oostenrijk handhaafde zijn bezwaar.", stOppose, false, false, "handhaafde … bezwaar"},
		// concern
		{"Het kabinet plaatst vraagtekens bij de proportionaliteit van de bijdragen.", stConcern, false, false, "plaatst vraagtekens bij"},
		{"Het kabinet maakt zich zorgen over de gevolgen van detectiebevelen.", stConcern, false, false, "maakt zich zorgen over"},
		{"Wel blijft het kabinet kritisch over het afschaffen van de termijnen.", stConcern, false, false, "blijft … kritisch"},
		{"Het kabinet is er niet van overtuigd dat het criterium moet vervallen.", stConcern, true, false, "is … overtuigd dat"},
		{"Italië vroeg om meer aandacht voor de samenwerking met landen van herkomst.", stConcern, false, false, "vroeg om … aandacht voor"},
		{"Zwitserland en Noorwegen uitten hun zorgen over de vertraging.", stConcern, false, false, "uitten … zorgen"},
		// reserved: conditions, hedges, reservations
		{"Het kabinet kan de algemene oriëntatie steunen, onder voorwaarde dat de waarborgen behouden blijven.", stReserved, false, true, "kan … steunen"},
		{"Nederland is voorstander van nauwere samenwerking, mits de bevoegdheden gerespecteerd worden.", stReserved, false, true, "is voorstander van"},
		{"Het kabinet steunt het voorstel op voorwaarde dat lidstaten hun lijsten houden.", stReserved, false, true, "steunt"},
		{"Het kabinet kan in beginsel instemmen met de algemene oriëntatie.", stReserved, false, false, "kan … instemmen met"},
		{"Het kabinet heeft een parlementair behandelvoorbehoud op het voorstel.", stReserved, false, false, "behandelvoorbehoud"},
		{"Het kabinet is terughoudend over een nieuw agentschap.", stReserved, false, false, "is terughoudend"},
		{"Nederland staat niet onwelwillend tegenover het voorstel.", stReserved, true, false, "staat … onwelwillend tegenover"},
		{"Polen onthield zich van stemming.", stReserved, false, false, "onthield zich van stemming"},
		{"Het kabinet wijst er in dat verband op dat de waarborgen gelden.", stReserved, false, false, "wijst er … op dat"},
		// informational
		{"Nederland heeft daarnaast actief meegedaan aan de onderhandelingen over de AI-verordening.", stInformational, false, false, "heeft … meegedaan aan"},
		{"Het kabinet neemt kennis van de informatie.", stInformational, false, false, "neemt kennis van"},
		// past tense, indirect speech and the forms of real reports
		{"Nederland heeft, zoals bekend, grote waardering voor de rol die Eurojust en Europol vervullen.", stWelcome, false, false, "heeft … waardering voor"},
		{"De ministers spraken hun waardering uit voor het werk van Frontex.", stWelcome, false, false, "spraken … waardering uit voor"},
		{"Het kabinet neemt het standpunt in dat in de tekst aandacht moet zijn voor gendergelijkheid.", stSupport, false, false, "neemt het standpunt in dat"},
		{"Daarbij heeft het kabinet in lijn met het BNC-fiche gewezen op de opschortende werking van terugkeerbesluiten.", stConcern, false, false, "heeft … gewezen op"},
		{"Daarom blijven wij ons daarvoor inspannen, ook op die terreinen.", stCommit, false, false, "ons … inspannen"},
		{"Ten slotte gaan wij ons inzetten voor een aantal thema's.", stCommit, false, false, "ons inzetten voor"},
		{"Het kabinet maakt werk van een gerichter arbeidsmigratiebeleid.", stCommit, false, false, "maakt werk van"},
		{"Nederland heeft deelgenomen aan een ontbijtsessie over de Terugkeerverordening.", stInformational, false, false, "heeft deelgenomen aan"},
		{"Frankrijk benadrukte het belang van de buitengrenzen.", stSupport, false, false, "benadrukte het belang van"},
		{"Ik zeg graag toe uw inbreng mee te nemen in de plannen.", stCommit, false, false, "zeg … toe"},
		{"Nederland veroordeelt de Russische invasie van Oekraïne.", stOppose, false, false, "veroordeelt"},
		{"De lidstaten keurden het geweld af.", stOppose, false, false, "keurden … af"},
		{"Nederland sloot zich aan bij de verklaring van de Commissie.", stSupport, false, false, "sloot zich aan bij"},
		{"Duitsland benadrukte de noodzaak van snelle implementatie.", stSupport, false, false, "benadrukte … noodzaak van"},
		{"Ik ben voorstander van een gericht beleid.", stSupport, false, false, "ben voorstander van"},
		// a negation before the verb cluster of a verb-final clause
		{"De regering heeft laten weten dat zij niet zal instemmen met het oorspronkelijke voorstel.", stOppose, true, false, "zal instemmen met"},
		{"Nederland is niet het enige land dat op dit moment niet kan instemmen.", stOppose, true, false, "kan instemmen"},
		{"Wij verwachten dat zij zal instemmen met het voorstel.", stAgree, false, false, "zal instemmen met"},
		{"Het is de vraag of Nederland al dan niet kan instemmen met het voorstel.", stAgree, false, false, "kan instemmen met"},
		// past and perfect forms and nouns of listed cues
		{"Een meerderheid van de lidstaten gaf de voorkeur aan negatieve prikkels.", stPreference, false, false, "gaf de voorkeur aan"},
		{"Het kabinet heeft kennisgenomen van het rapport van de werkgroep.", stInformational, false, false, "heeft kennisgenomen van"},
		{"Het kabinet was actief pleitbezorger van een aanscherping van het opschortingsmechanisme.", stSupport, false, false, "was … pleitbezorger van"},
		{"Nederland erkent de urgentie van de bestrijding van kinderpornografisch materiaal volledig.", stPriority, false, false, "erkent de urgentie van"},
		// little support is none
		{"Het Voorzitterschap concludeerde dat er weinig steun bestond voor hetgeen in de brief werd aangekaart.", stOppose, true, false, "concludeerde … steun"},
		{"Het Voorzitterschap concludeerde dat er veel steun bestond voor het voorstel.", stSupport, false, false, "concludeerde … steun"},
	}
	for _, tt := range tests {
		r, ok := classifyStance(tt.sentence)
		if !ok {
			t.Errorf("%q: no cue, want %s", tt.sentence, tt.stance)
			continue
		}
		if r.stance != tt.stance || r.negated != tt.negated || r.conditional != tt.conditional || r.cue != tt.cue {
			t.Errorf("%q:\n got  %s negated=%v conditional=%v cue=%q\n want %s negated=%v conditional=%v cue=%q",
				tt.sentence, r.stance, r.negated, r.conditional, r.cue, tt.stance, tt.negated, tt.conditional, tt.cue)
		}
	}
}

// Sentences that hold no cue: procedural plans and common words that only
// look like cues. (Cues that need an actor the classifier cannot see, such
// as "zullen" of the cabinet or "voor Nederland … van belang", are left to
// Extract: TestRealLetterPositions checks that "zullen hier aan deelnemen"
// and "is … van essentieel belang" give no position; an intention, "is
// voornemens om", is a cue whose meeting business Extract drops: "is
// voornemens om een werklunch te organiseren" in TestPositionsInventory.)
func TestClassifyStanceNoCue(t *testing.T) {
	for _, s := range []string{
		"De alliantie is een initiatief tegen drugssmokkel.",
		"Daarnaast kan met AI grote hoeveelheden data worden doorzocht.",
		"Zo kunnen bepaalde toepassingen criminele verbanden zichtbaar maken.",
		"Het Belgisch Voorzitterschap heeft nog geen voorbereidend stuk verspreid.",
	} {
		if r, ok := classifyStance(s); ok {
			t.Errorf("%q: cue %q (%s), want none", s, r.cue, r.stance)
		}
	}
}

// The details a reading keeps: the condition's words, the hedge, the
// stance before negation and conditions.
func TestClassifyStanceDetails(t *testing.T) {
	r, _ := classifyStance("Het kabinet kan de algemene oriëntatie steunen, onder voorwaarde dat de mogelijkheid van terugkeerhubs behouden blijft.")
	if r.base != stSupport || r.condition != "onder voorwaarde dat de mogelijkheid van terugkeerhubs behouden blijft" {
		t.Errorf("base %s condition %q", r.base, r.condition)
	}
	r, _ = classifyStance("Het kabinet steunt in beginsel de doelstelling, maar kan niet instemmen met detectiebevelen.")
	if r.stance != stReserved || r.hedge != "in beginsel" || r.base != stSupport {
		t.Errorf("hedged: %+v", r)
	}
	for _, tt := range []struct {
		s    stance
		neg  stance
		pole string
	}{
		{stSupport, stOppose, "positive"}, {stAgree, stOppose, "positive"}, {stWelcome, stConcern, "positive"},
		{stOppose, stReserved, "negative"}, {stConcern, stAgree, "negative"}, {stReserved, stAgree, "neutral"},
		{stInformational, stInformational, "neutral"}, {stPriority, stReserved, "positive"},
	} {
		if tt.s.negated() != tt.neg || tt.s.polarity() != tt.pole {
			t.Errorf("%s: negated %s polarity %s, want %s %s", tt.s, tt.s.negated(), tt.s.polarity(), tt.neg, tt.pole)
		}
	}
}

func TestOSADistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{
		{"schengenaqcuis", "schengenacquis", 1}, {"schengenacquis", "schengenacquis", 0},
		{"dublinverordening", "dublinverordning", 1}, {"terugkeerrichtlijn", "opvangrichtlijn", 2},
	} {
		if d := osaDistance(tt.a, tt.b); min(d, 2) != tt.d {
			t.Errorf("osaDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
	}
}

// position is a Position of a graph with what its relations say.
type position struct {
	e        graph.Entity
	holds    []string // actor ids
	on       []string // subject ids
	item     string   // STATED_IN AgendaItem
	inDoc    bool     // STATED_IN Document
	evidence []graph.Evidence
}

func positionsOf(t *testing.T, g graph.DocumentGraph) []position {
	t.Helper()
	byKey := map[string]*position{}
	var keys []string
	for _, e := range g.Entities {
		if e.Kind == graph.KindPosition {
			byKey[e.Key] = &position{e: e}
			keys = append(keys, e.Key)
		}
	}
	for _, r := range g.Relations {
		switch {
		case r.Type == graph.RelHolds && r.To.Kind == graph.KindPosition:
			p := byKey[r.To.Key]
			p.holds = append(p.holds, r.From.ID())
			p.evidence = append(p.evidence, r.Evidence)
		case r.From.Kind == graph.KindPosition:
			p := byKey[r.From.Key]
			p.evidence = append(p.evidence, r.Evidence)
			switch {
			case r.Type == graph.RelOn:
				p.on = append(p.on, r.To.ID())
			case r.Type == graph.RelStatedIn && r.To.Kind == graph.KindAgendaItem:
				p.item = r.To.Key
			case r.Type == graph.RelStatedIn && r.To.Kind == graph.KindDocument:
				p.inDoc = r.To.Key == g.Document.Key
			}
		}
	}
	// reading order: the ordinal in the key
	sort.Slice(keys, func(i, j int) bool { return ordinal(keys[i]) < ordinal(keys[j]) })
	var out []position
	for i, k := range keys {
		p := byKey[k]
		sort.Strings(p.holds)
		sort.Strings(p.on)
		if ordinal(k) != i+1 {
			t.Errorf("position keys are not 1..n: %s at %d", k, i+1)
		}
		out = append(out, *p)
	}
	return out
}

func ordinal(key string) int {
	i := strings.LastIndexByte(key, ':')
	n := 0
	for _, c := range key[i+1:] {
		n = n*10 + int(c-'0')
	}
	return n
}

// wantPosition is what a test expects of a position found by its quote.
type wantPosition struct {
	quote      string // a distinctive start of the sentence
	stance     stance
	actors     string // HOLDS sources, sorted, joined with "+"; "" for none
	actorWords string
	on         []string // ids among the ON targets
	item       string
	subject    string // a part of the subject's words
	negated    bool
	cond       bool
}

func checkPositions(t *testing.T, g graph.DocumentGraph, want []wantPosition) []position {
	t.Helper()
	ps := positionsOf(t, g)
	text := []rune(g.Document.Text)
	last := -1
	for _, p := range ps {
		if !p.inDoc {
			t.Errorf("%s: not STATED_IN its document", p.e.Key)
		}
		for _, ev := range p.evidence {
			if ev.Doc != g.Document.Key || string(text[ev.Start:ev.End]) != ev.Quote || ev.Quote != p.e.Props["quote"] {
				t.Errorf("%s: evidence %q at [%d,%d) is not the position's sentence in the text", p.e.Key, ev.Quote, ev.Start, ev.End)
			}
			if ev.Start < last {
				t.Errorf("%s: positions not numbered in reading order", p.e.Key)
			}
		}
		if len(p.evidence) > 0 {
			last = p.evidence[0].Start
		}
		if n := len([]rune(p.e.Name)); n > 120 || n == 0 {
			t.Errorf("%s: name of %d characters", p.e.Key, n)
		}
		for _, k := range []string{"stance", "polarity", "negated", "conditional", "cue", "quote", "date", "subject", "actor", "agendaItem"} {
			if _, ok := p.e.Props[k]; !ok {
				t.Errorf("%s: no prop %q", p.e.Key, k)
			}
		}
		if p.e.Props["agendaItem"] != p.item {
			t.Errorf("%s: agendaItem prop %v, STATED_IN %q", p.e.Key, p.e.Props["agendaItem"], p.item)
		}
		if p.e.Props["date"] != g.Document.Date {
			t.Errorf("%s: date %v", p.e.Key, p.e.Props["date"])
		}
	}
	for _, w := range want {
		var found []position
		for _, p := range ps {
			if strings.HasPrefix(p.e.Props["quote"].(string), w.quote) || strings.Contains(p.e.Props["quote"].(string), w.quote) {
				found = append(found, p)
			}
		}
		var p *position
		for i := range found {
			if stance(found[i].e.Props["stance"].(string)) == w.stance {
				p = &found[i]
				break
			}
		}
		if p == nil {
			var got []string
			for _, f := range found {
				got = append(got, f.e.Props["stance"].(string))
			}
			t.Errorf("no %s position for %q (found %v)", w.stance, w.quote, got)
			continue
		}
		props := p.e.Props
		if got := strings.Join(p.holds, "+"); got != w.actors {
			t.Errorf("%q: actors %q, want %q", w.quote, got, w.actors)
		}
		if w.actorWords != "" && props["actor"] != w.actorWords {
			t.Errorf("%q: actor words %q, want %q", w.quote, props["actor"], w.actorWords)
		}
		for _, id := range w.on {
			if !containsString(p.on, id) {
				t.Errorf("%q: no ON %s (has %v)", w.quote, id, p.on)
			}
		}
		if p.item != w.item {
			t.Errorf("%q: item %q, want %q", w.quote, p.item, w.item)
		}
		if !strings.Contains(props["subject"].(string), w.subject) {
			t.Errorf("%q: subject %q, want it to contain %q", w.quote, props["subject"], w.subject)
		}
		if props["negated"] != w.negated || props["conditional"] != w.cond {
			t.Errorf("%q: negated %v conditional %v, want %v %v", w.quote, props["negated"], props["conditional"], w.negated, w.cond)
		}
		if props["polarity"] != w.stance.polarity() {
			t.Errorf("%q: polarity %v", w.quote, props["polarity"])
		}
	}
	return ps
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// The real letter's positions, checked by hand against the text.
func TestRealLetterPositions(t *testing.T) {
	_, g := realLetter(t, "kst-32317-867.txt")
	const nl, i1, i2, i3, j1, j2, j3 = "country:NL", "jha-2024-01-25:I.1", "jha-2024-01-25:I.2", "jha-2024-01-25:I.3",
		"jha-2024-01-25:II.1", "jha-2024-01-25:II.2", "jha-2024-01-25:II.3"
	want := []wantPosition{
		// European Ports Alliance
		{quote: "Het kabinet onderstreept het belang van publiek-private", stance: stSupport, actors: nl, actorWords: "het kabinet", subject: "publiek-private samenwerking in de strijd tegen drugshandel"},
		{quote: "Daarom is Nederland blij dat de Commissie", stance: stWelcome, actors: nl, actorWords: "Nederland", on: []string{"org:european-commission"}, subject: "de Commissie ervoor heeft gekozen"},
		{quote: "Het zou het meest effectief zijn", stance: stPreference, actors: nl, subject: "de alliantie zich gaat focussen op"},
		// Schengen
		{quote: "Alle lidstaten hebben ingestemd met dit besluit", stance: stAgree, actors: "", actorWords: "alle lidstaten", subject: "dit besluit"},
		{quote: "De lidstaten Oostenrijk, Roemenië en Bulgarije", stance: stCommit, actors: "country:AT+country:BG+country:RO", actorWords: "Oostenrijk, Roemenië en Bulgarije", on: []string{"country:BG", "country:RO"}, subject: "het voortzetten van de inzet om irreguliere migratie tegen te gaan"},
		{quote: "Het kabinet heeft ingestemd met bovengenoemd Raadsbesluit", stance: stAgree, actors: nl, subject: "bovengenoemd Raadsbesluit"},
		{quote: "dat Nederland kan instemmen met de volledige toepassing", stance: stAgree, actors: nl, on: []string{"country:BG", "country:RO"}, subject: "de volledige toepassing van het Schengenaqcuis in Bulgarije en Roemenië"},
		{quote: "actief gecommuniceerd in te kunnen", stance: stAgree, actors: nl, on: []string{"country:BG", "country:RO"}, subject: "een gefaseerde toetreding"},
		// Single Permit Directive
		{quote: "Voor Nederland waren", stance: stPriority, actors: nl, on: []string{"celex:32011L0098"}, subject: "de afspraken over de beslistermijnen"},
		{quote: "De Nederlandse inzet op deze onderwerpen is naar tevredenheid", stance: stSatisfied, actors: nl, actorWords: "de Nederlandse inzet", on: []string{"celex:32011L0098"}, subject: "het uiteindelijke onderhandelingsresultaat"},
		// I.1: the Temporary Protection Directive, named without a number
		{quote: "Het kabinet verwelkomt de bespreking van dit onderwerp", stance: stWelcome, actors: nl, on: []string{"item:" + i1}, item: i1, subject: "de bespreking van dit onderwerp"},
		{quote: "is het kabinet voorstander van een gecoördineerde oplossing", stance: stSupport, actors: nl, on: []string{"country:UA"}, item: i1, subject: "een gecoördineerde oplossing voor verblijf en terugkeer"},
		{quote: "Het kabinet kan het verder verlengen", stance: stSupport, actors: nl, on: []string{"celex:32001L0055"}, item: i1, subject: "het verder verlengen van de werking van de Richtlijn Tijdelijke Bescherming na 4 maart 2025"},
		// I.2
		{quote: "Het kabinet meent dat kunstmatige intelligentie", stance: stSupport, actors: nl, item: i2, subject: "kunstmatige intelligentie mogelijkheden biedt"},
		{quote: "Hierbij blijft het kabinet", stance: stCommit, actors: nl, item: i2, subject: "het waarborgen van de verantwoorde inzet van AI"},
		{quote: "Nederland heeft daarnaast de afgelopen jaren actief meegedaan", stance: stInformational, actors: nl, on: []string{"celex:32024R1689"}, item: i2, subject: "de onderhandelingen over de Europese AI-verordening"},
		{quote: "Het kabinet heeft zich ingezet voor een goede balans", stance: stCommit, actors: nl, on: []string{"celex:32024R1689"}, item: i2, subject: "een goede balans"},
		{quote: "Het kabinet steunt een verkenning", stance: stSupport, actors: nl, item: i2, subject: "een verkenning van verdere Europese samenwerking"},
		{quote: "In dit kader kijkt het kabinet uit naar", stance: stWelcome, actors: nl, on: []string{"item:" + i2}, item: i2, subject: "het gesprek hierover"},
		// I.3
		{quote: "De aanpak van georganiseerde en ondermijnende criminaliteit is een prioriteit", stance: stPriority, actors: nl, item: i3, subject: "De aanpak van georganiseerde en ondermijnende criminaliteit"},
		{quote: "Sinds geruime tijd is Nederland betrokken", stance: stInformational, actors: nl, item: i3, subject: "de coalitie van zes Europese landen"},
		{quote: "Deze coalitie zet zich ervoor in", stance: stCommit, actors: "", actorWords: "de coalitie van zes Europese landen tegen georganiseerde criminaliteit", item: i3, subject: "meer en beter Europees"},
		{quote: "Het kabinet verwelkomt de routekaart", stance: stWelcome, actors: nl, item: i3, subject: "de routekaart"},
		{quote: "ook voor het Belgische voorzitterschap een van de prioriteiten", stance: stPriority, actors: "country:BE", actorWords: "het Belgische voorzitterschap", item: i3, subject: "De aanpak van georganiseerde criminaliteit"},
		// II.1
		{quote: "Het kabinet verwelkomt het initiatief", stance: stWelcome, actors: nl, item: j1, subject: "het initiatief om de handen ineen te slaan"},
		{quote: "Het kabinet draagt dit ook steeds uit", stance: stSupport, actors: nl, item: j1, subject: "zachte instrumenten"},
		{quote: "zet het kabinet in op optimaal gebruik van bestaande structuren", stance: stPreference, actors: nl, on: []string{"org:empact", "org:eurojust", "org:jit"}, item: j1, subject: "optimaal gebruik van bestaande structuren"},
		// II.2
		{quote: "Nederland is van mening dat sekswerk", stance: stPreference, actors: nl, item: j2, subject: "lidstaten zelf verantwoordelijk"},
		{quote: "Op Europees niveau zijn veel partijen", stance: stSupport, actors: "", actorWords: "veel partijen op Europees niveau", item: j2, subject: "een (deels) criminaliserend beleidsmodel"},
		{quote: "Deze partijen willen", stance: stSupport, actors: "", actorWords: "veel partijen op Europees niveau", item: j2, subject: "richtlijnen opstellen"},
		{quote: "heeft Nederland gezamenlijk met België", stance: stInformational, actors: "country:BE+country:NL", on: []string{"celex:32011L0036"}, item: j2, subject: "een non-paper"},
		// II.3
		{quote: "Het Belgische voorzitterschap heeft aangegeven", stance: stPriority, actors: "country:BE", item: j3, subject: "het verbeteren van het management van detentie"},
		{quote: "Het kabinet kijkt dan ook uit naar een uitwisseling", stance: stWelcome, actors: nl, on: []string{"item:" + j3}, item: j3, subject: "een uitwisseling van ervaringen"},
	}
	ps := checkAll(t, g, want)
	// No stance where the letter takes none.
	for _, p := range ps {
		q := p.e.Props["quote"].(string)
		for _, none := range []string{"is voornemens", "zullen hier aan deelnemen", "van essentieel belang", "immers wenselijk"} {
			if strings.Contains(q, none) {
				t.Errorf("%s: a position in %q", p.e.Key, q)
			}
		}
	}
	tpd, _ := entity(g, graph.KindLegalAct, "32001L0055")
	if tpd.Name == "" {
		t.Error("the Temporary Protection Directive is not in the graph")
	}
}

// The test letter with negated, conditional and hedged stances, acts named
// only by nickname, and Kamerstuk citations.
func TestNegatedAndConditionalPositions(t *testing.T) {
	_, g := agendaLetter(t, "agenda-jbz-oktober-2025.txt")
	const nl, a1, a2, b1, b2 = "country:NL", "jha-2025-10-13:I.1", "jha-2025-10-13:I.2", "jha-2025-10-13:II.1", "jha-2025-10-13:II.2"
	want := []wantPosition{
		{quote: "kabinet kan de algemene oriëntatie steunen, onder voorwaarde dat", stance: stReserved, actors: nl, item: a1, subject: "de algemene oriëntatie", cond: true, on: []string{"celex:32008L0115"}},
		{quote: "Nederland kan niet instemmen met een verplichting", stance: stOppose, actors: nl, item: a1, subject: "een verplichting om bij iedere terugkeerbeslissing", negated: true},
		{quote: "kan de voorgestelde uitbreiding van de taken van Frontex", stance: stOppose, actors: nl, item: a1, subject: "de voorgestelde uitbreiding van de taken van Frontex", negated: true, on: []string{"org:frontex"}},
		{quote: "Italië en Griekenland pleiten", stance: stSupport, actors: "country:GR+country:IT", actorWords: "Italië en Griekenland", item: a2, subject: "een ruimere solidariteit"},
		{quote: "Het kabinet is geen voorstander", stance: stOppose, actors: nl, item: a2, subject: "een verplichte herverdeling buiten het solidariteitskader", negated: true},
		{quote: "Oostenrijk en Denemarken", stance: stOppose, actors: "country:AT+country:DK", item: a2, subject: "een verplichte herverdeling"},
		{quote: "Het kabinet plaatst vraagtekens bij de proportionaliteit", stance: stConcern, actors: nl, item: a2, subject: "de proportionaliteit van de voorgestelde financiële bijdragen"},
		{quote: "parlementair behandelvoorbehoud", stance: stReserved, actors: nl, item: b1, subject: "het voorstel"},
		{quote: "Het kabinet steunt in beginsel", stance: stReserved, actors: nl, item: b1, subject: "de doelstelling van het voorstel"},
		{quote: "Het kabinet steunt in beginsel", stance: stOppose, actors: nl, item: b1, subject: "detectiebevelen", negated: true},
		{quote: "Het kabinet verwelkomt de bespreking van dit agendapunt", stance: stWelcome, actors: nl, item: b2, on: []string{"item:" + b2}, subject: "dit agendapunt"},
		{quote: "Nederland is voorstander van een nauwere samenwerking", stance: stReserved, actors: nl, item: b2, subject: "een nauwere samenwerking tussen het EOM en Eurojust", cond: true, on: []string{"org:eppo", "org:eurojust"}},
	}
	ps := checkAll(t, g, want)
	for _, p := range ps {
		if p.e.Props["stance"] == string(stReserved) && p.e.Props["baseStance"] == nil && p.e.Props["cue"] != "behandelvoorbehoud" {
			t.Errorf("%s: a conditional or hedged position keeps its base stance", p.e.Key)
		}
	}
	// Acts named only by nickname, and the Kamerstukken the letter cites.
	for _, celex := range []string{"32008L0115", "32013R0604"} {
		if _, ok := relation(g, graph.RelMentions, g.Document.Key, celex); !ok {
			t.Errorf("no MENTIONS of %s", celex)
		}
	}
	for _, kst := range []string{"kst-32317-915", "kst-32317-918"} {
		if _, ok := relation(g, graph.RelCites, g.Document.Key, kst); !ok {
			t.Errorf("no CITES of %s", kst)
		}
	}
}

// A letter without a word of the cabinet's stance has no positions, and a
// position's actor node exists even when the letter never names the
// Netherlands.
func TestPositionsActorNode(t *testing.T) {
	doc, err := Parse("kst-32317-999.txt", []byte("Nr. 999  BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID \n\n"+
		"Den Haag, 1 maart 2025 \n\n"+
		"Het kabinet verwelkomt de conclusies over de Europese Havenalliantie. \n\n"+
		"De Commissie presenteert het voorstel. \n"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, g)
	ps := positionsOf(t, g)
	if len(ps) != 1 || ps[0].e.Props["stance"] != "welcome" || strings.Join(ps[0].holds, "+") != "country:NL" {
		t.Fatalf("positions: %+v", ps)
	}
	if _, ok := entity(g, graph.KindCountry, "NL"); !ok {
		t.Error("no Country NL for the cabinet's position")
	}
}
