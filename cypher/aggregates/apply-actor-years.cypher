// Changes to the per-actor rows, by type and the year the events start in.
// A new row takes the change as its counts, an existing one adds it; one left at zero goes in prune-actor-years,
// not here: a DELETE would make the planner buffer every row (Eager).
// `key` starts with the year, so its one unique index serves both this MERGE and a window's range read.
UNWIND $rows AS row
MERGE (c:ActorYearCount {key: row.year + '|' + row.type + '|' + row.actor})
  ON CREATE SET c.actor = row.actor, c.type = row.type, c.year = date(row.year),
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
