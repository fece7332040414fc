// One actor with its event count and how often it held each role.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .aliases} AS actor,
  size(COLLECT { MATCH (a)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e.id AS id }) AS activity,
  COLLECT {
    MATCH (a)-[p:PARTICIPATED_IN]->(:Event)
    WITH p.role AS role, count(*) AS count
    ORDER BY count DESC, role
    RETURN {role: role, count: count} AS entry
  } AS roles
