// Events of $eventIds left with no report (every report of theirs moved or went): gone, with their relationships.
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
WHERE e.codedBy IS NULL AND NOT EXISTS { (:Report)-[:OF]->(e) }
DETACH DELETE e
