// standard-folding: the standard analyzer plus ASCII folding, so "Erdogan" finds "Erdoğan" and the other way round.
CREATE FULLTEXT INDEX actorNames IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
