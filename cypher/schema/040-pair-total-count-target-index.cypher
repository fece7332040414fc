CREATE RANGE INDEX pair_total_count_target IF NOT EXISTS FOR (c:PairTotalCount) ON (c.target)
