MATCH (article:Article)<-[report:REPORTED_IN]-(event:Event)
WHERE article.id IN $articleIds
RETURN event.id AS event, collect(DISTINCT [article.id, report.localId]) AS reports
