// Pairs of actors sharing dated events over the whole history in which an asked actor ($actors) takes part, one edge
// per event type, heaviest first: the asked actors' all-time rows, found by their source and target indexes (an
// actor's expansion; reading every row in count order would walk them all for an actor with few pairs).
CALL () {
  MATCH (c:PairTotalCount)
  WHERE c.source IN $actors
  RETURN c
  UNION
  MATCH (c:PairTotalCount)
  WHERE c.target IN $actors
  RETURN c
}
WITH c
WHERE c.count >= $minWeight
  AND ($types IS NULL OR c.type IN $types)
  AND ($kinds IS NULL OR EXISTS {
    MATCH (a:Actor {id: c.source}), (b:Actor {id: c.target})
    WHERE a.kind IN $kinds AND b.kind IN $kinds
  })
RETURN c.source AS source, c.target AS target, c.type AS type, c.count AS weight
ORDER BY weight DESC, source, target, type
LIMIT $fetch
