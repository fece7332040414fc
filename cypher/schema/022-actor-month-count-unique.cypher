CREATE CONSTRAINT actor_month_count_key IF NOT EXISTS FOR (c:ActorMonthCount) REQUIRE (c.actor, c.type, c.first, c.last) IS UNIQUE
