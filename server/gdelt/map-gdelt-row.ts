/**
 * One GDELT event row as what the import writes: the event (type from its CAMEO code, a day-precision
 * date, GDELT's counts and scores), its actors with their roles, its place, and the article it was
 * coded from (its url and domain; GDELT has no text).
 */
import { createHash } from 'node:crypto';
import type { EventType, Role, StatementSubtype } from '../contract/extraction.js';
import { scoreConfidence } from '../extractor/assembly/score-confidence.js';
import { countries } from '../gazetteer/countries.js';
import type { GdeltCodebook } from './load-gdelt-codebook.js';
import { mapCameoCode } from './map-cameo-code.js';
import { mapGdeltActor, type ImportedActor } from './map-gdelt-actor.js';
import type { GdeltPlace, GdeltRow } from './parse-gdelt-row.js';

export interface GdeltArticle {
  id: string;
  /** GDELT gives no title: the url stands in for it. */
  title: string;
  published: string;
  url: string;
  source: string;
}

export interface GdeltEvent {
  id: string;
  gdeltId: number;
  articleId: string;
  type: EventType;
  subtype: StatementSubtype | null;
  cameo: string;
  day: string;
  place: string | null;
  summary: string;
  confidence: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  goldstein: number;
  quadClass: number;
}

export interface GdeltRecord {
  article: GdeltArticle;
  actors: ImportedActor[];
  event: GdeltEvent;
  participants: { actor: string; role: Role }[];
  place: { name: string; latitude: number | null; longitude: number | null; countryCode: string | null } | null;
}

/** An imported event's id: GDELT's own, so a re-import finds it. */
export function gdeltEventId(globalEventId: number): string {
  return `gdelt:${globalEventId}`;
}

/** Maps one parsed row. */
export function mapGdeltRow(row: GdeltRow, codebook: GdeltCodebook): GdeltRecord {
  const article = mapArticle(row);
  const source = row.actor1 ? mapGdeltActor(row.actor1, codebook) : null;
  const target = row.actor2 ? mapGdeltActor(row.actor2, codebook) : null;
  const meaning = mapCameoCode(row.eventCode, row.rootCode, codebook);
  const participants = [
    ...(source ? [{ actor: source.id, role: 'source' as const }] : []),
    ...(target ? [{ actor: target.id, role: 'target' as const }] : []),
  ];
  return {
    article,
    actors: [source, target].filter((actor): actor is ImportedActor => actor !== null),
    event: {
      id: gdeltEventId(row.globalEventId),
      gdeltId: row.globalEventId,
      articleId: article.id,
      type: meaning.type,
      subtype: meaning.subtype,
      cameo: row.eventCode,
      day: row.day,
      place: row.actionGeo?.name ?? null,
      summary: `${meaning.label}: ${[source?.name, target?.name].filter((name) => name).join(' → ')}`,
      // The extractor's rule, GDELT's sources standing for its evidence passages.
      confidence: scoreConfidence(row.numSources, true),
      numMentions: row.numMentions,
      numSources: row.numSources,
      numArticles: row.numArticles,
      goldstein: row.goldstein,
      quadClass: row.quadClass,
    },
    participants,
    place: row.actionGeo ? { ...row.actionGeo, countryCode: countryOfPlace(row.actionGeo) } : null,
  };
}

function mapArticle(row: GdeltRow): GdeltArticle {
  const id = `gdelt-${createHash('sha256').update(row.sourceUrl).digest('hex').slice(0, 16)}`;
  const host = hostOf(row.sourceUrl);
  // A source that is not a web page (a wire service's name) is kept as the source, with no link.
  return host === null
    ? { id, title: row.sourceUrl, published: row.dayAdded, url: '', source: row.sourceUrl }
    : { id, title: row.sourceUrl, published: row.dayAdded, url: row.sourceUrl, source: host };
}

function hostOf(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const countryByName = new Map<string, string>();
for (const country of countries) for (const name of country.names) if (!countryByName.has(name)) countryByName.set(name, country.code);

/** GDELT's geo country codes are FIPS 10-4 ("BO" is Belarus, not Bolivia): the country comes from the full name's last part instead. */
function countryOfPlace(place: GdeltPlace): string | null {
  const last = place.name.slice(place.name.lastIndexOf(',') + 1).trim();
  return countryByName.get(last) ?? null;
}
