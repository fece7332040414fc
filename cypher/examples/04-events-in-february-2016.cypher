// Events of February 2016, in date order
MATCH (e:Event)
WHERE e.start >= date('2016-02-01') AND e.start <= date('2016-02-29')
RETURN e.start AS date, e.type AS type, e.status AS status, e.summary AS summary
ORDER BY date
LIMIT 200
