/**
 * One row of a GDELT 2.0 event export (61 tab-separated columns, no header, in the order of GDELT's
 * "Event Codebook V2.0") as typed fields; a row that breaks the codebook is a `GdeltRowError`.
 */

/** Columns per row in GDELT 2.0 (1.0's daily files had 57 or 58). */
export const GDELT_COLUMNS = 61;

// Zero-based column positions, from the codebook.
const COLUMN = {
  globalEventId: 0, sqlDate: 1, actor1: 5, actor2: 15, eventCode: 26, eventRootCode: 28, quadClass: 29,
  goldstein: 30, numMentions: 31, numSources: 32, numArticles: 33, actionGeo: 51, dateAdded: 59, sourceUrl: 60,
} as const;

/** An actor's ten columns: code, name, country, known group, ethnic, two religions, three types. */
export interface GdeltActor {
  code: string;
  name: string;
  countryCode: string;
  knownGroupCode: string;
  ethnicCode: string;
  religionCodes: string[];
  typeCodes: string[];
}

export interface GdeltPlace {
  name: string;
  latitude: number | null;
  longitude: number | null;
}

export interface GdeltRow {
  globalEventId: number;
  /** SQLDATE as an ISO day. */
  day: string;
  actor1: GdeltActor | null;
  actor2: GdeltActor | null;
  eventCode: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  actionGeo: GdeltPlace | null;
  /** DATEADDED as an ISO day: when GDELT saw the article. */
  dayAdded: string;
  sourceUrl: string;
}

/** A row that does not follow the codebook; the message says which column and why. */
export class GdeltRowError extends Error {
  override readonly name = 'GdeltRowError';
}

/** Reads one row's columns; throws `GdeltRowError` when a column breaks the codebook. */
export function parseGdeltRow(columns: string[]): GdeltRow {
  if (columns.length !== GDELT_COLUMNS) throw new GdeltRowError(`expected ${GDELT_COLUMNS} tab-separated columns, found ${columns.length}`);
  const at = (index: number) => columns[index]!.trim();
  const eventCode = matchColumn(at(COLUMN.eventCode), /^\d{2,4}$/, 'EventCode');
  const rootCode = matchColumn(at(COLUMN.eventRootCode), /^(0[1-9]|1\d|20)$/, 'EventRootCode');
  if (!eventCode.startsWith(rootCode)) throw new GdeltRowError(`EventCode "${eventCode}" is not under EventRootCode "${rootCode}"`);
  const sourceUrl = at(COLUMN.sourceUrl);
  if (sourceUrl === '') throw new GdeltRowError('SOURCEURL is empty');
  return {
    globalEventId: Number(matchColumn(at(COLUMN.globalEventId), /^\d{1,15}$/, 'GLOBALEVENTID')),
    day: toIsoDay(at(COLUMN.sqlDate), 'SQLDATE'),
    actor1: readActor(columns, COLUMN.actor1),
    actor2: readActor(columns, COLUMN.actor2),
    eventCode,
    rootCode,
    quadClass: Number(matchColumn(at(COLUMN.quadClass), /^[1-4]$/, 'QuadClass')),
    goldstein: readNumber(at(COLUMN.goldstein), 'GoldsteinScale', -10, 10),
    numMentions: readCount(at(COLUMN.numMentions), 'NumMentions'),
    numSources: readCount(at(COLUMN.numSources), 'NumSources'),
    numArticles: readCount(at(COLUMN.numArticles), 'NumArticles'),
    actionGeo: readPlace(columns, COLUMN.actionGeo),
    dayAdded: toIsoDay(at(COLUMN.dateAdded).slice(0, 8), 'DATEADDED'),
    sourceUrl,
  };
}

function matchColumn(value: string, pattern: RegExp, column: string): string {
  if (!pattern.test(value)) throw new GdeltRowError(`${column} "${value}" is not valid`);
  return value;
}

function readCount(value: string, column: string): number {
  return Number(matchColumn(value, /^\d+$/, column));
}

function readNumber(value: string, column: string, min: number, max: number): number {
  const number = value === '' ? Number.NaN : Number(value);
  if (!(number >= min && number <= max)) throw new GdeltRowError(`${column} "${value}" is not a number from ${min} to ${max}`);
  return number;
}

/** YYYYMMDD → YYYY-MM-DD, when that day exists. */
function toIsoDay(value: string, column: string): string {
  const digits = matchColumn(value, /^\d{8}$/, column);
  const day = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) throw new GdeltRowError(`${column} "${value}" is not a calendar day`);
  return day;
}

function readActor(columns: string[], first: number): GdeltActor | null {
  const [code, name, countryCode, knownGroupCode, ethnicCode, religion1, religion2, ...types] = columns.slice(first, first + 10).map((c) => c.trim());
  if (!code) return null;
  return {
    code,
    name: name || code,
    countryCode: countryCode ?? '',
    knownGroupCode: knownGroupCode ?? '',
    ethnicCode: ethnicCode ?? '',
    religionCodes: [religion1, religion2].filter((c): c is string => !!c),
    typeCodes: types.filter((c) => c !== ''),
  };
}

/** A geo block (type, full name, country, ADM1, ADM2, latitude, longitude, feature id); type 0 or blank is no place. */
function readPlace(columns: string[], first: number): GdeltPlace | null {
  const [type, name, , , , latitude, longitude] = columns.slice(first, first + 8).map((c) => c.trim());
  if (!type || type === '0' || !name) return null;
  return { name, latitude: readCoordinate(latitude, 90), longitude: readCoordinate(longitude, 180) };
}

// A coordinate GDELT left blank or garbled loses only itself: the place keeps its name.
function readCoordinate(value: string | undefined, limit: number): number | null {
  const number = value ? Number(value) : Number.NaN;
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}
