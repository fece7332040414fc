// How many dated events of one actor overlap the window, by day span, from the per-actor aggregates.
MATCH (c:ActorDayCount)
WHERE c.actor = $actor AND c.start <= date($to) AND c.end >= date($from)
  AND ($types IS NULL OR c.type IN $types)
RETURN toString(c.start) AS start, toString(c.end) AS end, sum(c.count) AS count
