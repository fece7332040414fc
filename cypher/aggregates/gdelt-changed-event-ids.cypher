// The stored events a GDELT batch will rewrite (their row maps differently now), before it does.
UNWIND $events AS row
MATCH (e:Event {id: row.id})
WHERE e.importHash <> row.importHash
RETURN collect(e.id) AS ids
