MATCH (:Actor)-[r:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(:Actor)
WHERE $articleId IN r.articleIds
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> $articleId] AS kept
WITH r,
     [i IN kept | r.articleIds[i]] AS articleIds,
     [i IN kept | r.evidence[i]] AS evidence,
     [i IN kept | r.starts[i]] AS starts,
     [i IN kept | r.ends[i]] AS ends
SET r.articleIds = articleIds, r.evidence = evidence, r.starts = starts, r.ends = ends
WITH r
WHERE size(r.articleIds) = 0
DELETE r
