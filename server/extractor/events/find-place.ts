/** The place an event happened, when its sentence names one: known to the gazetteer, or written as a place ("the port city of Hodeidah"). */
import { countries } from '../../gazetteer/countries.js';
import { locatePlace } from '../../gazetteer/places.js';

const PLACE_NAME = String.raw`((?:eastern |western |northern |southern )?[A-Z][\p{L}'’-]+(?:\s+(?:al-)?[A-Z][\p{L}'’-]+){0,2})`;
const LOCATIVE = new RegExp(String.raw`\b(?:in|at|near|around|outside|inside)\s+(?:the\s+)?${PLACE_NAME}`, 'gu');
/** "travelled to Lisbon": a city a trip goes to; a country after "to" is as often an addressee ("appealed to Russia"), an origin ("from") no venue. */
const MOTION = new RegExp(String.raw`\b(?:travel\w*|fl(?:ew|y|ies|ying)|arriv\w*|came|went|go|goes|going|head(?:s|ed|ing)?|return\w*|trip|journey|visit\w*|delegation|mission)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?${PLACE_NAME}`, 'gu');
const ATTRIBUTIVE = new RegExp(String.raw`${PLACE_NAME}\s+(?:talks|meeting|summit|conference|peace talks|negotiations|agreements?|accords?)\b`, 'gu');
/** "the Moroccan resort of Skhirat", "the port city of Hodeidah": a place by construction, known to the gazetteer or not. */
const DESCRIBED = new RegExp(String.raw`\b(?:city|town|village|port|resort|capital|region|province|district|island|valley|governorate|enclave|suburb|area)\s+of\s+${PLACE_NAME}`, 'gu');
/** "the Kazakh capital". */
const CAPITAL = /\bthe\s+([A-Z][\p{L}]+)\s+capital\b/gu;

const countryNames = new Set(countries.flatMap((c) => c.names));

/** "Syrian" is a listed demonym; "Kazakh" is only the start of "Kazakhstan" (the package says "Kazakhstani"). */
function capitalOf(adjective: string): string | undefined {
  const country = countries.find((c) => c.demonyms.includes(adjective)) ?? countries.find((c) => adjective.length >= 5 && c.commonName.startsWith(adjective));
  return country?.capitals[0];
}

interface Candidate {
  name: string;
  at: number;
  /** The construction itself says it is a place, so the gazetteer need not know it. */
  sure: boolean;
  city?: boolean;
}

/** The whole name where the construction is sure, else its longest known prefix ("Geneva Monday" → "Geneva"). */
function resolveCandidate(c: Candidate): string | null {
  if (c.sure) return c.name;
  for (let words = c.name.split(/\s+/); words.length; words = words.slice(0, -1)) {
    const name = words.join(' ');
    if (locatePlace(name) && !(c.city && countryNames.has(name))) return name;
  }
  return null;
}

/** In the clause every construction counts; in the rest of the sentence only the plain ones ("in Geneva", "Geneva talks"). */
function candidates(text: string, clause: boolean): Candidate[] {
  const of = (pattern: RegExp, extra: Partial<Candidate> = {}) => [...text.matchAll(pattern)].map((m) => ({ name: m[1] ?? '', at: m.index ?? 0, sure: false, ...extra }));
  const capitals = [...text.matchAll(CAPITAL)].flatMap((m) => {
    const capital = capitalOf(m[1] ?? '');
    return capital ? [{ name: capital, at: m.index ?? 0, sure: true }] : [];
  });
  const own = clause ? [...of(MOTION, { city: true }), ...of(DESCRIBED, { sure: true }), ...capitals] : [];
  return [...of(LOCATIVE), ...of(ATTRIBUTIVE), ...own];
}

function firstPlace(found: Candidate[]): string | null {
  for (const c of found) {
    const place = resolveCandidate(c);
    if (place) return place;
  }
  return null;
}

/**
 * The place named nearest the trigger (at `triggerAt` in the clause) in its clause, else the first plain one in the sentence.
 */
export function findPlace(clause: string, sentence: string, triggerAt = 0): string | null {
  const near = candidates(clause, true).sort((a, b) => Math.abs(a.at - triggerAt) - Math.abs(b.at - triggerAt));
  return firstPlace(near) ?? firstPlace(candidates(sentence, false).sort((a, b) => a.at - b.at));
}
