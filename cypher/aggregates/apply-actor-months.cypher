// Changes to the per-actor rows, by type and month span; a row counting nothing goes.
UNWIND $rows AS row
MERGE (c:ActorMonthCount {actor: row.actor, type: row.type, first: date(row.first), last: date(row.last)})
  ON CREATE SET c.count = 0, c.cooperation = 0, c.conflict = 0,
    c.spanLast = CASE WHEN row.first <> row.last THEN date(row.last) END
SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
WITH c
WHERE c.count = 0
DELETE c
