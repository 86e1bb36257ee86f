package resolvers_test

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

// ids are the global ids of refs.
func ids(refs ...graph.Ref) []string {
	out := []string{}
	for _, r := range refs {
		out = append(out, r.ID())
	}
	return out
}

// fxEnds are the other ends of the fixture's relations of type t at ref
// (out: ref is the start), each once, sorted by id.
func fxEnds(ref graph.Ref, t graph.RelType, out bool) []string {
	seen := map[string]bool{}
	res := []string{}
	for _, r := range fxRels() {
		if r.Type != t {
			continue
		}
		var other graph.Ref
		switch {
		case out && r.From == ref:
			other = r.To
		case !out && r.To == ref:
			other = r.From
		default:
			continue
		}
		if !seen[other.ID()] {
			seen[other.ID()] = true
			res = append(res, other.ID())
		}
	}
	sort.Strings(res)
	return res
}

func sorted(l []string) []string {
	l = append([]string{}, nonEmpty(l)...)
	sort.Strings(l)
	return l
}

// fxPositions are the fixture's positions that keep selects, newest first
// and in reading order within a letter.
func fxPositions(keep func(e graph.Entity) bool) []string {
	var ps []graph.Entity
	for _, e := range entities() {
		if e.Kind == graph.KindPosition && keep(e) {
			ps = append(ps, e)
		}
	}
	sort.Slice(ps, func(i, j int) bool {
		di, dj := ps[i].Props["date"].(string), ps[j].Props["date"].(string)
		if di != dj {
			return di > dj
		}
		return ps[i].Key < ps[j].Key // one digit ordinals: key order is reading order
	})
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Ref().ID())
	}
	return out
}

