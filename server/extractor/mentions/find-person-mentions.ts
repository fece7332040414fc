/** Stage 2b: persons, found by how news writes them: "Foreign Minister X", "X, Syria's ambassador", "X said", "Mr X". */
import type { EntityRef, Mention, Segment, TitleTie } from '../document-model.js';
import { compileTitlePattern, FULL_NAME, NAME, NOT_NAME_WORDS } from './name-patterns.js';
import type { Titles } from '../lexicons/load-lexicons.js';
import type { EntitySpan } from '../nlp/entity-spans.js';
import { toActorId } from './to-actor-id.js';
import { findTaggedPersons } from './find-tagged-persons.js';
import { isBodyHead } from './find-body-mentions.js';

interface PersonHit {
  start: number;
  end: number;
  name: string;
  tie?: TitleTie;
}

/** "Jane Roe, AFP": a photographer's credit, not an actor. */
const PHOTO_CREDIT_AFTER = /^\s*[,/|]\s*(AFP|Reuters|AP|Getty|EPA|Anadolu)\b/;
const SPEECH = String.raw`(?:said|says|told|added|stated|announced|warned|insisted|noted|wrote|tweeted)`;

/** A military rank between a title and the name ("army spokesman Col. Paul Njuguna"): part of how the person is styled, no name. */
const RANK = String.raw`(?:(?:Navy|Army|Air\s+Force|Marine|Marines|Coast\s+Guard)\s+)?(?:(?:Lt|Maj|Brig)\.?\s+)?(?:Capt|Col|Lt|Maj|Gen|Sgt|Adm|Cmdr|Cdr|Captain|Colonel|Major|Lieutenant|Sergeant|Admiral|Commander)\.?`;

