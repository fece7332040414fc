// The batch's reports, each what its article says of one event (the identity rule's input); linked to events later.
UNWIND $reports AS report
CREATE (r:Report)
SET r = report,
    r.start = date(report.start),
    r.end = date(report.end),
    r.spanBucket = toInteger(report.spanBucket)
