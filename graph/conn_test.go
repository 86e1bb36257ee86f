package graph

import (
	"reflect"
	"testing"
)

// TestConnWithParent: the parent goes into the filter field Parent names,
// the rest of the filter is kept, and the caller's filter is not changed.
func TestConnWithParent(t *testing.T) {
	p := Ref{Kind: KindPerson, Key: "a-voorbeeld"}
	tests := []struct {
		in, want Conn
	}{
		{Conn{Doc: &DocFilter{DateFrom: "2020-01-01"}, Parent: "cites"}, Conn{Doc: &DocFilter{DateFrom: "2020-01-01", Cites: &p}, Parent: "cites"}},
		{Conn{Doc: &DocFilter{}, Parent: "signedBy"}, Conn{Doc: &DocFilter{SignedBy: &p}, Parent: "signedBy"}},
		{Conn{Doc: &DocFilter{}, Parent: "mentions"}, Conn{Doc: &DocFilter{Mentions: &p}, Parent: "mentions"}},
		{Conn{Doc: &DocFilter{}}, Conn{Doc: &DocFilter{Mentions: &p}}},
		{Conn{Pos: &PositionFilter{}, Parent: "actor"}, Conn{Pos: &PositionFilter{Actor: &p}, Parent: "actor"}},
		{Conn{Pos: &PositionFilter{}, Parent: "subject"}, Conn{Pos: &PositionFilter{Subject: &p}, Parent: "subject"}},
		{Conn{Pos: &PositionFilter{}, Parent: "item"}, Conn{Pos: &PositionFilter{Item: p.Key}, Parent: "item"}},
		{Conn{Rel: &RelFilter{Direction: Out}}, Conn{Rel: &RelFilter{Direction: Out}}},
	}
	for _, tt := range tests {
		var saved Conn
		if tt.in.Doc != nil {
			d := *tt.in.Doc
			saved.Doc = &d
		}
		if tt.in.Pos != nil {
			q := *tt.in.Pos
			saved.Pos = &q
		}
		got := tt.in.WithParent(p)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("WithParent of %q: doc %+v, pos %+v, want doc %+v, pos %+v", tt.in.Parent, got.Doc, got.Pos, tt.want.Doc, tt.want.Pos)
		}
		if (saved.Doc != nil && !reflect.DeepEqual(saved.Doc, tt.in.Doc)) || (saved.Pos != nil && !reflect.DeepEqual(saved.Pos, tt.in.Pos)) {
			t.Errorf("WithParent changed the caller's filter: %+v %+v", tt.in.Doc, tt.in.Pos)
		}
	}
}