func TestAPINodeTypes(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	ents := entities()

	// Person: offices (all, and on a day), letters signed.
	data := a.ok(`{ node(id: "person:a-voorbeeld") { __typename id name ... on Person {
		offices { person { id } office { id name } start end evidence { documentId quote } }
		before: offices(on: "2022-12-31") { start }
		during: offices(on: "2024-01-15") { start }
		signed { totalCount edges { node { id date } } } } } }`)
	p := at(data, "node")
	eq(t, "person", []any{at(p, "__typename"), at(p, "id"), at(p, "name")}, []any{"Person", voorbeeld.ID(), ents[voorbeeld].Name})
	eq(t, "person offices", strs(p, "offices", "office.id"), fxEnds(voorbeeld, graph.RelHeldOffice, true))
	eq(t, "person office term", []any{at(p, "offices.0.person.id"), at(p, "offices.0.start"), at(p, "offices.0.end"), at(p, "offices.0.evidence.documentId")},
		[]any{voorbeeld.ID(), "2023-01-01", "2024-06-30", doc1.Key})
	eq(t, "offices before the term", len(list(p, "before", "")), 0)
	eq(t, "offices during the term", len(list(p, "during", "")), 1)
	wantSigned := fxDocKeys(false, func(d graph.Document) bool { return fxHas(voorbeeld, docRef(d), graph.RelSigned) })
	eq(t, "signed", strs(p, "signed.edges", "node.id"), wantSigned)
	eq(t, "signed totalCount", at(p, "signed.totalCount"), float64(len(wantSigned)))

	// Office: holders, by id and by title through officeHolders.
	data = a.ok(`{ node(id: "` + staatssec.ID() + `") { name ... on Office { holders { person { id name } start end } none: holders(on: "2021-01-01") { start } } }
		officeHolders(office: "Staatssecretaris van Justitie en Veiligheid") { person { id } office { id } start end evidence { documentId } }
		byID: officeHolders(office: "` + staatssec.ID() + `", on: "2024-01-01") { person { id } } }`)
	eq(t, "office holders", strs(data, "node.holders", "person.id"), fxEnds(staatssec, graph.RelHeldOffice, false))
	eq(t, "office term open", []any{at(data, "node.holders.0.start"), at(data, "node.holders.0.end")}, []any{"2022-01-10", nil})
	eq(t, "office holders before", len(list(data, "node.none", "")), 0)
	eq(t, "officeHolders by title", strs(data, "officeHolders", "person.id"), fxEnds(staatssec, graph.RelHeldOffice, false))
	eq(t, "officeHolders office", strs(data, "officeHolders", "office.id"), ids(staatssec))
	eq(t, "officeHolders by id", strs(data, "byID", "person.id"), fxEnds(staatssec, graph.RelHeldOffice, false))

	// LegalAct, by every form of reference.
	for _, ref := range []string{"2011/98/EU", "Richtlijn 2011/98/EU", "Directive 2011/98/EU", "32011L0098", "GVVA-richtlijn"} {
		data = a.ok(`{ legalAct(ref: "` + ref + `") { __typename id name celex type year number title aliases eurlexUrl
			citedBy { totalCount edges { node { id } } } positions { totalCount edges { node { id stance } } } } }`)
		act := at(data, "legalAct")
		e := ents[single]
		eq(t, ref, []any{at(act, "id"), at(act, "name"), at(act, "celex"), at(act, "type"), at(act, "year"), at(act, "number"), at(act, "title")},
			[]any{single.ID(), e.Name, single.Key, e.Props["type"], float64(e.Props["year"].(int)), float64(e.Props["number"].(int)), e.Props["title"]})
		eq(t, ref+" aliases", strs(act, "aliases", ""), e.Aliases)
		eq(t, ref+" eurlexUrl", at(act, "eurlexUrl"), "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:"+single.Key)
		wantCited := fxDocKeys(false, func(d graph.Document) bool { return fxHas(docRef(d), single, graph.RelCites, graph.RelMentions) })
		eq(t, ref+" citedBy", strs(act, "citedBy.edges", "node.id"), wantCited)
		eq(t, ref+" citedBy totalCount", at(act, "citedBy.totalCount"), float64(len(wantCited)))
		eq(t, ref+" positions", strs(act, "positions.edges", "node.id"), fxEnds(single, graph.RelOn, false))
	}
	data = a.ok(`{ legalAct(ref: "2003/86/EG") { id } }`)
	eq(t, "an act no letter names", at(data, "legalAct"), nil)

	// CouncilMeeting: its agenda in order of section and item, attendees,
	// letters, presidency.
	data = a.ok(`{ node(id: "` + meeting.ID() + `") { name ... on CouncilMeeting { formation informal startDate endDate place yearCorrected
		presidency { id code name memberState }
		agenda { id section order title sectionTitle format meeting { id startDate } }
		attendees { node { __typename id } evidence { documentId } }
		documents { totalCount edges { node { id } } } } } }`)
	m, me := at(data, "node"), ents[meeting]
	eq(t, "meeting", []any{at(m, "name"), at(m, "formation"), at(m, "informal"), at(m, "startDate"), at(m, "endDate"), at(m, "place"), at(m, "yearCorrected")},
		[]any{me.Name, me.Props["formation"], me.Props["informal"], me.Props["startDate"], me.Props["endDate"], me.Props["place"], false})
	eq(t, "presidency", at(m, "presidency"), map[string]any{"id": be.ID(), "code": be.Key, "name": ents[be].Name, "memberState": true})
	// The agenda: the meeting's items (each once, though two letters list
	// one), by section numeral, then order.
	items := fxEnds(meeting, graph.RelHasItem, true)
	sort.Slice(items, func(i, j int) bool {
		ri, _ := graph.ParseID(items[i])
		rj, _ := graph.ParseID(items[j])
		pi, pj := ents[ri].Props, ents[rj].Props
		if pi["section"] != pj["section"] {
			return len(pi["section"].(string)) < len(pj["section"].(string)) // I < II in this fixture
		}
		return pi["order"].(int) < pj["order"].(int)
	})
	eq(t, "agenda", strs(m, "agenda", "id"), items)
	for i, it := range list(m, "agenda", "") {
		ref, _ := graph.ParseID(items[i])
		e := ents[ref]
		want := []any{e.Props["section"], float64(e.Props["order"].(int)), e.Props["title"], e.Props["sectionTitle"], e.Props["format"], meeting.ID(), me.Props["startDate"]}
		eq(t, "agenda item "+items[i], []any{at(it, "section"), at(it, "order"), at(it, "title"), at(it, "sectionTitle"), at(it, "format"), at(it, "meeting.id"), at(it, "meeting.startDate")}, want)
	}
	eq(t, "attendees", sorted(strs(m, "attendees", "node.id")), fxEnds(meeting, graph.RelAttends, false))
	wantMeetingDocs := fxDocKeys(false, func(d graph.Document) bool { return fxHas(docRef(d), meeting) })
	eq(t, "meeting documents", strs(m, "documents.edges", "node.id"), wantMeetingDocs)

	// AgendaItem: what it concerns, its positions.
	data = a.ok(`{ node(id: "` + item21.ID() + `") { ... on AgendaItem { meeting { id }
		concerns { totalCount edges { cursor node { type direction node { id } ref properties evidence { documentId quote start end } } } }
		positions { totalCount edges { node { id } } } } } }`)
	eq(t, "item meeting", at(data, "node.meeting.id"), meeting.ID())
	eq(t, "item concerns", sorted(strs(data, "node.concerns.edges", "node.node.id")), fxEnds(item21, graph.RelConcerns, true))
	eq(t, "item concerns totalCount", at(data, "node.concerns.totalCount"), float64(len(fxEnds(item21, graph.RelConcerns, true))))
	for _, e := range list(data, "node.concerns.edges", "node") {
		if at(e, "type") != "CONCERNS" || at(e, "direction") != "OUT" || at(e, "evidence.documentId") != doc1.Key || at(e, "properties") != "{}" {
			t.Errorf("concerns edge %v", e)
		}
	}
	eq(t, "item positions", strs(data, "node.positions.edges", "node.id"),
		fxPositions(func(e graph.Entity) bool { return fxHas(e.Ref(), item21, graph.RelStatedIn) }))

	// Country and Organisation: the letters naming them, their positions.
	for _, ref := range []graph.Ref{ro, nl, ua, eurojust} {
		data = a.ok(`{ node(id: "` + ref.ID() + `") { id name ... on Country { code memberState } ... on Organisation { aliases }
			... on Country { mentionedIn { totalCount edges { node { id } } } positions { totalCount edges { node { id } } } }
			... on Organisation { mentionedIn { totalCount edges { node { id } } } positions { totalCount edges { node { id } } } } } }`)
		n, e := at(data, "node"), ents[ref]
		eq(t, ref.ID()+" name", at(n, "name"), e.Name)
		if ref.Kind == graph.KindCountry {
			eq(t, ref.ID()+" code", []any{at(n, "code"), at(n, "memberState")}, []any{ref.Key, e.Props["memberState"]})
		} else {
			eq(t, ref.ID()+" aliases", strs(n, "aliases", ""), e.Aliases)
		}
		want := fxDocKeys(false, func(d graph.Document) bool { return fxHas(docRef(d), ref, graph.RelMentions) })
		eq(t, ref.ID()+" mentionedIn", strs(n, "mentionedIn.edges", "node.id"), want)
		eq(t, ref.ID()+" mentionedIn totalCount", at(n, "mentionedIn.totalCount"), float64(len(want)))
		wantPos := fxPositions(func(e graph.Entity) bool { return fxHas(ref, e.Ref(), graph.RelHolds) })
		eq(t, ref.ID()+" positions", strs(n, "positions.edges", "node.id"), wantPos)
		eq(t, ref.ID()+" positions totalCount", at(n, "positions.totalCount"), float64(len(wantPos)))
	}

	// Position: its properties and links.
	for _, ref := range []graph.Ref{pos11, pos12, pos21} {
		data = a.ok(`{ node(id: "` + ref.ID() + `") { id name ... on Position { stance polarity negated conditional cue actor subject quote date
			actors { id } subjects { id } document { id date } agendaItem { id title } evidence { documentId quote start end } } } }`)
		n, e := at(data, "node"), ents[ref]
		for _, f := range []string{"stance", "polarity", "cue", "actor", "subject", "quote", "date"} {
			eq(t, ref.ID()+" "+f, at(n, f), e.Props[f])
		}
		eq(t, ref.ID()+" conditional", at(n, "conditional"), e.Props["conditional"] == true)
		eq(t, ref.ID()+" negated", at(n, "negated"), false)
		eq(t, ref.ID()+" actors", sorted(strs(n, "actors", "id")), fxEnds(ref, graph.RelHolds, false))
		eq(t, ref.ID()+" subjects", sorted(strs(n, "subjects", "id")), fxEnds(ref, graph.RelOn, true))
		var doc, item any
		for _, id := range fxEnds(ref, graph.RelStatedIn, true) {
			if strings.HasPrefix(id, "item:") {
				item = id
			} else {
				doc = id
			}
		}
		eq(t, ref.ID()+" document", at(n, "document.id"), doc)
		eq(t, ref.ID()+" agendaItem", at(n, "agendaItem.id"), item)
		eq(t, ref.ID()+" evidence", []any{at(n, "evidence.documentId"), at(n, "evidence.quote")},
			[]any{doc, string(graph.RelStatedIn) + " " + ref.ID() + " " + doc.(string)})
	}
}

