// Events whose summary matches a Lucene query (already escaped), best first. Events told by the same
// sentence on the same day (one per event type) make one suggestion: the best scored, with every type.
CALL db.index.fulltext.queryNodes('eventSummaries', $query, {limit: $limit * 4}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
WITH node.summary AS summary, node.start AS start, collect({node: node, score: score}) AS hits
WITH hits[0] AS best, [hit IN hits | hit.node.type] AS types
RETURN best.node.id AS id, best.node.type AS type, types, best.node.summary AS summary,
       toString(best.node.start) AS start, best.score AS score
ORDER BY score DESC, id
LIMIT $limit
