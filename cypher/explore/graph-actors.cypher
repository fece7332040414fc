// Actors taking part in dated events of the window, with how many such events each.
MATCH (e:Event)
WHERE e.start <= date($to) AND e.end >= date($from)
  AND ($types IS NULL OR e.type IN $types)
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN a.id AS id, a.name AS name, a.kind AS kind, count(DISTINCT e) AS activity
