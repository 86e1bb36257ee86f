package graph_test

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"jhagraph/graph"
	"jhagraph/graph/graphtest"
)

// letter builds a small document graph: a letter that cites an act and a
// Kamerstuk, mentions a country and is signed by a minister.
func letter(key, date string, acts ...string) graph.DocumentGraph {
	ev := func(q string) graph.Evidence {
		return graph.Evidence{Doc: key, Quote: q, Start: 0, End: len([]rune(q))}
	}
	doc := graph.Ref{Kind: graph.KindDocument, Key: key}
	person := graph.Entity{Kind: graph.KindPerson, Key: "d-yesilgoz-zegerius", Name: "D. Yeşilgöz-Zegerius"}
	office := graph.Entity{Kind: graph.KindOffice, Key: "minister-van-justitie-en-veiligheid", Name: "Minister van Justitie en Veiligheid"}
	ro := graph.Entity{Kind: graph.KindCountry, Key: "RO", Name: "Roemenië", Props: map[string]any{"memberState": true}}
	cited := graph.Entity{Kind: graph.KindDocument, Key: "kst-32317-866", Name: "Kamerstuk 32 317, nr. 866",
		Props: map[string]any{"dossier": "32317", "number": "866"}}
	g := graph.DocumentGraph{
		Document: graph.Document{Key: key, Dossier: "32317", Number: key[10:], Date: date, Title: "Brief " + key, Text: "text of " + key},
		Entities: []graph.Entity{person, office, ro, cited},
		Relations: []graph.Relation{
			{Type: graph.RelSigned, From: person.Ref(), To: doc, Props: map[string]any{"office": office.Name, "order": 1}, Evidence: ev("De Minister van Justitie en Veiligheid")},
			{Type: graph.RelHeldOffice, From: person.Ref(), To: office.Ref(), Props: map[string]any{"date": date}, Evidence: ev("De Minister")},
			{Type: graph.RelMentions, From: doc, To: ro.Ref(), Evidence: ev("Roemenië")},
			{Type: graph.RelCites, From: doc, To: cited.Ref(), Props: map[string]any{"ref": "Kamerstuk 32 317, nr. 866"}, Evidence: ev("(Kamerstuk 32 317, nr. 866)")},
		},
	}
	for _, celex := range acts {
		a := graph.Entity{Kind: graph.KindLegalAct, Key: celex, Name: "Act " + celex, Aliases: []string{"alias " + celex}}
		g.Entities = append(g.Entities, a)
		g.Relations = append(g.Relations, graph.Relation{Type: graph.RelCites, From: doc, To: a.Ref(), Props: map[string]any{"ref": celex}, Evidence: ev("cites " + celex)})
	}
	return g
}

