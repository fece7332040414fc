// Events of the window with every participant, passage (with its article) and report: dated events overlapping [$from, $to] (and the undated
// ones when $undated), of the types asked, with an actor asked for and one of the kinds asked for, that at least $minSources distinct sources
// report (an event without counts, GDELT's, has one); $fetch is one past the cap.
MATCH (e:Event)
WHERE ((e.start <= date($to) AND e.end >= date($from)) OR ($undated AND e.start IS NULL))
  AND ($types IS NULL OR e.type IN $types)
  AND coalesce(e.sourceCount, 1) >= $minSources
  AND ($actors IS NULL OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actors })
  AND ($kinds IS NULL OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.kind IN $kinds })
WITH e
ORDER BY e.start, e.end, e.id
LIMIT $fetch
RETURN e {
  .id, .articleId, .type, .subtype, .cameo, .status, .precision, .place, .summary, .confidence,
  start: toString(e.start), end: toString(e.end),
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN {actor: a.id, role: p.role} AS participant
    ORDER BY p.role, a.id
  },
  evidence: COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    RETURN {text: r.evidence, start: r.start, end: r.end, articleId: a.id, localId: r.localId} AS passage
    ORDER BY a.id, r.start, r.end
  },
  reports: COLLECT {
    MATCH (r:Report)-[:OF]->(e)
    RETURN r {.articleId, .localId, .type, .subtype, .cameo, .status, .precision, .place, .summary, .confidence, .actors, .roles,
      start: toString(r.start), end: toString(r.end)} AS report
    ORDER BY r.key
  }
} AS event
