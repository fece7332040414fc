// Pairs of actors sharing dated events over the whole history, one edge per event type, heaviest first, read from
// the all-time rows in the order of their count index instead of summing and sorting every pair: the $fetch
// heaviest rows passing the filters set a floor, and only the rows at or above it are then ordered (so that ties
// at the floor break by source, target and type, as in the other reads).
CALL () {
  MATCH (c:PairTotalCount)
  WHERE c.count >= $minWeight
    AND ($types IS NULL OR c.type IN $types)
    AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
    AND ($kinds IS NULL OR EXISTS {
      MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
      WHERE a.kind IN $kinds AND b.kind IN $kinds
    })
  WITH c ORDER BY c.count DESC LIMIT $fetch
  RETURN CASE WHEN count(c) < $fetch THEN $minWeight ELSE min(c.count) END AS floor
}
MATCH (c:PairTotalCount)
WHERE c.count >= floor
  AND ($types IS NULL OR c.type IN $types)
  AND ($actors IS NULL OR c.source IN $actors OR c.target IN $actors)
  AND ($kinds IS NULL OR EXISTS {
    MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
    WHERE a.kind IN $kinds AND b.kind IN $kinds
  })
RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
