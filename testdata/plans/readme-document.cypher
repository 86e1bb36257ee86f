MATCH (n:Document {key: $key}) RETURN labels(n) AS labels, [n.date, n.dossier, n.key, n.name, n.number, n.title] AS props, [(p:Person)-[s:SIGNED]->(n) | [[p.date, p.key, p.name], properties(s)]] AS sigs, [] AS links
// parameters: {"key":"kst-32317-867"}
