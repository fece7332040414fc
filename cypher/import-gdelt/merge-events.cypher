// A batch's events, keyed by GLOBALEVENTID: an event whose row maps as before is left alone; a new or
// changed one is written, reported in its article, and loses its old participants and place (the
// next statements add them anew). Returns the ids written.
UNWIND $events AS row
MERGE (e:Event {id: row.id})
WITH e, row
WHERE e.importHash IS NULL OR e.importHash <> row.importHash
MATCH (article:Article {id: row.articleId})
SET e.gdeltId = row.gdeltId,
    e.articleId = row.articleId,
    e.codedBy = 'gdelt',
    e.type = row.type,
    e.subtype = row.subtype,
    e.cameo = row.cameo,
    e.status = 'occurred',
    e.start = date(row.day),
    e.end = date(row.day),
    e.precision = 'day',
    e.place = row.place,
    e.summary = row.summary,
    e.confidence = row.confidence,
    e.numMentions = row.numMentions,
    e.numSources = row.numSources,
    e.numArticles = row.numArticles,
    e.goldstein = row.goldstein,
    e.quadClass = row.quadClass,
    e.importHash = row.importHash
MERGE (e)-[r:REPORTED_IN]->(article)
  ON CREATE SET r.evidence = '', r.start = 0, r.end = 0
WITH e
CALL (e) {
  MATCH (e)-[old:AT|PARTICIPATED_IN]-()
  DELETE old
}
RETURN collect(e.id) AS written