func mustWrite(t *testing.T, st *graph.Store, g graph.DocumentGraph) graph.WriteStats {
	t.Helper()
	s, err := st.Write(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func counts(t *testing.T, st *graph.Store) graph.Counts {
	t.Helper()
	c, err := st.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestWriteIsIdempotent(t *testing.T) {
	st := graphtest.Open(t)
	g := letter("kst-32317-867", "2024-01-15", "32011L0098", "32011L0036")
	mustWrite(t, st, g)
	once := counts(t, st)
	want := graph.Counts{
		Nodes: map[graph.Kind]int{graph.KindDocument: 2, graph.KindPerson: 1, graph.KindOffice: 1, graph.KindLegalAct: 2,
			graph.KindCountry: 1},
		Relations: map[graph.RelType]int{graph.RelSigned: 1, graph.RelHeldOffice: 1, graph.RelMentions: 1, graph.RelCites: 3},
	}
	for _, k := range graph.Kinds {
		if once.Nodes[k] != want.Nodes[k] {
			t.Errorf("after one write: %d %s nodes, want %d", once.Nodes[k], k, want.Nodes[k])
		}
	}
	for _, r := range graph.RelTypes {
		if once.Relations[r] != want.Relations[r] {
			t.Errorf("after one write: %d %s relations, want %d", once.Relations[r], r, want.Relations[r])
		}
	}
	s := mustWrite(t, st, g)
	if s.Removed != 0 {
		t.Errorf("re-write removed %d relations, want 0", s.Removed)
	}
	if twice := counts(t, st); !reflect.DeepEqual(once, twice) {
		t.Errorf("counts changed on re-write:\nonce  %v\ntwice %v", once, twice)
	}
}

func TestRewriteDropsFactsNoLongerSupported(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	mustWrite(t, st, letter("kst-32317-867", "2024-01-15", "32011L0098", "32011L0036"))
	// The letter changes: it no longer cites 2011/36/EU.
	s := mustWrite(t, st, letter("kst-32317-867", "2024-01-16", "32011L0098"))
	if s.Removed != 1 {
		t.Errorf("removed %d relations, want 1", s.Removed)
	}
	if _, err := st.Node(ctx, graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0036"}, graph.Full()); err != graph.ErrNotFound {
		t.Errorf("the act only the old version cited is still there (err %v)", err)
	}
	d, err := st.Node(ctx, graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-867"}, graph.Full())
	if err != nil {
		t.Fatal(err)
	}
	if d.Str("date") != "2024-01-16" {
		t.Errorf("date %q, want the new 2024-01-16", d.Str("date"))
	}
}

func TestSharedEntitiesAndStubs(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	// 868 cites 867 before 867 is ingested: 867 is a stub, then becomes whole.
	g868 := letter("kst-32317-868", "2024-02-01", "32011L0098")
	stub := graph.Entity{Kind: graph.KindDocument, Key: "kst-32317-867", Name: "Kamerstuk 32 317, nr. 867"}
	g868.Entities = append(g868.Entities, stub)
	g868.Relations = append(g868.Relations, graph.Relation{Type: graph.RelCites, From: graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-868"},
		To: stub.Ref(), Evidence: graph.Evidence{Doc: "kst-32317-868", Quote: "x", End: 1}})
	mustWrite(t, st, g868)
	n, err := st.Node(ctx, stub.Ref(), graph.Full())
	if err != nil || n.Bool("ingested") {
		t.Fatalf("stub: %v, ingested %v", err, n.Bool("ingested"))
	}
	mustWrite(t, st, letter("kst-32317-867", "2024-01-15", "32011L0098"))
	mustWrite(t, st, g868) // re-ingesting the citing letter must not turn 867 back into a stub
	n, err = st.Node(ctx, stub.Ref(), graph.Full())
	if err != nil || !n.Bool("ingested") || n.Str("title") != "Brief kst-32317-867" {
		t.Fatalf("ingested 867: %v, %v", err, n.Props)
	}
	c := counts(t, st)
	if c.Nodes[graph.KindPerson] != 1 || c.Nodes[graph.KindLegalAct] != 1 || c.Nodes[graph.KindDocument] != 3 {
		t.Errorf("shared entities duplicated: %v", c.Nodes)
	}
	page, err := st.Documents(ctx, graph.DocFilter{Cites: &graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0098"}}, graph.PageArgs{First: 10}, graph.Full())
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range page.Docs {
		keys = append(keys, d.Key)
		if len(d.Signatories) != 1 || d.Signatories[0].Person.Name != "D. Yeşilgöz-Zegerius" || d.Signatories[0].Office != "Minister van Justitie en Veiligheid" {
			t.Errorf("%s signatories: %+v", d.Key, d.Signatories)
		}
	}
	if !reflect.DeepEqual(keys, []string{"kst-32317-868", "kst-32317-867"}) {
		t.Errorf("documents citing 32011L0098: %v, want newest first", keys)
	}
}

func TestConcurrentWritersCreateNoDuplicates(t *testing.T) {
	st := graphtest.Open(t)
	// A second store: a second driver, as a second process would have.
	st2, err := graph.Open(context.Background(), graphtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close(context.Background())
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := st
			if i%2 == 1 {
				s = st2
			}
			_, err := s.Write(context.Background(), letter(fmt.Sprintf("kst-32317-%d", 900+i), "2024-01-15", "32011L0098", "32001L0055"))
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	c := counts(t, st)
	if c.Nodes[graph.KindPerson] != 1 || c.Nodes[graph.KindLegalAct] != 2 || c.Nodes[graph.KindCountry] != 1 || c.Nodes[graph.KindDocument] != 41 {
		t.Errorf("nodes after concurrent writes: %v", c.Nodes)
	}
	if c.Relations[graph.RelCites] != 120 {
		t.Errorf("%d CITES relations, want 120", c.Relations[graph.RelCites])
	}
}

// Relations are created, not merged; the same letter written by several
// writers at once must still end up once: when it is new, when another
// letter named it first (a stub) and when it was written before.
func TestConcurrentWritesOfOneLetterWriteItOnce(t *testing.T) {
	st := graphtest.Open(t)
	st2, err := graph.Open(context.Background(), graphtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close(context.Background())
	g := letter("kst-32317-867", "2024-01-15", "32011L0098", "32011L0036")
	g868 := letter("kst-32317-868", "2024-02-01", "32011L0098")
	stub := graph.Entity{Kind: graph.KindDocument, Key: g.Document.Key, Name: "Kamerstuk 32 317, nr. 867"}
	g868.Entities = append(g868.Entities, stub)
	g868.Relations = append(g868.Relations, graph.Relation{Type: graph.RelCites, From: graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-868"},
		To: stub.Ref(), Evidence: graph.Evidence{Doc: "kst-32317-868", Quote: "x", End: 1}})
	for _, c := range []struct {
		name   string
		before []graph.DocumentGraph
	}{
		{"new", nil},
		{"stub", []graph.DocumentGraph{g868}},
		{"written before", []graph.DocumentGraph{g868, g}},
	} {
		graphtest.Wipe(t, graphtest.Config(t))
		for _, b := range c.before {
			mustWrite(t, st, b)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for i := 0; i < 16; i++ {
			wg.Add(1)
			go func(s *graph.Store) {
				defer wg.Done()
				_, err := s.Write(context.Background(), g)
				errs <- err
			}([]*graph.Store{st, st2}[i%2])
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		many := counts(t, st)
		graphtest.Wipe(t, graphtest.Config(t))
		for _, b := range append(c.before, g) {
			mustWrite(t, st, b)
		}
		if once := counts(t, st); !reflect.DeepEqual(once, many) {
			t.Errorf("%s: 16 concurrent writes of one letter:\n%v\none write:\n%v", c.name, many, once)
		}
	}
}

func TestBadGraphWritesNothing(t *testing.T) {
	st := graphtest.Open(t)
	g := letter("kst-32317-867", "2024-01-15", "32011L0098")
	g.Relations = append(g.Relations, graph.Relation{Type: graph.RelCites, From: graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-867"},
		To: graph.Ref{Kind: graph.KindLegalAct, Key: "32099L0001"}})
	if _, err := st.Write(context.Background(), g); err == nil {
		t.Fatal("a relation to an entity the graph does not hold was written")
	}
	bad := letter("kst-32317-867", "2024-01-15")
	bad.Entities[0].Props = map[string]any{"nested": map[string]any{"a": 1}}
	if _, err := st.Write(context.Background(), bad); err == nil {
		t.Fatal("a property Neo4j cannot store was accepted")
	}
	clash := letter("kst-32317-867", "2024-01-15")
	clash.Relations[0].Props = map[string]any{"start": "2022-01-10"}
	if _, err := st.Write(context.Background(), clash); err == nil {
		t.Fatal("a relation property that would overwrite its evidence was accepted")
	}
	c := counts(t, st)
	for k, n := range c.Nodes {
		if n != 0 {
			t.Errorf("%d %s nodes after failed writes", n, k)
		}
	}
}

func TestPagingAndCount(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	for i := 0; i < 7; i++ {
		mustWrite(t, st, letter(fmt.Sprintf("kst-32317-%d", 870+i), fmt.Sprintf("2024-01-%02d", 10+i%3), "32011L0098"))
	}
	f := graph.DocFilter{Cites: &graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0098"}}
	n, err := st.CountDocuments(ctx, f)
	if err != nil || n != 7 {
		t.Fatalf("count %d, %v; want 7", n, err)
	}
	var all []string
	after := ""
	for {
		p, err := st.Documents(ctx, f, graph.PageArgs{First: 3, After: after}, graph.Full())
		if err != nil {
			t.Fatal(err)
		}
		for i, d := range p.Docs {
			all = append(all, d.Str("date")+" "+d.Key)
			after = p.Cursors[i]
		}
		if !p.HasNext {
			break
		}
	}
	if len(all) != 7 {
		t.Fatalf("paged through %d documents, want 7: %v", len(all), all)
	}
	for i := 1; i < len(all); i++ {
		if all[i-1][:10] < all[i][:10] || (all[i-1][:10] == all[i][:10] && all[i-1] > all[i]) {
			t.Errorf("not in date-desc, key-asc order: %v", all)
		}
	}
	if _, err := st.Documents(ctx, f, graph.PageArgs{First: 3, After: "not-a-cursor"}, graph.Full()); err != graph.ErrBadCursor {
		t.Errorf("bad cursor: %v", err)
	}
	edges, err := st.Relations(ctx, graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0098"}, graph.RelFilter{Direction: graph.In}, graph.PageArgs{First: 100})
	if err != nil || len(edges.Edges) != 7 {
		t.Fatalf("relations of the act: %d, %v", len(edges.Edges), err)
	}
	e := edges.Edges[0]
	if e.Type != graph.RelCites || e.Outgoing || e.Node.Kind != graph.KindDocument || e.Evidence.Quote != "cites 32011L0098" || e.Props["ref"] != "32011L0098" {
		t.Errorf("edge: %+v", e)
	}
}

func TestSearch(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	mustWrite(t, st, letter("kst-32317-867", "2024-01-15", "32011L0098"))
	if err := st.Seed(ctx, []graph.Entity{{Kind: graph.KindLegalAct, Key: "32001L0055", Name: "Temporary Protection Directive",
		Aliases: []string{"Richtlijn Tijdelijke Bescherming"}}}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"tijdelijke bescherming": "celex:32001L0055",
		"Yeşilgöz":               "person:d-yesilgoz-zegerius",
		"Roemen":                 "country:RO",
		"alias 32011L0098":       "celex:32011L0098",
		"(":                      "",
	} {
		hits, err := st.Search(ctx, q, 5, graph.AllColumns)
		if err != nil {
			t.Fatalf("search %q: %v", q, err)
		}
		got := ""
		if len(hits) > 0 {
			got = hits[0].Node.ID()
		}
		if got != want {
			t.Errorf("search %q: first hit %q, want %q", q, got, want)
		}
	}
}

func TestDistinctRelations(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	meeting := graph.Entity{Kind: graph.KindCouncilMeeting, Key: "jha-2024-01-25", Name: "JHA Council"}
	item := graph.Entity{Kind: graph.KindAgendaItem, Key: "jha-2024-01-25:I.1", Name: "Migratie"}
	// Two letters (an agenda and a report) both list the same item.
	for _, key := range []string{"kst-32317-867", "kst-32317-872"} {
		g := letter(key, "2024-01-15")
		g.Entities = append(g.Entities, meeting, item)
		g.Relations = append(g.Relations, graph.Relation{Type: graph.RelHasItem, From: meeting.Ref(), To: item.Ref(),
			Evidence: graph.Evidence{Doc: key, Quote: "1. Migratie", End: 11}})
		mustWrite(t, st, g)
	}
	f := graph.RelFilter{Types: []graph.RelType{graph.RelHasItem}, Direction: graph.Out}
	all, err := st.Relations(ctx, meeting.Ref(), f, graph.PageArgs{First: 10})
	if err != nil || len(all.Edges) != 2 {
		t.Fatalf("HAS_ITEM relations, one per letter: %d, %v", len(all.Edges), err)
	}
	f.Distinct = true
	one, err := st.Relations(ctx, meeting.Ref(), f, graph.PageArgs{First: 10})
	if err != nil || len(one.Edges) != 1 || one.Edges[0].Evidence.Doc != "kst-32317-867" {
		t.Fatalf("distinct agenda items: %+v, %v", one.Edges, err)
	}
	if n, err := st.CountRelations(ctx, meeting.Ref(), f); err != nil || n != 1 {
		t.Errorf("distinct count %d, %v", n, err)
	}
}

// A graph written before positions and relations carried ranks (rank.go)
// gets them from Setup, so that its agenda items, signers and acts still
// list their positions and letters; a rewrite that takes a position off its
// item takes it off the item's list.
func TestRanksBackfilledAndRemoved(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	g := letter("kst-32317-867", "2024-01-15")
	doc := graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-867"}
	item := graph.Entity{Kind: graph.KindAgendaItem, Key: "jha-2024-01-25:I.1", Name: "Asiel"}
	ev := graph.Evidence{Doc: doc.Key, Quote: "Nederland steunt dit.", End: 21}
	g.Entities = append(g.Entities, item)
	for i := 1; i <= 12; i++ {
		p := graph.Entity{Kind: graph.KindPosition, Key: fmt.Sprintf("%s:%d", doc.Key, i), Name: "steunt",
			Props: map[string]any{"date": "2024-01-15", "agendaItem": item.Key, "stance": "support"}}
		g.Entities = append(g.Entities, p)
		g.Relations = append(g.Relations, graph.Relation{Type: graph.RelStatedIn, From: p.Ref(), To: doc, Evidence: ev},
			graph.Relation{Type: graph.RelStatedIn, From: p.Ref(), To: item.Ref(), Evidence: ev})
	}
	mustWrite(t, st, g)
	keys := func() []string {
		t.Helper()
		page, err := st.Positions(ctx, graph.PositionFilter{Item: item.Key}, graph.PageArgs{First: 50}, graph.Full())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range page.Positions {
			out = append(out, n.Key)
		}
		return out
	}
	want := keys()
	if len(want) != 12 || want[1] != doc.Key+":2" || want[9] != doc.Key+":10" {
		t.Fatalf("the item's positions: %v, want :1 to :12 in order", want)
	}
	// One at a time: a page is re-sorted after it is read, so only paging
	// shows whether the ranks order the list.
	docs := func(f graph.DocFilter) []string {
		t.Helper()
		var out []string
		after := ""
		for len(out) < 10 {
			page, err := st.Documents(ctx, f, graph.PageArgs{First: 1, After: after}, graph.Full())
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range page.Docs {
				out = append(out, n.Key)
			}
			if !page.HasNext {
				break
			}
			after = page.Cursors[0]
		}
		return out
	}
	mustWrite(t, st, letter("kst-32317-868", "2024-02-01", "32011L0098"))
	mustWrite(t, st, letter("kst-32317-869", "2023-12-01", "32011L0098"))
	mustWrite(t, st, letter("kst-32317-870", "", "32011L0098")) // undated: last
	signer := graph.DocFilter{SignedBy: &graph.Ref{Kind: graph.KindPerson, Key: "d-yesilgoz-zegerius"}}
	citing := graph.DocFilter{Cites: &graph.Ref{Kind: graph.KindLegalAct, Key: "32011L0098"}}
	wantSigned, wantCiting := docs(signer), docs(citing)
	if !reflect.DeepEqual(wantSigned, []string{"kst-32317-868", "kst-32317-867", "kst-32317-869", "kst-32317-870"}) ||
		!reflect.DeepEqual(wantCiting, []string{"kst-32317-868", "kst-32317-869", "kst-32317-870"}) {
		t.Fatalf("signed %v, citing %v", wantSigned, wantCiting)
	}
	// As an older version wrote them.
	run := func(q string) {
		t.Helper()
		graphtest.Query(t, graphtest.Config(t), q, nil)
	}
	for _, q := range []string{"MATCH (n:Position) REMOVE n.itemRank", "MATCH ()-[r:SIGNED|CITES|MENTIONS]->() REMOVE r.rank",
		"DROP INDEX position_item_rank", "DROP INDEX rel_signed_rank", "DROP INDEX rel_cites_rank", "DROP INDEX rel_mentions_rank"} {
		run(q)
	}
	if got := keys(); len(got) != 0 {
		t.Fatalf("without itemRank the item still lists %v: the test does not test the backfill", got)
	}
	if got := docs(signer); len(got) != 0 {
		t.Fatalf("without ranks the signer still has %v: the test does not test the backfill", got)
	}
	if err := st.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	if got := keys(); !reflect.DeepEqual(got, want) {
		t.Errorf("after Setup the item lists %v, want %v", got, want)
	}
	if got := docs(signer); !reflect.DeepEqual(got, wantSigned) {
		t.Errorf("after Setup the signer has %v, want %v", got, wantSigned)
	}
	if got := docs(citing); !reflect.DeepEqual(got, wantCiting) {
		t.Errorf("after Setup the act is cited by %v, want %v", got, wantCiting)
	}
	// The letter changes: position 3 is no longer under the item.
	p3 := &g.Entities[len(g.Entities)-12+2]
	p3.Props = map[string]any{"date": "2024-01-15", "stance": "support"}
	var rels []graph.Relation
	for _, r := range g.Relations {
		if !(r.From == p3.Ref() && r.To == item.Ref()) {
			rels = append(rels, r)
		}
	}
	g.Relations = rels
	mustWrite(t, st, g)
	if got := keys(); len(got) != 11 || got[2] != doc.Key+":4" {
		t.Errorf("after the rewrite the item lists %v, want all but :3", got)
	}
}

// A ranked list is the range of its owner's id followed by a space; an id
// that begins another (kst-32317-86, kst-32317-866) must not share its list.
func TestRankedListsOfIDsThatBeginOthers(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	g := letter("kst-32317-870", "2024-03-01") // cites kst-32317-866
	short := graph.Entity{Kind: graph.KindDocument, Key: "kst-32317-86", Name: "Kamerstuk 32 317, nr. 86"}
	g.Entities = append(g.Entities, short)
	g.Relations = append(g.Relations, graph.Relation{Type: graph.RelCites, From: graph.Ref{Kind: graph.KindDocument, Key: "kst-32317-870"},
		To: short.Ref(), Evidence: graph.Evidence{Doc: "kst-32317-870", Quote: "nr. 86", End: 6}})
	mustWrite(t, st, g)
	mustWrite(t, st, letter("kst-32317-871", "2024-03-02"))
	for key, want := range map[string][]string{"kst-32317-86": {"kst-32317-870"}, "kst-32317-866": {"kst-32317-871", "kst-32317-870"}} {
		f := graph.DocFilter{Cites: &graph.Ref{Kind: graph.KindDocument, Key: key}}
		page, err := st.Documents(ctx, f, graph.PageArgs{First: 10, Count: true}, graph.Full())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range page.Docs {
			got = append(got, n.Key)
		}
		if !reflect.DeepEqual(got, want) || page.Total != len(want) {
			t.Errorf("citing %s: %v (total %d), want %v", key, got, page.Total, want)
		}
	}
}

// Ranks order an entity's letters newest first, a timeline oldest first:
// read from the rank index downwards, the letters of one day come last key
// first, and a page may end among them. Timelines read from ranks must
// still equal the expanded ones, paged by any size.
func TestTimelineFromRanksKeepsLettersOfOneDayInKeyOrder(t *testing.T) {
	st := graphtest.Open(t)
	ctx := context.Background()
	// The same graph read the two ways: expanded from the entity, and
	// from the rank indexes.
	open := func(ranks bool) *graph.Store {
		cfg := graphtest.Config(t)
		cfg.TimelineScanFactor, cfg.TimelineNoRanks = -1, !ranks
		s, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close(ctx) })
		return s
	}
	expanded, ranked := open(false), open(true)
	const act = "32011L0036"
	n := 0
	for _, day := range []struct {
		date    string
		letters int
	}{{"2024-03-01", 4}, {"2024-03-02", 5}, {"2024-02-28", 3}, {"2023-12-31", 1}, {"", 1}} {
		for i := 0; i < day.letters; i++ {
			n++
			g := letter(fmt.Sprintf("kst-32317-%d", 900+n*7%19), day.date, act)
			if n%4 == 0 { // names the act as well as citing it: one entry
				g.Relations = append(g.Relations, graph.Relation{Type: graph.RelMentions, From: graph.Ref{Kind: graph.KindDocument, Key: g.Document.Key},
					To: graph.Ref{Kind: graph.KindLegalAct, Key: act}, Evidence: graph.Evidence{Doc: g.Document.Key, Quote: "de richtlijn", End: 12}})
			}
			mustWrite(t, st, g)
		}
	}
	read := func(st *graph.Store, ref graph.Ref, size int) []string {
		t.Helper()
		var out []string
		after := ""
		for i := 0; i < 100; i++ {
			p, err := st.Timeline(ctx, ref, graph.PageArgs{First: size, After: after}, graph.AllColumns)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range p.Entries {
				out = append(out, fmt.Sprintf("%s %s %s %s %s", e.Date, e.Kind, e.Node.Key, e.Relation, e.Evidence.Quote))
				after = e.Cursor
			}
			if !p.HasNext {
				return out
			}
		}
		t.Fatalf("timeline of %s does not end", ref.ID())
		return nil
	}
	for _, ref := range []graph.Ref{{Kind: graph.KindLegalAct, Key: act}, {Kind: graph.KindPerson, Key: "d-yesilgoz-zegerius"}, {Kind: graph.KindCountry, Key: "RO"}} {
		want := read(expanded, ref, 100)
		if len(want) != n-1 { // every dated letter once
			t.Fatalf("timeline of %s, expanded: %d entries, want %d: %v", ref.ID(), len(want), n-1, want)
		}
		for size := 1; size <= 6; size++ {
			if got := read(ranked, ref, size); !reflect.DeepEqual(got, want) {
				t.Errorf("timeline of %s from ranks, pages of %d:\n got %v\nwant %v", ref.ID(), size, got, want)
			}
		}
	}
}
