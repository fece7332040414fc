// Changes to the per-type rows, by day span.
// A new row takes the change as its counts, an existing one adds it; one left at zero goes in prune-days,
// not here: a DELETE would make the planner buffer every row (Eager).
UNWIND $rows AS row
MERGE (c:DayCount {type: row.type, start: date(row.start), end: date(row.end)})
  ON CREATE SET c.spanEnd = CASE WHEN row.start <> row.end THEN date(row.end) END,
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
