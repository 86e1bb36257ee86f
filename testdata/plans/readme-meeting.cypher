MATCH (n:CouncilMeeting {key: $key}) CALL (n) {
  WITH n AS np0_0 CALL (np0_0) {
    WITH np0_0 AS n MATCH (n)<-[r:ATTENDS]-(o) WHERE r.rid > $n0_after WITH n, o, r ORDER BY r.rid WITH n, o, head(collect(r)) AS r WITH n, r, o ORDER BY r.rid LIMIT $n0_limit RETURN collect([labels(o), [o.date, o.key, o.name], null, null, type(r), startNode(r) = n, properties(r)]) AS nest0
  } RETURN nest0
} CALL (n) {
  WITH n AS np0_1 CALL (np0_1) {
    WITH np0_1 AS n MATCH (n)-[r:HAS_ITEM]->(o) WHERE r.rid > $n1_after WITH n, o, r ORDER BY r.rid WITH n, o, head(collect(r)) AS r WITH n, r, o ORDER BY r.rid LIMIT $n1_limit CALL (o) {
      WITH o AS np1_0 CALL (np1_0) {
        WITH np1_0.key AS pk MATCH (n:Position) WHERE n.itemRank > pk + ' ' AND n.itemRank < pk + '!' AND true WITH DISTINCT n WITH n ORDER BY n.itemRank LIMIT $n1_n0_limit RETURN collect([labels(n), [n.date, n.key, n.name, n.quote, n.stance], null, null, null, null, null]) AS nest0
      } RETURN nest0
    } RETURN collect([labels(o), [o.date, o.format, o.key, o.name, o.order, o.section, o.title], null, null, type(r), startNode(r) = n, r {.rid, .doc}, nest0]) AS nest1
  } RETURN nest1
} RETURN labels(n) AS labels, [n.date, n.key, n.name, n.presidency] AS props, [] AS sigs, [] AS links, nest0, nest1
// parameters: {"key":"jha-2024-01-25","n0_after":"","n0_limit":101,"n1_after":"","n1_limit":101,"n1_n0_limit":21}
