// An actor's events, dated first in date order, then the undated ones.
MATCH (:Actor {id: $id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e
ORDER BY e.start, e.end, e.id
LIMIT $limit
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
