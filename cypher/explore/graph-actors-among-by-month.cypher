// The actors $ids, those taking part in dated events of the window, with how many such events each: counted from the
// same six disjoint parts as graph-actors-by-month.cypher, but seeking each actor's rows rather than reading every
// active actor's (the graph of a large window needs only its kept edges' ends).
CALL () {
  MATCH (c:ActorYearCount)
  WHERE c.actor IN $ids AND c.year >= date($yearsFirst) AND c.year < date($yearsLast)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  WHERE c.actor IN $ids AND c.first >= date($firstMonth) AND c.first < date($yearsFirst)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  WHERE c.actor IN $ids AND c.first > date($yearsLast) AND c.first <= date($lastMonth)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  MATCH (c:ActorMonthCount)
  USING INDEX c:ActorMonthCount(actor, spanLast)
  WHERE c.actor IN $ids AND c.spanLast >= date($firstMonth) AND c.first < date($firstMonth)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.actor AS actor, c.count AS count
  UNION ALL
  // The days at the window's edges: from their events (few), not from each actor's events (many for a busy actor).
  MATCH (e:Event)
  USING INDEX e:Event(end)
  WHERE e.end >= date($from) AND e.end < date($firstMonth)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
  WHERE a.id IN $ids
  RETURN a.id AS actor, count(DISTINCT e) AS count
  UNION ALL
  MATCH (e:Event)
  USING INDEX e:Event(start)
  WHERE e.start > date($lastMonthEnd) AND e.start <= date($to)
    AND ($types IS NULL OR e.type IN $types)
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
  WHERE a.id IN $ids
  RETURN a.id AS actor, count(DISTINCT e) AS count
}
WITH actor, sum(count) AS activity
MATCH (a:Actor {id: actor})
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a.id AS id, a.name AS name, a.kind AS kind, activity
