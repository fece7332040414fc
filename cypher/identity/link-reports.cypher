// Each report OF the event its cluster made.
UNWIND $links AS link
MATCH (r:Report {key: link.key}), (e:Event {id: link.event})
OPTIONAL MATCH (r)-[old:OF]->(other:Event)
WHERE other <> e
DELETE old
MERGE (r)-[:OF]->(e)
