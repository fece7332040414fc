// Changes to the actor-pair rows (source id < target id), by type and the year the events start in.
// A new row takes the change as its counts, an existing one adds it; one left at zero goes in prune-pair-years,
// not here: a DELETE would make the planner buffer every row (Eager).
// `key` starts with the year, so its one unique index serves both this MERGE and a window's range read.
UNWIND $rows AS row
MERGE (c:PairYearCount {key: row.year + '|' + row.type + '|' + row.source + '|' + row.target})
  ON CREATE SET c.source = row.source, c.target = row.target, c.type = row.type, c.year = date(row.year),
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
