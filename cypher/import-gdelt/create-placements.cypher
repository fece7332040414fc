// Where the events just written took place.
UNWIND $placements AS placement
MATCH (e:Event {id: placement.event}), (p:Place {name: placement.name})
CREATE (e)-[:AT]->(p)
