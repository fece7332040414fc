// Dated events overlapping the window [$from, $to], earliest first; $fetch is one past the cap, to detect it.
MATCH (e:Event)
WHERE e.start <= date($to) AND e.end >= date($from)
  AND ($types IS NULL OR e.type IN $types)
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
WITH e
ORDER BY e.start, e.end, e.id
LIMIT $fetch
RETURN e {
  .id, .type, .subtype, .status, .precision, .place, .summary, .confidence, .articleId,
  start: toString(e.start), end: toString(e.end),
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN {actor: a.id, name: a.name, kind: a.kind, role: p.role} AS participant
    ORDER BY p.role, a.name
  }
} AS event
