// The actor-pair rows (source id < target id), by type and month span, after apply-pair-months:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:PairMonthCount {key: row.first + '|' + row.last + '|' + row.type + '|' + row.source + '|' + row.target})
WHERE c.count = 0
DELETE c
