// The span buckets that hold a report of each of $types: the candidate look-up seeks only these, since an
// empty (type, bucket) seek finds nothing (most of the 18 buckets are empty; each costs one seek per report).
UNWIND $types AS type
UNWIND [b IN $spanBuckets | toInteger(b)] AS bucket
WITH type, bucket
WHERE EXISTS { MATCH (r:Report) WHERE r.type = type AND r.spanBucket = bucket AND r.start IS NOT NULL }
RETURN type, collect(bucket) AS buckets
