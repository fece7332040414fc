// Dated events overlapping the window [$from, $to] that at least $minSources distinct sources report, earliest first;
// $fetch is one past the cap, to detect it. An event without counts (GDELT coded it) has its one source article.
// Events starting in the window, and events starting on one of $earlierStarts (the days before the window on which
// events reaching into it start, known from its day counts): two index seeks on the start day, where a range on
// either end alone would walk every event before (or after) the window.
CALL () {
  MATCH (e:Event)
  WHERE e.start >= date($from) AND e.start <= date($to)
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.start IN [day IN $earlierStarts | date(day)] AND e.end >= date($from)
  RETURN e
}
WITH e
WHERE ($types IS NULL OR e.type IN $types)
  AND coalesce(e.sourceCount, 1) >= $minSources
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
WITH e
ORDER BY e.start, e.end, e.id
LIMIT $fetch
RETURN e {
  .id, .type, .subtype, .status, .precision, .place, .summary, .confidence, .articleId,
  start: toString(e.start), end: toString(e.end),
  reportCount: coalesce(e.reportCount, 1), sourceCount: coalesce(e.sourceCount, 1),
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN {actor: a.id, name: a.name, kind: a.kind, role: p.role} AS participant
    ORDER BY p.role, a.name
  }
} AS event
