UNWIND $placements AS placement
MERGE (p:Place {name: placement.name})
SET p.latitude = placement.latitude,
    p.longitude = placement.longitude,
    p.countryCode = placement.countryCode
WITH p, placement
MATCH (e:Event {id: placement.event})
MERGE (e)-[:AT]->(p)
