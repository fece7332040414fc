/**
 * A GDELT-shaped export of any size from a few real rows: each output row is a real row drawn at
 * random, given a fresh GLOBALEVENTID, a day spread over several years, and (for about half of its
 * actors) a recombined actor: a real country and a real non-state type code under a numbered code,
 * so that a large file has as many distinct actors as a large history (about one per 20 events).
 * The same rows, options and seed give the same file.
 */
import { gdeltCodebook } from '../../server/gdelt/load-gdelt-codebook.js';
import { GDELT_COLUMNS } from '../../server/gdelt/parse-gdelt-row.js';
import { createRandom } from '../bench/create-random.js';

export interface ResampleOptions {
  events: number;
  seed: number;
  /** The first day of the generated history, YYYY-MM-DD. */
  firstDay: string;
  years: number;
  /** Recombined actors to draw from; about as many show up in a large file. */
  actors: number;
}

export const DEFAULT_RESAMPLE: Omit<ResampleOptions, 'events' | 'actors'> = { seed: 20191024, firstDay: '2015-01-01', years: 5 };

/** One recombined actor per 20 events: 50,000 at a million, as the scale issue sizes a history. */
export const defaultActorCount = (events: number): number => Math.max(50, Math.round(events / 20));

// Above GDELT's own ids of 2019 (under 900 million), so a generated file never collides with the sample.
const FIRST_EVENT_ID = 2_000_000_000;
// Share of actor slots that keep their real actor (states, organisations, the sample's own groups).
const KEPT_ACTOR_SHARE = 0.5;
// Zero-based columns, from GDELT's Event Codebook V2.0.
const COLUMN = { id: 0, sqlDate: 1, monthYear: 2, year: 3, fractionDate: 4, actor1: 5, actor2: 15, dateAdded: 59, sourceUrl: 60 } as const;
const DAY_MS = 86_400_000;

interface LocalActor {
  code: string;
  name: string;
  country: string;
  type: string;
}

/** Yields `options.events` tab-separated lines (no newline) resampled from `rows` (each of 61 columns). */
export function* resampleGdeltRows(rows: string[][], options: ResampleOptions): Generator<string> {
  if (rows.length === 0) throw new Error('resampleGdeltRows: no rows to resample');
  const bad = rows.findIndex((columns) => columns.length !== GDELT_COLUMNS);
  if (bad >= 0) throw new Error(`resampleGdeltRows: row ${bad + 1} has ${rows[bad]!.length} columns, not ${GDELT_COLUMNS}`);
  const random = createRandom(options.seed);
  const actors = buildLocalActors(rows, options.actors, random);
  const first = Date.parse(`${options.firstDay}T00:00:00Z`);
  if (Number.isNaN(first)) throw new Error(`resampleGdeltRows: first day "${options.firstDay}" is not YYYY-MM-DD`);
  const days = Math.round((Date.UTC(new Date(first).getUTCFullYear() + options.years, 0, 1) - first) / DAY_MS);
  for (let i = 0; i < options.events; i += 1) {
    const columns = [...rows[Math.floor(random() * rows.length)]!];
    columns[COLUMN.id] = String(FIRST_EVENT_ID + i);
    setDay(columns, new Date(first + Math.floor(random() * days) * DAY_MS));
    for (const block of [COLUMN.actor1, COLUMN.actor2]) {
      if (columns[block] !== '' && random() >= KEPT_ACTOR_SHARE) setActor(columns, block, actors[drawSkewed(random, actors.length)]!);
    }
    // One article per source url per pass over the sample, so articles stay small as in GDELT.
    const url = columns[COLUMN.sourceUrl]!;
    columns[COLUMN.sourceUrl] = `${url}${url.includes('?') ? '&' : '?'}resample=${Math.floor(i / rows.length)}`;
    yield columns.join('\t');
  }
}

/** The recombined actors: each a real country with a real type code that names neither the state nor its rebels. */
function buildLocalActors(rows: string[][], count: number, random: () => number): LocalActor[] {
  const countries = new Set<string>();
  const types = new Map<string, string>();
  const { stateTypes, rebelTypes, oppositionTypes } = gdeltCodebook;
  for (const columns of rows) {
    for (const block of [COLUMN.actor1, COLUMN.actor2]) {
      const country = columns[block + 2]!;
      if (country.length === 3) countries.add(country);
      const [type, name] = [columns[block + 7]!, columns[block + 1]!];
      if (type !== '' && !stateTypes.has(type) && !rebelTypes.has(type) && !oppositionTypes.has(type) && !types.has(type)) types.set(type, name);
    }
  }
  if (countries.size === 0 || types.size === 0) throw new Error('resampleGdeltRows: the rows name no country or no non-state actor type to recombine');
  const countryList = [...countries].sort();
  const typeList = [...types.entries()].sort(([a], [b]) => a.localeCompare(b));
  return Array.from({ length: count }, (_, n) => {
    const country = countryList[Math.floor(random() * countryList.length)]!;
    const [type, name] = typeList[Math.floor(random() * typeList.length)]!;
    // GDELT codes are a country and type codes; the number keeps each recombined actor apart.
    return { code: `${country}${type}${n.toString(36).toUpperCase()}`, name: `${name} ${n}`, country, type };
  });
}

// Skewed towards low indices (density ∝ 1/√x), so a few actors are busy and most are seldom seen, as in the news.
function drawSkewed(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size * random() ** 2));
}

/** SQLDATE, MonthYear, Year, FractionDate and DATEADDED's day, for `day`. */
function setDay(columns: string[], day: Date): void {
  const iso = day.toISOString();
  const [year, month, date] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const dayOfYear = Math.floor((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
  columns[COLUMN.sqlDate] = `${year}${month}${date}`;
  columns[COLUMN.monthYear] = `${year}${month}`;
  columns[COLUMN.year] = year;
  columns[COLUMN.fractionDate] = (day.getUTCFullYear() + dayOfYear / 365).toFixed(4);
  columns[COLUMN.dateAdded] = `${year}${month}${date}${columns[COLUMN.dateAdded]!.slice(8)}`;
}

/** An actor block: code, name, country, known group, ethnic, two religions, three types. */
function setActor(columns: string[], block: number, actor: LocalActor): void {
  columns.splice(block, 10, actor.code, actor.name, actor.country, '', '', '', '', actor.type, '', '');
}
