/** Countries from the maintained `world-countries` package: names, demonyms, capitals and centres. */
import worldCountries, { type Country } from 'world-countries';

/** The package's types describe its CommonJS shape; under NodeNext the default import is the array itself. */
const countryList = worldCountries as unknown as Country[];

export interface CountryEntry {
  code: string;
  /** ISO 3166-1 alpha-3, as CAMEO and GDELT name countries ("SYR"). */
  code3: string;
  commonName: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  latitude: number;
  longitude: number;
}

/** Latin-script alternative spellings only; two-letter codes like "SY" would match ordinary words. */
function isUsableSpelling(name: string): boolean {
  return name.length > 3 && /^[A-Za-z .'’-]+$/.test(name);
}

function toEntry(country: Country): CountryEntry {
  const english = country.demonyms['eng'];
  return {
    code: country.cca2,
    code3: country.cca3,
    commonName: country.name.common,
    names: [...new Set([country.name.common, country.name.official, ...country.altSpellings.filter(isUsableSpelling)])],
    demonyms: english ? [...new Set([english.m, english.f])] : [],
    capitals: country.capital,
    latitude: country.latlng[0],
    longitude: country.latlng[1],
  };
}

/** UN members first, so a shared demonym ("French") names the sovereign state, not a territory. */
export const countries: readonly CountryEntry[] = [...countryList].sort((a, b) => Number(b.unMember) - Number(a.unMember)).map(toEntry);
