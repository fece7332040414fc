// Changes to the actor-pair rows (source id < target id) by type over all time. A new row takes the change as its
// counts, an existing one adds it; one left at zero goes in prune-pair-totals (a DELETE here would make the planner
// buffer every row). The whole history's graph reads these rows in the order of their `count` index, heaviest first.
UNWIND $rows AS row
MERGE (c:PairTotalCount {key: row.type + '|' + row.source + '|' + row.target})
  ON CREATE SET c.source = row.source, c.target = row.target, c.type = row.type,
    c.count = row.count, c.cooperation = row.cooperation, c.conflict = row.conflict
  ON MATCH SET c.count = c.count + row.count,
    c.cooperation = c.cooperation + row.cooperation,
    c.conflict = c.conflict + row.conflict
