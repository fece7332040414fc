// Stated relations weighing at least $floor supporting passages, heaviest first, whichever actors are active: the
// caller keeps those whose two ends are active in the window (read after, for these ends only).
MATCH (a:Actor)-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(b:Actor)
WHERE ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
WITH a.id AS source, b.id AS target, type(r) AS type, size(r.evidence) AS weight
WHERE weight >= $floor
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
