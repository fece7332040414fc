// An actor's stated relations, both directions, each with its supporting passages.
MATCH (a:Actor {id: $id})-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]-(other:Actor)
RETURN type(r) AS type,
  CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
  other {.id, .name, .kind} AS other,
  [i IN range(0, size(r.evidence) - 1) WHERE r.evidence[i] <> '' |
    {text: r.evidence[i], start: r.starts[i], end: r.ends[i], articleId: r.articleIds[i]}] AS evidence
ORDER BY type, other.name
