package resolvers_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"jhagraph/graph"
	"jhagraph/resolvers"
)

func TestAPIPositions(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	str := func(e graph.Entity, k string) string { s, _ := e.Props[k].(string); return s }
	for _, tc := range []struct {
		args string
		keep func(graph.Entity) bool
	}{
		{"", func(graph.Entity) bool { return true }},
		{`filter: {actor: "country:NL"}`, func(e graph.Entity) bool { return fxHas(nl, e.Ref(), graph.RelHolds) }},
		{`filter: {subject: "celex:32001L0055"}`, func(e graph.Entity) bool { return fxHas(e.Ref(), tempProt, graph.RelOn) }},
		{`filter: {subject: "Richtlijn 2001/55/EG"}`, func(e graph.Entity) bool { return fxHas(e.Ref(), tempProt, graph.RelOn) }},
		{`filter: {stance: ["concern", "oppose"]}`, func(e graph.Entity) bool { return str(e, "stance") == "concern" }},
		{`filter: {text: "vergunning"}`, func(e graph.Entity) bool {
			return strings.Contains(str(e, "subject")+str(e, "quote"), "vergunning")
		}},
		{`filter: {dateFrom: "2024-02-01"}`, func(e graph.Entity) bool { return str(e, "date") >= "2024-02-01" }},
		{`filter: {dateTo: "2024-01-31", actor: "country:NL"}`, func(e graph.Entity) bool {
			return str(e, "date") <= "2024-01-31" && fxHas(nl, e.Ref(), graph.RelHolds)
		}},
		{`filter: {document: "kst-99001-1"}`, func(e graph.Entity) bool { return fxHas(e.Ref(), doc1, graph.RelStatedIn) }},
	} {
		want := fxPositions(tc.keep)
		data := a.ok(`{ ` + withArgs("positions", tc.args) + ` { totalCount edges { cursor node { id stance } } pageInfo { hasNextPage endCursor } } }`)
		eq(t, tc.args, strs(data, "positions.edges", "node.id"), want)
		eq(t, tc.args+" totalCount", at(data, "positions.totalCount"), float64(len(want)))
		// One at a time with the cursors handed out.
		var got []string
		after := ""
		for i := 0; i <= len(want); i++ {
			data, errs := a.do(`query($after: String) { `+withArgs("positions", tc.args+" first: 1, after: $after")+` { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			got = append(got, strs(data, "positions.edges", "node.id")...)
			if at(data, "positions.pageInfo.hasNextPage") != true {
				break
			}
			after = at(data, "positions.pageInfo.endCursor").(string)
		}
		eq(t, tc.args+" paged", got, want)
	}
}

func TestAPILegalActs(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	acts := func(keep func(e graph.Entity) bool) []string {
		out := []string{}
		for _, e := range entities() {
			if e.Kind == graph.KindLegalAct && keep(e) {
				out = append(out, e.Ref().ID())
			}
		}
		sort.Strings(out)
		return out
	}
	citedBy := func(act graph.Ref, keep func(graph.Document) bool) bool {
		return len(fxDocKeys(false, func(d graph.Document) bool {
			return keep(d) && fxHas(docRef(d), act, graph.RelCites, graph.RelMentions)
		})) > 0
	}
	everyDoc := func(graph.Document) bool { return true }
	for _, tc := range []struct {
		args string
		keep func(graph.Entity) bool
	}{
		{"", func(graph.Entity) bool { return true }},
		{`filter: {year: 2011}`, func(e graph.Entity) bool { return e.Props["year"] == 2011 }},
		{`filter: {type: "directive", year: 2001}`, func(e graph.Entity) bool { return e.Props["type"] == "directive" && e.Props["year"] == 2001 }},
		{`filter: {type: "regulation"}`, func(e graph.Entity) bool { return e.Props["type"] == "regulation" }},
		{`filter: {onlyCited: true}`, func(e graph.Entity) bool { return citedBy(e.Ref(), everyDoc) }},
		{`filter: {citedSince: "2024-01-01"}`, func(e graph.Entity) bool {
			return citedBy(e.Ref(), func(d graph.Document) bool { return d.Date >= "2024-01-01" })
		}},
		{`filter: {citedBySignedBy: "person:b-proef"}`, func(e graph.Entity) bool {
			return citedBy(e.Ref(), func(d graph.Document) bool { return fxHas(proef, docRef(d), graph.RelSigned) })
		}},
	} {
		want := acts(tc.keep)
		data := a.ok(`{ ` + withArgs("legalActs", tc.args) + ` { totalCount edges { cursor node { id celex } } pageInfo { hasNextPage endCursor } } }`)
		eq(t, tc.args, strs(data, "legalActs.edges", "node.id"), want)
		eq(t, tc.args+" totalCount", at(data, "legalActs.totalCount"), float64(len(want)))
		var got []string
		after := ""
		for i := 0; i <= len(want); i++ {
			data, errs := a.do(`query($after: String) { `+withArgs("legalActs", tc.args+" first: 2, after: $after")+` { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			got = append(got, strs(data, "legalActs.edges", "node.id")...)
			if at(data, "legalActs.pageInfo.hasNextPage") != true {
				break
			}
			after = at(data, "legalActs.pageInfo.endCursor").(string)
		}
		eq(t, tc.args+" paged", nonEmpty(got), want)
	}
}

func TestAPIAggregates(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	// citationsPerYear: per year, the letters citing or naming the act.
	for _, act := range []graph.Ref{single, traffick, tempProt} {
		want := map[string]float64{}
		for _, k := range fxDocKeys(false, func(d graph.Document) bool { return fxHas(docRef(d), act, graph.RelCites, graph.RelMentions) }) {
			want[fxDocs()[k].Date[:4]]++
		}
		data := a.ok(`{ citationsPerYear(act: "` + act.Key + `") { year count } }`)
		got := map[string]float64{}
		for _, c := range list(data, "citationsPerYear", "") {
			got[at(c, "year").(string)] = at(c, "count").(float64)
		}
		eq(t, "citationsPerYear "+act.Key, got, want)
	}
	// stanceCounts: by id, and by act and Kamerstuk reference.
	for _, subject := range []string{tempProt.ID(), "2011/98/EU", "Kamerstuk 99001, nr. 1"} {
		ref, err := graph.ParseID(subject)
		if err != nil {
			celex, ok := refs{}.Act(subject)
			ref = graph.Ref{Kind: graph.KindLegalAct, Key: celex}
			if !ok {
				key, _ := refs{}.Kamerstuk(subject)
				ref = graph.Ref{Kind: graph.KindDocument, Key: key}
			}
		}
		want := map[string]float64{}
		for _, e := range entities() {
			if e.Kind == graph.KindPosition && fxHas(e.Ref(), ref, graph.RelOn) {
				want[e.Props["stance"].(string)]++
			}
		}
		data := a.ok(`{ stanceCounts(subject: "` + subject + `") { stance count } }`)
		got := map[string]float64{}
		for _, c := range list(data, "stanceCounts", "") {
			got[at(c, "stance").(string)] = at(c, "count").(float64)
		}
		eq(t, "stanceCounts "+subject, got, want)
	}
	// mentionsPerCountry, most mentioned first.
	for _, args := range []string{"", "memberStatesOnly: true", `dateFrom: "2024-01-01", dateTo: "2024-01-31"`} {
		data := a.ok(`{ ` + withArgs("mentionsPerCountry", args) + ` { country { id code memberState } count } }`)
		want := map[string]float64{}
		for _, e := range entities() {
			if e.Kind != graph.KindCountry || (strings.Contains(args, "memberStatesOnly") && e.Props["memberState"] != true) {
				continue
			}
			n := len(fxDocKeys(false, func(d graph.Document) bool {
				return fxHas(docRef(d), e.Ref(), graph.RelMentions) && (!strings.Contains(args, "dateFrom") || (d.Date >= "2024-01-01" && d.Date <= "2024-01-31"))
			}))
			if n > 0 {
				want[e.Ref().ID()] = float64(n)
			}
		}
		got := map[string]float64{}
		last := 1e9
		for _, c := range list(data, "mentionsPerCountry", "") {
			n := at(c, "count").(float64)
			got[at(c, "country.id").(string)] = n
			if n > last {
				t.Errorf("mentionsPerCountry(%s): not most mentioned first: %v", args, list(data, "mentionsPerCountry", ""))
			}
			last = n
		}
		eq(t, "mentionsPerCountry "+args, got, want)
	}
}

func TestAPITimeline(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	for _, ref := range []graph.Ref{tempProt, nl, meeting, voorbeeld} {
		// What the fixture ties ref to: letters, meetings and positions.
		want := map[string]string{}
		for _, r := range fxRels() {
			other := r.To
			if r.To == ref {
				other = r.From
			} else if r.From != ref {
				continue
			}
			switch other.Kind {
			case graph.KindDocument:
				if d, ok := fxDocs()[other.Key]; ok {
					want[other.ID()] = d.Date
				}
			case graph.KindCouncilMeeting:
				want[other.ID()] = entities()[other].Props["startDate"].(string)
			case graph.KindPosition:
				want[other.ID()] = entities()[other].Props["date"].(string)
			}
		}
		got := map[string]string{}
		after, last := "", ""
		for i := 0; i <= len(want); i++ {
			data, errs := a.do(`query($after: String) { timeline(id: "`+ref.ID()+`", first: 2, after: $after) { totalCount
				edges { cursor node { date kind relation node { __typename id } evidence { documentId } } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			eq(t, ref.ID()+" timeline totalCount", at(data, "timeline.totalCount"), float64(len(want)))
			for _, e := range list(data, "timeline.edges", "node") {
				date := at(e, "date").(string)
				if date < last {
					t.Errorf("%s timeline: %s after %s", ref.ID(), date, last)
				}
				last = date
				got[at(e, "node.id").(string)] = date
				kind := map[string]string{"Document": "DOCUMENT", "CouncilMeeting": "MEETING", "Position": "POSITION"}[at(e, "node.__typename").(string)]
				eq(t, "timeline kind", at(e, "kind"), kind)
			}
			if at(data, "timeline.pageInfo.hasNextPage") != true {
				break
			}
			after = at(data, "timeline.pageInfo.endCursor").(string)
		}
		eq(t, ref.ID()+" timeline", got, want)
	}
}

func TestAPIPaths(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	for _, tc := range []struct {
		from, to graph.Ref
		hops     int
	}{{proef, single, 4}, {ua, be, 6}, {pos21, eurojust, 4}, {voorbeeld, ro, 1}, {nl, ua, 1}} {
		data := a.ok(fmt.Sprintf(`{ paths(from: "%s", to: "%s", maxHops: %d, first: 2) { length nodes { id } steps { type from to evidence { documentId } } } }`,
			tc.from.ID(), tc.to.ID(), tc.hops))
		paths := list(data, "paths", "")
		if tc.hops == 1 {
			if len(paths) != 0 && !fxHas(tc.from, tc.to) && !fxHas(tc.to, tc.from) {
				t.Errorf("%s-%s in one hop without a relation: %v", tc.from.ID(), tc.to.ID(), paths)
			}
			continue
		}
		if len(paths) == 0 || len(paths) > 2 {
			t.Fatalf("%s to %s: %d paths", tc.from.ID(), tc.to.ID(), len(paths))
		}
		for _, p := range paths {
			nodes := strs(p, "nodes", "id")
			steps := list(p, "steps", "")
			if at(p, "length") != float64(len(steps)) || len(nodes) != len(steps)+1 || nodes[0] != tc.from.ID() || nodes[len(nodes)-1] != tc.to.ID() {
				t.Errorf("path %v", p)
				continue
			}
			for i, s := range steps {
				f, _ := graph.ParseID(at(s, "from").(string))
				to, _ := graph.ParseID(at(s, "to").(string))
				ends := []string{f.ID(), to.ID()}
				sort.Strings(ends)
				pair := []string{nodes[i], nodes[i+1]}
				sort.Strings(pair)
				if !fxHas(f, to, graph.RelType(at(s, "type").(string))) || !eqStrs(ends, pair) {
					t.Errorf("step %d of %v is no relation between its nodes", i, p)
				}
			}
		}
		// The paths are the shortest: no relation joins the ends directly
		// when they are longer than one step.
		if l := at(paths[0], "length").(float64); l > 1 && (fxHas(tc.from, tc.to) || fxHas(tc.to, tc.from)) {
			t.Errorf("%s to %s: a path of %v where one relation joins them", tc.from.ID(), tc.to.ID(), l)
		}
	}
}

func eqStrs(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

func TestAPISearch(t *testing.T) {
	a := newAPI(t, newFixtureStore())
	// A word: every node whose name, aliases, title or quote holds it.
	data := a.ok(`{ search(query: "tijdelijke", first: 10) { kind score snippet node { __typename id name } } }`)
	var want []string
	for _, e := range entities() {
		text := strings.ToLower(e.Name + " " + strings.Join(e.Aliases, " ") + fmt.Sprint(e.Props["quote"], e.Props["title"]))
		if strings.Contains(text, "tijdelijke") {
			want = append(want, e.Ref().ID())
		}
	}
	sort.Strings(want)
	got := strs(data, "search", "node.id")
	eq(t, "search hits", sorted(got), want)
	for _, h := range list(data, "search", "") {
		if at(h, "kind") != at(h, "node.__typename") || at(h, "snippet") != at(h, "node.name") {
			t.Errorf("hit %v", h)
		}
	}
	// A reference puts the entity it names first, once.
	for _, q := range []string{"2011/98/EU", "Kamerstuk 99001, nr. 1"} {
		data = a.ok(`{ search(query: "` + q + `", first: 3) { kind score node { id } } }`)
		hits := strs(data, "search", "node.id")
		var exact string
		if celex, ok := (refs{}).Act(q); ok {
			exact = "celex:" + celex
		} else {
			exact, _ = (refs{}).Kamerstuk(q)
		}
		if len(hits) == 0 || hits[0] != exact || at(data, "search.0.score") != 1e6 {
			t.Errorf("search %q: %v, want %s first", q, list(data, "search", ""), exact)
		}
		for _, h := range hits[1:] {
			if h == exact {
				t.Errorf("search %q: %s twice", q, exact)
			}
		}
		if len(hits) > 3 {
			t.Errorf("search %q: %d hits for first: 3", q, len(hits))
		}
	}
	// A reference to what the graph lacks, and a word nothing holds.
	data = a.ok(`{ a: search(query: "2003/86/EG") { kind } b: search(query: "zzzz") { kind } }`)
	eq(t, "no hits", []int{len(list(data, "a", "")), len(list(data, "b", ""))}, []int{0, 0})
}

// Nested connections read three ways agree: read ahead with their parents
// (one statement), read level by level in batches (NoReadAhead), and with
// every column (NoPruning); pages after a cursor are read by batches.
func TestAPINestedReadsAgree(t *testing.T) {
	q := `{ documents(first: 10) { totalCount edges { node { id
		signatories { person { id signed(first: 1) { edges { node { id } } } } }
		cites(first: 5) { totalCount edges { node { type node { id ... on LegalAct { celex citedBy(first: 5) { totalCount edges { node { id } } } } } } } }
		citedBy { edges { node { id } } }
		relations(types: [MENTIONS], direction: OUT, first: 2) { edges { cursor node { node { id
			... on Country { mentionedIn(first: 2) { edges { node { id } } } positions { edges { node { id actors { id } } } } }
			... on Organisation { mentionedIn { totalCount } } } } } } } } }
		meeting: node(id: "` + meeting.ID() + `") { ... on CouncilMeeting { agenda { id positions { edges { node { id } } } concerns { edges { node { node { id } } } } }
			documents(first: 1) { edges { node { id } } pageInfo { endCursor } } attendees { node { id } } } }
		positions(first: 5) { edges { node { id document { id } subjects { id ... on LegalAct { positions { totalCount } } } } } } }`
	var first any
	for _, opt := range []resolvers.Options{{}, {NoReadAhead: true}, {NoPruning: true}, {NoReadAhead: true, NoPruning: true}, {MaxAgenda: 2}} {
		a := newAPI(t, newFixtureStore(), func(r *resolvers.Resolver) { r.Options = opt })
		data := a.ok(q)
		if opt.MaxAgenda == 2 {
			if n := len(list(data, "meeting.agenda", "")); n != 2 {
				t.Errorf("MaxAgenda 2: %d agenda items", n)
			}
			continue
		}
		if first == nil {
			first = data
			continue
		}
		eq(t, fmt.Sprintf("%+v", opt), data, first)
	}
	// Spot checks against the fixture: a letter's citations and citers.
	a := newAPI(t, newFixtureStore())
	data := a.ok(q)
	for _, d := range list(data, "documents.edges", "node") {
		ref := graph.Ref{Kind: graph.KindDocument, Key: at(d, "id").(string)}
		eq(t, ref.Key+" cites", sorted(strs(d, "cites.edges", "node.node.id")), fxEnds(ref, graph.RelCites, true))
		eq(t, ref.Key+" citedBy", strs(d, "citedBy.edges", "node.id"),
			fxDocKeys(false, func(c graph.Document) bool { return fxHas(docRef(c), ref, graph.RelCites) }))
	}
	// A page after a cursor under a read-ahead parent.
	cur := at(data, "meeting.documents.pageInfo.endCursor").(string)
	data = a.ok(`{ node(id: "` + meeting.ID() + `") { ... on CouncilMeeting { documents(first: 5, after: "` + cur + `") { edges { node { id } } } } } }`)
	all := fxDocKeys(false, func(d graph.Document) bool { return fxHas(docRef(d), meeting) })
	eq(t, "meeting documents after the first", strs(data, "node.documents.edges", "node.id"), all[1:])
}
