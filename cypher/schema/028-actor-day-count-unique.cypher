CREATE CONSTRAINT actor_day_count_key IF NOT EXISTS FOR (c:ActorDayCount) REQUIRE (c.actor, c.type, c.start, c.end) IS UNIQUE
