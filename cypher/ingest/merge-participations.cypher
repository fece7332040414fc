UNWIND $participations AS participation
MATCH (a:Actor {id: participation.actor}), (e:Event {id: participation.event})
MERGE (a)-[:PARTICIPATED_IN {role: participation.role}]->(e)
