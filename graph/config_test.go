package graph_test

import (
	"testing"

	"jhagraph/graph"
)

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "secret", "NEO4J_DATABASE": "jha"}
	got := graph.ConfigFromEnv(func(k string) string { return env[k] })
	want := graph.Config{URI: "bolt://db:7687", User: "neo4j", Password: "secret", Database: "jha"}
	if got.URI != want.URI || got.User != want.User || got.Password != want.Password || got.Database != want.Database {
		t.Errorf("no NEO4J_USER: got %+v, want %+v", got, want)
	}
	env["NEO4J_USER"] = "reader"
	if got := graph.ConfigFromEnv(func(k string) string { return env[k] }); got.User != "reader" {
		t.Errorf("NEO4J_USER=reader: user %q", got.User)
	}
}
