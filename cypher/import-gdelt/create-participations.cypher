// The participants of the events just written (their old ones were removed with them).
UNWIND $participations AS participation
MATCH (a:Actor {id: participation.actor}), (e:Event {id: participation.event})
CREATE (a)-[:PARTICIPATED_IN {role: participation.role}]->(e)
