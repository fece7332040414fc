// The articles named in $ids, by id.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a {.id, .title, .url, .source, published: toString(a.published)} AS article
ORDER BY a.id
