// Every passage reporting an event, with the article it comes from.
MATCH (:Event {id: $id})-[r:REPORTED_IN]->(article:Article)
RETURN r.evidence AS text, r.start AS start, r.end AS end,
  article {.id, .title, .source, .url, .text, published: toString(article.published)} AS article
ORDER BY article.id, r.start
