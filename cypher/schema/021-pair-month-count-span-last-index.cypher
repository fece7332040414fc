CREATE RANGE INDEX pair_month_count_span_last IF NOT EXISTS FOR (c:PairMonthCount) ON (c.spanLast)
