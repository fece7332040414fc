// What the batch's articles reported before: their reports go (returned, to re-cluster their neighbours), and
// their passages leave the events; the events they were in are returned, to be rewritten or deleted.
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH (r:Report {articleId: articleId})
  OPTIONAL MATCH (r)-[:OF]->(e:Event)
  WITH r, e, r {.*, start: toString(r.start), end: toString(r.end)} AS report
  DETACH DELETE r
  RETURN collect(report) AS reports, collect(e.id) AS reportEvents
}
CALL (articleId) {
  MATCH (e:Event)-[passage:REPORTED_IN]->(:Article {id: articleId})
  WHERE e.codedBy IS NULL
  DELETE passage
  RETURN collect(DISTINCT e.id) AS passageEvents
}
RETURN reports, reportEvents + passageEvents AS events
