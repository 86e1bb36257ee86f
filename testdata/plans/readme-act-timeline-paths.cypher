MATCH (:LegalAct {key: $key})<-[:CITES|MENTIONS]-(d:Document) WHERE d.ingested = true AND d.date IS NOT NULL RETURN substring(d.date, 0, 4) AS year, count(DISTINCT d) AS c ORDER BY year
// parameters: {"key":"32011L0098"}

MATCH (a:Person {key: $from}), (b:LegalAct {key: $to}) MATCH p = allShortestPaths((a)-[*..4]-(b)) RETURN p LIMIT $limit
// parameters: {"from":"f-m-weerwind","limit":3,"to":"32011L0098"}

MATCH (n:LegalAct {key: $key}) WITH n, false AS docScan, COUNT { (n)-[:ON|HOLDS]-() } * $scanFactor > COUNT { (:Position) } AS posScan CALL (n, docScan, posScan) {
  WITH n CALL () {
    CALL () {
      MATCH ()-[r:CITES]->() WHERE r.rank > $ro + ' ' AND r.rank < $rhi WITH r ORDER BY r.rank DESC LIMIT $limit RETURN collect(r.rank) AS rks
    } WITH CASE WHEN size(rks) < $limit THEN $ro + ' ' ELSE $ro + ' ' + split(substring(last(rks), size($ro) + 1), ' ')[0] END AS lo MATCH (x:Document)-[r:CITES]->() WHERE r.rank > lo AND r.rank < $rhi2 RETURN DISTINCT x UNION CALL () {
      MATCH ()-[r:MENTIONS]->() WHERE r.rank > $ro + ' ' AND r.rank < $rhi WITH r ORDER BY r.rank DESC LIMIT $limit RETURN collect(r.rank) AS rks
    } WITH CASE WHEN size(rks) < $limit THEN $ro + ' ' ELSE $ro + ' ' + split(substring(last(rks), size($ro) + 1), ' ')[0] END AS lo MATCH (x:Document)-[r:MENTIONS]->() WHERE r.rank > lo AND r.rank < $rhi2 RETURN DISTINCT x
  } WITH n, x WHERE x.ingested = true AND (x.date > $cdate OR (x.date = $cdate AND ('DOCUMENT' > $ckind OR ('DOCUMENT' = $ckind AND x.key > $ckey)))) CALL (n, x) {
    UNWIND [(x)-[r]-(m) | [r, m]] AS p WITH p WHERE p[1] = n RETURN p[0] AS r ORDER BY r.rid LIMIT 1
  } WITH x, r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'DOCUMENT' AS kind, x.date AS date, r UNION WITH n UNWIND [(n)-[r:ANNOTATES|REPORTS_ON|ATTENDS]->(x:CouncilMeeting) | [r, x]] + [(n)<-[r:HAS_ITEM]-(x:CouncilMeeting) | [r, x]] AS p WITH p[0] AS r, p[1] AS x RETURN x, 'MEETING' AS kind, x.startDate AS date, r UNION WITH n MATCH (n)<-[c:CONCERNS]-(i:AgendaItem) WITH i, c ORDER BY c.rid WITH i, head(collect(c)) AS r MATCH (x:CouncilMeeting {key: i.meeting}) RETURN x, 'MEETING' AS kind, x.startDate AS date, r UNION WITH n WHERE NOT posScan MATCH (n)-[r:ON|HOLDS]-(x:Position) WHERE (x.date > $cdate OR (x.date = $cdate AND ('POSITION' > $ckind OR ('POSITION' = $ckind AND x.key > $ckey)))) WITH x, r ORDER BY r.rid WITH x, head(collect(r)) AS r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'POSITION' AS kind, x.date AS date, r UNION WITH n WHERE posScan MATCH (x:Position) WHERE x.date >= CASE WHEN posScan THEN $cdate ELSE '~' END AND x.key IS NOT NULL AND NOT (x.date = $cdate AND NOT ('POSITION' > $ckind OR ('POSITION' = $ckind AND x.key > $ckey))) CALL (n, x) {
    UNWIND [(x)-[r:ON|HOLDS]-(m) | [r, m]] AS p WITH p WHERE p[1] = n RETURN p[0] AS r ORDER BY r.rid LIMIT 1
  } WITH x, r ORDER BY x.date, x.key LIMIT $limit RETURN x, 'POSITION' AS kind, x.date AS date, r
} WITH x, kind, date, head(collect(r)) AS r WHERE date IS NOT NULL AND (date > $cdate OR (date = $cdate AND (kind > $ckind OR (kind = $ckind AND x.key > $ckey)))) WITH x, kind, date, r ORDER BY date, kind, x.key LIMIT $limit RETURN date, kind, type(r) AS rtype, r {.rid, .doc} AS rel, labels(x) AS labels, [x.date, x.key, x.name] AS props, [] AS sigs, [] AS links ORDER BY date, kind, x.key
// parameters: {"cdate":"","ckey":"","ckind":"","key":"32011L0098","limit":21,"rhi":"celex:32011L0098 ~","rhi2":"celex:32011L0098 ~","ro":"celex:32011L0098","scanFactor":20}
