/** Stage 2b, continued: persons news names without a title: "businessman Fayez al-Sarraj", "the heads of both parliaments, A and B", "under Muammar Gaddafi". */
import { locatePlace } from '../gazetteer/places.js';
import type { Segment, TitleTie } from './document-model.js';
import type { PersonHit } from './find-person-mentions.js';
import type { Titles } from './lexicons/load-lexicons.js';
import { compileTitlePattern, FULL_NAME, NAME, NOT_NAME_WORDS } from './name-patterns.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "A and B", "A, B and C": full names only, as a lone word in a list is as often a place or a group. */
const NAME_LIST = `${FULL_NAME}(?:\\s*,\\s*${FULL_NAME})*(?:,?\\s+and\\s+${FULL_NAME})?`;

function createPatterns(titles: Titles) {
  const { pattern: TITLE, relationOf } = compileTitlePattern(titles);
  const described = titles.DESCRIBES.map(escape).join('|');
  return {
    relationOf,
    /** "businessman Fayez al-Sarraj", "Shi'ite cleric Ali Hassan". */
    described: new RegExp(`\\b(?:${described})\\s+(${NAME})`, 'gu'),
    /** "Ali Hassan, a Shi'ite cleric,". */
    describedAfter: new RegExp(`(${FULL_NAME}),\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${described})\\b`, 'gu'),
    /** "The heads of both parliaments, A and B,": a plural title introducing a list. */
    pluralTitle: new RegExp(`\\b(${TITLE})s(?:\\s+of\\s+[^,]{1,40})?,\\s+(${NAME_LIST})`, 'gu'),
    /** "under Muammar Gaddafi": the ruler of a past era. */
    ruler: new RegExp(`\\b[Uu]nder\\s+(?:the\\s+)?(?:(?:late|former|ousted|toppled)\\s+)?(?:(?:leader|dictator|strongman|ruler)\\s+)?(${FULL_NAME})`, 'gu'),
  };
}
type Patterns = ReturnType<typeof createPatterns>;

/** Each name of a list with its offsets in the sentence. */
function splitList(list: string, at: number): Array<{ name: string; start: number }> {
  const names: Array<{ name: string; start: number }> = [];
  const separator = /\s*,\s*(?:and\s+)?|,?\s+and\s+/g;
  let from = 0;
  for (const m of [...list.matchAll(separator), null]) {
    const end = m ? (m.index ?? 0) : list.length;
    names.push({ name: list.slice(from, end), start: at + from });
    if (m) from = (m.index ?? 0) + m[0].length;
  }
  return names;
}

/** Words of documents, rules and operations: "under Chapter Seven", "under Sharia Law", "under Operation Olive Branch". */
const THING_WORDS = /^(Chapter|Article|Section|Clause|Law|Act|Treaty|Plan|Accord|Deal|Protocol|Resolution|Convention|Charter|Rule|Programme|Program|Initiative|Framework|Operation|Command|Control|Occupation|Pressure|Code|Constitution|Order|Decree|Mandate|Vision|Agenda|Doctrine|Regulation|Regulations|Sanctions)$/;

/** Capitalised words that name no person: a known word, a state, an organisation or a demonym, a document or rule, or a place as a whole. */
function isPlausibleName(name: string, isKnownName: (name: string) => boolean): boolean {
  const words = name.split(/\s+/).map((w) => w.replace(/^(?:al|el|ad|as|bin|ibn|abu)-/i, ''));
  return !words.some((w) => NOT_NAME_WORDS.has(w) || THING_WORDS.test(w) || isKnownName(w)) && !isKnownName(name) && locatePlace(name) === null;
}

function matchNames(segment: Segment, p: Patterns): PersonHit[] {
  const single = (pattern: RegExp) =>
    [...segment.text.matchAll(pattern)].map((m) => {
      const name = m[1] ?? '';
      const start = segment.start + (m.index ?? 0) + m[0].lastIndexOf(name);
      return { start, end: start + name.length, name };
    });
  const listed = [...segment.text.matchAll(p.pluralTitle)].flatMap((m) => {
    const list = m[2] ?? '';
    const title = m[1] ?? '';
    const tie: TitleTie = { relation: p.relationOf(title), affiliation: null, title };
    const at = segment.start + (m.index ?? 0) + m[0].length - list.length;
    return splitList(list, at).map(({ name, start }) => ({ start, end: start + name.length, name, tie }));
  });
  const ruler: TitleTie = { relation: 'LEADS', affiliation: null, title: 'ruler' };
  return [...single(p.described), ...single(p.describedAfter), ...single(p.ruler).map((h) => ({ ...h, tie: ruler })), ...listed];
}

const patternCache = new WeakMap<Titles, Patterns>();

/** Untitled person hits of one sentence, each a plausible personal name. */
export function findUntitledPersons(segment: Segment, titles: Titles, isKnownName: (name: string) => boolean): PersonHit[] {
  const p = patternCache.get(titles) ?? createPatterns(titles);
  patternCache.set(titles, p);
  return matchNames(segment, p).filter((h) => isPlausibleName(h.name, isKnownName));
}
