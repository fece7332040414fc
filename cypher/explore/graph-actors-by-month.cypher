// Actors taking part in dated events of the window, with how many such events each. Events starting in the whole
// years [$yearsFirst, $yearsLast] from the year aggregates (keys begin with the year's first day); starting in the
// other whole months [$firstMonth, $lastMonthEnd] from the month aggregates (rows starting in them, and rows
// spanning into them from before); the days before and after the whole months from the events. The six parts
// count disjoint events.
CALL () {
  MATCH (c:ActorYearCount)
  WHERE c.key >= $yearsFirst AND c.key < $yearsLast
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  WHERE c.first >= date($firstMonth) AND c.first < date($yearsFirst)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  WHERE c.first > date($yearsLast) AND c.first <= date($lastMonth)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  WHERE c.spanLast >= date($firstMonth) AND c.first < date($firstMonth)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.end >= date($from) AND e.end < date($firstMonth)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
  RETURN a.id AS actor, count(DISTINCT e) AS count
  UNION ALL
  MATCH (e:Event)
  WHERE e.start > date($lastMonthEnd) AND e.start <= date($to)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
  RETURN a.id AS actor, count(DISTINCT e) AS count
}
WITH actor, sum(count) AS activity
MATCH (a:Actor {id: actor})
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a.id AS id, a.name AS name, a.kind AS kind, activity
