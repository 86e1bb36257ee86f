package graph

// WriteRows are the rows Write stores for one document graph, exactly as its
// statement receives them: the document's properties, the other entities by
// kind (rows {key, props}) and the relations (rows {fk, tk, from, to, type,
// rid, props}). bench/writefloor writes them in bulk, without extraction, as
// the floor the write path is measured against.
type WriteRows struct {
	Key       string
	Document  map[string]any
	Entities  map[Kind][]map[string]any
	Relations []map[string]any
}

// PlanWriteRows checks g as Write does and returns the rows Write would
// store.
func PlanWriteRows(g DocumentGraph) (WriteRows, error) {
	p, err := planWrite(g)
	if err != nil {
		return WriteRows{}, err
	}
	w := WriteRows{Key: p.docKey, Document: p.docProps, Entities: map[Kind][]map[string]any{}, Relations: p.rels}
	for _, k := range Kinds {
		if rows, _ := p.entities[string(k)].([]map[string]any); len(rows) > 0 {
			w.Entities[k] = rows
		}
	}
	return w, nil
}
