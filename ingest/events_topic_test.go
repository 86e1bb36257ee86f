package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"jhagraph/graph"
)

// A country after "de situatie in" is what an event is about, not a party
// to it (kst-32317-746: the presidency's decision of 25 February to convene
// a Council on Ukraine is no event of Ukraine); Ukraine is still named.
func TestEventTopicCountry(t *testing.T) {
	g, err := Load(filepath.Join(repoRoot(t), "testdata", "real", "dev", "letters", "kst-32317-746.txt"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range g.Relations {
		if r.Type != graph.RelMentions || r.To.Kind != graph.KindCountry || r.To.Key != "UA" {
			continue
		}
		found = true
		if strings.Contains(fmt.Sprint(r.Props["events"]), "2022-02-25") {
			t.Errorf("Ukraine has the event %v of the decision to convene the Council", r.Props["events"])
		}
	}
	if !found {
		t.Error("Ukraine is not named")
	}
	for s, want := range map[string]bool{"over de situatie in ": true, "de oorlog in ": true, "afspraken met ": false, "de grens in ": false} {
		if got := situationBeforeRe.MatchString(s); got != want {
			t.Errorf("situationBeforeRe(%q) = %v, want %v", s, got, want)
		}
	}
}
