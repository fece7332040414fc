// The most active actors
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
RETURN a.name AS actor, a.kind AS kind, count(DISTINCT e) AS events
ORDER BY events DESC
LIMIT 20
