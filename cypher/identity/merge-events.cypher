// The events identity made, reconciled from their reports; an event keeps its node when its id stays.
UNWIND $events AS event
MERGE (e:Event {id: event.id})
SET e.articleId = event.articleId,
    e.type = event.type,
    e.subtype = event.subtype,
    e.cameo = event.cameo,
    e.status = event.status,
    e.start = date(event.start),
    e.end = date(event.end),
    e.precision = event.precision,
    e.place = event.place,
    e.summary = event.summary,
    e.confidence = event.confidence,
    e.reportCount = size(event.reportKeys)
