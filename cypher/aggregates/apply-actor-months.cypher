// Changes to the per-actor rows, by type and month span.
// A new row takes the change as its counts, an existing one adds it; one left at zero goes in prune-actor-months,
// not here: a DELETE would make the planner buffer every row (Eager).
UNWIND $rows AS row
MERGE (c:ActorMonthCount {actor: row.actor, type: row.type, first: date(row.first), last: date(row.last)})
  ON CREATE SET c.spanLast = CASE WHEN row.first <> row.last THEN date(row.last) END,
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
