// Actors whose name or an alias matches a Lucene query (already escaped), best first.
CALL db.index.fulltext.queryNodes('actorNames', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, score
