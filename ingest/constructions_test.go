package ingest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// constructionActor is an actor of the constructions audit: its words, the
// node the extractor must link (or, for a group without a node, its words
// in the position's actor), its number and possessive.
type constructionActor struct {
	words, id string
	plural    bool
	poss      string
}

// The actors of the audit: the cabinet, countries, the Commission and two
// groups of member states, one singular and one plural.
var constructionActors = []constructionActor{
	{"het kabinet", "country:NL", false, "zijn"},
	{"Nederland", "country:NL", false, "zijn"},
	{"Duitsland", "country:DE", false, "zijn"},
	{"de Commissie", "org:european-commission", false, "haar"},
	{"een meerderheid van de lidstaten", "", false, "haar"},
	{"enkele lidstaten", "", true, "hun"},
}

// construction is a way Dutch policy text states a stance other than a
// stance verb with its object (stances_paradigm_test.go): a passive with its
// agent, a noun or adjective with a light verb, a reporting frame, a
// coordination. Its cells are templates: "{A}" / "{a}" the actor (capital
// or as written), "{P}" its possessive, "{sg|pl}" a choice by its number,
// "{O}" / "{o}" the object.
type construction struct {
	family string
	stance []stance // every stance the sentence states
	cells  map[string]string
	// fixed: the actors when the template names them itself
	fixed string
}

const constructionObject = "het voorstel voor een grensfonds"

// fill builds a cell's sentence for an actor.
func (c construction) fill(tmpl string, a constructionActor) string {
	s := tmpl
	for {
		i := strings.Index(s, "{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}") + i
		inner := s[i+1 : j]
		var rep string
		switch inner {
		case "A":
			rep = strings.ToUpper(a.words[:1]) + a.words[1:]
		case "a":
			rep = a.words
		case "P":
			rep = a.poss
		case "O":
			rep = "Het" + constructionObject[3:]
		case "o":
			rep = constructionObject
		default:
			alt := strings.SplitN(inner, "|", 2)
			rep = alt[0]
			if a.plural && len(alt) == 2 {
				rep = alt[1]
			}
		}
		s = s[:i] + rep + s[j+1:]
	}
	return s
}

