// The actor-pair rows (source id < target id) by type over all time, after apply-pair-totals: a row that a change
// brought down to counting nothing goes.
UNWIND $rows AS row
MATCH (c:PairTotalCount {key: row.type + '|' + row.source + '|' + row.target})
WHERE c.count = 0
DELETE c
