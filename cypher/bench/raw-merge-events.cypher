// The bench's baseline: events written with the plainest UNWIND … MERGE (no mapping, no change detection,
// no evidence offsets), each with its article and participants, to compare the project's writers against.
UNWIND $events AS row
MERGE (e:Event {id: row.id})
SET e += row.properties, e.start = date(row.properties.start), e.end = date(row.properties.end)
MERGE (article:Article {id: row.articleId})
MERGE (e)-[:REPORTED_IN]->(article)
WITH e, row
UNWIND row.participants AS participant
MERGE (actor:Actor {id: participant.actor})
MERGE (actor)-[:PARTICIPATED_IN {role: participant.role}]->(e)
