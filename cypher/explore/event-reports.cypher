// Every report of an event: the article, the article's own event id, the date and status it gave, its passages.
MATCH (:Event {id: $id})-[passage:REPORTED_IN]->(article:Article)
WHERE passage.localId IS NOT NULL
WITH article, passage
ORDER BY passage.start, passage.end
WITH article, passage.localId AS localId, collect(passage) AS passages
RETURN article {.id, .title, .source, .url, published: toString(article.published)} AS article,
  localId,
  {start: toString(passages[0].dateStart), end: toString(passages[0].dateEnd), precision: passages[0].precision} AS date,
  passages[0].status AS status,
  [p IN passages | {text: p.evidence, start: p.start, end: p.end}] AS evidence
ORDER BY article.id, localId
