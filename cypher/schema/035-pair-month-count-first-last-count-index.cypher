CREATE RANGE INDEX pair_month_count_first_last_count IF NOT EXISTS FOR (c:PairMonthCount) ON (c.first, c.last, c.count)
