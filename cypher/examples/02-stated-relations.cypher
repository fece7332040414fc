// Who backs, opposes or leads whom (drawn as a graph)
MATCH p = (:Actor)-[:BACKS|OPPOSES|LEADS|REPRESENTS|MEMBER_OF]->(:Actor)
RETURN p
LIMIT 300
