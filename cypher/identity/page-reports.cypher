// The next page of reports after $after in key order (the key's uniqueness index orders them), with their events.
MATCH (r:Report)
WHERE r.key > $after
WITH r
ORDER BY r.key
LIMIT $limit
OPTIONAL MATCH (r)-[:OF]->(e:Event)
RETURN r {.*, start: toString(r.start), end: toString(r.end)} AS report, e.id AS event
