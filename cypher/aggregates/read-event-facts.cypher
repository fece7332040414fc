// What the aggregates count of the given events (those still in the graph): type, stance facts, dates, distinct actors.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.type AS type, e.subtype AS subtype, e.cameo AS cameo, e.quadClass AS quadClass,
       toString(e.start) AS start, toString(e.end) AS end,
       COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT a.id } AS actors
