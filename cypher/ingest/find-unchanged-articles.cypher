// The articles of a batch already ingested from the same document (same content hash): nothing to write.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
WHERE a.contentHash = article.contentHash AND a.ingestedAt IS NOT NULL
RETURN collect(a.id) AS unchanged
