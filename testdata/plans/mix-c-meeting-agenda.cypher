MATCH (n:CouncilMeeting {key: $key}) CALL (n) {
  WITH n AS np0_0 CALL (np0_0) {
    WITH np0_0 AS n MATCH (n)-[r:HAS_ITEM]->(o) WHERE r.rid > $n0_after WITH n, o, r ORDER BY r.rid WITH n, o, head(collect(r)) AS r WITH n, r, o ORDER BY r.rid LIMIT $n0_limit CALL (o) {
      WITH o AS np1_0 CALL (np1_0) {
        WITH np1_0.key AS pk MATCH (n:Position) WHERE n.itemRank > pk + ' ' AND n.itemRank < pk + '!' AND true WITH DISTINCT n WITH n ORDER BY n.itemRank LIMIT $n0_n0_limit RETURN collect([labels(n), [n.date, n.key, n.name, n.quote, n.stance], null, CASE WHEN n:Position THEN [(n)-[lr:HOLDS]-(lo) | [type(lr), startNode(lr) = n, properties(lr), labels(lo), [lo.date, lo.key, lo.name]]] ELSE [] END, null, null, null]) AS nest0
      } RETURN nest0
    } RETURN collect([labels(o), [o.date, o.format, o.key, o.name, o.order, o.section, o.title], null, null, type(r), startNode(r) = n, r {.rid, .doc}, nest0]) AS nest0
  } RETURN nest0
} RETURN labels(n) AS labels, [n.date, n.key, n.name, n.startDate] AS props, [] AS sigs, [] AS links, nest0
// parameters: {"key":"jha-2024-01-25","n0_after":"","n0_limit":101,"n0_n0_limit":11}