// constructions lists the audit's constructions by family, from the
// language and docs/stances.md, not from the letters. Cells: "pres" and
// "past" in a main clause, "sub" and "subpast" in a subordinate one.
var constructions = []construction{
	// 1. the passive with its agent
	{family: "passive", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{O} wordt door {a} gesteund.", "past": "{O} werd door {a} gesteund.",
		"sub": "Het is bekend dat {o} door {a} wordt gesteund.", "subpast": "Het is bekend dat {o} door {a} werd gesteund.",
		"perfect": "{O} is door {a} gesteund.", "inv": "Daarom werd {o} door {a} gesteund."}},
	{family: "passive", stance: []stance{stWelcome}, cells: map[string]string{
		"pres": "{O} wordt door {a} verwelkomd.", "past": "{O} werd door {a} verwelkomd.",
		"sub": "Het is bekend dat {o} door {a} wordt verwelkomd.", "subpast": "Het is bekend dat {o} door {a} werd verwelkomd.",
		"perfect": "{O} is door {a} verwelkomd.", "pluperfect": "{O} was door {a} verwelkomd.",
		"subpluperfect": "Het is bekend dat {o} door {a} was verwelkomd."}},
	{family: "passive", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{O} wordt door {a} afgewezen.", "past": "{O} werd door {a} afgewezen.",
		"sub": "Het is bekend dat {o} door {a} wordt afgewezen.", "subpast": "Het is bekend dat {o} door {a} werd afgewezen.",
		"perfect": "{O} is door {a} afgewezen.", "inv": "Daarom werd {o} door {a} afgewezen."}},
	{family: "passive", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{O} wordt door {a} bekritiseerd.", "past": "{O} werd door {a} bekritiseerd.",
		"sub": "Het is bekend dat {o} door {a} wordt bekritiseerd.", "subpast": "Het is bekend dat {o} door {a} bekritiseerd werd.",
		"pluperfect": "{O} was door {a} bekritiseerd."}},
	{family: "passive", stance: []stance{stAgree}, cells: map[string]string{
		"pres": "{O} wordt door {a} aanvaard.", "past": "{O} werd door {a} aanvaard.",
		"sub": "Het is bekend dat {o} door {a} wordt aanvaard.", "subpast": "Het is bekend dat {o} door {a} werd aanvaard."}},
	{family: "passive", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{O} kan op brede steun van {a} rekenen.", "past": "{O} kon op brede steun van {a} rekenen.",
		"sub": "Het is bekend dat {o} op brede steun van {a} kan rekenen.", "subpast": "Het is bekend dat {o} op brede steun van {a} kon rekenen."}},
	{family: "passive", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{O} stuit op verzet van {a}.", "past": "{O} stuitte op verzet van {a}.",
		"sub": "Het is bekend dat {o} op verzet van {a} stuit.", "subpast": "Het is bekend dat {o} op verzet van {a} stuitte."}},
	{family: "passive", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{O} krijgt steun van {a}.", "past": "{O} kreeg steun van {a}.",
		"sub": "Het is bekend dat {o} steun krijgt van {a}.", "subpast": "Het is bekend dat {o} steun kreeg van {a}."}},

	// 2. nominal stances: a noun with a light verb
	{family: "nominal", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {uit|uiten} zorgen over {o}.", "past": "{A} {uitte|uitten} zorgen over {o}.",
		"sub": "Het is bekend dat {a} zorgen {uit|uiten} over {o}.", "inv": "Daarom {uitte|uitten} {a} zorgen over {o}.", "subpast": "Het is bekend dat {a} zorgen {uitte|uitten} over {o}."}},
	{family: "nominal", stance: []stance{stWelcome}, cells: map[string]string{
		"pres": "{A} {spreekt|spreken} {P} waardering uit voor {o}.", "past": "{A} {sprak|spraken} {P} waardering uit voor {o}.",
		"sub": "Het is bekend dat {a} {P} waardering {uitspreekt|uitspreken} voor {o}.", "subpast": "Het is bekend dat {a} {P} waardering {uitsprak|uitspraken} voor {o}."}},
	{family: "nominal", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {maakt|maken} bezwaar tegen {o}.", "inv": "Daarom {maakte|maakten} {a} bezwaar tegen {o}.", "past": "{A} {maakte|maakten} bezwaar tegen {o}.",
		"sub": "Het is bekend dat {a} bezwaar {maakt|maken} tegen {o}.", "subpast": "Het is bekend dat {a} bezwaar {maakte|maakten} tegen {o}."}},
	{family: "nominal", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {heeft|hebben} twijfels bij {o}.", "past": "{A} {had|hadden} twijfels bij {o}.",
		"sub": "Het is bekend dat {a} twijfels {heeft|hebben} bij {o}.", "subpast": "Het is bekend dat {a} twijfels {had|hadden} bij {o}."}},
	{family: "nominal", stance: []stance{stPreference}, cells: map[string]string{
		"pres": "{A} {geeft|geven} de voorkeur aan {o}.", "past": "{A} {gaf|gaven} de voorkeur aan {o}.",
		"sub": "Het is bekend dat {a} de voorkeur {geeft|geven} aan {o}.", "subpast": "Het is bekend dat {a} de voorkeur {gaf|gaven} aan {o}."}},
	{family: "nominal", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {betuigt|betuigen} steun aan {o}.", "past": "{A} {betuigde|betuigden} steun aan {o}.",
		"sub": "Het is bekend dat {a} steun {betuigt|betuigen} aan {o}.", "subpast": "Het is bekend dat {a} steun {betuigde|betuigden} aan {o}."}},
	{family: "nominal", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {spreekt|spreken} steun uit voor {o}.", "past": "{A} {sprak|spraken} steun uit voor {o}.",
		"sub": "Het is bekend dat {a} steun {uitspreekt|uitspreken} voor {o}.", "subpast": "Het is bekend dat {a} steun {uitsprak|uitspraken} voor {o}."}},
	{family: "nominal", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {uit|uiten} kritiek op {o}.", "past": "{A} {uitte|uitten} kritiek op {o}.",
		"sub": "Het is bekend dat {a} kritiek {uit|uiten} op {o}.", "subpast": "Het is bekend dat {a} kritiek {uitte|uitten} op {o}."}},
	{family: "nominal", stance: []stance{stSupport}, fixed: "lidstaten", cells: map[string]string{
		"pres": "Er is brede steun voor {o}.", "past": "Er was brede steun voor {o}.",
		"sub": "Het voorzitterschap stelde vast dat er brede steun is voor {o}.", "subpast": "Het voorzitterschap stelde vast dat er brede steun was voor {o}."}},
	{family: "nominal", stance: []stance{stConcern}, fixed: "lidstaten", cells: map[string]string{
		"pres": "Er zijn zorgen over {o}.", "past": "Er waren zorgen over {o}."}},

	// 3. adjectival predicates
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} kritisch over {o}.", "past": "{A} {was|waren} kritisch over {o}.",
		"sub": "Het is bekend dat {a} kritisch {is|zijn} over {o}.", "subpast": "Het is bekend dat {a} kritisch {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} zeer kritisch op {o}.", "past": "{A} {was|waren} zeer kritisch op {o}.",
		"sub": "Het is bekend dat {a} zeer kritisch {is|zijn} op {o}.", "subpast": "Het is bekend dat {a} zeer kritisch {was|waren} op {o}."}},
	{family: "adjectival", stance: []stance{stReserved}, cells: map[string]string{
		"pres": "{A} {is|zijn} terughoudend over {o}.", "past": "{A} {was|waren} terughoudend over {o}.",
		"sub": "Het is bekend dat {a} terughoudend {is|zijn} over {o}.", "subpast": "Het is bekend dat {a} terughoudend {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {staat|staan} open voor {o}.", "inv": "Daarom {staat|staan} {a} open voor {o}.", "past": "{A} {stond|stonden} open voor {o}.",
		"sub": "Het is bekend dat {a} open {staat|staan} voor {o}.", "subpast": "Het is bekend dat {a} open {stond|stonden} voor {o}."}},
	{family: "adjectival", stance: []stance{stWelcome}, cells: map[string]string{
		"pres": "{A} {is|zijn} bijzonder verheugd over {o}.", "past": "{A} {was|waren} bijzonder verheugd over {o}.",
		"sub": "Het is bekend dat {a} bijzonder verheugd {is|zijn} over {o}.", "subpast": "Het is bekend dat {a} bijzonder verheugd {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stWelcome}, cells: map[string]string{
		"pres": "{A} {is|zijn} erg blij met {o}.", "past": "{A} {was|waren} erg blij met {o}.",
		"sub": "Het is bekend dat {a} erg blij {is|zijn} met {o}.", "subpast": "Het is bekend dat {a} erg blij {was|waren} met {o}."}},
	{family: "adjectival", stance: []stance{stSatisfied}, cells: map[string]string{
		"pres": "{A} {is|zijn} tevreden over {o}.", "past": "{A} {was|waren} tevreden over {o}.",
		"sub": "Het is bekend dat {a} tevreden {is|zijn} over {o}.", "subpast": "Het is bekend dat {a} tevreden {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} teleurgesteld over {o}.", "past": "{A} {was|waren} teleurgesteld over {o}.",
		"sub": "Het is bekend dat {a} teleurgesteld {is|zijn} over {o}.", "subpast": "Het is bekend dat {a} teleurgesteld {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} bezorgd over {o}.", "past": "{A} {was|waren} bezorgd over {o}.",
		"sub": "Het is bekend dat {a} bezorgd {is|zijn} over {o}.", "inv": "Daarom {is|zijn} {a} bezorgd over {o}.", "subpast": "Het is bekend dat {a} bezorgd {was|waren} over {o}."}},
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} niet blij met {o}.", "past": "{A} {was|waren} niet blij met {o}.",
		"sub": "Het is bekend dat {a} niet blij {is|zijn} met {o}.", "subpast": "Het is bekend dat {a} niet blij {was|waren} met {o}."}},
	{family: "adjectival", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {is|zijn} {voorstander|voorstanders} van {o}.", "past": "{A} {was|waren} {voorstander|voorstanders} van {o}.",
		"sub": "Het is bekend dat {a} {voorstander|voorstanders} {is|zijn} van {o}.", "subpast": "Het is bekend dat {a} {voorstander|voorstanders} {was|waren} van {o}."}},
	{family: "adjectival", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {is|zijn} {tegenstander|tegenstanders} van {o}.", "past": "{A} {was|waren} {tegenstander|tegenstanders} van {o}.",
		"sub": "Het is bekend dat {a} {tegenstander|tegenstanders} {is|zijn} van {o}.", "subpast": "Het is bekend dat {a} {tegenstander|tegenstanders} {was|waren} van {o}."}},
	{family: "adjectival", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {is|zijn} er geen {voorstander|voorstanders} van om de termijn te verlengen.", "past": "{A} {was|waren} er geen {voorstander|voorstanders} van om de termijn te verlengen.",
		"sub": "Het is bekend dat {a} er geen {voorstander|voorstanders} van {is|zijn} om de termijn te verlengen."}},
	{family: "adjectival", stance: []stance{stPreference}, cells: map[string]string{
		"pres": "{A} {acht|achten} {o} wenselijk.", "past": "{A} {achtte|achtten} {o} wenselijk.",
		"sub": "Het is bekend dat {a} {o} wenselijk {acht|achten}.", "inv": "Daarom {acht|achten} {a} {o} wenselijk.", "subpast": "Het is bekend dat {a} {o} wenselijk {achtte|achtten}."}},
	{family: "adjectival", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {acht|achten} {o} onwenselijk.", "past": "{A} {achtte|achtten} {o} onwenselijk.",
		"sub": "Het is bekend dat {a} {o} onwenselijk {acht|achten}.", "subpast": "Het is bekend dat {a} {o} onwenselijk {achtte|achtten}."}},
	{family: "adjectival", stance: []stance{stPriority}, cells: map[string]string{
		"pres": "{A} {acht|achten} {o} noodzakelijk.", "past": "{A} {achtte|achtten} {o} noodzakelijk.",
		"sub": "Het is bekend dat {a} {o} noodzakelijk {acht|achten}.", "subpast": "Het is bekend dat {a} {o} noodzakelijk {achtte|achtten}."}},
	{family: "adjectival", stance: []stance{stPriority}, cells: map[string]string{
		"pres": "{A} {vindt|vinden} {o} belangrijk.", "past": "{A} {vond|vonden} {o} belangrijk.",
		"sub": "Het is bekend dat {a} {o} belangrijk {vindt|vinden}.", "subpast": "Het is bekend dat {a} {o} belangrijk {vond|vonden}."}},
	{family: "adjectival", stance: []stance{stPriority}, cells: map[string]string{
		"pres": "{A} {vindt|vinden} {o} van groot belang.", "past": "{A} {vond|vonden} {o} van groot belang.",
		"sub": "Het is bekend dat {a} {o} van groot belang {vindt|vinden}."}},

	// negation and degree (docs/stances.md: a negation turns the class,
	// a degree word keeps it)
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} niet tevreden over {o}.", "past": "{A} {was|waren} niet tevreden over {o}.",
		"sub": "Het is bekend dat {a} niet tevreden {is|zijn} over {o}."}},
	{family: "adjectival", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {is|zijn} geen {voorstander|voorstanders} van {o}.", "past": "{A} {was|waren} geen {voorstander|voorstanders} van {o}.",
		"sub": "Het is bekend dat {a} geen {voorstander|voorstanders} {is|zijn} van {o}."}},
	{family: "adjectival", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {is|zijn} erg bezorgd over {o}.", "past": "{A} {was|waren} zeer bezorgd over {o}.",
		"sub": "Het is bekend dat {a} bijzonder bezorgd {is|zijn} over {o}."}},
	{family: "adjectival", stance: []stance{stSatisfied}, cells: map[string]string{
		"pres": "{A} {is|zijn} zeer tevreden over {o}.", "past": "{A} {was|waren} erg tevreden over {o}.",
		"sub": "Het is bekend dat {a} zeer tevreden {is|zijn} over {o}."}},
	{family: "adjectival", stance: []stance{stAgree}, cells: map[string]string{
		"pres": "{A} {heeft|hebben} geen bezwaar tegen {o}.", "past": "{A} {had|hadden} geen bezwaar tegen {o}.",
		"sub": "Het is bekend dat {a} geen bezwaar {heeft|hebben} tegen {o}."}},
	{family: "nominal", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {geeft|geven} steun aan {o}.", "past": "{A} {gaf|gaven} steun aan {o}.",
		"sub": "Het is bekend dat {a} steun {geeft|geven} aan {o}.", "subpast": "Het is bekend dat {a} steun {gaf|gaven} aan {o}."}},

	// 4. reporting frames
	{family: "reporting", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {verklaart|verklaren} zich zorgen te maken over {o}.", "past": "{A} {verklaarde|verklaarden} zich zorgen te maken over {o}.",
		"pres-weten": "{A} {laat|laten} weten zich zorgen te maken over {o}.", "past-weten": "{A} {liet|lieten} weten zich zorgen te maken over {o}."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {laat|laten} weten {o} te steunen.", "past": "{A} {liet|lieten} weten {o} te steunen."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "Het voorzitterschap meldt dat {a} {o} {steunt|steunen}.", "past": "Het voorzitterschap meldde dat {a} {o} {steunde|steunden}."}},
	{family: "reporting", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "De voorzitter benadrukt dat {a} {o} {afwijst|afwijzen}.", "past": "De voorzitter benadrukte dat {a} {o} {afwees|afwezen}."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "Uit het verslag blijkt dat {a} {o} {steunt|steunen}.", "past": "Uit het verslag bleek dat {a} {o} {steunde|steunden}."}},
	{family: "reporting", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "Uit de brief blijkt dat {a} zorgen {heeft|hebben} over {o}.", "past": "Uit de brief bleek dat {a} zorgen {had|hadden} over {o}."}},
	{family: "reporting", stance: []stance{stOppose}, cells: map[string]string{
		"pres": "{A} {wijst|wijzen} erop dat {P} {o} {afwijst|afwijzen}.", "past": "{A} {wees|wezen} erop dat {P} {o} {afwees|afwezen}."}},
	{family: "reporting", stance: []stance{stPreference}, cells: map[string]string{
		"pres": "{A} {geeft|geven} aan dat {o} wenselijk is.", "past": "{A} {gaf|gaven} aan dat {o} wenselijk was."}},
	{family: "reporting", stance: []stance{stPreference}, cells: map[string]string{
		"pres": "{A} {stelt|stellen} dat {o} wenselijk is.", "past": "{A} {stelde|stelden} dat {o} wenselijk was.",
		"sub": "Het is bekend dat {a} {stelt|stellen} dat {o} wenselijk is."}},
	{family: "reporting", stance: []stance{stConcern}, cells: map[string]string{
		"pres": "{A} {benadrukt|benadrukken} zorgen te hebben over {o}.", "past": "{A} {benadrukte|benadrukten} zorgen te hebben over {o}."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {is|zijn} van mening dat {o} een goede stap is.", "past": "{A} {was|waren} van mening dat {o} een goede stap was.",
		"sub": "Het is bekend dat {a} van mening {is|zijn} dat {o} een goede stap is."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {is|zijn} van oordeel dat {o} een goede stap is.", "past": "{A} {was|waren} van oordeel dat {o} een goede stap was."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "{A} {is|zijn} van opvatting dat {o} een goede stap is.", "past": "{A} {was|waren} van opvatting dat {o} een goede stap was."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "Volgens {a} is {o} een goede stap.", "past": "Volgens {a} was {o} een goede stap."}},
	{family: "reporting", stance: []stance{stSupport}, cells: map[string]string{
		"pres": "Naar het oordeel van {a} is {o} een goede stap.", "past": "Naar het oordeel van {a} was {o} een goede stap."}},

	// 5. coordination
	{family: "coordination", stance: []stance{stSupport, stWelcome}, cells: map[string]string{
		"pres": "{A} {steunt|steunen} en {verwelkomt|verwelkomen} {o}.", "past": "{A} {steunde|steunden} en {verwelkomde|verwelkomden} {o}.",
		"sub": "Het is bekend dat {a} {o} {steunt|steunen} en {verwelkomt|verwelkomen}."}},
	{family: "coordination", stance: []stance{stSupport, stConcern}, cells: map[string]string{
		"pres": "{A} {steunt|steunen} {o}, maar {heeft|hebben} zorgen over de termijn.", "past": "{A} {steunde|steunden} {o}, maar {had|hadden} zorgen over de termijn."}},
	{family: "coordination", stance: []stance{stSupport}, fixed: "country:DE+country:NL", cells: map[string]string{
		"pres": "Nederland en Duitsland steunen {o}.", "past": "Nederland en Duitsland steunden {o}.",
		"sub": "Het is bekend dat Nederland en Duitsland {o} steunen."}},
}

// readsConstruction extracts s from a fictional letter of its own and
// reports what the extractor made of it: "" when it read every stance of
// want, each held by the actor.
func readsConstruction(t *testing.T, want []stance, s string, a constructionActor, fixed string) string {
	t.Helper()
	g := fictionalLetter(t, "14 maart 2025", s)
	var got []string
	found := map[stance]bool{}
	for _, p := range positionsOf(t, g) {
		quote, _ := p.e.Props["quote"].(string)
		st, _ := p.e.Props["stance"].(string)
		actor, _ := p.e.Props["actor"].(string)
		if !strings.Contains(s, quote) && !strings.Contains(quote, s) {
			continue
		}
		holds := strings.Join(p.holds, "+")
		ok := false
		switch {
		case fixed == "lidstaten":
			ok = strings.Contains(strings.ToLower(actor), "lidstaten") || strings.Contains(holds, "member-states")
		case fixed != "":
			ok = holds == fixed
		case a.id != "":
			ok = holds == a.id
		default:
			ok = len(p.holds) == 0 && strings.EqualFold(actor, a.words)
		}
		if ok {
			found[stance(st)] = true
		}
		got = append(got, fmt.Sprintf("%s %s/%q %q", st, holds, actor, p.e.Props["cue"]))
	}
	for _, w := range want {
		if !found[w] {
			if len(got) == 0 {
				return "nothing"
			}
			return strings.Join(got, "; ")
		}
	}
	return ""
}

// constructionsRead runs the audit: read and total by family and cell.
func constructionsRead(t *testing.T, log bool) (read, total int, byFamily map[string][2]int) {
	byFamily = map[string][2]int{}
	for _, c := range constructions {
		actors := constructionActors
		if c.fixed != "" {
			actors = actors[:1]
		}
		var cells []string
		for k := range c.cells {
			cells = append(cells, k)
		}
		sort.Strings(cells)
		for _, cell := range cells {
			for _, a := range actors {
				s := c.fill(c.cells[cell], a)
				total++
				f := byFamily[c.family]
				f[1]++
				if miss := readsConstruction(t, c.stance, s, a, c.fixed); miss != "" {
					if log {
						t.Logf("MISS %-12s %-7s %s → %s", c.family, cell, s, miss)
					}
				} else {
					read++
					f[0]++
				}
				byFamily[c.family] = f
			}
		}
	}
	return read, total, byFamily
}

// TestConstructionsAudit reads every cell of every construction with every
// actor and lists what the extractor misses; it fails when fewer are read
// than minConstructionsRead (the coverage reached, kept from regressing).
func TestConstructionsAudit(t *testing.T) {
	const minConstructionsRead = 1239
	read, total, byFamily := constructionsRead(t, true)
	var fams []string
	for k, n := range byFamily {
		fams = append(fams, fmt.Sprintf("%s %d/%d", k, n[0], n[1]))
	}
	sort.Strings(fams)
	t.Logf("read %d of %d construction sentences; by family: %s", read, total, strings.Join(fams, ", "))
	if read < minConstructionsRead {
		t.Errorf("read %d of %d construction sentences, want at least %d", read, total, minConstructionsRead)
	}
}

// The constructions' derived rows in fictional sentences that hold no
// position of the construction: a passive without its agent, an agent of
// a verb of no stance, a noun with its giver that no sentence asserts.
func TestConstructionsNoPosition(t *testing.T) {
	for _, s := range []string{
		"Het is bekend dat het voorstel voor een grensfonds werd gesteund.",
		"Het is bekend dat het voorstel voor een grensfonds door de Commissie werd gepresenteerd.",
		"Het voorstel voor een grensfonds stuitte op verzet.",
		"De steun van Nederland voor het grensfonds bedraagt vijf miljoen euro.",
		"Het is bekend dat het grensfonds op steun kan rekenen.",
		"Het is bekend dat de Commissie het voorstel voor een grensfonds morgen presenteert.",
		// "uit" a preposition: no actor voices the criticism
		"Er kwam kritiek uit de regio op de termijn.",
		// the plural noun as a subject, not a predicate
		"De voorstanders van het grensfonds zijn in de minderheid.",
	} {
		if got := readsParadigm(t, stSupport, paradigmSentence{text: s, actors: "country:NL"}); got != "nothing" {
			t.Errorf("%q: a position (%s), want none", s, got)
		}
	}
	// the te-infinitive after a request is the addressee's task, no concern
	// of the cabinet
	const asked = "De Kamer verzoekt het kabinet zich zorgen te maken over het grensfonds."
	if got := readsParadigm(t, stConcern, paradigmSentence{text: asked, actors: "country:NL"}); got == "" {
		t.Errorf("%q: the cabinet's concern, want none", asked)
	}
}

// The subordinate orders the rows derive, one sentence each with the
// subject the position is on.
func TestConstructionsVerbFinal(t *testing.T) {
	const nl, de = "country:NL", "country:DE"
	tests := []struct {
		text, actors string
		stance       stance
	}{
		{"Het is bekend dat de nieuwe richtlijn door Duitsland gesteund wordt.", de, stSupport},
		{"Het is duidelijk dat de heffing door Nederland is afgewezen.", nl, stOppose},
		{"Het is bekend dat het kabinet een snelle evaluatie wenselijk acht.", nl, stPreference},
		{"Het is bekend dat Duitsland een nieuwe heffing onwenselijk achtte.", de, stOppose},
		{"Het is bekend dat de heffing op verzet van Duitsland stuit.", de, stOppose},
		{"De heffing kon op steun van Nederland rekenen.", nl, stSupport},
		{"Het kabinet is van opvatting dat de evaluatie een goede stap is.", nl, stSupport},
		// the copula of the main clause does not reach into the dat-clause
		{"Het is bekend dat Duitsland bezorgd is over de heffing.", de, stConcern},
		{"Het is duidelijk dat Nederland tevreden was over de evaluatie.", nl, stSatisfied},
		// the plural predicate, in both orders
		{"Het is bekend dat Duitsland en Frankrijk voorstanders zijn van de heffing.", "country:DE+country:FR", stSupport},
		{"Het is bekend dat het kabinet er geen voorstander van is om de heffing te verhogen.", nl, stOppose},
		// the noun voiced with "uiten", verb-final
		{"Het is bekend dat Duitsland zorgen uit over de heffing.", de, stConcern},
		{"Het is bekend dat Nederland steun uitte voor de heffing.", nl, stSupport},
		// a verb of saying before the te-infinitive
		{"Duitsland verklaarde zich zorgen te maken over de heffing.", de, stConcern},
		{"Nederland liet weten zich zorgen te maken over de heffing.", nl, stConcern},
		// a demonstrative "dat" after a preposition is no clause
		{"Nederland is in dat verband tevreden over de evaluatie.", nl, stSatisfied},
	}
	for _, tc := range tests {
		if got := readsParadigm(t, tc.stance, paradigmSentence{text: tc.text, actors: tc.actors}); got != "" {
			t.Errorf("%q: %s, want %s of %s", tc.text, got, tc.stance, tc.actors)
		}
	}
}

// An actor group in a cue's gap counts as one word: the inverted group is
// the actor, not a gap too long for the cue.
func TestConstructionsGroupInGap(t *testing.T) {
	group := constructionActor{words: "een ruime meerderheid van de lidstaten"}
	for _, tc := range []struct {
		text string
		want stance
	}{
		{"Daarom uitte een ruime meerderheid van de lidstaten zorgen over de heffing.", stConcern},
		{"Daarom is een ruime meerderheid van de lidstaten bezorgd over de heffing.", stConcern},
		{"Ook maakte een ruime meerderheid van de lidstaten bezwaar tegen de heffing.", stOppose},
	} {
		if got := readsConstruction(t, []stance{tc.want}, tc.text, group, ""); got != "" {
			t.Errorf("%q: %s, want %s of the group", tc.text, got, tc.want)
		}
	}
	if n := groupInGap(tokenize([]rune("een meerderheid van de lidstaten")), 0); n != 5 {
		t.Errorf("groupInGap(een meerderheid van de lidstaten) = %d, want 5", n)
	}
	if n := groupInGap(tokenize([]rune("een meerderheid van de burgers")), 0); n != 0 {
		t.Errorf("groupInGap(een meerderheid van de burgers) = %d, want 0", n)
	}
}
