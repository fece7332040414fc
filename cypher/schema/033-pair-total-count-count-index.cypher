CREATE RANGE INDEX pair_total_count_count IF NOT EXISTS FOR (c:PairTotalCount) ON (c.count)
