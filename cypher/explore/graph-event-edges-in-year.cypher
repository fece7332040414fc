// Pairs of actors sharing dated events of one whole year ($yearsFirst, its first day), one edge per event type,
// heaviest first, read from the year's rows in the order of their (year, count) index instead of summing and
// sorting every pair. Pairs with events reaching into the year from before it (month rows spanning into January)
// weigh their year row plus those rows: they are set apart and counted exactly. Of the others, the $fetch heaviest
// rows set a floor; only the rows at or above it are then ordered (ties break by source, target
// and type, as in the other reads).
CALL () {
  MATCH (s:PairMonthCount)
  WHERE s.spanLast >= date($yearsFirst) AND s.first < date($yearsFirst)
    AND ($types IS NULL OR s.type IN $types)
  WITH s.source AS source, s.target AS target, s.type AS type, sum(s.count) AS spanning
  OPTIONAL MATCH (c:PairYearCount {key: $yearsFirst + '|' + type + '|' + source + '|' + target})
  RETURN collect({key: $yearsFirst + '|' + type + '|' + source + '|' + target, source: source, target: target, type: type,
    weight: spanning + coalesce(c.count, 0)}) AS spanned
}
CALL (spanned) {
  MATCH (c:PairYearCount)
  WHERE c.year = date($yearsFirst) AND c.count >= $minWeight
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
    AND NOT c.key IN [s IN spanned | s.key]
  WITH c ORDER BY c.year DESC, c.count DESC LIMIT $fetch
  RETURN CASE WHEN count(c) < $fetch THEN $minWeight ELSE min(c.count) END AS floor
}
CALL (spanned, floor) {
  MATCH (c:PairYearCount)
  WHERE c.year = date($yearsFirst) AND c.count >= floor
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
    AND NOT c.key IN [s IN spanned | s.key]
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
  UNION ALL
  UNWIND spanned AS s
  RETURN s.source AS source, s.target AS target, s.type AS type, s.weight AS weight
}
WITH source, target, type, weight
// The rows read above passed the filters already; the pairs set apart have not.
WHERE weight >= $minWeight
  AND ($actors IS NULL OR source IN $actors OR target IN $actors)
  AND ($kinds IS NULL OR EXISTS {
    MATCH (a:Actor {id: source}), (b:Actor {id: target})
    WHERE a.kind IN $kinds AND b.kind IN $kinds
  })
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
