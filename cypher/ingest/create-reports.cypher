UNWIND $reports AS report
MATCH (article:Article {id: report.articleId}), (e:Event {id: report.event})
CREATE (e)-[:REPORTED_IN {evidence: report.evidence, start: toInteger(report.start), end: toInteger(report.end)}]->(article)
