CREATE RANGE INDEX day_count_span_end IF NOT EXISTS FOR (c:DayCount) ON (c.spanEnd)
