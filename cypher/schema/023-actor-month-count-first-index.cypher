CREATE RANGE INDEX actor_month_count_first IF NOT EXISTS FOR (c:ActorMonthCount) ON (c.first)
