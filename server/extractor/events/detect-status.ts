/** Whether a clause reports an event as done, going on, or announced for the future. */
import type { EventStatus } from '../../contract/extraction.js';
import type { Moods } from '../lexicons/load-lexicons.js';
import type { TriggerClause } from './read-mood.js';

const PLANNED =
  /\b(will|shall|should(?! have)|is set to|are set to|plans? to|planning to|scheduled|expected to|to be held|is to|are to|upcoming|is due to|are due to|next week|next month|tomorrow|later this (week|month)|going to|to resume|would(?! have))\b|\b(beginning|starting|effective)\s+(on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|midnight|next)\b/i;
/** A commitment to bring an event about ("agreed to convene talks", "was preparing to host refugees"): it has yet to happen. */
const COMMITTED =
  /\b(agreed|agrees|agree|decided|decides|pledged|pledges|promised|promises|vowed|vows|preparing|prepares|intends|intend|aims|aim|offered|offers|ready|prepared)\s+to\s+(?:(?:immediately|quickly|jointly|also|then|further|swiftly)\s+)?(implement|convene|hold|host|resume|expand|establish|impose|sign|launch|begin|start|deliver|allow|open|send|provide|lift|extend|meet|negotiate|withdraw|evacuate|observe|set up|create|introduce|organi[sz]e|deploy|admit|accept)\b/i;
/** "sanctions would stay in force", "the truce will remain in place": a future that only says it goes on. */
const STAYS = /\b(?:will|would|should|to)\s+(?:stay|remain)\s+(?:in force|in place|in effect|under way|underway)\b/i;
/** "have shelled the town since last month": a present perfect running since a point goes on. */
const PERFECT_SINCE = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;]*\bsince\b|\bsince\b[^;]*\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i;
const ONGOING = /\b(continu\w*|under way|underway|ongoing|currently|remains?|still|are being|is being|in force|in place|holding)\b/i;
/** "was killing", "are fighting": a progressive describes something going on; "is besieged by", "has been encircled for months": a present state. */
const PROGRESSIVE = /\b(has|have)\s+been\s+[a-z]+ed\s+(?:[a-z]+\s+){0,3}?(for|since)\b|\b(is|are|was|were|been)\s+(?!(?:during|nothing|something|anything|everything|bring|king)\b)[a-z]+ing\b|\b(is|are)\s+[a-z]+ed\s+by\b/;

/** planned for announcements and commitments, ongoing for continuing states, occurred otherwise; a commitment counts only up to the event's own words (`until`), as what it commits to. */
export function detectStatus(clause: string, until = clause.length): EventStatus {
  if (STAYS.test(clause)) return 'ongoing';
  if (PLANNED.test(clause) || COMMITTED.test(clause.slice(0, until))) return 'planned';
  if (ONGOING.test(clause) || PROGRESSIVE.test(clause) || PERFECT_SINCE.test(clause)) return 'ongoing';
  return 'occurred';
}

/** An event noun the tree puts ahead: asked for or threatened ("urged a ceasefire", "called for talks") or qualified as to come ("further talks"). */
export function readNounStatus(clause: TriggerClause, moods: Moods): 'planned' | null {
  const { sentence: s, head, predicate } = clause;
  if (head.pos.startsWith('VB')) return null;
  if (s.tokens.some((t) => t.head === head.index && /^(amod|advmod)$/.test(t.rel) && [t.lemma, t.word].some((w) => moods.prospective.includes(w.toLowerCase())))) return 'planned';
  if (predicate === head || s.tokens[head.head] !== predicate) return null;
  const verb = predicate.lemma.toLowerCase();
  const viaFor = head.rel === 'obl' && s.tokens.some((t) => t.head === head.index && t.rel === 'case' && t.lemma.toLowerCase() === 'for');
  return (/^(obj|obl)$/.test(head.rel) && moods.requesting.includes(verb)) || (viaFor && moods.requestingFor.includes(verb)) ? 'planned' : null;
}
