// Changes to the actor-pair rows (source id < target id), by type and month span; a row counting nothing goes.
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:PAIR_MONTHS {type: row.type, first: date(row.first), last: date(row.last)}]->(b)
  ON CREATE SET r.count = 0, r.cooperation = 0, r.conflict = 0,
    r.spanLast = CASE WHEN row.first <> row.last THEN date(row.last) END
SET r.count = r.count + row.count,
    r.cooperation = r.cooperation + row.cooperation,
    r.conflict = r.conflict + row.conflict
WITH r
WHERE r.count = 0
DELETE r
