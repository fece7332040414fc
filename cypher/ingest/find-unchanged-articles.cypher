// The articles of a batch the graph holds: `stored` (what they said before is removed before they are written
// again; an article it does not hold has nothing to remove), of them `unchanged` when already ingested from the
// same document (same content hash): nothing to write.
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
RETURN collect(a.id) AS stored,
       collect(CASE WHEN a.contentHash = article.contentHash AND a.ingestedAt IS NOT NULL THEN a.id END) AS unchanged
