CREATE RANGE INDEX pair_months_span_last IF NOT EXISTS FOR ()-[r:PAIR_MONTHS]-() ON (r.spanLast)
