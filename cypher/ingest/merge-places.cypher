// The places the batch's reports name, with coordinates when a gazetteer knows them.
UNWIND $places AS place
MERGE (p:Place {name: place.name})
SET p.latitude = place.latitude,
    p.longitude = place.longitude,
    p.countryCode = place.countryCode
