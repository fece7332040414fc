// The actor-pair rows (source id < target id), by type and the year the events start in, after apply-pair-years:
// a row that a change brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:PairYearCount {key: row.year + '|' + row.type + '|' + row.source + '|' + row.target})
WHERE c.count = 0
DELETE c
