package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The query mix: five analyst and explorer reads, each written three ways —
// for jhagraph's API (schema.graphqls), for the @neo4j/graphql v7 server
// (bench/neo4j-graphql/typedefs.graphql), and as hand-written Cypher through
// the Go driver (the floor). Each way returns the same data; answer()
// reduces a response to a comparable form, so that the three can be checked
// against each other and a response that should not be empty is caught.

// Params are the parameters of one request, drawn from the graph.
type Params struct {
	Act     string // CELEX of a cited act
	Meeting string // key of a council meeting, "jha-2024-01-25"
	Person  string // key of a person who signed letters
	Search  string // words to search
	Lucene  string // the same, as jhagraph turns it into a Lucene query
	// What the data says about the answer.
	MeetingHasAgenda bool
}

// Query is one kind of read.
type Query struct {
	Name     string // a, b, c, d, e
	Title    string
	Jhagraph func(p Params) (string, map[string]any)
	Library  func(p Params) (string, map[string]any)
	Floor    func(p Params) (string, map[string]any)
	// answer reduces a response (GraphQL data, or the floor's records as
	// maps) to a comparable form.
	JhagraphAnswer func(data map[string]any) Answer
	LibraryAnswer  func(data map[string]any) Answer
	FloorAnswer    func(rows []map[string]any) Answer
	// empty reports a response that the data says must not be empty.
	Empty func(a Answer, p Params) bool
}

// Answer is a response reduced to what the three targets must agree on.
type Answer struct {
	Total int      // a count, where the query asks one
	Items []string // identifying keys, in the order that matters
	Set   []string // keys whose order does not matter
}

func (a Answer) String() string {
	return fmt.Sprintf("total=%d items=%v set=%v", a.Total, a.Items, a.Set)
}

func (a Answer) equal(b Answer) bool {
	return a.Total == b.Total && strings.Join(a.Items, "\n") == strings.Join(b.Items, "\n") &&
		strings.Join(a.Set, "\n") == strings.Join(b.Set, "\n")
}

// keyOf turns a jhagraph global id into the node key the other targets use.
func keyOf(id string) string {
	for _, p := range []string{"person:", "office:", "celex:", "meeting:", "item:", "country:", "org:", "position:"} {
		if strings.HasPrefix(id, p) {
			return id[len(p):]
		}
	}
	return id
}

// --- small helpers over decoded JSON ---------------------------------------

