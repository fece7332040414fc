CREATE RANGE INDEX actor_day_count_actor_start IF NOT EXISTS FOR (c:ActorDayCount) ON (c.actor, c.start)
