// An event's participants are the union of its reports' (one relationship per actor and role: event.participants
// holds each pair once, so CREATE after the delete; a MERGE would expand a busy actor's every participation).
UNWIND $events AS event
MATCH (e:Event {id: event.id})
CALL (e) {
  MATCH (:Actor)-[p:PARTICIPATED_IN]->(e)
  DELETE p
}
CALL (e, event) {
  UNWIND event.participants AS participant
  MATCH (a:Actor {id: participant.actor})
  CREATE (a)-[:PARTICIPATED_IN {role: participant.role}]->(e)
}
