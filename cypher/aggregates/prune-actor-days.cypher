// The per-actor rows, by type and day span, after apply-actor-days:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:ActorDayCount {actor: row.actor, type: row.type, start: date(row.start), end: date(row.end)})
WHERE c.count = 0
DELETE c
