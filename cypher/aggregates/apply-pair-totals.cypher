// Changes to the actor-pair rows (source id < target id) by type over all time; a row counting nothing goes.
// The whole history's graph reads these rows in the order of their `count` index, heaviest first.
UNWIND $rows AS row
MERGE (c:PairTotalCount {key: row.type + '|' + row.source + '|' + row.target})
  ON CREATE SET c.source = row.source, c.target = row.target, c.type = row.type,
    c.count = 0, c.cooperation = 0, c.conflict = 0
SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
WITH c
WHERE c.count = 0
DELETE c
