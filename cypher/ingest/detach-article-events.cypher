MATCH (e:Event)
WHERE e.id STARTS WITH $articleId + ':' AND e.articleId = $articleId
OPTIONAL MATCH (e)-[r]-()
DELETE r
WITH DISTINCT e
WHERE NOT e.id IN $eventIds
DELETE e
