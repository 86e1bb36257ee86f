package graphtest

import (
	"net/url"
	"os"
	"strconv"
	"testing"
)

// ScratchPort is the port of a Neo4j a test starts of its own: the variable
// name's value, else the test server's port (from NEO4J_URI) plus offset.
func ScratchPort(t testing.TB, name string, offset int) string {
	t.Helper()
	if port := os.Getenv(name); port != "" {
		return port
	}
	u, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil || u.Port() == "" {
		t.Fatalf("NEO4J_URI %q has no port to derive a second one from; set %s", os.Getenv("NEO4J_URI"), name)
	}
	p, _ := strconv.Atoi(u.Port())
	return strconv.Itoa(p + offset)
}
