// Stated relations between actors of the window ($active), weighted by their supporting passages.
MATCH (a:Actor)-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(b:Actor)
WHERE a.id IN $active AND b.id IN $active
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)
WITH a.id AS source, b.id AS target, type(r) AS type, size(r.evidence) AS weight
WHERE weight >= $minWeight
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
