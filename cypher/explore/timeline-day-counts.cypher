// How many dated events overlap the window, by day span, from the per-day aggregates: rows starting in
// the window, and rows spanning into it from before.
CALL () {
  MATCH (c:DayCount)
  WHERE c.start >= date($from) AND c.start <= date($to)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.start AS start, c.end AS end, c.count AS count
  UNION ALL
  MATCH (c:DayCount)
  WHERE c.spanEnd >= date($from) AND c.start < date($from)
    AND ($types IS NULL OR c.type IN $types)
  RETURN c.start AS start, c.end AS end, c.count AS count
}
RETURN toString(start) AS start, toString(end) AS end, sum(count) AS count
