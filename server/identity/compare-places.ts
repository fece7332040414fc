/** Whether two reports' places can be one event's. */

interface Placed {
  place: string | null;
  placeCountry: string | null;
  placeIsCountry: boolean;
}

const normalize = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/**
 * 1 for the same place; 0.5 when one report names no place, or one names a country and the other
 * a place in it; null for two different places (talks in Geneva and talks in Vienna are two
 * rounds, an offensive on two cities of one country two offensives).
 */
export function scorePlaces(a: Placed, b: Placed): number | null {
  if (a.place === null || b.place === null) return 0.5;
  if (normalize(a.place) === normalize(b.place)) return 1;
  const nested = (a.placeIsCountry || b.placeIsCountry) && a.placeCountry !== null && a.placeCountry === b.placeCountry;
  return nested ? 0.5 : null;
}
