/** Place names to coordinates: countries, then cities (`city-timezones`), then a small alias file. */
import { readFileSync } from 'node:fs';
import cityTimezones from 'city-timezones';
import { countries } from './countries.js';

export interface LocatedPlace {
  name: string;
  latitude: number;
  longitude: number;
  countryCode: string;
}

type AliasTarget = string | { latitude: number; longitude: number; countryCode: string };

const aliases = JSON.parse(readFileSync(new URL('./place-aliases.json', import.meta.url), 'utf8')) as Record<string, AliasTarget>;

const normalize = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

const countryIndex = new Map(
  countries.flatMap((c) => c.names.map((n) => [normalize(n), c] as const)),
);
const aliasIndex = new Map(Object.entries(aliases).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [normalize(k), { name: k, target: v }]));

type City = (typeof cityTimezones.cityMapping)[number];

/** Lower-cased city name → its most populous bearer, so "Paris" is France's capital and not a town in Texas; built once, as the package's own lookup scans every city. */
const cityIndex = new Map<string, City>();
for (const city of cityTimezones.cityMapping) {
  const key = city.city.toLowerCase();
  const known = cityIndex.get(key);
  if (!known || city.pop > known.pop) cityIndex.set(key, city);
}

function locateCity(name: string): LocatedPlace | null {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const matches = [cityIndex.get(name.toLowerCase()), cityIndex.get(plain.toLowerCase())].filter((c): c is City => c !== undefined);
  const best = matches.sort((a, b) => b.pop - a.pop)[0];
  return best ? { name, latitude: best.lat, longitude: best.lng, countryCode: best.iso2 } : null;
}

function locateAlias(name: string): LocatedPlace | null {
  const hit = aliasIndex.get(normalize(name));
  if (!hit) return null;
  if (typeof hit.target === 'string') {
    const city = locateCity(hit.target);
    return city ? { ...city, name } : null;
  }
  return { name, ...hit.target };
}

/** Coordinates and country for a place name, or null when no gazetteer knows it. */
export function locatePlace(name: string): LocatedPlace | null {
  const key = normalize(name);
  if (!key) return null;
  const country = countryIndex.get(key);
  if (country) return { name, latitude: country.latitude, longitude: country.longitude, countryCode: country.code };
  return locateAlias(name) ?? locateCity(name);
}

/** True when the name is a country's (any of its names), not a city or region in one. */
export function isCountryName(name: string): boolean {
  return countryIndex.has(normalize(name));
}
