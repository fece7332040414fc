CREATE FULLTEXT INDEX eventSummaries IF NOT EXISTS FOR (e:Event) ON EACH [e.summary]
