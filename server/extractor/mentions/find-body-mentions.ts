/** Stage 2a, continued: bodies the lexicon does not know, by how their names are built: "General National Congress", "House of Representatives (HoR)". */
import type { ActorKind } from '../../contract/extraction.js';
import type { EntityRef, Mention, Segment } from '../document-model.js';
import { findEntitySpans, type EntitySpan } from '../nlp/entity-spans.js';
import type { NlpDocument } from '../nlp/nlp-document.js';
import { sentenceAt } from '../nlp/sentence-tree.js';
import { toActorId } from './to-actor-id.js';

const WORD = String.raw`[A-Z][\p{L}.'’-]*`;
/** "House" and "Chamber" alone are mostly buildings ("Peace House"); they name bodies only before "of". */
const BODY = String.raw`(?:Council|Assembly|Community|Congress|Parliament|Senate|Committee|Commission|Government|Cabinet|Authority|Court|Tribunal|Front|Movement|Party|Coalition|Alliance|Bloc|Roundtable|Union|League|Federation|Organi[sz]ation|Association|Army|Forces|Brigades?|Battalion|Militia|Guards?)`;
/** Missions and forces are named for where they serve: "Assistance Mission in Somalia", "Interim Force in Lebanon". */
const POSTED = String.raw`(?:Mission|Force)\s+in\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,2}`;
/** "National Unity Roundtable", "Justice and Equality Movement" … or "House of Representatives", "Council of Ministers". */
const BODY_NAME = new RegExp(
  String.raw`\b(?:(?:${WORD}\s+(?:and\s+)?){1,4}(?:${BODY}|${POSTED})|(?:${WORD}\s+){0,3}(?:${BODY}|House|Chamber)\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+(?:and\s+)?${WORD}){0,3})(?![\p{L}])(?:\s*\(([A-Z][A-Za-z]{1,6})\))?`,
  'gu',
);
/** Words that open a sentence or qualify a name without being part of it. */
const NOT_PART = /^(The|A|An|But|And|In|On|At|As|If|While|After|Before|Under|With|This|That|These|Its|Their|His|Her|Both|Each|When|Since|Last|Next|Former|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|.*['’]s)$/;
/** "Iraqi Parliament", "Turkish Armed Forces", "Israel Defense Forces": a state's own organ, which the guidelines count as the state. */
const STATE_ORGAN = /^(?:Royal\s+)?(?:Government|Parliament|Cabinet|Army|Armed Forces|Forces|Air Force|Navy|Senate|Guards?|National Guard|Defen[cs]e Forces|Security Forces)$/;
/** Issue 7: a front, movement, army, force or brigade the lexicon does not know is an armed group. */
const ARMED = /\b(Front|Movement|Army|Forces|Brigades?|Battalion|Militia|Guards?)$/;

interface BodyName {
  name: string;
  /** Offset of the name in the sentence. */
  at: number;
  acronym?: string;
}

/** Drops the words before the name proper ("The", "Tuesday's"); null when what is left is no distinct body. */
function trimName(raw: string, isKnownName: (name: string) => boolean): { name: string; skipped: number } | null {
  const words = raw.split(/\s+/);
  let skipped = 0;
  while (words.length > 1 && NOT_PART.test(words[0] ?? '')) skipped += (words.shift() ?? '').length + 1;
  const name = words.join(' ');
  const rest = words.slice(1).join(' ');
  if (words.length < 2 || isKnownName(name) || (isKnownName(words[0] ?? '') && STATE_ORGAN.test(rest))) return null;
  return { name, skipped };
}

function findBodyNames(segment: Segment, isKnownName: (name: string) => boolean): BodyName[] {
  return [...segment.text.matchAll(BODY_NAME)].flatMap((m) => {
    const raw = m[0].replace(/\s*\([^)]*\)$/, '');
    const trimmed = trimName(raw, isKnownName);
    return trimmed ? [{ name: trimmed.name, at: (m.index ?? 0) + trimmed.skipped, ...(m[1] ? { acronym: m[1] } : {}) }] : [];
  });
}

/** The head nouns that make a tagged name a body: media, treaties, aircraft and ministries (a state's own organs) are not. */
const BODY_HEAD = new RegExp(`^(?:${BODY.slice(3, -1)}|Community|Mission|Group)$`);

/** Whether a word heads the name of a body ("Mission", "Council"). */
export const isBodyHead = (word: string): boolean => BODY_HEAD.test(word);

/** The word heading the span in the tree ("Council" in "Supreme Council for Regional Development"). */
function headWord(span: EntitySpan): string {
  const inside = new Set(span.tokens.map((t) => t.index));
  return (span.tokens.find((t) => !inside.has(t.head)) ?? span.tokens.at(-1))?.word ?? '';
}

/** "(HCNR)" right after a name defines its acronym. */
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z-]{1,8})\)/;

