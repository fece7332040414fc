// Pairs of actors sharing dated events of the window, one edge per event type, heaviest first: the whole
// months [$firstMonth, $lastMonthEnd] from the pair aggregates (rows starting in them, and rows spanning
// into them from before), the days before and after them from the events. The four parts count disjoint events.
CALL () {
  MATCH (a:Actor)-[r:PAIR_MONTHS]->(b:Actor)
  WHERE r.first >= date($firstMonth) AND r.first <= date($lastMonth)
    AND ($types IS NULL OR r.type IN $types)
  RETURN a, b, r.type AS type, r.count AS count
  UNION ALL
  MATCH (a:Actor)-[r:PAIR_MONTHS]->(b:Actor)
  WHERE r.spanLast >= date($firstMonth) AND r.first < date($firstMonth)
    AND ($types IS NULL OR r.type IN $types)
  RETURN a, b, r.type AS type, r.count AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.end >= date($from) AND e.end < date($firstMonth)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
  WHERE a.id < b.id
  RETURN a, b, e.type AS type, count(DISTINCT e) AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.start > date($lastMonthEnd) AND e.start <= date($to)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
  WHERE a.id < b.id
  RETURN a, b, e.type AS type, count(DISTINCT e) AS count
}
WITH a, b, type, sum(count) AS weight
WHERE weight >= $minWeight
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)
RETURN a.id AS source, b.id AS target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
