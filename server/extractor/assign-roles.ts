/** Who acts and who is acted upon, from where each actor stands relative to the trigger. */
import type { EventType, Role } from '../contract/extraction.js';
import type { CandidateParticipant, Mention, TitleTie, Trigger } from './document-model.js';

const SYMMETRIC: ReadonlySet<EventType> = new Set(['talks', 'meeting', 'agreement', 'ceasefire']);
const MEDIATOR_AFTER = /^[-‑](brokered|mediated|led|hosted|sponsored)\b/i;
const MEDIATOR_BEFORE = /\b(brokered|mediated|hosted|convened|chaired) by\s+(the\s+)?$/i;
const BACKER_AFTER = /^[-‑](backed|supported|allied)\b/i;

function roleFor(trigger: Trigger, m: Mention, text: string): Role {
  if (MEDIATOR_AFTER.test(text.slice(m.end, m.end + 12)) || MEDIATOR_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return 'mediator';
  if (BACKER_AFTER.test(text.slice(m.end, m.end + 12))) return 'participant';
  if (SYMMETRIC.has(trigger.type)) return 'participant';
  if (m.start < trigger.start) return 'source';
  if (/\bby\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return 'source';
  return trigger.type === 'statement' || trigger.type === 'sanctions' || trigger.type === 'offensive' ? 'target' : 'participant';
}

/** A person's state or organisation takes part in what the person does, in the same role. */
function addAffiliations(participants: CandidateParticipant[], ties: Map<string, TitleTie>): CandidateParticipant[] {
  const all = [...participants];
  for (const p of participants) {
    const affiliation = ties.get(p.id)?.affiliation;
    if (affiliation && !all.some((q) => q.id === affiliation.id)) all.push({ id: affiliation.id, role: p.role });
  }
  return all;
}

/** Participants of one trigger from the mentions of its clause, one role per actor, first role wins. */
export function assignRoles(trigger: Trigger, mentions: Mention[], text: string, ties: Map<string, TitleTie>): CandidateParticipant[] {
  const participants: CandidateParticipant[] = [];
  for (const m of mentions) {
    if (m.embedded || participants.some((p) => p.id === m.entity.id)) continue;
    participants.push({ id: m.entity.id, role: roleFor(trigger, m, text) });
  }
  return addAffiliations(participants, ties);
}
