/** Mentions and tokens: which mentions cover a token, and a reference mention laid on a token (a pronoun, a title, "allies"). */
import type { EntityRef, Mention, Segment } from '../document-model.js';
import { lexicons } from '../lexicons/load-lexicons.js';
import type { NlpToken } from '../nlp/nlp-document.js';

/** Titles of office that stand for a person acting for an actor ("envoy", "foreign secretary"), lower-cased. */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([...lexicons.titles.REPRESENTS, ...lexicons.titles.LEADS].map((t) => t.toLowerCase()));

/** The mentions whose span holds the token. */
export const mentionsCovering = (mentions: Mention[], t: NlpToken): Mention[] => mentions.filter((m) => m.start <= t.start && t.end <= m.end);

/** The segment the token is in, if any (noise between segments is in none). */
export const segmentOf = (segments: Segment[], t: NlpToken): Segment | undefined => segments.find((g) => g.start <= t.start && t.end <= g.end);

/** A mention of `entity` on the token's own word, not an alias worth listing; none when the token is in no segment. */
export function mentionOnToken(segments: Segment[], t: NlpToken, entity: EntityRef): Mention | undefined {
  const segment = segmentOf(segments, t);
  return segment && { start: t.start, end: t.end, text: t.word, segment: segment.index, entity, alias: false };
}
