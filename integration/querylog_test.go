package integration

import (
	"sync"

	"jhagraph/graph"
)

// sentQuery is a Cypher statement a store sent, with its parameters.
type sentQuery struct {
	Cypher string
	Params map[string]any
}

// queryLog records the Cypher statements a store sends (graph.Config.OnQuery),
// for the tests that count them, list them or profile them.
type queryLog struct {
	mu   sync.Mutex
	sent []sentQuery
}

func (l *queryLog) record(q string, p map[string]any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent = append(l.sent, sentQuery{q, p})
}

// count is how many statements were sent so far.
func (l *queryLog) count() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return int64(len(l.sent))
}

// since returns the statements sent after the first n.
func (l *queryLog) since(n int64) []sentQuery {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]sentQuery(nil), l.sent[n:]...)
}

// logged is an API on the test graph of a through a store of its own whose
// statements log records; it closes when the test ends.
func (a *api) logged() (*api, *queryLog) {
	log := &queryLog{}
	return a.withStore(func(c *graph.Config) { c.OnQuery = log.record }), log
}
