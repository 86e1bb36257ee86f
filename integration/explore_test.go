package integration

import (
	"strings"
	"testing"
)

func TestExploreAndAnalyse(t *testing.T) {
	needReal(t)
	a := newAPI(t)

	t.Run("neighbors", func(t *testing.T) {
		var out struct {
			Neighbors struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Type, Direction string
						Node            struct{ ID string }
						Evidence        struct{ Quote string }
					}
				}
			}
			RelationCounts []struct {
				Type, Direction string
				Count           int
			}
		}
		a.query(`{ neighbors(id: "kst-32317-867", relations: [SIGNED], direction: IN) { totalCount edges { node { type direction node { id } evidence { quote } } } }
			relationCounts(id: "kst-32317-867") { type direction count } }`, nil, &out)
		if out.Neighbors.TotalCount != 3 || len(out.Neighbors.Edges) != 3 {
			t.Fatalf("signers of the letter: %+v", out.Neighbors)
		}
		for _, e := range out.Neighbors.Edges {
			if e.Node.Type != "SIGNED" || e.Node.Direction != "IN" || !strings.HasPrefix(e.Node.Node.ID, "person:") || e.Node.Evidence.Quote == "" {
				t.Errorf("edge %+v", e)
			}
		}
		signed := 0
		for _, c := range out.RelationCounts {
			if c.Type == "SIGNED" && c.Direction == "IN" {
				signed = c.Count
			}
		}
		if signed != 3 {
			t.Errorf("relationCounts: %+v", out.RelationCounts)
		}
	})

	t.Run("paths", func(t *testing.T) {
		var out struct {
			Paths []struct {
				Length int
				Nodes  []struct{ ID string }
				Steps  []struct {
					Type, From, To string
					Evidence       struct{ Quote string }
				}
			}
		}
		a.query(`{ paths(from: "person:f-m-weerwind", to: "celex:32011L0098", maxHops: 4) { length nodes { id } steps { type from to evidence { quote } } } }`, nil, &out)
		if len(out.Paths) == 0 {
			t.Fatal("no path from Weerwind to 2011/98/EU")
		}
		p := out.Paths[0]
		if p.Length != 2 || p.Nodes[0].ID != "person:f-m-weerwind" || p.Nodes[len(p.Nodes)-1].ID != "celex:32011L0098" || len(p.Steps) != 2 {
			t.Fatalf("path: %+v", p)
		}
		if p.Steps[0].Type != "SIGNED" || p.Steps[0].From != "person:f-m-weerwind" || (p.Steps[1].Type != "CITES" && p.Steps[1].Type != "MENTIONS") || p.Steps[1].Evidence.Quote == "" {
			t.Errorf("steps: %+v", p.Steps)
		}
	})

	t.Run("timeline", func(t *testing.T) {
		var out struct {
			Timeline struct {
				TotalCount int
				Edges      []struct {
					Cursor string
					Node   struct {
						Date, Kind, Relation string
						Node                 struct{ ID string }
					}
				}
				PageInfo struct{ HasNextPage bool }
			}
		}
		a.query(`{ timeline(id: "celex:32011L0098", first: 50) { totalCount edges { cursor node { date kind relation node { id } } } pageInfo { hasNextPage } } }`, nil, &out)
		tl := out.Timeline
		if tl.TotalCount != len(tl.Edges) || tl.TotalCount < 2 {
			t.Fatalf("timeline of 2011/98/EU: %+v", tl)
		}
		found := false
		for i, e := range tl.Edges {
			if i > 0 && tl.Edges[i-1].Node.Date > e.Node.Date {
				t.Errorf("timeline not in date order: %+v", tl.Edges)
			}
			found = found || (e.Node.Node.ID == "kst-32317-867" && e.Node.Kind == "DOCUMENT" && e.Node.Date == "2024-01-15")
		}
		if !found {
			t.Errorf("kst-32317-867 not in the act's timeline: %+v", tl.Edges)
		}
		// Paging through one at a time gives the same entries.
		var ids []string
		after := ""
		for i := 0; i < 50; i++ {
			var page struct {
				Timeline struct {
					Edges []struct {
						Cursor string
						Node   struct{ Node struct{ ID string } }
					}
					PageInfo struct{ HasNextPage bool }
				}
			}
			a.query(`query($after: String) { timeline(id: "celex:32011L0098", first: 1, after: $after) { edges { cursor node { node { id } } } pageInfo { hasNextPage } } }`,
				map[string]any{"after": after}, &page)
			for _, e := range page.Timeline.Edges {
				ids = append(ids, e.Node.Node.ID)
				after = e.Cursor
			}
			if !page.Timeline.PageInfo.HasNextPage {
				break
			}
		}
		if len(ids) != len(tl.Edges) {
			t.Errorf("paged timeline has %d entries, whole %d", len(ids), len(tl.Edges))
		}
	})

	t.Run("office holders", func(t *testing.T) {
		var out struct {
			OfficeHolders []struct {
				Person     struct{ Name string }
				Start, End string
				Evidence   *struct{ DocumentID string }
			}
		}
		a.query(`{ officeHolders(office: "Minister van Justitie en Veiligheid", on: "2024-01-15") { person { name } start end evidence { documentId } } }`, nil, &out)
		if len(out.OfficeHolders) != 1 {
			t.Fatalf("holders on 2024-01-15: %+v", out.OfficeHolders)
		}
		h := out.OfficeHolders[0]
		if h.Person.Name != "D. Yeşilgöz-Zegerius" || h.Start == "" || h.Start > "2024-01-15" || (h.End != "" && h.End < "2024-01-15") || h.Evidence == nil {
			t.Errorf("holder: %+v", h)
		}
	})

	t.Run("filters and aggregations", func(t *testing.T) {
		var out struct {
			Both, ButNot, Oldest struct {
				Edges []struct{ Node struct{ ID, Date string } }
			}
			CitationsPerYear []struct {
				Year  string
				Count int
			}
			MentionsPerCountry []struct {
				Country struct{ ID string }
				Count   int
			}
		}
		a.query(`{
			both: documents(filter: {cites: "2011/98/EU", citesAll: ["2011/36/EU"]}) { edges { node { id date } } }
			butNot: documents(filter: {cites: "2011/98/EU", notCites: ["2011/36/EU"]}) { edges { node { id date } } }
			oldest: documents(orderBy: OLDEST_FIRST, first: 100) { edges { node { id date } } }
			citationsPerYear(act: "Richtlijn 2011/98/EU") { year count }
			mentionsPerCountry(memberStatesOnly: true) { country { id } count }
		}`, nil, &out)
		if len(out.Both.Edges) == 0 || out.Both.Edges[0].Node.ID != "kst-32317-867" {
			t.Errorf("letters citing 2011/98/EU and 2011/36/EU: %+v", out.Both)
		}
		for _, e := range out.ButNot.Edges {
			if e.Node.ID == "kst-32317-867" {
				t.Errorf("kst-32317-867 cites 2011/36/EU but is among the letters that do not")
			}
		}
		for i := 1; i < len(out.Oldest.Edges); i++ {
			if out.Oldest.Edges[i-1].Node.Date > out.Oldest.Edges[i].Node.Date {
				t.Errorf("OLDEST_FIRST out of order: %+v", out.Oldest.Edges)
			}
		}
		y2024 := 0
		for _, y := range out.CitationsPerYear {
			if y.Year == "2024" {
				y2024 = y.Count
			}
		}
		if y2024 < 1 {
			t.Errorf("citationsPerYear: %+v", out.CitationsPerYear)
		}
		for i, c := range out.MentionsPerCountry {
			if c.Count < 1 || (i > 0 && out.MentionsPerCountry[i-1].Count < c.Count) {
				t.Errorf("mentionsPerCountry not counted or not sorted: %+v", out.MentionsPerCountry)
				break
			}
		}
	})
}
