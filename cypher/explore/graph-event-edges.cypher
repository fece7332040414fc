// Pairs of actors sharing dated events of the window that at least $minSources distinct sources report, one edge per event type
// (weighted by events, whatever number of articles report each), heaviest first.
MATCH (e:Event)
WHERE e.start <= date($to) AND e.end >= date($from)
  AND ($types IS NULL OR e.type IN $types)
  AND coalesce(e.sourceCount, 1) >= $minSources
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)
WITH a.id AS source, b.id AS target, e.type AS type, count(DISTINCT e) AS weight
WHERE weight >= $minWeight
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
