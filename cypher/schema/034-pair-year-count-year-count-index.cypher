CREATE RANGE INDEX pair_year_count_year_count IF NOT EXISTS FOR (c:PairYearCount) ON (c.year, c.count)
