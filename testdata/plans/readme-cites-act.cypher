CALL () {
  CALL () {
    MATCH ()-[r:CITES]->() WHERE r.rank > $rankOwner + ' ' AND r.rank < $rankOwner + '!' RETURN r.rank AS rk UNION ALL MATCH ()-[r:MENTIONS]->() WHERE r.rank > $rankOwner + ' ' AND r.rank < $rankOwner + '!' RETURN r.rank AS rk
  } RETURN count(DISTINCT rk) AS total
} OPTIONAL CALL () {
  CALL () {
    MATCH (n:Document)-[r:CITES]->() WHERE r.rank > $rankOwner + ' ' AND r.rank < $rankOwner + '!' AND n.ingested = true WITH n, r ORDER BY r.rank LIMIT $limit RETURN n UNION MATCH (n:Document)-[r:MENTIONS]->() WHERE r.rank > $rankOwner + ' ' AND r.rank < $rankOwner + '!' AND n.ingested = true WITH n, r ORDER BY r.rank LIMIT $limit RETURN n
  } WITH DISTINCT n WITH n ORDER BY coalesce(n.date, '') DESC, n.key ASC LIMIT $limit RETURN n
} RETURN total, labels(n) AS labels, [n.date, n.key, n.name, n.title] AS props, [(p:Person)-[s:SIGNED]->(n) | [[p.date, p.key, p.name], properties(s)]] AS sigs, [] AS links ORDER BY coalesce(n.date, '') DESC, n.key ASC
// parameters: {"limit":21,"rankOwner":"celex:32011L0098"}
