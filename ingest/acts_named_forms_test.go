package ingest

import (
	"slices"
	"strings"
	"testing"

	"jhagraph/graph"
)

// namedActsOn extracts a one-sentence letter of the given date and returns
// the acts it names (MENTIONS of a LegalAct), sorted.
func namedActsOn(t *testing.T, date, sentence string) []string {
	t.Helper()
	text := "Den Haag, " + date + "\n\n" + sentence + "\n"
	doc, err := Parse("kst-99001-1.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Extract(doc, Meta{Date: dutchDateISO(t, date)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range g.Relations {
		if r.Type == graph.RelMentions && r.To.Kind == graph.KindLegalAct && !slices.Contains(out, r.To.Key) {
			if _, ok := r.Props["events"]; ok && r.Props["ref"] == nil {
				continue // an event only: no naming
			}
			out = append(out, r.To.Key)
		}
	}
	slices.Sort(out)
	return out
}

// dutchDateISO writes "3 maart 2017" as "2017-03-03".
func dutchDateISO(t *testing.T, date string) string {
	t.Helper()
	f := strings.Fields(date)
	months := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	m := slices.Index(months, f[1]) + 1
	if len(f) != 3 || m == 0 || len(f[0]) > 2 {
		t.Fatalf("bad date %q", date)
	}
	d := f[0]
	if len(d) == 1 {
		d = "0" + d
	}
	mm := string(rune('0'+m/10)) + string(rune('0'+m%10))
	return f[2] + "-" + mm + "-" + d
}

// The audit of acts named before they exist, and after they were
// replaced (acts_named_forms.go): fictional sentences in letters of a
// given date, each with the acts a reader finds named. Every form the
// class has: the working title (type word and subject, the subject
// compounded, "Algemene" left out, "versterking van"/"tot instelling van"
// left out), the proposal by acronym (compound, before a colon, bracketed
// after "voorstel voor", after "voorstel over"), the footnote glued to a
// name, the act in force (after its successor of the same name, or as the
// law that applies), and the near misses: a bare system name, an acronym
// of several acts, a proposal before it was made, a recast's shared name,
// a successor with a name of its own.
func TestActsNamedBeforeTheyExist(t *testing.T) {
	for _, c := range []struct {
		date, sentence string
		want           string
	}{
		// working titles
		{"14 maart 2013", "De ministers spraken opnieuw over de verordening gegevensbescherming.", "32016R0679"},
		{"2 oktober 2014", "Verordening gegevensbescherming: het voorzitterschap wil voor de zomer een akkoord.", "32016R0679"},
		{"9 december 2014", "Over de richtlijn vermoeden van onschuld bereikte de Raad een algemene benadering.", "32016L0343"},
		{"20 mei 2014", "Nederland zal de Richtlijn vermoeden van onschuld niet blokkeren.", "32016L0343"},
		{"4 november 2015", "Het kabinet kan instemmen met de Verordening Europees Openbaar Ministerie.", "32017R1939"},
		{"12 april 2017", "De Europese grens- en kustwachtverordening wordt in 2019 geëvalueerd.", "32016R1624"},
		{"30 juni 2022", "De lidstaten bespraken de uitvoering van de Europese grens- en kustwachtverordening.", "32019R1896"},
		// a footnote glued to the name
		{"1 maart 2022", "Conform de Europese grens- en kustwachtverordening3 ondersteunt het agentschap de lidstaten.", "32019R1896"},
		// the act in force, read as the law that applies
		{"5 oktober 2015", "Op grond van de Frontex-verordening bepaalt elke lidstaat zelf wat hij afstaat.", "32004R2007"},
		{"5 oktober 2015", "Conform de Frontex verordening maakt iedere lidstaat een eigen afweging.", "32004R2007"},
		{"7 februari 2023", "Krachtens de Frontex-verordening ondersteunt het agentschap terugkeeroperaties.", "32019R1896"},
		// proposals by acronym
		{"3 maart 2017", "Het kabinet steunt het ETIAS-voorstel op hoofdlijnen.", "32018R1240"},
		{"3 maart 2017", "De Commissie lichtte het ETIAS-verordeningsvoorstel toe.", "32018R1240"},
		{"3 maart 2017", "ETIAS: Voorstel voor een verordening tot oprichting van een reisautorisatiesysteem", "32018R1240"},
		{"3 maart 2017", "Nederland verwelkomt het voorstel voor een Europees reisautorisatiesysteem (ETIAS).", "32018R1240"},
		{"3 maart 2017", "De ministers wisselden van gedachten over het voorstel over ETIAS.", "32018R1240"},
		{"11 januari 2017", "EES: Voorstel voor een verordening tot instelling van een inreis-uitreissysteem", "32017R2226"},
		{"15 november 2022", "Veel lidstaten hebben nog vragen bij het AI-voorstel.", "32024R1689"},
		// near misses
		{"3 maart 2017", "Het ETIAS zal naar verwachting in 2021 operationeel zijn.", ""},
		{"3 maart 2017", "De onderhandelingen over het SIS-voorstel verlopen voorspoedig.", ""},
		{"3 maart 2017", "Het voorstel voor een verdrag (NAVO) is niet besproken.", ""},
		{"6 mei 2010", "De Commissie kondigde een ETIAS-voorstel aan.", ""},
		{"10 september 2025", "De Opvangrichtlijn blijft tot juni 2026 van toepassing.", "32013L0033"},
		{"10 september 2025", "Tot juni 2026 geldt de Procedurerichtlijn nog.", "32013L0032"},
		{"10 september 2025", "Conform de Dublinverordening is Italië verantwoordelijk.", "32013R0604"},
		{"10 september 2025", "De herschikte Opvangrichtlijn moet worden omgezet.", "32024L1346"},
	} {
		got := strings.Join(namedActsOn(t, c.date, c.sentence), " ")
		if got != c.want {
			t.Errorf("%s, %q: named %q, want %q", c.date, c.sentence, got, c.want)
		}
	}
}

