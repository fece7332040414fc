// Events whose summary matches a Lucene query (already escaped), best first.
CALL db.index.fulltext.queryNodes('eventSummaries', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.type AS type, node.summary AS summary, toString(node.start) AS start, score
