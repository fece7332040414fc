// How many dated events that at least $minSources distinct sources report overlap the window, by day span, read
// from the events (the day aggregates do not know sources; an event without counts, GDELT's, has one source).
MATCH (e:Event)
WHERE e.start <= date($to) AND e.end >= date($from)
  AND ($types IS NULL OR e.type IN $types)
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
  AND coalesce(e.sourceCount, 1) >= $minSources
RETURN toString(e.start) AS start, toString(e.end) AS end, count(*) AS count
