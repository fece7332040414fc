CREATE CONSTRAINT pair_year_count_key IF NOT EXISTS FOR (c:PairYearCount) REQUIRE c.key IS UNIQUE
