CREATE FULLTEXT INDEX actorNames IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]
