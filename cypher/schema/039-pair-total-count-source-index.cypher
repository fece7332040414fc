CREATE RANGE INDEX pair_total_count_source IF NOT EXISTS FOR (c:PairTotalCount) ON (c.source)
