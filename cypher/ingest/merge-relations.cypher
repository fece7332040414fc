UNWIND $relations AS relation
MATCH (source:Actor {id: relation.source}), (target:Actor {id: relation.target})
MERGE (source)-[r:$(relation.type)]->(target)
WITH r, relation,
     [i IN range(0, size(coalesce(r.articleIds, [])) - 1) |
       {articleId: r.articleIds[i], evidence: r.evidence[i], start: r.starts[i], end: r.ends[i]}] AS existing
CALL (existing, relation) {
  UNWIND existing + relation.entries AS entry
  WITH entry
  ORDER BY entry.articleId, entry.start, entry.end, entry.evidence
  RETURN collect(entry) AS entries
}
SET r.articleIds = [entry IN entries | entry.articleId],
    r.evidence = [entry IN entries | entry.evidence],
    r.starts = [entry IN entries | toInteger(entry.start)],
    r.ends = [entry IN entries | toInteger(entry.end)]
