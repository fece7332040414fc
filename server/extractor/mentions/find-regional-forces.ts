/**
 * "Ogadeni fighters" after "the Ogaden National Liberation Front": the adjective of the region a named group is called
 * after, before a word for fighters, stands for that group, when the article names one such group and the adjective
 * is no state's ("Sudanese forces" are Sudan's, not those of a "Sudan Liberation Movement").
 */
import type { Mention, Segment } from '../document-model.js';

const FORCES = /\b([A-Z][\p{L}]+)\s+(?:forces|fighters|rebels|troops|militias?|leaders)\b/gu;

/** The first word of a group's name, when it is long enough to name a region ("Ogaden"), else null. */
function regionWord(m: Mention): string | null {
  if (m.entity.kind !== 'armed_group' && m.entity.kind !== 'organization') return null;
  const first = m.entity.name.split(/\s+/)[0] ?? '';
  return m.entity.name.includes(' ') && /^[A-Z][\p{L}]{3,}$/u.test(first) ? first : null;
}

/** Mentions of named groups written as their region's forces, outside any mention already found. */
export function findRegionalForces(segments: Segment[], mentions: Mention[], isKnownName: (name: string) => boolean): Mention[] {
  // Each named group by id, with its region's word.
  const groups = new Map<string, { entity: Mention['entity']; word: string }>();
  for (const m of mentions) {
    const word = regionWord(m);
    if (word) groups.set(m.entity.id, { entity: m.entity, word });
  }
  return segments.flatMap((s) =>
    [...s.text.matchAll(FORCES)].flatMap((hit) => {
      const adjective = hit[1] ?? '';
      const named = [...groups.values()].filter((g) => adjective !== g.word && adjective.startsWith(g.word));
      const start = s.start + (hit.index ?? 0);
      const end = start + hit[0].length;
      const covered = mentions.some((m) => m.start < end && start < m.end);
      if (named.length !== 1 || isKnownName(adjective) || covered) return [];
      return [{ start, end, text: hit[0], segment: s.index, entity: named[0]!.entity, alias: true }];
    }),
  );
}
