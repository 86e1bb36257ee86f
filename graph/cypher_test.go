package graph

import (
	"regexp"
	"strings"
	"testing"
)

// A nested read is one statement whose text depends only on the shape of
// the request (so that Neo4j plans it once), and whose parameters are all
// given and do not clash across nests and levels.
func TestNestCalls(t *testing.T) {
	act := Ref{Kind: KindLegalAct, Key: "-"}
	person := Ref{Kind: KindPerson, Key: "-"}
	build := func(after string) (string, map[string]any) {
		cols := Columns{Props: []string{"title"}, Sigs: true}
		sh := Shape{Columns: cols, Nests: []Nest{
			{Field: "signed", Conn: Conn{Doc: &DocFilter{SignedBy: &person, DateFrom: "2020-01-01"}, Parent: "signedBy"}, Page: PageArgs{First: 20, After: after},
				Shape: Shape{Columns: cols, Nests: []Nest{{Field: "cites", Conn: Conn{Rel: &RelFilter{Types: []RelType{RelCites}, Direction: Out}}, Page: PageArgs{First: 5}, Shape: Shape{Columns: cols}}}}},
			{Field: "citedBy", Conn: Conn{Doc: &DocFilter{Cites: &act}, Parent: "cites"}, Page: PageArgs{First: 3}, Shape: Shape{Columns: cols}},
			{Field: "positions", Conn: Conn{Pos: &PositionFilter{Actor: &person}, Parent: "actor"}, Page: PageArgs{First: 10}, Shape: Full()},
		}}
		ps := newParams(nil)
		key := ps.add("key", "x")
		calls, cols2, err := nestCalls(sh, "n", ps)
		if err != nil {
			t.Fatal(err)
		}
		if cols2 != ", nest0, nest1, nest2" {
			t.Errorf("columns %q", cols2)
		}
		return "MATCH (n:Person {key: " + key + "}) " + calls + "RETURN n" + cols2, ps.m
	}
	q, params := build("")
	for _, m := range regexp.MustCompile(`\$([A-Za-z0-9_]+)`).FindAllStringSubmatch(q, -1) {
		if _, ok := params[m[1]]; !ok {
			t.Errorf("$%s is used but not given", m[1])
		}
	}
	for _, want := range []string{"n0_limit", "n0_n0_limit", "n0_n0_after", "n1_limit", "n2_limit", "n0_dateFrom"} {
		if _, ok := params[want]; !ok {
			t.Errorf("no parameter %s among %v", want, params)
		}
	}
	if params["n0_limit"] != int64(21) || params["n0_n0_limit"] != int64(6) || params["n1_limit"] != int64(4) {
		t.Errorf("limits: %v %v %v", params["n0_limit"], params["n0_n0_limit"], params["n1_limit"])
	}
	q2, _ := build("")
	if q != q2 {
		t.Errorf("the same request built two texts")
	}
	// A cursor changes parameters, not the text's shape beyond its own clause.
	c := docCursor(Node{Key: "kst-1-1", Props: map[string]any{"date": "2020-02-02"}})
	q3, p3 := build(c)
	if q3 == q || !strings.Contains(q3, "$n0_") || p3["n0_cdate"] == nil && p3["n0_crank"] == nil {
		t.Errorf("a cursor left no trace in the query's parameters: %v", p3)
	}
	// Each nested page imports its parent under a name of its own.
	for _, np := range []string{"WITH n AS np0_0 CALL (np0_0)", "WITH np0_0.key AS pk", "WITH n AS np1_0 CALL (np1_0) { WITH np1_0 AS n MATCH (n)-[r:CITES]->(o)"} {
		if !strings.Contains(q, np) {
			t.Errorf("no %q in %s", np, q)
		}
	}
	if _, _, err := nestCalls(Shape{Nests: []Nest{{Field: "x", Conn: Conn{Rel: &RelFilter{}}, Page: PageArgs{After: "%%%"}}}}, "n", newParams(nil)); err != ErrBadCursor {
		t.Errorf("a bad cursor: %v", err)
	}
	if _, _, err := nestCalls(Shape{Nests: []Nest{{Field: "x"}}}, "n", newParams(nil)); err == nil {
		t.Error("a nest that reads nothing was accepted")
	}
}

