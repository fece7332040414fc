// A batch's events that the graph does not hold (find-stored-events found none of their ids), keyed by
// GLOBALEVENTID, each created in one pass with its report in its article, its participants and its place.
// CREATE rather than MERGE: nothing to look up, and the unique id still refuses a duplicate.
UNWIND $events AS row
MATCH (article:Article {id: row.articleId})
CREATE (e:Event {
    id: row.id,
    gdeltId: row.gdeltId,
    articleId: row.articleId,
    codedBy: 'gdelt',
    type: row.type,
    subtype: row.subtype,
    cameo: row.cameo,
    status: 'occurred',
    start: date(row.day),
    end: date(row.day),
    precision: 'day',
    place: row.place,
    summary: row.summary,
    confidence: row.confidence,
    numMentions: row.numMentions,
    numSources: row.numSources,
    numArticles: row.numArticles,
    goldstein: row.goldstein,
    quadClass: row.quadClass,
    importHash: row.importHash
  })-[:REPORTED_IN {evidence: '', start: 0, end: 0}]->(article)
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS participation
  MATCH (a:Actor {id: participation.actor})
  CREATE (a)-[:PARTICIPATED_IN {role: participation.role}]->(e)
}
CALL (e, row) {
  MATCH (p:Place {name: row.place})
  CREATE (e)-[:AT]->(p)
}
