CREATE RANGE INDEX actor_month_count_actor_first IF NOT EXISTS FOR (c:ActorMonthCount) ON (c.actor, c.first)
