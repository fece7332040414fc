// Who mediated what
MATCH (m:Actor)-[:PARTICIPATED_IN {role: 'mediator'}]->(e:Event)
OPTIONAL MATCH (p:Actor)-[:PARTICIPATED_IN]->(e) WHERE p <> m
RETURN m.name AS mediator, e.start AS date, e.summary AS event, collect(DISTINCT p.name) AS between
ORDER BY date
LIMIT 100
