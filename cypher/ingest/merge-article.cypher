MERGE (a:Article {id: $article.id})
WITH a, coalesce(a.contentHash = $article.contentHash AND a.ingestedAt IS NOT NULL, false) AS unchanged
SET a.title = $article.title,
    a.published = date($article.published),
    a.url = $article.url,
    a.source = $article.source,
    a.text = coalesce($article.text, a.text),
    a.contentHash = $article.contentHash,
    a.ingestedAt = CASE WHEN unchanged THEN a.ingestedAt ELSE datetime() END
