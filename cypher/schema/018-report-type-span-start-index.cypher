// The identity look-up: reports of one type whose span fits a bucket, by start date (cypher/identity/find-candidate-reports).
CREATE RANGE INDEX report_type_span_start IF NOT EXISTS FOR (r:Report) ON (r.type, r.spanBucket, r.start)
