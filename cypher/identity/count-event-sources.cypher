// Corroboration: how many distinct sources (Article.source) report each event.
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
SET e.sourceCount = size(COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT a.source AS source })
