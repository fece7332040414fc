CREATE CONSTRAINT pair_total_count_key IF NOT EXISTS FOR (c:PairTotalCount) REQUIRE c.key IS UNIQUE
