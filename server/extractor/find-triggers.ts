/** Stage 3: event trigger words in each sentence, typed by the trigger lexicon. */
import type { EventType, StatementSubtype } from '../contract/extraction.js';
import type { Segment, Trigger } from './document-model.js';
import type { Triggers } from './lexicons/load-lexicons.js';

interface TriggerPattern {
  type: EventType;
  subtype: StatementSubtype | null;
  form: 'noun' | 'verb';
  pattern: RegExp;
}

const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** "negotiat*" → /\bnegotiat\w*\b/: a trailing star takes any word ending. */
function compilePhrases(phrases: string[]): RegExp {
  const parts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/\*$/, '[\\w-]*').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w])`, 'gi');
}

/** Phrases holding a trigger word that name no event ("press conference"). */
export function compileExclusions(triggers: Triggers): RegExp {
  return compilePhrases(triggers.exclusions.length ? triggers.exclusions : ['\u0000']);
}

/** Trigger patterns for every event type and statement subtype. */
export function compileTriggers(triggers: Triggers): TriggerPattern[] {
  const events = Object.entries(triggers.events).flatMap(([type, { nouns, verbs }]) =>
    (
      [
        ['noun', nouns],
        ['verb', verbs],
      ] as const
    )
      .filter(([, phrases]) => phrases.length > 0)
      .map(([form, phrases]) => ({ type: type as EventType, subtype: null, form, pattern: compilePhrases(phrases) })),
  );
  const statements = Object.entries(triggers.statements).map(([subtype, phrases]) => ({
    type: 'statement' as const,
    subtype: subtype as StatementSubtype,
    form: 'verb' as const,
    pattern: compilePhrases(phrases),
  }));
  return [...statements, ...events];
}

/** All triggers in one sentence; where two overlap, the longer (then the statement) wins. */
export function findTriggers(segment: Segment, patterns: TriggerPattern[], exclusions: RegExp): Trigger[] {
  const excluded = [...segment.text.matchAll(exclusions)].map((m) => [segment.start + (m.index ?? 0), segment.start + (m.index ?? 0) + m[0].length] as const);
  const found = patterns.flatMap(({ type, subtype, form, pattern }) =>
    [...segment.text.matchAll(pattern)].map((m) => ({
      start: segment.start + (m.index ?? 0),
      end: segment.start + (m.index ?? 0) + m[0].length,
      text: m[0],
      segment: segment.index,
      type,
      subtype,
      form,
    })),
  );
  const kept: Trigger[] = [];
  const isExcluded = (t: Trigger) => excluded.some(([s, e]) => s < t.end && t.start < e);
  for (const t of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!isExcluded(t) && !kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}
