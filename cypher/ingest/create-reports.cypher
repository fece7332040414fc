MATCH (article:Article {id: $articleId})
UNWIND $reports AS report
MATCH (e:Event {id: report.event})
CREATE (e)-[:REPORTED_IN {evidence: report.evidence, start: toInteger(report.start), end: toInteger(report.end)}]->(article)