// The relations of a node, by type and direction, paged with the cursors
// the API hands out, and counted.
func TestAPIRelations(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	type want struct{ typ, dir, id, ref, doc string }
	for _, ref := range []graph.Ref{doc1, meeting, tempProt, voorbeeld, pos11, ro} {
		for _, types := range [][]graph.RelType{nil, {graph.RelCites}, {graph.RelMentions, graph.RelHasItem}, {graph.RelHolds, graph.RelOn, graph.RelStatedIn}} {
			for _, dir := range []string{"OUT", "IN", "BOTH"} {
				var ws []string
				for _, r := range fxRels() {
					if (len(types) > 0 && !containsType(types, r.Type)) || (r.From != ref && r.To != ref) ||
						(dir == "OUT" && r.From != ref) || (dir == "IN" && r.To != ref) {
						continue
					}
					w := want{typ: string(r.Type), dir: "OUT", id: r.To.ID(), doc: r.Evidence.Doc}
					if r.From != ref {
						w.dir, w.id = "IN", r.From.ID()
					}
					w.ref, _ = r.Props["ref"].(string)
					ws = append(ws, fmt.Sprint(w))
				}
				sort.Strings(ws)
				var typeArg []string
				for _, t := range types {
					typeArg = append(typeArg, string(t))
				}
				args := fmt.Sprintf(`id: "%s", direction: %s, relations: [%s]`, ref.ID(), dir, strings.Join(typeArg, ", "))
				// Two at a time, to the end.
				var got []string
				after := ""
				for i := 0; i < 20; i++ {
					data, errs := a.do(`query($after: String) { neighbors(`+args+`, first: 2, after: $after) { totalCount
						edges { cursor node { type direction node { id } ref properties evidence { documentId } } } pageInfo { hasNextPage endCursor } } }`,
						map[string]any{"after": after})
					if len(errs) > 0 {
						t.Fatal(args, errs)
					}
					eq(t, args+" totalCount", at(data, "neighbors.totalCount"), float64(len(ws)))
					for _, e := range list(data, "neighbors.edges", "node") {
						w := want{typ: at(e, "type").(string), dir: at(e, "direction").(string), id: at(e, "node.id").(string), doc: at(e, "evidence.documentId").(string)}
						w.ref, _ = at(e, "ref").(string)
						var props map[string]any
						if err := json.Unmarshal([]byte(at(e, "properties").(string)), &props); err != nil {
							t.Errorf("properties %v: %v", at(e, "properties"), err)
						}
						if w.ref != "" && props["ref"] != w.ref {
							t.Errorf("properties %v without its ref %q", props, w.ref)
						}
						got = append(got, fmt.Sprint(w))
					}
					if at(data, "neighbors.pageInfo.hasNextPage") != true {
						break
					}
					after = at(data, "neighbors.pageInfo.endCursor").(string)
				}
				sort.Strings(got)
				eq(t, args, nonEmpty(got), nonEmpty(ws))
			}
		}
		// relations on the node itself agree with neighbors, and
		// relationCounts with the fixture.
		data := a.ok(`{ node(id: "` + ref.ID() + `") { relations(first: 50) { totalCount edges { node { type node { id } } } } }
			neighbors(id: "` + ref.ID() + `", first: 50) { edges { node { type node { id } } } }
			relationCounts(id: "` + ref.ID() + `") { type direction count } }`)
		eq(t, ref.ID()+" relations", at(data, "node.relations.edges"), at(data, "neighbors.edges"))
		counts := map[string]float64{}
		for _, r := range fxRels() {
			if r.From == ref {
				counts[string(r.Type)+" OUT"]++
			}
			if r.To == ref {
				counts[string(r.Type)+" IN"]++
			}
		}
		got := map[string]float64{}
		for _, c := range list(data, "relationCounts", "") {
			got[at(c, "type").(string)+" "+at(c, "direction").(string)] = at(c, "count").(float64)
		}
		eq(t, ref.ID()+" relationCounts", got, counts)
	}
}

