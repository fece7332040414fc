/**
 * Stage 2a, continued: "SAF" after "Sudanese Armed Forces": the initials of a state's named organ stand for the state too,
 * and those of a known body or armed group for that body ("RSF" for the "Rapid Support Forces" the lexicon knows).
 */
import type { Mention, Segment } from '../document-model.js';
import { initialsOf } from './find-body-mentions.js';

/** Every use of the initials of a state, body or group mention of three or more capitalised words ("Kenyan Armed Forces" → "KAF"), unless the initials name something else. */
export function findOrganAcronyms(segments: Segment[], entities: Mention[], isKnownName: (name: string) => boolean): Mention[] {
  const acronyms = new Map(
    entities.flatMap((m) => {
      const acronym = m.entity.kind !== 'person' ? initialsOf(m.text) : undefined;
      return acronym && acronym.length >= 3 && !isKnownName(acronym) ? [[acronym, m.entity] as const] : [];
    }),
  );
  return segments.flatMap((segment) =>
    [...acronyms].flatMap(([acronym, entity]) =>
      [...segment.text.matchAll(new RegExp(`(?<![\\w.])${acronym}(?![\\w])`, 'g'))].map((m) => {
        const start = segment.start + (m.index ?? 0);
        return { start, end: start + acronym.length, text: acronym, segment: segment.index, entity, alias: true };
      }),
    ),
  );
}
