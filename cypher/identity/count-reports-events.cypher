// What identity made of the graph's reports: how many reports, and how many events they are OF.
MATCH (r:Report)
OPTIONAL MATCH (r)-[:OF]->(e:Event)
RETURN count(r) AS reports, count(DISTINCT e) AS events
