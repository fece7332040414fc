CREATE RANGE INDEX day_count_start IF NOT EXISTS FOR (c:DayCount) ON (c.start)