// The working titles of the reference names: shorter forms, and no form
// two acts would share.
func TestWorkingTitles(t *testing.T) {
	for name, want := range map[string]string{
		"Algemene verordening gegevensbescherming":                        "Verordening gegevensbescherming",
		"Richtlijn versterking van het vermoeden van onschuld":            "Richtlijn vermoeden van onschuld",
		"Verordening tot instelling van het Europees Openbaar Ministerie": "Verordening Europees Openbaar Ministerie",
		"Kaderbesluit inzake terrorismebestrijding":                       "Kaderbesluit terrorismebestrijding",
		"Verordening Europese grens- en kustwacht":                        "Europese grens- en kustwachtverordening",
		"Mensenhandelrichtlijn":                                           "",
		"Richtlijn tot wijziging van de Opvangrichtlijn":                  "", // an amendment keeps its "tot wijziging"
	} {
		if got := strings.Join(workingTitles(name), " | "); got != want {
			t.Errorf("workingTitles(%q) = %q, want %q", name, got, want)
		}
	}
	seen := map[string]string{}
	for _, p := range actFormVariants(actTable()) {
		k := squash(p.text)
		if o, ok := seen[k]; ok && o != p.target {
			t.Errorf("working title %q of two acts: %s and %s", p.text, o, p.target)
		}
		seen[k] = p.target
	}
}

// The facilitation directive by the name its Dutch title and the
// Commission's Dutch guidance give it, and its compound.
func TestFacilitationDirectiveNames(t *testing.T) {
	for s, want := range map[string]string{
		"De Commissie wil de Hulpverleningsrichtlijn herzien.":                   "32002L0090",
		"Over de herziening van de richtlijn hulpverlening is nog geen akkoord.": "32002L0090",
		"Het kaderbesluit hulp bij illegale binnenkomst blijft gelden.":          "32002F0946",
		"De hulpverlening aan slachtoffers wordt verbeterd.":                     "",
	} {
		var got []string
		for _, m := range actNamesIn(s) {
			got = append(got, m.celex)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("actNamesIn(%q) = %v, want %q", s, got, want)
		}
	}
}
