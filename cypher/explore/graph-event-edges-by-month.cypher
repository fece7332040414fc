// Pairs of actors sharing dated events of the window, one edge per event type, heaviest first. Events starting in
// the whole years [$yearsFirst, $yearsLast] from the year aggregates; starting in the other whole months
// [$firstMonth, $lastMonthEnd] from the month aggregates (rows starting in them: keys begin with a row's first day,
// so a month's key sorts after its first day and before its last; and rows spanning into them from before); the
// days before and after the whole months from the events. The six parts count disjoint events.
CALL () {
  MATCH (c:PairYearCount)
  WHERE c.key >= $yearsFirst AND c.key < $yearsLast
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS count
  UNION ALL
  MATCH (c:PairMonthCount)
  WHERE c.key >= $firstMonth AND c.key < $yearsFirst
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS count
  UNION ALL
  MATCH (c:PairMonthCount)
  WHERE c.key > $yearsLast AND c.key < $lastMonthEnd
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS count
  UNION ALL
  MATCH (c:PairMonthCount)
  WHERE c.spanLast >= date($firstMonth) AND c.first < date($firstMonth)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.end >= date($from) AND e.end < date($firstMonth)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
  WHERE a.id < b.id
  RETURN a.id AS source, b.id AS target, e.type AS type, count(DISTINCT e) AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.start > date($lastMonthEnd) AND e.start <= date($to)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
  WHERE a.id < b.id
  RETURN a.id AS source, b.id AS target, e.type AS type, count(DISTINCT e) AS count
}
WITH source, target, type, sum(count) AS weight
WHERE weight >= $minWeight
  AND ($actors IS NULL OR source IN $actors OR target IN $actors)
  AND ($kinds IS NULL OR EXISTS {
    MATCH (a:Actor {id: source}), (b:Actor {id: target})
    WHERE a.kind IN $kinds AND b.kind IN $kinds
  })
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
