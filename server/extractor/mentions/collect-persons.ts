/** Stage 2c: persons found anywhere become one entity each; every later full name or surname is a mention of them. */
import type { Mention, Segment, TitleTie } from '../document-model.js';
import { findPersonHits, toPersonEntity, type PersonHit } from './find-person-mentions.js';
import type { Titles } from '../lexicons/load-lexicons.js';
import { findEntitySpans } from '../nlp/entity-spans.js';
import type { NlpDocument } from '../nlp/nlp-document.js';

interface Person {
  name: string;
  surname: string;
  forms: Set<string>;
  tie?: TitleTie;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Generational suffixes follow the surname: "Carlos Mendoza Jr" is a Mendoza. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** Lower-case or capitalised particles are part of the name, not given names: "Staffan de Mistura" is "De Mistura". */
const PARTICLE = /^(?:de|da|di|van|von|bin|ibn|al|el|la|le|du|der)$/i;

/** "al-Assad" and "Assad" are one surname; "Ki-moon" stays. */
function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && SUFFIX.test(words.at(-1) ?? '')) words.pop();
  return (words.at(-1) ?? name).replace(/^(al|el|ad|as)-/i, '');
}

/** A one-word name that is part of a known fuller name ("Ban" of "Ban Ki-moon") is that person. */
function findKnown(persons: Map<string, Person>, name: string): Person | undefined {
  const direct = persons.get(surnameOf(name));
  if (direct && !sameGivenNames(direct.name, name)) return undefined;
  if (direct || name.includes(' ')) return direct;
  return [...persons.values()].find((p) => p.name.split(/\s+/).includes(name));
}

/** "Tamim bin Hamad Al Thani" and "Mohammed bin Abdulrahman Al Thani" share a family name, not a person; "John F. Kerry" is "John Kerry". */
function sameGivenNames(a: string, b: string): boolean {
  const given = (n: string) => n.split(/\s+/).slice(0, -1).filter((w) => !/^[A-Z]\.?$/.test(w) && !PARTICLE.test(w) && !SUFFIX.test(w));
  const [x, y] = [given(a), given(b)];
  if (!x.length || !y.length) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((w) => longer.includes(w));
}

/** "John Kerry" is a better canonical name than "John F Kerry" or "Kerry". */
function isBetterName(candidate: string, current: string): boolean {
  const words = (n: string) => n.split(/\s+/);
  const initials = (n: string) => words(n).filter((w) => /^[A-Z]\.?$/.test(w)).length;
  if (words(current).length < 2) return words(candidate).length >= 2;
  return initials(candidate) < initials(current) && words(candidate).length >= 2;
}

function registerHit(persons: Map<string, Person>, hit: PersonHit): void {
  const surname = surnameOf(hit.name);
  const known = findKnown(persons, hit.name);
  if (!known) {
    // A namesake of a known person is kept under the full name.
    persons.set(persons.has(surname) ? hit.name : surname, { name: hit.name, surname, forms: new Set([hit.name]), tie: hit.tie });
    return;
  }
  known.forms.add(hit.name);
  if (isBetterName(hit.name, known.name)) known.name = hit.name;
  if (!known.tie?.affiliation && hit.tie) known.tie = hit.tie;
}

/**
 * "the envoy, Ingrid Olsen" names no employer; "Olsen, the UN's envoy" elsewhere in the article does,
 * unless that title introduces someone else ("Chilean President Luis Soto" says nothing of President Ruiz).
 */
function completeTie(tie: TitleTie, person: Person, segments: Segment[], mentions: Mention[]): TitleTie {
  if (tie.affiliation) return tie;
  const title = new RegExp(`^\\s+(?:special\\s+|deputy\\s+|chief\\s+)?${escape(tie.title)}\\b(?:\\s+([\\p{L}'’-]+))?`, 'iu');
  const owner = mentions.find((m) => {
    const segment = segments.find((s) => s.index === m.segment);
    const after = segment && m.entity.kind !== 'person' ? title.exec(segment.text.slice(m.end - segment.start, m.end - segment.start + 60)) : null;
    const next = after?.[1];
    const namesAnother = next !== undefined && /^\p{Lu}/u.test(next) && !person.name.split(/\s+/).includes(next);
    return after !== null && !namesAnother;
  });
  return owner ? { ...tie, affiliation: owner.entity } : tie;
}

function occurrencePattern(person: Person): RegExp {
  const forms = [...person.forms, person.surname, `al-${person.surname}`].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}-])(?:${forms.map(escape).join('|')})(?![\\p{L}])`, 'gu');
}

/** "John F Kerry" is canonically "John Kerry": middle initials vary between articles, ids must not. */
const canonicalName = (name: string): string => name.split(/\s+/).filter((w, i, all) => i === 0 || i === all.length - 1 || !/^[A-Z]\.?$/.test(w)).join(' ');

function mentionsOf(person: Person, segments: Segment[], hits: PersonHit[]): Mention[] {
  const entity = toPersonEntity(canonicalName(person.name));
  const pattern = occurrencePattern(person);
  return segments.flatMap((segment) =>
    [...segment.text.matchAll(pattern)].map((m) => {
      const start = segment.start + (m.index ?? 0);
      const tie = hits.find((h) => h.start <= start && start < h.end && h.tie)?.tie;
      return { start, end: start + m[0].length, text: m[0], segment: segment.index, entity, alias: true, ...(tie ? { tie } : {}) };
    }),
  );
}

/** "the town of Zabadani": a lone name the article calls a town or city is a place, wherever NER takes it for a person. */
function isPlaceName(name: string, segments: Segment[]): boolean {
  const place = new RegExp(`\\b(?:town|city|village|district|province|region|camp|suburb|neighbou?rhood|port)\\s+of\\s+${escape(name)}\\b`);
  return segments.some((s) => place.test(s.text));
}

/** Every mention of every person named in the article, with the title ties seen where they are introduced. */
export function collectPersonMentions(
  segments: Segment[],
  entityMentions: Mention[],
  titles: Titles,
  isKnownName: (name: string) => boolean,
  nlp: NlpDocument,
): { mentions: Mention[]; ties: Map<string, TitleTie> } {
  const found = segments.flatMap((s) => findPersonHits(s, titles, entityMentions.filter((m) => m.segment === s.index), isKnownName, findEntitySpans(nlp, s)));
  const hits = found.filter((h) => h.name.includes(' ') || !isPlaceName(h.name, segments));
  const persons = new Map<string, Person>();
  for (const hit of hits) registerHit(persons, hit);
  const ties = new Map<string, TitleTie>();
  for (const p of persons.values()) if (p.tie) ties.set(toPersonEntity(canonicalName(p.name)).id, completeTie(p.tie, p, segments, entityMentions));
  const mentions = [...persons.values()].flatMap((p) => mentionsOf(p, segments, hits));
  return { mentions: mentions.filter((m) => !entityMentions.some((e) => e.start < m.end && m.start < e.end)), ties };
}
