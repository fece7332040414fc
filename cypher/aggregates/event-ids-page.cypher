// Dated event ids after $after, in id order, a page at a time.
MATCH (e:Event)
WHERE e.id > $after AND e.start IS NOT NULL
RETURN e.id AS id
ORDER BY e.id
LIMIT $pageSize
