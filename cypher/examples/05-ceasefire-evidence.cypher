// The sentences that report each ceasefire
MATCH (e:Event {type: 'ceasefire'})-[r:REPORTED_IN]->(a:Article)
RETURN e.start AS date, e.summary AS event, r.evidence AS sentence, a.title AS article
ORDER BY date
LIMIT 50
