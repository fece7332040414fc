CREATE RANGE INDEX pair_month_count_order IF NOT EXISTS FOR (c:PairMonthCount) ON (c.first, c.last, c.count, c.source, c.target, c.type)
