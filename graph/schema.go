package graph

import "strings"

// FullTextIndex is the name of the full-text index over names, aliases and
// titles that search uses.
const FullTextIndex = "entity_search"

// schemaStatements returns the idempotent DDL: a uniqueness constraint on the
// canonical key of every kind, an index on the evidence document of every
// relation type (used to find the facts a re-ingested letter no longer
// supports), a few lookup indexes, and the full-text index.
//
// Labels and relationship types cannot be parameters in Cypher; they come
// from the closed lists Kinds and RelTypes, never from input.
func schemaStatements() []string {
	var out []string
	for _, k := range Kinds {
		l := string(k)
		out = append(out, "CREATE CONSTRAINT "+strings.ToLower(l)+"_key IF NOT EXISTS FOR (n:"+l+") REQUIRE n.key IS UNIQUE")
	}
	for _, t := range RelTypes {
		r := string(t)
		out = append(out, "CREATE INDEX rel_"+strings.ToLower(r)+"_doc IF NOT EXISTS FOR ()-[r:"+r+"]-() ON (r.doc)")
	}
	out = append(out,
		"CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date, n.key)",
		"CREATE INDEX position_date IF NOT EXISTS FOR (n:Position) ON (n.date, n.key)",
		"CREATE INDEX document_dossier IF NOT EXISTS FOR (n:Document) ON (n.dossier)",
	)
	labels := make([]string, len(Kinds))
	for i, k := range Kinds {
		labels[i] = string(k)
	}
	out = append(out, "CREATE FULLTEXT INDEX "+FullTextIndex+" IF NOT EXISTS FOR (n:"+strings.Join(labels, "|")+
		") ON EACH ["+strings.Join(prefixed("n.", fullTextProps), ", ")+"]")
	return out
}

// fullTextProps are the node properties search looks in: names, aliases
// and titles (searchText), and the quotes of positions.
var fullTextProps = []string{"name", "searchText", "quote"}

func prefixed(p string, l []string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = p + s
	}
	return out
}
