// The actors named in $ids, by id.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.id, .name, .kind, .aliases} AS actor
ORDER BY a.id
