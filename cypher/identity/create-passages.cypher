// A new report's evidence: one REPORTED_IN per passage, with the article's local id and the report's own date and status.
UNWIND $passages AS passage
MATCH (a:Article {id: passage.articleId}), (e:Event {id: passage.event})
CREATE (e)-[:REPORTED_IN {
  localId: passage.localId,
  evidence: passage.evidence,
  start: toInteger(passage.start),
  end: toInteger(passage.end),
  dateStart: date(passage.dateStart),
  dateEnd: date(passage.dateEnd),
  precision: passage.precision,
  status: passage.status
}]->(a)
