// The per-type rows, by day span, after apply-days:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:DayCount {type: row.type, start: date(row.start), end: date(row.end)})
WHERE c.count = 0
DELETE c
