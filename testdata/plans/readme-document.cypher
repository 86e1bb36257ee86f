MATCH (n:Document {key: $key}) RETURN labels(n) AS labels, n {.date, .dossier, .key, .name, .number, .title} AS props, [(p:Person)-[s:SIGNED]->(n) | [p {.date, .key, .name}, properties(s)]] AS sigs, [] AS links
// parameters: {"key":"kst-32317-867"}
