// A batch's articles, new or changed (unchanged ones were left out): metadata, text when known, hash and time.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.published = date(article.published),
    a.url = article.url,
    a.source = article.source,
    a.text = coalesce(article.text, a.text),
    a.contentHash = article.contentHash,
    a.ingestedAt = datetime()
