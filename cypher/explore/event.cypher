// One event with its participants.
MATCH (e:Event {id: $id})
RETURN e {
  .id, .type, .subtype, .cameo, .status, .precision, .place, .summary, .confidence, .articleId,
  start: toString(e.start), end: toString(e.end),
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN {actor: a.id, name: a.name, kind: a.kind, role: p.role} AS participant
    ORDER BY p.role, a.name
  }
} AS event
