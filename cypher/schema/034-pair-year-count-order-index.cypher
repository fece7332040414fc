CREATE RANGE INDEX pair_year_count_order IF NOT EXISTS FOR (c:PairYearCount) ON (c.year, c.count, c.source, c.target, c.type)