// TestFragmentInvariants checks the rules of cypher.go on the fragments
// that statements are built from: each ends with one space, a page binds
// its nodes to n, reads its parent's key from pk when it has a parent, and
// writes its parameters under its paramSet's prefix only.
func TestFragmentInvariants(t *testing.T) {
	person := &Ref{Kind: KindPerson, Key: "p"}
	act := &Ref{Kind: KindLegalAct, Key: "a"}
	doc := docCursor(Node{Key: "kst-1-1", Props: map[string]any{"date": "2020-02-02"}})
	pos := positionCursorOf(Node{Key: "kst-1-1:3", Props: map[string]any{"date": "2020-02-02"}})
	type frag struct {
		name   string
		parent string
		build  func(ps paramSet) (string, error)
	}
	var frags []frag
	for _, f := range []DocFilter{{SignedBy: person}, {Cites: act}, {Mentions: act, Dossier: "1"}, {Text: "x", CitesAll: []Ref{*act}, NotCites: []Ref{*act}}, {SignedBy: person, Oldest: true}} {
		for _, parent := range []string{"", "signedBy", "cites", "mentions"} {
			for _, after := range []string{"", doc} {
				f, parent, after := f, parent, after
				frags = append(frags, frag{"docPage", parent, func(ps paramSet) (string, error) {
					q, _, err := docPage(f, ps, parent, PageArgs{First: 3, After: after})
					return q, err
				}}, frag{"docCount", parent, func(ps paramSet) (string, error) { return docCount(f, ps, parent, "c") }})
			}
		}
	}
	for _, f := range []PositionFilter{{Actor: person}, {Subject: act}, {Item: "i"}, {Item: "i", Stances: []string{"supports"}}, {SubjectText: "x", Document: "kst-1-1"}} {
		for _, parent := range []string{"", "actor", "subject", "item"} {
			for _, after := range []string{"", pos} {
				f, parent, after := f, parent, after
				frags = append(frags, frag{"positionPage", parent, func(ps paramSet) (string, error) {
					q, _, err := positionPage(f, ps, parent, PageArgs{First: 3, After: after})
					return q, err
				}})
			}
		}
	}
	param := regexp.MustCompile(`\$([A-Za-z0-9_]+)`)
	for _, fr := range frags {
		ps := newParams(nil).sub("x_")
		q, err := fr.build(ps)
		if err != nil {
			t.Fatalf("%s: %v", fr.name, err)
		}
		if !strings.HasSuffix(q, " ") || strings.HasSuffix(q, "  ") || strings.Contains(q, "  ") {
			t.Errorf("%s: clauses not each followed by one space: %q", fr.name, q)
		}
		if fr.name != "docCount" && !regexp.MustCompile(`\(n(:[A-Za-z]+)?[ )]`).MatchString(q) {
			t.Errorf("%s: binds no n: %q", fr.name, q)
		}
		if fr.parent == "" && regexp.MustCompile(`\bpk\b`).MatchString(q) {
			t.Errorf("%s without a parent reads pk: %q", fr.name, q)
		}
		for _, m := range param.FindAllStringSubmatch(q, -1) {
			if !strings.HasPrefix(m[1], "x_") {
				t.Errorf("%s: parameter $%s outside its prefix", fr.name, m[1])
			}
			if _, ok := ps.m[m[1]]; !ok {
				t.Errorf("%s: $%s used, not given", fr.name, m[1])
			}
		}
	}
	if p, err := relPattern(KindDocument, RelFilter{Types: []RelType{RelCites}, Direction: In}); err != nil || p != "(n)<-[r:CITES]-(o)" {
		t.Errorf("relPattern: %q %v", p, err)
	}
}
