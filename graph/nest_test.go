package graph

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

// A nested read is one query whose text depends only on the shape of the
// request (so that Neo4j plans it once), and whose parameters are all given
// and do not clash across nests and levels.
func TestNestCalls(t *testing.T) {
	act := Ref{Kind: KindLegalAct, Key: "-"}
	person := Ref{Kind: KindPerson, Key: "-"}
	build := func(after string) (string, map[string]any) {
		cols := Columns{Props: []string{"title"}, Sigs: true}
		ns := []Nest{
			{Name: "nest0", Doc: &DocFilter{SignedBy: &person, DateFrom: "2020-01-01"}, Parent: "signedBy", Page: PageArgs{First: 20, After: after}, Cols: cols,
				Nests: []Nest{{Name: "nest0", Rel: &RelFilter{Types: []RelType{RelCites}, Direction: Out}, Page: PageArgs{First: 5}, Cols: cols}}},
			{Name: "nest1", Doc: &DocFilter{Cites: &act}, Parent: "cites", Page: PageArgs{First: 3}, Cols: cols},
			{Name: "nest2", Pos: &PositionFilter{Actor: &person}, Parent: "actor", Page: PageArgs{First: 10}, Cols: AllColumns},
		}
		params := map[string]any{"key": "x"}
		calls, cols2, err := nestCalls(WithNests(context.Background(), ns), "n", params)
		if err != nil {
			t.Fatal(err)
		}
		if cols2 != ", nest0, nest1, nest2" {
			t.Errorf("columns %q", cols2)
		}
		return "MATCH (n:Person {key: $key}) " + calls + "RETURN n" + cols2, params
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
	if q3 == q || !strings.Contains(q3, "$n0_") || p3["n0_cdate"] == nil && p3["n0_after"] == nil && len(p3) <= len(params) {
		t.Errorf("a cursor left no trace in the query's parameters: %v", p3)
	}
	if strings.Contains(q, "\x00") {
		t.Errorf("placeholder left in %s", q)
	}
	if _, _, err := nestCalls(WithNests(context.Background(), []Nest{{Name: "x y", Rel: &RelFilter{}}}), "n", map[string]any{}); err == nil {
		t.Error("a nest name that is not an identifier was accepted")
	}
	if _, _, err := nestCalls(WithNests(context.Background(), []Nest{{Name: "x", Rel: &RelFilter{}, Page: PageArgs{After: "%%%"}}}), "n", map[string]any{}); err != ErrBadCursor {
		t.Errorf("a bad cursor: %v", err)
	}
}
