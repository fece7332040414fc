// What the batch's articles said before: their events' relationships go, and events no longer in their document.
UNWIND $articles AS article
MATCH (e:Event)
WHERE e.id STARTS WITH article.id + ':' AND e.articleId = article.id
OPTIONAL MATCH (e)-[r]-()
DELETE r
WITH DISTINCT e, article
WHERE NOT e.id IN article.eventIds
DELETE e
