// One event with its participants, its corroboration (reports and distinct sources; an event GDELT coded has its
// one source article), and who coded it: our extractor, or GDELT with its counts and scores.
MATCH (e:Event {id: $id})
RETURN e {
  .id, .type, .subtype, .cameo, .status, .precision, .place, .summary, .confidence, .articleId,
  start: toString(e.start), end: toString(e.end),
  reportCount: coalesce(e.reportCount, 1), sourceCount: coalesce(e.sourceCount, 1),
  codedBy: coalesce(e.codedBy, 'extractor'),
  gdelt: CASE WHEN e.gdeltId IS NULL THEN null
    ELSE {id: e.gdeltId, numMentions: e.numMentions, numSources: e.numSources, numArticles: e.numArticles, goldstein: e.goldstein, quadClass: e.quadClass} END,
  participants: COLLECT {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    RETURN {actor: a.id, name: a.name, kind: a.kind, role: p.role} AS participant
    ORDER BY p.role, a.name
  }
} AS event
