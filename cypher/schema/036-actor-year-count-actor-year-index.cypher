CREATE RANGE INDEX actor_year_count_actor_year IF NOT EXISTS FOR (c:ActorYearCount) ON (c.actor, c.year)
