CREATE RANGE INDEX pair_months_first IF NOT EXISTS FOR ()-[r:PAIR_MONTHS]-() ON (r.first)
