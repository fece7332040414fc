// The per-actor rows, by type and the year the events start in, after apply-actor-years:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:ActorYearCount {key: row.year + '|' + row.type + '|' + row.actor})
WHERE c.count = 0
DELETE c
