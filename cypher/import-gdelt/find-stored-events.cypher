// Which of a batch's events the graph holds already, with what their row mapped to when last imported:
// the import leaves equal ones alone, rewrites changed ones and creates the rest.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.importHash AS importHash
