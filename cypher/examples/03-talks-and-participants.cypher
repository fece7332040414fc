// Talks and meetings with their participants (drawn as a graph)
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e:Event)
WHERE e.type IN ['talks', 'meeting']
RETURN a, r, e
LIMIT 300
