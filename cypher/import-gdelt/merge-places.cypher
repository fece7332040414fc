// A batch's places (GDELT's full names), with coordinates when first seen.
UNWIND $places AS place
MERGE (p:Place {name: place.name})
  ON CREATE SET p.latitude = place.latitude, p.longitude = place.longitude, p.countryCode = place.countryCode