/** The organisations NER tags that the lexicon does not know, with an acronym defined right after them; credit lines (no verb) name agencies, not actors. */
function findTaggedBodyNames(segment: Segment, spans: EntitySpan[], isKnownName: (name: string) => boolean): BodyName[] {
  return spans
    .filter((s) => s.tag === 'ORGANIZATION' && BODY_HEAD.test(headWord(s)) && s.sentence.tokens.some((t) => t.pos.startsWith('VB')))
    .flatMap((s) => {
      const at = s.start - segment.start;
      const trimmed = trimName(segment.text.slice(at, s.end - segment.start), isKnownName);
      const acronym = ACRONYM_AFTER.exec(segment.text.slice(s.end - segment.start))?.[1];
      return trimmed ? [{ name: trimmed.name, at: at + trimmed.skipped, ...(acronym ? { acronym } : {}) }] : [];
    });
}

function toBodyEntity(name: string): EntityRef {
  // "Coastal Movement for Unity and Justice" is built on "Movement".
  const kind: ActorKind = ARMED.test(name.split(/\s+(?:of|for)\s+/)[0] ?? name) ? 'armed_group' : 'organization';
  return { id: toActorId(name), name, kind };
}

/** "World Trade Organization" → "WTO": the initials of a name of three or more words, which news uses undefined. */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !/^(of|for|the|and|on|in)$/i.test(w));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : undefined;
}

/** "the ruling XYZ party", "the ABC Tuareg umbrella group": an acronym the article never spells out, named as a party or group by the noun after it
 * (a conjunction or preposition between them starts another phrase: "XYZ and the rebels"). */
const ACRONYM_GROUP = /(?<![\w.-])([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{2,7})?)\s+(?:(?!(?:and|or|nor|but|the|a|an|of|to|in|on|with|by|for|as|at|from)\s)[\p{L}]+\s+){0,2}?(party|coalition|alliance|movement|group|militia|rebels|faction)\b/gu;

/** Acronyms named as parties or groups, each as its own body: a militia or rebels are armed. */
function findAcronymGroups(segments: Segment[], isKnownName: (name: string) => boolean): Array<readonly [string, EntityRef]> {
  return segments.flatMap((segment) =>
    [...segment.text.matchAll(ACRONYM_GROUP)].flatMap(([, acronym = '', noun = '']) =>
      isKnownName(acronym) ? [] : [[acronym, { id: toActorId(acronym), name: acronym, kind: /^(militia|rebels)$/.test(noun) ? 'armed_group' : 'organization' } as EntityRef] as const],
    ),
  );
}

