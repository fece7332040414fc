/**
 * "kept the sanctions in place until …": a definite noun for measures that names no one acted upon is the measures told
 * before, and is aimed where those were aimed. "New" or "further" ones are others.
 */
import type { EventType } from '../../contract/extraction.js';
import type { CandidateEvent, CandidateParticipant, Trigger } from '../document-model.js';

const AIMED: ReadonlySet<EventType> = new Set(['sanctions']);
const DEFINITE_BEFORE = /\b(?:the|these|those)\s+(?:(?!new\b|fresh\b|further\b|more\b|additional\b|other\b)[a-z][\w-]*\s+){0,2}$/i;

/** The participants, with the targets of the last earlier event of the trigger's type when its definite noun names none. */
export function inheritDefiniteTargets(trigger: Trigger, participants: CandidateParticipant[], text: string, earlier: CandidateEvent[]): CandidateParticipant[] {
  if (trigger.form !== 'noun' || !AIMED.has(trigger.type) || participants.some((p) => p.role === 'target')) return participants;
  if (!DEFINITE_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) return participants;
  const aimed = (e: CandidateEvent) => e.participants.filter((p) => p.role === 'target');
  const antecedent = earlier.filter((e) => e.trigger.type === trigger.type && e.trigger.segment < trigger.segment && aimed(e).length > 0).at(-1);
  const targets = antecedent ? aimed(antecedent).filter((t) => !participants.some((p) => p.id === t.id)) : [];
  return [...participants, ...targets];
}
