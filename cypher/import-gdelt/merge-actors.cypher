// A batch's actors: created once with their name, kind and GDELT code; names not seen before join their aliases.
UNWIND $actors AS actor
MERGE (a:Actor {id: actor.id})
  ON CREATE SET a.name = actor.name, a.kind = actor.kind, a.aliases = [], a.gdeltCode = actor.gdeltCode
WITH a, [alias IN actor.aliases WHERE NOT alias IN coalesce(a.aliases, [])] AS added
WHERE size(added) > 0
CALL (a, added) {
  UNWIND coalesce(a.aliases, []) + added AS alias
  WITH alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET a.aliases = aliases
