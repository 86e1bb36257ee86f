MATCH (n:Person {key: $key}) CALL (n) {
  WITH n AS np0_0 CALL (np0_0) {
    WITH np0_0.key AS pk CALL (pk) {
      MATCH (n:Document)<-[r:SIGNED]-() WHERE r.rank > $n0_rankOwner + pk + ' ' AND r.rank < $n0_rankOwner + pk + '!' AND n.ingested = true WITH n, r ORDER BY r.rank LIMIT $n0_limit RETURN n
    } WITH DISTINCT n WITH n ORDER BY coalesce(n.date, '') DESC, n.key ASC LIMIT $n0_limit CALL (n) {
      WITH n AS np1_0 CALL (np1_0) {
        WITH np1_0 AS n MATCH (n)-[r:CITES]->(o) WHERE r.rid > $n0_n0_after WITH n, r, o ORDER BY r.rid LIMIT $n0_n0_limit RETURN collect([labels(o), [o.date, o.key, o.name], null, null, type(r), startNode(r) = n, r {.rid, .doc}]) AS nest0
      } RETURN nest0
    } RETURN collect([labels(n), [n.date, n.key, n.name], null, null, null, null, null, nest0]) AS nest0
  } RETURN nest0
} RETURN labels(n) AS labels, [n.date, n.key, n.name] AS props, [] AS sigs, [] AS links, nest0
// parameters: {"key":"d-yesilgoz-zegerius","n0_limit":21,"n0_n0_after":"","n0_n0_limit":21,"n0_rankOwner":"person:"}
