// What the graph holds, for the health check.
RETURN COUNT { (:Actor) } AS actors, COUNT { (:Event) } AS events, COUNT { (:Article) } AS articles