/** "Polisario Front" → "Polisario": an armed group named by one proper noun before its generic head goes by that noun alone. */
const ONE_WORD_GROUP = /^([A-Z][\p{L}'’-]+)\s+(?:Front|Movement|Army|Militia)$/u;

/** The one-word short forms of the armed groups found, when the word names nothing else. */
function findShortForms(found: BodyName[], isKnownName: (name: string) => boolean): Map<string, EntityRef> {
  return new Map(found.flatMap((b) => {
    const word = ONE_WORD_GROUP.exec(b.name)?.[1];
    return word && !isKnownName(word) ? [[word, toBodyEntity(b.name)] as const] : [];
  }));
}

/** A short form used as a name: NER tags the word there ("Karvani fighters", "a Karvani envoy"; not "Popular anger"). */
function isNamed(nlp: NlpDocument, start: number): boolean {
  const ner = sentenceAt(nlp, start)?.tokens.find((t) => t.start === start)?.ner;
  return ner !== undefined && ner !== 'O';
}

/** "the 5+2 format", "the 2+2 dialogue": a negotiating format named by the count of its parties and observers. */
const NUMBERED_FORMAT = /(?<![\w+])(\d\+\d)\s+(format|dialogue|mechanism)\b/g;

/** Each numbered format, named where the article first writes it, with every later use of it. */
function findNumberedFormats(segments: Segment[]): Mention[] {
  const entities = new Map<string, EntityRef>();
  return segments.flatMap((segment) =>
    [...segment.text.matchAll(NUMBERED_FORMAT)].map((m) => {
      const name = m[0].replace(/\s+/, ' ');
      const entity = entities.get(m[1] ?? '') ?? { id: toActorId(name), name, kind: 'organization' as const };
      entities.set(m[1] ?? '', entity);
      const start = segment.start + (m.index ?? 0);
      return { start, end: start + m[0].length, text: m[0], segment: segment.index, entity, alias: true };
    }),
  );
}

/** Every mention of the unknown bodies the article names, their acronyms included; none overlaps a known actor's mention. */
export function findBodyMentions(segments: Segment[], known: Mention[], isKnownName: (name: string) => boolean, nlp: NlpDocument): Mention[] {
  const names = (s: Segment) => [...findBodyNames(s, isKnownName), ...findTaggedBodyNames(s, findEntitySpans(nlp, s), isKnownName)];
  const found = segments.flatMap((s) => names(s).map((b) => ({ ...b, segment: s })));
  // The fullest name defining an acronym wins ("Tigray People's Liberation Front (TPLF)" over the "Liberation Front" NER cut at the "'s").
  const acronyms = new Map([
    ...findAcronymGroups(segments, isKnownName),
    ...[...found].sort((a, b) => a.name.length - b.name.length).flatMap((b) => {
      const acronym = b.acronym ?? initialsOf(b.name);
      return acronym && !isKnownName(acronym) ? [[acronym, toBodyEntity(b.name)] as const] : [];
    }),
  ]);
  const shortForms = findShortForms(found, isKnownName);
  const named = found.map(({ name, at, segment }) => ({ start: segment.start + at, end: segment.start + at + name.length, text: name, segment: segment.index, entity: toBodyEntity(name), alias: true }));
  const short = segments.flatMap((segment) =>
    [...acronyms, ...shortForms].flatMap(([acronym, entity]) =>
      [...segment.text.matchAll(new RegExp(`(?<![\\w.])${acronym}(?![\\w])`, 'g'))].flatMap((m) => {
        const start = segment.start + (m.index ?? 0);
        if (shortForms.get(acronym) === entity && !isNamed(nlp, start)) return [];
        return [{ start, end: start + acronym.length, text: acronym, segment: segment.index, entity, alias: true }];
      }),
    ),
  );
  // A known organisation inside the name ("UN Security Council Committee") keeps its own reading, unless it is
  // only the parent named first in a name that defines its own acronym ("UN Assistance Mission in Somalia (UNAMS)").
  const definers = new Set(found.filter((b) => b.acronym).map((b) => toActorId(b.name)));
  const isParent = (k: Mention, m: Mention) => k.start === m.start && definers.has(m.entity.id) && !/\s/.test(k.text);
  const clashes = (m: Mention) => known.some((k) => k.entity.kind !== 'state' && k.start < m.end && m.start < k.end && !isParent(k, m));
  return [...named, ...short, ...findNumberedFormats(segments)].filter((m) => !clashes(m));
}
