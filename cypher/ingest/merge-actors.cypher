UNWIND $actors AS actor
MERGE (a:Actor {id: actor.id})
  ON CREATE SET a.name = actor.name, a.kind = actor.kind
WITH a, actor
CALL (a, actor) {
  UNWIND coalesce(a.aliases, []) + actor.aliases AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
// An actor whose aliases are already all there is left alone: no write.
WITH a, aliases
WHERE a.aliases IS NULL OR a.aliases <> aliases
SET a.aliases = aliases
