CREATE CONSTRAINT pair_month_count_key IF NOT EXISTS FOR (c:PairMonthCount) REQUIRE c.key IS UNIQUE
