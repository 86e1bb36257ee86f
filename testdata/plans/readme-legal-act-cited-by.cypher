MATCH (n:LegalAct {key: $key}) CALL (n) {
  WITH n AS np0_0 CALL (np0_0) {
    WITH np0_0.key AS pk CALL (pk) {
      MATCH (n:Document)-[r:CITES]->() WHERE r.rank > $n0_rankOwner + pk + ' ' AND r.rank < $n0_rankOwner + pk + '!' AND n.ingested = true WITH n, r ORDER BY r.rank LIMIT $n0_limit RETURN n UNION MATCH (n:Document)-[r:MENTIONS]->() WHERE r.rank > $n0_rankOwner + pk + ' ' AND r.rank < $n0_rankOwner + pk + '!' AND n.ingested = true WITH n, r ORDER BY r.rank LIMIT $n0_limit RETURN n
    } WITH DISTINCT n WITH n ORDER BY coalesce(n.date, '') DESC, n.key ASC LIMIT $n0_limit RETURN collect([labels(n), [n.date, n.key, n.name, n.title], null, null, null, null, null]) AS nest0
  } RETURN nest0
} RETURN labels(n) AS labels, [n.date, n.key, n.name, n.title] AS props, [] AS sigs, [] AS links, nest0
// parameters: {"key":"32011L0098","n0_limit":21,"n0_rankOwner":"celex:"}
