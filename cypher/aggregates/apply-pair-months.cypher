// Changes to the actor-pair rows (source id < target id), by type and month span.
// A new row takes the change as its counts, an existing one adds it; one left at zero goes in prune-pair-months,
// not here: a DELETE would make the planner buffer every row (Eager).
// `key` starts with the first month, so its one unique index serves both this MERGE and a window's range read.
UNWIND $rows AS row
MERGE (c:PairMonthCount {key: row.first + '|' + row.last + '|' + row.type + '|' + row.source + '|' + row.target})
  ON CREATE SET c.source = row.source, c.target = row.target, c.type = row.type,
    c.first = date(row.first), c.last = date(row.last),
    c.spanLast = CASE WHEN row.first <> row.last THEN date(row.last) END,
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
