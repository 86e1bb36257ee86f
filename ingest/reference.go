package ingest

import (
	"sort"

	"jhagraph/graph"
)

// ReferenceEntities returns the reference data the ingester resolves
// against — the legal acts, countries and EU bodies, and the Dutch
// officeholders with their offices — as entities, sorted by kind and key,
// for seeding a store (graph.Store.Seed) so that they exist and are
// searchable before any letter names them. Persons carry Props "terms"
// ("<office key>|<start>|<end>") and offices "holders" ("<person
// key>|<start>|<end>"), so that the graph can answer who held an office on
// a date without any letter.
func ReferenceEntities() []graph.Entity {
	var out []graph.Entity
	for _, r := range actTable() {
		if e, ok := LegalAct(r.CELEX); ok {
			out = append(out, e)
		}
	}
	for _, c := range countryTable() {
		if e, ok := countryEntity(c.Code); ok {
			out = append(out, e)
		}
	}
	for _, o := range orgTable() {
		if e, ok := orgEntity(o.Key); ok {
			out = append(out, e)
		}
	}
	out = append(out, referencePersons()...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Key < out[j].Key
	})
	return out
}
