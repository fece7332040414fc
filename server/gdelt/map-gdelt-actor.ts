/**
 * A GDELT actor as one of our canonical actors: a known group → the organisation; a country alone
 * (or its government, military, police or intelligence) → the state, with the extractor's ids; a
 * country's rebels or opposition → the extractor's "Syrian rebels"; anyone else keeps GDELT's name and code.
 */
import type { Actor, ActorKind } from '../contract/extraction.js';
import { countries, type CountryEntry } from '../gazetteer/countries.js';
import { lexicons } from '../extractor/lexicons/load-lexicons.js';
import { stateEntity } from '../extractor/mentions/build-alias-table.js';
import { nameCountryGroup } from '../extractor/mentions/name-country-group.js';
import { toActorId } from '../extractor/mentions/to-actor-id.js';
import type { GdeltCodebook } from './load-gdelt-codebook.js';
import type { GdeltActor } from './parse-gdelt-row.js';

/** An actor as the import writes it: `gdeltCode` is the code that decided who it is. */
export interface ImportedActor extends Actor {
  gdeltCode: string;
}

const countryByCode3 = new Map<string, CountryEntry>(countries.map((country) => [country.code3, country]));

/** Maps one actor's columns to the actor it names. */
export function mapGdeltActor(actor: GdeltActor, codebook: GdeltCodebook): ImportedActor {
  const group = codebook.knownGroups.get(actor.knownGroupCode);
  if (group) return { ...group, aliases: [group.name], gdeltCode: actor.knownGroupCode };
  const country = countryByCode3.get(actor.countryCode);
  const plain = actor.ethnicCode === '' && actor.religionCodes.length === 0 && actor.knownGroupCode === '';
  const fromCountry = country && plain ? mapCountryActor(actor, country, codebook) : null;
  if (fromCountry) return { ...fromCountry, aliases: [fromCountry.name], gdeltCode: actor.code };
  return { id: toActorId(`gdelt ${actor.code}`), name: actor.name, kind: kindOfTypes(actor.typeCodes, codebook), aliases: [actor.name], gdeltCode: actor.code };
}

function mapCountryActor(actor: GdeltActor, country: CountryEntry, codebook: GdeltCodebook) {
  if (actor.typeCodes.every((type) => codebook.stateTypes.has(type))) return stateEntity(country, lexicons);
  const demonym = country.demonyms[0];
  if (!demonym) return null;
  if (actor.typeCodes.some((type) => codebook.rebelTypes.has(type))) return nameCountryGroup(demonym, true);
  if (actor.typeCodes.some((type) => codebook.oppositionTypes.has(type))) return nameCountryGroup(demonym, false);
  return null;
}

function kindOfTypes(typeCodes: string[], codebook: GdeltCodebook): ActorKind {
  for (const type of typeCodes) {
    const kind = codebook.kindOfType.get(type);
    if (kind) return kind;
  }
  return 'other';
}
