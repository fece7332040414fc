// Actors taking part in dated events of the window that at least $minSources distinct sources report, with how many such events each.
MATCH (e:Event)
WHERE e.start <= date($to) AND e.end >= date($from)
  AND ($types IS NULL OR e.type IN $types)
  AND coalesce(e.sourceCount, 1) >= $minSources
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a.id AS id, a.name AS name, a.kind AS kind, count(DISTINCT e) AS activity
