// The batch's articles' entries leave every relation list (one pass over the relations for the whole batch); emptied relations go.
MATCH (:Actor)-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(:Actor)
WHERE any(id IN r.articleIds WHERE id IN $articleIds)
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN $articleIds] AS kept
WITH r,
     [i IN kept | r.articleIds[i]] AS articleIds,
     [i IN kept | r.evidence[i]] AS evidence,
     [i IN kept | r.starts[i]] AS starts,
     [i IN kept | r.ends[i]] AS ends
SET r.articleIds = articleIds, r.evidence = evidence, r.starts = starts, r.ends = ends
WITH r
WHERE size(r.articleIds) = 0
DELETE r
