CREATE RANGE INDEX pair_total_count_order IF NOT EXISTS FOR (c:PairTotalCount) ON (c.count, c.source, c.target, c.type)
