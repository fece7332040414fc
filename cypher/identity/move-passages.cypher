// A report's passages follow it to its new event, unchanged (the report's own date and status stay on them).
UNWIND $links AS link
MATCH (a:Article {id: link.articleId})<-[passage:REPORTED_IN {localId: link.localId}]-(old:Event)
WHERE old.id <> link.event AND old.codedBy IS NULL
MATCH (e:Event {id: link.event})
CREATE (e)-[moved:REPORTED_IN]->(a)
SET moved = properties(passage)
DELETE passage
