MATCH (:LegalAct {key: $cites})<-[:CITES|MENTIONS]-(n:Document) WHERE n.ingested = true AND NOT EXISTS {
  MATCH (n)-[:CITES|MENTIONS]->(a:LegalAct) WHERE a.key IN $notCitesActs
} WITH DISTINCT n WITH n ORDER BY coalesce(n.date, '') ASC, n.key ASC LIMIT $limit RETURN labels(n) AS labels, [n.date, n.key, n.name] AS props, [] AS sigs, [] AS links ORDER BY coalesce(n.date, '') ASC, n.key ASC
// parameters: {"cites":"32011L0098","limit":21,"notCitesActs":["32011L0036"]}