// Every node type's relations field, selected under node, and the nodes at
// their other ends in each type's fields.
func TestAPIRelationsOfEveryType(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	for _, ref := range []graph.Ref{doc1, voorbeeld, minister, single, meeting, item21, ro, eurojust, pos11} {
		data := a.ok(`{ node(id: "` + ref.ID() + `") { __typename id
			...R
			... on Document { relations(types: [CITES], direction: OUT) { totalCount edges { node { node { id } } } } }
			... on Person { relations(direction: OUT) { totalCount edges { node { node { id } } } } }
			... on Office { relations(direction: IN) { totalCount edges { node { node { id } } } } }
			... on LegalAct { relations(direction: IN) { totalCount edges { node { node { id } } } } }
			... on CouncilMeeting { relations(types: [HAS_ITEM]) { totalCount edges { node { node { id } } } } }
			... on AgendaItem { relations(types: [CONCERNS]) { totalCount edges { node { node { id } } } } }
			... on Country { relations(types: [MENTIONS], direction: IN) { totalCount edges { node { node { id } } } } }
			... on Organisation { relations(types: [MENTIONS], direction: IN) { totalCount edges { node { node { id } } } } }
			... on Position { relations(types: [HOLDS, ON], direction: BOTH) { totalCount edges { node { node { id } } } } } } }
			fragment R on Node { all: relations(first: 50) { edges { node { type direction node { __typename id name } } } } }`)
		n := at(data, "node")
		edges := list(n, "all.edges", "node")
		if len(edges) == 0 {
			t.Errorf("%s: no relations", ref.ID())
		}
		for _, e := range edges {
			other, err := graph.ParseID(at(e, "node.id").(string))
			if err != nil || at(e, "node.__typename") != string(other.Kind) {
				t.Errorf("%s: relation to %v", ref.ID(), e)
			}
			from, to := ref, other
			if at(e, "direction") == "IN" {
				from, to = other, ref
			}
			if !fxHas(from, to, graph.RelType(at(e, "type").(string))) {
				t.Errorf("%s: relation %v not in the fixture", ref.ID(), e)
			}
		}
		if tc := at(n, "relations.totalCount"); tc != float64(len(list(n, "relations.edges", ""))) || tc == 0.0 {
			t.Errorf("%s: relations totalCount %v for %d edges", ref.ID(), tc, len(list(n, "relations.edges", "")))
		}
	}
}

var _ = resolvers.DefaultPage
