CREATE CONSTRAINT day_count_key IF NOT EXISTS FOR (c:DayCount) REQUIRE (c.type, c.start, c.end) IS UNIQUE
