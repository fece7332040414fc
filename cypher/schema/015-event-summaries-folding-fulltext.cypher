// standard-folding: the standard analyzer plus ASCII folding, so a summary's "Doğan" is found as "Dogan" and the other way round.
CREATE FULLTEXT INDEX eventSummaries IF NOT EXISTS FOR (e:Event) ON EACH [e.summary]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
