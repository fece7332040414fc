// Reports of other articles that may be one event with one of $reports: of a type of its family, sharing an
// actor, dated within [from, to] (its dates widened by the rule's adjacent days). One seek of the
// (type, spanBucket, start) index per (type of the family, occupied span bucket) pair in q.seeks: a report whose
// span fits bucket b and which ends on or after `from` starts on or after `from - b`, so the start range is
// bounded on both sides.
UNWIND $reports AS q
UNWIND q.seeks AS seek
WITH q, seek.type AS type, toInteger(seek.bucket) AS bucket
MATCH (r:Report)
WHERE r.type = type AND r.spanBucket = bucket
  AND r.start >= date(q.from) - duration({days: bucket}) AND r.start <= date(q.to)
  AND r.end >= date(q.from)
  AND r.articleId <> q.articleId
  AND any(actor IN r.actors WHERE actor IN q.actors)
OPTIONAL MATCH (r)-[:OF]->(e:Event)
RETURN q.seed AS seed, r {.*, start: toString(r.start), end: toString(r.end)} AS report, e.id AS event
