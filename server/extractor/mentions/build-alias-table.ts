/** The surface forms of every known state and organisation, from the country gazetteer and the lexicons. */
import { countries, type CountryEntry } from '../../gazetteer/countries.js';
import type { EntityRef } from '../document-model.js';
import type { Lexicons } from '../lexicons/load-lexicons.js';
import { toActorId } from './to-actor-id.js';

/** place: the form is also a place name, so it names an actor only outside locative phrases ("in Vienna"). */
export interface AliasEntry {
  surface: string;
  entity: EntityRef;
  place: boolean;
  demonym: boolean;
  plural?: boolean;
}

/** The canonical actor of a state: the lexicon's override ("syrian_government") or its common name's id. */
export function stateEntity(country: CountryEntry, lexicons: Lexicons): EntityRef {
  const extra = lexicons.states.get(country.code);
  const name = extra?.name ?? country.commonName;
  return { id: extra?.id ?? toActorId(name), name, kind: 'state' };
}

/** "Russian" → "Russians", "Israeli" → "Israelis"; demonyms already plural or ending in -ese stay as they are. */
function pluralDemonym(demonym: string): string[] {
  return /(ese|s)$/.test(demonym) ? [] : [`${demonym}s`];
}

/** The package's demonyms and the lexicon's ("Kazakh" beside the package's "Kazakhstani"). */
function demonymsOf(country: CountryEntry, lexicons: Lexicons): string[] {
  return [...country.demonyms, ...(lexicons.states.get(country.code)?.demonyms ?? [])];
}

function stateAliases(country: CountryEntry, lexicons: Lexicons): AliasEntry[] {
  const entity = stateEntity(country, lexicons);
  const extra = lexicons.states.get(country.code);
  const capitals = [...country.capitals, ...(extra?.capitals ?? [])];
  const plain = [...country.names, ...(extra?.aliases ?? [])].map((surface) => ({ surface, entity, place: false, demonym: false }));
  const demonyms = demonymsOf(country, lexicons).flatMap((d) => [
    { surface: d, entity, place: false, demonym: true },
    ...pluralDemonym(d).map((surface) => ({ surface, entity, place: false, demonym: true, plural: true })),
  ]);
  const capitalForms = capitals.map((surface) => ({ surface, entity, place: true, demonym: false }));
  return [...capitalForms, ...plain, ...demonyms];
}

function organizationAliases(lexicons: Lexicons): AliasEntry[] {
  return lexicons.organizations.flatMap((org) => {
    const entity: EntityRef = { id: org.id, name: org.name, kind: org.kind };
    const demonyms = (org.demonyms ?? []).flatMap((d) => [
      { surface: d, entity, place: false, demonym: true },
      ...pluralDemonym(d).map((surface) => ({ surface, entity, place: false, demonym: true, plural: true })),
    ]);
    return [...org.aliases.map((surface) => ({ surface, entity, place: false, demonym: false })), ...demonyms];
  });
}

/** Demonym → its state, for naming groups ("Syrian rebels"); UN members win a shared demonym. */
export function buildDemonymIndex(lexicons: Lexicons): Map<string, { state: EntityRef; demonym: string; country: string }> {
  const index = new Map<string, { state: EntityRef; demonym: string; country: string }>();
  for (const country of countries) {
    for (const demonym of demonymsOf(country, lexicons)) {
      if (demonym && !index.has(demonym)) index.set(demonym, { state: stateEntity(country, lexicons), demonym, country: country.commonName });
    }
  }
  return index;
}

/** Every alias once; an organisation's claim on a form ("Brussels") wins over a state's. */
export function buildAliasTable(lexicons: Lexicons): AliasEntry[] {
  const table = new Map<string, AliasEntry>();
  for (const entry of [...organizationAliases(lexicons), ...countries.flatMap((c) => stateAliases(c, lexicons))]) {
    if (entry.surface.trim().length > 1 && !table.has(entry.surface)) table.set(entry.surface, entry);
  }
  return [...table.values()].sort((a, b) => b.surface.length - a.surface.length);
}