function createPatterns(titles: Titles) {
  const { pattern: TITLE, relationOf } = compileTitlePattern(titles);
  const titleWords = new Set([...titles.LEADS, ...titles.REPRESENTS, ...titles.DESCRIBES].map((t) => t.toLowerCase()));
  return {
    relationOf,
    isTitle: (word: string) => titleWords.has(word.toLowerCase()),
    titled: new RegExp(`(${TITLE})(\\s+(?:to|for|of)\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)??)?(?:\\s+${RANK})?\\s+(${NAME})`, 'gu'),
    ownedGovernment: new RegExp(`(${FULL_NAME})['’]s\\s+(?:government|regime|forces|troops|army)\\b`, 'gu'),
    appositive: new RegExp(`(${FULL_NAME}),\\s+(?:the\\s+)?([^,;]{0,40}?)\\b(${TITLE})\\b`, 'gu'),
    leading: new RegExp(`\\b(${TITLE})(?:\\s+of\\s+[^,]{1,40})?,\\s+(${FULL_NAME})`, 'gu'),
    /** "named Ali Hassan as prime minister of the unity government": the title comes after the name. */
    /** "the Houthi movement, led by Abdul-Malik al-Houthi": the actor right before "led by". */
    ledBy: new RegExp(`\\bled\\s+by\\s+(?:(?:${TITLE})\\s+)?(${FULL_NAME})`, 'gu'),
    whoHeads: new RegExp(`(${FULL_NAME}),\\s+who\\s+(?:heads|leads|led|headed|chairs|chaired)\\s+(?:the\\s+)?`, 'gu'),
    namedAs: new RegExp(`(${FULL_NAME})\\s+as\\s+(?:the\\s+)?(?:(?:new|interim|acting|caretaker)\\s+)?(${TITLE})\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?`, 'gu'),
    speaker: new RegExp(`(${FULL_NAME})\\s+${SPEECH}\\b|\\b${SPEECH}\\s+(${FULL_NAME})`, 'gu'),
    honorific: new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+(${NAME})`, 'gu'),
    possessed: new RegExp(`['’]s\\s+(${NAME})\\b(?!\\s+[A-Z])`, 'gu'),
  };
}
type Patterns = ReturnType<typeof createPatterns>;

/** Drops leading words that cannot start a name ("But John Kerry" → "John Kerry") and a trailing possessive. */
function cleanName(name: string): string {
  const tokens = name.replace(/['’]s$/, '').split(/\s+/);
  while (tokens.length && NOT_NAME_WORDS.has(tokens[0] ?? '')) tokens.shift();
  return tokens.join(' ');
}

/** The state or organisation written right before a title: "Russian Foreign Minister", "Syria's ambassador". */
function findAffiliation(mentions: Mention[], from: number, to: number): EntityRef | null {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to && m.entity.kind !== 'person');
  return inside.at(-1)?.entity ?? null;
}

/** Between an actor and its official's title: a possessive, a region ("the United Nations Middle East envoy") or a rank ("Taliban political chief"). */
const TITLE_QUALIFIERS = /^\s*(['’]s)?\s*(?:(?:[A-Z][\p{L}-]+|political|military|top|senior|deputy|acting|interim|chief|veteran)\s+){0,2}$/u;

/** The non-person mention that ends right before `at`, with nothing or a possessive between. */
function adjacentBefore(mentions: Mention[], at: number, text: string, offset: number): Mention | null {
  const hit = mentions.filter((m) => m.end <= at && m.entity.kind !== 'person').at(-1);
  return hit && TITLE_QUALIFIERS.test(text.slice(hit.end - offset, at - offset)) ? hit : null;
}

/** "Syria's UN ambassador": a state owning the body before a title is whom the person serves, at that body. */
function affiliationBefore(mentions: Mention[], titleStart: number, text: string, offset: number): EntityRef | null {
  const hit = adjacentBefore(mentions, titleStart, text, offset);
  if (hit?.entity.kind !== 'organization') return hit?.entity ?? null;
  const owner = adjacentBefore(mentions, hit.start, text, offset);
  const possessive = owner && /['’]s\s*$/.test(text.slice(owner.end - offset, hit.start - offset));
  return possessive && owner.entity.kind === 'state' ? owner.entity : hit.entity;
}

function findTitled(segment: Segment, p: Patterns, mentions: Mention[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of segment.text.matchAll(p.titled)) {
    const title = m[1] ?? '';
    const name = cleanName(m[3] ?? '');
    if (!name) continue;
    const start = segment.start + (m.index ?? 0);
    const nameEnd = start + m[0].length;
    const complement = m[2] ? findAffiliation(mentions, start + title.length, nameEnd - name.length) : null;
    // "Rebel leader X": the group's mention takes in the title itself.
    const around = mentions.find((x) => x.entity.kind !== 'person' && x.start < start && x.end > start);
    // "U.S. Senator A and Senator B": the second of a pair shares the first one's employer.
    const pair = /\band\s+$/.test(segment.text.slice(0, start - segment.start)) ? hits.at(-1) : undefined;
    const shared = pair?.tie?.title === title && segment.start + segment.text.slice(0, start - segment.start).replace(/\s*and\s+$/, '').length === pair.end ? pair.tie.affiliation : null;
    const affiliation = affiliationBefore(mentions, start, segment.text, segment.start) ?? around?.entity ?? complement ?? shared;
    hits.push({ start: nameEnd - name.length, end: nameEnd, name, tie: { relation: p.relationOf(title), affiliation, title } });
  }
  return hits;
}

/** "X, a leader of the Jaish al-Islam group": the body after "of" is the employer when none stands before the title. */
function bodyAfterOf(mentions: Mention[], text: string, offset: number, titleEnd: number): Mention | undefined {
  const of = /^\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}/.exec(text.slice(titleEnd - offset));
  return of ? mentions.find((x) => x.start === titleEnd + of[0].length && x.entity.kind !== 'person') : undefined;
}

function findAppositive(segment: Segment, p: Patterns, mentions: Mention[]): PersonHit[] {
  return [...segment.text.matchAll(p.appositive)].flatMap((m) => {
    const name = cleanName(m[1] ?? '');
    const start = segment.start + (m.index ?? 0) + (m[1] ?? '').length - name.length;
    const between = segment.start + (m.index ?? 0) + (m[1] ?? '').length;
    const end = segment.start + (m.index ?? 0) + m[0].length;
    const affiliation = findAffiliation(mentions, between, end) ?? bodyAfterOf(mentions, segment.text, segment.start, end)?.entity ?? null;
    const title = m[3] ?? '';
    return name ? [{ start, end: start + name.length, name, tie: { relation: p.relationOf(title), affiliation, title } }] : [];
  });
}

function findLeading(segment: Segment, p: Patterns, mentions: Mention[]): PersonHit[] {
  return [...segment.text.matchAll(p.leading)].map((m) => {
    const name = m[2] ?? '';
    const start = segment.start + (m.index ?? 0) + m[0].length - name.length;
    // "the head of the AU, X" names the body after the title; "Kuwait's emir, X" the state before it.
    const titleStart = segment.start + (m.index ?? 0);
    const affiliation = findAffiliation(mentions, titleStart, start) ?? affiliationBefore(mentions, titleStart, segment.text, segment.start);
    const title = m[1] ?? '';
    return { start, end: start + name.length, name, tie: { relation: p.relationOf(title), affiliation, title } };
  });
}

/**
 * The state or organisation named right after "as prime minister of" is the one the person holds the title in;
 * "X, who heads the National Assembly" leads the body named after the verb.
 */
function findNamedBefore(segment: Segment, p: Patterns, mentions: Mention[]): PersonHit[] {
  return [...segment.text.matchAll(p.namedAs), ...segment.text.matchAll(p.whoHeads)].flatMap((m) => {
    const name = cleanName(m[1] ?? '');
    const end = segment.start + (m.index ?? 0) + m[0].length;
    const body = mentions.find((x) => x.start === end && x.entity.kind !== 'person');
    if (!name || !body) return [];
    const start = segment.start + (m.index ?? 0) + (m[1] ?? '').length - name.length;
    // Heading a state's delegation is serving the state, not leading it.
    const title = m[2] ?? (body.entity.kind === 'state' ? 'delegate' : 'head');
    const relation = m[2] || body.entity.kind !== 'state' ? p.relationOf(title) : 'REPRESENTS';
    return [{ start, end: start + name.length, name, tie: { relation, affiliation: body.entity, title } }];
  });
}

function findLedBy(segment: Segment, p: Patterns, mentions: Mention[]): PersonHit[] {
  return [...segment.text.matchAll(p.ledBy)].flatMap((m) => {
    const at = segment.start + (m.index ?? 0);
    const body = mentions.filter((x) => x.entity.kind !== 'person' && x.end <= at).at(-1);
    const name = cleanName(m[1] ?? '');
    if (!body || !name || !/^\s*,?\s*$/.test(segment.text.slice(body.end - segment.start, at - segment.start))) return [];
    const end = at + m[0].length;
    return [{ start: end - name.length, end, name, tie: { relation: 'LEADS' as const, affiliation: body.entity, title: 'leader' } }];
  });
}

/** "Israel's Netanyahu": a bare name owned by a state, when the name is no known actor or common word. */
function findPossessed(segment: Segment, pattern: RegExp, mentions: Mention[]): PersonHit[] {
  return findPlain(segment, pattern).filter((h) => {
    const owner = mentions.find((m) => m.end <= h.start && h.start - m.end <= 3 && m.entity.kind === 'state');
    return owner !== undefined && !NOT_NAME_WORDS.has(h.name.split(/\s+/)[0] ?? '');
  });
}

function findPlain(segment: Segment, pattern: RegExp): PersonHit[] {
  return [...segment.text.matchAll(pattern)].flatMap((m) => {
    const raw = m[1] ?? m[2] ?? '';
    const name = cleanName(raw);
    if (!name) return [];
    const start = segment.start + (m.index ?? 0) + m[0].indexOf(raw) + raw.length - name.length;
    return [{ start, end: start + name.length, name }];
  });
}

/** Person hits of one sentence; names made of known state or organisation names are not persons. */
const patternCache = new WeakMap<Titles, Patterns>();

export function findPersonHits(segment: Segment, titles: Titles, mentions: Mention[], isKnownName: (name: string) => boolean, spans: EntitySpan[]): PersonHit[] {
  const p = patternCache.get(titles) ?? createPatterns(titles);
  patternCache.set(titles, p);
  const hits = [
    ...findTitled(segment, p, mentions),
    ...findAppositive(segment, p, mentions),
    ...findLeading(segment, p, mentions),
    ...findNamedBefore(segment, p, mentions),
    ...findLedBy(segment, p, mentions),
    ...findPlain(segment, p.speaker),
    ...findPlain(segment, p.honorific),
    ...findPossessed(segment, p.possessed, mentions),
    ...findPlain(segment, p.ownedGovernment).map((h) => ({ ...h, tie: { relation: 'LEADS' as const, affiliation: null, title: 'leader' } })),

    ...findTaggedPersons(segment, spans, p),
  ];
  const text = (h: PersonHit) => segment.text.slice(h.end - segment.start, h.end - segment.start + 12);
  // "Head of the UN Support Mission", "spokesman Navy Capt. Bill Urban": words after a title that NER reads inside an organisation's
  // name are no person when they end in a body's head noun or a common noun, or the name runs on past them. NER also tags
  // "U.N. Samantha Power" as one name, so a proper noun ending the span stays a person.
  const inOrganization = (h: PersonHit) =>
    h.tie !== undefined &&
    spans.some((sp) => {
      const last = sp.tokens.filter((t) => t.end <= h.end).at(-1);
      const bodyLike = last !== undefined && (isBodyHead(last.word) || !last.pos.startsWith('NNP'));
      return sp.tag === 'ORGANIZATION' && sp.start <= h.start && h.end <= sp.end && (bodyLike || sp.end > h.end);
    });
  return hits.filter(
    (h) => !isKnownName(h.name) && !mentions.some((m) => m.start < h.end && h.start < m.end) && !PHOTO_CREDIT_AFTER.test(text(h)) && !inOrganization(h),
  );
}

export type { PersonHit };

/** A person entity named after its fullest form. */
export function toPersonEntity(name: string): EntityRef {
  return { id: toActorId(name), name, kind: 'person' };
}
