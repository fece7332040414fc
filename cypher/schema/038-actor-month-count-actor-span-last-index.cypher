CREATE RANGE INDEX actor_month_count_actor_span_last IF NOT EXISTS FOR (c:ActorMonthCount) ON (c.actor, c.spanLast)
