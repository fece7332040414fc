// Pairs of actors sharing dated events over the whole history, one edge per event type, heaviest first, read from
// the all-time rows in the order of their (count, source, target, type) index instead of summing and sorting every
// pair: the $fetch heaviest rows passing the filters set a floor; then the rows above it, and those at it in
// (source, target, type) order, as the answer breaks ties (many pairs share a small count). A composite index serves
// a read only when every one of its properties has a predicate: hence the IS NOT NULLs, true of every row.
CALL () {
  MATCH (c:PairTotalCount)
  WHERE c.count >= $minWeight
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
  WITH c ORDER BY c.count DESC LIMIT $fetch
  RETURN min(c.count) AS floor
}
// The rows above the floor (fewer than $fetch), then those at it; returned as rows, not collected (a list carried
// by every row counts against the transaction's memory once per row).
CALL (floor) {
  MATCH (c:PairTotalCount)
  WHERE c.count > floor
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
  UNION ALL
  MATCH (c:PairTotalCount)
  WHERE c.count = floor
    AND c.source IS NOT NULL AND c.target IS NOT NULL AND c.type IS NOT NULL
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
  WITH c ORDER BY c.count, c.source, c.target, c.type LIMIT $fetch
  RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
}
RETURN source, target, type, weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
