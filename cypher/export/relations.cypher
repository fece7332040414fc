// Stated relations between actors of $ids (touching an actor of $actors when given), each with its passages and their articles.
MATCH (a:Actor)-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)
RETURN a.id AS source, type(r) AS type, b.id AS target,
  [i IN range(0, size(r.evidence) - 1) |
    {articleId: r.articleIds[i], text: r.evidence[i], start: r.starts[i], end: r.ends[i]}] AS passages
ORDER BY source, type, target
