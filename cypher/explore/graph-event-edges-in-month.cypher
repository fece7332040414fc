// Pairs of actors sharing dated events of one whole month ($firstMonth, its first day), one edge per event type,
// heaviest first, read from the rows of the events lying within that month in the order of their (first, last,
// count, source, target, type) index instead of summing and sorting every pair. Pairs with events reaching into
// the month from before it or out of it (month rows spanning it) weigh their in-month row plus those rows: they
// are set apart and counted exactly. Of the others: the $fetch heaviest rows set a floor; then the rows above it,
// and those at it in (source, target, type) order, as the answer breaks ties (many pairs share a small count).
// A composite index serves a read only when every one of its properties has a predicate: hence the IS NOT NULLs,
// true of every row.
CALL () {
  MATCH (s:PairMonthCount)
  WHERE s.spanLast >= date($firstMonth) AND s.first <= date($firstMonth)
    AND ($types IS NULL OR s.type IN $types)
  WITH s.source AS source, s.target AS target, s.type AS type, sum(s.count) AS spanning
  WITH source, target, type, spanning, $firstMonth + '|' + $firstMonth + '|' + type + '|' + source + '|' + target AS key
  OPTIONAL MATCH (c:PairMonthCount {key: key})
  RETURN collect({key: key, source: source, target: target, type: type, weight: spanning + coalesce(c.count, 0)}) AS spanned
}
CALL (spanned) {
  MATCH (c:PairMonthCount)
  WHERE c.first = date($firstMonth) AND c.last = date($firstMonth) AND c.count >= $minWeight
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
    AND NOT c.key IN [s IN spanned | s.key]
  WITH c ORDER BY c.first DESC, c.last DESC, c.count DESC LIMIT $fetch
  RETURN min(c.count) AS floor
}
// The rows above the floor (fewer than $fetch), then those at it; returned as rows, not collected (a list carried
// by every row counts against the transaction's memory once per row).
CALL (spanned, floor) {
  MATCH (c:PairMonthCount)
  WHERE c.first = date($firstMonth) AND c.last = date($firstMonth) AND c.count > floor
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
    AND NOT c.key IN [s IN spanned | s.key]
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
  UNION ALL
  MATCH (c:PairMonthCount)
  WHERE c.first = date($firstMonth) AND c.last = date($firstMonth) AND c.count = floor
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
    AND NOT c.key IN [s IN spanned | s.key]
  WITH c ORDER BY c.first, c.last, c.count, c.source, c.target, c.type LIMIT $fetch
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
