// Changes to the per-actor rows, by type and the year the events start in; a row counting nothing goes.
// `key` starts with the year, so its one unique index serves both this MERGE and a window's range read.
UNWIND $rows AS row
MERGE (c:ActorYearCount {key: row.year + '|' + row.type + '|' + row.actor})
  ON CREATE SET c.actor = row.actor, c.type = row.type, c.year = date(row.year),
    c.count = 0, c.cooperation = 0, c.conflict = 0
SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
WITH c
WHERE c.count = 0
DELETE c
