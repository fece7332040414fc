// The articles GDELT coded a batch's events from: url and domain, no text; first seen, then kept as they are.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
  ON CREATE SET a.title = article.title,
    a.published = date(article.published),
    a.url = article.url,
    a.source = article.source,
    a.codedBy = 'gdelt',
    a.ingestedAt = datetime()
