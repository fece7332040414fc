// The per-actor rows, by type and month span, after apply-actor-months:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:ActorMonthCount {actor: row.actor, type: row.type, first: date(row.first), last: date(row.last)})
WHERE c.count = 0
DELETE c
