// Changes to the actor-pair rows (source id < target id), by type and month span; a row counting nothing goes.
// `key` starts with the first month, so its one unique index serves both this MERGE and a window's range read.
UNWIND $rows AS row
MERGE (c:PairMonthCount {key: row.first + '|' + row.last + '|' + row.type + '|' + row.source + '|' + row.target})
  ON CREATE SET c.source = row.source, c.target = row.target, c.type = row.type,
    c.first = date(row.first), c.last = date(row.last),
    c.count = 0, c.cooperation = 0, c.conflict = 0,
    c.spanLast = CASE WHEN row.first <> row.last THEN date(row.last) END
SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
WITH c
WHERE c.count = 0
DELETE c
