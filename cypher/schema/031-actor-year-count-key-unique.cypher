CREATE CONSTRAINT actor_year_count_key IF NOT EXISTS FOR (c:ActorYearCount) REQUIRE c.key IS UNIQUE