func obj(v any, path ...string) map[string]any {
	m, _ := v.(map[string]any)
	for _, k := range path {
		m, _ = m[k].(map[string]any)
	}
	return m
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int {
	switch x := v.(type) {
	case float64:
		return int(x)
	case int64:
		return int(x)
	case int:
		return x
	}
	return 0
}

func edges(conn map[string]any) []map[string]any {
	var out []map[string]any
	for _, e := range list(conn["edges"]) {
		out = append(out, obj(e, "node"))
	}
	return out
}

func sorted(xs []string) []string {
	sort.Strings(xs)
	return xs
}

// --- the mix ------------------------------------------------------------------

const docsCitingAct = `MATCH (a:LegalAct {key: $act})
CALL (a) { MATCH (a)<-[:CITES|MENTIONS]-(d:Document) WHERE d.ingested = true RETURN count(DISTINCT d) AS total }
CALL (a) { MATCH (a)<-[:CITES|MENTIONS]-(d:Document) WHERE d.ingested = true
  WITH DISTINCT d ORDER BY d.date DESC, d.key LIMIT 20
  RETURN collect({key: d.key, date: d.date, title: d.title,
    signatories: [(p:Person)-[s:SIGNED]->(d) | {name: p.name, office: s.office, order: s.order}]}) AS docs }
RETURN total, docs`

// timeline is jhagraph's own timeline query (graph/explore.go), first page.
const actTimeline = `MATCH (n:LegalAct {key: $act})
CALL (n) {
  MATCH (n)-[r]-(x:Document) WHERE x.ingested = true RETURN x, 'DOCUMENT' AS kind, x.date AS date
  UNION MATCH (n)-[r]-(x:CouncilMeeting) RETURN x, 'MEETING' AS kind, x.startDate AS date
  UNION MATCH (n)<-[r:CONCERNS]-(:AgendaItem)<-[:HAS_ITEM]-(x:CouncilMeeting) RETURN x, 'MEETING' AS kind, x.startDate AS date
  UNION MATCH (n)-[r:ON|HOLDS]-(x:Position) RETURN x, 'POSITION' AS kind, x.date AS date }
WITH DISTINCT x, kind, date WHERE date IS NOT NULL
RETURN date, kind, x.key AS key, x.name AS name ORDER BY date, kind, key LIMIT 20`

const meetingAgenda = `MATCH (m:CouncilMeeting {key: $key})
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_ITEM]->(i:AgendaItem)
  WITH DISTINCT i ORDER BY i.section, i.order
  CALL (i) {
    OPTIONAL MATCH (i)<-[:STATED_IN]-(p:Position)
    WITH p ORDER BY p.date DESC, split(p.key, ':')[0], toInteger(split(p.key, ':')[1]) LIMIT 10
    RETURN collect({key: p.key, stance: p.stance, quote: p.quote, actors: [(x)-[:HOLDS]->(p) | x.key]}) AS positions }
  RETURN collect({title: i.title, format: i.format, positions: positions}) AS agenda }
RETURN m.name AS name, m.startDate AS startDate, agenda`

const personLetters = `MATCH (p:Person {key: $key})
CALL (p) {
  MATCH (p)-[:SIGNED]->(d:Document) WHERE d.ingested = true
  WITH DISTINCT d ORDER BY d.date DESC, d.key LIMIT 20
  CALL (d) { OPTIONAL MATCH (d)-[r:CITES]->(x) WITH r, x ORDER BY r.rid LIMIT 20 RETURN collect({key: x.key, name: x.name}) AS cites }
  RETURN collect({key: d.key, date: d.date, cites: cites}) AS docs }
RETURN p.name AS name, docs`

const search = `CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $first}) YIELD node, score
RETURN score, node.key AS key, node.name AS name ORDER BY score DESC, key`

// libraryTimelineWhere selects the documents that cite or name an act.
const libraryCitingWhere = `{ingested: {eq: true}, OR: [{citesActs: {some: {key: {eq: $act}}}}, {mentionsActs: {some: {key: {eq: $act}}}}]}`

func mix(jhagraphHasTimeline bool) []Query {
	qs := []Query{
		{
			Name: "a", Title: "letters citing an act",
			Jhagraph: func(p Params) (string, map[string]any) {
				return `query A($act: String!) { documents(filter: {cites: $act}, first: 20) { totalCount edges { node { id date title signatories { person { name } office } } } } }`,
					map[string]any{"act": p.Act}
			},
			Library: func(p Params) (string, map[string]any) {
				return `query A($act: ID!) { documentsConnection(first: 20, sort: [{date: DESC}, {key: ASC}], where: ` + libraryCitingWhere + `) {
  totalCount edges { node { key date title signatoriesConnection { edges { properties { office } node { name } } } } } } }`,
					map[string]any{"act": p.Act}
			},
			Floor: func(p Params) (string, map[string]any) { return docsCitingAct, map[string]any{"act": p.Act} },
			JhagraphAnswer: func(d map[string]any) Answer {
				c := obj(d, "documents")
				a := Answer{Total: num(c["totalCount"])}
				for _, n := range edges(c) {
					a.Items = append(a.Items, str(n["id"]))
					for _, s := range list(n["signatories"]) {
						a.Set = append(a.Set, str(n["id"])+" "+str(obj(s, "person")["name"])+" "+str(obj(s)["office"]))
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			LibraryAnswer: func(d map[string]any) Answer {
				c := obj(d, "documentsConnection")
				a := Answer{Total: num(c["totalCount"])}
				for _, n := range edges(c) {
					a.Items = append(a.Items, str(n["key"]))
					for _, e := range list(obj(n, "signatoriesConnection")["edges"]) {
						a.Set = append(a.Set, str(n["key"])+" "+str(obj(e, "node")["name"])+" "+str(obj(e, "properties")["office"]))
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			FloorAnswer: func(rows []map[string]any) Answer {
				var a Answer
				if len(rows) == 0 {
					return a
				}
				a.Total = num(rows[0]["total"])
				for _, d := range list(rows[0]["docs"]) {
					a.Items = append(a.Items, str(obj(d)["key"]))
					for _, s := range list(obj(d)["signatories"]) {
						a.Set = append(a.Set, str(obj(d)["key"])+" "+str(obj(s)["name"])+" "+str(obj(s)["office"]))
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			Empty: func(a Answer, p Params) bool { return a.Total == 0 || len(a.Items) == 0 },
		},
		{
			Name: "b", Title: "an act's timeline",
			Library: func(p Params) (string, map[string]any) {
				return `query B($act: ID!) {
  documentsConnection(first: 20, sort: [{date: ASC}, {key: ASC}], where: ` + libraryCitingWhere + `) { edges { node { key date name } } }
  councilMeetingsConnection(first: 20, sort: [{startDate: ASC}, {key: ASC}], where: {agenda: {some: {concernsActs: {some: {key: {eq: $act}}}}}}) { edges { node { key startDate name } } }
  positionsConnection(first: 20, sort: [{date: ASC}, {key: ASC}], where: {onActs: {some: {key: {eq: $act}}}}) { edges { node { key date name } } } }`,
					map[string]any{"act": p.Act}
			},
			Floor: func(p Params) (string, map[string]any) { return actTimeline, map[string]any{"act": p.Act} },
			LibraryAnswer: func(d map[string]any) Answer {
				// Three sorted lists, merged as jhagraph orders its timeline.
				type ev struct{ date, kind, key string }
				var all []ev
				for _, n := range edges(obj(d, "documentsConnection")) {
					all = append(all, ev{str(n["date"]), "DOCUMENT", str(n["key"])})
				}
				for _, n := range edges(obj(d, "councilMeetingsConnection")) {
					all = append(all, ev{str(n["startDate"]), "MEETING", str(n["key"])})
				}
				for _, n := range edges(obj(d, "positionsConnection")) {
					all = append(all, ev{str(n["date"]), "POSITION", str(n["key"])})
				}
				sort.Slice(all, func(i, j int) bool {
					a, b := all[i], all[j]
					if a.date != b.date {
						return a.date < b.date
					}
					if a.kind != b.kind {
						return a.kind < b.kind
					}
					return a.key < b.key
				})
				var a Answer
				for i, e := range all {
					if i == 20 {
						break
					}
					a.Items = append(a.Items, e.date+" "+e.kind+" "+e.key)
				}
				return a
			},
			FloorAnswer: func(rows []map[string]any) Answer {
				var a Answer
				for _, r := range rows {
					a.Items = append(a.Items, str(r["date"])+" "+str(r["kind"])+" "+str(r["key"]))
				}
				return a
			},
			Empty: func(a Answer, p Params) bool { return len(a.Items) == 0 },
		},
		{
			Name: "c", Title: "a meeting with its agenda and positions",
			Jhagraph: func(p Params) (string, map[string]any) {
				return `query C($id: ID!) { node(id: $id) { ... on CouncilMeeting { name startDate agenda { title format positions(first: 10) { edges { node { stance quote actors { id } } } } } } } }`,
					map[string]any{"id": "meeting:" + p.Meeting}
			},
			Library: func(p Params) (string, map[string]any) {
				return `query C($key: ID!) { councilMeetings(where: {key: {eq: $key}}) { name startDate
  agenda(sort: [{section: ASC}, {order: ASC}]) { title format
    positionsConnection(first: 10, sort: [{node: {date: DESC}}, {node: {key: ASC}}]) { edges { node { stance quote
      actors { ... on Country { key } ... on Organisation { key } ... on Person { key } ... on Office { key } } } } } } } }`,
					map[string]any{"key": p.Meeting}
			},
			Floor: func(p Params) (string, map[string]any) { return meetingAgenda, map[string]any{"key": p.Meeting} },
			JhagraphAnswer: func(d map[string]any) Answer {
				n := obj(d, "node")
				return meetingAnswer(str(n["name"]), list(n["agenda"]), func(it map[string]any) int {
					return len(list(obj(it, "positions")["edges"]))
				})
			},
			LibraryAnswer: func(d map[string]any) Answer {
				ms := list(d["councilMeetings"])
				if len(ms) == 0 {
					return Answer{}
				}
				n := obj(ms[0])
				return meetingAnswer(str(n["name"]), list(n["agenda"]), func(it map[string]any) int {
					return len(list(obj(it, "positionsConnection")["edges"]))
				})
			},
			FloorAnswer: func(rows []map[string]any) Answer {
				if len(rows) == 0 {
					return Answer{}
				}
				var items []any
				for _, it := range list(rows[0]["agenda"]) {
					if str(obj(it)["title"]) != "" || obj(it)["title"] != nil {
						items = append(items, it)
					}
				}
				return meetingAnswer(str(rows[0]["name"]), items, func(it map[string]any) int {
					n := 0
					for _, p := range list(it["positions"]) {
						if obj(p)["key"] != nil {
							n++
						}
					}
					return n
				})
			},
			Empty: func(a Answer, p Params) bool {
				return len(a.Items) == 0 || a.Items[0] == "" || (p.MeetingHasAgenda && len(a.Items) < 2)
			},
		},
		{
			Name: "d", Title: "a person's letters with the acts they cite",
			Jhagraph: func(p Params) (string, map[string]any) {
				return `query D($id: ID!) { node(id: $id) { ... on Person { name signed(first: 20) { edges { node { id date cites(first: 20) { edges { node { node { id name } } } } } } } } } }`,
					map[string]any{"id": "person:" + p.Person}
			},
			Library: func(p Params) (string, map[string]any) {
				return `query D($key: ID!) { people(where: {key: {eq: $key}}) { name
  signedConnection(first: 20, sort: [{node: {date: DESC}}, {node: {key: ASC}}]) { edges { node { key date
    citesConnection(first: 20) { edges { node { ... on LegalAct { key name } ... on Document { key name } } } } } } } } }`,
					map[string]any{"key": p.Person}
			},
			Floor: func(p Params) (string, map[string]any) { return personLetters, map[string]any{"key": p.Person} },
			JhagraphAnswer: func(d map[string]any) Answer {
				n := obj(d, "node")
				a := Answer{Items: []string{str(n["name"])}}
				for _, doc := range edges(obj(n, "signed")) {
					a.Items = append(a.Items, str(doc["id"]))
					for _, c := range edges(obj(doc, "cites")) {
						a.Set = append(a.Set, str(doc["id"])+" "+keyOf(str(obj(c, "node")["id"])))
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			LibraryAnswer: func(d map[string]any) Answer {
				ps := list(d["people"])
				if len(ps) == 0 {
					return Answer{}
				}
				n := obj(ps[0])
				a := Answer{Items: []string{str(n["name"])}}
				for _, doc := range edges(obj(n, "signedConnection")) {
					a.Items = append(a.Items, str(doc["key"]))
					for _, c := range edges(obj(doc, "citesConnection")) {
						a.Set = append(a.Set, str(doc["key"])+" "+str(c["key"]))
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			FloorAnswer: func(rows []map[string]any) Answer {
				if len(rows) == 0 {
					return Answer{}
				}
				a := Answer{Items: []string{str(rows[0]["name"])}}
				for _, doc := range list(rows[0]["docs"]) {
					a.Items = append(a.Items, str(obj(doc)["key"]))
					for _, c := range list(obj(doc)["cites"]) {
						if k := str(obj(c)["key"]); k != "" {
							a.Set = append(a.Set, str(obj(doc)["key"])+" "+k)
						}
					}
				}
				a.Set = sorted(a.Set)
				return a
			},
			Empty: func(a Answer, p Params) bool { return len(a.Items) < 2 },
		},
		{
			Name: "e", Title: "a search",
			Jhagraph: func(p Params) (string, map[string]any) {
				return `query E($q: String!) { search(query: $q, first: 10) { score node { id name } } }`, map[string]any{"q": p.Search}
			},
			Library: func(p Params) (string, map[string]any) {
				return `query E($q: String!) { search(query: $q, first: 10) { score key name } }`, map[string]any{"q": p.Lucene}
			},
			Floor: func(p Params) (string, map[string]any) {
				return search, map[string]any{"q": p.Lucene, "first": int64(10)}
			},
			JhagraphAnswer: func(d map[string]any) Answer {
				var a Answer
				for _, h := range list(d["search"]) {
					a.Set = append(a.Set, keyOf(str(obj(h, "node")["id"])))
				}
				a.Set = sorted(a.Set)
				return a
			},
			LibraryAnswer: func(d map[string]any) Answer {
				var a Answer
				for _, h := range list(d["search"]) {
					a.Set = append(a.Set, str(obj(h)["key"]))
				}
				a.Set = sorted(a.Set)
				return a
			},
			FloorAnswer: func(rows []map[string]any) Answer {
				var a Answer
				for _, r := range rows {
					a.Set = append(a.Set, str(r["key"]))
				}
				a.Set = sorted(a.Set)
				return a
			},
			Empty: func(a Answer, p Params) bool { return len(a.Set) == 0 },
		},
	}
	// (b) for jhagraph: its timeline field when the schema has it, else the
	// act's citing letters and positions.
	b := &qs[1]
	if jhagraphHasTimeline {
		b.Jhagraph = func(p Params) (string, map[string]any) {
			return `query B($id: ID!) { timeline(id: $id, first: 20) { edges { node { date kind node { id name } } } } }`,
				map[string]any{"id": "celex:" + p.Act}
		}
		b.JhagraphAnswer = func(d map[string]any) Answer {
			var a Answer
			for _, n := range edges(obj(d, "timeline")) {
				a.Items = append(a.Items, str(n["date"])+" "+str(n["kind"])+" "+keyOf(str(obj(n, "node")["id"])))
			}
			return a
		}
	} else {
		b.Title += " (citedBy + positions: no timeline field yet)"
		b.Jhagraph = func(p Params) (string, map[string]any) {
			return `query B($act: String!) { legalAct(ref: $act) { citedBy(first: 20) { edges { node { id date title } } } positions(first: 20) { edges { node { id date stance } } } } }`,
				map[string]any{"act": p.Act}
		}
		b.JhagraphAnswer = func(d map[string]any) Answer {
			var a Answer
			for _, n := range edges(obj(d, "legalAct", "citedBy")) {
				a.Items = append(a.Items, str(n["date"])+" DOCUMENT "+str(n["id"]))
			}
			return a
		}
	}
	return qs
}

// meetingAnswer: the meeting's name, then per agenda item its title and how
// many positions came with it.
func meetingAnswer(name string, agenda []any, positions func(map[string]any) int) Answer {
	a := Answer{Items: []string{name}}
	for _, it := range agenda {
		m := obj(it)
		a.Items = append(a.Items, fmt.Sprintf("%s [%s] %d", str(m["title"]), str(m["format"]), positions(m)))
	}
	return a
}

// floorRows runs a floor query and returns its records as maps. It reads the
// way jhagraph's store does (graph.Store.read): an auto-commit transaction in
// a read session on the named database, one round trip.
func floorRows(ctx context.Context, d neo4j.DriverWithContext, db, q string, params map[string]any) ([]map[string]any, error) {
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	res, err := session.Run(ctx, q, params, neo4j.WithTxTimeout(30*time.Second))
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]map[string]any, len(recs))
	for i, r := range recs {
		rows[i] = r.AsMap()
	}
	return rows, nil
}
