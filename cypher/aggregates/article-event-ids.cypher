// The events the given articles hold now (an event's id starts with its article's id), before a re-ingest changes them.
UNWIND $articleIds AS articleId
MATCH (e:Event)
WHERE e.id STARTS WITH articleId + ':' AND e.articleId = articleId
RETURN collect(e.id) AS ids
