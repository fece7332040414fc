// An event is AT every place one of its reports names.
UNWIND $events AS event
MATCH (e:Event {id: event.id})
CALL (e) {
  MATCH (e)-[at:AT]->(:Place)
  DELETE at
}
CALL (e, event) {
  UNWIND event.places AS name
  MATCH (p:Place {name: name})
  MERGE (e)-[:AT]->(p)
}
