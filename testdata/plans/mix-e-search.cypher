CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit}) YIELD node AS n, score RETURN score, labels(n) AS labels, [n.aliases, n.date, n.key, n.name, n.quote, n.title] AS props, [] AS sigs, [] AS links ORDER BY score DESC, n.key
// parameters: {"index":"entity_search","limit":10,"q":"\"tijdelijke bescherming\"^4 OR tijdelijke OR tijdelijke* OR bescherming OR bescherming*"}
