// Changes to the per-actor rows, by type and day span; a row counting nothing goes.
UNWIND $rows AS row
MERGE (c:ActorDayCount {actor: row.actor, type: row.type, start: date(row.start), end: date(row.end)})
  ON CREATE SET c.count = 0, c.cooperation = 0, c.conflict = 0,
    c.spanEnd = CASE WHEN row.start <> row.end THEN date(row.end) END
SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
WITH c
WHERE c.count = 0
DELETE c
